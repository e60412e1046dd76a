//! CloudSigma API 2.0 accounts: create, confirm by email, sign in with a cookie session and
//! CSRF, Basic auth, who am I, profile, balance, sign out (PROVIDERS.md §3).
//!
//! Sandbox choices:
//! - Errors are a JSON array `[{"error_type","error_message","error_point"}]` everywhere,
//!   with only the documented `error_type`s (errors.rst); a 401 says `permission`.
//! - The sign-in sets both cookies as general.rst prints them: `csrftoken` with `Max-Age`
//!   31449600, `sessionid` `httponly` with `Max-Age` 1209600 (14 days), each with its
//!   `expires`. A session ends when its `sessionid` does (by the sandbox's clock); the fault
//!   `cloudsigma_session_secs` makes new sessions shorter, and `cloudsigma_rotate_csrf` makes
//!   every action answered to a session set a new `csrftoken` that replaces the old one.
//! - A body needs a `Content-Type` (general.rst: it "is required for operations that have a
//!   request body"); any type is read as JSON, as PROVIDERS.md says of the examples sent by
//!   `curl -d`. Without one, as Django REST framework does, the body is not read: an empty
//!   object is then as good as any, and a body with fields is refused with 400.
//! - As in Django REST framework (which CloudSigma's API is built on), a session cookie that
//!   is unknown or ended is simply no session: no CSRF check applies, and credentials (Basic
//!   auth, or `username`/`password` in the body of `check_login_with_return_uuid`, as the
//!   documentation's own curl example sends them with stale cookies) decide.
//! - With a valid session every request other than GET and OPTIONS needs `X-CSRFToken` equal
//!   to the session's `csrftoken` and a `Referer`, else 403 (`error_type` `permission`).
//! - `check_login` answers 401 when not signed in; `check_login_with_return_uuid` answers
//!   `{"uuid"}`.
//! - A new account must be confirmed through the emailed link
//!   (`{base}/cloudsigma/confirm/{key}`, a page whose form sets the password, at least 8
//!   characters, twice) before it can sign in; until then sign-in answers 401 saying so.
//! - Promo codes: `null` or absent, or the fixture code `WELCOME2026`; another → 400 on
//!   `promo`. An email already registered → 400 on `email`.
//! - The balance is a decimal string (`"1234.56"`) with its currency, as the API's JSON
//!   gives money amounts.
//! - The documentation's login example is printed with single quotes; such a body (no double
//!   quote in it) is read with single quotes taken as double ones.
//! - `GET locations/` answers the documentation's own example list (`dumps/response_locations`:
//!   seventeen locations, with LLA and MTY and without LON, unlike `dumps/locations.csv`),
//!   paginated as `{"meta": {"limit", "offset", "total_count"}, "objects"}` with `limit`
//!   (20 unless given; 0 for all) and `offset`; no credentials are needed for it (the dump
//!   sends Basic auth; a list of locations comes before any sign-in).

use std::collections::HashMap;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use base64::Engine;
use serde_json::{Value, json};

use super::Shared;
use super::cozy::html_escape;
use super::util::{http_date, parse_json_body, random_alnum, uuid};

const PROMO: &str = "WELCOME2026";

struct Account {
    uuid: String,
    email: String,
    password: Option<String>,
    confirmed: bool,
    balance: &'static str,
    first_name: &'static str,
    last_name: &'static str,
}

struct Session {
    email: String,
    csrftoken: String,
    /// When its `sessionid` cookie ends, by the sandbox's clock.
    expires: Instant,
}

/// Django's lifetimes, as general.rst prints them.
const CSRF_MAX_AGE: u64 = 31_449_600;
const SESSION_MAX_AGE: u64 = 1_209_600;

pub struct SigmaState {
    accounts: HashMap<String, Account>,
    /// Confirmation key → the account's email (lowercase); used once.
    confirmations: HashMap<String, String>,
    sessions: HashMap<String, Session>,
}

impl SigmaState {
    pub fn fixtures() -> SigmaState {
        let demo = Account {
            uuid: "6a2f5c0e-1b7d-4c3a-9e8f-2d4b6a8c0e1f".into(),
            email: "demo@example.org".into(),
            password: Some("demo-password".into()),
            confirmed: true,
            balance: "1234.56",
            first_name: "Demo",
            last_name: "User",
        };
        SigmaState {
            accounts: HashMap::from([("demo@example.org".to_string(), demo)]),
            confirmations: HashMap::new(),
            sessions: HashMap::new(),
        }
    }
}

pub fn routes() -> Router<Shared> {
    Router::new()
        .route("/cloudsigma/api/2.0/accounts/action/", post(action))
        .route("/cloudsigma/api/2.0/accounts/action", post(action))
        .route("/cloudsigma/api/2.0/profile/", get(profile))
        .route("/cloudsigma/api/2.0/profile", get(profile))
        .route("/cloudsigma/api/2.0/balance/", get(balance))
        .route("/cloudsigma/api/2.0/balance", get(balance))
        .route("/cloudsigma/api/2.0/locations/", get(locations))
        .route("/cloudsigma/api/2.0/locations", get(locations))
        .route("/cloudsigma/confirm/{key}", get(confirm_page).post(confirm))
}

/// CloudSigma's error array.
pub fn error(status: StatusCode, kind: &str, message: &str, point: Option<&str>) -> Response {
    (
        status,
        axum::Json(json!([{ "error_type": kind, "error_message": message, "error_point": point }])),
    )
        .into_response()
}

fn validation(message: &str, point: &str) -> Response {
    error(StatusCode::BAD_REQUEST, "validation", message, Some(point))
}

/// 401: "the provided credentials are incorrect or missing" (general.rst). The documented
/// `error_type`s have no word for it; `permission` is the nearest (sandbox choice).
fn unauthorized(message: &str) -> Response {
    error(StatusCode::UNAUTHORIZED, "permission", message, None)
}

/// Who a request is, before looking at its body.
enum Who {
    Session { sessionid: String, email: String },
    Basic(String),
    Nobody,
}

fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

fn identify(shared: &Shared, method: &Method, headers: &HeaderMap) -> Result<Who, Response> {
    if let Some(auth) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        && let Some(encoded) = auth.strip_prefix("Basic ")
    {
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(encoded.trim())
            .ok()
            .and_then(|b| String::from_utf8(b).ok());
        let mut world = shared.world();
        let now = world.now();
        let Some((email, password)) = decoded.as_deref().and_then(|d| d.split_once(':')) else {
            return Err(unauthorized("Invalid username or password"));
        };
        let email = email.to_lowercase();
        if let Some(wait) = world.throttle.locked(&email, now) {
            return Err(locked(wait));
        }
        if credentials_ok(&world.sigma, &email, password) {
            world.throttle.succeeded(&email);
            return Ok(Who::Basic(email));
        }
        return Err(match world.throttle.failed(&email, now) {
            Some(wait) => locked(wait),
            None => unauthorized("Invalid username or password"),
        });
    }
    let Some(sessionid) = cookie(headers, "sessionid") else {
        return Ok(Who::Nobody);
    };
    let mut world = shared.world();
    let now = world.now();
    if world
        .sigma
        .sessions
        .get(&sessionid)
        .is_some_and(|s| s.expires <= now)
    {
        // Ended: as Django does with an expired session, it is no session at all.
        world.sigma.sessions.remove(&sessionid);
    }
    let Some(session) = world.sigma.sessions.get(&sessionid) else {
        return Ok(Who::Nobody);
    };
    if method != Method::GET && method != Method::OPTIONS {
        let header_token = headers.get("x-csrftoken").and_then(|v| v.to_str().ok());
        let referer = headers.get(header::REFERER);
        if header_token != Some(session.csrftoken.as_str()) {
            return Err(error(
                StatusCode::FORBIDDEN,
                "permission",
                "CSRF Failed: CSRF token missing or incorrect.",
                None,
            ));
        }
        if referer.is_none() {
            return Err(error(
                StatusCode::FORBIDDEN,
                "permission",
                "CSRF Failed: Referer checking failed - no Referer.",
                None,
            ));
        }
    }
    Ok(Who::Session {
        sessionid,
        email: session.email.clone(),
    })
}

/// An email locked after too many wrong passwords (by the session sign-in or Basic auth),
/// for `wait` more.
fn locked(wait: std::time::Duration) -> Response {
    super::throttle::too_many(
        error(
            StatusCode::TOO_MANY_REQUESTS,
            "permission",
            &format!(
                "Too many failed sign-ins for this email: it is locked for {}",
                crate::text::duration(wait)
            ),
            None,
        ),
        wait,
    )
}

fn credentials_ok(state: &SigmaState, email: &str, password: &str) -> bool {
    state
        .accounts
        .get(&email.to_lowercase())
        .is_some_and(|a| a.confirmed && a.password.as_deref() == Some(password))
}

async fn action(
    State(shared): State<Shared>,
    method: Method,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
    body: Bytes,
) -> Response {
    let who = match identify(&shared, &method, &headers) {
        Ok(who) => who,
        Err(r) => return r,
    };
    let body = if body.iter().all(u8::is_ascii_whitespace) {
        json!({})
    } else {
        match parse_json_body(&body, true) {
            Ok(v @ Value::Object(_)) => v,
            Ok(_) => return validation("The body must be a JSON object", "body"),
            Err(why) => return validation(&why, "body"),
        }
    };
    let typed = headers.contains_key(header::CONTENT_TYPE);
    if !typed && body.as_object().is_some_and(|fields| !fields.is_empty()) {
        return error(
            StatusCode::BAD_REQUEST,
            "validation",
            "The request has a body but no Content-Type: send it as application/json",
            None,
        );
    }
    let action = query.get("do").map(String::as_str);
    let response = match action {
        Some("create") => create(&shared, &body),
        Some("login") => return login(&shared, &body),
        Some("logout") => return logout(&shared, who),
        Some("check_login") => match who {
            Who::Nobody => unauthorized("Not signed in"),
            _ => axum::Json(json!({})).into_response(),
        },
        Some("check_login_with_return_uuid") => whoami(&shared, &who, &body),
        Some(other) => validation(&format!("Unknown action {other}"), "do"),
        None => validation("The action (?do=) is required", "do"),
    };
    renew_csrf(&shared, &who, response)
}

/// With the fault `cloudsigma_rotate_csrf`, an action answered to a session sets a new CSRF
/// token, and the old one stops working.
fn renew_csrf(shared: &Shared, who: &Who, mut response: Response) -> Response {
    let Who::Session { sessionid, .. } = who else {
        return response;
    };
    let mut world = shared.world();
    if !world.faults.faults.cloudsigma_rotate_csrf || !response.status().is_success() {
        return response;
    }
    let now = world.now();
    let Some(session) = world.sigma.sessions.get_mut(sessionid) else {
        return response;
    };
    session.csrftoken = random_alnum(64);
    let cookie = cookie_line("csrftoken", &session.csrftoken, CSRF_MAX_AGE, false, now);
    drop(world);
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// A `Set-Cookie` line as Django writes one: `expires` and `Max-Age` both.
fn cookie_line(name: &str, value: &str, max_age: u64, http_only: bool, now: Instant) -> String {
    // The wall clock, moved as far as the sandbox's own clock was.
    let ahead = now.saturating_duration_since(Instant::now());
    let ends = SystemTime::now() + ahead + Duration::from_secs(max_age);
    let secs = ends.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let http_only = if http_only { "; HttpOnly" } else { "" };
    format!(
        "{name}={value}; expires={}{http_only}; Max-Age={max_age}; Path=/; SameSite=Lax",
        http_date(secs)
    )
}

fn string_field<'a>(body: &'a Value, name: &str) -> Result<&'a str, Response> {
    match body.get(name) {
        Some(Value::String(s)) if !s.is_empty() => Ok(s),
        Some(Value::String(_)) | None | Some(Value::Null) => {
            Err(validation("This field is required.", name))
        }
        Some(_) => Err(validation("This field must be a string.", name)),
    }
}

fn create(shared: &Shared, body: &Value) -> Response {
    let email = match string_field(body, "email") {
        Ok(e) => e.trim().to_lowercase(),
        Err(r) => return r,
    };
    if !email_address::EmailAddress::is_valid(&email) {
        return validation("Enter a valid email address.", "email");
    }
    match body.get("promo") {
        None | Some(Value::Null) => {}
        Some(Value::String(p)) if p.is_empty() || p == PROMO => {}
        Some(Value::String(_)) => return validation("This promo code is not valid.", "promo"),
        Some(_) => return validation("The promo code must be a string or null.", "promo"),
    }
    let key = random_alnum(40);
    let account_uuid = uuid();
    {
        let mut world = shared.world();
        if world.sigma.accounts.contains_key(&email) {
            return validation("An account with this email already exists.", "email");
        }
        world.sigma.accounts.insert(
            email.clone(),
            Account {
                uuid: account_uuid.clone(),
                email: email.clone(),
                password: None,
                confirmed: false,
                balance: "0.00",
                first_name: "",
                last_name: "",
            },
        );
        world.sigma.confirmations.insert(key.clone(), email.clone());
        let link = format!("{}/cloudsigma/confirm/{key}", shared.base_url);
        world.outbox.email(
            &email,
            "Confirm your CloudSigma account",
            format!("Welcome to CloudSigma. Open this link to confirm your email and set your password: {link}"),
            link,
        );
    }
    shared.outbox_changed.notify_waiters();
    axum::Json(json!({ "success": true, "uuid": account_uuid })).into_response()
}

fn login(shared: &Shared, body: &Value) -> Response {
    let (username, password) = match (
        string_field(body, "username"),
        string_field(body, "password"),
    ) {
        (Ok(u), Ok(p)) => (u.trim().to_lowercase(), p),
        (Err(r), _) | (_, Err(r)) => return r,
    };
    let mut world = shared.world();
    let now = world.now();
    if let Some(wait) = world.throttle.locked(&username, now) {
        return locked(wait);
    }
    match world.sigma.accounts.get(&username) {
        Some(account) if !account.confirmed => {
            return unauthorized(
                "This account's email is not confirmed yet: open the link in the confirmation \
                 email",
            );
        }
        Some(account) if account.password.as_deref() == Some(password) => {}
        _ => {
            return match world.throttle.failed(&username, now) {
                Some(wait) => locked(wait),
                None => unauthorized("Invalid username or password"),
            };
        }
    }
    world.throttle.succeeded(&username);
    let sessionid = random_alnum(32).to_lowercase();
    let csrftoken = random_alnum(64);
    let now = world.now();
    let lasts = match world.faults.faults.cloudsigma_session_secs {
        0 => SESSION_MAX_AGE,
        secs => secs,
    };
    world.sigma.sessions.insert(
        sessionid.clone(),
        Session {
            email: username,
            csrftoken: csrftoken.clone(),
            expires: now + Duration::from_secs(lasts),
        },
    );
    drop(world);
    let mut response = axum::Json(json!({})).into_response();
    let headers = response.headers_mut();
    for cookie in [
        cookie_line("csrftoken", &csrftoken, CSRF_MAX_AGE, false, now),
        cookie_line("sessionid", &sessionid, lasts, true, now),
    ] {
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            headers.append(header::SET_COOKIE, value);
        }
    }
    response
}

fn logout(shared: &Shared, who: Who) -> Response {
    if let Who::Session { sessionid, .. } = who {
        shared.world().sigma.sessions.remove(&sessionid);
    }
    let mut response = axum::Json(json!({})).into_response();
    for cookie in [
        "csrftoken=; Max-Age=0; Path=/",
        "sessionid=; HttpOnly; Max-Age=0; Path=/",
    ] {
        response
            .headers_mut()
            .append(header::SET_COOKIE, HeaderValue::from_static(cookie));
    }
    response
}

fn whoami(shared: &Shared, who: &Who, body: &Value) -> Response {
    let world = shared.world();
    let email = match who {
        Who::Session { email, .. } | Who::Basic(email) => email.clone(),
        Who::Nobody => {
            let username = body.get("username").and_then(Value::as_str);
            let password = body.get("password").and_then(Value::as_str);
            match (username, password) {
                (Some(u), Some(p)) if credentials_ok(&world.sigma, u, p) => u.to_lowercase(),
                _ => return unauthorized("Not signed in"),
            }
        }
    };
    match world.sigma.accounts.get(&email) {
        Some(account) => axum::Json(json!({ "uuid": account.uuid })).into_response(),
        None => unauthorized("Not signed in"),
    }
}

fn signed_in_email(shared: &Shared, headers: &HeaderMap) -> Result<String, Response> {
    match identify(shared, &Method::GET, headers)? {
        Who::Session { email, .. } | Who::Basic(email) => Ok(email),
        Who::Nobody => Err(unauthorized(
            "Authentication credentials were not provided.",
        )),
    }
}

async fn profile(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    let email = match signed_in_email(&shared, &headers) {
        Ok(e) => e,
        Err(r) => return r,
    };
    let world = shared.world();
    match world.sigma.accounts.get(&email) {
        Some(a) => axum::Json(json!({
            "email": a.email,
            "uuid": a.uuid,
            "state": "REGULAR",
            "first_name": a.first_name,
            "last_name": a.last_name,
            "language": "en-us",
            "currency": "EUR",
        }))
        .into_response(),
        None => unauthorized("Not signed in"),
    }
}

async fn balance(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    let email = match signed_in_email(&shared, &headers) {
        Ok(e) => e,
        Err(r) => return r,
    };
    let world = shared.world();
    match world.sigma.accounts.get(&email) {
        Some(a) => axum::Json(json!({ "balance": a.balance, "currency": "EUR" })).into_response(),
        None => unauthorized("Not signed in"),
    }
}

/// The locations of `dumps/response_locations`: code, display name, country, API host.
const LOCATIONS: [(&str, &str, &str, &str); 17] = [
    ("ZRH", "Zurich, Switzerland", "CH", "zrh.cloudsigma.com"),
    ("PER", "Perth, Australia", "AU", "per.cloudsigma.com"),
    ("FRA", "Frankfurt, Germany", "DE", "fra.cloudsigma.com"),
    ("DUB", "Dublin, Ireland", "IE", "ec.servecentric.com"),
    ("TYO", "Tokyo, Japan", "JP", "tyo.cloudsigma.com"),
    ("CRK", "Clark, Philippines", "PH", "crk.cloudsigma.com"),
    ("MNL2", "Manila-2, Philippines", "PH", "mnl2.cloudsigma.com"),
    ("RUH", "Riyadh, Saudi Arabia", "SA", "ruh.cld.v2.sa"),
    ("LLA", "Boden, Sweden", "SE", "cloud.hydro66.com"),
    ("GVA", "Geneva, Switzerland", "CH", "gva.cloudsigma.com"),
    ("HNL", "Honolulu, United States", "US", "hnl.cloudsigma.com"),
    (
        "WDC",
        "Washington DC, United States",
        "US",
        "wdc.alpha3cloud.com",
    ),
    ("CWL", "Newport, Wales", "GB", "cwl.cloudsigma.com"),
    ("MNL", "Manila, Philippines", "PH", "mnl.cloudsigma.com"),
    ("DUS", "Dusseldorf, Germany", "DE", "dus.cloudsigma.com"),
    (
        "MTY",
        "Monterrey, Mexico",
        "MX",
        "mty.stratospherecloud.com",
    ),
    ("ADB", "Izmir, Turkey", "TR", "siaflex.cloud"),
];

/// A page size when none is asked for (Tastypie's, which the API's pagination follows).
const PAGE: usize = 20;

async fn locations(Query(query): Query<HashMap<String, String>>) -> Response {
    let number = |key: &str, default: usize| match query.get(key) {
        None => Ok(default),
        Some(text) => text
            .trim()
            .parse::<usize>()
            .map_err(|_| validation(&format!("{key} must be a whole number"), key)),
    };
    let (limit, offset) = match (number("limit", PAGE), number("offset", 0)) {
        (Ok(limit), Ok(offset)) => (limit, offset),
        (Err(r), _) | (_, Err(r)) => return r,
    };
    let take = if limit == 0 { LOCATIONS.len() } else { limit };
    let objects: Vec<Value> = LOCATIONS
        .iter()
        .skip(offset)
        .take(take)
        .map(|(id, name, country, host)| {
            json!({
                "alternative_frontend_url": format!("https://{host}/ui/"),
                "api_endpoint": format!("https://{host}/api/2.0/"),
                "country_code": country,
                "default_frontend_signup_url": format!("https://{host}/ui/"),
                "default_frontend_url": format!("https://{host}/ui/"),
                "display_name": name,
                "documentation_url": "https://docs.cloudsigma.com",
                "id": id,
                "upload_url": format!("https://direct.{host}/api/2.0/"),
                "websocket_url": format!("wss://direct.{host}/websocket"),
            })
        })
        .collect();
    axum::Json(json!({
        "meta": { "limit": limit, "offset": offset, "total_count": LOCATIONS.len() },
        "objects": objects,
    }))
    .into_response()
}

fn page(status: StatusCode, title: &str, body: &str) -> Response {
    (
        status,
        Html(format!(
            "<!doctype html><meta charset=\"utf-8\"><title>{title}</title><h1>{title}</h1>{body}"
        )),
    )
        .into_response()
}

fn password_form(key: &str, email: &str, problem: Option<&str>) -> String {
    let problem = problem
        .map(|p| format!("<p class=\"error\">{}</p>", html_escape(p)))
        .unwrap_or_default();
    format!(
        "<p>Set the password of {}.</p>{problem}\
         <form method=\"post\" action=\"/cloudsigma/confirm/{key}\">\
         <label>Password <input type=\"password\" name=\"password\" minlength=\"8\"></label>\
         <label>Again <input type=\"password\" name=\"password2\" minlength=\"8\"></label>\
         <button type=\"submit\">Set password</button></form>",
        html_escape(email)
    )
}

async fn confirm_page(State(shared): State<Shared>, Path(key): Path<String>) -> Response {
    let world = shared.world();
    match world.sigma.confirmations.get(&key) {
        Some(email) => page(
            StatusCode::OK,
            "Confirm your CloudSigma account",
            &password_form(&html_escape(&key), email, None),
        ),
        None => page(
            StatusCode::NOT_FOUND,
            "This link is not valid",
            "<p>It was already used, or it never existed.</p>",
        ),
    }
}

async fn confirm(State(shared): State<Shared>, Path(key): Path<String>, body: Bytes) -> Response {
    let form: HashMap<String, String> = url::form_urlencoded::parse(&body).into_owned().collect();
    let mut world = shared.world();
    let Some(email) = world.sigma.confirmations.get(&key).cloned() else {
        return page(
            StatusCode::NOT_FOUND,
            "This link is not valid",
            "<p>It was already used, or it never existed.</p>",
        );
    };
    let password = form.get("password").map(String::as_str).unwrap_or("");
    let again = form.get("password2").map(String::as_str).unwrap_or("");
    let problem = if password.chars().count() < 8 {
        Some("The password must have at least 8 characters.")
    } else if password != again {
        Some("The two passwords are not the same.")
    } else {
        None
    };
    if let Some(problem) = problem {
        return page(
            StatusCode::BAD_REQUEST,
            "Confirm your CloudSigma account",
            &password_form(&html_escape(&key), &email, Some(problem)),
        );
    }
    world.sigma.confirmations.remove(&key);
    if let Some(account) = world.sigma.accounts.get_mut(&email) {
        account.password = Some(password.to_string());
        account.confirmed = true;
    }
    page(
        StatusCode::OK,
        "Your account is ready",
        "<p>Your password is set. You can sign in now.</p>",
    )
}
