//! The plain mode: the same flows as line-by-line questions on the normal screen, each asked
//! again until its answer is valid, secrets read without echo, no cursor movement and no
//! colour — what a screen reader, a dumb terminal or a pipe can follow.

use std::process::ExitCode;

use crate::app::ask::{Ask, AskKind};
use crate::app::home::Open;
use crate::cli::GlobalArgs;
use crate::store::Paths;

use super::answers::Answers;
use super::driver::Driver;
use super::{Failure, input};

/// Whether the person asked for the plain mode, directly or through their environment.
pub fn wanted(global: &GlobalArgs) -> bool {
    global.plain
        || std::env::var("ACCESSIBLE").is_ok_and(|v| !v.is_empty() && v != "0")
        || std::env::var("TERM").is_ok_and(|t| t == "dumb")
}

pub fn run(global: GlobalArgs) -> ExitCode {
    let runtime = match super::runtime() {
        Ok(rt) => rt,
        Err(code) => return code,
    };
    let paths = Paths::discover(global.config.as_deref());
    let _log = crate::logging::init(&paths.log_file);
    let code = runtime.block_on(async {
        let code = tokio::select! {
            result = session(&global, &paths) => match result {
                Ok(()) => 0,
                Err(failure) => {
                    println!("Stopped: {}", failure.message);
                    failure.code
                }
            },
            _ = tokio::signal::ctrl_c() => {
                input::restore_echo();
                println!();
                println!("Interrupted.");
                130
            }
        };
        super::driver::finish_backends(std::time::Duration::from_secs(3)).await;
        code
    });
    runtime.shutdown_background();
    ExitCode::from(code)
}

async fn session(global: &GlobalArgs, paths: &Paths) -> Result<(), Failure> {
    let answers = match &global.answers {
        Some(path) => Answers::load(path)?,
        None => Answers::default(),
    };
    let mut driver = Driver::start(global, paths).await?;
    if let Some(url) = &driver.app.sandbox_url {
        println!("Sandbox: every provider is simulated at {url}. Nothing real is created.");
    }
    if let Some(flow) = answers.flow {
        return run_flow(&mut driver, flow, &answers, global.yes).await;
    }
    loop {
        println!();
        println!("What would you like to do?");
        let choices = [
            (Open::Cozy, "Create a Cozy"),
            (Open::Cleura, "Sign in to Cleura and browse regions"),
            (Open::CloudSigma, "CloudSigma account"),
        ];
        for (index, (_, title)) in choices.iter().enumerate() {
            println!("  {}. {title}", index + 1);
        }
        println!("  q. Quit");
        let Some(line) = input::prompt_line("Choose 1-3 or q: ")? else {
            return Ok(());
        };
        let line = line.trim();
        if line.eq_ignore_ascii_case("q") || line.eq_ignore_ascii_case("quit") {
            return Ok(());
        }
        let chosen = line
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| choices.get(i));
        match chosen {
            Some((open, _)) => {
                if let Err(failure) = run_flow(&mut driver, *open, &answers, false).await {
                    if failure.code == 130 {
                        return Err(failure);
                    }
                    println!("Stopped: {}", failure.message);
                }
            }
            None => println!("Please answer 1, 2, 3 or q."),
        }
    }
}

/// Runs one flow to its end, asking each question in turn.
async fn run_flow(
    driver: &mut Driver,
    open: Open,
    answers: &Answers,
    yes: bool,
) -> Result<(), Failure> {
    driver.open(open);
    let mut last_wait = String::new();
    let mut last_context: Vec<String> = Vec::new();
    let mut used: Vec<&'static str> = Vec::new();
    loop {
        for message in driver.take_new_outbox() {
            print_outbox(&message);
        }
        let ask = driver.ask();
        match ask.kind {
            AskKind::Wait => {
                if ask.prompt != last_wait {
                    println!("{}…", ask.prompt);
                    last_wait = ask.prompt.clone();
                }
                if !driver.step().await {
                    return Err(Failure::internal("the backend stopped"));
                }
                continue;
            }
            AskKind::Done => {
                print_lines(&ask.context);
                return Ok(());
            }
            AskKind::Stopped => {
                print_lines(&ask.context);
                return Err(ask
                    .problem
                    .map(Failure::from)
                    .unwrap_or_else(|| Failure::refused("the flow stopped")));
            }
            _ => {}
        }
        last_wait.clear();
        // The same context is not read out twice in a row.
        if ask.context != last_context {
            print_lines(&ask.context);
            last_context = ask.context.clone();
        }
        if let Some(problem) = &ask.problem {
            println!("Error: {}", problem.message);
        }
        let from_file = answers
            .get(ask.key)
            .filter(|_| ask.problem.is_none() || !used.contains(&ask.key));
        let from_env = secret_from_env(open, ask.key).filter(|_| yes && !used.contains(&ask.key));
        if let Some(secret) = from_env {
            used.push(ask.key);
            driver.answer(secret);
            continue;
        }
        let answer = match (from_file, yes) {
            (Some(value), true) => {
                if !matches!(ask.kind, AskKind::Text { secret: true }) {
                    println!("{}: {value}", ask.prompt);
                }
                used.push(ask.key);
                value.to_string()
            }
            (prefill, _) => {
                if prefill.is_some() {
                    used.push(ask.key);
                }
                ask_person(driver, &ask, prefill).await?
            }
        };
        driver.answer(answer);
    }
}

/// Asks the person, with `prefill` (from an answers file) as what an empty answer means.
/// While the question waits, the flow goes on receiving (an SMS code arriving in the
/// sandbox's outbox is shown at once, and the question asked again below it).
async fn ask_person(
    driver: &mut Driver,
    ask: &Ask,
    prefill: Option<&str>,
) -> Result<String, Failure> {
    let default = prefill.map(str::to_string).or_else(|| ask.default.clone());
    let secret = matches!(ask.kind, AskKind::Text { secret: true });
    if let AskKind::Choice { options } = &ask.kind {
        println!("{}:", ask.prompt);
        for (index, option) in options.iter().enumerate() {
            println!("  {}. {option}", index + 1);
        }
    }
    let question = match (&ask.kind, &default) {
        (AskKind::Text { secret: true }, _) => format!("{}: ", ask.prompt),
        (AskKind::Choice { options }, Some(d)) => format!("Choose 1-{} [{d}]: ", options.len()),
        (AskKind::Choice { options }, None) => format!("Choose 1-{}: ", options.len()),
        (AskKind::YesNo, Some(d)) => format!("{} (y/n) [{d}]: ", ask.prompt),
        (AskKind::YesNo, None) => format!("{} (y/n): ", ask.prompt),
        (_, Some(d)) => format!("{} [{d}]: ", ask.prompt),
        (_, None) => format!("{}: ", ask.prompt),
    };
    let asked = question.clone();
    let mut reading = tokio::task::spawn_blocking(move || {
        if secret {
            input::prompt_secret(&asked)
                .map(|s| Some(secrecy::ExposeSecret::expose_secret(&s).to_string()))
        } else {
            input::prompt_line(&asked)
        }
    });
    let line = loop {
        tokio::select! {
            read = &mut reading => {
                break read.map_err(|e| Failure::internal(e.to_string()))??;
            }
            alive = driver.step() => {
                let arrived = driver.take_new_outbox();
                if !arrived.is_empty() {
                    println!();
                    for message in &arrived {
                        print_outbox(message);
                    }
                    eprint!("{question}");
                }
                if !alive {
                    return Err(Failure::internal("the backend stopped"));
                }
            }
        }
    };
    match line {
        Some(line) if line.trim().is_empty() && !secret => Ok(default.unwrap_or_default()),
        Some(line) => Ok(line),
        None => Err(Failure::usage("standard input ended before the flow did")),
    }
}

/// A secret a run with `--yes` takes from the environment, never from a file or a flag.
fn secret_from_env(open: Open, key: &str) -> Option<String> {
    let var = match (open, key) {
        (Open::Cleura, "password") => "CLOUDBOARD_CLEURA_PASSWORD",
        (Open::CloudSigma, "password") => "CLOUDBOARD_CLOUDSIGMA_PASSWORD",
        (Open::Cozy, "passphrase" | "passphrase_again") => "CLOUDBOARD_COZY_PASSPHRASE",
        _ => return None,
    };
    std::env::var(var).ok().filter(|v| !v.is_empty())
}

fn print_lines(lines: &[String]) {
    for line in lines {
        println!("{line}");
    }
}

fn print_outbox(message: &crate::app::OutboxMessage) {
    let kind = if message.kind == "sms" {
        "SMS"
    } else {
        "Email"
    };
    println!(
        "Sandbox outbox: {kind} to {}: {}",
        message.to, message.subject
    );
    if let Some(code) = &message.code {
        println!("  code: {code}");
    }
    if let Some(link) = &message.link {
        println!("  link: {link}");
    }
}
