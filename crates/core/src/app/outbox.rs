//! What the sandbox "sent" (emails with links, SMS with codes), kept for the outbox panel so
//! that a person can follow every flow with nothing else open.

use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OutboxMessage {
    pub id: u64,
    pub kind: String,
    pub to: String,
    pub subject: String,
    pub body: String,
    #[serde(default)]
    pub link: Option<String>,
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
    pub at: String,
}

#[derive(Clone, Debug)]
pub struct Outbox {
    pub messages: Vec<OutboxMessage>,
    /// The panel is wanted (where the terminal has room for it).
    pub visible: bool,
    /// Shown over the screen, on a terminal too small for the panel (F2).
    pub overlay: bool,
    pub unavailable: Option<String>,
}

impl Default for Outbox {
    fn default() -> Outbox {
        Outbox {
            messages: Vec::new(),
            visible: true,
            overlay: false,
            unavailable: None,
        }
    }
}

impl Outbox {
    pub fn receive(&mut self, messages: Vec<OutboxMessage>) {
        self.unavailable = None;
        for m in messages {
            if !self.messages.iter().any(|known| known.id == m.id) {
                self.messages.push(m);
            }
        }
    }

    pub fn last_id(&self) -> u64 {
        self.messages.iter().map(|m| m.id).max().unwrap_or(0)
    }

    /// The newest link sent to `to` (any recipient when None), for "take it from the outbox".
    pub fn latest_link(&self, to: Option<&str>) -> Option<&str> {
        self.messages
            .iter()
            .rev()
            .filter(|m| to.is_none_or(|t| m.to.eq_ignore_ascii_case(t)))
            .find_map(|m| m.link.as_deref())
    }

    /// The newest SMS code.
    pub fn latest_code(&self) -> Option<&str> {
        self.messages.iter().rev().find_map(|m| m.code.as_deref())
    }
}
