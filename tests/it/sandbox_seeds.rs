//! The founding documents' own example requests, sent with their bodies exactly as published
//! (byte for byte, with curl's form content type where curl -d sends one, as PROVIDERS.md
//! reads CloudSigma's login example too), answering what the documents say. CloudSigma's
//! `{}` bodies go without a Content-Type, as printed: an empty object needs none. Only the host, the documents' placeholders (named below) and values a
//! previous step returned are substituted.

use crate::common;

use common::outbox;
use common::sandbox::{client, start_with};
use serde_json::Value;

/// The placeholders the documents ask the reader to replace, and what the sandbox's
/// fixtures replace them with.
fn fill(text: &str, pairs: &[(&str, &str)]) -> String {
    let mut text = text.to_string();
    for (placeholder, value) in pairs {
        text = text.replace(placeholder, value);
    }
    text
}

/// `curl -d BODY URL`, BODY a document's example with its placeholders filled by `pairs`:
/// a POST whose body is sent as is, typed as a form.
async fn curl_d(url: &str, example: &str, pairs: &[(&str, &str)]) -> reqwest::Response {
    client()
        .post(url)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "*/*")
        .body(fill(example, pairs))
        .send()
        .await
        .unwrap()
}

// The Cleura guide, "Without 2FA".
const CLEURA_TOKEN: &str =
    r#"{"auth": {"login": "your_cc_username", "password": "your_cc_password"}}"#;
// "With 2FA".
const CLEURA_TOKEN_2FA: &str = r#"{"auth": {"login": "your_cc_username", "password": "your_cc_password", "twofa_method": "sms"}}"#;
const CLEURA_REQUEST_CODE: &str =
    r#"{"request2fa": {"login": "your_cc_username", "verification": "ahb4en3cho"}}"#;
const CLEURA_VERIFY: &str =
    r#"{"verify2fa": {"login": "your_cc_username", "verification": "ahb4en3cho", "code": 123456}}"#;

#[tokio::test]
async fn the_cleura_guide_without_2fa() {
    let sandbox = start_with(Default::default()).await;
    let host = format!("{}/cleura", sandbox.base_url());
    let fixture = [
        ("your_cc_username", "alice"),
        ("your_cc_password", "alice-password"),
    ];
    let r = curl_d(&format!("{host}/auth/v1/tokens"), CLEURA_TOKEN, &fixture).await;
    assert_eq!(r.status(), 200);
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["result"], "login_ok");
    let token = v["token"].as_str().unwrap();
    // curl -H "X-AUTH-LOGIN: your_cc_username" -H "X-AUTH-TOKEN: …" …/domains
    let r = client()
        .get(format!("{host}/accesscontrol/v1/openstack/domains"))
        .header("X-AUTH-LOGIN", "alice")
        .header("X-AUTH-TOKEN", token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let domains: Value = r.json().await.unwrap();
    let names: Vec<&str> = domains
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["area"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["Sweden / Stockholm", "Germany / Frankfurt", "Europe"]
    );
    assert!(
        domains
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["status"] == "provisioned" && d["enabled"] == true)
    );
}

#[tokio::test]
async fn the_cleura_guide_with_2fa() {
    let sandbox = start_with(Default::default()).await;
    let base = sandbox.base_url();
    let host = format!("{base}/cleura");
    let fixture = [
        ("your_cc_username", "bob"),
        ("your_cc_password", "bob-password"),
    ];
    let r = curl_d(
        &format!("{host}/auth/v1/tokens"),
        CLEURA_TOKEN_2FA,
        &fixture,
    )
    .await;
    assert_eq!(r.status(), 200);
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["result"], "twofactor_required");
    assert_eq!(v["type"], "sms");
    let verification = v["verification"].as_str().unwrap().to_string();
    let returned = [
        ("your_cc_username", "bob"),
        ("ahb4en3cho", verification.as_str()),
    ];
    let url = format!("{host}/auth/v1/tokens/request2facode");
    let r = curl_d(&url, CLEURA_REQUEST_CODE, &returned).await;
    assert_eq!(r.status(), 204);
    let outbox = outbox::until(&base, |m| !m.is_empty()).await;
    let code = outbox[0]["code"]
        .as_str()
        .unwrap()
        .trim_start_matches('0')
        .to_string();
    let code = if code.is_empty() {
        "0".to_string()
    } else {
        code
    };
    let with_code = [
        ("your_cc_username", "bob"),
        ("ahb4en3cho", verification.as_str()),
        ("123456", code.as_str()),
    ];
    let url = format!("{host}/auth/v1/tokens/verify2fa");
    let r = curl_d(&url, CLEURA_VERIFY, &with_code).await;
    assert_eq!(r.status(), 200);
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["result"], "login_ok");
    assert!(v["token"].as_str().is_some_and(|t| !t.is_empty()));
}

#[tokio::test]
async fn the_cloudery_python_polling_loop() {
    // requests.post(base_url + '/v1/instances', headers=headers, json={...}), then
    // requests.get(base_url + '/v1/workflows/' + workflow) until a final status.
    let sandbox = start_with(cloudboard::sandbox::Options {
        workflow_secs: 0.5,
        log_requests: false,
        ..Default::default()
    })
    .await;
    let base_url = format!("{}/cozy/api", sandbox.base_url());
    // The guide's 'xxxx': its sample's routes take the partner token (the public routes,
    // which its prose names, take the public one).
    let token = "sandbox-partner-token";
    let body = serde_json::json!({
        "offer": "some_offer",
        "email": "foo@example.org",
        "slug": "foo", "domain": "example.org"
    });
    let answer = |request: reqwest::RequestBuilder| async {
        let sent = request
            .header("Authorization", format!("Bearer {token}"))
            .send();
        sent.await.unwrap().json::<Value>().await.unwrap()
    };
    let response = answer(
        client()
            .post(format!("{base_url}/v1/instances"))
            .json(&body),
    )
    .await;
    let workflow = response["workflow"].as_str().unwrap().to_string();
    let mut polls = 0;
    let status = loop {
        let response = answer(client().get(format!("{base_url}/v1/workflows/{workflow}"))).await;
        let status = response["status"].as_str().unwrap().to_string();
        if ["succeeded", "failed", "stopped"].contains(&status.as_str()) {
            break status;
        }
        polls += 1;
        assert!(polls < 10_000, "the workflow never ended");
        // The guide's loop has no sleep; a short one keeps this test light.
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    };
    assert_eq!(status, "succeeded");
    let outbox = outbox::until(&sandbox.base_url(), |m| !m.is_empty()).await;
    assert_eq!(outbox[0]["to"], "foo@example.org");
}

// CloudSigma's request dumps: the login body as printed (single quotes, a blank line).
const SIGMA_LOGIN: &str = "{\n'username':'123@asd.com',\n'password':'parola'\n\n}";
const SIGMA_EMPTY: &str = "{}";
const SIGMA_UUID_BODY: &str = r#"{"username": "email", "password":"passwd"}"#;

#[tokio::test]
async fn the_cloudsigma_dumps() {
    let sandbox = start_with(Default::default()).await;
    let api = format!("{}/cloudsigma/api/2.0", sandbox.base_url());
    let fixture = [
        ("123@asd.com", "demo@example.org"),
        ("parola", "demo-password"),
    ];
    // POST /accounts/action/?do=login, the body as printed. The dump shows no Content-Type,
    // which general.rst requires of a body: PROVIDERS.md reads the example as sent by
    // `curl -d`, with curl's form type, which the service (and the sandbox) reads as JSON.
    let r = curl_d(
        &format!("{api}/accounts/action/?do=login"),
        SIGMA_LOGIN,
        &fixture,
    )
    .await;
    assert_eq!(r.status(), 200);
    let cookies: Vec<String> = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_string())
        .collect();
    assert!(cookies.iter().any(|c| c.starts_with("csrftoken=")));
    assert!(cookies.iter().any(|c| c.starts_with("sessionid=")));
    let csrf = cookies
        .iter()
        .find_map(|c| c.strip_prefix("csrftoken="))
        .unwrap()
        .to_string();
    let cookie_header = cookies.join("; ");
    // An action with {}, as a browser-like client sends it: the CSRF header with its session.
    let action = |name: &str| {
        client()
            .post(format!("{api}/accounts/action/?do={name}"))
            .header("Accept", "application/json")
            .header("Cookie", &cookie_header)
            .header("X-CSRFToken", &csrf)
            .header("Referer", format!("{api}/"))
            .body(SIGMA_EMPTY)
            .send()
    };
    assert_eq!(action("check_login").await.unwrap().status(), 200);
    // The check_login_with_return_uuid curl: stale cookies, a Referer, credentials in the body.
    let uuid_fixture = [
        ("\"email\"", "\"demo@example.org\""),
        ("\"passwd\"", "\"demo-password\""),
    ];
    let r = client()
        .post(format!("{api}/accounts/action/?do=check_login_with_return_uuid"))
        .header(
            "Cookie",
            "csrftoken=zIiunVyYStnrRXxB1CmatfKsosHuaI6gYJw1P88r18pFCZ3YklNR7uEqEcQQOdze; sessionid=esqi1j0bpe2cto9ca59hw1k1kw7m95xd",
        )
        .header("Referer", "https://tbc.cloudsigma.com/ui/5.0/passs")
        .header("Content-Type", "application/json")
        .body(fill(SIGMA_UUID_BODY, &uuid_fixture))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let v: Value = r.json().await.unwrap();
    assert!(v["uuid"].is_string(), "{v}");
    assert_eq!(action("logout").await.unwrap().status(), 200);
}
