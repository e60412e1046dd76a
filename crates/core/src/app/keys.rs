//! Key maps as data: each screen declares its bindings once (the keys, what they do, the
//! action), and both the dispatch of a key press and the key bar and `?` overlay are read
//! from that one declaration, so a key cannot act unlisted or be listed and do nothing.

use std::borrow::Cow;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::lang::{Lang, tr};

/// A key as a binding names it and a person reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    Enter,
    Esc,
    Tab,
    BackTab,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Space,
    Delete,
    Backspace,
    F(u8),
    /// A letter or sign typed without Ctrl or Alt (Shift is how it is typed).
    Char(char),
    Ctrl(char),
    /// Any digit from the first to the second.
    Digits(char, char),
    /// Any printable character, for the focused field.
    Typing,
}

impl Key {
    pub fn matches(self, key: &KeyEvent) -> bool {
        let plain = !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        match (self, key.code) {
            (Key::Enter, KeyCode::Enter) => plain,
            (Key::Esc, KeyCode::Esc) => true,
            (Key::Tab, KeyCode::Tab) => true,
            (Key::BackTab, KeyCode::BackTab) => true,
            (Key::Up, KeyCode::Up) => true,
            (Key::Down, KeyCode::Down) => true,
            (Key::Left, KeyCode::Left) => true,
            (Key::Right, KeyCode::Right) => true,
            (Key::PageUp, KeyCode::PageUp) => true,
            (Key::PageDown, KeyCode::PageDown) => true,
            (Key::Home, KeyCode::Home) => true,
            (Key::End, KeyCode::End) => true,
            (Key::Delete, KeyCode::Delete) => true,
            (Key::Backspace, KeyCode::Backspace) => true,
            (Key::F(n), KeyCode::F(m)) => n == m,
            (Key::Space, KeyCode::Char(' ')) => plain,
            (Key::Char(c), KeyCode::Char(typed)) => plain && c == typed,
            (Key::Ctrl(c), KeyCode::Char(typed)) => {
                key.modifiers.contains(KeyModifiers::CONTROL) && typed.eq_ignore_ascii_case(&c)
            }
            (Key::Digits(low, high), KeyCode::Char(typed)) => {
                plain && (low..=high).contains(&typed)
            }
            (Key::Typing, KeyCode::Char(_)) => plain,
            _ => false,
        }
    }

    pub fn label(self) -> String {
        self.label_in(Lang::En)
    }

    /// The key as a person reads it in `lang`: keys keep the names printed on them; only a
    /// word standing for a key (any character typed) is translated.
    pub fn label_in(self, lang: Lang) -> String {
        match self {
            Key::Enter => "Enter".into(),
            Key::Esc => "Esc".into(),
            Key::Tab => "Tab".into(),
            Key::BackTab => "Shift-Tab".into(),
            Key::Up => "↑".into(),
            Key::Down => "↓".into(),
            Key::Left => "←".into(),
            Key::Right => "→".into(),
            Key::PageUp => "PgUp".into(),
            Key::PageDown => "PgDn".into(),
            Key::Home => "Home".into(),
            Key::End => "End".into(),
            Key::Space => "Space".into(),
            Key::Delete => "Del".into(),
            Key::Backspace => "Backspace".into(),
            Key::F(n) => format!("F{n}"),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Key::Digits(low, high) => format!("{low}-{high}"),
            Key::Typing => tr(lang, "shared-key-typing").into_owned(),
        }
    }

    /// One press of this key, for tests that try every listed key.
    pub fn press(self) -> KeyEvent {
        let code = match self {
            Key::Enter => KeyCode::Enter,
            Key::Esc => KeyCode::Esc,
            Key::Tab => KeyCode::Tab,
            Key::BackTab => return KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
            Key::Up => KeyCode::Up,
            Key::Down => KeyCode::Down,
            Key::Left => KeyCode::Left,
            Key::Right => KeyCode::Right,
            Key::PageUp => KeyCode::PageUp,
            Key::PageDown => KeyCode::PageDown,
            Key::Home => KeyCode::Home,
            Key::End => KeyCode::End,
            Key::Space => KeyCode::Char(' '),
            Key::Delete => KeyCode::Delete,
            Key::Backspace => KeyCode::Backspace,
            Key::F(n) => KeyCode::F(n),
            Key::Char(c) => KeyCode::Char(c),
            Key::Ctrl(c) => return KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL),
            Key::Digits(low, _) => KeyCode::Char(low),
            Key::Typing => KeyCode::Char('a'),
        };
        KeyEvent::new(code, KeyModifiers::NONE)
    }
}

/// The keys read together, as a pair where a pair reads better ("↑/↓", "PgUp/PgDn"), and
/// Shift-Tab folded into Tab, which people know goes both ways.
pub fn label(keys: &[Key]) -> String {
    label_in(Lang::En, keys)
}

/// `label`, in `lang` (see `Key::label_in`).
pub fn label_in(lang: Lang, keys: &[Key]) -> String {
    const PAIRS: [(Key, Key, &str); 4] = [
        (Key::Up, Key::Down, "↑/↓"),
        (Key::Left, Key::Right, "←/→"),
        (Key::PageUp, Key::PageDown, "PgUp/PgDn"),
        (Key::Home, Key::End, "Home/End"),
    ];
    let mut words = Vec::new();
    let mut i = 0;
    while i < keys.len() {
        let (key, next) = (keys[i], keys.get(i + 1).copied());
        if let Some((_, _, pair)) = PAIRS
            .iter()
            .find(|(first, second, _)| *first == key && Some(*second) == next)
        {
            words.push((*pair).to_string());
            i += 2;
            continue;
        }
        if !(key == Key::BackTab && i > 0 && keys[i - 1] == Key::Tab) {
            words.push(key.label_in(lang));
        }
        i += 1;
    }
    words.join(" ")
}

/// What one line of the key bar or the help says: the keys and what they do (words written
/// in the code, or a catalogue's in the run's language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyHelp {
    pub keys: Vec<Key>,
    pub action: Cow<'static, str>,
}

impl KeyHelp {
    pub fn new(keys: &[Key], action: impl Into<Cow<'static, str>>) -> KeyHelp {
        KeyHelp {
            keys: keys.to_vec(),
            action: action.into(),
        }
    }

    pub fn label(&self) -> String {
        label(&self.keys)
    }

    /// `label`, in `lang`.
    pub fn label_in(&self, lang: Lang) -> String {
        label_in(lang, &self.keys)
    }

    pub fn takes(&self, key: &KeyEvent) -> bool {
        self.keys.iter().any(|k| k.matches(key))
    }
}

/// One binding: the keys, what they do in words, and the action they stand for.
#[derive(Debug, Clone)]
pub struct Binding<A> {
    pub help: KeyHelp,
    pub action: A,
    /// Said on the line of the binding before it ("↑/↓ move": ↑ and ↓ act apart).
    pub joins_previous: bool,
}

/// Keys that read as a pair, either way round.
fn partner(key: Key) -> Option<Key> {
    Some(match key {
        Key::Up => Key::Down,
        Key::Down => Key::Up,
        Key::Left => Key::Right,
        Key::Right => Key::Left,
        Key::PageUp => Key::PageDown,
        Key::PageDown => Key::PageUp,
        Key::Home => Key::End,
        Key::End => Key::Home,
        Key::Tab => Key::BackTab,
        Key::BackTab => Key::Tab,
        _ => return None,
    })
}

/// `keys` with `more` added, each beside its partner so that the pair reads as one.
fn joined(keys: &mut Vec<Key>, more: &[Key]) {
    for &key in more {
        match keys.iter().position(|k| Some(*k) == partner(key)) {
            Some(at)
                if matches!(
                    key,
                    Key::Down | Key::Right | Key::PageDown | Key::End | Key::BackTab
                ) =>
            {
                keys.insert(at + 1, key)
            }
            Some(at) => keys.insert(at, key),
            None => keys.push(key),
        }
    }
}

/// A screen's bindings, in the order its key bar lists them, their words in `lang`.
#[derive(Debug, Clone)]
pub struct Keymap<A> {
    lang: Lang,
    bindings: Vec<Binding<A>>,
    /// The last `bind_if` did not hold: the `and`s after it belong to it and do not hold
    /// either (they would otherwise join the line before, with its words).
    skipping: bool,
}

impl<A: Clone> Keymap<A> {
    pub fn new(lang: Lang) -> Self {
        Keymap {
            lang,
            bindings: Vec::new(),
            skipping: false,
        }
    }

    /// `keys` do `action`; the key bar and the help say the message `does`.
    pub fn bind(self, keys: &[Key], does: &str, action: A) -> Self {
        let words = tr(self.lang, does);
        self.bind_words(keys, words, action)
    }

    /// `bind`, with words already made (a button's own label).
    pub fn bind_words(
        mut self,
        keys: &[Key],
        words: impl Into<Cow<'static, str>>,
        action: A,
    ) -> Self {
        self.skipping = false;
        self.bindings.push(Binding {
            help: KeyHelp::new(keys, words),
            action,
            joins_previous: false,
        });
        self
    }

    /// Keys with an action of their own, said on the previous binding's line.
    pub fn and(mut self, keys: &[Key], action: A) -> Self {
        if self.skipping {
            return self;
        }
        let does = self
            .bindings
            .last()
            .map_or(Cow::Borrowed(""), |b| b.help.action.clone());
        self.bindings.push(Binding {
            help: KeyHelp::new(keys, does),
            action,
            joins_previous: true,
        });
        self
    }

    /// A binding that holds only `when` (a state the screen is in).
    pub fn bind_if(self, when: bool, keys: &[Key], does: &str, action: A) -> Self {
        if when {
            self.bind(keys, does, action)
        } else {
            Keymap {
                skipping: true,
                ..self
            }
        }
    }

    /// The action of the first binding that takes `key`.
    pub fn action(&self, key: &KeyEvent) -> Option<A> {
        self.bindings
            .iter()
            .find(|binding| binding.help.takes(key))
            .map(|binding| binding.action.clone())
    }

    pub fn help(&self) -> Vec<KeyHelp> {
        let mut lines: Vec<KeyHelp> = Vec::new();
        for binding in &self.bindings {
            // Keys that do the same thing in the same words are said once, together.
            let same = lines
                .iter()
                .position(|line| line.action == binding.help.action);
            match (binding.joins_previous, same, lines.last_mut()) {
                (true, _, Some(line)) => joined(&mut line.keys, &binding.help.keys),
                (false, Some(at), _) => lines[at].keys.extend(&binding.help.keys),
                _ => lines.push(binding.help.clone()),
            }
        }
        lines
    }
}

/// What each letter means, on every screen that binds it: its help says this word. One
/// meaning per letter lets a hand learn a key once (a test over every screen holds them to
/// it); a new letter is added here first.
pub const LETTERS: &[(char, &str)] = &[
    ('a', "edit"),
    ('b', "back"),
    ('c', "copy"),
    ('e', "edit"),
    ('g', "group"),
    ('n', "no"),
    ('o', "open"),
    ('p', "password"),
    ('q', "quit"),
    ('r', "again"),
    ('s', "sort"),
    ('t', "edit"),
    ('x', "sign out"),
    ('y', "yes"),
];

/// The keys that work on every screen, in `lang`. While a text field has focus `?` is a
/// character, so help is on F1 alone.
pub fn global(lang: Lang, text_focused: bool, sandbox: bool) -> Vec<KeyHelp> {
    let help = tr(lang, "key-help");
    let mut keys = vec![if text_focused {
        KeyHelp::new(&[Key::F(1)], help)
    } else {
        KeyHelp::new(&[Key::Char('?'), Key::F(1)], help)
    }];
    if sandbox {
        keys.push(KeyHelp::new(&[Key::F(2)], tr(lang, "key-outbox")));
    }
    keys.push(KeyHelp::new(&[Key::Ctrl('z')], tr(lang, "key-suspend")));
    keys.push(KeyHelp::new(&[Key::Ctrl('c')], tr(lang, "key-quit")));
    keys
}

#[cfg(test)]
#[path = "keys_tests.rs"]
mod tests;
