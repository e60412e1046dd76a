//! The Cloudery and new instances in the sandbox, over real HTTP: every documented request,
//! answer and error of PROVIDERS.md §1.

mod common;

use common::sandbox::{client, json, outbox_until, start, start_with};
use serde_json::{Value, json};

const TOKEN: &str = "Bearer sandbox-token";

fn body(slug: &str) -> Value {
    json!({
        "offer": "cozy_default",
        "email": format!("{slug}@example.org"),
        "slug": slug,
        "domain": "mycozy.cloud",
        "tos": {"version": "2024-05"},
        "locale": "en",
    })
}

async fn create(base: &str, path: &str, body: &Value) -> (u16, Value) {
    json(
        client()
            .post(format!("{base}{path}"))
            .header("Authorization", TOKEN)
            .json(body)
            .send()
            .await
            .unwrap(),
    )
    .await
}

async fn status(base: &str, path: &str) -> String {
    let (code, v) = json(
        client()
            .get(format!("{base}{path}"))
            .header("Authorization", TOKEN)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(code, 200, "{v}");
    v["status"].as_str().unwrap().to_string()
}

async fn until_final(base: &str, workflow: &str) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let s = status(base, &format!("/cozy/api/v1/workflows/{workflow}")).await;
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
async fn create_answers_201_with_an_id_and_a_workflow_on_every_documented_path() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    for (i, path) in [
        "/cozy/api/v1/instances",
        "/cozy/api/public/instances",
        "/cozy/public/instances",
    ]
    .iter()
    .enumerate()
    {
        let (code, v) = create(&base, path, &body(&format!("path{i}"))).await;
        assert_eq!(code, 201, "{path}: {v}");
        assert!(v["_id"].as_str().is_some_and(|s| s.len() == 36), "{v}");
        assert!(v["workflow"].as_str().is_some_and(|s| s.len() == 36), "{v}");
    }
}

#[tokio::test]
async fn a_workflow_goes_pending_running_succeeded_and_the_activation_email_is_sent() {
    let sandbox = start_with(fast()).await;
    let base = sandbox.base_url();
    let (_, v) = create(&base, "/cozy/api/v1/instances", &body("alice")).await;
    let wf = v["workflow"].as_str().unwrap().to_string();
    let first = status(&base, &format!("/cozy/api/v1/workflows/{wf}")).await;
    assert!(["pending", "running"].contains(&first.as_str()), "{first}");
    // Every documented spelling of the workflow path answers the same.
    for path in [
        format!("/cozy/api/public/workflows/{wf}"),
        format!("/cozy/api/v1/public/workflows/{wf}"),
    ] {
        let s = status(&base, &path).await;
        assert!(["pending", "running", "succeeded"].contains(&s.as_str()));
    }
    assert_eq!(until_final(&base, &wf).await, "succeeded");
    let outbox = outbox_until(&base, |m| !m.is_empty()).await;
    let mail = &outbox[0];
    assert_eq!(mail["kind"], "email");
    assert_eq!(mail["to"], "alice@example.org");
    let link = mail["link"].as_str().unwrap();
    let prefix = format!("{base}/cozy/instances/alice.mycozy.cloud/?registerToken=");
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
    create(&base, "/cozy/api/v1/instances", &body("quiet")).await;
    let outbox = outbox_until(&base, |m| !m.is_empty()).await;
    assert_eq!(outbox[0]["to"], "quiet@example.org");
}

#[tokio::test]
async fn fail_and_stop_slugs_end_their_way_and_free_the_address() {
    let sandbox = start_with(fast()).await;
    let base = sandbox.base_url();
    let (_, v) = create(&base, "/cozy/api/v1/instances", &body("failme")).await;
    assert_eq!(
        until_final(&base, v["workflow"].as_str().unwrap()).await,
        "failed"
    );
    let (_, v) = create(&base, "/cozy/api/v1/instances", &body("stopme")).await;
    assert_eq!(
        until_final(&base, v["workflow"].as_str().unwrap()).await,
        "stopped"
    );
    let (code, _) = create(&base, "/cozy/api/v1/instances", &body("failme")).await;
    assert_eq!(code, 201, "a failed creation frees its address");
}

#[tokio::test]
async fn refusals_are_401_422_409_with_a_message() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let (code, v) = json(
        client()
            .post(format!("{base}/cozy/api/v1/instances"))
            .json(&body("nokey"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(code, 401);
    assert!(v["error"].is_string());
    let (code, _) = json(
        client()
            .post(format!("{base}/cozy/api/v1/instances"))
            .header("Authorization", "Bearer wrong")
            .json(&body("nokey"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(code, 401);
    for (field, value) in [
        ("slug", json!("Alice")),
        ("slug", json!("1alice")),
        ("slug", json!("al-ice")),
        ("slug", json!("a".repeat(31))),
        ("email", json!("not-an-email")),
        ("domain", json!("elsewhere.org")),
        ("locale", json!("de")),
        ("tos", json!("2024-05")),
        ("slug", json!(42)),
    ] {
        let mut b = body("valid");
        b[field] = value.clone();
        let (code, v) = create(&base, "/cozy/api/v1/instances", &b).await;
        assert_eq!(code, 422, "{field}={value}: {v}");
        assert!(v["error"].as_str().unwrap().contains(field), "{v}");
    }
    let (code, v) = create(&base, "/cozy/api/v1/instances", &body("taken")).await;
    assert_eq!(code, 409);
    assert!(v["error"].as_str().unwrap().contains("taken"), "{v}");
    let (code, _) = create(&base, "/cozy/api/v1/instances", &body("twice")).await;
    assert_eq!(code, 201);
    let (code, _) = create(&base, "/cozy/api/v1/instances", &body("twice")).await;
    assert_eq!(code, 409, "an address is taken once created");
    let (code, v) = json(
        client()
            .get(format!("{base}/cozy/api/v1/workflows/nope"))
            .header("Authorization", TOKEN)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(code, 404);
    assert!(v["error"].is_string());
}

async fn activation(base: &str, slug: &str, redirect: Option<&str>) -> String {
    let mut b = body(slug);
    if let Some(r) = redirect {
        b["redirect"] = json!(r);
    }
    create(base, "/cozy/api/v1/instances", &b).await;
    let to = format!("{slug}@example.org");
    let outbox = outbox_until(base, |m| m.iter().any(|x| x["to"] == to.as_str())).await;
    outbox
        .iter()
        .find(|x| x["to"] == to.as_str())
        .and_then(|x| x["link"].as_str())
        .unwrap()
        .to_string()
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
async fn the_activation_link_redirects_and_the_passphrase_is_registered_once() {
    let sandbox = start_with(fast()).await;
    let base = sandbox.base_url();
    let link = activation(&base, "bea", None).await;
    let token = link.rsplit('=').next().unwrap().to_string();
    let r = client().get(&link).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let location = r.headers()["location"].to_str().unwrap();
    assert!(
        location.starts_with("/cozy/instances/bea.mycozy.cloud/"),
        "{location}"
    );
    assert!(location.contains(&token));

    let (hash, key) = hash_fields("bea.mycozy.cloud");
    let url = format!("{base}/cozy/instances/bea.mycozy.cloud/settings/passphrase");
    let send = |b: Value| {
        let url = url.clone();
        async move { json(client().post(url).json(&b).send().await.unwrap()).await }
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

    let (code, v) = send(ok.clone()).await;
    assert_eq!(code, 200, "{v}");
    assert!(v["redirect"].as_str().unwrap().contains("bea.mycozy.cloud"));
    let (code, v) = send(ok).await;
    assert_eq!(
        (code, detail(&v).as_str()),
        (400, "Invalid register token"),
        "spent"
    );
}

#[tokio::test]
async fn with_a_redirect_the_link_is_the_universal_link() {
    let sandbox = start_with(fast()).await;
    let base = sandbox.base_url();
    let link = activation(&base, "mob", Some("https://app.example.org/onboarding")).await;
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
