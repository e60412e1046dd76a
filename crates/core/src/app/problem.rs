//! What went wrong with what the person gave, and where it is kept. One rule for every flow:
//! a problem with a value lives under its field (`TextField::problem`), until that field is
//! edited or takes an answer; a problem with the step as a whole (a refusal no field
//! explains, a failure on the way) lives in the flow's one `problem`, until the step is
//! submitted again or left. The screen shows each where it lives, and a step's question
//! (`ask()`) reports the step's, else its first field's: the wizard and the plain mode read
//! the same places. A list that could not be read (Cleura's regions, a region's projects)
//! keeps its problem where the list would be: not an answer's, but refused or failed all
//! the same, which a script's exit status tells apart.

use crate::api::ApiError;
use crate::app::field::TextField;
use crate::lang::Lang;
use crate::tr;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub message: String,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// The answer is not valid as typed (checked on this machine, before it was sent).
    Invalid,
    /// The provider refused it.
    Refused,
    /// The network or the server failed.
    Failed,
}

impl Problem {
    pub fn invalid(message: impl Into<String>) -> Problem {
        Problem {
            message: message.into(),
            kind: ProblemKind::Invalid,
        }
    }

    pub fn refused(message: impl Into<String>) -> Problem {
        Problem {
            message: message.into(),
            kind: ProblemKind::Refused,
        }
    }

    pub fn failed(message: impl Into<String>) -> Problem {
        Problem {
            message: message.into(),
            kind: ProblemKind::Failed,
        }
    }

    /// From an API error, in `lang`: a refusal is the provider's word, anything else a
    /// failure.
    pub fn from_api_in(lang: Lang, error: &ApiError) -> Problem {
        Problem {
            message: error.advice_in(lang),
            kind: if error.is_refusal() {
                ProblemKind::Refused
            } else {
                ProblemKind::Failed
            },
        }
    }

    /// The same problem, its words put in the sentence `id` (as its `$advice`), which says
    /// what they were about.
    pub fn within(self, lang: Lang, id: &str) -> Problem {
        Problem {
            message: tr!(lang, id, advice = self.message).into_owned(),
            kind: self.kind,
        }
    }
}

/// The problem a step's question reports: the step's own, else the first of its fields'
/// (in the order the screen shows them).
pub fn asked<'a>(
    step: Option<&Problem>,
    fields: impl IntoIterator<Item = &'a TextField>,
) -> Option<Problem> {
    step.or_else(|| fields.into_iter().find_map(|f| f.problem.as_ref()))
        .cloned()
}
