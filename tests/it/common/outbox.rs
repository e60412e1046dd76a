//! The sandbox's outbox: the emails and SMS its providers "sent", and waits for them.

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

/// The outbox once `done` holds for it (looked at again every 50 ms).
pub async fn until(base: &str, mut done: impl FnMut(&[Value]) -> bool) -> Vec<Value> {
    let deadline = Instant::now() + WAIT;
    loop {
        let messages = all(base).await;
        if done(&messages) {
            return messages;
        }
        assert!(
            Instant::now() < deadline,
            "the outbox never got there: {messages:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
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
