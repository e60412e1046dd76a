//! The sandbox's outbox: the emails and SMS its providers "sent". Waited for by its long
//! poll (`GET /_sandbox/outbox?after=N&wait=S` answers as soon as a message after N is
//! there), so a test never sleeps and looks again.

use std::time::{Duration, Instant};

use serde_json::Value;

/// How long a test waits for a message before it fails.
pub const WAIT: Duration = Duration::from_secs(30);

async fn get(base: &str, after: u64, wait_secs: u64) -> Vec<Value> {
    super::sandbox::client()
        .get(format!(
            "{}/_sandbox/outbox?after={after}&wait={wait_secs}",
            base.trim_end_matches('/')
        ))
        .send()
        .await
        .expect("the outbox answers")
        .json()
        .await
        .expect("the outbox is JSON")
}

/// Everything in the outbox now.
pub async fn all(base: &str) -> Vec<Value> {
    get(base, 0, 0).await
}

/// The outbox once `done` holds for it, waiting for each new message in turn.
pub async fn until(base: &str, mut done: impl FnMut(&[Value]) -> bool) -> Vec<Value> {
    let deadline = Instant::now() + WAIT;
    let mut messages = all(base).await;
    loop {
        if done(&messages) {
            return messages;
        }
        let left = deadline.saturating_duration_since(Instant::now());
        assert!(!left.is_zero(), "the outbox never got there: {messages:?}");
        let after = messages.last().and_then(|m| m["id"].as_u64()).unwrap_or(0);
        messages.extend(get(base, after, left.as_secs().max(1)).await);
    }
}

/// The code of the `n`th SMS (from 1), waiting for it.
pub async fn sms_code(base: &str, n: usize) -> String {
    let is_sms = |m: &&Value| m["kind"] == "sms";
    let messages = until(base, |m| m.iter().filter(is_sms).count() >= n).await;
    let sms = messages.iter().filter(is_sms).nth(n - 1).expect("the SMS");
    sms["code"].as_str().expect("a code").to_string()
}

/// The link of the newest email to `to` (an address in any case), waiting for one.
pub async fn link_to(base: &str, to: &str) -> String {
    let newest = |messages: &[Value]| {
        messages.iter().rev().find_map(|m| {
            let theirs = m["to"].as_str().is_some_and(|t| t.eq_ignore_ascii_case(to));
            m["link"].as_str().filter(|_| theirs).map(str::to_string)
        })
    };
    newest(&until(base, |m| newest(m).is_some()).await).expect("the link")
}
