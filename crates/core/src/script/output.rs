//! Every line cloudboard prints without the full-screen UI goes through here: the result on
//! stdout (a JSON object with `--json`, text otherwise), notices and errors on stderr, and
//! progress on stderr only when stderr is a terminal (plain lines, no cursor tricks).
//!
//! Two promises are kept in this one place:
//! - Text from outside (a provider's message, a region's name, a value from a file) never
//!   reaches the terminal raw: control characters and escape sequences are shown as visible
//!   escapes, so a server cannot retitle the window, clear the screen or write the clipboard.
//! - A reader that goes away (`| head`) is not an error: nothing more is written, the command
//!   finishes what it started (what it must remember is still written), and the process then
//!   ends as SIGPIPE ends a program, which is what shells expect. No panic, no backtrace.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use serde_json::{Value, json};

use super::{Exit, Failure};

static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// `text` with every control character and invisible direction mark written as a visible
/// escape (`\u{1b}`), so it prints as what it is. Tabs stay.
pub fn safe(text: &str) -> std::borrow::Cow<'_, str> {
    fn unsafe_char(c: char) -> bool {
        (c.is_control() && c != '\t')
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}')
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
    }
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            shown.extend(c.escape_unicode());
        } else {
            shown.push(c);
        }
    }
    std::borrow::Cow::Owned(shown)
}

/// `text` made safe line by line: its line breaks stay (a log is lines), everything else
/// that `safe` escapes is escaped.
pub fn safe_lines(text: &str) -> String {
    text.split('\n')
        .map(|line| safe(line).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Writes `text` (already made safe) to stdout; false once its reader is gone.
fn write_stdout(text: &str) -> bool {
    if STDOUT_CLOSED.load(Ordering::Relaxed) {
        return false;
    }
    let mut out = std::io::stdout().lock();
    let written = out.write_all(text.as_bytes()).and_then(|()| out.flush());
    match written {
        Ok(()) => true,
        Err(e) => {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                STDOUT_CLOSED.store(true, Ordering::Relaxed);
            }
            false
        }
    }
}

/// One line of the result (or of the plain mode's conversation) on stdout, made safe.
/// False once stdout's reader is gone.
pub fn line(text: &str) -> bool {
    let mut shown = safe(text).into_owned();
    shown.push('\n');
    write_stdout(&shown)
}

/// Lines that are ours alone (JSON we serialised, a QR code): written as they are.
pub fn raw_line(text: &str) -> bool {
    let mut shown = text.to_string();
    shown.push('\n');
    write_stdout(&shown)
}

/// The reader of stdout went away: nothing more can be shown there.
pub fn stdout_closed() -> bool {
    STDOUT_CLOSED.load(Ordering::Relaxed)
}

/// A line on stderr, made safe; a stderr nobody reads is not an error.
pub fn error_line(text: &str) {
    let mut shown = safe(text).into_owned();
    shown.push('\n');
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(shown.as_bytes());
    let _ = err.flush();
}

/// A prompt on stderr, without a line break, made safe.
pub fn prompt(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(safe(text).as_bytes());
    let _ = err.flush();
}

/// Ends the line a prompt left open (input ended there, with Ctrl-D).
pub fn end_prompt_line() {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(b"\n");
    let _ = err.flush();
}

/// The process's exit status for `exit`; if stdout's reader went away, the process ends
/// here as SIGPIPE ends it.
pub fn finish(exit: Exit) -> ExitCode {
    if stdout_closed() {
        // Restores SIGPIPE's default action (Rust's runtime ignores it) and raises it: the
        // process ends there, as a program that wrote to a closed pipe does. Only if that
        // failed does it go on to exit with the status a shell would show.
        #[cfg(unix)]
        let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGPIPE);
        return ExitCode::from(128 + 13);
    }
    ExitCode::from(exit.code())
}

/// What a subcommand brings back: its JSON object, the same as text lines for stdout, and
/// notices for stderr (said to the person, never part of the result).
#[derive(Debug, Clone, Default)]
pub struct Done {
    pub json: Value,
    pub lines: Vec<String>,
    pub notices: Vec<String>,
}

impl Done {
    pub fn new(json: impl serde::Serialize, lines: Vec<String>) -> Done {
        Done {
            json: serde_json::to_value(json).unwrap_or(Value::Null),
            lines,
            notices: Vec::new(),
        }
    }

    pub fn notice(mut self, line: impl Into<String>) -> Done {
        self.notices.push(line.into());
        self
    }

    pub fn notices(mut self, lines: impl IntoIterator<Item = String>) -> Done {
        self.notices.extend(lines);
        self
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Printer {
    pub json: bool,
    progress: bool,
}

impl Printer {
    pub fn new(json: bool) -> Printer {
        Printer {
            json,
            progress: std::io::stderr().is_terminal(),
        }
    }

    /// A step of progress, for a person watching (never part of the result).
    pub fn progress(&self, line: &str) {
        if self.progress {
            error_line(line);
        }
    }

    /// Something the person should know that is not the result ("The token is kept in …").
    pub fn notice(&self, line: &str) {
        error_line(line);
    }

    /// The result: notices on stderr, then the JSON object or the text lines on stdout.
    pub fn done(&self, done: &Done) -> Exit {
        for notice in &done.notices {
            self.notice(notice);
        }
        if self.json {
            raw_line(&serde_json::to_string_pretty(&done.json).unwrap_or_default());
        } else {
            for text in &done.lines {
                if !line(text) {
                    break;
                }
            }
        }
        Exit::Done
    }

    pub fn fail(&self, failure: &Failure) -> Exit {
        error_line(&super::said_with(
            "scripts-error",
            &[("message", (&failure.message).into())],
        ));
        if self.json {
            let value = json!({
                "error": {
                    "kind": failure.exit.kind(),
                    "message": failure.message,
                    "exit_code": failure.exit.code(),
                }
            });
            raw_line(&serde_json::to_string_pretty(&value).unwrap_or_default());
        }
        failure.exit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_and_escape_sequences_are_shown_not_obeyed() {
        assert_eq!(safe("plain text, tab\tkept"), "plain text, tab\tkept");
        assert_eq!(safe("\u{1b}]0;owned\u{7}"), "\\u{1b}]0;owned\\u{7}");
        assert_eq!(safe("a\rb\nc"), "a\\u{d}b\\u{a}c");
        assert_eq!(
            safe("\u{9b}2J"),
            "\\u{9b}2J",
            "a C1 control sequence introducer"
        );
        assert_eq!(
            safe("abc\u{202e}fed"),
            "abc\\u{202e}fed",
            "a direction override"
        );
        assert_eq!(safe("Zürich, 東京"), "Zürich, 東京");
        assert_eq!(
            safe_lines("one\u{1b}[2J\ntwo\r\n"),
            "one\\u{1b}[2J\ntwo\\u{d}\n"
        );
    }
}
