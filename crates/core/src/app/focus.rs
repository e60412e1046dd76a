//! One focus ring for every form: Tab and Down move forward, Shift-Tab and Up back, and the
//! focus wraps around the parts in the order the screen lists them.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

/// Which way a key moves the focus: `Some(true)` forward, `Some(false)` back, `None` when
/// the key does not move it.
pub fn direction(key: &KeyEvent) -> Option<bool> {
    match key.code {
        KeyCode::Tab | KeyCode::Down => Some(true),
        KeyCode::BackTab | KeyCode::Up => Some(false),
        _ => None,
    }
}

/// The part after (or before) `current` in `ring`, wrapping; the first part when `current`
/// is not in it.
pub fn step<T: Copy + PartialEq>(ring: &[T], current: T, forward: bool) -> T {
    let Some(at) = ring.iter().position(|part| *part == current) else {
        return ring.first().copied().unwrap_or(current);
    };
    let next = if forward {
        (at + 1) % ring.len()
    } else {
        (at + ring.len() - 1) % ring.len()
    };
    ring[next]
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyModifiers;

    #[test]
    fn the_focus_goes_round_both_ways() {
        let ring = ['a', 'b', 'c'];
        assert_eq!(step(&ring, 'a', true), 'b');
        assert_eq!(step(&ring, 'c', true), 'a');
        assert_eq!(step(&ring, 'a', false), 'c');
        assert_eq!(step(&ring, 'z', true), 'a');
        let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
        assert_eq!(direction(&key(KeyCode::Tab)), Some(true));
        assert_eq!(direction(&key(KeyCode::Up)), Some(false));
        assert_eq!(direction(&key(KeyCode::Char('j'))), None);
    }
}
