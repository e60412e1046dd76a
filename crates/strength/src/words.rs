//! The ranked word lists, searched in place in the binary.
//!
//! Each list is a text of `word<TAB>rank` lines sorted by word. Looking a word up bisects that
//! text, so the lists cost no heap and only the pages a search touches are ever read: a hash
//! map of the same ~94,000 words would take about 5 MB, which is more than half of what the
//! whole wizard may use.

use std::ops::Range;

/// One ranked list: rank 1 is the most common word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dictionary {
    Passwords,
    EnglishWikipedia,
    FemaleNames,
    MaleNames,
    Surnames,
    UsTvAndFilm,
}

impl Dictionary {
    pub const ALL: [Dictionary; 6] = [
        Dictionary::Passwords,
        Dictionary::EnglishWikipedia,
        Dictionary::FemaleNames,
        Dictionary::MaleNames,
        Dictionary::Surnames,
        Dictionary::UsTvAndFilm,
    ];

    pub fn words(self) -> SortedWords {
        SortedWords(match self {
            Dictionary::Passwords => include_str!("../data/passwords.txt"),
            Dictionary::EnglishWikipedia => {
                include_str!("../data/english_wikipedia.txt")
            }
            Dictionary::FemaleNames => include_str!("../data/female_names.txt"),
            Dictionary::MaleNames => include_str!("../data/male_names.txt"),
            Dictionary::Surnames => include_str!("../data/surnames.txt"),
            Dictionary::UsTvAndFilm => include_str!("../data/us_tv_and_film.txt"),
        })
    }

    pub fn is_name(self) -> bool {
        matches!(
            self,
            Dictionary::FemaleNames | Dictionary::MaleNames | Dictionary::Surnames
        )
    }
}

/// `word<TAB>rank` lines sorted by the bytes of the word.
#[derive(Debug, Clone, Copy)]
pub struct SortedWords(&'static str);

/// The lines of a list whose words start with a given prefix, as byte offsets of line starts.
pub type Lines = Range<usize>;

impl SortedWords {
    pub fn all(self) -> Lines {
        0..self.0.len()
    }

    /// Narrows `within` (lines whose words start with a shorter prefix, or all lines) to the
    /// lines whose words start with `prefix`; empty when there are none.
    pub fn narrow(self, within: Lines, prefix: &str) -> Lines {
        let prefix = prefix.as_bytes();
        let start = self.partition_point(within.clone(), |word| word < prefix);
        let end = self.gallop(start..within.end, |word| word.starts_with(prefix));
        start..end
    }

    /// The rank of the first line of `lines` if its word is exactly `word`.
    pub fn rank_at(self, lines: &Lines, word: &str) -> Option<usize> {
        if lines.is_empty() {
            return None;
        }
        let found = self.word(lines.start);
        if found != word.as_bytes() {
            return None;
        }
        let rank_starts = lines.start + found.len() + 1;
        let rank = &self.0.as_bytes()[rank_starts.min(self.0.len())..self.next_line(lines.start)];
        rank.iter()
            .take_while(|b| b.is_ascii_digit())
            .try_fold(0usize, |n, b| {
                n.checked_mul(10)?.checked_add(usize::from(b - b'0'))
            })
    }

    /// The rank of `word`, if the list holds it.
    pub fn rank(self, word: &str) -> Option<usize> {
        let lines = self.narrow(self.all(), word);
        self.rank_at(&lines, word)
    }

    /// The first line start in `lines` whose word fails `holds`, given that `holds` is true
    /// for a leading run of lines and false after it.
    fn partition_point(self, lines: Lines, holds: impl Fn(&[u8]) -> bool) -> usize {
        let (mut low, mut high) = (lines.start, lines.end);
        while low < high {
            let start = self.line_start(low, low + (high - low) / 2);
            let word = self.word(start);
            if holds(word) {
                // The rank and the line break follow the word.
                low = self.next_line(start + word.len());
            } else {
                high = start;
            }
        }
        low
    }

    /// As `partition_point`, faster when the leading run is short, as the lines sharing a
    /// prefix are: probes forward in doubling steps before bisecting.
    fn gallop(self, lines: Lines, holds: impl Fn(&[u8]) -> bool) -> usize {
        let mut low = lines.start;
        let mut step = 64;
        while low < lines.end {
            let probe = (low + step).min(lines.end);
            if probe == lines.end {
                return self.partition_point(low..lines.end, holds);
            }
            let start = self.line_start(low, probe);
            if !holds(self.word(start)) {
                return self.partition_point(low..start, holds);
            }
            low = start;
            step *= 2;
        }
        low
    }

    /// The start of the line holding byte `at`, never before `floor` (itself a line start).
    fn line_start(self, floor: usize, at: usize) -> usize {
        self.0.as_bytes()[floor..at]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(floor, |newline| floor + newline + 1)
    }

    fn next_line(self, from: usize) -> usize {
        self.0.as_bytes()[from..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(self.0.len(), |newline| from + newline + 1)
    }

    /// The word of the line starting at `start`.
    fn word(self, start: usize) -> &'static [u8] {
        let rest = &self.0.as_bytes()[start..];
        let end = rest
            .iter()
            .position(|&b| b == b'\t' || b == b'\n')
            .unwrap_or(rest.len());
        &rest[..end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_of_every_list_is_found_with_its_rank() {
        for dictionary in Dictionary::ALL {
            let words = dictionary.words();
            let mut previous = "";
            for line in words.0.lines() {
                assert!(line.split('\t').count() == 2, "{dictionary:?}: {line:?}");
                let (word, rank) = line.split_once('\t').unwrap();
                assert!(
                    previous < word,
                    "{dictionary:?} is sorted: {previous} {word}"
                );
                previous = word;
                assert_eq!(words.rank(word), rank.parse().ok(), "{dictionary:?} {word}");
            }
        }
    }

    #[test]
    fn words_not_in_a_list_have_no_rank() {
        let words = Dictionary::Passwords.words();
        assert_eq!(words.rank("password"), Some(2));
        assert_eq!(words.rank("passwor"), Some(1005));
        assert_eq!(words.rank("zzzzzzzzzzzzzzzzzzzzzzz"), None);
        assert_eq!(words.rank(""), None);
        assert_eq!(words.rank("\u{1F600}"), None);
    }

    #[test]
    fn narrowing_by_a_longer_prefix_keeps_only_its_words() {
        let words = Dictionary::MaleNames.words();
        let jo = words.narrow(words.all(), "jo");
        let joh = words.narrow(jo.clone(), "joh");
        assert!(joh.start >= jo.start && joh.end <= jo.end && !joh.is_empty());
        for line in words.0[joh.clone()].lines() {
            assert!(line.starts_with("joh"), "{line}");
        }
        assert_eq!(words.rank_at(&words.narrow(joh, "john"), "john"), Some(2));
        assert!(words.narrow(words.all(), "qqqq").is_empty());
    }
}
