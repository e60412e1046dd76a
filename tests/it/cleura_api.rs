//! The Cleura client against the sandbox, for both API versions: sign-in with and without
//! the SMS factor, a second factor the REST API cannot use, what each refusal means, the
//! code as a JSON integer on the wire, tokens, domains, projects (v2 on the routes Cleura's
//! own CLI uses), and the number of requests an SMS sign-in and the region list take.

use crate::common;

use cloudboard::api::ApiError;
use cloudboard::api::cleura::{Cleura, SignIn};
use cloudboard::api::error::Refusal;
use cloudboard::config::CleuraApi;
use common::outbox;
use common::sandbox::{client, start, stats};
use secrecy::SecretString;
use serde_json::Value;

fn pw(s: &str) -> SecretString {
    SecretString::from(s.to_string())
}

/// The code of the `n`th SMS, as the API takes it.
async fn sms_code(base: &str, n: usize) -> u32 {
    outbox::sms_code(base, n).await.parse().unwrap()
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
        let code = sms_code(&base, 1).await;
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
        let region = &domains[0].area.regions[0].tag;
        let projects = cleura
            .projects("alice", &token, &domains[0].id, region)
            .await
            .unwrap();
        assert!(!projects.is_empty());
        assert_eq!(projects[0].domain_id, domains[0].id);
        assert_eq!(
            projects.iter().any(|p| p.default.is_some()),
            api == CleuraApi::V1,
            "{api:?}: only v1 says which project is the default"
        );
        cleura.revoke("alice", &token).await.unwrap();
        let err = cleura.validate("alice", &token).await.unwrap_err();
        // v1's token routes answer 403, v2's 401: this is also which routes were used.
        let status = if api == CleuraApi::V1 { 403 } else { 401 };
        assert_eq!(err.status(), Some(status), "{api:?}");
        assert_eq!(err.refusal(), Some(&Refusal::SessionEnded), "{api:?}");
        assert_eq!(err.to_string(), "Invalid token");
    }
}

#[tokio::test]
async fn v2_lists_regions_and_projects_on_the_routes_of_cleuras_own_cli() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let http = client();
    let cleura = Cleura::new(&http, &format!("{base}/cleura"), CleuraApi::V2);
    let SignIn::Token(token) = cleura
        .sign_in("alice", &pw("alice-password"))
        .await
        .unwrap()
    else {
        panic!()
    };
    let domains = cleura.domains("alice", &token).await.unwrap();
    assert_eq!(domains[1].area.regions[0].tag, "Fra1");
    assert_eq!(domains[1].area.id, "7", "an integer id, read as text");
    let projects = cleura
        .projects("alice", &token, &domains[1].id, "Fra1")
        .await
        .unwrap();
    assert!(!projects.is_empty());
    assert!(
        projects.iter().all(|p| p.name.contains("-fra1-")),
        "{projects:?}"
    );
    let none = cleura
        .projects("alice", &token, &domains[1].id, "Nowhere1")
        .await
        .unwrap();
    assert!(none.is_empty(), "no projects of this login there");
    // The routes earlier sandboxes invented answer no more.
    for path in [
        "accesscontrol/v2/openstack/domains",
        "accesscontrol/v2/openstack/x/projects",
    ] {
        let r = http
            .get(format!("{base}/cleura/{path}"))
            .header("X-AUTH-LOGIN", "alice")
            .header("X-AUTH-TOKEN", secrecy::ExposeSecret::expose_secret(&token))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 404, "{path}");
    }
}

#[tokio::test]
async fn a_second_factor_other_than_sms_and_wrong_passwords_are_told_apart() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let http = client();
    let unusable = Refusal::SecondFactorUnusable {
        methods: vec!["webauthn".into()],
    };
    // v1 answers `twofactor_required` of type webauthn; v2 first `twofactor_options`
    // without SMS. Neither is ever asked for a code.
    for api in [CleuraApi::V1, CleuraApi::V2] {
        let cleura = Cleura::new(&http, &format!("{base}/cleura"), api);
        let err = cleura
            .sign_in("carol", &pw("carol-password"))
            .await
            .unwrap_err();
        assert_eq!(err.refusal(), Some(&unusable), "{api:?}: {err:?}");
        assert!(err.is_refusal());
        let err = cleura.sign_in("alice", &pw("wrong")).await.unwrap_err();
        assert_eq!(err.status(), Some(401));
        assert_eq!(err.refusal(), Some(&Refusal::WrongCredentials), "{api:?}");
        assert_eq!(err.to_string(), "Invalid login or password");
    }
    let outbox = outbox::all(&base).await;
    assert!(outbox.is_empty(), "no SMS was requested: {outbox:?}");
}

#[tokio::test]
async fn wrong_codes_count_down_then_the_verification_is_spent() {
    for api in [CleuraApi::V1, CleuraApi::V2] {
        let sandbox = start().await;
        let base = sandbox.base_url();
        let http = client();
        let cleura = Cleura::new(&http, &format!("{base}/cleura"), api);
        let SignIn::Verification(v) = cleura.sign_in("bob", &pw("bob-password")).await.unwrap()
        else {
            panic!()
        };
        cleura.request_code("bob", &v).await.unwrap();
        let code = sms_code(&base, 1).await;
        let wrong = if code == 999_999 { 1 } else { code + 1 };
        for left in [2, 1] {
            let err = cleura.verify("bob", &v, wrong).await.unwrap_err();
            assert_eq!(err.to_string(), "Invalid code", "the provider's words");
            assert_eq!(
                err.refusal(),
                Some(&Refusal::CodeWrong {
                    tries_left: Some(left)
                }),
                "{api:?}"
            );
        }
        let err = cleura.verify("bob", &v, wrong).await.unwrap_err();
        assert_eq!(err.refusal(), Some(&Refusal::VerificationSpent), "{api:?}");
        let err = cleura.verify("bob", &v, code).await.unwrap_err();
        assert_eq!(
            err.refusal(),
            Some(&Refusal::VerificationSpent),
            "even the right code"
        );
        let err = cleura.request_code("bob", &v).await.unwrap_err();
        assert_eq!(err.refusal(), Some(&Refusal::VerificationSpent), "{api:?}");
    }
}

#[tokio::test]
async fn an_expired_code_is_told_from_a_wrong_one_and_replaced() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let http = client();
    let cleura = Cleura::new(&http, &format!("{base}/cleura"), CleuraApi::V2);
    let SignIn::Verification(v) = cleura.sign_in("bob", &pw("bob-password")).await.unwrap() else {
        panic!()
    };
    cleura.request_code("bob", &v).await.unwrap();
    let code = sms_code(&base, 1).await;
    common::sandbox::advance_clock(&base, 301.0).await;
    let err = cleura.verify("bob", &v, code).await.unwrap_err();
    assert_eq!(err.refusal(), Some(&Refusal::CodeExpired));
    cleura.request_code("bob", &v).await.unwrap();
    let code = sms_code(&base, 2).await;
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
    assert!(
        err.advice_in(cloudboard::lang::Lang::En)
            .contains("network"),
        "{}",
        err.advice_in(cloudboard::lang::Lang::En)
    );
}
