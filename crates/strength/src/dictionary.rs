//! Words from the ranked lists and the person's own details: as typed, reversed, and with
//! letters swapped for look-alike digits and symbols.

use super::words::{Dictionary, Lines};
use super::{Match, Pattern, slice};

/// Characters typed in place of a letter, the way people do to look clever.
const L33T: [(char, &[char]); 12] = [
    ('a', &['4', '@']),
    ('b', &['8']),
    ('c', &['(', '{', '[', '<']),
    ('e', &['3']),
    ('g', &['6', '9']),
    ('i', &['1', '!', '|']),
    ('l', &['1', '|', '7']),
    ('o', &['0']),
    ('s', &['$', '5']),
    ('t', &['+', '7']),
    ('x', &['%']),
    ('z', &['2']),
];

/// The most ways of reading look-alikes back that one estimate tries.
const MAX_READINGS: usize = 16;

/// Lower case that keeps one character per character, so positions stay aligned.
pub fn lower_char(c: char) -> char {
    let mut lowered = c.to_lowercase();
    match (lowered.next(), lowered.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

pub fn lower(word: &str) -> String {
    word.chars().map(lower_char).collect()
}

/// Every substring of `password` that is a word of a list or of `personal` (lowercased).
pub fn matches(password: &[char], personal: &[String]) -> Vec<Match> {
    let lowered: Vec<char> = password.iter().copied().map(lower_char).collect();
    let n = lowered.len();
    let mut found = Vec::new();
    let mut push = |i: usize, j: usize, dictionary: Option<Dictionary>, rank: usize| {
        found.push(Match {
            i,
            j,
            token: slice(password, i, j),
            pattern: Pattern::Dictionary {
                dictionary,
                rank,
                reversed: false,
                l33t: Vec::new(),
            },
        });
    };
    for dictionary in Dictionary::ALL {
        let words = dictionary.words();
        // The lines of each first letter, searched once for all the places it starts at.
        let mut by_first_letter: Vec<(char, Lines)> = Vec::new();
        for i in 0..n {
            // Each longer substring from i can only be among the words that start with the
            // shorter one, so the search narrows as it grows and stops when nothing is left.
            let mut lines = words.all();
            let mut prefix = String::new();
            for (j, &c) in lowered.iter().enumerate().skip(i) {
                prefix.push(c);
                lines = if j == i {
                    match by_first_letter.iter().find(|(letter, _)| *letter == c) {
                        Some((_, known)) => known.clone(),
                        None => {
                            let found = words.narrow(lines, &prefix);
                            by_first_letter.push((c, found.clone()));
                            found
                        }
                    }
                } else {
                    words.narrow(lines, &prefix)
                };
                if lines.is_empty() {
                    break;
                }
                if let Some(rank) = words.rank_at(&lines, &prefix) {
                    push(i, j, Some(dictionary), rank);
                }
            }
        }
    }
    for (position, word) in personal.iter().enumerate() {
        let word: Vec<char> = word.chars().collect();
        if word.is_empty() || word.len() > n {
            continue;
        }
        for i in 0..=n - word.len() {
            if lowered[i..i + word.len()] == word[..] {
                push(i, i + word.len() - 1, None, position + 1);
            }
        }
    }
    found
}

/// Words typed backwards.
pub fn reversed_matches(password: &[char], personal: &[String]) -> Vec<Match> {
    let n = password.len();
    let reversed: Vec<char> = password.iter().rev().copied().collect();
    matches(&reversed, personal)
        .into_iter()
        .map(|m| Match {
            i: n - 1 - m.j,
            j: n - 1 - m.i,
            token: m.token.chars().rev().collect(),
            pattern: match m.pattern {
                Pattern::Dictionary {
                    dictionary, rank, ..
                } => Pattern::Dictionary {
                    dictionary,
                    rank,
                    reversed: true,
                    l33t: Vec::new(),
                },
                other => other,
            },
        })
        .collect()
}

/// Words with some letters replaced by look-alikes ("p@ssw0rd").
pub fn l33t_matches(password: &[char], personal: &[String]) -> Vec<Match> {
    let mut found = Vec::new();
    for substitution in substitutions(password) {
        let read_back: Vec<char> = password
            .iter()
            .map(|c| {
                substitution
                    .iter()
                    .find(|(typed, _)| typed == c)
                    .map_or(*c, |&(_, letter)| letter)
            })
            .collect();
        for m in matches(&read_back, personal) {
            let token = slice(password, m.i, m.j);
            // A single character is noise, and a word with nothing substituted was already
            // found as it is.
            if m.j == m.i || lower(&token) == lower(&m.token) {
                continue;
            }
            let used: Vec<(char, char)> = substitution
                .iter()
                .filter(|(typed, _)| token.contains(*typed))
                .copied()
                .collect();
            if let Pattern::Dictionary {
                dictionary, rank, ..
            } = m.pattern
            {
                found.push(Match {
                    i: m.i,
                    j: m.j,
                    token,
                    pattern: Pattern::Dictionary {
                        dictionary,
                        rank,
                        reversed: false,
                        l33t: used,
                    },
                });
            }
        }
    }
    found
}

/// The ways to read the look-alikes present in `password` back as letters: each letter is
/// read from one of its look-alikes, and a look-alike that can stand for two letters ('1' for
/// i or l) gives one reading for each.
fn substitutions(password: &[char]) -> Vec<Vec<(char, char)>> {
    let mut readings: Vec<Vec<(char, char)>> = vec![Vec::new()];
    for (letter, look_alikes) in L33T {
        let present: Vec<char> = look_alikes
            .iter()
            .copied()
            .filter(|c| password.contains(c))
            .collect();
        if present.is_empty() {
            continue;
        }
        let mut next: Vec<Vec<(char, char)>> = Vec::new();
        for typed in present {
            for reading in &readings {
                match reading.iter().position(|&(t, _)| t == typed) {
                    None => {
                        let mut extended = reading.clone();
                        extended.push((typed, letter));
                        next.push(extended);
                    }
                    Some(taken) => {
                        let mut alternative = reading.clone();
                        alternative.remove(taken);
                        alternative.push((typed, letter));
                        next.push(reading.clone());
                        next.push(alternative);
                    }
                }
            }
        }
        next.iter_mut().for_each(|r| r.sort_unstable());
        next.sort();
        next.dedup();
        // Each reading is another pass over the word lists: a pasted string of symbols
        // could otherwise ask for thousands and stall every keystroke.
        next.truncate(MAX_READINGS);
        readings = next;
    }
    readings.retain(|r| !r.is_empty());
    readings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn words(found: &[Match]) -> Vec<(usize, usize, String)> {
        found.iter().map(|m| (m.i, m.j, m.token.clone())).collect()
    }

    #[test]
    fn words_are_found_wherever_they_are_whatever_their_case() {
        let found = matches(&chars("xxPassWordxx"), &[]);
        assert!(words(&found).contains(&(2, 9, "PassWord".into())));
        assert!(words(&found).contains(&(2, 5, "Pass".into())));
    }

    #[test]
    fn personal_words_rank_by_their_order() {
        let personal = vec!["alice".to_string(), "wonderland".to_string()];
        let found = matches(&chars("wonderland"), &personal);
        assert!(found.iter().any(|m| matches!(
            m.pattern,
            Pattern::Dictionary {
                dictionary: None,
                rank: 2,
                ..
            }
        ) && m.i == 0
            && m.j == 9));
    }

    #[test]
    fn reversed_words_keep_their_place_and_spelling() {
        let found = reversed_matches(&chars("12drowssap"), &[]);
        let m = found
            .iter()
            .find(|m| m.token == "drowssap")
            .expect("password backwards");
        assert_eq!((m.i, m.j), (2, 9));
        assert!(matches!(
            m.pattern,
            Pattern::Dictionary { reversed: true, .. }
        ));
    }

    #[test]
    fn look_alikes_are_read_back_and_recorded() {
        let found = l33t_matches(&chars("p@ssw0rd"), &[]);
        let m = found
            .iter()
            .find(|m| m.token == "p@ssw0rd")
            .expect("password with look-alikes");
        let Pattern::Dictionary { l33t, rank, .. } = &m.pattern else {
            panic!("{m:?}")
        };
        assert_eq!(*rank, 2);
        assert_eq!(l33t, &vec![('0', 'o'), ('@', 'a')]);
    }

    #[test]
    fn an_ambiguous_look_alike_is_read_both_ways() {
        let readings = substitutions(&chars("1"));
        assert!(readings.contains(&vec![('1', 'i')]));
        assert!(readings.contains(&vec![('1', 'l')]));
        assert!(substitutions(&chars("plain")).is_empty());
    }

    #[test]
    fn a_string_of_look_alikes_gets_a_bounded_number_of_readings() {
        let every_look_alike: Vec<char> =
            L33T.iter().flat_map(|(_, l)| l.iter().copied()).collect();
        let readings = substitutions(&every_look_alike);
        assert_eq!(readings.len(), MAX_READINGS);
        assert!(readings.iter().all(|r| !r.is_empty()));
    }
}
