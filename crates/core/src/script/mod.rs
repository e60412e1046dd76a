//! Everything the wizard does, without the full-screen UI: the scriptable subcommands, the
//! plain line-by-line mode and answers files. All of them drive the same state machine
//! through `Driver`.
//!
//! Exit statuses are `Exit`'s; a reader that stops reading early (`| head`) ends the process
//! as SIGPIPE does (`output::finish`).

pub mod answers;
pub mod commands;
pub mod cozy;
pub mod driver;
pub mod input;
pub mod output;
pub mod plain;
pub mod reports;

use std::process::ExitCode;

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::app::problem::{Problem, ProblemKind};
use crate::cli::{Command, GlobalArgs};
use crate::lang::{Arg, Lang, tr, tr_args};

/// The language of this command, settled once as it starts (`speak_as`): a command is one
/// run of the process, and what it says comes from many places that have no app to ask
/// (a prompt, a pipe that ended, a signal).
static LANG: OnceLock<Lang> = OnceLock::new();

/// The language this command speaks (English until it is settled).
pub fn lang() -> Lang {
    LANG.get().copied().unwrap_or_default()
}

/// Settles the language of this command as the wizard does: `--lang`, else the config
/// file's (when it can be read: if not, the command says why in the flag's or the
/// environment's), else the environment's.
pub fn speak_as(global: &GlobalArgs, paths: &crate::store::Paths) -> Lang {
    let config = crate::config::Config::load(&paths.config_file)
        .ok()
        .and_then(|c| c.lang);
    let lang = crate::lang::resolve(global.lang, config, |name| std::env::var(name).ok());
    *LANG.get_or_init(|| lang)
}

/// The message `id` in this command's language.
pub fn said(id: &str) -> Cow<'static, str> {
    tr(lang(), id)
}

/// The message `id` in this command's language, its placeholders filled from `args`.
pub fn said_with(id: &str, args: &[(&str, Arg)]) -> Cow<'static, str> {
    tr_args(lang(), id, args)
}

/// An option's value refused, and why.
pub fn option_refused(option: &str, value: &str, why: &impl std::fmt::Display) -> String {
    said_with(
        "scripts-option-refused",
        &[
            ("option", option.into()),
            ("value", value.into()),
            ("why", why.to_string().into()),
        ],
    )
    .into_owned()
}

/// How a command ended, as its exit status says it. README's table is this one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Done,
    /// The provider understood and said no (wrong password, address taken, token spent).
    Refused,
    /// What the person gave was wrong or is missing, found before any of it was sent (a
    /// malformed value, a missing flag, no terminal to prompt on, already signed in as
    /// someone else).
    Usage,
    /// The network or the server failed, or this machine could not do its part.
    Failed,
    /// Ctrl-C (SIGINT).
    Interrupted,
    /// Ended by another signal (SIGTERM, SIGHUP, SIGQUIT): 128 + its number, as shells say.
    Signal(u8),
}

impl Exit {
    pub fn code(self) -> u8 {
        match self {
            Exit::Done => 0,
            Exit::Refused => 1,
            Exit::Usage => 2,
            Exit::Failed => 3,
            Exit::Interrupted => 130,
            Exit::Signal(number) => 128 + number,
        }
    }

    /// The name `--json` gives it in `error.kind`.
    pub fn kind(self) -> &'static str {
        match self {
            Exit::Done => "done",
            Exit::Refused => "refused",
            Exit::Usage => "usage",
            Exit::Failed => "failure",
            Exit::Interrupted | Exit::Signal(_) => "interrupted",
        }
    }
}

impl From<ProblemKind> for Exit {
    fn from(kind: ProblemKind) -> Exit {
        match kind {
            ProblemKind::Invalid => Exit::Usage,
            ProblemKind::Refused => Exit::Refused,
            ProblemKind::Failed => Exit::Failed,
        }
    }
}

/// Why a script stopped, with the exit status that says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub exit: Exit,
    pub message: String,
}

impl Failure {
    pub fn new(exit: Exit, message: impl Into<String>) -> Failure {
        Failure {
            exit,
            message: message.into(),
        }
    }

    pub fn usage(message: impl Into<String>) -> Failure {
        Failure::new(Exit::Usage, message)
    }

    pub fn refused(message: impl Into<String>) -> Failure {
        Failure::new(Exit::Refused, message)
    }

    pub fn network(message: impl Into<String>) -> Failure {
        Failure::new(Exit::Failed, message)
    }

    pub fn internal(message: impl Into<String>) -> Failure {
        Failure::new(Exit::Failed, message)
    }

    pub fn interrupted() -> Failure {
        Failure::new(Exit::Interrupted, said("scripts-interrupted"))
    }
}

impl From<Problem> for Failure {
    fn from(problem: Problem) -> Failure {
        Failure::new(problem.kind.into(), problem.message)
    }
}

impl From<&crate::api::ApiError> for Failure {
    fn from(error: &crate::api::ApiError) -> Failure {
        Failure::from(Problem::from_api_in(lang(), error))
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
            output::error_line(&said_with(
                "scripts-cannot-start",
                &[("why", e.to_string().into())],
            ));
            ExitCode::from(Exit::Failed.code())
        })
}

/// Runs `work` to its end on `runtime`. A bug that panics ends it as a failure in words
/// (status 3, the details in the log), never as a backtrace and status 101; a prompt that
/// had turned echo off has it back.
pub fn block_on(
    runtime: &tokio::runtime::Runtime,
    work: impl std::future::Future<Output = Exit>,
) -> Exit {
    std::panic::set_hook(Box::new(|info| {
        input::restore_terminal();
        tracing::error!(%info, "panic");
        output::error_line(&said("scripts-internal-error"));
    }));
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| runtime.block_on(work))) {
        Ok(exit) => exit,
        Err(_) => Exit::Failed,
    }
}

/// Waits for a signal that ends the command (SIGINT, SIGTERM, SIGHUP, SIGQUIT) and puts the
/// terminal back as it was before any prompt changed it. Meanwhile a resume after a stop
/// (SIGCONT, `fg`) turns echo off again at a prompt that reads a secret: the shell may have
/// put its own settings back while the command was stopped.
pub async fn ended_by_signal() -> Exit {
    use rustix::process::Signal;
    use tokio::signal::unix::{SignalKind, signal};
    let ended_by = |signal: Signal| Exit::Signal(signal.as_raw() as u8);
    let kinds = [
        (SignalKind::interrupt(), Exit::Interrupted),
        (SignalKind::terminate(), ended_by(Signal::TERM)),
        (SignalKind::hangup(), ended_by(Signal::HUP)),
        (SignalKind::quit(), ended_by(Signal::QUIT)),
    ];
    let mut waits = Vec::new();
    for (kind, exit) in kinds {
        if let Ok(mut listener) = signal(kind) {
            waits.push(Box::pin(async move {
                listener.recv().await;
                exit
            }));
        }
    }
    let resumed = async {
        let Ok(mut resumed) = signal(SignalKind::from_raw(Signal::CONT.as_raw())) else {
            return std::future::pending().await;
        };
        loop {
            resumed.recv().await;
            input::echo_off_again();
        }
    };
    let ended = async {
        if waits.is_empty() {
            // No signal can be heard here: nothing ends the command from outside.
            return std::future::pending().await;
        }
        futures::future::select_all(waits).await.0
    };
    let exit = tokio::select! {
        exit = ended => exit,
        never = resumed => never,
    };
    input::restore_terminal();
    exit
}

/// Runs a subcommand to its end and turns the outcome into the process's exit code.
pub fn run(global: GlobalArgs, command: Command) -> ExitCode {
    let paths = crate::store::Paths::discover(global.config.as_deref());
    speak_as(&global, &paths);
    let runtime = match runtime() {
        Ok(rt) => rt,
        Err(code) => return code,
    };
    let _log = crate::logging::init(&paths.log_file);
    let exit = block_on(&runtime, async {
        // Debug builds only: a deliberate bug, for the test that a panic ends in words.
        #[cfg(debug_assertions)]
        if std::env::var("CLOUDBOARD_TEST_PANIC").is_ok_and(|v| v == "script") {
            panic!("deliberate panic in a subcommand (CLOUDBOARD_TEST_PANIC=script)");
        }
        let exit = tokio::select! {
            exit = commands::run(&global, &paths, command) => exit,
            exit = ended_by_signal() => {
                output::error_line(&said_with(
                    "scripts-error",
                    &[("message", Arg::Text(said("scripts-interrupted")))],
                ));
                exit
            }
        };
        if let Some(words) = driver::left_unanswered() {
            output::error_line(&said_with("scripts-error", &[("message", words.into())]));
        }
        // What the flow asked to remember (a creation to resume, one to forget) is written
        // before the process ends.
        driver::finish_backends(std::time::Duration::from_secs(3)).await;
        exit
    });
    // A long poll or a sandbox may still run in the background: do not wait for them.
    runtime.shutdown_background();
    output::finish(exit)
}
