//! A flow's current step as a question, for everything that is not the full-screen UI: the
//! plain line-by-line mode, answers files and the scriptable subcommands. They all drive the
//! same state machine: read `ask()`, give an answer with `Input::Answer`, and the flow
//! validates it and moves on exactly as if it had been typed and submitted on its screen.

/// What the step in front asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// The flow stopped; `problem` says why. Esc/back would restart the step.
    Stopped,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub message: String,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// The answer is not valid as typed (checked on this machine): exit code 2 in scripts.
    Invalid,
    /// The provider refused it: exit code 1.
    Refused,
    /// The network or the server failed: exit code 3.
    Failed,
}

impl ProblemKind {
    pub fn exit_code(self) -> u8 {
        match self {
            ProblemKind::Invalid => 2,
            ProblemKind::Refused => 1,
            ProblemKind::Failed => 3,
        }
    }
}

impl Problem {
    pub fn invalid(message: impl Into<String>) -> Problem {
        Problem {
            message: message.into(),
            kind: ProblemKind::Invalid,
        }
    }

    /// From an API error: a refusal is the provider's word, anything else a failure.
    pub fn from_api(error: &crate::api::ApiError) -> Problem {
        Problem {
            message: error.advice(),
            kind: if error.exit_code() == 1 {
                ProblemKind::Refused
            } else {
                ProblemKind::Failed
            },
        }
    }
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
}
