//! The SMS code: six digit boxes that take digits only (typed or pasted, spaces and dashes
//! dropped), sent by themselves once complete; a resend after a short cooldown.

use std::time::{Duration, Instant};

use crate::api::ApiError;
use crate::api::error::Refusal;
use crate::app::field::{CharRule, TextField};
use crate::app::problem::Problem;
use crate::lang::{Lang, tr_static};
use crate::tr;

pub const CODE_LENGTH: usize = 6;
/// How long before a new code can be asked for.
pub const RESEND_AFTER: Duration = Duration::from_secs(30);

#[derive(Clone, Debug)]
pub struct CodeStep {
    pub verification: String,
    pub field: TextField,
    pub sent_at: Instant,
    pub resend_at: Instant,
    /// How many codes were sent for this verification.
    pub sends: u32,
    /// Why this code belongs to a new verification (the last one ended and the person
    /// chose to sign in again).
    pub notice: Option<String>,
    /// Why no verdict came for the code sent last (the network, a busy server), until it is
    /// sent again: each reader says what to do its own way (the screen has a key for it).
    pub unchecked: Option<ApiError>,
    pub lang: Lang,
}

impl CodeStep {
    pub fn new(lang: Lang, verification: String, now: Instant) -> CodeStep {
        // Shown as typed, as one-time codes are (Ctrl-R hides them); still a secret: never
        // in Debug output, zeroized when dropped.
        let mut field = TextField::new(
            tr_static(lang, "cleura-code"),
            CharRule::Digits,
            CODE_LENGTH,
        )
        .lang(lang)
        .secret();
        field.revealed = true;
        CodeStep {
            verification,
            field,
            sent_at: now,
            resend_at: now + RESEND_AFTER,
            sends: 1,
            notice: None,
            unchecked: None,
            lang,
        }
    }

    pub fn sent_again(&mut self, verification: String, now: Instant) {
        self.verification = verification;
        self.sent_at = now;
        self.resend_at = now + RESEND_AFTER;
        self.sends += 1;
        self.field.clear();
        self.unchecked = None;
    }

    /// Drops what a code is often written with (spaces, dashes) before the digits go in.
    pub fn paste(&mut self, text: &str) {
        let digits: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        self.field.paste(&digits);
    }

    pub fn complete(&self) -> bool {
        self.field.value().len() == CODE_LENGTH
    }

    /// The code to send, once six digits are there.
    pub fn validated(&mut self) -> Option<u32> {
        if !self.complete() {
            self.field.problem = Some(Problem::invalid(tr!(
                self.lang,
                "cleura-code-incomplete",
                length = CODE_LENGTH,
                typed = self.field.value().len()
            )));
            return None;
        }
        self.field.value().parse().ok()
    }

    /// Cleura did not take the code. A code it judged is typed anew, its refusal under the
    /// boxes; one that never reached a judgement (the network, a busy server) stays, to send
    /// again with Enter, and the problem returned is the step's.
    pub fn refused(&mut self, error: &ApiError) -> Option<Problem> {
        let judged = error.is_refusal();
        if judged {
            self.field.clear();
        }
        let lang = self.lang;
        let said = error.said_in(lang);
        let said = said.trim_end_matches('.');
        let with_said = |id: &str| tr!(lang, id, said).into_owned();
        let message = match error.refusal() {
            Some(Refusal::CodeExpired) => {
                // An expired code can be replaced at once.
                self.resend_at = self.sent_at;
                with_said("cleura-code-expired")
            }
            Some(Refusal::CodeWrong {
                tries_left: Some(n),
            }) => tr!(lang, "cleura-code-tries-left", said, tries = *n).into_owned(),
            _ if !judged => with_said("cleura-code-send-again"),
            _ => said.to_string(),
        };
        if !judged {
            self.unchecked = Some(error.clone());
            return Some(Problem::failed(message));
        }
        self.field.problem = Some(Problem::refused(message));
        None
    }

    pub fn can_resend(&self, now: Instant) -> bool {
        now >= self.resend_at
    }

    pub fn seconds_left(&self, now: Instant) -> u64 {
        let left = self.resend_at.saturating_duration_since(now);
        left.as_secs() + u64::from(left.subsec_nanos() > 0)
    }

    /// The next moment the countdown changes, while it runs.
    pub fn next_tick(&self, now: Instant) -> Option<Instant> {
        if now >= self.resend_at {
            return None;
        }
        let left = self.resend_at - now;
        let into_second = Duration::from_nanos(u64::from(left.subsec_nanos()));
        Some(
            now + if into_second.is_zero() {
                Duration::from_secs(1)
            } else {
                into_second
            },
        )
    }
}

#[cfg(test)]
#[path = "code_tests.rs"]
mod tests;
