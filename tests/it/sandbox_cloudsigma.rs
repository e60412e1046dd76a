//! CloudSigma in the sandbox, over real HTTP: accounts, confirmation, the cookie session
//! with CSRF, Basic auth, who am I, profile, balance, sign out, and the error array.

use crate::common;

use common::sandbox::{client, json_of, start};
use serde_json::{Value, json};

const API: &str = "/cloudsigma/api/2.0";

struct Session {
    csrf: String,
    id: String,
}

async fn action(
    base: &str,
    what: &str,
    body: Value,
    session: Option<&Session>,
    csrf: bool,
) -> (u16, Value, Vec<String>) {
    let mut request = client()
        .post(format!("{base}{API}/accounts/action/?do={what}"))
        .json(&body);
    if let Some(s) = session {
        request = request.header(
            "Cookie",
            format!("csrftoken={}; sessionid={}", s.csrf, s.id),
        );
        if csrf {
            request = request
                .header("X-CSRFToken", &s.csrf)
                .header("Referer", format!("{base}{API}/"));
        }
    }
    let response = request.send().await.unwrap();
    let cookies = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    let (status, value) = json_of(response).await;
    (status, value, cookies)
}

/// demo's credentials, as `login` takes them.
fn demo() -> Value {
    json!({"username": "demo@example.org", "password": "demo-password"})
}

/// An action without a session.
async fn anonymous(base: &str, what: &str, body: Value) -> (u16, Value, Vec<String>) {
    action(base, what, body, None, false).await
}

/// `check_login` in `session`, with its CSRF header: the status and the answer.
async fn check_login(base: &str, session: &Session) -> (u16, Value) {
    let (status, v, _) = action(base, "check_login", json!({}), Some(session), true).await;
    (status, v)
}

/// The session the cookies a sign-in set open.
fn session_of(cookies: &[String]) -> Session {
    Session {
        csrf: cookie_value(cookies, "csrftoken"),
        id: cookie_value(cookies, "sessionid"),
    }
}

fn cookie_value(cookies: &[String], name: &str) -> String {
    cookies
        .iter()
        .find_map(|c| c.strip_prefix(&format!("{name}=")))
        .and_then(|c| c.split(';').next())
        .unwrap()
        .to_string()
}

async fn sign_in(base: &str, user: &str, password: &str) -> Session {
    let (status, v, cookies) = anonymous(
        base,
        "login",
        json!({"username": user, "password": password}),
    )
    .await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v, json!({}));
    assert!(
        cookies
            .iter()
            .any(|c| c.starts_with("sessionid=") && c.contains("HttpOnly")),
        "{cookies:?}"
    );
    session_of(&cookies)
}

async fn get(base: &str, path: &str, session: Option<&Session>) -> (u16, Value) {
    let mut request = client().get(format!("{base}{API}/{path}"));
    if let Some(s) = session {
        request = request.header(
            "Cookie",
            format!("csrftoken={}; sessionid={}", s.csrf, s.id),
        );
    }
    json_of(request.send().await.unwrap()).await
}

#[tokio::test]
async fn sign_in_session_whoami_profile_balance_and_sign_out() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let session = sign_in(&base, "demo@example.org", "demo-password").await;
    assert_eq!(check_login(&base, &session).await.0, 200);
    let (status, v, _) = action(
        &base,
        "check_login_with_return_uuid",
        json!({}),
        Some(&session),
        true,
    )
    .await;
    assert_eq!(status, 200);
    let uuid = v["uuid"].as_str().unwrap().to_string();
    let (status, profile) = get(&base, "profile/", Some(&session)).await;
    assert_eq!(status, 200);
    assert_eq!(profile["email"], "demo@example.org");
    assert_eq!(profile["uuid"], uuid.as_str());
    assert!(profile["state"].is_string());
    let (status, balance) = get(&base, "balance/", Some(&session)).await;
    assert_eq!(status, 200);
    assert!(
        balance["balance"].is_string() && balance["currency"].is_string(),
        "{balance}"
    );
    let (status, _, cookies) = action(&base, "logout", json!({}), Some(&session), true).await;
    assert_eq!(status, 200);
    assert!(
        cookies.iter().any(|c| c.starts_with("sessionid=;")),
        "{cookies:?}"
    );
    let (status, v) = check_login(&base, &session).await;
    assert_eq!(status, 401, "both cookies stop working");
    assert_eq!(v[0]["error_type"], "permission");
    let (status, _) = get(&base, "profile/", Some(&session)).await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn csrf_is_required_with_a_session_and_a_wrong_password_is_401() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let session = sign_in(&base, "demo@example.org", "demo-password").await;
    let (status, v, _) = action(&base, "check_login", json!({}), Some(&session), false).await;
    assert_eq!(status, 403);
    assert_eq!(v[0]["error_type"], "permission");
    let wrong = Session {
        csrf: "x".repeat(64),
        id: session.id.clone(),
    };
    let r = client()
        .post(format!("{base}{API}/accounts/action/?do=check_login"))
        .header(
            "Cookie",
            format!("csrftoken={}; sessionid={}", session.csrf, session.id),
        )
        .header("X-CSRFToken", &wrong.csrf)
        .header("Referer", &base)
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403, "a token other than the session's");
    let (status, _) = get(&base, "profile/", Some(&session)).await;
    assert_eq!(status, 200, "GET needs no CSRF header");
    let nope = json!({"username": "demo@example.org", "password": "nope"});
    let (status, v, _) = anonymous(&base, "login", nope).await;
    assert_eq!(status, 401);
    assert!(v.is_array());
}

#[tokio::test]
async fn basic_auth_works_on_every_route() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let ok = client()
        .get(format!("{base}{API}/balance/"))
        .basic_auth("demo@example.org", Some("demo-password"))
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
    let bad = client()
        .post(format!("{base}{API}/accounts/action/?do=check_login"))
        .basic_auth("demo@example.org", Some("nope"))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 401);
    let (status, v) = json_of(
        client()
            .post(format!(
                "{base}{API}/accounts/action/?do=check_login_with_return_uuid"
            ))
            .basic_auth("demo@example.org", Some("demo-password"))
            .json(&json!({}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 200);
    assert!(v["uuid"].is_string());
}

#[tokio::test]
async fn create_confirm_by_the_emailed_page_then_sign_in() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let new = json!({"email": "new@example.org", "promo": null});
    let (status, v, _) = anonymous(&base, "create", new).await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["success"], true);
    assert!(v["uuid"].is_string());
    let unconfirmed = json!({"username": "new@example.org", "password": "whatever1"});
    let (status, v, _) = anonymous(&base, "login", unconfirmed).await;
    assert_eq!(status, 401, "not confirmed yet");
    assert!(v[0]["error_message"].as_str().unwrap().contains("confirm"));
    let outbox = common::outbox::until(&base, |m| !m.is_empty()).await;
    let link = outbox[0]["link"].as_str().unwrap().to_string();
    assert!(
        link.starts_with(&format!("{base}/cloudsigma/confirm/")),
        "{link}"
    );
    let page = client().get(&link).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("<form"));
    let mismatch = set_password(&link, "s3cret-pass", "other-pass").await;
    assert_eq!(mismatch.status(), 400);
    let short = set_password(&link, "short", "short").await;
    assert_eq!(short.status(), 400);
    let done = set_password(&link, "s3cret-pass", "s3cret-pass").await;
    assert_eq!(done.status(), 200);
    let again = client().get(&link).send().await.unwrap();
    assert_eq!(again.status(), 404, "the link is used once");
    sign_in(&base, "new@example.org", "s3cret-pass").await;
}

#[tokio::test]
async fn create_validation_errors_name_their_field() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    for (body, point) in [
        (json!({}), "email"),
        (json!({"email": "not-an-email"}), "email"),
        (json!({"email": "demo@example.org"}), "email"),
        (json!({"email": "x@example.org", "promo": "NOPE"}), "promo"),
        (json!({"email": "x@example.org", "promo": 5}), "promo"),
        (json!({"email": 5}), "email"),
    ] {
        let (status, v, _) = anonymous(&base, "create", body.clone()).await;
        assert_eq!(status, 400, "{body}: {v}");
        assert_eq!(v[0]["error_type"], "validation", "{v}");
        assert_eq!(v[0]["error_point"], point, "{body}: {v}");
    }
    let promo = json!({"email": "x@example.org", "promo": "WELCOME2026"});
    assert_eq!(anonymous(&base, "create", promo).await.0, 200);
    let no_password = json!({"username": "demo@example.org"});
    let (status, v, _) = anonymous(&base, "login", no_password).await;
    assert_eq!(status, 400);
    assert_eq!(v[0]["error_point"], "password");
}

/// Submits the confirmation page's form as a browser does.
async fn set_password(link: &str, password: &str, again: &str) -> reqwest::Response {
    let body: String = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("password", password)
        .append_pair("password2", again)
        .finish();
    client()
        .post(link)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap()
}

/// general.rst's cookies: `csrftoken` for 364 days, `sessionid` (httponly) for 14, each with
/// `Max-Age` and `expires`.
#[tokio::test]
async fn the_sign_in_sets_both_cookies_with_their_lifetimes() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let (status, _, cookies) = anonymous(&base, "login", demo()).await;
    assert_eq!(status, 200);
    let line = |name: &str| {
        cookies
            .iter()
            .find(|c| c.starts_with(&format!("{name}=")))
            .unwrap()
            .clone()
    };
    let csrf = line("csrftoken");
    assert!(csrf.contains("Max-Age=31449600"), "{csrf}");
    assert!(
        csrf.contains("expires=") && csrf.ends_with("SameSite=Lax"),
        "{csrf}"
    );
    let session = line("sessionid");
    assert!(session.contains("Max-Age=1209600"), "{session}");
    assert!(
        session.contains("HttpOnly") && session.contains("GMT"),
        "{session}"
    );
}

/// A session ends when its cookie does, by the sandbox's clock; the fault makes it sooner.
#[tokio::test]
async fn a_session_expires_after_fourteen_days_or_as_the_fault_says() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let session = sign_in(&base, "demo@example.org", "demo-password").await;
    common::sandbox::advance_clock(&base, 1_209_590.0).await;
    assert_eq!(
        check_login(&base, &session).await.0,
        200,
        "still on just before the end"
    );
    common::sandbox::advance_clock(&base, 11.0).await;
    let (status, v) = check_login(&base, &session).await;
    assert_eq!(status, 401, "ended: no session at all");
    assert_eq!(v[0]["error_type"], "permission");
    let (status, _) = get(&base, "profile/", Some(&session)).await;
    assert_eq!(status, 401);

    common::sandbox::set_faults(&base, json!({"cloudsigma_session_secs": 30})).await;
    let (_, _, cookies) = anonymous(&base, "login", demo()).await;
    assert!(
        cookies
            .iter()
            .any(|c| c.starts_with("sessionid=") && c.contains("Max-Age=30;")),
        "{cookies:?}"
    );
    let short = session_of(&cookies);
    common::sandbox::advance_clock(&base, 31.0).await;
    assert_eq!(check_login(&base, &short).await.0, 401);
}

/// A body with fields needs a Content-Type; an empty object, as the docs send to
/// `check_login` and `logout`, does not.
#[tokio::test]
async fn a_body_needs_a_content_type_unless_it_is_empty() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let sent = |what: &str, content_type: Option<&str>, body: &'static str| {
        let mut request = client().post(format!("{base}{API}/accounts/action/?do={what}"));
        if let Some(content_type) = content_type {
            request = request.header("Content-Type", content_type);
        }
        async move { json_of(request.body(body).send().await.unwrap()).await }
    };
    let new = r#"{"email": "new@example.org", "promo": null}"#;
    let (status, v) = sent("create", None, new).await;
    assert_eq!(status, 400, "{v}");
    assert_eq!(v[0]["error_type"], "validation");
    assert!(
        v[0]["error_message"]
            .as_str()
            .unwrap()
            .contains("Content-Type")
    );
    let (status, _) = sent("check_login", None, "{}").await;
    assert_eq!(status, 401, "read, and answered: not signed in");
    // Any type is read as JSON: curl -d sends a form type.
    let form = Some("application/x-www-form-urlencoded");
    let (status, _) = sent("create", form, new).await;
    assert_eq!(status, 200);
}

/// Only the `error_type`s errors.rst documents, on every refusal the sandbox makes.
#[tokio::test]
async fn every_error_uses_a_documented_error_type() {
    const DOCUMENTED: [&str; 8] = [
        "validation",
        "notexist",
        "backend",
        "permission",
        "database",
        "concurrency",
        "billing",
        "payment",
    ];
    let sandbox = start().await;
    let base = sandbox.base_url();
    let session = sign_in(&base, "demo@example.org", "demo-password").await;
    let wrong = json!({"username": "demo@example.org", "password": "x"});
    let mut answers = vec![
        anonymous(&base, "login", wrong).await.1,
        anonymous(&base, "login", json!({})).await.1,
        anonymous(&base, "check_login", json!({})).await.1,
        action(&base, "check_login", json!({}), Some(&session), false)
            .await
            .1,
        anonymous(&base, "nothing", json!({})).await.1,
        anonymous(&base, "create", json!({"email": "nope"})).await.1,
        get(&base, "profile/", None).await.1,
        get(&base, "no/such/thing/", None).await.1,
    ];
    common::sandbox::set_faults(&base, json!({"error_rate": 1.0})).await;
    answers.push(get(&base, "balance/", Some(&session)).await.1);
    for answer in answers {
        let kind = answer[0]["error_type"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert!(DOCUMENTED.contains(&kind.as_str()), "{answer}");
    }
}

/// `GET locations/` in the documentation's shape: paginated `{"meta", "objects"}`, the dump's
/// seventeen locations (with LLA and MTY, without LON), no credentials needed.
#[tokio::test]
async fn the_locations_are_listed_page_by_page_as_the_dump_shows() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let (status, all) = get(&base, "locations/?limit=0", None).await;
    assert_eq!(status, 200, "{all}");
    assert_eq!(
        all["meta"],
        json!({"limit": 0, "offset": 0, "total_count": 17})
    );
    let objects = all["objects"].as_array().unwrap();
    assert_eq!(objects.len(), 17);
    let zrh = &objects[0];
    assert_eq!(zrh["id"], "ZRH");
    assert_eq!(zrh["display_name"], "Zurich, Switzerland");
    assert_eq!(zrh["country_code"], "CH");
    assert_eq!(zrh["api_endpoint"], "https://zrh.cloudsigma.com/api/2.0/");
    assert_eq!(
        zrh["websocket_url"],
        "wss://direct.zrh.cloudsigma.com/websocket"
    );
    let codes: Vec<&str> = objects.iter().map(|o| o["id"].as_str().unwrap()).collect();
    assert!(
        codes.contains(&"MTY") && codes.contains(&"LLA"),
        "{codes:?}"
    );
    assert!(
        !codes.contains(&"LON") && !codes.contains(&"SJC"),
        "{codes:?}"
    );
    let (_, first) = get(&base, "locations/", None).await;
    assert_eq!(first["meta"]["limit"], 20, "a page unless asked otherwise");
    let (_, page) = get(&base, "locations/?limit=5&offset=15", None).await;
    assert_eq!(page["objects"].as_array().unwrap().len(), 2);
    assert_eq!(page["objects"][1]["id"], "ADB");
    let (status, bad) = get(&base, "locations/?limit=x", None).await;
    assert_eq!(status, 400);
    assert_eq!(bad[0]["error_point"], "limit");
}
