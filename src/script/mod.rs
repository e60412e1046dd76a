//! Everything the wizard does, without the full-screen UI: the scriptable subcommands, the
//! plain line-by-line mode and answers files. All of them drive the same state machine
//! through `Driver`.
//!
//! Exit codes: 0 done, 1 refused by the provider, 2 bad usage or input, 3 network or server
//! failure, 130 interrupted.

pub mod answers;
pub mod commands;
pub mod cozy;
pub mod driver;
pub mod input;
pub mod output;
pub mod plain;

use std::process::ExitCode;

use crate::app::ask::{Problem, ProblemKind};
use crate::cli::{Command, GlobalArgs};

/// Why a script stopped, with the exit code that says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

impl Failure {
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure {
            code: 2,
            message: message.into(),
        }
    }

    pub fn refused(message: impl Into<String>) -> Failure {
        Failure {
            code: 1,
            message: message.into(),
        }
    }

    pub fn network(message: impl Into<String>) -> Failure {
        Failure {
            code: 3,
            message: message.into(),
        }
    }

    pub fn internal(message: impl Into<String>) -> Failure {
        Failure {
            code: 3,
            message: message.into(),
        }
    }

    pub fn interrupted() -> Failure {
        Failure {
            code: 130,
            message: "interrupted".into(),
        }
    }

    pub fn kind(&self) -> &'static str {
        match self.code {
            1 => "refused",
            2 => "usage",
            130 => "interrupted",
            _ => "failure",
        }
    }
}

impl From<Problem> for Failure {
    fn from(problem: Problem) -> Failure {
        Failure {
            code: problem.kind.exit_code(),
            message: problem.message,
        }
    }
}

impl From<&crate::api::ApiError> for Failure {
    fn from(error: &crate::api::ApiError) -> Failure {
        Failure::from(Problem::from_api(error))
    }
}

impl From<ProblemKind> for u8 {
    fn from(kind: ProblemKind) -> u8 {
        kind.exit_code()
    }
}

/// The runtime every command without the full-screen UI runs on (two workers: the machine's
/// cores are few and the work is waiting on the network); on failure, the exit code to use.
pub fn runtime() -> Result<tokio::runtime::Runtime, ExitCode> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| {
            eprintln!("cloudboard: cannot start: {e}");
            ExitCode::from(3)
        })
}

/// Runs a subcommand to its end and turns the outcome into the process's exit code.
pub fn run(global: GlobalArgs, command: Command) -> ExitCode {
    let runtime = match runtime() {
        Ok(rt) => rt,
        Err(code) => return code,
    };
    let paths = crate::store::Paths::discover(global.config.as_deref());
    let _log = crate::logging::init(&paths.log_file);
    let code = runtime.block_on(async {
        let code = tokio::select! {
            code = commands::run(&global, &paths, command) => code,
            _ = tokio::signal::ctrl_c() => {
                input::restore_echo();
                eprintln!("cloudboard: interrupted");
                130
            }
        };
        // What the flow asked to remember (a creation to resume, one to forget) is written
        // before the process ends.
        driver::finish_backends(std::time::Duration::from_secs(3)).await;
        code
    });
    // A long poll or a sandbox may still run in the background: do not wait for them.
    runtime.shutdown_background();
    ExitCode::from(code)
}
