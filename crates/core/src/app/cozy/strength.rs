//! How hard a passphrase is to guess (the zxcvbn estimate), with its advice in words.

use std::borrow::Cow;

use crate::lang::{Lang, tr};
use crate::strength::Feedback;
use crate::tr;

/// The least zxcvbn score (of 4) a Cozy passphrase must reach: 3 means about 10^10 guesses,
/// out of reach of an online attack and costly offline against 650000 PBKDF2 iterations.
pub const MIN_SCORE: u8 = 3;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Strength {
    /// 0 (guessed at once) to 4 (very hard to guess).
    pub score: u8,
    /// What makes it weak and what to do, as values: said in the person's language when shown.
    pub feedback: Feedback,
}

impl Strength {
    /// Measures `passphrase`; `personal` are words the person's own details make easy to
    /// guess (their email, their address).
    pub fn measure(passphrase: &str, personal: &[String]) -> Strength {
        let inputs: Vec<&str> = personal.iter().map(String::as_str).collect();
        let estimate = crate::strength::estimate(passphrase, &inputs);
        Strength {
            score: estimate.score,
            feedback: estimate.feedback,
        }
    }

    pub fn enough(&self) -> bool {
        self.score >= MIN_SCORE
    }

    pub fn label(&self, lang: Lang) -> Cow<'static, str> {
        let id = match self.score {
            0 => "cozy-strength-very-weak",
            1 => "cozy-strength-weak",
            2 => "cozy-strength-fair",
            3 => "cozy-strength-strong",
            _ => "cozy-strength-very-strong",
        };
        tr(lang, id)
    }

    /// The advice in a sentence or three: the warning, then the first two suggestions (the
    /// ones that speak to this passphrase come first).
    pub fn advice(&self, lang: Lang) -> Option<String> {
        crate::app::advice::advice(lang, &self.feedback, 2)
    }

    /// Why this passphrase is refused, in words: a sentence, then the advice.
    pub fn refusal(&self, lang: Lang) -> String {
        let too_easy = tr!(
            lang,
            "cozy-strength-too-easy",
            score = self.score,
            min = MIN_SCORE
        );
        let advice = self
            .advice(lang)
            .unwrap_or_else(|| tr(lang, "cozy-strength-add-more").into_owned());
        format!("{too_easy} {advice}")
    }
}

#[cfg(test)]
#[path = "strength_tests.rs"]
mod tests;
