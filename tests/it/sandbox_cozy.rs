//! The Cloudery and new instances in the sandbox, over real HTTP: every documented request,
//! answer and error of PROVIDERS.md §1.

use crate::common;

use common::sandbox::{client, json_of, location, set_faults, start, start_with};
use serde_json::{Value, json};

const TOKEN: &str = "Bearer sandbox-token";
const PARTNER: &str = "Bearer sandbox-partner-token";
/// The public pair of routes, which the public token opens.
const CREATE: &str = "/cozy/api/public/instances";
const WORKFLOWS: &str = "/cozy/api/v1/public/workflows";

fn body(slug: &str) -> Value {
    json!({
        "offer": "cozy_default",
        "email": format!("{slug}@example.org"),
        "slug": slug,
        "domain": "mycozy.cloud",
        "tos": {"version": "1.0.0"},
        "locale": "en",
    })
}

/// `POST path` with `body`, and `token` as its Authorization if any.
async fn post(base: &str, path: &str, token: Option<&str>, body: &Value) -> reqwest::Response {
    let mut request = client().post(format!("{base}{path}")).json(body);
    if let Some(token) = token {
        request = request.header("Authorization", token);
    }
    request.send().await.unwrap()
}

/// `GET path` with `token` as its Authorization.
async fn get(base: &str, path: &str, token: &str) -> reqwest::Response {
    let request = client().get(format!("{base}{path}"));
    request.header("Authorization", token).send().await.unwrap()
}

async fn create(base: &str, path: &str, body: &Value) -> (u16, Value) {
    create_with(base, path, TOKEN, body).await
}

async fn create_with(base: &str, path: &str, token: &str, body: &Value) -> (u16, Value) {
    json_of(post(base, path, Some(token), body).await).await
}

async fn status(base: &str, path: &str) -> String {
    status_with(base, path, TOKEN).await
}

async fn status_with(base: &str, path: &str, token: &str) -> String {
    let (code, v) = json_of(get(base, path, token).await).await;
    assert_eq!(code, 200, "{path}: {v}");
    v["status"].as_str().unwrap().to_string()
}

async fn until_final(base: &str, workflow: &str) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let s = status(base, &format!("{WORKFLOWS}/{workflow}")).await;
        if ["succeeded", "failed", "stopped"].contains(&s.as_str()) {
            return s;
        }
        assert!(["pending", "running"].contains(&s.as_str()), "{s}");
        assert!(std::time::Instant::now() < deadline);
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

fn fast() -> cloudboard::sandbox::Options {
    cloudboard::sandbox::Options {
        workflow_secs: 0.3,
        log_requests: false,
        ..Default::default()
    }
}

#[tokio::test]
async fn each_pair_of_routes_takes_its_own_token_only() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let (code, v) = create_with(&base, CREATE, TOKEN, &body("pub1")).await;
    assert_eq!(code, 201, "{v}");
    assert!(v["_id"].as_str().is_some_and(|s| s.len() == 36), "{v}");
    assert!(v["workflow"].as_str().is_some_and(|s| s.len() == 36), "{v}");
    let (code, v) = create_with(&base, "/cozy/api/v1/instances", PARTNER, &body("part1")).await;
    assert_eq!(code, 201, "{v}");
    let wf = v["workflow"].as_str().unwrap();
    // The sample's workflow route with the partner token; the public ones with the public.
    for (path, token) in [
        (format!("/cozy/api/v1/workflows/{wf}"), PARTNER),
        (format!("{WORKFLOWS}/{wf}"), TOKEN),
        (format!("/cozy/api/public/workflows/{wf}"), TOKEN),
    ] {
        status_with(&base, &path, token).await;
    }
    let (code, _) = create_with(&base, CREATE, PARTNER, &body("pub2")).await;
    assert_eq!(
        code, 401,
        "the partner token does not open the public routes"
    );
    let (code, _) = create_with(&base, "/cozy/api/v1/instances", TOKEN, &body("part2")).await;
    assert_eq!(
        code, 401,
        "the public token does not open the sample's routes"
    );
}

#[tokio::test]
async fn a_cloudery_may_have_only_one_pair_of_routes_or_have_moved() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    set_faults(&base, json!({"cozy": {"routes": "partner"}})).await;
    let (code, _) = create_with(&base, CREATE, TOKEN, &body("gone1")).await;
    assert_eq!(code, 404);
    let (code, _) = create_with(&base, "/cozy/api/v1/instances", PARTNER, &body("here1")).await;
    assert_eq!(code, 201);
    set_faults(&base, json!({"cozy": {"routes": "public"}})).await;
    let (code, _) = create_with(&base, "/cozy/api/v1/instances", PARTNER, &body("gone2")).await;
    assert_eq!(code, 404);
    set_faults(&base, json!({"cozy": {"moved": true}})).await;
    let r = post(&base, CREATE, Some(TOKEN), &body("moved")).await;
    assert_eq!(r.status(), 308);
    assert!(
        r.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("https://")
    );
}

#[tokio::test]
async fn a_workflow_may_be_unknown_for_its_first_looks() {
    let sandbox = start_with(fast()).await;
    let base = sandbox.base_url();
    set_faults(&base, json!({"cozy": {"unknown_polls": 2}})).await;
    let (_, v) = create(&base, CREATE, &body("slowreplica")).await;
    let wf = v["workflow"].as_str().unwrap();
    let path = format!("{WORKFLOWS}/{wf}");
    let look = || async { get(&base, &path, TOKEN).await.status() };
    assert_eq!(look().await, 404);
    assert_eq!(look().await, 404);
    assert_eq!(look().await, 200);
}

#[tokio::test]
async fn refusals_come_in_the_shape_asked_for() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    for (shape, check) in [
        ("errors_map", r#""errors":{"slug":["#),
        ("json_api", r#""pointer":"/data/attributes/slug""#),
        ("message", r#""message":"#),
        ("detail", r#""detail":"#),
        ("text", "cannot be used"),
        ("html", "<html>"),
    ] {
        set_faults(&base, json!({"cozy": {"refusal_shape": shape}})).await;
        let r = post(&base, CREATE, Some(TOKEN), &body("shapely")).await;
        assert_eq!(r.status(), 422, "{shape}");
        let text = r.text().await.unwrap();
        assert!(text.contains(check), "{shape}: {text}");
    }
    set_faults(&base, json!({"cozy": {"refusal_shape": "empty"}})).await;
    let r = post(&base, CREATE, Some(TOKEN), &body("shapely")).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_workflow_goes_pending_running_succeeded_and_the_activation_email_is_sent() {
    let sandbox = start_with(fast()).await;
    let base = sandbox.base_url();
    let (_, v) = create(&base, CREATE, &body("alice")).await;
    let wf = v["workflow"].as_str().unwrap().to_string();
    let first = status(&base, &format!("{WORKFLOWS}/{wf}")).await;
    assert!(["pending", "running"].contains(&first.as_str()), "{first}");
    // The guide's prose spelling of the public workflow route answers the same.
    let s = status(&base, &format!("/cozy/api/public/workflows/{wf}")).await;
    assert!(["pending", "running", "succeeded"].contains(&s.as_str()));
    assert_eq!(until_final(&base, &wf).await, "succeeded");
    let outbox = common::outbox::until(&base, |m| !m.is_empty()).await;
    let mail = &outbox[0];
    assert_eq!(mail["kind"], "email");
    assert_eq!(mail["to"], "alice@example.org");
    let (_, link) = location(mail["link"].as_str().unwrap()).await;
    let prefix =
        format!("{base}/cozy/instances/alice.mycozy.cloud/?onboarding=true&registerToken=");
    assert!(link.starts_with(&prefix), "{link}");
    let token = &link[prefix.len()..];
    assert_eq!(token.len(), 32);
    assert!(
        token
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
    );
}

#[tokio::test]
async fn the_email_lands_when_the_workflow_ends_even_if_nobody_polls() {
    let sandbox = start_with(fast()).await;
    let base = sandbox.base_url();
    create(&base, CREATE, &body("quiet")).await;
    let outbox = common::outbox::until(&base, |m| !m.is_empty()).await;
    assert_eq!(outbox[0]["to"], "quiet@example.org");
}

#[tokio::test]
async fn fail_and_stop_slugs_end_their_way_and_free_the_address() {
    let sandbox = start_with(fast()).await;
    let base = sandbox.base_url();
    let (_, v) = create(&base, CREATE, &body("failme")).await;
    assert_eq!(
        until_final(&base, v["workflow"].as_str().unwrap()).await,
        "failed"
    );
    let (_, v) = create(&base, CREATE, &body("stopme")).await;
    assert_eq!(
        until_final(&base, v["workflow"].as_str().unwrap()).await,
        "stopped"
    );
    let (code, _) = create(&base, CREATE, &body("failme")).await;
    assert_eq!(code, 201, "a failed creation frees its address");
}

#[tokio::test]
async fn refusals_are_401_422_409_with_a_message() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let (code, v) =
        json_of(post(&base, "/cozy/api/v1/instances", None, &body("nokey")).await).await;
    assert_eq!(code, 401);
    assert!(v["error"].is_string());
    let wrong = "Bearer wrong";
    let (code, _) = create_with(&base, "/cozy/api/v1/instances", wrong, &body("nokey")).await;
    assert_eq!(code, 401);
    for (field, value) in [
        ("slug", json!("Alice")),
        ("slug", json!("1alice")),
        ("slug", json!("al-ice")),
        ("slug", json!("a".repeat(31))),
        ("email", json!("not-an-email")),
        ("domain", json!("elsewhere.org")),
        ("locale", json!("de")),
        ("tos", json!("1.0.0")),
        ("tos", json!({"version": "2024-05"})),
        ("slug", json!(42)),
    ] {
        let mut b = body("valid");
        b[field] = value.clone();
        let (code, v) = create(&base, CREATE, &b).await;
        assert_eq!(code, 422, "{field}={value}: {v}");
        assert!(v["error"].as_str().unwrap().contains(field), "{v}");
        assert_eq!(v["field"], field, "the field is named as data too: {v}");
    }
    let (code, v) = create(&base, CREATE, &body("taken")).await;
    assert_eq!(code, 409);
    assert!(v["error"].as_str().unwrap().contains("taken"), "{v}");
    let (code, _) = create(&base, CREATE, &body("twice")).await;
    assert_eq!(code, 201);
    let (code, _) = create(&base, CREATE, &body("twice")).await;
    assert_eq!(code, 409, "an address is taken once created");
    let (code, v) = json_of(get(&base, &format!("{WORKFLOWS}/nope"), TOKEN).await).await;
    assert_eq!(code, 404);
    assert!(v["error"].is_string());
}

async fn activation(base: &str, slug: &str, redirect: Option<&str>) -> String {
    let mut b = body(slug);
    if let Some(r) = redirect {
        b["redirect"] = json!(r);
    }
    create(base, CREATE, &b).await;
    common::outbox::link_to(base, &format!("{slug}@example.org")).await
}

fn hash_fields(fqdn: &str) -> (String, String) {
    let h = cloudboard::crypto::hash_passphrase(
        &secrecy::SecretString::from("correct horse battery"),
        fqdn,
        cloudboard::crypto::MIN_ITERATIONS,
    )
    .unwrap();
    (h.passphrase_hash.clone(), h.protected_key.clone())
}

#[tokio::test]
async fn the_activation_link_goes_to_the_cloudery_then_the_instance_then_its_passphrase_page() {
    let sandbox = start_with(fast()).await;
    let base = sandbox.base_url();
    let link = activation(&base, "bea", None).await;
    assert!(
        link.starts_with(&format!("{base}/cozy/activate/")),
        "{link}"
    );
    assert!(
        !link.contains("registerToken"),
        "the email carries the Cloudery's link"
    );
    let (status, instance) = location(&link).await;
    assert_eq!(status, 302);
    let prefix = format!("{base}/cozy/instances/bea.mycozy.cloud/?onboarding=true&registerToken=");
    assert!(instance.starts_with(&prefix), "{instance}");
    let token = &instance[prefix.len()..];
    assert_eq!(token.len(), 32);
    // The instance keeps every parameter, keys sorted, on an absolute address.
    let (status, page) = location(&format!("{instance}&redirection=drive")).await;
    assert_eq!(status, 303);
    assert_eq!(
        page,
        format!(
            "{base}/cozy/instances/bea.mycozy.cloud/auth/passphrase?onboarding=true&redirection=drive&registerToken={token}"
        )
    );
    assert_eq!(client().get(&page).send().await.unwrap().status(), 200);
}

#[tokio::test]
async fn the_cloudery_s_page_may_want_a_click_and_an_instance_may_use_magic_links() {
    let sandbox = start_with(fast()).await;
    let base = sandbox.base_url();
    set_faults(&base, json!({"cozy": {"activation_click": true}})).await;
    let link = activation(&base, "clicky", None).await;
    let r = client().get(&link).send().await.unwrap();
    assert_eq!(r.status(), 200, "a page, no redirect");
    assert!(r.text().await.unwrap().contains("registerToken="));
    set_faults(&base, json!({"cozy": {"magic_link": true}})).await;
    let link = activation(&base, "magic", None).await;
    let (status, to) = location(&link).await;
    assert_eq!(status, 302);
    assert!(
        to.contains("magic_code=") && !to.contains("registerToken"),
        "{to}"
    );
}

#[tokio::test]
async fn the_passphrase_is_registered_once() {
    let sandbox = start_with(fast()).await;
    let base = sandbox.base_url();
    let link = activation(&base, "bea", None).await;
    let (_, instance) = location(&link).await;
    let token = instance.rsplit('=').next().unwrap().to_string();

    let (hash, key) = hash_fields("bea.mycozy.cloud");
    let url = format!("{base}/cozy/instances/bea.mycozy.cloud/settings/passphrase");
    let send = |b: Value| {
        let url = url.clone();
        async move { json_of(client().post(url).json(&b).send().await.unwrap()).await }
    };
    let ok = json!({"register_token": token, "passphrase": hash, "iterations": 50000, "hint": "a horse", "key": key});
    let detail = |v: &Value| v["errors"][0]["detail"].as_str().unwrap_or("").to_string();

    let (code, v) =
        send(json!({"register_token": "zz", "passphrase": hash, "iterations": 650000})).await;
    assert_eq!((code, detail(&v).as_str()), (400, "Invalid register token"));
    let (code, v) =
        send(json!({"register_token": "0".repeat(32), "passphrase": hash, "iterations": 650000}))
            .await;
    assert_eq!((code, detail(&v).as_str()), (400, "Invalid register token"));
    let (code, v) =
        send(json!({"register_token": token, "passphrase": "", "iterations": 650000})).await;
    assert_eq!((code, detail(&v).as_str()), (400, "Missing new passphrase"));
    let (code, v) =
        send(json!({"register_token": token, "passphrase": hash, "iterations": 1000})).await;
    assert_eq!(code, 422);
    assert!(detail(&v).contains("too low"), "{v}");
    assert_eq!(v["errors"][0]["source"]["parameter"], "KdfIterations");
    let (code, v) =
        send(json!({"register_token": token, "passphrase": hash, "iterations": 6_000_000})).await;
    assert_eq!(code, 422);
    assert!(detail(&v).contains("too high"), "{v}");
    assert_eq!(v["errors"][0]["status"], "422");
    let (code, _) = send(
        json!({"register_token": token, "passphrase": "plain passphrase", "iterations": 650000}),
    )
    .await;
    assert_eq!(code, 400, "the plain passphrase is refused");

    // The body is read by its Content-Type, as cozy-stack's binder does.
    let raw = |content_type: Option<&'static str>| {
        let url = url.clone();
        let body = ok.to_string();
        async move {
            let mut request = client().post(url).body(body);
            if let Some(t) = content_type {
                request = request.header("Content-Type", t);
            }
            request.send().await.unwrap().status().as_u16()
        }
    };
    assert_eq!(raw(None).await, 415);
    assert_eq!(raw(Some("application/vnd.api+json")).await, 415);
    assert_eq!(raw(Some("application/x-www-form-urlencoded")).await, 400);
    let (code, v) = send(ok.clone()).await;
    assert_eq!(code, 200, "{v}");
    assert!(v["redirect"].as_str().unwrap().contains("bea.mycozy.cloud"));
    let (code, v) = send(ok).await;
    assert_eq!(
        (code, detail(&v).as_str()),
        (400, "Empty register token"),
        "spent: cozy-stack's words"
    );
}

#[tokio::test]
async fn with_a_redirect_the_link_is_the_universal_link() {
    let sandbox = start_with(fast()).await;
    let base = sandbox.base_url();
    let link = activation(&base, "mob", Some("https://app.example.org/onboarding")).await;
    let (_, link) = location(&link).await;
    let url = url::Url::parse(&link).unwrap();
    assert_eq!(url.host_str(), Some("app.example.org"));
    let q: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
    assert_eq!(q["fqdn"], "mob.mycozy.cloud");
    assert_eq!(q["registerToken"].len(), 32);
}

#[tokio::test]
async fn the_web_onboarding_page_answers_for_the_partner() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let r = client()
        .get(format!(
            "{base}/cozy/v2/cozy/onboard?email=a%40b.org&slug=ab"
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let text = r.text().await.unwrap();
    assert!(text.contains("a@b.org"));
    let r = client()
        .get(format!("{base}/cozy/v2/nobody/onboard"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
}
