//! Cleura Cloud's REST API, versions 1 and 2, with the SMS second factor (PROVIDERS.md §2).
//!
//! Sandbox choices:
//! - Errors are `{"error":{"code":<status>,"message":"…"}}` everywhere.
//! - v1: `bob` (SMS) signing in without `twofa_method` is refused with 400 "two-factor
//!   authentication required"; `alice` (no second factor) gets a token with or without
//!   `twofa_method`; `carol` (WebAuthn only) is refused with 400 saying why the REST API
//!   cannot be used. A wrong login or password is 401 and does not say which.
//! - v2: `bob` without `two_factor_method` gets `twofactor_options` `["sms"]`, `carol` gets
//!   `["webauthn"]` and is refused (400) when choosing `sms`.
//! - A verification lasts 10 minutes; each code 5 minutes; a resend makes a new code and the
//!   old one stops working; three wrong codes spend the verification. A wrong code is 400
//!   with the tries left in the message. `code` must be a JSON integer (400 otherwise).
//! - Tokens are 32 letters and digits and last one hour; a bad, expired or revoked token is
//!   403 "Invalid or expired token".
//! - Checking and revoking a token are documented for v1 only (`POST /auth/v1/tokens/validate`,
//!   `DELETE /auth/v1/tokens`); the same requests also answer under `/auth/v2/` so that a
//!   client speaking v2 finds them.
//! - v2 domains are served at `/accesscontrol/v2/openstack/domains` and
//!   `/accesscontrol/v2/openstack/{domain}/projects`, in the v2 shape (integer ids, regions
//!   `{"id","name","tag"}`).
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
}

struct Verification {
    login: String,
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
                },
            ),
            (
                "bob",
                User {
                    password: "bob-password",
                    factor: Factor::Sms,
                    phone: "+46 70 000 00 02",
                },
            ),
            (
                "carol",
                User {
                    password: "carol-password",
                    factor: Factor::WebAuthn,
                    phone: "+46 70 000 00 03",
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
        .route("/cleura/auth/v1/tokens", post(sign_in_v1).delete(revoke))
        .route(
            "/cleura/auth/v1/tokens/request2facode",
            post(request_code_v1),
        )
        .route("/cleura/auth/v1/tokens/verify2fa", post(verify_v1))
        .route("/cleura/auth/v1/tokens/validate", post(validate))
        .route("/cleura/auth/v2/tokens", post(sign_in_v2).delete(revoke))
        .route("/cleura/auth/v2/request-sms-code", post(request_code_v2))
        .route("/cleura/auth/v2/tokens-by-sms-code", post(verify_v2))
        .route("/cleura/auth/v2/tokens/validate", post(validate))
        .route(
            "/cleura/accesscontrol/v1/openstack/domains",
            get(domains_v1),
        )
        .route(
            "/cleura/accesscontrol/v2/openstack/domains",
            get(domains_v2),
        )
        .route(
            "/cleura/accesscontrol/v1/openstack/{domain}/projects",
            get(projects),
        )
        .route(
            "/cleura/accesscontrol/v2/openstack/{domain}/projects",
            get(projects),
        )
}

/// Cleura's error envelope.
pub fn error(status: StatusCode, message: &str) -> Response {
    (
        status,
        axum::Json(json!({ "error": { "code": status.as_u16(), "message": message } })),
    )
        .into_response()
}

fn bad(message: &str) -> Response {
    error(StatusCode::BAD_REQUEST, message)
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
    Verification(String),
    Options(Vec<&'static str>),
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
    let state = &mut world.cleura;
    let Some(user) = state.users.get(login).filter(|u| u.password == password) else {
        return Err(error(StatusCode::UNAUTHORIZED, "Invalid login or password"));
    };
    if let Some(method) = method
        && method != "sms"
    {
        return Err(bad(&format!(
            "Unsupported two-factor method {method}: the REST API supports sms"
        )));
    }
    match (user.factor, method) {
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
        (Factor::Sms, Some(_)) => {
            let verification = random_alnum(10).to_lowercase();
            state.verifications.insert(
                verification.clone(),
                Verification {
                    login: login.to_string(),
                    created: now,
                    code: None,
                    attempts_left: ATTEMPTS,
                },
            );
            Ok(Start::Verification(verification))
        }
        (Factor::Sms, None) if v2 => Ok(Start::Options(vec!["sms"])),
        (Factor::Sms, None) => Err(bad("two-factor authentication required")),
        (Factor::WebAuthn, None) if v2 => Ok(Start::Options(vec!["webauthn"])),
        (Factor::WebAuthn, _) => Err(bad(
            "This account's only second factor is WebAuthn, which the REST API cannot use: \
             add SMS as a second factor to use the REST API",
        )),
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
        Ok(Start::Verification(v)) => axum::Json(json!({
            "result": "twofactor_required", "type": "sms", "verification": v
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
        Ok(Start::Verification(v)) => {
            json!({ "result": "twofactor_required", "type": "sms", "verification": v })
        }
        Ok(Start::Options(options)) => json!({ "result": "twofactor_options", "options": options }),
        Err(r) => return r,
    };
    (StatusCode::CREATED, axum::Json(answer)).into_response()
}

/// Sends a new code for a verification (the old one stops working).
fn send_code(shared: &Shared, login: &str, verification: &str) -> Response {
    let mut world = shared.world();
    let now = world.now();
    let Some(v) = world.cleura.verifications.get_mut(verification) else {
        return bad("Invalid verification");
    };
    if v.login != login {
        return bad("Invalid verification");
    }
    if v.attempts_left == 0 || now.saturating_duration_since(v.created) > VERIFICATION_TTL {
        return bad("This verification has expired or was spent: sign in again");
    }
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
        return Err(bad("Invalid verification"));
    };
    if v.login != login {
        return Err(bad("Invalid verification"));
    }
    if v.attempts_left == 0 || now.saturating_duration_since(v.created) > VERIFICATION_TTL {
        return Err(bad(
            "This verification has expired or was spent: sign in again",
        ));
    }
    let Some((sent, at)) = &v.code else {
        return Err(bad(
            "No code was sent for this verification: request one first",
        ));
    };
    if now.saturating_duration_since(*at) > CODE_TTL {
        return Err(bad("The code has expired: request a new one"));
    }
    // Leading zeros are lost in a JSON integer: compare as numbers.
    if sent.parse::<u64>().ok() != code.parse::<u64>().ok() {
        v.attempts_left -= 1;
        return Err(bad(&match v.attempts_left {
            0 => "Invalid code; no attempts left: this verification is spent, sign in again"
                .to_string(),
            1 => "Invalid code; 1 attempt left".to_string(),
            n => format!("Invalid code; {n} attempts left"),
        }));
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

/// The login whose token the headers carry, if it is valid.
fn signed_in(shared: &Shared, headers: &HeaderMap) -> Result<(String, String), Response> {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let (Some(login), Some(token)) = (header("x-auth-login"), header("x-auth-token")) else {
        return Err(error(
            StatusCode::FORBIDDEN,
            "Missing X-AUTH-LOGIN or X-AUTH-TOKEN: a token is required",
        ));
    };
    let world = shared.world();
    let now = world.now();
    match world.cleura.tokens.get(&token) {
        Some(t) if t.login == login && now.saturating_duration_since(t.issued) < TOKEN_TTL => {
            Ok((login, token))
        }
        _ => Err(error(StatusCode::FORBIDDEN, "Invalid or expired token")),
    }
}

async fn validate(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    match signed_in(&shared, &headers) {
        Ok(_) => StatusCode::NO_CONTENT.into_response(),
        Err(r) => r,
    }
}

async fn revoke(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    match signed_in(&shared, &headers) {
        Ok((_, token)) => {
            shared.world().cleura.tokens.remove(&token);
            StatusCode::NO_CONTENT.into_response()
        }
        Err(r) => r,
    }
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
    if let Err(r) = signed_in(&shared, &headers) {
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

async fn domains_v2(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    if let Err(r) = signed_in(&shared, &headers) {
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

async fn projects(
    State(shared): State<Shared>,
    headers: HeaderMap,
    Path(domain): Path<String>,
) -> Response {
    let login = match signed_in(&shared, &headers) {
        Ok((login, _)) => login,
        Err(r) => return r,
    };
    let Some(found) = shared.cleura_domains.iter().find(|d| d.id == domain) else {
        return error(StatusCode::NOT_FOUND, &format!("No domain {domain}"));
    };
    let code = found.region_tag.as_str();
    let list: Vec<Value> = ["default", "staging", "production"]
        .iter()
        .enumerate()
        .map(|(i, kind)| {
            json!({
                "id": format!("{}{:02}{}", &domain[..8], i, &domain[10..32]),
                "name": format!("{login}-{}-{kind}", code.to_lowercase()),
                "domain_id": domain,
                "enabled": *kind != "staging",
                "default": i == 0,
                "description": format!("{kind} project in {code}"),
            })
        })
        .collect();
    axum::Json(list).into_response()
}
