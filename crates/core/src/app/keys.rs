//! Key help: what each screen lists in its footer and in the `?` overlay.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyHelp {
    pub keys: &'static str,
    pub action: &'static str,
}

impl KeyHelp {
    pub const fn new(keys: &'static str, action: &'static str) -> KeyHelp {
        KeyHelp { keys, action }
    }
}

/// The keys that work on every screen. While a text field has focus `?` is a character,
/// so help is on F1 alone.
pub fn global(text_focused: bool, sandbox: bool) -> Vec<KeyHelp> {
    let mut keys = vec![if text_focused {
        KeyHelp::new("F1", "help")
    } else {
        KeyHelp::new("? F1", "help")
    }];
    if sandbox {
        keys.push(KeyHelp::new("F2", "show/hide the sandbox outbox"));
    }
    keys.push(KeyHelp::new("Ctrl-Z", "suspend"));
    keys.push(KeyHelp::new("Ctrl-C", "quit"));
    keys
}
