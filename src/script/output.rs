//! What a subcommand prints: a JSON object on stdout with `--json`, text otherwise; errors
//! on stderr (and as a JSON object on stdout with `--json`); progress on stderr only when
//! stderr is a terminal, as plain lines (no cursor tricks).

use std::io::{IsTerminal, Write};

use serde_json::{Value, json};

use super::Failure;

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
            eprintln!("{line}");
        }
    }

    /// The result: the JSON value, or the text lines.
    pub fn done(&self, value: &Value, text: &[String]) -> u8 {
        let mut out = std::io::stdout().lock();
        if self.json {
            let _ = writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(value).unwrap_or_default()
            );
        } else {
            for line in text {
                let _ = writeln!(out, "{line}");
            }
        }
        0
    }

    pub fn fail(&self, failure: &Failure) -> u8 {
        eprintln!("cloudboard: {}", failure.message);
        if self.json {
            let value = json!({
                "error": {
                    "kind": failure.kind(),
                    "message": failure.message,
                    "exit_code": failure.code,
                }
            });
            println!(
                "{}",
                serde_json::to_string_pretty(&value).unwrap_or_default()
            );
        }
        failure.code
    }
}
