//! The key maps, tried on every screen: each key a screen lists does something there, each
//! key that does something is listed, and a letter means one thing on every screen.

mod cleura;
pub mod cloudsigma;
pub mod cozy;
mod home;

use std::collections::BTreeMap;

use cloudboard::app::keys::LETTERS;
use cloudboard::app::{App, Key, Msg, update};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A screen to try: its name, and the app as it stands on it.
pub struct Screen {
    pub name: &'static str,
    pub app: App,
}

impl Screen {
    pub fn new(name: &'static str, app: App) -> Screen {
        Screen { name, app }
    }
}

/// Every key a person can press without a chord, and the Ctrl-letters.
fn every_key() -> Vec<KeyEvent> {
    let plain = |code| KeyEvent::new(code, KeyModifiers::NONE);
    let mut keys: Vec<KeyEvent> = [
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::Delete,
        KeyCode::Backspace,
        KeyCode::F(1),
        KeyCode::F(2),
        KeyCode::F(3),
    ]
    .into_iter()
    .map(plain)
    .collect();
    keys.push(KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT));
    for c in ('a'..='z')
        .chain('A'..='Z')
        .chain('0'..='9')
        .chain(" /?-.".chars())
    {
        keys.push(plain(KeyCode::Char(c)));
    }
    for c in 'a'..='z' {
        keys.push(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
    }
    keys
}

/// What a key press left behind: anything asked of the outside, or any change of state.
fn acts(app: &App, key: KeyEvent) -> bool {
    let mut tried = app.clone();
    // Every message marks the frame to be drawn again; only what it changed counts.
    tried.redraw = false;
    let before = format!("{tried:?}");
    let out = update(&mut tried, Msg::Key(key));
    tried.redraw = false;
    !out.is_empty() || tried.should_quit || format!("{tried:?}") != before
}

/// Keys a focused text field takes as editing: typing them is not a binding.
fn edits_text(key: &KeyEvent) -> bool {
    let ctrl_or_alt = key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    match key.code {
        // The line editing every field knows (tui-input's Emacs keys).
        KeyCode::Char('a' | 'b' | 'd' | 'e' | 'f' | 'h' | 'k' | 'u' | 'w')
            if key.modifiers == KeyModifiers::CONTROL =>
        {
            true
        }
        KeyCode::Char(_) => !ctrl_or_alt,
        KeyCode::Backspace
        | KeyCode::Delete
        | KeyCode::Left
        | KeyCode::Right
        | KeyCode::Home
        | KeyCode::End => true,
        _ => false,
    }
}

/// What is wrong with `screen`'s key map, in words: listed keys that do nothing, and keys
/// that act unlisted.
pub fn problems(screen: &Screen) -> Vec<String> {
    let app = &screen.app;
    let listed = app.keys();
    let mut found = Vec::new();
    for help in &listed {
        for key in &help.keys {
            if !acts(app, key.press()) {
                found.push(format!(
                    "{}: {} (“{}”) is listed and does nothing",
                    screen.name,
                    key.label(),
                    help.action
                ));
            }
        }
    }
    let text = app.text_focused();
    for key in every_key() {
        if listed.iter().any(|help| help.takes(&key)) || (text && edits_text(&key)) {
            continue;
        }
        if acts(app, key) {
            found.push(format!("{}: {key:?} acts and is not listed", screen.name));
        }
    }
    found
}

/// A letter's meaning (`keys::LETTERS`) said by every binding of it, on every screen.
pub fn letter_problems(screens: &[Screen]) -> Vec<String> {
    let meanings: BTreeMap<char, &str> = LETTERS.iter().copied().collect();
    let mut found = Vec::new();
    for screen in screens {
        for help in screen.app.keys() {
            for key in &help.keys {
                let Key::Char(c) = key else { continue };
                if !c.is_ascii_alphabetic() {
                    continue;
                }
                match meanings.get(&c.to_ascii_lowercase()) {
                    None => found.push(format!(
                        "{}: {c} (“{}”) has no meaning in keys::LETTERS",
                        screen.name, help.action
                    )),
                    Some(meaning) if !help.action.contains(meaning) => found.push(format!(
                        "{}: {c} says “{}”, and {c} means “{meaning}”",
                        screen.name, help.action
                    )),
                    Some(_) => {}
                }
            }
        }
    }
    found
}

/// Every screen the key maps are tried on: a person can stand on each.
pub fn all_screens() -> Vec<Screen> {
    let mut screens = cozy::screens();
    let mut home = crate::common::app(80, 24);
    // An entry down, so that every way of moving has somewhere to go.
    crate::common::key(&mut home, KeyCode::Down);
    screens.push(Screen::new("home", home));
    screens.extend(home::screens());
    screens.extend(cleura::screens());
    screens.extend(cloudsigma::screens());
    screens
}

#[test]
fn every_listed_key_acts_and_every_acting_key_is_listed() {
    let found: Vec<String> = all_screens().iter().flat_map(problems).collect();
    assert!(found.is_empty(), "\n{}", found.join("\n"));
}

#[test]
fn a_letter_means_one_thing_on_every_screen() {
    let found = letter_problems(&all_screens());
    assert!(found.is_empty(), "\n{}", found.join("\n"));
}
