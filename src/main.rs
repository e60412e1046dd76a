//! The `cloudboard` command: the wizard, the sandbox, and the scriptable subcommands.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;
use cloudboard::cli::{Cli, Command, GlobalArgs, SandboxArgs};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Sandbox(args)) => sandbox(args),
        Some(Command::Completions { shell }) => {
            let mut command = <Cli as clap::CommandFactory>::command();
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut command, "cloudboard", &mut script);
            print_all(&script)
        }
        Some(Command::Man) => {
            let command = <Cli as clap::CommandFactory>::command();
            let mut page = Vec::new();
            match clap_mangen::Man::new(command).render(&mut page) {
                Ok(()) => print_all(&page),
                Err(e) => {
                    eprintln!("cloudboard: cannot write the manual page: {e}");
                    ExitCode::from(3)
                }
            }
        }
        Some(command) => cloudboard::script::run(cli.global, command),
        None => wizard(cli.global),
    }
}

/// Writes generated text to stdout; a reader that stops early (`| head`) is not an error.
fn print_all(bytes: &[u8]) -> ExitCode {
    use std::io::Write;
    match std::io::stdout().write_all(bytes) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cloudboard: cannot write: {e}");
            ExitCode::from(3)
        }
    }
}

fn sandbox(args: SandboxArgs) -> ExitCode {
    let runtime = match cloudboard::script::runtime() {
        Ok(rt) => rt,
        Err(code) => return code,
    };
    let options = cloudboard::sandbox::Options {
        workflow_secs: args.workflow_secs,
        log_requests: !args.quiet,
        regions: args.regions as usize,
    };
    match runtime.block_on(cloudboard::sandbox::serve_forever(args.listen, options)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cloudboard sandbox: cannot serve on {}: {e}", args.listen);
            ExitCode::from(3)
        }
    }
}

fn wizard(global: GlobalArgs) -> ExitCode {
    if cloudboard::script::plain::wanted(&global) || global.yes {
        return cloudboard::script::plain::run(global);
    }
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        eprintln!(
            "cloudboard is an interactive wizard and needs a terminal (stdin and stdout must be a TTY).\n\
             Run it in a terminal: cloudboard --sandbox to try every flow offline;\n\
             or use the line-by-line mode (cloudboard --plain) or a subcommand (cozy, cleura,\n\
             cloudsigma).\n\
             See cloudboard --help."
        );
        return ExitCode::from(2);
    }
    match cloudboard::wizard::run(global) {
        Ok(code) => code,
        Err(report) => {
            eprintln!("cloudboard: {report:?}");
            ExitCode::from(3)
        }
    }
}
