//! Follows the sandbox's outbox with a long poll: the request waits on the server until a
//! message arrives, so following it costs no CPU and no wake-ups while nothing happens.

use std::time::Duration;

use super::Reply;
use super::http::Http;
use crate::app::{EventBody, OutboxMessage};
use crate::lang::{Lang, tr_args};

const WAIT_SECS: u64 = 300;

pub async fn watch(lang: Lang, http: Http, base: String, mut after: u64, reply: Reply) {
    let mut backoff = Duration::from_millis(500);
    loop {
        match fetch(lang, &http, &base, after, WAIT_SECS).await {
            Ok(messages) => {
                backoff = Duration::from_millis(500);
                if let Some(last) = messages.iter().map(|m| m.id).max() {
                    after = after.max(last);
                }
                if !messages.is_empty() {
                    reply.send(EventBody::Outbox(messages));
                }
            }
            Err(why) => {
                reply.send(EventBody::OutboxUnavailable(why));
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(30));
            }
        }
    }
}

/// What the outbox holds now, answered at once, even when it is nothing new: a script
/// reads it to know what was there before it started, and to show a code before its prompt.
pub async fn read(lang: Lang, http: Http, base: String, after: u64, reply: Reply) {
    match fetch(lang, &http, &base, after, 0).await {
        Ok(messages) => reply.send(EventBody::Outbox(messages)),
        Err(why) => reply.send(EventBody::OutboxUnavailable(why)),
    }
}

async fn fetch(
    lang: Lang,
    http: &Http,
    base: &str,
    after: u64,
    wait_secs: u64,
) -> Result<Vec<OutboxMessage>, String> {
    let client = http.client().map_err(|why| why.in_words(lang))?;
    let url = format!("{base}/_sandbox/outbox?after={after}&wait={wait_secs}");
    let response = client
        .get(url)
        .timeout(Duration::from_secs(wait_secs + 30))
        .send()
        .await
        .map_err(|e| said(lang, "shared-outbox-no-answer", e.to_string()))?;
    if !response.status().is_success() {
        return Err(said(
            lang,
            "shared-outbox-answered",
            response.status().to_string(),
        ));
    }
    response
        .json()
        .await
        .map_err(|e| said(lang, "shared-outbox-unreadable", e.to_string()))
}

/// One of the outbox's troubles in `lang`; `why` is what the transport or the status said.
fn said(lang: Lang, id: &str, why: String) -> String {
    tr_args(lang, id, &[("why", why.into())]).into_owned()
}
