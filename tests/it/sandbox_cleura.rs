//! Cleura in the sandbox, over real HTTP: both API versions, the SMS second factor with its
//! expiry and attempt limits, a WebAuthn account, tokens, domains in both shapes, projects
//! per domain (v1) and per login and region (v2), the error envelope and its `errors`.

use crate::common;

use common::sandbox::{
    advance_clock, alice_token, cleura_sign_in, client, get_json, json_of, start, start_with,
};
use serde_json::{Value, json};

async fn post(base: &str, path: &str, body: Value) -> (u16, Value) {
    json_of(
        client()
            .post(format!("{base}/cleura{path}"))
            .json(&body)
            .send()
            .await
            .unwrap(),
    )
    .await
}

async fn get_with(base: &str, path: &str, login: &str, token: &str) -> (u16, Value) {
    json_of(
        client()
            .get(format!("{base}/cleura{path}"))
            .header("X-AUTH-LOGIN", login)
            .header("X-AUTH-TOKEN", token)
            .send()
            .await
            .unwrap(),
    )
    .await
}

/// A v2 sign-in: `POST /auth/v2/tokens` with `body`.
async fn sign_in_v2(base: &str, body: Value) -> (u16, Value) {
    post(base, "/auth/v2/tokens", body).await
}

/// bob's password, his SMS asked for (v1).
fn bob_by_sms() -> Value {
    json!({"login": "bob", "password": "bob-password", "twofa_method": "sms"})
}

/// `request` sent with `login`'s `token`: the answer's status.
async fn status_with(request: reqwest::RequestBuilder, login: &str, token: &str) -> u16 {
    request
        .header("X-AUTH-LOGIN", login)
        .header("X-AUTH-TOKEN", token)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

/// An SMS code asked for `login`'s `verification` (v1).
async fn request_code(base: &str, login: &str, verification: &str) -> (u16, Value) {
    let body = json!({"request2fa": {"login": login, "verification": verification}});
    post(base, "/auth/v1/tokens/request2facode", body).await
}

/// bob's `verification` answered with `code` (v1), as it is given: a number, or not.
async fn verify(base: &str, verification: &str, code: impl Into<Value>) -> (u16, Value) {
    let code = code.into();
    let body = json!({"verify2fa": {"login": "bob", "verification": verification, "code": code}});
    post(base, "/auth/v1/tokens/verify2fa", body).await
}

/// The `errors` entries of an error, as (key, value).
fn about(v: &Value) -> Vec<(String, String)> {
    v["error"]["errors"]
        .as_array()
        .map(|list| {
            list.iter()
                .map(|e| {
                    (
                        e["key"].as_str().unwrap().to_string(),
                        e["value"].as_str().unwrap().to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn message(v: &Value) -> String {
    v["error"]["message"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// The code of the `n`th SMS, as the API takes it, waiting for it.
async fn sms_code(base: &str, n: usize) -> u64 {
    let code = common::outbox::sms_code(base, n).await;
    assert_eq!(code.len(), 6);
    code.parse().unwrap()
}

async fn bob_verification(base: &str) -> String {
    let (status, v) = cleura_sign_in(base, bob_by_sms()).await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["result"], "twofactor_required");
    assert_eq!(v["type"], "sms");
    v["verification"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn v1_without_a_second_factor_gives_a_token_that_lists_the_three_domains() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let (status, v) = cleura_sign_in(
        &base,
        json!({"login": "alice", "password": "alice-password"}),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(v["result"], "login_ok");
    let token = v["token"].as_str().unwrap();
    let (status, domains) =
        get_with(&base, "/accesscontrol/v1/openstack/domains", "alice", token).await;
    assert_eq!(status, 200);
    let tags: Vec<&str> = domains
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["area"]["regions"][0]["region"].as_str().unwrap())
        .collect();
    assert_eq!(tags, ["Sto2", "Fra1", "Kna1"]);
    assert_eq!(domains[0]["area"]["id"], "6");
    assert_eq!(domains[0]["area"]["tag"], "SE_STO2");
    assert_eq!(domains[0]["area"]["regions"][0]["zone_id"], "2");
    assert_eq!(domains[0]["id"], "79b0cef45b504586ad0bf057dc4cb8b8");
    let id = domains[1]["id"].as_str().unwrap();
    let (status, projects) = get_with(
        &base,
        &format!("/accesscontrol/v1/openstack/{id}/projects"),
        "alice",
        token,
    )
    .await;
    assert_eq!(status, 200);
    let p = &projects[0];
    for field in [
        "id",
        "name",
        "domain_id",
        "enabled",
        "default",
        "description",
    ] {
        assert!(!p[field].is_null(), "{field} in {p}");
    }
    assert_eq!(p["domain_id"], id);
    let (status, v) = get_with(
        &base,
        "/accesscontrol/v1/openstack/nope/projects",
        "alice",
        token,
    )
    .await;
    assert_eq!(status, 404);
    assert_eq!(v["error"]["code"], 404);
}

#[tokio::test]
async fn v1_sms_flow_with_the_code_as_an_integer() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let (status, v) =
        cleura_sign_in(&base, json!({"login": "bob", "password": "bob-password"})).await;
    assert_eq!(status, 400);
    assert_eq!(message(&v), "two-factor authentication required");
    let verification = bob_verification(&base).await;
    let (status, _) = request_code(&base, "bob", &verification).await;
    assert_eq!(status, 204);
    let code = sms_code(&base, 1).await;
    let (status, v) = verify(&base, &verification, code.to_string()).await;
    assert_eq!(status, 400, "a quoted code is refused");
    assert!(message(&v).contains("integer"), "{v}");
    let (status, v) = verify(&base, &verification, code).await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["result"], "login_ok");
    let token = v["token"].as_str().unwrap();
    let validate = format!("{base}/cleura/auth/v1/tokens/validate");
    let valid = |t| status_with(client().post(&validate), "bob", t);
    assert_eq!(valid(token).await, 204);
    assert_eq!(valid("wrong").await, 403);
    let revoke = client().delete(format!("{base}/cleura/auth/v1/tokens"));
    assert_eq!(status_with(revoke, "bob", token).await, 204);
    assert_eq!(valid(token).await, 403, "revoked");
    let (status, v) = get_with(&base, "/accesscontrol/v1/openstack/domains", "bob", token).await;
    assert_eq!(status, 403);
    assert!(message(&v).contains("token"), "{v}");
}

#[tokio::test]
async fn three_wrong_codes_spend_the_verification() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let verification = bob_verification(&base).await;
    request_code(&base, "bob", &verification).await;
    let right = sms_code(&base, 1).await;
    let wrong = if right == 0 { 1 } else { right - 1 };
    let (s1, v1) = verify(&base, &verification, wrong).await;
    assert_eq!(s1, 400);
    assert_eq!(message(&v1), "Invalid code");
    assert_eq!(
        about(&v1),
        pairs(&[("code", "invalid"), ("attempts_left", "2")])
    );
    let (_, v2) = verify(&base, &verification, wrong).await;
    assert_eq!(
        about(&v2),
        pairs(&[("code", "invalid"), ("attempts_left", "1")])
    );
    let (_, v3) = verify(&base, &verification, wrong).await;
    assert_eq!(
        about(&v3),
        pairs(&[("code", "invalid"), ("verification", "spent")])
    );
    let (status, v) = verify(&base, &verification, right).await;
    assert_eq!(status, 400, "spent, even with the right code");
    assert_eq!(about(&v), pairs(&[("verification", "spent")]));
    let (status, v) = request_code(&base, "bob", &verification).await;
    assert_eq!(status, 400, "no new code for a spent verification");
    assert_eq!(about(&v), pairs(&[("verification", "spent")]));
}

#[tokio::test]
async fn codes_expire_after_five_minutes_and_a_resend_replaces_the_code() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let verification = bob_verification(&base).await;
    request_code(&base, "bob", &verification).await;
    let first = sms_code(&base, 1).await;
    request_code(&base, "bob", &verification).await;
    let second = sms_code(&base, 2).await;
    if first != second {
        let (status, _) = verify(&base, &verification, first).await;
        assert_eq!(status, 400, "the old code stopped working");
    }
    advance_clock(&base, 301.0).await;
    let (status, v) = verify(&base, &verification, second).await;
    assert_eq!(status, 400);
    assert_eq!(about(&v), pairs(&[("code", "expired")]));
    request_code(&base, "bob", &verification).await;
    let third = sms_code(&base, 3).await;
    let (status, _) = verify(&base, &verification, third).await;
    assert_eq!(status, 200, "a new code works");
}

#[tokio::test]
async fn tokens_expire_after_an_hour() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let token = &alice_token(&base).await;
    advance_clock(&base, 3601.0).await;
    let (status, v) = get_with(&base, "/accesscontrol/v1/openstack/domains", "alice", token).await;
    assert_eq!(status, 403);
    assert_eq!(message(&v), "Invalid token");
    let (status, v) = get_with(&base, "/openstack/identity/v2/domains", "alice", token).await;
    assert_eq!(status, 401, "the status v2's description declares");
    assert_eq!(message(&v), "Invalid token");
}

#[tokio::test]
async fn wrong_passwords_are_refused_and_a_webauthn_account_gets_no_sms() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let (status, v) = cleura_sign_in(&base, json!({"login": "alice", "password": "nope"})).await;
    assert_eq!(status, 401);
    assert_eq!(v["error"]["code"], 401);
    let (status, v) = cleura_sign_in(&base, json!({"login": "nobody", "password": "nope"})).await;
    assert_eq!(status, 401);
    assert_eq!(
        message(&v),
        "Invalid login or password",
        "does not say which"
    );
    let carol = json!({"login": "carol", "password": "carol-password", "twofa_method": "sms"});
    let (status, v) = cleura_sign_in(&base, carol).await;
    assert_eq!(status, 200);
    assert_eq!(v["result"], "twofactor_required");
    assert_eq!(v["type"], "webauthn", "the account's own second factor");
    let verification = v["verification"].as_str().unwrap();
    let (status, v) = request_code(&base, "carol", verification).await;
    assert_eq!(status, 400);
    assert_eq!(about(&v), pairs(&[("two_factor_method", "webauthn")]));
    let outbox = common::outbox::all(&base).await;
    assert!(outbox.is_empty(), "{outbox:?}");
}

#[tokio::test]
async fn v2_options_required_and_sms_token() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let (status, v) = sign_in_v2(
        &base,
        json!({"login": "alice", "password": "alice-password"}),
    )
    .await;
    assert_eq!((status, v["result"].as_str()), (201, Some("login_ok")));
    assert!(v["token"].is_string());
    let (status, v) = sign_in_v2(&base, json!({"login": "bob", "password": "bob-password"})).await;
    assert_eq!(status, 201);
    assert_eq!(v["result"], "twofactor_options");
    assert_eq!(v["options"], json!(["sms"]));
    let (status, v) = sign_in_v2(
        &base,
        json!({"login": "carol", "password": "carol-password"}),
    )
    .await;
    assert_eq!((status, v["options"].clone()), (201, json!(["webauthn"])));
    let (status, v) = sign_in_v2(
        &base,
        json!({"login": "carol", "password": "carol-password", "two_factor_method": "sms"}),
    )
    .await;
    assert_eq!(status, 201);
    assert_eq!(
        (v["result"].as_str(), v["type"].as_str()),
        (Some("twofactor_required"), Some("webauthn"))
    );
    let (status, v) = sign_in_v2(
        &base,
        json!({"login": "bob", "password": "bob-password", "two_factor_method": "sms"}),
    )
    .await;
    assert_eq!(status, 201);
    assert_eq!(v["result"], "twofactor_required");
    let verification = v["verification"].as_str().unwrap();
    let r = client()
        .post(format!("{base}/cleura/auth/v2/request-sms-code"))
        .json(&json!({"login": "bob", "verification": verification}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    let code = sms_code(&base, 1).await;
    let (status, v) = post(
        &base,
        "/auth/v2/tokens-by-sms-code",
        json!({"login": "bob", "verification": verification, "code": code}),
    )
    .await;
    assert_eq!(status, 200, "{v}");
    let token = v["token"].as_str().unwrap();
    let (status, domains) = get_with(&base, "/openstack/identity/v2/domains", "bob", token).await;
    assert_eq!(status, 200);
    assert_eq!(domains[0]["area"]["id"], 6, "integer ids in v2");
    assert_eq!(
        domains[0]["area"]["regions"][0],
        json!({"id": 2, "name": "Stockholm / Sweden", "tag": "Sto2"})
    );
    let (status, groups) = get_with(
        &base,
        "/openstack/identity/v1/current-user/projects",
        "bob",
        token,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(groups.as_array().unwrap().len(), 3, "one group per region");
    assert_eq!(groups[0]["region"]["tag"], "Sto2");
    assert_eq!(groups[0]["region"]["id"], 2);
    let first = &groups[0]["projects"][0];
    assert_eq!(first["name"], "bob-sto2-default");
    assert!(first.get("default").is_none(), "no such field in v2");
    let (status, _) = get_with(&base, "/accesscontrol/v2/openstack/domains", "bob", token).await;
    assert_eq!(status, 404, "an invented route, no more");
    let revoke = client().delete(format!("{base}/cleura/auth/v2/tokens"));
    assert_eq!(status_with(revoke, "bob", token).await, 204);
    let validate = client().post(format!("{base}/cleura/auth/v2/tokens/validate"));
    assert_eq!(status_with(validate, "bob", token).await, 401, "revoked");
}

/// dave is a user of the account whose OpenStack access covers Stockholm only: he lists
/// every region, and another region's projects are refused as Cleura refuses a missing
/// privilege (v1); v2's list of his own projects has Stockholm's alone.
#[tokio::test]
async fn a_login_without_access_to_a_region_s_projects_is_refused_them() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let dave = json!({"login": "dave", "password": "dave-password"});
    let (status, v) = cleura_sign_in(&base, dave.clone()).await;
    assert_eq!((status, &v["result"]), (200, &json!("login_ok")), "{v}");
    let token = v["token"].as_str().unwrap();
    let (status, domains) =
        get_with(&base, "/accesscontrol/v1/openstack/domains", "dave", token).await;
    assert_eq!(status, 200);
    assert_eq!(
        domains.as_array().unwrap().len(),
        3,
        "every region is listed"
    );
    let projects = |id: &str| format!("/accesscontrol/v1/openstack/{id}/projects");
    let (status, list) = get_with(
        &base,
        &projects("79b0cef45b504586ad0bf057dc4cb8b8"),
        "dave",
        token,
    )
    .await;
    assert_eq!(status, 200, "Stockholm's: {list}");
    assert_eq!(list[0]["name"], "dave-sto2-default");
    let (status, v) = get_with(
        &base,
        &projects("08db589d04f442e19c272f2cd1a02906"),
        "dave",
        token,
    )
    .await;
    assert_eq!(status, 403, "Frankfurt's: {v}");
    assert_eq!(
        v,
        json!({"error": {"code": 403, "message": "No access: Your user does not have access to this method."}})
    );
    let validate = client().post(format!("{base}/cleura/auth/v1/tokens/validate"));
    assert_eq!(
        status_with(validate, "dave", token).await,
        204,
        "the token still works"
    );

    let (status, v) = sign_in_v2(&base, dave).await;
    assert_eq!(status, 201, "{v}");
    let token = v["token"].as_str().unwrap();
    let (status, groups) = get_with(
        &base,
        "/openstack/identity/v1/current-user/projects",
        "dave",
        token,
    )
    .await;
    assert_eq!(status, 200);
    let tags: Vec<&Value> = groups
        .as_array()
        .unwrap()
        .iter()
        .map(|g| &g["region"]["tag"])
        .collect();
    assert_eq!(tags, [&json!("Sto2")]);
}

#[tokio::test]
async fn calls_without_a_token_are_403_in_the_envelope() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let (status, v) = get_json(&format!("{base}/cleura/accesscontrol/v1/openstack/domains")).await;
    assert_eq!(status, 403);
    assert_eq!(v["error"]["code"], 403);
    assert!(message(&v).contains("token"));
}

#[tokio::test]
async fn started_with_a_thousand_regions_the_account_sees_them_all_in_both_shapes() {
    let sandbox = start_with(cloudboard::sandbox::Options {
        regions: 1000,
        ..Default::default()
    })
    .await;
    let base = sandbox.base_url();
    let token = &alice_token(&base).await;
    for (version, path) in [
        ("v1", "/accesscontrol/v1/openstack/domains"),
        ("v2", "/openstack/identity/v2/domains"),
    ] {
        let (status, domains) = get_with(&base, path, "alice", token).await;
        assert_eq!(status, 200);
        let domains = domains.as_array().unwrap();
        assert_eq!(domains.len(), 1000, "{version}");
        // The guide's three come first, as without the option.
        assert_eq!(domains[0]["id"], "79b0cef45b504586ad0bf057dc4cb8b8");
        let mut ids: Vec<&str> = domains.iter().map(|d| d["id"].as_str().unwrap()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 1000, "every domain has its own id");
        let last = &domains[999];
        assert_eq!(last["area"]["regions"].as_array().unwrap().len(), 1);
        let id = last["id"].as_str().unwrap();
        let projects = if version == "v1" {
            let (status, projects) = get_with(
                &base,
                &format!("/accesscontrol/v1/openstack/{id}/projects"),
                "alice",
                token,
            )
            .await;
            assert_eq!(status, 200, "{projects}");
            projects
        } else {
            let (status, groups) = get_with(
                &base,
                "/openstack/identity/v1/current-user/projects",
                "alice",
                token,
            )
            .await;
            assert_eq!(status, 200, "{groups}");
            assert_eq!(groups.as_array().unwrap().len(), 1000);
            groups[999]["projects"].clone()
        };
        assert_eq!(projects[0]["domain_id"], id);
    }
}

/// Five wrong passwords in a row lock a login for five minutes (429 with Retry-After, the
/// right password refused too); the sandbox's clock ends it.
#[tokio::test]
async fn wrong_passwords_lock_a_login_for_a_while() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let attempt = |password: &'static str| {
        let base = base.clone();
        async move {
            let response = client()
                .post(format!("{base}/cleura/auth/v1/tokens"))
                .json(&json!({"auth": {"login": "alice", "password": password}}))
                .send()
                .await
                .unwrap();
            let wait = response
                .headers()
                .get("retry-after")
                .map(|v| v.to_str().unwrap().to_string());
            let (status, v) = json_of(response).await;
            (status, wait, message(&v))
        }
    };
    for _ in 0..4 {
        assert_eq!(attempt("nope").await.0, 401);
    }
    let (status, wait, said) = attempt("nope").await;
    assert_eq!((status, wait.as_deref()), (429, Some("300")), "{said}");
    assert!(said.contains("locked for 5 minutes"), "{said}");
    assert_eq!(
        attempt("alice-password").await.0,
        429,
        "locked, whatever the password"
    );
    assert_eq!(
        cleura_sign_in(&base, bob_by_sms()).await.0,
        200,
        "only that login"
    );
    advance_clock(&base, 300.0).await;
    assert_eq!(attempt("alice-password").await.0, 200);
}

/// Three SMS per login in ten minutes; the fourth is 429 until the oldest leaves the window.
#[tokio::test]
async fn sms_codes_are_few_per_login_and_window() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let verification = bob_verification(&base).await;
    for _ in 0..3 {
        let (status, v) = request_code(&base, "bob", &verification).await;
        assert_eq!(status, 204, "{v}");
    }
    let req = json!({"request2fa": {"login": "bob", "verification": verification}});
    let response = client()
        .post(format!("{base}/cleura/auth/v1/tokens/request2facode"))
        .json(&req)
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["retry-after"], "600");
    let (status, v) = json_of(response).await;
    assert_eq!(status, 429);
    assert!(
        message(&v).contains("next can be sent in 10 minutes"),
        "{v}"
    );
    // A new sign-in is no way around it.
    let again = bob_verification(&base).await;
    let (status, _) = request_code(&base, "bob", &again).await;
    assert_eq!(status, 429);
}
