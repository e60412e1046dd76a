//! The CloudSigma API client against the sandbox (PROVIDERS.md §3): create an account and
//! confirm it through the emailed page, sign in, check the session before and after signing
//! out, who am I, profile, balance; the CSRF header on every POST. And, against a tiny
//! server of its own, the empty `check_login_with_return_uuid` answer the docs allow.

mod common;

use cloudboard::api::ApiError;
use cloudboard::api::cloudsigma::{CloudSigma, NewAccount, Session};
use cloudboard::api::error::Refusal;
use cloudboard::backend::http::Http;
use cloudboard::config::Config;
use cloudboard::sandbox::{Options, Sandbox};
use secrecy::{ExposeSecret, SecretString};

const DEMO: &str = "demo@example.org";
const DEMO_PASSWORD: &str = "demo-password";

struct Setup {
    sandbox: Sandbox,
    api: String,
    http: Http,
}

async fn setup() -> Setup {
    let sandbox = Sandbox::start("127.0.0.1:0".parse().unwrap(), Options::default())
        .await
        .expect("the sandbox starts");
    let mut config = Config::default();
    config.point_at_sandbox(&sandbox.base_url());
    let api = config.cloudsigma.api_template.replace("{loc}", "zrh");
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
    let session = s.login().await;
    sigma.check_login(&session).await.expect("signed in");
    let uuid = sigma.whoami(&session).await.unwrap().expect("a uuid");
    assert_eq!(uuid.len(), 36, "{uuid}");
    let profile = sigma.profile(&session).await.unwrap();
    assert_eq!(profile.email.as_deref(), Some(DEMO));
    assert_eq!(profile.uuid.as_deref(), Some(uuid.as_str()));
    let balance = sigma.balance(&session).await.unwrap();
    assert!(balance.balance.is_some(), "{balance:?}");
    assert!(balance.currency.is_some(), "{balance:?}");
    sigma.logout(&session).await.expect("signed out");
    let after = sigma.check_login(&session).await.unwrap_err();
    assert_eq!(after.refusal(), Some(&Refusal::SessionEnded), "{after:?}");
    let after = sigma.whoami(&session).await.unwrap_err();
    assert_eq!(after.refusal(), Some(&Refusal::SessionEnded), "{after:?}");
    let after = sigma.profile(&session).await.unwrap_err();
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
    let nobody = Session {
        csrftoken: SecretString::from("made-up"),
        sessionid: SecretString::from("made-up"),
    };
    let e = s.sigma().check_login(&nobody).await.unwrap_err();
    assert_eq!(e.refusal(), Some(&Refusal::SessionEnded), "{e:?}");
}

/// The proof that the client sends the CSRF header: the same POST, by hand, with the session
/// cookies but without `X-CSRFToken`, is refused; the client's own POSTs are not.
#[tokio::test]
async fn every_post_with_a_session_carries_the_csrf_token() {
    let s = setup().await;
    let session = s.login().await;
    let cookie = format!(
        "csrftoken={}; sessionid={}",
        session.csrftoken.expose_secret(),
        session.sessionid.expose_secret()
    );
    let raw = common::sandbox::client();
    for action in ["check_login", "check_login_with_return_uuid", "logout"] {
        let url = format!("{}accounts/action/?do={action}", s.api);
        let refused = raw
            .post(&url)
            .header("Cookie", &cookie)
            .header("Referer", &s.api)
            .header("Content-Type", "application/json")
            .body("{}")
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), 403, "{action} without X-CSRFToken");
    }
    // The same calls through the client work, so it sent the header each time.
    let sigma = s.sigma();
    sigma.check_login(&session).await.expect("check_login");
    sigma.whoami(&session).await.expect("who am I");
    sigma.logout(&session).await.expect("logout");
    assert!(sigma.check_login(&session).await.is_err());
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
    let link = common::cloudsigma::confirmation_link(&s.sandbox.base_url(), email).await;
    common::cloudsigma::set_password(&link, "fresh-password-1").await;
    let session = sigma
        .login(email, &SecretString::from("fresh-password-1"))
        .await
        .expect("the new account signs in");
    let uuid = sigma.whoami(&session).await.unwrap();
    if let (Some(uuid), Some(created)) = (uuid, created.uuid) {
        assert_eq!(uuid, created, "who am I is the account just created");
    }
    let profile = sigma.profile(&session).await.unwrap();
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
    let session = any_session();
    assert_eq!(sigma.whoami(&session).await.unwrap(), None);
    let info = cloudboard::backend::cloudsigma::account(&sigma, &session).await;
    assert_eq!(info.uuid.as_deref(), Some("from-the-profile"));
    assert_eq!(info.balance.as_deref(), Some("3"));
    assert_eq!(info.email.as_deref(), Some("p@example.org"));
    assert!(info.notes.is_empty(), "{:?}", info.notes);
}

/// Who is signed in takes two requests on one connection: the profile carries the uuid.
#[tokio::test]
async fn the_account_is_read_in_two_requests_on_one_connection() {
    let s = setup().await;
    let session = s.login().await;
    let base = s.sandbox.base_url();
    let before = common::sandbox::stats(&base).await;
    let info = cloudboard::backend::cloudsigma::account(&s.sigma(), &session).await;
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
    let info = cloudboard::backend::cloudsigma::account(&sigma, &any_session()).await;
    assert_eq!(info.uuid.as_deref(), Some("from-who-am-i"));
    assert!(info.notes.is_empty(), "{:?}", info.notes);
}
