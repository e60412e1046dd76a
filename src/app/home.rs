//! The home menu: the three flows, and quitting.

use ratatui::crossterm::event::{KeyCode, KeyEvent, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Rect;

use super::KeyHelp;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Open {
    Cozy,
    Cleura,
    CloudSigma,
    Quit,
}

pub struct Entry {
    pub open: Open,
    pub title: &'static str,
    pub blurb: &'static str,
}

pub const ENTRIES: [Entry; 4] = [
    Entry {
        open: Open::Cozy,
        title: "Create a Cozy",
        blurb: "A personal cloud: pick its address, accept the terms, set a passphrase",
    },
    Entry {
        open: Open::Cleura,
        title: "Sign in to Cleura and browse regions",
        blurb: "Cleura Cloud's REST API with SMS two-factor; its regions and projects",
    },
    Entry {
        open: Open::CloudSigma,
        title: "CloudSigma account",
        blurb: "Create an account or sign in at a location; see who you are",
    },
    Entry {
        open: Open::Quit,
        title: "Quit",
        blurb: "Leave cloudboard",
    },
];

/// The height of one entry on screen (title, blurb, gap): shared with the view so a click
/// lands on the entry drawn there.
pub const ENTRY_HEIGHT: u16 = 3;

#[derive(Debug, Default)]
pub struct Home {
    pub selected: usize,
}

pub enum Outcome {
    Open(Open),
    Moved,
    Ignored,
}

impl Home {
    pub fn key(&mut self, key: KeyEvent) -> Outcome {
        let last = ENTRIES.len() - 1;
        match key.code {
            KeyCode::Up | KeyCode::BackTab | KeyCode::Char('k') => {
                self.selected = if self.selected == 0 {
                    last
                } else {
                    self.selected - 1
                };
                Outcome::Moved
            }
            KeyCode::Down | KeyCode::Tab | KeyCode::Char('j') => {
                self.selected = if self.selected == last {
                    0
                } else {
                    self.selected + 1
                };
                Outcome::Moved
            }
            KeyCode::Home => {
                self.selected = 0;
                Outcome::Moved
            }
            KeyCode::End => {
                self.selected = last;
                Outcome::Moved
            }
            KeyCode::Enter | KeyCode::Char(' ') => Outcome::Open(ENTRIES[self.selected].open),
            KeyCode::Char(c @ '1'..='3') => {
                let index = (c as usize) - ('1' as usize);
                self.selected = index;
                Outcome::Open(ENTRIES[index].open)
            }
            KeyCode::Char('q') => Outcome::Open(Open::Quit),
            _ => Outcome::Ignored,
        }
    }

    /// A click selects an entry and opens it, as Enter would; the wheel moves the selection.
    pub fn mouse(&mut self, mouse: MouseEvent, list: Rect) -> Outcome {
        match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                match entry_at(list, mouse.column, mouse.row) {
                    Some(index) => {
                        self.selected = index;
                        Outcome::Open(ENTRIES[index].open)
                    }
                    None => Outcome::Ignored,
                }
            }
            MouseEventKind::ScrollDown => {
                self.selected = (self.selected + 1).min(ENTRIES.len() - 1);
                Outcome::Moved
            }
            MouseEventKind::ScrollUp => {
                self.selected = self.selected.saturating_sub(1);
                Outcome::Moved
            }
            _ => Outcome::Ignored,
        }
    }

    pub fn keys(&self) -> Vec<KeyHelp> {
        vec![
            KeyHelp::new("↑/↓ Tab", "choose"),
            KeyHelp::new("Enter", "open"),
            KeyHelp::new("1-3", "open that flow"),
            KeyHelp::new("q", "quit"),
        ]
    }
}

/// Which entry is drawn at (column, row) in the list area, if any.
pub fn entry_at(list: Rect, column: u16, row: u16) -> Option<usize> {
    if column < list.x || column >= list.x + list.width || row < list.y {
        return None;
    }
    let index = usize::from((row - list.y) / ENTRY_HEIGHT);
    let within = (row - list.y) % ENTRY_HEIGHT;
    (index < ENTRIES.len() && within < ENTRY_HEIGHT - 1).then_some(index)
}
