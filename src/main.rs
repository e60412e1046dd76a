//! The `cloudboard` command: the wizard, the sandbox, and the scriptable subcommands.

use std::io::IsTerminal;
use std::process::ExitCode;

use cloudboard::cli::{Cli, Command, GlobalArgs, SandboxArgs, WizardArgs};
use cloudboard::lang::{Lang, tr, tr_args};
use cloudboard::script::output;

fn main() -> ExitCode {
    cloudboard::process::keep_secrets_in();
    let cli = Cli::parse_in_language();
    // What is said before a command has read its config file: the flag's language, else
    // the environment's (as --help speaks).
    let lang = cli
        .command
        .as_ref()
        .and_then(|c| c.output())
        .and_then(|o| o.global.lang)
        .or(cli.global.lang)
        .unwrap_or_else(cloudboard::lang::from_environment);
    if cli.command.is_some() && cli.wizard.any() {
        output::error_line(&tr(lang, "scripts-wizard-options-only"));
        return ExitCode::from(2);
    }
    match cli.command {
        Some(Command::Sandbox(args)) => sandbox(args, lang),
        Some(Command::Completions { shell }) => {
            let mut command = Cli::command_in(lang);
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut command, "cloudboard", &mut script);
            print_all(&script)
        }
        Some(Command::Man) => {
            let command = Cli::command_in(lang);
            let mut page = Vec::new();
            match clap_mangen::Man::new(command).render(&mut page) {
                Ok(()) => print_all(&page),
                Err(e) => {
                    output::error_line(&tr_args(
                        lang,
                        "scripts-man-failed",
                        &[("why", e.to_string().into())],
                    ));
                    ExitCode::from(3)
                }
            }
        }
        Some(command) => {
            let after = command
                .output()
                .map(|o| o.global.clone())
                .unwrap_or_default();
            match cli.global.merged(&after) {
                Ok(global) => cloudboard::script::run(global, command),
                Err(why) => {
                    output::error_line(&tr_args(lang, "scripts-error", &[("message", why.into())]));
                    ExitCode::from(2)
                }
            }
        }
        None => wizard(cli.wizard, cli.global, lang),
    }
}

/// Writes generated text to stdout; a reader that stops early (`| head`) ends the process
/// as it ends any program that writes to a closed pipe.
fn print_all(bytes: &[u8]) -> ExitCode {
    for line in String::from_utf8_lossy(bytes).lines() {
        if !output::raw_line(line) {
            break;
        }
    }
    output::finish(cloudboard::script::Exit::Done)
}

fn sandbox(args: SandboxArgs, lang: Lang) -> ExitCode {
    let runtime = match cloudboard::script::runtime() {
        Ok(rt) => rt,
        Err(code) => return code,
    };
    let options = cloudboard::sandbox::Options {
        workflow_secs: args.workflow_secs,
        log_requests: !args.quiet,
        regions: args.regions as usize,
        ..Default::default()
    };
    match runtime.block_on(cloudboard::sandbox::serve_forever(
        args.listen,
        options,
        lang,
    )) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            output::error_line(&tr_args(
                lang,
                "scripts-sandbox-cannot-serve",
                &[
                    ("address", args.listen.to_string().into()),
                    ("why", e.to_string().into()),
                ],
            ));
            ExitCode::from(3)
        }
    }
}

fn wizard(wizard_args: WizardArgs, global: GlobalArgs, lang: Lang) -> ExitCode {
    if cloudboard::script::plain::wanted(&wizard_args) || wizard_args.yes {
        return cloudboard::script::plain::run(wizard_args, global);
    }
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        eprintln!("{}", tr(lang, "scripts-needs-terminal"));
        return ExitCode::from(2);
    }
    match cloudboard::wizard::run(wizard_args, global) {
        Ok(code) => code,
        Err(report) => {
            eprintln!(
                "{}",
                tr_args(
                    lang,
                    "scripts-error",
                    &[("message", format!("{report:?}").into())]
                )
            );
            ExitCode::from(3)
        }
    }
}
