//! Cleura Cloud's REST API, versions 1 and 2, with the SMS second factor (PROVIDERS.md §2).
//!
//! Sandbox choices:
//! - Errors are `{"error":{"code":<status>,"message":"…"}}` everywhere, with per-field
//!   `errors: [{"key","value"}]` (the generated client's `FrameworkHttpErrorContentError`)
//!   where the answer is about one thing: the `code` (`value` `invalid`, or `expired`, with
//!   `{"key":"attempts_left","value":"2"}` after a wrong one), the `verification` (`spent`,
//!   `expired`, `unknown`), the `two_factor_method`. No public source shows these keys: they
//!   are this sandbox's; the client reads them when given and falls back on the status.
//! - v1: `bob` (SMS) signing in without `twofa_method` is refused with 400 "two-factor
//!   authentication required"; `alice` (no second factor) gets a token with or without
//!   `twofa_method`; `carol` (WebAuthn only) asked for SMS answers `twofactor_required` with
//!   `"type": "webauthn"` (the generated client's `CommonTwoFactorMethod`), and no SMS can be
//!   requested for that verification. A wrong login or password is 401 and does not say which.
//! - v2: `bob` without `two_factor_method` gets `twofactor_options` `["sms"]`, `carol` gets
//!   `["webauthn"]`, and asking `sms` for `carol` answers `twofactor_required` of type
//!   `webauthn`, as v1 does.
//! - A verification lasts 10 minutes; each code 5 minutes; a resend makes a new code and the
//!   old one stops working; three wrong codes spend the verification. A wrong code is 400.
//!   `code` must be a JSON integer (400 otherwise).
//! - Tokens are 32 letters and digits and last one hour. A missing, bad, expired or revoked
//!   token is refused with the text cleura-cli's tests use, "Invalid token": 403 on the v1
//!   routes (as the aztekas v1 client reads a refused validation), 401 on the v2 routes (the
//!   status the generated client declares for them).
//! - v2 after sign-in serves only the routes Cleura's CLI uses: `GET
//!   /openstack/identity/v2/domains` (integer area and region ids, regions `{"id","name","tag"}`)
//!   and `GET /openstack/identity/v1/current-user/projects` (the caller's projects grouped by
//!   region), `POST /auth/v2/tokens/validate`, `DELETE /auth/v2/tokens`.
//! - `dave` (no second factor) is a user of the account, not its administrator, whose
//!   OpenStack access covers Stockholm (`Sto2`) only, as Cleura grants a login's OpenStack
//!   privilege per project and domain (the generated client's `CommonUserLoginPrivilege`,
//!   `CommonUserLoginProjectPrivilege`): he lists every region, v1's projects of any other
//!   domain answer 403 in the words Cleura refuses a missing privilege with, and v2's list of
//!   his own projects has Stockholm's alone.
//! - Every account sees the guide's three domains, one region each; started with
//!   `--regions N`, made-up ones follow (`Sandbox region 0004`…, tag `Sbx0004`…) up to N, to
//!   try how a long region table reads and performs.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::Shared;
use super::util::{opt_str, parse_json_body, random_alnum, random_digits};

const VERIFICATION_TTL: Duration = Duration::from_secs(600);
const CODE_TTL: Duration = Duration::from_secs(300);
const TOKEN_TTL: Duration = Duration::from_secs(3600);
const ATTEMPTS: u8 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Factor {
    None,
    Sms,
    WebAuthn,
}

struct User {
    password: &'static str,
    factor: Factor,
    phone: &'static str,
    /// The regions (tags) whose projects this login may list; None: every region.
    projects_in: Option<&'static [&'static str]>,
}

/// How Cleura refuses a login a privilege it lacks (cleura-cli `batchc_test.go` L105).
const NO_ACCESS: &str = "No access: Your user does not have access to this method.";

struct Verification {
    login: String,
    /// What the second factor of this verification is: only SMS is sent a code.
    factor: Factor,
    created: Instant,
    /// The code last sent and when; None until one is requested.
    code: Option<(String, Instant)>,
    attempts_left: u8,
}

struct Token {
    login: String,
    issued: Instant,
}

pub struct CleuraState {
    users: HashMap<&'static str, User>,
    verifications: HashMap<String, Verification>,
    tokens: HashMap<String, Token>,
}

impl CleuraState {
    pub fn fixtures() -> CleuraState {
        let users = HashMap::from([
            (
                "alice",
                User {
                    password: "alice-password",
                    factor: Factor::None,
                    phone: "+46 70 000 00 01",
                    projects_in: None,
                },
            ),
            (
                "bob",
                User {
                    password: "bob-password",
                    factor: Factor::Sms,
                    phone: "+46 70 000 00 02",
                    projects_in: None,
                },
            ),
            (
                "carol",
                User {
                    password: "carol-password",
                    factor: Factor::WebAuthn,
                    phone: "+46 70 000 00 03",
                    projects_in: None,
                },
            ),
            (
                "dave",
                User {
                    password: "dave-password",
                    factor: Factor::None,
                    phone: "+46 70 000 00 04",
                    projects_in: Some(&["Sto2"]),
                },
            ),
        ]);
        CleuraState {
            users,
            verifications: HashMap::new(),
            tokens: HashMap::new(),
        }
    }
}

pub fn routes() -> Router<Shared> {
    Router::new()
        .route("/cleura/auth/v1/tokens", post(sign_in_v1).delete(revoke_v1))
        .route(
            "/cleura/auth/v1/tokens/request2facode",
            post(request_code_v1),
        )
        .route("/cleura/auth/v1/tokens/verify2fa", post(verify_v1))
        .route("/cleura/auth/v1/tokens/validate", post(validate_v1))
        .route("/cleura/auth/v2/tokens", post(sign_in_v2).delete(revoke_v2))
        .route("/cleura/auth/v2/request-sms-code", post(request_code_v2))
        .route("/cleura/auth/v2/tokens-by-sms-code", post(verify_v2))
        .route("/cleura/auth/v2/tokens/validate", post(validate_v2))
        .route(
            "/cleura/accesscontrol/v1/openstack/domains",
            get(domains_v1),
        )
        .route(
            "/cleura/accesscontrol/v1/openstack/{domain}/projects",
            get(projects_v1),
        )
        .route("/cleura/openstack/identity/v2/domains", get(domains_v2))
        .route(
            "/cleura/openstack/identity/v1/current-user/projects",
            get(projects_v2),
        )
}

/// What the real API answers that the fixtures never show, set with `POST /_sandbox/faults`
/// `{"cleura": {…}}`: a listing answering a status, with Cleura's error envelope, as it does
/// to a login whose role may not list (403) or when it fails (5xx).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CleuraFaults {
    /// The status every domain listing answers (both versions).
    pub domains_status: Option<u16>,
    /// The status every project listing answers (both versions).
    pub projects_status: Option<u16>,
}

/// A listing's answer when a fault gives it `status`: a 403 in the words Cleura refuses a
/// missing privilege with (cleura-cli `batchc_test.go` L105), any other in its status's.
fn faulted(status: Option<u16>) -> Option<Response> {
    let status = StatusCode::from_u16(status?).ok()?;
    let message = if status == StatusCode::FORBIDDEN {
        NO_ACCESS
    } else {
        status.canonical_reason().unwrap_or("error")
    };
    Some(error(status, message))
}

/// Cleura's error envelope.
pub fn error(status: StatusCode, message: &str) -> Response {
    error_about(status, message, &[])
}

/// Cleura's error envelope, with what it is about as `errors: [{key, value}]`.
fn error_about(status: StatusCode, message: &str, about: &[(&str, &str)]) -> Response {
    let mut content = json!({ "code": status.as_u16(), "message": message });
    if !about.is_empty() {
        content["errors"] = about
            .iter()
            .map(|(key, value)| json!({ "key": key, "value": value }))
            .collect();
    }
    (status, axum::Json(json!({ "error": content }))).into_response()
}

fn bad(message: &str) -> Response {
    error(StatusCode::BAD_REQUEST, message)
}

fn bad_about(message: &str, about: &[(&str, &str)]) -> Response {
    error_about(StatusCode::BAD_REQUEST, message, about)
}

/// The body as a JSON object, and `wrapper` inside it when given (v1 wraps every body).
fn object_body(body: &[u8], wrapper: Option<&str>) -> Result<Value, Response> {
    let value = parse_json_body(body, false).map_err(|why| bad(&why))?;
    let value = match wrapper {
        Some(name) => match value.get(name) {
            Some(inner @ Value::Object(_)) => inner.clone(),
            Some(_) => return Err(bad(&format!("{name} must be an object"))),
            None => return Err(bad(&format!("Missing field: {name}"))),
        },
        None => value,
    };
    if value.is_object() {
        Ok(value)
    } else {
        Err(bad("The body must be a JSON object"))
    }
}

fn field<'a>(obj: &'a Value, prefix: &str, name: &str) -> Result<&'a str, Response> {
    match opt_str(obj, name) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Err(bad(&format!("Missing field: {prefix}{name}"))),
        Err(_) => Err(bad(&format!("{prefix}{name} must be a string"))),
    }
}

enum Start {
    Token(String),
    Verification { id: String, factor: Factor },
    Options(Vec<&'static str>),
}

impl Factor {
    /// The name the API gives it (`CommonTwoFactorMethod`).
    fn name(self) -> &'static str {
        match self {
            Factor::None => "none",
            Factor::Sms => "sms",
            Factor::WebAuthn => "webauthn",
        }
    }
}

/// A login locked after too many wrong passwords, for `wait` more.
fn locked(wait: std::time::Duration) -> Response {
    super::throttle::too_many(
        error(
            StatusCode::TOO_MANY_REQUESTS,
            &format!(
                "Too many failed sign-ins for this login: it is locked for {}",
                crate::text::duration(wait)
            ),
        ),
        wait,
    )
}

/// Checks the password, then what the account's second factor asks for.
fn start(
    shared: &Shared,
    login: &str,
    password: &str,
    method: Option<&str>,
    v2: bool,
) -> Result<Start, Response> {
    let mut world = shared.world();
    let now = world.now();
    if let Some(wait) = world.throttle.locked(login, now) {
        return Err(locked(wait));
    }
    let right = world
        .cleura
        .users
        .get(login)
        .is_some_and(|u| u.password == password);
    if !right {
        return Err(match world.throttle.failed(login, now) {
            Some(wait) => locked(wait),
            None => error(StatusCode::UNAUTHORIZED, "Invalid login or password"),
        });
    }
    world.throttle.succeeded(login);
    let state = &mut world.cleura;
    let Some(user) = state.users.get(login) else {
        return Err(error(StatusCode::UNAUTHORIZED, "Invalid login or password"));
    };
    let method_key = if v2 {
        "two_factor_method"
    } else {
        "twofa_method"
    };
    if let Some(method) = method
        && method != "sms"
        && method != "webauthn"
    {
        return Err(bad_about(
            &format!("Unsupported two-factor method {method}"),
            &[(method_key, method)],
        ));
    }
    let factor = user.factor;
    match (factor, method) {
        (Factor::None, _) => {
            let token = random_alnum(32);
            state.tokens.insert(
                token.clone(),
                Token {
                    login: login.to_string(),
                    issued: now,
                },
            );
            Ok(Start::Token(token))
        }
        (Factor::Sms, Some("webauthn")) => Err(bad_about(
            "This account has no WebAuthn second factor",
            &[(method_key, "webauthn")],
        )),
        // Whatever was asked for, the account's own second factor is what it must use.
        (Factor::Sms | Factor::WebAuthn, Some(_)) => {
            let id = random_alnum(10).to_lowercase();
            state.verifications.insert(
                id.clone(),
                Verification {
                    login: login.to_string(),
                    factor,
                    created: now,
                    code: None,
                    attempts_left: ATTEMPTS,
                },
            );
            Ok(Start::Verification { id, factor })
        }
        (Factor::Sms, None) if v2 => Ok(Start::Options(vec!["sms"])),
        (Factor::WebAuthn, None) if v2 => Ok(Start::Options(vec!["webauthn"])),
        (Factor::Sms | Factor::WebAuthn, None) => Err(bad("two-factor authentication required")),
    }
}

async fn sign_in_v1(State(shared): State<Shared>, body: Bytes) -> Response {
    let auth = match object_body(&body, Some("auth")) {
        Ok(a) => a,
        Err(r) => return r,
    };
    let (login, password) = match (
        field(&auth, "auth.", "login"),
        field(&auth, "auth.", "password"),
    ) {
        (Ok(l), Ok(p)) => (l, p),
        (Err(r), _) | (_, Err(r)) => return r,
    };
    let method = match opt_str(&auth, "twofa_method") {
        Ok(m) => m,
        Err(_) => return bad("auth.twofa_method must be a string"),
    };
    match start(&shared, login, password, method, false) {
        Ok(Start::Token(token)) => {
            axum::Json(json!({ "result": "login_ok", "token": token })).into_response()
        }
        Ok(Start::Verification { id, factor }) => axum::Json(json!({
            "result": "twofactor_required", "type": factor.name(), "verification": id
        }))
        .into_response(),
        Ok(Start::Options(_)) => bad("two-factor authentication required"),
        Err(r) => r,
    }
}

async fn sign_in_v2(State(shared): State<Shared>, body: Bytes) -> Response {
    let body = match object_body(&body, None) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let (login, password) = match (field(&body, "", "login"), field(&body, "", "password")) {
        (Ok(l), Ok(p)) => (l, p),
        (Err(r), _) | (_, Err(r)) => return r,
    };
    let method = match opt_str(&body, "two_factor_method") {
        Ok(m) => m,
        Err(_) => return bad("two_factor_method must be a string"),
    };
    let answer = match start(&shared, login, password, method, true) {
        Ok(Start::Token(token)) => json!({ "result": "login_ok", "token": token }),
        Ok(Start::Verification { id, factor }) => {
            json!({ "result": "twofactor_required", "type": factor.name(), "verification": id })
        }
        Ok(Start::Options(options)) => json!({ "result": "twofactor_options", "options": options }),
        Err(r) => return r,
    };
    (StatusCode::CREATED, axum::Json(answer)).into_response()
}

/// Why a verification can no longer be used, if it cannot, as the `errors` entry says it.
fn ended(v: &Verification, now: std::time::Instant) -> Option<(&'static str, &'static str)> {
    if v.attempts_left == 0 {
        Some(("This verification is spent: too many wrong codes", "spent"))
    } else if now.saturating_duration_since(v.created) > VERIFICATION_TTL {
        Some(("This verification has expired", "expired"))
    } else {
        None
    }
}

fn unknown_verification() -> Response {
    bad_about("Invalid verification", &[("verification", "unknown")])
}

/// Sends a new code for a verification (the old one stops working).
fn send_code(shared: &Shared, login: &str, verification: &str) -> Response {
    let mut world = shared.world();
    let now = world.now();
    let Some(v) = world.cleura.verifications.get_mut(verification) else {
        return unknown_verification();
    };
    if v.login != login {
        return unknown_verification();
    }
    if let Some((message, why)) = ended(v, now) {
        return bad_about(message, &[("verification", why)]);
    }
    if v.factor != Factor::Sms {
        return bad_about(
            "This verification is completed with WebAuthn, not an SMS code",
            &[("two_factor_method", v.factor.name())],
        );
    }
    if let Err(wait) = world.throttle.sms(login, now) {
        return super::throttle::too_many(
            error(
                StatusCode::TOO_MANY_REQUESTS,
                &format!(
                    "Too many codes were sent to this login's phone: the next can be sent in {}",
                    crate::text::duration(wait)
                ),
            ),
            wait,
        );
    }
    let Some(v) = world.cleura.verifications.get_mut(verification) else {
        return unknown_verification();
    };
    let code = random_digits(6);
    v.code = Some((code.clone(), now));
    let phone = world
        .cleura
        .users
        .get(login)
        .map(|u| u.phone)
        .unwrap_or("+46 70 000 00 00");
    world.outbox.sms(
        phone,
        format!("Your Cleura verification code is {code}. It expires in 5 minutes."),
        code,
    );
    drop(world);
    shared.outbox_changed.notify_waiters();
    StatusCode::NO_CONTENT.into_response()
}

async fn request_code_v1(State(shared): State<Shared>, body: Bytes) -> Response {
    let req = match object_body(&body, Some("request2fa")) {
        Ok(r) => r,
        Err(r) => return r,
    };
    match (
        field(&req, "request2fa.", "login"),
        field(&req, "request2fa.", "verification"),
    ) {
        (Ok(l), Ok(v)) => send_code(&shared, l, v),
        (Err(r), _) | (_, Err(r)) => r,
    }
}

async fn request_code_v2(State(shared): State<Shared>, body: Bytes) -> Response {
    let req = match object_body(&body, None) {
        Ok(r) => r,
        Err(r) => return r,
    };
    match (field(&req, "", "login"), field(&req, "", "verification")) {
        (Ok(l), Ok(v)) => send_code(&shared, l, v),
        (Err(r), _) | (_, Err(r)) => r,
    }
}

/// Checks a code; on success the verification is used up and a token issued.
fn verify(shared: &Shared, req: &Value, prefix: &str) -> Result<String, Response> {
    let login = field(req, prefix, "login")?;
    let verification = field(req, prefix, "verification")?;
    let code = match req.get("code") {
        Some(Value::Number(n)) if n.is_u64() => n.to_string(),
        Some(Value::String(_)) => {
            return Err(bad(&format!(
                "{prefix}code must be an integer, not a string (no quotes around it)"
            )));
        }
        Some(_) => return Err(bad(&format!("{prefix}code must be an integer"))),
        None => return Err(bad(&format!("Missing field: {prefix}code"))),
    };
    let mut world = shared.world();
    let now = world.now();
    let state = &mut world.cleura;
    let Some(v) = state.verifications.get_mut(verification) else {
        return Err(unknown_verification());
    };
    if v.login != login {
        return Err(unknown_verification());
    }
    if let Some((message, why)) = ended(v, now) {
        return Err(bad_about(message, &[("verification", why)]));
    }
    let Some((sent, at)) = &v.code else {
        return Err(bad_about(
            "No code was sent for this verification: request one first",
            &[("code", "not_sent")],
        ));
    };
    if now.saturating_duration_since(*at) > CODE_TTL {
        return Err(bad_about(
            "The code has expired: request a new one",
            &[("code", "expired")],
        ));
    }
    // Leading zeros are lost in a JSON integer: compare as numbers.
    if sent.parse::<u64>().ok() != code.parse::<u64>().ok() {
        v.attempts_left -= 1;
        return Err(match v.attempts_left {
            0 => bad_about(
                "Invalid code; no attempts left",
                &[("code", "invalid"), ("verification", "spent")],
            ),
            n => bad_about(
                "Invalid code",
                &[("code", "invalid"), ("attempts_left", &n.to_string())],
            ),
        });
    }
    state.verifications.remove(verification);
    let token = random_alnum(32);
    state.tokens.insert(
        token.clone(),
        Token {
            login: login.to_string(),
            issued: now,
        },
    );
    Ok(token)
}

async fn verify_v1(State(shared): State<Shared>, body: Bytes) -> Response {
    let req = match object_body(&body, Some("verify2fa")) {
        Ok(r) => r,
        Err(r) => return r,
    };
    match verify(&shared, &req, "verify2fa.") {
        Ok(token) => axum::Json(json!({ "result": "login_ok", "token": token })).into_response(),
        Err(r) => r,
    }
}

async fn verify_v2(State(shared): State<Shared>, body: Bytes) -> Response {
    let req = match object_body(&body, None) {
        Ok(r) => r,
        Err(r) => return r,
    };
    match verify(&shared, &req, "") {
        Ok(token) => axum::Json(json!({ "token": token })).into_response(),
        Err(r) => r,
    }
}

/// Which version's routes a request came by: a refused token is answered differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Api {
    V1,
    V2,
}

/// The login whose token the headers carry, if it is valid.
fn signed_in(shared: &Shared, headers: &HeaderMap, api: Api) -> Result<(String, String), Response> {
    let refused = || {
        let status = match api {
            Api::V1 => StatusCode::FORBIDDEN,
            Api::V2 => StatusCode::UNAUTHORIZED,
        };
        error(status, "Invalid token")
    };
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let (Some(login), Some(token)) = (header("x-auth-login"), header("x-auth-token")) else {
        return Err(refused());
    };
    let world = shared.world();
    let now = world.now();
    match world.cleura.tokens.get(&token) {
        Some(t) if t.login == login && now.saturating_duration_since(t.issued) < TOKEN_TTL => {
            Ok((login, token))
        }
        _ => Err(refused()),
    }
}

fn validate(shared: &Shared, headers: &HeaderMap, api: Api) -> Response {
    match signed_in(shared, headers, api) {
        Ok(_) => StatusCode::NO_CONTENT.into_response(),
        Err(r) => r,
    }
}

async fn validate_v1(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    validate(&shared, &headers, Api::V1)
}

async fn validate_v2(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    validate(&shared, &headers, Api::V2)
}

fn revoke(shared: &Shared, headers: &HeaderMap, api: Api) -> Response {
    match signed_in(shared, headers, api) {
        Ok((_, token)) => {
            shared.world().cleura.tokens.remove(&token);
            StatusCode::NO_CONTENT.into_response()
        }
        Err(r) => r,
    }
}

async fn revoke_v1(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    revoke(&shared, &headers, Api::V1)
}

async fn revoke_v2(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    revoke(&shared, &headers, Api::V2)
}

/// One domain with its area and region: the guide's three, then any made up to reach the
/// region count the sandbox was started with (to see how a long table behaves).
pub(crate) struct Domain {
    id: String,
    area: String,
    area_id: u64,
    area_tag: String,
    region: String,
    zone_id: u64,
    region_tag: String,
    name: &'static str,
}

const DOMAIN_NAME: &str = "CCP_Domain_43597";

/// The domains an account sees: one region each, `regions` in all (never fewer than the
/// guide's three).
pub(crate) fn domains(regions: usize) -> Vec<Domain> {
    let guide = [
        (
            "79b0cef45b504586ad0bf057dc4cb8b8",
            "Sweden / Stockholm",
            6,
            "SE_STO2",
            "Stockholm / Sweden",
            2,
            "Sto2",
        ),
        (
            "08db589d04f442e19c272f2cd1a02906",
            "Germany / Frankfurt",
            7,
            "DE",
            "Frankfurt / Germany",
            6,
            "Fra1",
        ),
        (
            "a018123218f5428ba96d7fb212d90cf2",
            "Europe",
            1,
            "EU",
            "Karlskrona / Sweden",
            1,
            "Kna1",
        ),
    ];
    let mut list: Vec<Domain> = guide
        .into_iter()
        .map(
            |(id, area, area_id, area_tag, region, zone_id, region_tag)| Domain {
                id: id.into(),
                area: area.into(),
                area_id,
                area_tag: area_tag.into(),
                region: region.into(),
                zone_id,
                region_tag: region_tag.into(),
                name: DOMAIN_NAME,
            },
        )
        .collect();
    for n in list.len()..regions {
        let number = n as u64 + 1;
        list.push(Domain {
            // Scrambled, so that made-up ids look like (and differ as early as) real ones.
            id: format!(
                "{:032x}",
                u128::from(number).wrapping_mul(0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c835)
            ),
            area: format!("Sandbox / Area {}", number / 50 + 1),
            area_id: 100 + number / 50,
            area_tag: format!("SBX{}", number / 50 + 1),
            region: format!("Sandbox region {number:04}"),
            zone_id: 100 + number,
            region_tag: format!("Sbx{number:04}"),
            name: DOMAIN_NAME,
        });
    }
    list
}

async fn domains_v1(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    if let Err(r) = signed_in(&shared, &headers, Api::V1) {
        return r;
    }
    if let Some(r) = faulted(shared.world().faults.faults.cleura.domains_status) {
        return r;
    }
    let list: Vec<Value> = shared
        .cleura_domains
        .iter()
        .map(|d| {
            json!({
                "area": {
                    "id": d.area_id.to_string(),
                    "name": d.area,
                    "tag": d.area_tag,
                    "regions": [{
                        "zone_id": d.zone_id.to_string(),
                        "name": d.region,
                        "status": "active",
                        "region": d.region_tag,
                    }],
                },
                "id": d.id,
                "status": "provisioned",
                "name": d.name,
                "enabled": true,
            })
        })
        .collect();
    axum::Json(list).into_response()
}

/// `CommonOpenStackDomain` of the generated client: integer area and region ids, regions
/// `{"id","name","tag"}`.
async fn domains_v2(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    if let Err(r) = signed_in(&shared, &headers, Api::V2) {
        return r;
    }
    if let Some(r) = faulted(shared.world().faults.faults.cleura.domains_status) {
        return r;
    }
    let list: Vec<Value> = shared
        .cleura_domains
        .iter()
        .map(|d| {
            json!({
                "area": {
                    "id": d.area_id,
                    "name": d.area,
                    "tag": d.area_tag,
                    "regions": [{ "id": d.zone_id, "name": d.region, "tag": d.region_tag }],
                },
                "id": d.id,
                "status": "provisioned",
                "name": d.name,
                "enabled": true,
            })
        })
        .collect();
    axum::Json(list).into_response()
}

/// The projects every login has in a domain: `{login}-{region}-default`, `-staging`
/// (disabled) and `-production`.
fn projects_of(login: &str, domain: &Domain) -> Vec<Value> {
    let code = domain.region_tag.as_str();
    let id = domain.id.as_str();
    ["default", "staging", "production"]
        .iter()
        .enumerate()
        .map(|(i, kind)| {
            json!({
                "id": format!("{}{:02}{}", &id[..8], i, &id[10..32]),
                "name": format!("{login}-{}-{kind}", code.to_lowercase()),
                "domain_id": id,
                "enabled": *kind != "staging",
                "default": i == 0,
                "description": format!("{kind} project in {code}"),
            })
        })
        .collect()
}

async fn projects_v1(
    State(shared): State<Shared>,
    headers: HeaderMap,
    Path(domain): Path<String>,
) -> Response {
    let login = match signed_in(&shared, &headers, Api::V1) {
        Ok((login, _)) => login,
        Err(r) => return r,
    };
    if let Some(r) = faulted(shared.world().faults.faults.cleura.projects_status) {
        return r;
    }
    let Some(found) = shared.cleura_domains.iter().find(|d| d.id == domain) else {
        return error(StatusCode::NOT_FOUND, "not found");
    };
    if !reaches(projects_reach(&shared, &login), &found.region_tag) {
        return error(StatusCode::FORBIDDEN, NO_ACCESS);
    }
    axum::Json(projects_of(&login, found)).into_response()
}

/// The regions (tags) whose projects `login`'s OpenStack access reaches; None: every one.
fn projects_reach(shared: &Shared, login: &str) -> Option<&'static [&'static str]> {
    shared
        .world()
        .cleura
        .users
        .get(login)
        .and_then(|u| u.projects_in)
}

fn reaches(reach: Option<&[&str]>, tag: &str) -> bool {
    reach.is_none_or(|tags| tags.contains(&tag))
}

/// The caller's own projects grouped by region (`OpenStackIdentityRegionWithProjects`); a
/// project carries no `default` in v2.
async fn projects_v2(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    let login = match signed_in(&shared, &headers, Api::V2) {
        Ok((login, _)) => login,
        Err(r) => return r,
    };
    if let Some(r) = faulted(shared.world().faults.faults.cleura.projects_status) {
        return r;
    }
    let reach = projects_reach(&shared, &login);
    let groups: Vec<Value> = shared
        .cleura_domains
        .iter()
        .filter(|d| reaches(reach, &d.region_tag))
        .map(|d| {
            let projects: Vec<Value> = projects_of(&login, d)
                .into_iter()
                .map(|mut p| {
                    if let Some(p) = p.as_object_mut() {
                        p.remove("default");
                    }
                    p
                })
                .collect();
            json!({
                "region": {
                    "id": d.zone_id,
                    "tag": d.region_tag,
                    "name": d.region,
                    "backup_enabled": true,
                    "dns_enabled": true,
                    "network_provider": "neutron",
                    "object_storage_enabled": true,
                },
                "projects": projects,
            })
        })
        .collect();
    axum::Json(groups).into_response()
}
