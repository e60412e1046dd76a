//! Reading answers from a person or a pipe: lines from stdin, secrets without echo from the
//! terminal, secrets from stdin or the environment for scripts — never from the command line.

use std::io::{BufRead, IsTerminal};

#[cfg(unix)]
use rustix::termios::{LocalModes, OptionalActions, Termios};
use secrecy::SecretString;

use super::{Failure, said_with};

/// The longest line read from standard input.
const MAX_LINE: u64 = 64 * 1024;

/// One line of standard input, without its line break; None at end of input. Ctrl-D at a
/// terminal's prompt leaves the cursor after the prompt: a line break puts what follows
/// (and the shell's prompt) on a line of its own.
pub fn read_line() -> Result<Option<String>, Failure> {
    let mut line = String::new();
    // No answer is anywhere near this long; a pipe that never sends a line break must not
    // fill the memory.
    let mut bounded = std::io::Read::take(std::io::stdin().lock(), MAX_LINE + 1);
    let read = bounded.read_line(&mut line);
    if read.as_ref().is_ok_and(|n| *n as u64 > MAX_LINE) {
        return Err(Failure::usage(said_with(
            "scripts-input-line-too-long",
            &[("kib", (MAX_LINE / 1024).into())],
        )));
    }
    match read {
        Ok(0) => {
            if std::io::stdin().is_terminal() {
                super::output::end_prompt_line();
            }
            Ok(None)
        }
        Ok(_) => {
            while line.ends_with('\n') || line.ends_with('\r') {
                line.pop();
            }
            Ok(Some(line))
        }
        Err(e) => Err(Failure::usage(said_with(
            "scripts-input-unreadable",
            &[("why", e.to_string().into())],
        ))),
    }
}

/// Shows `prompt` and reads a line.
pub fn prompt_line(prompt: &str) -> Result<Option<String>, Failure> {
    super::output::prompt(prompt);
    read_line()
}

/// Reads a secret without echo from the terminal; None when input ends there (Ctrl-D).
/// Without a terminal, says how else to give it (`otherwise`: "--password-stdin or
/// CLOUDBOARD_CLEURA_PASSWORD").
pub fn prompt_secret(prompt: &str, otherwise: &str) -> Result<Option<SecretString>, Failure> {
    if !std::io::stdin().is_terminal() {
        return Err(Failure::usage(said_with(
            "scripts-secret-needs-terminal",
            &[
                ("what", asked(prompt).into()),
                ("otherwise", otherwise.into()),
            ],
        )));
    }
    // Echo goes off before the prompt appears: someone who types (or pastes) as soon as they
    // see it must not have the first characters of their secret echoed.
    let _echo = EchoOff::on_stdin();
    super::output::prompt(prompt);
    match rpassword::read_password() {
        Ok(secret) => Ok(Some(SecretString::from(secret))),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            super::output::end_prompt_line();
            Ok(None)
        }
        Err(e) => Err(Failure::usage(said_with(
            "scripts-secret-unreadable",
            &[("why", e.to_string().into())],
        ))),
    }
}

/// The terminal's settings from before a prompt turned echo off: what a signal or a resume
/// puts back (see `restore_terminal` and `echo_off_again`).
#[cfg(unix)]
static BEFORE_PROMPT: std::sync::Mutex<Option<Termios>> = std::sync::Mutex::new(None);

/// Keeps the terminal's echo off (the line break still shown) while it lives.
struct EchoOff {
    #[cfg(unix)]
    saved: Option<Termios>,
}

/// The echo turned off in `before`, the line break kept.
#[cfg(unix)]
fn without_echo(mut before: Termios) -> Termios {
    before.local_modes.remove(LocalModes::ECHO);
    before.local_modes.insert(LocalModes::ECHONL);
    before
}

/// Sets stdin's terminal to `settings` now; a failure leaves it as it was, which is all
/// there is to do about it.
#[cfg(unix)]
fn set_stdin(settings: &Termios) {
    let _ = rustix::termios::tcsetattr(std::io::stdin(), OptionalActions::Now, settings);
}

impl EchoOff {
    fn on_stdin() -> Self {
        #[cfg(unix)]
        {
            let Ok(t) = rustix::termios::tcgetattr(std::io::stdin()) else {
                return Self { saved: None };
            };
            if let Ok(mut before) = BEFORE_PROMPT.lock() {
                *before = Some(t.clone());
            }
            set_stdin(&without_echo(t.clone()));
            Self { saved: Some(t) }
        }
        #[cfg(not(unix))]
        Self {}
    }
}

impl Drop for EchoOff {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Some(saved) = &self.saved {
            if let Ok(mut before) = BEFORE_PROMPT.lock() {
                *before = None;
            }
            set_stdin(saved);
        }
    }
}

/// After a stop and `fg` the shell may have put its own settings back: a prompt still
/// waiting for a secret turns echo off again.
pub fn echo_off_again() {
    #[cfg(unix)]
    if let Some(before) = BEFORE_PROMPT.lock().ok().and_then(|b| b.clone()) {
        set_stdin(&without_echo(before));
    }
}

/// Where a secret came from: a script's pipe or variable is read once; a person at a
/// prompt can be asked again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretOrigin {
    Stdin,
    Environment,
    Prompt,
}

/// A secret for a script: from stdin when `from_stdin`, else the environment variable `env`,
/// else a prompt without echo (`otherwise` says how to give it without a terminal).
pub fn secret(
    from_stdin: bool,
    env: Option<&str>,
    prompt: &str,
    otherwise: &str,
) -> Result<(SecretString, SecretOrigin), Failure> {
    if from_stdin {
        return match read_line()? {
            Some(line) if !line.is_empty() => Ok((SecretString::from(line), SecretOrigin::Stdin)),
            _ => Err(Failure::usage(said_with(
                "scripts-secret-stdin-ended",
                &[("what", asked(prompt).to_lowercase().into())],
            ))),
        };
    }
    if let Some(var) = env
        && let Ok(value) = std::env::var(var)
        && !value.is_empty()
    {
        return Ok((SecretString::from(value), SecretOrigin::Environment));
    }
    match prompt_secret(prompt, otherwise)? {
        Some(secret) => Ok((secret, SecretOrigin::Prompt)),
        None => Err(Failure::usage(said_with(
            "scripts-secret-input-ended",
            &[("what", asked(prompt).to_lowercase().into())],
        ))),
    }
}

/// What a prompt asks for, without the colon it ends on (and the no-break space French
/// puts before it).
fn asked(prompt: &str) -> &str {
    prompt.trim_end_matches([':', ' ', '\u{A0}'])
}

/// Puts the terminal back as it was before a prompt changed it (every setting, not echo
/// alone), when a signal ends the process in the middle of one.
pub fn restore_terminal() {
    #[cfg(unix)]
    if let Some(before) = BEFORE_PROMPT.lock().ok().and_then(|mut b| b.take()) {
        set_stdin(&before);
    }
}
