//! Repeats ("abcabc"), sequences ("6543", "efgh"), recent years and dates.

use super::{Match, Pattern, omnimatch, scoring, slice};

/// The widest step between characters that still reads as a sequence ("aceg", "9753").
const MAX_SEQUENCE_STEP: i64 = 5;

/// Years people put in passphrases: 1000 to 2050.
const DATE_MIN_YEAR: u32 = 1000;
const DATE_MAX_YEAR: u32 = 2050;

/// Runs of one piece typed several times, each counted as guessing the piece once and then
/// how many times it repeats.
pub fn repeat_matches(password: &[char], personal: &[String]) -> Vec<Match> {
    let mut found = Vec::new();
    let mut from = 0;
    while from < password.len() {
        let Some(start) = (from..password.len()).find(|&s| repeat_at(password, s, true).is_some())
        else {
            break;
        };
        let longest = repeat_at(password, start, true);
        let shortest = repeat_at(password, start, false);
        let (Some((long_base, long_len)), Some((short_base, short_len))) = (longest, shortest)
        else {
            break;
        };
        // "aabaab" repeats "aab" (the longest base wins); "aaaaa" repeats "a" five times
        // (the shortest base covers more). A long base may itself repeat: "abab" in
        // "abababab" is "ab" four times.
        let (length, base) = if long_len > short_len {
            let run = &password[start..start + long_len];
            (long_len, smallest_period(run).unwrap_or(long_base))
        } else {
            (short_len, short_base)
        };
        let base_chars = &password[start..start + base];
        let (base_guesses, _) =
            scoring::most_guessable_sequence(base_chars, omnimatch(base_chars, personal), false);
        let j = start + length - 1;
        found.push(Match {
            i: start,
            j,
            token: slice(password, start, j),
            pattern: Pattern::Repeat {
                base_token: base_chars.iter().collect(),
                base_guesses,
                repeat_count: length / base,
            },
        });
        from = j + 1;
    }
    found
}

/// A repeat starting at `start`: the longest (or shortest) base that is typed at least twice
/// in a row there, and how far its repeats reach. This is what the regular expression
/// `(.+)\1+` (or `(.+?)\1+`) matches at that position.
fn repeat_at(password: &[char], start: usize, longest: bool) -> Option<(usize, usize)> {
    let rest = &password[start..];
    let repeats = |base: usize| rest.len() >= 2 * base && rest[..base] == rest[base..2 * base];
    let max_base = rest.len() / 2;
    let base = if longest {
        (1..=max_base).rev().find(|&b| repeats(b))
    } else {
        (1..=max_base).find(|&b| repeats(b))
    }?;
    let mut length = 2 * base;
    while rest.len() >= length + base && rest[length..length + base] == rest[..base] {
        length += base;
    }
    Some((base, length))
}

/// The shortest piece that `run` is made of, repeated at least twice.
fn smallest_period(run: &[char]) -> Option<usize> {
    (1..=run.len() / 2)
        .find(|&p| run.len().is_multiple_of(p) && run.chunks(p).all(|chunk| chunk == &run[..p]))
}

/// Runs whose characters step by the same amount: "abcd", "9753", "ZYX".
pub fn sequence_matches(password: &[char]) -> Vec<Match> {
    let n = password.len();
    if n <= 1 {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut push = |i: usize, j: usize, step: i64| {
        if (j - i > 1 || step.abs() == 1) && (1..=MAX_SEQUENCE_STEP).contains(&step.abs()) {
            found.push(Match {
                i,
                j,
                token: slice(password, i, j),
                pattern: Pattern::Sequence {
                    ascending: step > 0,
                },
            });
        }
    };
    let step_at =
        |k: usize| i64::from(u32::from(password[k])) - i64::from(u32::from(password[k - 1]));
    let mut i = 0;
    let mut last_step = step_at(1);
    for k in 2..n {
        let step = step_at(k);
        if step == last_step {
            continue;
        }
        push(i, k - 1, last_step);
        i = k - 1;
        last_step = step;
    }
    push(i, n - 1, last_step);
    found
}

/// Years from 1900 to 2099, which people add to make a passphrase "stronger".
pub fn recent_year_matches(password: &[char]) -> Vec<Match> {
    let mut found = Vec::new();
    let mut i = 0;
    while i + 4 <= password.len() {
        let window = &password[i..i + 4];
        let year = matches!(window[..2], ['1', '9'] | ['2', '0'])
            && window[2..].iter().all(char::is_ascii_digit);
        if year {
            found.push(Match {
                i,
                j: i + 3,
                token: slice(password, i, i + 3),
                pattern: Pattern::RecentYear,
            });
            i += 4;
        } else {
            i += 1;
        }
    }
    found
}

/// Dates, with or without separators: "13.5.1987", "1/1/91", "19870513", "0513".
pub fn date_matches(password: &[char]) -> Vec<Match> {
    let n = password.len();
    let mut found: Vec<Match> = Vec::new();
    let reference = scoring::reference_year();
    // Without separators: four ("1191") to eight ("11111991") digits, cut in three.
    for i in 0..n {
        for j in (i + 3)..(i + 8).min(n) {
            let token = &password[i..=j];
            if !token.iter().all(char::is_ascii_digit) {
                continue;
            }
            let best = cuts(token.len())
                .iter()
                .filter_map(|&(k, l)| {
                    date_of([
                        number(&token[..k]),
                        number(&token[k..l]),
                        number(&token[l..]),
                    ])
                })
                // The reading an attacker tries first is the year nearest today.
                .min_by_key(|&(year, ..)| (i64::from(year) - i64::from(reference)).abs());
            if let Some((year, ..)) = best {
                found.push(date_match(password, i, j, year, false));
            }
        }
    }
    // With separators: "1/1/91" to "11/11/1991", the same separator twice.
    for i in 0..n {
        for j in (i + 5)..(i + 10).min(n) {
            if let Some((year, ..)) = separated_date(&password[i..=j]) {
                found.push(date_match(password, i, j, year, true));
            }
        }
    }
    // A date inside a longer date is noise.
    let keep: Vec<bool> = found
        .iter()
        .enumerate()
        .map(|(a, m)| {
            !found
                .iter()
                .enumerate()
                .any(|(b, other)| a != b && other.i <= m.i && other.j >= m.j)
        })
        .collect();
    found
        .into_iter()
        .zip(keep)
        .filter_map(|(m, keep)| keep.then_some(m))
        .collect()
}

fn date_match(password: &[char], i: usize, j: usize, year: u32, has_separator: bool) -> Match {
    Match {
        i,
        j,
        token: slice(password, i, j),
        pattern: Pattern::Date {
            year: year as i32,
            has_separator,
        },
    }
}

/// Where a run of digits of this length may be cut into day, month and year.
fn cuts(length: usize) -> &'static [(usize, usize)] {
    match length {
        4 => &[(1, 2), (2, 3)],
        5 => &[(1, 3), (2, 3)],
        6 => &[(1, 2), (2, 4), (4, 5)],
        7 => &[(1, 3), (2, 3), (4, 5), (4, 6)],
        8 => &[(2, 4), (4, 6)],
        _ => &[],
    }
}

fn number(digits: &[char]) -> u32 {
    digits
        .iter()
        .fold(0, |n, d| n * 10 + d.to_digit(10).unwrap_or(0))
}

/// `1-4 digits, separator, 1-2 digits, the same separator, 1-4 digits`, read as a date.
fn separated_date(token: &[char]) -> Option<(u32, u32, u32)> {
    let is_separator = |c: &char| c.is_whitespace() || "/\\_.-".contains(*c);
    let first = token.iter().position(is_separator)?;
    let second = first + 1 + token[first + 1..].iter().position(is_separator)?;
    let (a, b, c) = (
        &token[..first],
        &token[first + 1..second],
        &token[second + 1..],
    );
    let digits = |part: &[char], most: usize| {
        (1..=most).contains(&part.len()) && part.iter().all(char::is_ascii_digit)
    };
    if token[first] != token[second] || !digits(a, 4) || !digits(b, 2) || !digits(c, 4) {
        return None;
    }
    date_of([number(a), number(b), number(c)])
}

/// Reads three numbers as (year, month, day) in any of the orders people write dates in.
fn date_of(numbers: [u32; 3]) -> Option<(u32, u32, u32)> {
    // A year is never in the middle, and neither is a zero.
    if numbers[1] > 31 || numbers[1] == 0 {
        return None;
    }
    let mut over_12 = 0;
    let mut over_31 = 0;
    let mut zero = 0;
    for n in numbers {
        if (99 < n && n < DATE_MIN_YEAR) || n > DATE_MAX_YEAR {
            return None;
        }
        over_31 += usize::from(n > 31);
        over_12 += usize::from(n > 12);
        zero += usize::from(n == 0);
    }
    if over_31 >= 2 || over_12 == 3 || zero >= 2 {
        return None;
    }
    let splits = [
        (numbers[2], [numbers[0], numbers[1]]),
        (numbers[0], [numbers[1], numbers[2]]),
    ];
    // A four-digit year first: then the rest must be a day and a month.
    for (year, rest) in splits {
        if (DATE_MIN_YEAR..=DATE_MAX_YEAR).contains(&year) {
            return day_month(rest).map(|(day, month)| (year, month, day));
        }
    }
    for (year, rest) in splits {
        if let Some((day, month)) = day_month(rest) {
            let year = match year {
                y if y > 99 => y,
                y if y > 50 => y + 1900,
                y => y + 2000,
            };
            return Some((year, month, day));
        }
    }
    None
}

fn day_month([a, b]: [u32; 2]) -> Option<(u32, u32)> {
    [(a, b), (b, a)]
        .into_iter()
        .find(|&(day, month)| (1..=31).contains(&day) && (1..=12).contains(&month))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn spans(found: &[Match]) -> Vec<(usize, usize)> {
        found.iter().map(|m| (m.i, m.j)).collect()
    }

    /// The base and the count of each repeat found in `password`.
    fn repeats(password: &str) -> Vec<(usize, usize, String, usize)> {
        repeat_matches(&chars(password), &[])
            .into_iter()
            .map(|m| match m.pattern {
                Pattern::Repeat {
                    base_token,
                    repeat_count,
                    ..
                } => (m.i, m.j, base_token, repeat_count),
                other => panic!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn repeats_take_the_base_that_covers_most() {
        assert_eq!(repeats("aabaab"), vec![(0, 5, "aab".into(), 2)]);
        assert_eq!(repeats("aaaaa"), vec![(0, 4, "a".into(), 5)]);
        assert_eq!(
            repeats("xabababab!zz"),
            vec![(1, 8, "ab".into(), 4), (10, 11, "z".into(), 2)]
        );
        assert!(repeats("abcdef").is_empty());
    }

    #[test]
    fn sequences_step_evenly() {
        let found = sequence_matches(&chars("abcdb975zy"));
        assert_eq!(spans(&found), vec![(0, 3), (5, 7), (8, 9)]);
        assert!(matches!(
            found[1].pattern,
            Pattern::Sequence { ascending: false }
        ));
        assert!(sequence_matches(&chars("a")).is_empty());
        assert!(sequence_matches(&chars("aaaa")).is_empty());
    }

    #[test]
    fn recent_years_are_found_without_overlap() {
        assert_eq!(
            spans(&recent_year_matches(&chars("x19992024"))),
            vec![(1, 4), (5, 8)]
        );
        assert!(recent_year_matches(&chars("1899")).is_empty());
    }

    #[test]
    fn dates_are_read_as_people_write_them() {
        assert_eq!(date_of([13, 5, 1987]), Some((1987, 5, 13)));
        assert_eq!(date_of([1987, 5, 13]), Some((1987, 5, 13)));
        assert_eq!(date_of([1, 1, 91]), Some((1991, 1, 1)));
        assert_eq!(date_of([1, 1, 12]), Some((2012, 1, 1)));
        assert_eq!(date_of([1, 32, 1991]), None);
        assert_eq!(date_of([1987, 13, 13]), None);
        assert_eq!(date_of([500, 1, 1]), None);

        let found = date_matches(&chars("born13.5.1987!"));
        assert_eq!(spans(&found), vec![(4, 12)]);
        let found = date_matches(&chars("x19870513"));
        assert!(spans(&found).contains(&(1, 8)), "{found:?}");
        assert!(!spans(&date_matches(&chars("13.5-1987"))).contains(&(0, 8)));
    }
}
