//! What the simulated providers "send": emails with links and SMS with codes, kept in order
//! and readable at `GET /_sandbox/outbox`, with a long poll (`?after=N&wait=S`) so a client
//! can follow it without polling.

use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Message {
    pub id: u64,
    pub kind: &'static str,
    pub to: String,
    pub subject: String,
    pub body: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub at: String,
}

/// The messages kept: a long-running sandbox drops the oldest beyond this (their ids stay
/// unique, so a follower's `after` still means the same).
pub const KEPT: usize = 1000;

#[derive(Debug, Default)]
pub struct Outbox {
    messages: std::collections::VecDeque<Message>,
    next_id: u64,
}

impl Outbox {
    pub fn email(&mut self, to: &str, subject: &str, body: String, link: String) {
        self.push("email", to, subject, body, Some(link), None);
    }

    pub fn sms(&mut self, to: &str, body: String, code: String) {
        self.push("sms", to, "Verification code", body, None, Some(code));
    }

    fn push(
        &mut self,
        kind: &'static str,
        to: &str,
        subject: &str,
        body: String,
        link: Option<String>,
        code: Option<String>,
    ) {
        self.next_id += 1;
        if self.messages.len() >= KEPT {
            self.messages.pop_front();
        }
        self.messages.push_back(Message {
            id: self.next_id,
            kind,
            to: to.to_string(),
            subject: subject.to_string(),
            body,
            link,
            code,
            at: super::util::now_rfc3339(),
        });
    }

    /// Messages after `after` (all of them with 0).
    pub fn since(&self, after: u64) -> Vec<Message> {
        self.messages
            .iter()
            .filter(|m| m.id > after)
            .cloned()
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outbox_keeps_the_newest_messages_only() {
        let mut outbox = Outbox::default();
        for i in 0..KEPT + 5 {
            outbox.sms("+46", format!("code {i}"), format!("{i:06}"));
        }
        let kept = outbox.since(0);
        assert_eq!(kept.len(), KEPT);
        assert_eq!(kept[0].id, 6, "the oldest went first");
        assert_eq!(outbox.since(KEPT as u64 + 4).len(), 1);
    }
}
