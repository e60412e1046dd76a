//! A sandbox on a free loopback port and an HTTP client for it, for the contract tests and
//! the API clients' tests.

use std::time::{Duration, Instant};

use cloudboard::sandbox::{Options, Sandbox};
use serde_json::Value;

pub async fn start() -> Sandbox {
    start_with(Options::default()).await
}

pub async fn start_with(options: Options) -> Sandbox {
    Sandbox::start("127.0.0.1:0".parse().expect("addr"), options)
        .await
        .expect("the sandbox starts")
}

/// A plain client: no cookie store and no redirects, so tests see exactly what was sent.
pub fn client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

pub async fn json(response: reqwest::Response) -> (u16, Value) {
    let status = response.status().as_u16();
    let text = response.text().await.expect("body");
    let value = if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
    };
    (status, value)
}

/// The outbox messages, waiting (with a deadline) until `done` holds for them.
pub async fn outbox_until(base: &str, mut done: impl FnMut(&[Value]) -> bool) -> Vec<Value> {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let messages: Vec<Value> = client()
            .get(format!("{base}/_sandbox/outbox"))
            .send()
            .await
            .expect("outbox")
            .json()
            .await
            .expect("outbox json");
        if done(&messages) {
            return messages;
        }
        assert!(
            Instant::now() < deadline,
            "outbox never got there: {messages:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

pub async fn advance_clock(base: &str, secs: f64) {
    let status = client()
        .post(format!("{base}/_sandbox/clock"))
        .body(format!("{{\"advance_secs\": {secs}}}"))
        .send()
        .await
        .expect("clock")
        .status();
    assert_eq!(status, 204);
}

pub async fn set_faults(base: &str, faults: Value) {
    let status = client()
        .post(format!("{base}/_sandbox/faults"))
        .json(&faults)
        .send()
        .await
        .expect("faults")
        .status();
    assert_eq!(status, 200);
}

/// What the sandbox has served so far (`GET /_sandbox/stats`), read on a client of its own.
pub struct Stats {
    pub requests: u64,
    /// TCP connections accepted.
    pub connections: u64,
}

pub async fn stats(base: &str) -> Stats {
    let v: Value = client()
        .get(format!("{base}/_sandbox/stats"))
        .send()
        .await
        .expect("stats")
        .json()
        .await
        .expect("stats json");
    Stats {
        requests: v["requests"].as_u64().expect("requests"),
        connections: v["connections"].as_u64().expect("connections"),
    }
}

/// Provider requests served so far, for a test without a runtime of its own.
pub fn blocking_stats(base: &str) -> u64 {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
        .block_on(stats(base))
        .requests
}
