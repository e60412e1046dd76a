//! A flow's current step as a question, for everything that is not the full-screen UI: the
//! plain line-by-line mode, answers files and the scriptable subcommands. They all drive the
//! same state machine: read `ask()`, give an answer with `Input::Answer`, and the flow
//! validates it and moves on exactly as if it had been typed and submitted on its screen.

use super::problem::Problem;

/// What the step in front asks for.
#[derive(Debug, Clone)]
pub struct Ask {
    /// A stable name for the question, used by answers files and flags: `email`, `slug`,
    /// `domain`, `accept_terms`, `confirm`, `activation_link`, `passphrase`,
    /// `passphrase_again`, `hint`, `login`, `password`, `sms_code`, `location`, `promo`, …
    pub key: &'static str,
    pub kind: AskKind,
    /// The question in words, as a prompt ("Your email address").
    pub prompt: String,
    /// Lines to show before the question: what the screen says besides its fields (a
    /// summary to confirm, where a code was sent, a table of regions).
    pub context: Vec<String>,
    /// What an empty answer means, shown in brackets.
    pub default: Option<String>,
    /// Why the previous answer was not taken.
    pub problem: Option<Problem>,
    /// For an answer that is not secret as a whole but holds a secret (a link carrying a
    /// token): how to show it with that part masked, when it is shown back.
    pub conceal: Option<fn(&str) -> String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AskKind {
    /// A line of text; read without echo when secret.
    Text { secret: bool },
    /// One of `options` (answered by its text or its number from 1).
    Choice { options: Vec<String> },
    /// y or n.
    YesNo,
    /// Nothing to answer: work is in flight; wait for the next step.
    Wait,
    /// The flow reached its end; `context` says what was done.
    Done,
    /// The flow did what it was opened for and `context` shows the result (signed in, the
    /// regions); `options` are what it can do next (sign out, back to the menu). A script
    /// ends here as at `Done`; the plain mode offers the options.
    Rest { options: Vec<String> },
    /// The flow stopped; `problem` says why. Esc/back would restart the step.
    Stopped,
}

impl Ask {
    pub fn text(key: &'static str, prompt: impl Into<String>, secret: bool) -> Ask {
        Ask {
            key,
            kind: AskKind::Text { secret },
            prompt: prompt.into(),
            context: Vec::new(),
            default: None,
            problem: None,
            conceal: None,
        }
    }

    pub fn wait(what: impl Into<String>) -> Ask {
        Ask {
            key: "wait",
            kind: AskKind::Wait,
            prompt: what.into(),
            context: Vec::new(),
            default: None,
            problem: None,
            conceal: None,
        }
    }

    pub fn with_context(mut self, lines: Vec<String>) -> Ask {
        self.context = lines;
        self
    }

    pub fn with_problem(mut self, problem: Option<Problem>) -> Ask {
        self.problem = problem;
        self
    }

    pub fn with_default(mut self, default: Option<String>) -> Ask {
        self.default = default;
        self
    }

    pub fn concealed_by(mut self, conceal: fn(&str) -> String) -> Ask {
        self.conceal = Some(conceal);
        self
    }

    /// An answer as it may be shown back: secrets not at all, a secret part masked.
    pub fn shown(&self, answer: &str) -> Option<String> {
        match (&self.kind, self.conceal) {
            (AskKind::Text { secret: true }, _) => None,
            (_, Some(conceal)) => Some(conceal(answer)),
            _ => Some(answer.to_string()),
        }
    }
}

/// A yes/no answer as a person, a script or an answers file gives it (`y`, `yes`, `oui`,
/// `true`, `1`; `n`, `no`, `non`, `false`, `0`). The same words in every language: an
/// answers file or a script written in one works in another, and the letters are the keys'.
pub fn yes_no(answer: &str) -> Option<bool> {
    match answer.trim().to_ascii_lowercase().as_str() {
        "y" | "yes" | "oui" | "true" | "1" => Some(true),
        "n" | "no" | "non" | "false" | "0" => Some(false),
        _ => None,
    }
}

/// Which of `options` an answer picks: its number from 1, or its text (any case).
pub fn choice(answer: &str, options: &[impl AsRef<str>]) -> Option<usize> {
    let answer = answer.trim();
    if let Ok(n) = answer.parse::<usize>() {
        return (1..=options.len()).contains(&n).then(|| n - 1);
    }
    options
        .iter()
        .position(|o| o.as_ref().eq_ignore_ascii_case(answer))
}

#[cfg(test)]
#[path = "ask_tests.rs"]
mod tests;
