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
#[path = "focus_tests.rs"]
mod tests;
