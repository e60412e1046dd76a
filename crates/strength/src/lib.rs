//! How many guesses a passphrase would take an attacker who knows how people choose them.
//!
//! This is the zxcvbn estimator (Wheeler, "zxcvbn: Low-Budget Password Strength Estimation",
//! USENIX Security 2016): find every dictionary word, keyboard walk, repeat, sequence, year
//! and date in the passphrase, then the cheapest way to cover it with those pieces and
//! brute force, and turn that into a score of 0 to 4 with advice. cloudboard carries its own
//! implementation instead of the `zxcvbn` crate because that crate builds hash maps of its
//! ~94,000 words on first use, about 8 MB: nearly as much as the rest of the wizard.
//! Here the word lists are searched in place (see `words`), and the estimate allocates only
//! what one passphrase needs.

#![forbid(unsafe_code)]

mod dictionary;
mod feedback;
mod keyboard;
mod patterns;
mod scoring;
mod words;

pub use feedback::{Feedback, Suggestion, Warning};
pub use keyboard::Keyboard;
pub use words::Dictionary;

/// One piece of a passphrase that an attacker would guess as a whole.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// First and last character (not byte) of the piece, inclusive.
    pub i: usize,
    pub j: usize,
    pub token: String,
    pub pattern: Pattern,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Pattern {
    Dictionary {
        /// None for the person's own details (their email, their address).
        dictionary: Option<Dictionary>,
        rank: usize,
        reversed: bool,
        /// The substitutions read back: (character typed, letter meant).
        l33t: Vec<(char, char)>,
    },
    Spatial {
        keyboard: Keyboard,
        turns: usize,
        shifted: usize,
    },
    Repeat {
        base_token: String,
        base_guesses: f64,
        repeat_count: usize,
    },
    Sequence {
        ascending: bool,
    },
    RecentYear,
    Date {
        year: i32,
        has_separator: bool,
    },
    Bruteforce,
}

/// The estimate for one passphrase.
#[derive(Debug, Clone, PartialEq)]
pub struct Estimate {
    pub guesses: f64,
    /// 0 (guessed at once) to 4 (very hard to guess).
    pub score: u8,
    pub feedback: Feedback,
    /// The pieces the cheapest guess is made of, in order.
    pub sequence: Vec<Match>,
}

/// How much of a passphrase is measured. The cost of the estimate grows with the square of
/// the length and it runs on every keystroke; a hundred characters measure as very strong
/// unless they repeat or spell something common, which the first hundred already show, so
/// what follows can only make the estimate too cautious, never too generous.
pub const MEASURED_CHARS: usize = 100;

/// Estimates `password`; `personal` are words the person's own details make easy to guess,
/// most telling first.
pub fn estimate(password: &str, personal: &[&str]) -> Estimate {
    let personal: Vec<String> = personal.iter().map(|w| dictionary::lower(w)).collect();
    let chars: Vec<char> = password.chars().take(MEASURED_CHARS).collect();
    let found = omnimatch(&chars, &personal);
    let (guesses, sequence) = scoring::most_guessable_sequence(&chars, found, false);
    let score = score(guesses);
    Estimate {
        guesses,
        score,
        feedback: feedback::advise(score, &sequence),
        sequence,
    }
}

/// Every pattern found in `password`, ordered by where it starts and ends.
fn omnimatch(password: &[char], personal: &[String]) -> Vec<Match> {
    let mut found = dictionary::matches(password, personal);
    found.extend(dictionary::reversed_matches(password, personal));
    found.extend(dictionary::l33t_matches(password, personal));
    found.extend(keyboard::matches(password));
    found.extend(patterns::repeat_matches(password, personal));
    found.extend(patterns::sequence_matches(password));
    found.extend(patterns::recent_year_matches(password));
    found.extend(patterns::date_matches(password));
    found.sort_by_key(|m| (m.i, m.j));
    found
}

/// The score of a number of guesses: each step is a hundred times harder, from "guessed
/// within a thousand tries" to "more than ten billion".
fn score(guesses: f64) -> u8 {
    // A little slack so that a guess count computed as exactly 10^n lands above the step.
    const DELTA: f64 = 5.0;
    [1e3, 1e6, 1e8, 1e10]
        .iter()
        .position(|&step| guesses < step + DELTA)
        .map_or(4, |steps| steps as u8)
}

fn slice(chars: &[char], i: usize, j: usize) -> String {
    chars[i..=j].iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_score_steps_are_powers_of_a_hundred() {
        assert_eq!(score(1.0), 0);
        assert_eq!(score(1e3), 0);
        assert_eq!(score(1e3 + 6.0), 1);
        assert_eq!(score(1e8 + 6.0), 3);
        assert_eq!(score(1e10 + 6.0), 4);
        assert_eq!(score(f64::MAX), 4);
    }

    #[test]
    fn an_empty_passphrase_takes_one_guess() {
        let e = estimate("", &[]);
        assert_eq!((e.guesses, e.score), (1.0, 0));
        assert!(e.feedback.warning.is_none());
        assert!(!e.feedback.suggestions.is_empty());
    }

    #[test]
    fn common_passwords_are_found_whole() {
        let e = estimate("password", &[]);
        assert_eq!(e.score, 0);
        assert_eq!(e.sequence.len(), 1);
        // Rank 2, plus the one guess every cover of a single piece is charged.
        assert_eq!(e.guesses, 3.0);
    }

    #[test]
    fn the_persons_own_details_are_guessed_first() {
        let e = estimate(
            "AliceWonderland",
            &["alicewonderland@example.org", "alicewonderland"],
        );
        assert!(
            matches!(
                e.sequence[..],
                [Match {
                    pattern: Pattern::Dictionary {
                        dictionary: None,
                        rank: 2,
                        ..
                    },
                    ..
                }]
            ),
            "{e:?}"
        );
        assert_eq!(e.score, 0);
    }

    #[test]
    fn a_random_string_is_brute_forced() {
        let e = estimate("qx7#Vp2!Lm9z", &[]);
        assert!(e.score >= 3, "{e:?}");
    }

    proptest::proptest! {
        /// Whatever is typed or pasted, the estimate ends, and its pieces cover the measured
        /// part of the passphrase exactly once, in order.
        #[test]
        fn any_input_is_covered_piece_by_piece(
            password in "(\\PC|[\\x00-\\x1f]|[4@8({<3691!|70$5+%2]|ab|19|qwe){0,120}",
            personal in proptest::collection::vec("\\PC{0,12}", 0..3),
        ) {
            let personal: Vec<&str> = personal.iter().map(String::as_str).collect();
            let e = estimate(&password, &personal);
            proptest::prop_assert!(e.guesses >= 1.0);
            proptest::prop_assert!(e.score <= 4);
            let measured = password.chars().count().min(MEASURED_CHARS);
            let mut next = 0;
            for m in &e.sequence {
                proptest::prop_assert_eq!(m.i, next);
                proptest::prop_assert_eq!(m.token.chars().count(), m.j + 1 - m.i);
                next = m.j + 1;
            }
            proptest::prop_assert_eq!(next, measured);
        }
    }

    #[test]
    fn unicode_and_very_long_input_are_estimated() {
        let e = estimate("pässwörd 日本語 🙂🙂🙂🙂", &[]);
        assert!(e.guesses > 1.0);
        let long = "correct horse battery staple ".repeat(40);
        let e = estimate(&long, &[]);
        assert_eq!(e.score, 4);
        let last = e.sequence.last().map_or(0, |m| m.j);
        assert_eq!(
            last,
            MEASURED_CHARS - 1,
            "only the first {MEASURED_CHARS} are measured"
        );
        assert!(estimate(&"a".repeat(5000), &[]).score <= 1);
    }
}
