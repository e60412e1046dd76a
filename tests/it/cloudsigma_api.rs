//! The CloudSigma API client against the sandbox (PROVIDERS.md §3): create an account and
//! confirm it through the emailed page, sign in, check the session before and after signing
//! out, who am I, profile, balance; the CSRF header on every POST and the JSON Content-Type
//! on every body; the session's lifetime from its cookie, its end, and a CSRF token that
//! changes. And, against a tiny server of its own, the empty `check_login_with_return_uuid`
//! answer the docs allow.

use crate::common;

use cloudboard::api::ApiError;
use cloudboard::api::cloudsigma::{CloudSigma, NewAccount, Session};
use cloudboard::api::error::Refusal;
use cloudboard::backend::http::Http;
use cloudboard::config::Config;
use cloudboard::sandbox::Sandbox;
use secrecy::{ExposeSecret, SecretString};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const DEMO: &str = "demo@example.org";
const DEMO_PASSWORD: &str = "demo-password";

struct Setup {
    sandbox: Sandbox,
    api: String,
    http: Http,
}

async fn setup() -> Setup {
    let sandbox = common::sandbox::start().await;
    let mut config = Config::default();
    config.point_at_sandbox(&sandbox.base_url());
    let api = config
        .cloudsigma
        .api_template
        .clone()
        .expect("the sandbox's address");
    Setup {
        sandbox,
        api,
        http: Http::default(),
    }
}

impl Setup {
    fn sigma(&self) -> CloudSigma<'_> {
        CloudSigma::new(self.http.client().unwrap(), &self.api)
    }

    async fn login(&self) -> Session {
        self.sigma()
            .login(DEMO, &SecretString::from(DEMO_PASSWORD))
            .await
            .expect("the demo account signs in")
    }
}

#[tokio::test]
async fn sign_in_who_am_i_profile_balance_then_sign_out() {
    let s = setup().await;
    let sigma = s.sigma();
    let mut session = s.login().await;
    sigma.check_login(&mut session).await.expect("signed in");
    let uuid = sigma.whoami(&mut session).await.unwrap().expect("a uuid");
    assert_eq!(uuid.len(), 36, "{uuid}");
    let profile = sigma.profile(&mut session).await.unwrap();
    assert_eq!(profile.email.as_deref(), Some(DEMO));
    assert_eq!(profile.uuid.as_deref(), Some(uuid.as_str()));
    let balance = sigma.balance(&mut session).await.unwrap();
    assert!(balance.balance.is_some(), "{balance:?}");
    assert!(balance.currency.is_some(), "{balance:?}");
    sigma.logout(&session).await.expect("signed out");
    let after = sigma.check_login(&mut session).await.unwrap_err();
    assert_eq!(after.refusal(), Some(&Refusal::SessionEnded), "{after:?}");
    let after = sigma.whoami(&mut session).await.unwrap_err();
    assert_eq!(after.refusal(), Some(&Refusal::SessionEnded), "{after:?}");
    let after = sigma.profile(&mut session).await.unwrap_err();
    assert_eq!(after.refusal(), Some(&Refusal::SessionEnded), "{after:?}");
}

#[tokio::test]
async fn a_wrong_password_is_unauthorized() {
    let s = setup().await;
    let e = s
        .sigma()
        .login(DEMO, &SecretString::from("not-the-password"))
        .await
        .unwrap_err();
    assert_eq!(e.status(), Some(401));
    assert_eq!(e.refusal(), Some(&Refusal::WrongCredentials), "{e:?}");
    assert_eq!(e.to_string(), "Invalid username or password");
}

#[tokio::test]
async fn check_login_before_any_sign_in_is_unauthorized() {
    let s = setup().await;
    let mut nobody = Session {
        csrftoken: SecretString::from("made-up"),
        sessionid: SecretString::from("made-up"),
        expires: None,
    };
    let e = s.sigma().check_login(&mut nobody).await.unwrap_err();
    assert_eq!(e.refusal(), Some(&Refusal::SessionEnded), "{e:?}");
}

/// `{}` POSTed by hand to `action` with `cookie`, and `csrf` as its CSRF header if any: the
/// answer's status.
async fn posted_by_hand(s: &Setup, action: &str, cookie: &str, csrf: Option<&str>) -> u16 {
    let mut request = common::sandbox::client()
        .post(format!("{}accounts/action/?do={action}", s.api))
        .header("Cookie", cookie)
        .header("Referer", &s.api)
        .header("Content-Type", "application/json")
        .body("{}");
    if let Some(csrf) = csrf {
        request = request.header("X-CSRFToken", csrf);
    }
    request.send().await.unwrap().status().as_u16()
}

/// The proof that the client sends the CSRF header: the same POST, by hand, with the session
/// cookies but without `X-CSRFToken`, is refused; the client's own POSTs are not.
#[tokio::test]
async fn every_post_with_a_session_carries_the_csrf_token() {
    let s = setup().await;
    let mut session = s.login().await;
    let cookie = format!(
        "csrftoken={}; sessionid={}",
        session.csrftoken.expose_secret(),
        session.sessionid.expose_secret()
    );
    for action in ["check_login", "check_login_with_return_uuid", "logout"] {
        let refused = posted_by_hand(&s, action, &cookie, None).await;
        assert_eq!(refused, 403, "{action} without X-CSRFToken");
    }
    // The same calls through the client work, so it sent the header each time.
    let sigma = s.sigma();
    sigma.check_login(&mut session).await.expect("check_login");
    sigma.whoami(&mut session).await.expect("who am I");
    sigma.logout(&session).await.expect("logout");
    assert!(sigma.check_login(&mut session).await.is_err());
}

#[tokio::test]
async fn create_an_account_confirm_it_through_the_email_then_sign_in() {
    let s = setup().await;
    let sigma = s.sigma();
    let email = "fresh@example.org";
    let created = sigma
        .create_account(&NewAccount {
            email: email.into(),
            promo: None,
        })
        .await
        .expect("created");
    assert_ne!(created.success, Some(false));
    let link = common::outbox::link_to(&s.sandbox.base_url(), email).await;
    common::cloudsigma::set_password(&link, "fresh-password-1").await;
    let mut session = sigma
        .login(email, &SecretString::from("fresh-password-1"))
        .await
        .expect("the new account signs in");
    let uuid = sigma.whoami(&mut session).await.unwrap();
    if let (Some(uuid), Some(created)) = (uuid, created.uuid) {
        assert_eq!(uuid, created, "who am I is the account just created");
    }
    let profile = sigma.profile(&mut session).await.unwrap();
    assert_eq!(profile.email.as_deref(), Some(email));
}

#[tokio::test]
async fn the_servers_validation_errors_name_their_field() {
    let s = setup().await;
    let e = s
        .sigma()
        .create_account(&NewAccount {
            email: String::new(),
            promo: None,
        })
        .await
        .unwrap_err();
    assert_eq!(
        e.refusal(),
        Some(&Refusal::FieldRefused {
            field: "email".into()
        }),
        "{e:?}"
    );
}

#[tokio::test]
async fn an_unreachable_api_is_a_network_error() {
    let http = Http::default();
    let sigma = CloudSigma::new(http.client().unwrap(), "http://127.0.0.1:9/api/2.0/");
    let e = sigma
        .create_account(&NewAccount {
            email: "a@example.org".into(),
            promo: None,
        })
        .await
        .unwrap_err();
    assert!(matches!(e, ApiError::Network { .. }), "{e:?}");
}

#[tokio::test]
async fn the_session_lasts_as_its_cookie_says_and_its_end_is_told() {
    let s = setup().await;
    let base = s.sandbox.base_url();
    let before = SystemTime::now();
    let session = s.login().await;
    let ends = session
        .expires
        .expect("the sign-in gives the session a Max-Age");
    let fourteen_days = Duration::from_secs(14 * 24 * 3600);
    assert!(ends >= before + fourteen_days, "{ends:?}");
    assert!(ends <= SystemTime::now() + fourteen_days, "{ends:?}");
    // A sandbox whose sessions last a minute: the cookie says so, and a minute later (by the
    // sandbox's clock) the session is over.
    common::sandbox::set_faults(&base, serde_json::json!({"cloudsigma_session_secs": 60})).await;
    let mut short = s.login().await;
    let ends = short.expires.unwrap();
    assert!(
        ends <= SystemTime::now() + Duration::from_secs(60),
        "{ends:?}"
    );
    s.sigma().check_login(&mut short).await.expect("still on");
    common::sandbox::advance_clock(&base, 61.0).await;
    let e = s.sigma().check_login(&mut short).await.unwrap_err();
    assert_eq!(e.refusal(), Some(&Refusal::SessionEnded), "{e:?}");
}

/// A later answer may set a new `csrftoken` (the fault makes every action do so): the
/// client sends the newest, and the old one no longer works.
#[tokio::test]
async fn the_newest_csrf_token_is_the_one_sent() {
    let s = setup().await;
    let base = s.sandbox.base_url();
    common::sandbox::set_faults(&base, serde_json::json!({"cloudsigma_rotate_csrf": true})).await;
    let mut session = s.login().await;
    let first = session.csrftoken.expose_secret().to_string();
    let sigma = s.sigma();
    sigma.check_login(&mut session).await.expect("check_login");
    let second = session.csrftoken.expose_secret().to_string();
    assert_ne!(first, second, "renewed by the answer");
    sigma
        .whoami(&mut session)
        .await
        .expect("sent with the new token");
    assert_ne!(session.csrftoken.expose_secret(), second.as_str());
    let cookie = format!(
        "csrftoken={first}; sessionid={}",
        session.sessionid.expose_secret()
    );
    let stale = posted_by_hand(&s, "check_login", &cookie, Some(&first)).await;
    assert_eq!(stale, 403, "the first token stopped working");
    sigma
        .logout(&session)
        .await
        .expect("signed out with the newest");
}

/// general.rst: the Content-Type "is required for operations that have a request body". The
/// sandbox refuses a body without one, so the client's sign-in working shows it sends one.
#[tokio::test]
async fn a_body_without_a_content_type_is_refused_and_the_client_always_sends_one() {
    let s = setup().await;
    let r = common::sandbox::client()
        .post(format!("{}accounts/action/?do=login", s.api))
        .body(format!(
            r#"{{"username": "{DEMO}", "password": "{DEMO_PASSWORD}"}}"#
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let errors: serde_json::Value = r.json().await.unwrap();
    assert_eq!(errors[0]["error_type"], "validation");
    let mut session = s.login().await;
    s.sigma()
        .check_login(&mut session)
        .await
        .expect("signed in");
    let e = s
        .sigma()
        .create_account(&NewAccount {
            email: DEMO.into(),
            promo: None,
        })
        .await
        .unwrap_err();
    assert_eq!(
        e.refusal(),
        Some(&Refusal::FieldRefused {
            field: "email".into()
        }),
        "read as JSON: {e:?}"
    );
}

/// The current list, from the sandbox: the documentation's example, with codes the built-in
/// list lacks.
#[tokio::test]
async fn the_current_locations_are_read_from_the_api() {
    let s = setup().await;
    let listed = s.sigma().locations().await.unwrap();
    assert_eq!(listed.len(), 17);
    assert_eq!(listed[0].id, "ZRH");
    assert_eq!(listed[0].display_name, "Zurich, Switzerland");
    assert_eq!(listed[0].country_code.as_deref(), Some("CH"));
    assert!(listed.iter().any(|l| l.id == "MTY"));
    let places =
        cloudboard::backend::cloudsigma::current_locations(s.http.client().unwrap(), &s.api)
            .await
            .unwrap();
    assert_eq!(places.len(), 17);
    assert_eq!(places[15].api, "https://mty.stratospherecloud.com/api/2.0/");
}

/// A CloudSigma that does not answer leaves the built-in list in place, soon: refused at
/// once, or silent until the wait runs out.
#[tokio::test]
async fn no_answer_for_the_current_list_is_an_error_soon() {
    let http = Http::default();
    let client = http.client().unwrap();
    let e =
        cloudboard::backend::cloudsigma::current_locations(client, "http://127.0.0.1:9/api/2.0/")
            .await
            .unwrap_err();
    assert!(matches!(e, ApiError::Network { .. }), "{e:?}");
    // Accepts the connection, never answers.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = silent.local_addr().unwrap();
    let e = cloudboard::backend::cloudsigma::current_locations(
        client,
        &format!("http://{addr}/api/2.0/"),
    )
    .await
    .unwrap_err();
    assert!(matches!(e, ApiError::Timeout { .. }), "{e:?}");
    drop(silent);
}

/// A list in pages (a server that ignores `limit=0`) is read to its end; an entry without
/// a code, or whose address is plain http off this machine, is left out.
#[tokio::test]
async fn a_list_in_pages_is_read_whole_and_unusable_entries_are_left_out() {
    use axum::extract::Query;
    use axum::routing::get;
    use std::collections::HashMap;
    let app = axum::Router::new().route(
        "/api/2.0/locations/",
        get(|Query(q): Query<HashMap<String, String>>| async move {
            let offset: u64 = q.get("offset").and_then(|o| o.parse().ok()).unwrap_or(0);
            let all = [
                serde_json::json!({"id": "AAA", "display_name": "A", "api_endpoint": "https://a.example/api/2.0"}),
                serde_json::json!({"id": "BBB", "display_name": "B", "api_endpoint": "http://b.example/api/2.0/"}),
                serde_json::json!({"display_name": "no code", "api_endpoint": "https://c.example/api/2.0/"}),
                serde_json::json!({"id": "DDD", "display_name": "D", "api_endpoint": "https://d.example/api/2.0/"}),
            ];
            let page: Vec<_> = all.iter().skip(offset as usize).take(2).cloned().collect();
            axum::Json(serde_json::json!({
                "meta": {"limit": 2, "offset": offset, "total_count": all.len()},
                "objects": page,
            }))
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    let http = Http::default();
    let sigma = CloudSigma::new(http.client().unwrap(), &format!("http://{addr}/api/2.0/"));
    let listed = sigma.locations().await.unwrap();
    let codes: Vec<&str> = listed.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(codes, ["AAA", "DDD"]);
    assert_eq!(
        listed[0].api_endpoint, "https://a.example/api/2.0/",
        "ends in /"
    );
}

/// A CloudSigma of a few lines on a free loopback port: its actions (who am I) and profile
/// answer with the JSON given (an empty body for `None`), its balance with 3 EUR. Returns
/// the API base.
async fn tiny_cloudsigma(
    who_am_i: Option<serde_json::Value>,
    profile: serde_json::Value,
) -> String {
    use axum::routing::{get, post};
    let app = axum::Router::new()
        .route(
            "/api/2.0/accounts/action/",
            post(move || async move { who_am_i.map(|v| v.to_string()).unwrap_or_default() }),
        )
        .route(
            "/api/2.0/profile/",
            get(move || async move { axum::Json(profile) }),
        )
        .route(
            "/api/2.0/balance/",
            get(|| async { axum::Json(serde_json::json!({"balance": 3, "currency": "EUR"})) }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}/api/2.0/")
}

/// Any session: the tiny server does not check it.
fn any_session() -> Session {
    Session {
        csrftoken: SecretString::from("c"),
        sessionid: SecretString::from("s"),
        expires: None,
    }
}

/// The docs allow `check_login_with_return_uuid` to answer with an empty body: the uuid then
/// comes from the profile. The sandbox always answers with one, so a tiny server does this.
#[tokio::test]
async fn an_empty_who_am_i_answer_falls_back_to_the_profile() {
    let api = tiny_cloudsigma(
        None,
        serde_json::json!({"email": "p@example.org", "uuid": "from-the-profile", "state": "REGULAR"}),
    )
    .await;
    let http = Http::default();
    let sigma = CloudSigma::new(http.client().unwrap(), &api);
    let mut session = any_session();
    assert_eq!(sigma.whoami(&mut session).await.unwrap(), None);
    let info = cloudboard::backend::cloudsigma::account(&sigma, &mut session).await;
    assert_eq!(info.uuid.as_deref(), Some("from-the-profile"));
    assert_eq!(info.balance.as_deref(), Some("3"));
    assert_eq!(info.email.as_deref(), Some("p@example.org"));
    assert!(info.notes.is_empty(), "{:?}", info.notes);
}

/// Who is signed in takes two requests on one connection: the profile carries the uuid.
#[tokio::test]
async fn the_account_is_read_in_two_requests_on_one_connection() {
    let s = setup().await;
    let mut session = s.login().await;
    let base = s.sandbox.base_url();
    let before = common::sandbox::stats(&base).await;
    let info = cloudboard::backend::cloudsigma::account(&s.sigma(), &mut session).await;
    assert_eq!(
        info.uuid.as_ref().map(String::len),
        Some(36),
        "{:?}",
        info.uuid
    );
    assert_eq!(info.email.as_deref(), Some(DEMO));
    assert!(info.balance.is_some());
    assert!(info.notes.is_empty(), "{:?}", info.notes);
    let after = common::sandbox::stats(&base).await;
    assert_eq!(after.requests - before.requests, 2, "profile and balance");
    // The stats reads come from a client of their own: one connection each.
    assert_eq!(
        after.connections - before.connections,
        1,
        "no new connection for the account"
    );
}

/// A profile without a uuid: "who am I" is asked.
#[tokio::test]
async fn a_profile_without_a_uuid_asks_who_am_i() {
    let api = tiny_cloudsigma(
        Some(serde_json::json!({"uuid": "from-who-am-i"})),
        serde_json::json!({"email": "p@example.org"}),
    )
    .await;
    let http = Http::default();
    let sigma = CloudSigma::new(http.client().unwrap(), &api);
    let info = cloudboard::backend::cloudsigma::account(&sigma, &mut any_session()).await;
    assert_eq!(info.uuid.as_deref(), Some("from-who-am-i"));
    assert!(info.notes.is_empty(), "{:?}", info.notes);
}

/// The backend keeps what a check renewed: the next run loads the newest CSRF token, and
/// the location the session was opened at, by its code and name.
#[tokio::test]
async fn the_backend_keeps_the_newest_cookies_and_where_the_session_was_opened() {
    use cloudboard::app::cloudsigma::{Reply, Request};
    use cloudboard::app::{Command, EventBody, RequestId};
    const SECRET: &str = "cloudsigma-backend-test";
    let s = setup().await;
    common::sandbox::set_faults(
        &s.sandbox.base_url(),
        serde_json::json!({"cloudsigma_rotate_csrf": true}),
    )
    .await;
    let (_dir, commands, mut events) = common::backend::start("cloudsigma");
    let mut ask = async |id: u64, request: Request| -> Reply {
        commands
            .send(Command::CloudSigma(RequestId(id), request))
            .unwrap();
        let event = tokio::time::timeout(Duration::from_secs(20), events.recv())
            .await
            .expect("an answer in time")
            .expect("the backend lives");
        match event.body {
            EventBody::CloudSigma(reply) => reply,
            other => panic!("{other:?}"),
        }
    };
    let reply = ask(
        1,
        Request::SignIn {
            api: s.api.clone(),
            location: Some("fra".into()),
            place: Some("Frankfurt, Germany".into()),
            email: DEMO.into(),
            password: SecretString::from(DEMO_PASSWORD),
            secret: SECRET,
        },
    )
    .await;
    let Reply::SignedIn(Ok(signed_in)) = reply else {
        panic!("{reply:?}")
    };
    assert!(signed_in.kept.is_ok());
    assert!(signed_in.session.expires.is_some());
    let reply = ask(
        2,
        Request::Check {
            api: s.api.clone(),
            location: Some("fra".into()),
            place: Some("Frankfurt, Germany".into()),
            email: DEMO.into(),
            session: signed_in.session.clone(),
            secret: SECRET,
        },
    )
    .await;
    let Reply::Checked(Ok(checked)) = reply else {
        panic!("{reply:?}")
    };
    let newest = checked.session.csrftoken.expose_secret().to_string();
    assert_ne!(newest, signed_in.session.csrftoken.expose_secret());
    let reply = ask(3, Request::LoadSaved { secret: SECRET }).await;
    let Reply::Saved(Ok(Some(saved))) = reply else {
        panic!("{reply:?}")
    };
    assert_eq!(saved.session.csrftoken.expose_secret(), newest);
    assert_eq!(saved.location.as_deref(), Some("fra"));
    assert_eq!(
        saved.place.as_deref(),
        Some("Frankfurt, Germany"),
        "and its name"
    );
    assert!(!saved.expired);
    let secs = |t: Option<SystemTime>| t.unwrap().duration_since(UNIX_EPOCH).unwrap().as_secs();
    assert_eq!(
        secs(saved.session.expires),
        secs(checked.session.expires),
        "kept to the second"
    );
}
