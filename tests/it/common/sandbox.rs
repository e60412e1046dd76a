//! The sandbox a test talks to, always bound to port 0 and used at the address it reports
//! (no free port is picked and let go first for it to take, which another test could take
//! in between): in this process (`start`, `start_with`), or as `cloudboard sandbox` in a
//! process of its own (`SandboxProcess`), whose first line says where it listens. And what
//! tests ask of its own routes: faults, its clock, its counters.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};

use cloudboard::sandbox::{Options, Sandbox};
use serde_json::Value;

/// The sandbox in this process, with its usual options.
pub async fn start() -> Sandbox {
    start_with(Options::default()).await
}

pub async fn start_with(options: Options) -> Sandbox {
    Sandbox::start("127.0.0.1:0".parse().expect("addr"), options)
        .await
        .expect("the sandbox starts")
}

/// `cloudboard sandbox --listen 127.0.0.1:0 --quiet`, stopped when dropped. For tests of the
/// real binary, which must not share a runtime with the test.
pub struct SandboxProcess {
    child: Child,
    pub url: String,
}

impl SandboxProcess {
    pub fn start() -> SandboxProcess {
        SandboxProcess::start_with(&[])
    }

    /// One whose Cozy creations take a fifth of a second instead of three: for the tests
    /// about what comes after a creation, which would otherwise spend most of their time
    /// waiting for it. A test that needs a creation still running keeps `start`.
    pub fn quick() -> SandboxProcess {
        SandboxProcess::start_with(&["--workflow-secs", "0.2"])
    }

    /// With more of `cloudboard sandbox`'s options.
    pub fn start_with(options: &[&str]) -> SandboxProcess {
        let mut child = Command::new(env!("CARGO_BIN_EXE_cloudboard"))
            .args(["sandbox", "--listen", "127.0.0.1:0", "--quiet"])
            .args(options)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the sandbox starts");
        // It prints its address once it listens: "cloudboard sandbox at http://...".
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let mut first = String::new();
        stdout.read_line(&mut first).expect("the sandbox's banner");
        let url = first
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no address in the sandbox's first line: {first:?}"))
            .to_string();
        // The rest of the banner, read to its end so the sandbox never writes to no one.
        std::thread::spawn(move || {
            let _ = stdout.read_to_end(&mut Vec::new());
        });
        SandboxProcess { child, url }
    }

    pub fn set_faults(&self, faults: Value) {
        super::block_on(set_faults(&self.url, faults));
    }

    pub fn advance_clock(&self, secs: f64) {
        super::block_on(advance_clock(&self.url, secs));
    }

    /// Provider requests it has served (or begun to serve) so far.
    pub fn requests(&self) -> u64 {
        super::block_on(stats(&self.url)).requests
    }

    /// Everything in its outbox now.
    pub fn outbox(&self) -> Vec<Value> {
        super::block_on(super::outbox::all(&self.url))
    }

    /// How many SMS it has sent so far.
    pub fn sms_sent(&self) -> usize {
        self.outbox().iter().filter(|m| m["kind"] == "sms").count()
    }

    /// The code of its `n`th SMS (from 1), waiting for it.
    pub fn sms_code(&self, n: usize) -> String {
        super::block_on(super::outbox::sms_code(&self.url, n))
    }

    /// The link of the newest email to `to`, waiting for one.
    pub fn link_to(&self, to: &str) -> String {
        super::block_on(super::outbox::link_to(&self.url, to))
    }
}

impl Drop for SandboxProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A plain client: no cookie store and no redirects, so tests see exactly what was sent.
pub fn client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

/// An answer's status and its body as JSON (`null` when empty).
pub async fn json_of(response: reqwest::Response) -> (u16, Value) {
    let status = response.status().as_u16();
    let text = response.text().await.expect("body");
    let value = if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
    };
    (status, value)
}

/// A GET of `url` on a plain client: its status and body as JSON.
pub async fn get_json(url: &str) -> (u16, Value) {
    json_of(client().get(url).send().await.expect("an answer")).await
}

/// Cleura's v1 sign-in, `POST /cleura/auth/v1/tokens` with `auth`: its status and answer.
pub async fn cleura_sign_in(base: &str, auth: Value) -> (u16, Value) {
    let url = format!("{base}/cleura/auth/v1/tokens");
    let body = serde_json::json!({ "auth": auth });
    json_of(
        client()
            .post(url)
            .json(&body)
            .send()
            .await
            .expect("an answer"),
    )
    .await
}

/// A Cleura token for alice, who has no second factor.
pub async fn alice_token(base: &str) -> String {
    let alice = serde_json::json!({"login": "alice", "password": "alice-password"});
    let (status, v) = cleura_sign_in(base, alice).await;
    assert_eq!(status, 200, "{v}");
    v["token"].as_str().expect("a token").to_string()
}

/// Where a GET of `url` sends (no redirect followed: what a browser shows next), with the
/// answer's status; an empty address when it sends nowhere.
pub async fn location(url: &str) -> (u16, String) {
    let r = client().get(url).send().await.expect("an answer");
    let to = r
        .headers()
        .get("location")
        .map(|l| l.to_str().expect("a readable location").to_string())
        .unwrap_or_default();
    (r.status().as_u16(), to)
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
