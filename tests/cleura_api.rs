//! The Cleura API client against the sandbox (PROVIDERS.md §2), both versions: sign in with
//! and without the second factor, the SMS code, a wrong code, WebAuthn-only accounts,
//! domains and projects, validate and revoke. Against a tiny server of its own: the JSON the
//! client sends (the code as an integer). And the whole flow (update + backend) against the
//! sandbox: an SMS sign-in plus the region list is four requests, and an expired
//! verification starts over by itself.

mod common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use cloudboard::api::ApiError;
use cloudboard::api::cleura::{Cleura, Credentials, Id, Started};
use cloudboard::app::cleura::{Step, code::CODE_LEN};
use cloudboard::app::{App, Command, Event, Msg, update};
use cloudboard::backend::http::Http;
use cloudboard::config::{CleuraApi, Config, SecretStore};
use cloudboard::sandbox::Sandbox;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use secrecy::{ExposeSecret, SecretString};
use serde_json::Value;
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};

struct Setup {
    sandbox: Sandbox,
    endpoint: String,
    http: Http,
}

async fn setup() -> Setup {
    let sandbox = common::sandbox::start().await;
    let mut config = Config::default();
    config.point_at_sandbox(&sandbox.base_url());
    Setup {
        endpoint: config.cleura.endpoint.clone(),
        sandbox,
        http: Http::default(),
    }
}

impl Setup {
    fn cleura(&self, api: CleuraApi) -> Cleura<'_> {
        Cleura::new(self.http.client().unwrap(), &self.endpoint, api)
    }

    /// The newest SMS code in the outbox, once there are `count` SMS.
    async fn code(&self, count: usize) -> u32 {
        let messages = common::sandbox::outbox_until(&self.sandbox.base_url(), |m| {
            m.iter().filter(|m| m["kind"] == "sms").count() >= count
        })
        .await;
        let code = messages
            .iter()
            .rev()
            .find_map(|m| m["code"].as_str())
            .expect("an SMS code");
        code.parse().unwrap()
    }
}

fn password(p: &str) -> SecretString {
    SecretString::from(p)
}

fn who(login: &str, token: SecretString) -> Credentials {
    Credentials {
        login: login.into(),
        token,
    }
}

async fn stats(base: &str) -> u64 {
    let (_, v) = common::sandbox::json(
        common::sandbox::client()
            .get(format!("{base}/_sandbox/stats"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    v["requests"].as_u64().expect("requests")
}

#[tokio::test]
async fn v1_without_a_second_factor_signs_in_lists_validates_and_revokes() {
    let s = setup().await;
    let c = s.cleura(CleuraApi::V1);
    // The SMS choice named up front still gives a token to an account without 2FA.
    let Started::Token(token) = c
        .sign_in("alice", &password("alice-password"), Some("sms"))
        .await
        .unwrap()
    else {
        panic!("no token")
    };
    let alice = who("alice", token);
    let domains = c.domains(&alice).await.unwrap();
    let tags: Vec<String> = domains
        .iter()
        .flat_map(|d| d.area.as_ref().unwrap().regions.iter())
        .map(|r| r.tag.clone().unwrap())
        .collect();
    assert_eq!(tags, ["Sto2", "Fra1", "Kna1"]);
    let sto = &domains[0].area.as_ref().unwrap();
    assert_eq!(sto.id, Some(Id::Text("6".into())), "v1 ids are strings");
    assert_eq!(sto.regions[0].status.as_deref(), Some("active"));
    let projects = c.projects(&alice, &domains[0].id.text()).await.unwrap();
    assert_eq!(projects.len(), 3);
    assert!(projects.iter().any(|p| p.default == Some(true)));
    c.validate(&alice).await.unwrap();
    c.revoke(&alice).await.unwrap();
    let err = c.validate(&alice).await.unwrap_err();
    assert!(
        matches!(&err, ApiError::Unauthorized { message, .. } if message.contains("token")),
        "{err:?}"
    );
    let err = c.domains(&alice).await.unwrap_err();
    assert!(cloudboard::api::cleura::is_token_refused(&err));
}

#[tokio::test]
async fn v1_sms_sign_in_with_a_wrong_code_then_the_right_one() {
    let s = setup().await;
    let c = s.cleura(CleuraApi::V1);
    let plain = c
        .sign_in("bob", &password("bob-password"), None)
        .await
        .unwrap();
    assert!(matches!(plain, Started::FactorRequired(_)), "{plain:?}");
    let Started::Sms { verification } = c
        .sign_in("bob", &password("bob-password"), Some("sms"))
        .await
        .unwrap()
    else {
        panic!("no verification")
    };
    c.request_code("bob", &verification).await.unwrap();
    let code = s.code(1).await;
    let wrong = if code == 111_111 { 222_222 } else { 111_111 };
    let err = c.verify("bob", &verification, wrong).await.unwrap_err();
    let ApiError::Refused { message, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        cloudboard::app::cleura::code::tries_left(message),
        Some(2),
        "{message}"
    );
    let token = c.verify("bob", &verification, code).await.unwrap();
    let domains = c.domains(&who("bob", token)).await.unwrap();
    assert_eq!(domains.len(), 3);
}

#[tokio::test]
async fn v2_offers_options_then_signs_in_by_sms_and_lists_v2_domains() {
    let s = setup().await;
    let c = s.cleura(CleuraApi::V2);
    let options = c
        .sign_in("bob", &password("bob-password"), None)
        .await
        .unwrap();
    assert!(
        matches!(&options, Started::Options(o) if o == &["sms"]),
        "{options:?}"
    );
    let Started::Sms { verification } = c
        .sign_in("bob", &password("bob-password"), Some("sms"))
        .await
        .unwrap()
    else {
        panic!("no verification")
    };
    c.request_code("bob", &verification).await.unwrap();
    let code = s.code(1).await;
    let token = c.verify("bob", &verification, code).await.unwrap();
    let bob = who("bob", token);
    let domains = c.domains(&bob).await.unwrap();
    let area = domains[0].area.as_ref().unwrap();
    assert_eq!(area.id, Some(Id::Number(6)), "v2 ids are integers");
    assert_eq!(area.regions[0].id, Some(Id::Number(2)));
    assert_eq!(area.regions[0].tag.as_deref(), Some("Sto2"));
    assert_eq!(area.regions[0].status, None);
    let projects = c.projects(&bob, &domains[1].id.text()).await.unwrap();
    assert!(projects[0].name.as_deref().unwrap().starts_with("bob-fra1"));
    c.validate(&bob).await.unwrap();
    c.revoke(&bob).await.unwrap();
    assert!(c.validate(&bob).await.is_err());
}

#[tokio::test]
async fn webauthn_only_accounts_are_recognised_in_both_versions() {
    let s = setup().await;
    let v1 = s.cleura(CleuraApi::V1);
    let answer = v1
        .sign_in("carol", &password("carol-password"), Some("sms"))
        .await
        .unwrap();
    assert!(matches!(answer, Started::WebAuthnOnly(_)), "{answer:?}");
    let v2 = s.cleura(CleuraApi::V2);
    let answer = v2
        .sign_in("carol", &password("carol-password"), None)
        .await
        .unwrap();
    assert!(
        matches!(&answer, Started::Options(o) if o == &["webauthn"]),
        "{answer:?}"
    );
    let answer = v2
        .sign_in("carol", &password("carol-password"), Some("sms"))
        .await
        .unwrap();
    assert!(matches!(answer, Started::WebAuthnOnly(_)), "{answer:?}");
}

#[tokio::test]
async fn a_wrong_password_is_refused_as_credentials() {
    let s = setup().await;
    for api in [CleuraApi::V1, CleuraApi::V2] {
        let err = s
            .cleura(api)
            .sign_in("bob", &password("nope"), Some("sms"))
            .await
            .unwrap_err();
        assert!(matches!(err, ApiError::Unauthorized { .. }), "{err:?}");
    }
}

/// A server that records every request's path, headers and JSON body and answers as Cleura
/// would to each.
type Seen = Arc<Mutex<Vec<(String, Value, axum::http::HeaderMap)>>>;

async fn recorder() -> (String, Seen) {
    use axum::body::Bytes;
    use axum::extract::State;
    use axum::http::{HeaderMap, Uri};
    let seen: Seen = Arc::default();
    let app = axum::Router::new()
        .fallback(
            |State(seen): State<Seen>, uri: Uri, headers: HeaderMap, body: Bytes| async move {
                let value = serde_json::from_slice(&body).unwrap_or(Value::Null);
                let path = uri.path().to_string();
                seen.lock().unwrap().push((path.clone(), value, headers));
                let answer = if path.ends_with("domains") {
                    serde_json::json!([])
                } else {
                    serde_json::json!({"result": "login_ok", "token": "t0k"})
                };
                axum::Json(answer)
            },
        )
        .with_state(seen.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (format!("http://{addr}"), seen)
}

#[tokio::test]
async fn the_json_sent_is_the_contracts_with_the_code_as_an_integer() {
    let (base, seen) = recorder().await;
    let http = Http::default();
    let v = SecretString::from("ver-1");
    let v1 = Cleura::new(http.client().unwrap(), &base, CleuraApi::V1);
    v1.sign_in("bob", &password("pw"), Some("sms"))
        .await
        .unwrap();
    v1.request_code("bob", &v).await.unwrap();
    let token = v1.verify("bob", &v, 12345).await.unwrap();
    assert_eq!(token.expose_secret(), "t0k");
    v1.domains(&who("bob", token)).await.unwrap();
    let v2 = Cleura::new(http.client().unwrap(), &base, CleuraApi::V2);
    v2.sign_in("bob", &password("pw"), None).await.unwrap();
    v2.request_code("bob", &v).await.unwrap();
    v2.verify("bob", &v, 654321).await.unwrap();
    let seen = seen.lock().unwrap();
    let sent: Vec<(&str, &Value)> = seen.iter().map(|(p, v, _)| (p.as_str(), v)).collect();
    use serde_json::json;
    assert_eq!(
        sent,
        [
            (
                "/auth/v1/tokens",
                &json!({"auth":{"login":"bob","password":"pw","twofa_method":"sms"}})
            ),
            (
                "/auth/v1/tokens/request2facode",
                &json!({"request2fa":{"login":"bob","verification":"ver-1"}})
            ),
            (
                "/auth/v1/tokens/verify2fa",
                &json!({"verify2fa":{"login":"bob","verification":"ver-1","code":12345}})
            ),
            ("/accesscontrol/v1/openstack/domains", &Value::Null),
            ("/auth/v2/tokens", &json!({"login":"bob","password":"pw"})),
            (
                "/auth/v2/request-sms-code",
                &json!({"login":"bob","verification":"ver-1"})
            ),
            (
                "/auth/v2/tokens-by-sms-code",
                &json!({"login":"bob","verification":"ver-1","code":654321})
            ),
        ]
    );
    assert!(
        sent[2].1["verify2fa"]["code"].is_u64(),
        "an integer, not a string"
    );
    let (_, _, headers) = &seen[0];
    assert_eq!(headers["content-type"], "application/json");
    assert_eq!(headers["accept"], "application/json");
    assert!(
        headers["user-agent"]
            .to_str()
            .unwrap()
            .starts_with("cloudboard/")
    );
    let (_, _, headers) = &seen[3];
    assert_eq!(headers["x-auth-login"], "bob");
    assert_eq!(headers["x-auth-token"], "t0k");
}

/// The app and the backend together against the sandbox, as the wizard runs them, without
/// a terminal: keys go in through `update`, commands to the backend, its events come back.
struct Driver {
    app: App,
    commands: UnboundedSender<Command>,
    events: UnboundedReceiver<Event>,
    dir: std::path::PathBuf,
}

impl Driver {
    async fn start(base: &str, api: CleuraApi, tag: &str) -> Driver {
        let dir = std::env::temp_dir().join(format!(
            "cloudboard-cleura-api-{tag}-{}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        let mut config = Config::default();
        config.cleura.api = api;
        config.secrets.store = SecretStore::File;
        let (command_tx, command_rx) = tokio::sync::mpsc::unbounded_channel();
        let (event_tx, event_rx) = tokio::sync::mpsc::unbounded_channel();
        let setup = cloudboard::backend::Setup {
            start_sandbox: false,
            workflow_secs: 3.0,
            paths: cloudboard::store::Paths::at(dir.join("config.toml"), dir.join("data")),
            secret_store: SecretStore::File,
        };
        tokio::spawn(cloudboard::backend::run(command_rx, event_tx, setup));
        let mut driver = Driver {
            app: App::new(config, (100, 30), Instant::now()),
            commands: command_tx,
            events: event_rx,
            dir,
        };
        let out = driver.app.point_at_sandbox(base);
        driver.send(out);
        driver
    }

    fn send(&mut self, out: Vec<Command>) {
        for command in out {
            match command {
                Command::CopyToClipboard(_) | Command::Suspend | Command::OpenUrl(_) => {}
                other => self.commands.send(other).unwrap(),
            }
        }
    }

    fn key(&mut self, code: KeyCode, modifiers: KeyModifiers) {
        let out = update(&mut self.app, Msg::Key(KeyEvent::new(code, modifiers)));
        self.send(out);
    }

    fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.key(KeyCode::Char(c), KeyModifiers::NONE);
        }
    }

    /// Feeds the backend's events in until `done` holds.
    async fn until(&mut self, what: &str, done: impl Fn(&App) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while !done(&self.app) {
            let left = deadline.saturating_duration_since(Instant::now());
            let event = tokio::time::timeout(left, self.events.recv())
                .await
                .unwrap_or_else(|_| panic!("never got to: {what}"))
                .expect("the backend runs");
            let out = update(&mut self.app, Msg::Backend(event));
            self.send(out);
        }
    }

    fn step(&self) -> &Step {
        &self.app.flows.cleura.as_ref().expect("open").step
    }

    fn on_code(&self) -> bool {
        matches!(self.step(), Step::Code(c) if c.sent_at.is_some())
    }

    /// The outbox holds `count` SMS (the app follows it as the wizard does).
    async fn sms(&mut self, count: usize) -> String {
        self.until("the SMS in the outbox", |app| {
            app.outbox
                .messages
                .iter()
                .filter(|m| m.kind == "sms")
                .count()
                >= count
        })
        .await;
        self.app.outbox.latest_code().unwrap().to_string()
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn regions_loaded(app: &App) -> bool {
    matches!(
        &app.flows.cleura.as_ref().map(|f| &f.step),
        Some(Step::Regions(r)) if r.loaded && app.flows.cleura.as_ref().is_some_and(|f| f.pending().is_none())
    )
}

async fn sms_sign_in_takes_four_requests(api: CleuraApi) {
    let s = setup().await;
    let base = s.sandbox.base_url();
    let mut d = Driver::start(&base, api, api.label()).await;
    d.key(KeyCode::Char('2'), KeyModifiers::NONE);
    d.until("the sign-in screen", |app| {
        matches!(
            app.flows.cleura.as_ref().map(|f| &f.step),
            Some(Step::SignIn)
        )
    })
    .await;
    let before = stats(&base).await;
    d.type_text("bob");
    d.key(KeyCode::Enter, KeyModifiers::NONE);
    d.type_text("bob-password");
    d.key(KeyCode::Enter, KeyModifiers::NONE);
    d.until("the code screen", |app| {
        matches!(app.flows.cleura.as_ref().map(|f| &f.step), Some(Step::Code(c)) if c.sent_at.is_some())
    })
    .await;
    let code = d.sms(1).await;
    assert_eq!(code.len(), CODE_LEN);
    d.type_text(&code);
    d.until("the regions", regions_loaded).await;
    let after = stats(&base).await;
    assert_eq!(
        after - before,
        4,
        "sign-in, request code, verify, domains ({})",
        api.label()
    );
    let Step::Regions(regions) = d.step() else {
        unreachable!()
    };
    let tags: Vec<&str> = regions.table.rows.iter().map(|r| r.tag.as_str()).collect();
    assert_eq!(tags, ["Sto2", "Fra1", "Kna1"]);
    assert!(regions.kept.is_ok(), "{:?}", regions.kept);
    let secret = d.dir.join("data/secrets/cleura-sandbox.secret");
    let kept: Value = serde_json::from_str(&std::fs::read_to_string(&secret).unwrap()).unwrap();
    assert_eq!(kept["login"], "bob");
    assert_eq!(kept["api"], api.label());
    assert_eq!(kept["endpoint"], s.endpoint);
    assert!(kept["token"].as_str().unwrap().len() >= 16);
}

#[tokio::test]
async fn an_sms_sign_in_plus_the_region_list_is_four_requests_in_v1() {
    sms_sign_in_takes_four_requests(CleuraApi::V1).await;
}

#[tokio::test]
async fn an_sms_sign_in_plus_the_region_list_is_four_requests_in_v2() {
    sms_sign_in_takes_four_requests(CleuraApi::V2).await;
}

#[tokio::test]
async fn an_expired_verification_starts_over_by_itself() {
    let s = setup().await;
    let base = s.sandbox.base_url();
    let mut d = Driver::start(&base, CleuraApi::V1, "expired").await;
    d.key(KeyCode::Char('2'), KeyModifiers::NONE);
    d.until("the sign-in screen", |app| {
        matches!(
            app.flows.cleura.as_ref().map(|f| &f.step),
            Some(Step::SignIn)
        )
    })
    .await;
    d.type_text("bob");
    d.key(KeyCode::Enter, KeyModifiers::NONE);
    d.type_text("bob-password");
    d.key(KeyCode::Enter, KeyModifiers::NONE);
    d.until("the code sent", |app| {
        matches!(app.flows.cleura.as_ref().map(|f| &f.step), Some(Step::Code(c)) if c.sent_at.is_some())
    })
    .await;
    assert!(d.on_code());
    let old = d.sms(1).await;
    common::sandbox::advance_clock(&base, 700.0).await;
    d.type_text(&old);
    d.until("a new verification's code", |app| {
        matches!(
            app.flows.cleura.as_ref().map(|f| &f.step),
            Some(Step::Code(c)) if c.notice.is_some() && c.sent_at.is_some()
        )
    })
    .await;
    let Step::Code(step) = d.step() else {
        unreachable!()
    };
    assert!(
        step.notice
            .as_deref()
            .unwrap()
            .contains("verification ended"),
        "{:?}",
        step.notice
    );
    // The new code works (with Ctrl-T, as in the sandbox a person would).
    d.sms(2).await;
    d.key(KeyCode::Char('t'), KeyModifiers::CONTROL);
    d.until("the regions", regions_loaded).await;
}
