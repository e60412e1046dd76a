//! The Cleura client against the sandbox, for both API versions: sign-in with and without
//! the SMS factor, the code as a JSON integer on the wire, tokens, domains, projects, and
//! the number of requests an SMS sign-in and the region list take.

mod common;

use cloudboard::api::ApiError;
use cloudboard::api::cleura::{Cleura, SignIn};
use cloudboard::config::CleuraApi;
use common::sandbox::{client, outbox_until, start, stats};
use secrecy::SecretString;
use serde_json::Value;

fn pw(s: &str) -> SecretString {
    SecretString::from(s.to_string())
}

async fn last_code(base: &str, count: usize) -> u32 {
    let outbox = outbox_until(base, |m| m.len() >= count).await;
    outbox[count - 1]["code"].as_str().unwrap().parse().unwrap()
}

#[tokio::test]
async fn an_sms_sign_in_and_the_region_list_take_four_requests_in_both_versions() {
    for (i, api) in [CleuraApi::V1, CleuraApi::V2].into_iter().enumerate() {
        let sandbox = start().await;
        let base = sandbox.base_url();
        let http = client();
        let cleura = Cleura::new(&http, &format!("{base}/cleura"), api);
        let before = stats(&base).await.requests;
        let SignIn::Verification(v) = cleura.sign_in("bob", &pw("bob-password")).await.unwrap()
        else {
            panic!("{api:?}: a code is needed")
        };
        cleura.request_code("bob", &v).await.unwrap();
        let code = last_code(&base, 1).await;
        let token = cleura.verify("bob", &v, code).await.unwrap();
        let domains = cleura.domains("bob", &token).await.unwrap();
        let tags: Vec<_> = domains
            .iter()
            .map(|d| d.area.regions[0].tag.clone())
            .collect();
        assert_eq!(tags, ["Sto2", "Fra1", "Kna1"], "{api:?}");
        assert_eq!(stats(&base).await.requests - before, 4, "{api:?}: requests");
        let _ = i;
    }
}

#[tokio::test]
async fn without_a_second_factor_one_request_gives_the_token() {
    for api in [CleuraApi::V1, CleuraApi::V2] {
        let sandbox = start().await;
        let base = sandbox.base_url();
        let http = client();
        let cleura = Cleura::new(&http, &format!("{base}/cleura"), api);
        let before = stats(&base).await.requests;
        let SignIn::Token(token) = cleura
            .sign_in("alice", &pw("alice-password"))
            .await
            .unwrap()
        else {
            panic!("{api:?}")
        };
        assert_eq!(stats(&base).await.requests - before, 1);
        cleura.validate("alice", &token).await.unwrap();
        let domains = cleura.domains("alice", &token).await.unwrap();
        let projects = cleura
            .projects("alice", &token, &domains[0].id)
            .await
            .unwrap();
        assert!(!projects.is_empty());
        assert_eq!(projects[0].domain_id, domains[0].id);
        cleura.revoke("alice", &token).await.unwrap();
        let err = cleura.validate("alice", &token).await.unwrap_err();
        assert!(
            matches!(err, ApiError::Unauthorized { status: 403, .. }),
            "{err:?}"
        );
        assert!(err.to_string().contains("token"));
    }
}

#[tokio::test]
async fn webauthn_only_and_wrong_passwords_are_told_apart() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let http = client();
    let v1 = Cleura::new(&http, &format!("{base}/cleura"), CleuraApi::V1);
    let err = v1
        .sign_in("carol", &pw("carol-password"))
        .await
        .unwrap_err();
    assert!(cloudboard::api::cleura::webauthn_only(&err), "{err:?}");
    let v2 = Cleura::new(&http, &format!("{base}/cleura"), CleuraApi::V2);
    // v2 answers twofactor_options without SMS, or refuses SMS: either way, WebAuthn only.
    match v2.sign_in("carol", &pw("carol-password")).await {
        Ok(SignIn::WebAuthnOnly(options)) => assert_eq!(options, ["webauthn"]),
        Err(e) => assert!(cloudboard::api::cleura::webauthn_only(&e), "{e:?}"),
        Ok(other) => panic!("{other:?}"),
    }
    let err = v1.sign_in("alice", &pw("wrong")).await.unwrap_err();
    assert!(
        matches!(err, ApiError::Unauthorized { status: 401, .. }),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_wrong_code_is_refused_with_the_tries_left() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let http = client();
    let cleura = Cleura::new(&http, &format!("{base}/cleura"), CleuraApi::V1);
    let SignIn::Verification(v) = cleura.sign_in("bob", &pw("bob-password")).await.unwrap() else {
        panic!()
    };
    cleura.request_code("bob", &v).await.unwrap();
    let code = last_code(&base, 1).await;
    let wrong = if code == 999_999 { 1 } else { code + 1 };
    let err = cleura.verify("bob", &v, wrong).await.unwrap_err();
    assert!(err.to_string().contains("2 attempts left"), "{err}");
    assert!(cleura.verify("bob", &v, code).await.is_ok());
}

/// The code travels as a JSON integer: a tiny server records the body the client sends.
#[tokio::test]
async fn the_code_is_a_json_integer_on_the_wire() {
    use axum::routing::post;
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::<Value>::new()));
    let record = seen.clone();
    let app = axum::Router::new().route(
        "/auth/v1/tokens/verify2fa",
        post(move |body: axum::body::Bytes| {
            let record = record.clone();
            async move {
                record
                    .lock()
                    .unwrap()
                    .push(serde_json::from_slice(&body).unwrap());
                axum::Json(serde_json::json!({"result": "login_ok", "token": "t"}))
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    let http = client();
    let cleura = Cleura::new(&http, &format!("http://{addr}"), CleuraApi::V1);
    cleura.verify("bob", "ver", 12345).await.unwrap();
    let body = seen.lock().unwrap()[0].clone();
    assert_eq!(body["verify2fa"]["code"], serde_json::json!(12345));
    assert!(body["verify2fa"]["code"].is_u64(), "not a string: {body}");
}

#[tokio::test]
async fn an_unreachable_endpoint_is_a_network_error_in_words() {
    let http = client();
    let cleura = Cleura::new(&http, "http://127.0.0.1:9", CleuraApi::V1);
    let err = cleura.sign_in("alice", &pw("x")).await.unwrap_err();
    assert!(matches!(err, ApiError::Network { .. }), "{err:?}");
    assert!(err.advice().contains("network"), "{}", err.advice());
}
