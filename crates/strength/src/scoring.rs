//! How many guesses each piece takes, and the cheapest way to cover the whole passphrase with
//! pieces and brute force.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use super::dictionary::lower;
use super::{Match, Pattern, keyboard};

/// Characters a brute-force attacker tries per position; low on purpose, so that short
/// unmatched runs are not overrated.
const BRUTEFORCE_CARDINALITY: f64 = 10.0;
/// Each extra piece in a passphrase makes the attacker try combinations of this many more.
const MIN_GUESSES_BEFORE_GROWING_SEQUENCE: f64 = 10_000.0;
/// A piece of a longer passphrase never counts as fewer guesses than these.
const MIN_SUBMATCH_GUESSES_SINGLE_CHAR: f64 = 10.0;
const MIN_SUBMATCH_GUESSES_MULTI_CHAR: f64 = 50.0;
/// Even this year is guessed among at least this many.
const MIN_YEAR_SPACE: f64 = 20.0;

/// The year dates and years are measured from: this year.
pub fn reference_year() -> u32 {
    static YEAR: LazyLock<u32> = LazyLock::new(|| {
        let days = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() / 86_400);
        year_of_day(days)
    });
    *YEAR
}

/// The Gregorian year of a day counted from 1970-01-01.
fn year_of_day(days: u64) -> u32 {
    let mut year = 1970;
    let mut left = days;
    loop {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let length = if leap { 366 } else { 365 };
        if left < length {
            return year;
        }
        left -= length;
        year += 1;
    }
}

pub fn n_choose_k(n: usize, k: usize) -> f64 {
    if k > n {
        return 0.0;
    }
    (1..=k).fold(1.0, |r, d| r * (n + 1 - d) as f64 / d as f64)
}

fn factorial(n: usize) -> f64 {
    (2..=n).fold(1.0, |f, k| f * k as f64)
}

/// The fewest guesses that cover all of `password` with the pieces `found` and brute force,
/// and that cover. A cover of `l` pieces costs `l!` (their order) times the product of their
/// guesses, plus a penalty per extra piece, so that many tiny pieces never look cheap.
pub fn most_guessable_sequence(
    password: &[char],
    found: Vec<Match>,
    exclude_additive: bool,
) -> (f64, Vec<Match>) {
    let n = password.len();
    if n == 0 {
        return (1.0, Vec::new());
    }
    let mut ending_at: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (index, m) in found.iter().enumerate() {
        if m.i <= m.j && m.j < n {
            ending_at[m.j].push(index);
        }
    }
    for list in &mut ending_at {
        list.sort_by_key(|&index| found[index].i);
    }
    let found_guesses: Vec<f64> = found.iter().map(|m| guesses(m, n)).collect();
    let mut cover = Covers {
        exclude_additive,
        best: vec![BTreeMap::new(); n],
    };
    for (k, list) in ending_at.iter().enumerate() {
        for &index in list {
            cover.extend(found[index].i, k, found_guesses[index], Piece::Found(index));
        }
        // Brute force over password[i..=k], after any cover of password[..i].
        for i in 0..=k {
            let length = k - i + 1;
            let guesses = bruteforce_guesses(length).max(submatch_floor(length, n));
            cover.extend(i, k, guesses, Piece::Bruteforce);
        }
    }
    cover.unwind(password, &found)
}

/// The best cover found so far of each prefix, for each number of pieces.
struct Covers {
    exclude_additive: bool,
    /// best[k][l]: the cheapest cover of password[..=k] in l pieces: its last piece, the
    /// product of its pieces' guesses, and its total.
    best: Vec<BTreeMap<usize, Step>>,
}

#[derive(Clone, Copy, PartialEq)]
enum Piece {
    /// found[index]
    Found(usize),
    Bruteforce,
}

#[derive(Clone)]
struct Step {
    last: Piece,
    /// Where the last piece starts.
    start: usize,
    product: f64,
    total: f64,
}

impl Covers {
    /// Considers `piece`, password[start..=end], after each cover of what comes before it.
    fn extend(&mut self, start: usize, end: usize, guesses: f64, piece: Piece) {
        if start == 0 {
            self.consider(
                end,
                1,
                Step {
                    last: piece,
                    start,
                    product: guesses,
                    total: 0.0,
                },
            );
            return;
        }
        let (before, rest) = self.best.split_at_mut(end);
        let exclude_additive = self.exclude_additive;
        for (&pieces, previous) in &before[start - 1] {
            // Two brute-force pieces in a row would be one.
            if piece == Piece::Bruteforce && previous.last == Piece::Bruteforce {
                continue;
            }
            let product = guesses * previous.product;
            let step = Step {
                last: piece,
                start,
                product,
                total: 0.0,
            };
            Self::consider_at(&mut rest[0], exclude_additive, pieces + 1, step);
        }
    }

    fn consider(&mut self, end: usize, pieces: usize, step: Step) {
        Self::consider_at(&mut self.best[end], self.exclude_additive, pieces, step);
    }

    fn consider_at(
        best: &mut BTreeMap<usize, Step>,
        exclude_additive: bool,
        pieces: usize,
        mut step: Step,
    ) {
        step.total = factorial(pieces) * step.product;
        if !exclude_additive {
            step.total += MIN_GUESSES_BEFORE_GROWING_SEQUENCE.powi(pieces as i32 - 1);
        }
        // A cover with as many pieces or fewer that costs no more makes this one pointless.
        let beaten = best
            .range(..=pieces)
            .any(|(_, other)| other.total <= step.total);
        if !beaten {
            best.insert(pieces, step);
        }
    }

    fn unwind(self, password: &[char], found: &[Match]) -> (f64, Vec<Match>) {
        let n = password.len();
        let Some((mut pieces, total)) = self.best[n - 1].iter().fold(
            None,
            |best: Option<(usize, f64)>, (&l, step)| match best {
                Some((_, total)) if total <= step.total => best,
                _ => Some((l, step.total)),
            },
        ) else {
            return (1.0, Vec::new());
        };
        let mut sequence = Vec::with_capacity(pieces);
        let mut end = n;
        while end > 0 && pieces > 0 {
            let Some(step) = self.best[end - 1].get(&pieces) else {
                break;
            };
            sequence.push(match step.last {
                Piece::Found(index) => found[index].clone(),
                Piece::Bruteforce => Match {
                    i: step.start,
                    j: end - 1,
                    token: password[step.start..end].iter().collect(),
                    pattern: Pattern::Bruteforce,
                },
            });
            end = step.start;
            pieces -= 1;
        }
        sequence.reverse();
        (total, sequence)
    }
}

/// A piece of a longer passphrase never counts as fewer guesses than this.
fn submatch_floor(length: usize, password_length: usize) -> f64 {
    match length {
        _ if length >= password_length => 1.0,
        1 => MIN_SUBMATCH_GUESSES_SINGLE_CHAR,
        _ => MIN_SUBMATCH_GUESSES_MULTI_CHAR,
    }
}

/// The guesses for one piece of a passphrase of `password_length` characters.
pub fn guesses(m: &Match, password_length: usize) -> f64 {
    let length = m.j + 1 - m.i;
    let guesses = match &m.pattern {
        Pattern::Bruteforce => bruteforce_guesses(length),
        Pattern::Dictionary {
            rank,
            reversed,
            l33t,
            ..
        } => {
            *rank as f64
                * uppercase_variations(&m.token)
                * l33t_variations(&m.token, l33t)
                * if *reversed { 2.0 } else { 1.0 }
        }
        Pattern::Spatial {
            keyboard,
            turns,
            shifted,
        } => keyboard::guesses(*keyboard, length, *turns, *shifted),
        Pattern::Repeat {
            base_guesses,
            repeat_count,
            ..
        } => base_guesses * *repeat_count as f64,
        Pattern::Sequence { ascending } => sequence_guesses(&m.token, *ascending),
        Pattern::RecentYear => {
            let year: f64 = m.token.parse().unwrap_or(0.0);
            (year - f64::from(reference_year()))
                .abs()
                .max(MIN_YEAR_SPACE)
        }
        Pattern::Date {
            year,
            has_separator,
        } => {
            let year_space = (f64::from(*year) - f64::from(reference_year()))
                .abs()
                .max(MIN_YEAR_SPACE);
            // A day of the year, and one of about four separators.
            year_space * 365.0 * if *has_separator { 4.0 } else { 1.0 }
        }
    };
    guesses.max(submatch_floor(length, password_length))
}

fn bruteforce_guesses(length: usize) -> f64 {
    let guesses = BRUTEFORCE_CARDINALITY.powi(length.min(i32::MAX as usize) as i32);
    let guesses = if guesses.is_finite() {
        guesses
    } else {
        f64::MAX
    };
    let least = if length == 1 {
        MIN_SUBMATCH_GUESSES_SINGLE_CHAR + 1.0
    } else {
        MIN_SUBMATCH_GUESSES_MULTI_CHAR + 1.0
    };
    guesses.max(least)
}

fn sequence_guesses(token: &str, ascending: bool) -> f64 {
    // Sequences from an obvious start are tried first.
    let base = match token.chars().next() {
        Some('a' | 'A' | 'z' | 'Z' | '0' | '1' | '9') => 4.0,
        Some(c) if c.is_ascii_digit() => 10.0,
        _ => 26.0,
    };
    let direction = if ascending { 1.0 } else { 2.0 };
    base * direction * token.chars().count() as f64
}

/// The ways to capitalise a word that an attacker tries before this one.
pub fn uppercase_variations(word: &str) -> f64 {
    let upper = word.chars().filter(char::is_ascii_uppercase).count();
    let lower_count = word.chars().filter(char::is_ascii_lowercase).count();
    if upper == 0 || lower(word) == word {
        return 1.0;
    }
    let chars: Vec<char> = word.chars().collect();
    let first_only = chars[0].is_ascii_uppercase() && upper == 1;
    let last_only = chars[chars.len() - 1].is_ascii_uppercase() && upper == 1;
    if first_only || last_only || lower_count == 0 {
        return 2.0;
    }
    (1..=upper.min(lower_count))
        .map(|k| n_choose_k(upper + lower_count, k))
        .sum()
}

/// The ways to substitute look-alikes that an attacker tries before this one.
fn l33t_variations(token: &str, substitutions: &[(char, char)]) -> f64 {
    let lowered = lower(token);
    substitutions
        .iter()
        .map(|&(typed, letter)| {
            let typed_count = lowered.chars().filter(|&c| c == typed).count();
            let plain_count = lowered.chars().filter(|&c| c == letter).count();
            if typed_count == 0 || plain_count == 0 {
                2.0
            } else {
                (1..=typed_count.min(plain_count))
                    .map(|k| n_choose_k(typed_count + plain_count, k))
                    .sum()
            }
        })
        .product()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(i: usize, j: usize, token: &str, rank: usize) -> Match {
        Match {
            i,
            j,
            token: token.into(),
            pattern: Pattern::Dictionary {
                dictionary: None,
                rank,
                reversed: false,
                l33t: Vec::new(),
            },
        }
    }

    #[test]
    fn binomials_and_factorials() {
        assert_eq!(n_choose_k(5, 0), 1.0);
        assert_eq!(n_choose_k(5, 2), 10.0);
        assert_eq!(n_choose_k(2, 5), 0.0);
        assert_eq!(n_choose_k(49, 6), 13_983_816.0);
        assert_eq!(factorial(0), 1.0);
        assert_eq!(factorial(5), 120.0);
    }

    #[test]
    fn days_count_into_years_with_leap_years() {
        assert_eq!(year_of_day(0), 1970);
        assert_eq!(year_of_day(365), 1971);
        assert_eq!(year_of_day(20_423), 2025);
        assert_eq!(year_of_day(20_424), 2025); // 2025-12-31
        assert_eq!(year_of_day(20_454), 2026);
    }

    #[test]
    fn capitals_add_few_guesses_unless_scattered() {
        assert_eq!(uppercase_variations("password"), 1.0);
        assert_eq!(uppercase_variations("Password"), 2.0);
        assert_eq!(uppercase_variations("passworD"), 2.0);
        assert_eq!(uppercase_variations("PASSWORD"), 2.0);
        assert_eq!(
            uppercase_variations("PaSsword"),
            n_choose_k(8, 1) + n_choose_k(8, 2)
        );
        assert_eq!(uppercase_variations("123"), 1.0);
    }

    #[test]
    fn look_alike_variations() {
        assert_eq!(l33t_variations("p@ssword", &[('@', 'a')]), 2.0);
        assert_eq!(l33t_variations("@a", &[('@', 'a')]), 2.0);
        assert_eq!(l33t_variations("@aa", &[('@', 'a')]), 3.0);
        assert_eq!(l33t_variations("p@ssw0rd", &[('0', 'o'), ('@', 'a')]), 4.0);
    }

    #[test]
    fn unmatched_characters_are_brute_forced() {
        let password: Vec<char> = "ab".chars().collect();
        let (guesses, sequence) = most_guessable_sequence(&password, Vec::new(), false);
        assert_eq!(guesses, 100.0 + 1.0);
        assert_eq!(sequence.len(), 1);
        assert_eq!(sequence[0].pattern, Pattern::Bruteforce);
    }

    #[test]
    fn a_word_with_brute_force_around_it() {
        let password: Vec<char> = "0123456789".chars().collect();
        let word = piece(3, 6, "3456", 1);
        let (guesses, sequence) = most_guessable_sequence(&password, vec![word.clone()], true);
        assert_eq!(sequence.len(), 3);
        assert_eq!(sequence[1], word);
        // 3! × 10^3 × 50 (a word is at least 50 guesses inside a longer passphrase) × 10^3.
        assert_eq!(guesses, 6.0 * 1e3 * 50.0 * 1e3);
    }

    #[test]
    fn one_cheap_cover_beats_two_pieces() {
        let password: Vec<char> = "0123456789".chars().collect();
        let whole = piece(0, 9, "0123456789", 1);
        let halves = vec![piece(0, 4, "01234", 1), piece(5, 9, "56789", 1)];
        let mut found = halves.clone();
        found.push(whole.clone());
        let (guesses, sequence) = most_guessable_sequence(&password, found, true);
        assert_eq!((guesses, sequence), (1.0, vec![whole]));
        let (guesses, sequence) = most_guessable_sequence(&password, halves.clone(), true);
        assert_eq!((guesses, sequence), (2.0 * 50.0 * 50.0, halves));
    }
}
