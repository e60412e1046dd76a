//! Walks across a keyboard ("qwerty", "zxcvbn", "7896"): neighbouring keys typed in a row.

use std::sync::LazyLock;

use super::{Match, Pattern, slice};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keyboard {
    Qwerty,
    Dvorak,
    Keypad,
    MacKeypad,
}

/// Each key is its unshifted then its shifted character. Typewriter rows are drawn with the
/// slant they have on a real keyboard: each row starts one column further right.
const QWERTY: &str = "\
`~ 1! 2@ 3# 4$ 5% 6^ 7& 8* 9( 0) -_ =+
    qQ wW eE rR tT yY uU iI oO pP [{ ]} \\|
     aA sS dD fF gG hH jJ kK lL ;: '\"
      zZ xX cC vV bB nN mM ,< .> /?";

const DVORAK: &str = "\
`~ 1! 2@ 3# 4$ 5% 6^ 7& 8* 9( 0) [{ ]}
    '\" ,< .> pP yY fF gG cC rR lL /? =+ \\|
     aA oO eE uU iI dD hH tT nN sS -_
      ;: qQ jJ kK xX bB mM wW vV zZ";

const KEYPAD: &str = "  / * -
7 8 9 +
4 5 6
1 2 3
  0 .";

const MAC_KEYPAD: &str = "  = / *
7 8 9 -
4 5 6 +
1 2 3
  0 .";

impl Keyboard {
    const ALL: [Keyboard; 4] = [
        Keyboard::Qwerty,
        Keyboard::Dvorak,
        Keyboard::Keypad,
        Keyboard::MacKeypad,
    ];

    fn layout(self) -> &'static str {
        match self {
            Keyboard::Qwerty => QWERTY,
            Keyboard::Dvorak => DVORAK,
            Keyboard::Keypad => KEYPAD,
            Keyboard::MacKeypad => MAC_KEYPAD,
        }
    }

    fn slanted(self) -> bool {
        matches!(self, Keyboard::Qwerty | Keyboard::Dvorak)
    }

    /// Every key with its column and row.
    fn keys(self) -> impl Iterator<Item = (i32, i32, &'static str)> {
        type Keys = Vec<(i32, i32, &'static str)>;
        static KEYS: LazyLock<[Keys; 4]> =
            LazyLock::new(|| Keyboard::ALL.map(|keyboard| keyboard.lay_out().collect()));
        KEYS[self as usize].iter().copied()
    }

    fn lay_out(self) -> impl Iterator<Item = (i32, i32, &'static str)> {
        let slanted = self.slanted();
        let layout = self.layout();
        let unit = layout.split_whitespace().next().map_or(1, str::len) as i32 + 1;
        layout.lines().enumerate().flat_map(move |(row, line)| {
            let row = row as i32;
            let slant = if slanted { row - 1 } else { 0 };
            let mut column = 0;
            line.split(' ').filter_map(move |key| {
                let at = column;
                column += key.len() + 1;
                (!key.is_empty()).then(|| ((at as i32 - slant).div_euclid(unit), row, key))
            })
        })
    }

    /// The keys around the one bearing `c`, in a fixed order of directions (None where the
    /// keyboard ends); None if no key bears `c`.
    fn neighbours(self, c: char) -> Option<Vec<Option<&'static str>>> {
        let (x, y, _) = self.keys().find(|(_, _, key)| key.contains(c))?;
        let around: &[(i32, i32)] = if self.slanted() {
            &[(-1, 0), (0, -1), (1, -1), (1, 0), (0, 1), (-1, 1)]
        } else {
            &[
                (-1, 0),
                (-1, -1),
                (0, -1),
                (1, -1),
                (1, 0),
                (1, 1),
                (0, 1),
                (-1, 1),
            ]
        };
        Some(
            around
                .iter()
                .map(|(dx, dy)| {
                    self.keys()
                        .find(|&(kx, ky, _)| kx == x + dx && ky == y + dy)
                        .map(|(_, _, key)| key)
                })
                .collect(),
        )
    }

    /// How many characters a walk can start from, and how many neighbours a key has on
    /// average: the two numbers the count of possible walks grows with.
    fn shape(self) -> (f64, f64) {
        static TYPEWRITER: LazyLock<(f64, f64)> = LazyLock::new(|| Keyboard::Qwerty.measure());
        static KEYPADS: LazyLock<(f64, f64)> = LazyLock::new(|| Keyboard::Keypad.measure());
        if self.slanted() {
            *TYPEWRITER
        } else {
            *KEYPADS
        }
    }

    fn measure(self) -> (f64, f64) {
        let characters: Vec<char> = self.keys().flat_map(|(_, _, key)| key.chars()).collect();
        let degrees: usize = characters
            .iter()
            .filter_map(|&c| self.neighbours(c))
            .map(|around| around.iter().flatten().count())
            .sum();
        let starts = characters.len() as f64;
        (starts, degrees as f64 / starts)
    }
}

/// Characters typed with Shift on a typewriter keyboard.
fn shifted(c: char) -> bool {
    "~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:\"ZXCVBNM<>?".contains(c)
}

/// Every walk of three keys or more on each keyboard.
pub fn matches(password: &[char]) -> Vec<Match> {
    Keyboard::ALL
        .iter()
        .flat_map(|&keyboard| walks(password, keyboard))
        .collect()
}

fn walks(password: &[char], keyboard: Keyboard) -> Vec<Match> {
    let mut found = Vec::new();
    let n = password.len();
    let mut i = 0;
    while i + 1 < n {
        let mut j = i + 1;
        let mut last_direction = None;
        let mut turns = 0;
        let mut shifted_count = usize::from(keyboard.slanted() && shifted(password[i]));
        loop {
            let step = (j < n)
                .then(|| keyboard.neighbours(password[j - 1]))
                .flatten()
                .and_then(|around| {
                    around.iter().enumerate().find_map(|(direction, key)| {
                        key.and_then(|key| key.chars().position(|k| k == password[j]))
                            .map(|position| (direction, position == 1))
                    })
                });
            match step {
                Some((direction, with_shift)) => {
                    shifted_count += usize::from(with_shift);
                    // Every walk starts with a turn, and each change of direction is another.
                    if last_direction != Some(direction) {
                        turns += 1;
                        last_direction = Some(direction);
                    }
                    j += 1;
                }
                None => {
                    if j - i > 2 {
                        found.push(Match {
                            i,
                            j: j - 1,
                            token: slice(password, i, j - 1),
                            pattern: Pattern::Spatial {
                                keyboard,
                                turns,
                                shifted: shifted_count,
                            },
                        });
                    }
                    i = j;
                    break;
                }
            }
        }
    }
    found
}

/// How many walks an attacker tries before this one: every walk of this length or shorter
/// with this many turns or fewer, from any start, times the ways to shift its keys.
pub fn guesses(keyboard: Keyboard, length: usize, turns: usize, shifted: usize) -> f64 {
    let (starts, degree) = keyboard.shape();
    let mut guesses = 0.0;
    for walk_length in 2..=length {
        for walk_turns in 1..=turns.min(walk_length - 1) {
            guesses += super::scoring::n_choose_k(walk_length - 1, walk_turns - 1)
                * starts
                * degree.powi(walk_turns as i32);
        }
    }
    if shifted > 0 {
        let unshifted = length.saturating_sub(shifted);
        if unshifted == 0 {
            guesses *= 2.0;
        } else {
            guesses *= (1..=shifted.min(unshifted))
                .map(|k| super::scoring::n_choose_k(shifted + unshifted, k))
                .sum::<f64>();
        }
    }
    guesses
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(s: &str) -> Vec<(String, Keyboard, usize, usize)> {
        let chars: Vec<char> = s.chars().collect();
        matches(&chars)
            .into_iter()
            .map(|m| match m.pattern {
                Pattern::Spatial {
                    keyboard,
                    turns,
                    shifted,
                } => (m.token, keyboard, turns, shifted),
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn keys_have_the_neighbours_of_a_real_keyboard() {
        assert_eq!(
            Keyboard::Qwerty.neighbours('q').unwrap(),
            vec![None, Some("1!"), Some("2@"), Some("wW"), Some("aA"), None]
        );
        assert_eq!(
            Keyboard::Qwerty.neighbours('G').unwrap(),
            vec![
                Some("fF"),
                Some("tT"),
                Some("yY"),
                Some("hH"),
                Some("bB"),
                Some("vV")
            ]
        );
        assert_eq!(
            Keyboard::Keypad.neighbours('5').unwrap(),
            vec![
                Some("4"),
                Some("7"),
                Some("8"),
                Some("9"),
                Some("6"),
                Some("3"),
                Some("2"),
                Some("1")
            ]
        );
        assert!(Keyboard::Dvorak.neighbours('é').is_none());
    }

    #[test]
    fn keyboards_have_the_known_shape() {
        let (starts, degree) = Keyboard::Qwerty.shape();
        assert_eq!(starts, 94.0);
        assert!((degree - 4.595_744_680_851_064).abs() < 1e-9, "{degree}");
        let (starts, degree) = Keyboard::Keypad.shape();
        assert_eq!(starts, 15.0);
        assert!((degree - 5.066_666_666_666_666).abs() < 1e-9, "{degree}");
    }

    #[test]
    fn walks_count_their_turns_and_shifts() {
        assert!(walk("qwerty").contains(&("qwerty".into(), Keyboard::Qwerty, 1, 0)));
        assert!(walk("zxcvfr").contains(&("zxcvfr".into(), Keyboard::Qwerty, 2, 0)));
        assert!(walk("QWErty").contains(&("QWErty".into(), Keyboard::Qwerty, 1, 3)));
        assert!(walk("7896").contains(&("7896".into(), Keyboard::Keypad, 2, 0)));
        assert!(walk("qw").is_empty());
        assert!(walk("a1z").is_empty());
    }

    #[test]
    fn longer_and_twistier_walks_take_more_guesses() {
        let straight = guesses(Keyboard::Qwerty, 6, 1, 0);
        assert!(guesses(Keyboard::Qwerty, 8, 1, 0) > straight);
        assert!(guesses(Keyboard::Qwerty, 6, 3, 0) > straight);
        assert!(guesses(Keyboard::Qwerty, 6, 1, 2) > straight);
        assert_eq!(guesses(Keyboard::Qwerty, 6, 1, 6), straight * 2.0);
    }
}
