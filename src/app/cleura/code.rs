//! The SMS code step: six digits (typed or pasted, spaces and dashes dropped) that submit by
//! themselves when complete, a resend after a short cooldown, and what a refused code means
//! (a wrong code with tries left, a code that expired, a verification spent or expired).

use std::time::{Duration, Instant};

use secrecy::SecretString;

use super::Target;
use crate::app::field::{CharRule, TextField};

pub const CODE_LEN: usize = 6;
/// A new code may be asked for this long after the last one was sent.
pub const RESEND_AFTER: Duration = Duration::from_secs(30);

#[derive(Debug)]
pub struct CodeStep {
    pub to: Target,
    pub verification: SecretString,
    pub code: TextField,
    /// When the last code was sent; None while it is being asked for (or the asking failed).
    pub sent_at: Option<Instant>,
    /// How many codes were sent for this verification (a resend says "a new code").
    pub sent: u32,
    /// Tries left, as the server said after a wrong code.
    pub tries_left: Option<u32>,
    /// Why this code screen is shown anew (a verification started over, a code expired).
    pub notice: Option<String>,
}

impl CodeStep {
    pub fn new(to: Target, verification: SecretString, notice: Option<String>) -> CodeStep {
        CodeStep {
            to,
            verification,
            code: TextField::new("SMS code", CharRule::Digits, CODE_LEN).secret(),
            sent_at: None,
            sent: 0,
            tries_left: None,
            notice,
        }
    }

    pub fn complete(&self) -> bool {
        self.code.value().chars().count() == CODE_LEN
    }

    /// How long until a new code may be asked for; None when it may be now.
    pub fn resend_in(&self, now: Instant) -> Option<Duration> {
        let sent = self.sent_at?;
        let end = sent + RESEND_AFTER;
        (now < end).then(|| end - now)
    }

    pub fn can_resend(&self, now: Instant) -> bool {
        self.sent_at.is_some() && self.resend_in(now).is_none()
    }

    /// The whole seconds left, as the countdown shows them (29.2 s left shows 30).
    pub fn countdown(&self, now: Instant) -> Option<u64> {
        self.resend_in(now)
            .map(|d| d.as_secs() + u64::from(d.subsec_nanos() > 0))
    }

    /// The next moment the countdown changes: once a second while it shows, never after.
    pub fn next_tick(&self, now: Instant) -> Option<Instant> {
        let sent = self.sent_at?;
        let end = sent + RESEND_AFTER;
        if now >= end {
            return None;
        }
        let elapsed = now.saturating_duration_since(sent);
        Some((sent + Duration::from_secs(elapsed.as_secs() + 1)).min(end))
    }

    /// Pasted text: spaces and dashes are how codes are often written ("123 456",
    /// "123-456") and are dropped; a whole code replaces what was typed.
    pub fn paste(&mut self, text: &str) {
        let digits = strip_separators(text);
        if digits.chars().count() == CODE_LEN {
            self.code.clear();
        }
        self.code.paste(&digits);
    }

    /// A code from elsewhere (an answer, the sandbox's outbox) in place of what was typed.
    pub fn set(&mut self, text: &str) {
        self.code.clear();
        self.code.paste(&strip_separators(text));
    }

    /// The code as the number the API takes.
    pub fn secret(&self) -> SecretString {
        SecretString::from(self.code.value().to_string())
    }
}

pub fn strip_separators(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{2010}'..='\u{2014}'))
        .collect()
}

/// What a refused code means, from the server's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A wrong code; the tries left when the server said.
    Wrong { tries_left: Option<u32> },
    /// This code expired (or none was sent): a new code for the same verification.
    NewCode,
    /// The verification is spent or expired: sign in again for a new one.
    StartOver,
}

pub fn classify(message: &str) -> Refusal {
    let m = message.to_lowercase();
    let tries = tries_left(&m);
    if tries == Some(0)
        || (m.contains("verification")
            && (m.contains("expired") || m.contains("spent") || m.contains("invalid verification")))
        || m.contains("sign in again")
    {
        return Refusal::StartOver;
    }
    if (m.contains("code") && m.contains("expired")) || m.contains("no code was sent") {
        return Refusal::NewCode;
    }
    Refusal::Wrong { tries_left: tries }
}

/// "Invalid code; 2 attempts left" → 2; "no attempts left" → 0; none said → None.
pub fn tries_left(message: &str) -> Option<u32> {
    let m = message.to_lowercase();
    let words: Vec<&str> = m
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let at = words
        .iter()
        .position(|w| w.starts_with("attempt") || w.starts_with("tries") || *w == "try")?;
    let before = words.get(at.checked_sub(1)?)?;
    if *before == "no" {
        return Some(0);
    }
    before.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step() -> CodeStep {
        CodeStep::new(
            Target {
                endpoint: "https://rest.cleura.cloud".into(),
                api: crate::config::CleuraApi::V1,
                login: "bob".into(),
            },
            SecretString::from("v"),
            None,
        )
    }

    #[test]
    fn refusals_are_read_from_the_servers_words() {
        assert_eq!(
            classify("Invalid code; 2 attempts left"),
            Refusal::Wrong {
                tries_left: Some(2)
            }
        );
        assert_eq!(
            classify("Invalid code; 1 attempt left"),
            Refusal::Wrong {
                tries_left: Some(1)
            }
        );
        assert_eq!(
            classify("Invalid code; no attempts left: this verification is spent, sign in again"),
            Refusal::StartOver
        );
        assert_eq!(
            classify("This verification has expired or was spent: sign in again"),
            Refusal::StartOver
        );
        assert_eq!(classify("Invalid verification"), Refusal::StartOver);
        assert_eq!(
            classify("The code has expired: request a new one"),
            Refusal::NewCode
        );
        assert_eq!(classify("Wrong code"), Refusal::Wrong { tries_left: None });
    }

    #[test]
    fn pasted_codes_lose_their_separators() {
        let mut s = step();
        s.paste(" 123-456\n");
        assert_eq!(s.code.value(), "123456");
        assert!(s.complete());
        s.paste("654 321");
        assert_eq!(
            s.code.value(),
            "654321",
            "a whole code replaces the old one"
        );
    }

    #[test]
    fn the_countdown_ticks_once_a_second_and_then_stops() {
        let mut s = step();
        let t = Instant::now();
        assert_eq!(s.next_tick(t), None, "nothing sent yet");
        s.sent_at = Some(t);
        assert_eq!(s.countdown(t), Some(30));
        assert_eq!(s.next_tick(t), Some(t + Duration::from_secs(1)));
        let later = t + Duration::from_millis(1500);
        assert_eq!(s.countdown(later), Some(29));
        assert_eq!(s.next_tick(later), Some(t + Duration::from_secs(2)));
        assert!(!s.can_resend(later));
        let end = t + RESEND_AFTER;
        assert_eq!(s.next_tick(end), None);
        assert!(s.can_resend(end));
    }
}
