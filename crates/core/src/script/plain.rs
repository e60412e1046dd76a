//! The plain mode: the same wizard as line-by-line questions on the normal screen — the same
//! menu, the same flows through the same state machine — each question asked again until
//! its answer is valid, secrets read without echo, lines wrapped to the terminal's width, no
//! cursor movement and no colour: what a screen reader, a dumb terminal or a pipe can follow.

use std::process::ExitCode;

use crate::app::Front;
use crate::app::ask::{Ask, AskKind};
use crate::app::home::Open;
use crate::cli::{GlobalArgs, WizardArgs};
use crate::store::Paths;

use super::answers::Answers;
use super::driver::Driver;
use super::{Exit, Failure, input, output, said, said_with};
use crate::lang::Arg;

/// Whether the person asked for the plain mode, directly or through their environment.
pub fn wanted(wizard: &WizardArgs) -> bool {
    wizard.plain
        || std::env::var("ACCESSIBLE").is_ok_and(|v| !v.is_empty() && v != "0")
        || std::env::var("TERM").is_ok_and(|t| t == "dumb")
}

pub fn run(wizard: WizardArgs, global: GlobalArgs) -> ExitCode {
    let paths = Paths::discover(global.config.as_deref());
    super::speak_as(&global, &paths);
    let runtime = match super::runtime() {
        Ok(rt) => rt,
        Err(code) => return code,
    };
    let _log = crate::logging::init(&paths.log_file);
    let exit = super::block_on(&runtime, async {
        let exit = tokio::select! {
            result = session(&wizard, &global, &paths) => match result {
                Ok(()) => Exit::Done,
                Err(failure) => {
                    let _ = say(&stopped(&failure));
                    failure.exit
                }
            },
            exit = super::ended_by_signal() => {
                let _ = say("");
                let _ = say(&said("scripts-plain-interrupted"));
                exit
            }
        };
        if let Some(words) = super::driver::left_unanswered() {
            let _ = say(&words);
        }
        super::driver::finish_backends(std::time::Duration::from_secs(3)).await;
        exit
    });
    runtime.shutdown_background();
    output::finish(exit)
}

/// The terminal's width in cells, when stdout is a terminal.
fn width() -> Option<usize> {
    #[cfg(unix)]
    if let Ok(size) = rustix::termios::tcgetwinsize(std::io::stdout())
        && size.ws_col > 0
    {
        return Some(usize::from(size.ws_col));
    }
    None
}

/// One line of the conversation, wrapped to the terminal's width (a continuation keeps the
/// line's indent; a link or id is never broken). Fails once nobody reads stdout any more.
fn say(text: &str) -> Result<(), Failure> {
    let closed = || Failure::new(Exit::Done, said("scripts-stdout-closed"));
    let shown = output::safe(text);
    let lines = match width() {
        Some(width) if unicode_width::UnicodeWidthStr::width(shown.as_ref()) > width => {
            let indent = shown.len() - shown.trim_start_matches(' ').len();
            let pad = " ".repeat(indent);
            crate::text::wrap_keeping_words(&shown[indent..], width.saturating_sub(indent).max(20))
                .into_iter()
                .map(|l| format!("{pad}{l}"))
                .collect()
        }
        _ => vec![shown.into_owned()],
    };
    for line in lines {
        if !output::raw_line(&line) {
            return Err(closed());
        }
    }
    Ok(())
}

fn say_all(lines: &[String]) -> Result<(), Failure> {
    lines.iter().try_for_each(|l| say(l))
}

async fn session(wizard: &WizardArgs, global: &GlobalArgs, paths: &Paths) -> Result<(), Failure> {
    let answers = match &wizard.answers {
        Some(path) => Answers::load(path)?,
        None => Answers::default(),
    };
    let mut driver = Driver::start(global, paths, answers.values.clone()).await?;
    if let Some(url) = &driver.app.sandbox_url {
        say(&said_with("scripts-plain-sandbox", &[("url", url.into())]))?;
    }
    if let Some(flow) = answers.flow {
        return run_flow(&mut driver, flow, &answers, wizard.yes).await;
    }
    loop {
        say("")?;
        say(&said("scripts-plain-menu-question"))?;
        let entries = driver.app.home_entries();
        for (index, entry) in entries.iter().enumerate() {
            say(&format!("  {}. {}", index + 1, entry.title))?;
            // What is known of the flow (who is signed in, a Cozy's progress), under it.
            if let Some(status) = &entry.status {
                say(&format!("     {status}"))?;
            }
        }
        let choose = said_with(
            "scripts-plain-menu-choose",
            &[("count", entries.len().into())],
        );
        let Some(line) = input::prompt_line(&format!("{choose} "))? else {
            return Ok(());
        };
        let line = line.trim();
        // The same words in every language: what a script typed in one works in another.
        if ["q", "quit", "quitter"]
            .iter()
            .any(|word| line.eq_ignore_ascii_case(word))
        {
            return Ok(());
        }
        let titles: Vec<&str> = entries.iter().map(|e| e.title.as_str()).collect();
        match crate::app::ask::choice(line, &titles).map(|i| entries[i].open) {
            Some(Open::Quit) => return Ok(()),
            Some(open @ Open::CozyForget) => {
                // Nothing opens: the creation is forgotten, and that is said.
                driver.open(open);
                if let Some(toast) = &driver.app.toast {
                    say(&toast.text)?;
                }
            }
            Some(open) => {
                if let Err(failure) = run_flow(&mut driver, open, &answers, false).await {
                    if matches!(failure.exit, Exit::Interrupted) || output::stdout_closed() {
                        return Err(failure);
                    }
                    say(&stopped(&failure))?;
                }
            }
            None => say(&said_with(
                "scripts-plain-menu-invalid",
                &[("count", entries.len().into())],
            ))?,
        }
    }
}

/// Runs one flow until it ends, rests (signed in: its next steps are offered), or goes back
/// to the menu, asking each question in turn.
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
            say_outbox(&message)?;
        }
        if driver.app.front == Front::Home {
            // The flow went back to the menu (the person chose so).
            return Ok(());
        }
        let ask = driver.ask();
        match &ask.kind {
            AskKind::Wait => {
                if ask.prompt != last_wait {
                    say(&format!("{}…", ask.prompt))?;
                    last_wait = ask.prompt.clone();
                }
                if !driver.step().await {
                    return Err(Failure::internal(said("scripts-backend-stopped")));
                }
                continue;
            }
            AskKind::Done => {
                say_all(&ask.context)?;
                return Ok(());
            }
            AskKind::Stopped => {
                say_all(&ask.context)?;
                return Err(ask
                    .problem
                    .map(Failure::from)
                    .unwrap_or_else(|| Failure::refused(said("scripts-flow-stopped"))));
            }
            _ => {}
        }
        last_wait.clear();
        if driver.read_outbox_before(&ask).await {
            continue;
        }
        // The same context is not read out twice in a row.
        if ask.context != last_context {
            say_all(&ask.context)?;
            last_context = ask.context.clone();
        }
        if let Some(problem) = &ask.problem {
            say(&said_with(
                "scripts-plain-problem",
                &[("message", (&problem.message).into())],
            ))?;
        }
        let from_file = answers
            .get(ask.key)
            .filter(|_| ask.problem.is_none() || !used.contains(&ask.key));
        if yes && matches!(ask.kind, AskKind::Rest { .. }) && from_file.is_none() {
            // An unattended run ends where the flow did what it was opened for.
            return Ok(());
        }
        let from_env = secret_from_env(open, ask.key).filter(|_| yes && !used.contains(&ask.key));
        if let Some(secret) = from_env {
            used.push(ask.key);
            driver.answer(secret);
            continue;
        }
        let answer = match (from_file, yes) {
            (Some(value), true) => {
                if let Some(shown) = ask.shown(value) {
                    say(&answered(&ask.prompt, &shown))?;
                }
                used.push(ask.key);
                value.to_string()
            }
            (prefill, _) => {
                if prefill.is_some() {
                    used.push(ask.key);
                }
                match ask_person(driver, open, &ask, prefill).await? {
                    Some(answer) => answer,
                    // Ctrl-D: back to the menu, as Esc is in the wizard; the flow keeps
                    // what was answered.
                    None => return Ok(()),
                }
            }
        };
        driver.answer(answer);
    }
}

/// Asks the person, with `prefill` (from an answers file) as what an empty answer means.
/// While the question waits, the flow goes on receiving (a message arriving in the
/// sandbox's outbox is shown at once, and the question asked again below it). None when a
/// person at a terminal ended the input (Ctrl-D).
async fn ask_person(
    driver: &mut Driver,
    open: Open,
    ask: &Ask,
    prefill: Option<&str>,
) -> Result<Option<String>, Failure> {
    let default = prefill.map(str::to_string).or_else(|| ask.default.clone());
    let secret = matches!(ask.kind, AskKind::Text { secret: true });
    // A value that holds a secret (a link with its token) is read without echo too, then
    // shown back masked.
    let hidden = secret || ask.conceal.is_some();
    let options = match &ask.kind {
        AskKind::Choice { options } | AskKind::Rest { options } => Some(options),
        _ => None,
    };
    if let Some(options) = options {
        say(&said_with(
            "scripts-plain-options",
            &[("prompt", (&ask.prompt).into())],
        ))?;
        for (index, option) in options.iter().enumerate() {
            say(&format!("  {}. {option}", index + 1))?;
        }
    }
    let prompt = || Arg::from(&ask.prompt);
    let question = match (&ask.kind, &default, options) {
        (AskKind::Text { secret: true }, _, _) => said_with("scripts-ask", &[("prompt", prompt())]),
        (_, Some(d), Some(options)) => said_with(
            "scripts-plain-choose-default",
            &[("count", options.len().into()), ("default", d.into())],
        ),
        (_, None, Some(options)) => {
            said_with("scripts-plain-choose", &[("count", options.len().into())])
        }
        (AskKind::YesNo, Some(d), _) => said_with(
            "scripts-plain-yes-no-default",
            &[("prompt", prompt()), ("default", d.into())],
        ),
        (AskKind::YesNo, None, _) => said_with("scripts-plain-yes-no", &[("prompt", prompt())]),
        (_, Some(d), _) => match ask.shown(d) {
            Some(shown) if !hidden || ask.conceal.is_some() => said_with(
                "scripts-plain-ask-default",
                &[("prompt", prompt()), ("default", shown.into())],
            ),
            _ => said_with("scripts-ask", &[("prompt", prompt())]),
        },
        (_, None, _) => said_with("scripts-ask", &[("prompt", prompt())]),
    };
    // The catalogue cannot end a message on a space: the answer is typed after this one.
    let question = format!("{question} ");
    let question = wrapped_prompt(&question)?;
    let asked = question.clone();
    // A pipe does not echo: only a secret needs a terminal.
    let without_echo = secret || (hidden && std::io::IsTerminal::is_terminal(&std::io::stdin()));
    let otherwise = match secret_env(open, ask.key) {
        Some(var) => said_with("scripts-plain-secret-env", &[("variable", var.into())]),
        None => said("scripts-plain-secret-terminal-only"),
    }
    .into_owned();
    let mut reading = tokio::task::spawn_blocking(move || {
        if without_echo {
            input::prompt_secret(&asked, &otherwise)
                .map(|s| s.map(|s| secrecy::ExposeSecret::expose_secret(&s).to_string()))
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
                    say("")?;
                    for message in &arrived {
                        say_outbox(message)?;
                    }
                    output::prompt(&question);
                }
                if !alive {
                    return Err(Failure::internal(said("scripts-backend-stopped")));
                }
            }
        }
    };
    match line {
        Some(line) => {
            if !secret && let Some(conceal) = ask.conceal {
                say(&answered(&ask.prompt, &conceal(line.trim())))?;
            }
            if line.trim().is_empty() && !secret {
                Ok(Some(default.unwrap_or_default()))
            } else {
                Ok(Some(line))
            }
        }
        None if std::io::IsTerminal::is_terminal(&std::io::stdin()) => Ok(None),
        // A pipe ran dry: a question asked because of a problem ends on it.
        None => Err(ask
            .problem
            .clone()
            .map(Failure::from)
            .unwrap_or_else(|| Failure::usage(said("scripts-plain-input-ended")))),
    }
}

/// A question too wide for the terminal: all but its last line said, the last returned to
/// be shown as the prompt (the answer is typed after it).
fn wrapped_prompt(question: &str) -> Result<String, Failure> {
    let Some(width) = width() else {
        return Ok(question.to_string());
    };
    if unicode_width::UnicodeWidthStr::width(question) <= width {
        return Ok(question.to_string());
    }
    let mut lines = crate::text::wrap_keeping_words(question.trim_end(), width.saturating_sub(1));
    let last = lines.pop().unwrap_or_default();
    say_all(&lines)?;
    Ok(format!("{last} "))
}

/// The environment variable a run with `--yes` takes a secret from (never a file or a flag).
fn secret_env(open: Open, key: &str) -> Option<&'static str> {
    match (open, key) {
        (Open::Cleura, "password") => Some("CLOUDBOARD_CLEURA_PASSWORD"),
        (Open::CloudSigma, "password") => Some("CLOUDBOARD_CLOUDSIGMA_PASSWORD"),
        (Open::Cozy | Open::CozyResume | Open::CozyFinish, "passphrase" | "passphrase_again") => {
            Some("CLOUDBOARD_COZY_PASSPHRASE")
        }
        _ => None,
    }
}

fn secret_from_env(open: Open, key: &str) -> Option<String> {
    std::env::var(secret_env(open, key)?)
        .ok()
        .filter(|v| !v.is_empty())
}

/// What the sandbox sent, with its code or link on a line of its own (to copy).
fn say_outbox(message: &crate::app::OutboxMessage) -> Result<(), Failure> {
    say(&super::commands::outbox_said(message, &message.subject))?;
    if let Some(code) = &message.code {
        let line = said_with("scripts-plain-outbox-code", &[("code", code.into())]);
        say(&format!("  {line}"))?;
    }
    if let Some(link) = &message.link {
        let line = said_with("scripts-plain-outbox-link", &[("link", link.into())]);
        say(&format!("  {line}"))?;
    }
    Ok(())
}

/// Why the flow stopped, as the conversation says it.
fn stopped(failure: &Failure) -> String {
    said_with(
        "scripts-plain-stopped",
        &[("message", (&failure.message).into())],
    )
    .into_owned()
}

/// A question and the answer taken for it, shown back.
fn answered(prompt: &str, answer: &str) -> String {
    said_with(
        "scripts-plain-answered",
        &[("prompt", prompt.into()), ("answer", answer.into())],
    )
    .into_owned()
}
