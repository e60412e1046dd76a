//! The Cloudery (instance creation and its workflow) and the new instances (activation and
//! the passphrase), as PROVIDERS.md §1 describes them.
//!
//! Sandbox choices:
//! - The fixture partner `cozy` has the public token `sandbox-token` and the domains
//!   `mycozy.cloud` and `example.org` (the Cloudery guide's own example creates
//!   `foo.example.org` and must work as printed); another domain answers 422.
//! - Any offer shaped like `^[a-z][a-z0-9_]*$` is accepted (real offers are per partner; the
//!   guide's `some_offer` must work).
//! - Refusals are `{"error": "<message>"}`: 401 without the right token, 422 for a body that
//!   breaks a rule (the message names the field), 409 for a taken address.
//! - A workflow is `pending` for its first 15 %, then `running`, then ends: `failed` for a
//!   slug starting with `fail`, `stopped` for one starting with `stop`, else `succeeded`.
//!   On success the activation email lands in the outbox at that moment, polled or not.
//! - The activation link points at the instance inside the sandbox:
//!   `{base}/cozy/instances/{fqdn}/?registerToken={token}` (the real one is
//!   `https://{fqdn}/?registerToken=…`); with `redirect` it is
//!   `{redirect}?fqdn={fqdn}&registerToken={token}` as the guide says.
//! - `POST /settings/passphrase` also checks the shape cloudboard must send (a base64
//!   32-byte hash; a key `0.<iv>|<80 bytes>`), so a client sending the plain passphrase is
//!   caught; the real server cannot tell.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use base64::Engine;
use serde_json::{Value, json};

use super::util::{opt_str, parse_json_body, random_hex, req_str, uuid};
use super::{Shared, World};

pub const TOKEN: &str = "sandbox-token";
pub const PARTNER: &str = "cozy";
const DOMAINS: [&str; 2] = ["mycozy.cloud", "example.org"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Succeeded,
    Failed,
    Stopped,
}

#[derive(Debug)]
struct Workflow {
    instance_id: String,
    fqdn: String,
    email: String,
    redirect: Option<String>,
    started: Instant,
    outcome: Outcome,
    finished: bool,
}

#[derive(Debug)]
struct Instance {
    register_token: Option<String>,
    activated: bool,
}

pub struct CozyState {
    workflows: HashMap<String, Workflow>,
    instances: HashMap<String, Instance>,
    /// Addresses in use, created or being created.
    taken: HashSet<String>,
}

impl CozyState {
    pub fn fixtures() -> CozyState {
        CozyState {
            workflows: HashMap::new(),
            instances: HashMap::new(),
            taken: HashSet::from([
                "taken.mycozy.cloud".to_string(),
                "taken.example.org".to_string(),
            ]),
        }
    }
}

pub fn routes() -> Router<Shared> {
    Router::new()
        .route("/cozy/api/v1/instances", post(create))
        .route("/cozy/api/public/instances", post(create))
        .route("/cozy/public/instances", post(create))
        .route("/cozy/api/v1/workflows/{id}", get(workflow))
        .route("/cozy/api/public/workflows/{id}", get(workflow))
        .route("/cozy/api/v1/public/workflows/{id}", get(workflow))
        .route("/cozy/public/workflows/{id}", get(workflow))
        .route("/cozy/v2/{partner}/onboard", get(onboard))
        .route("/cozy/instances/{fqdn}/", get(instance_home))
        .route("/cozy/instances/{fqdn}", get(instance_home))
        .route(
            "/cozy/instances/{fqdn}/settings/onboarding/passphrase",
            get(passphrase_page),
        )
        .route(
            "/cozy/instances/{fqdn}/settings/passphrase",
            post(passphrase),
        )
}

/// The Cloudery's refusal shape.
pub fn error(status: StatusCode, message: &str) -> Response {
    (status, axum::Json(json!({ "error": message }))).into_response()
}

fn authorized(headers: &HeaderMap) -> bool {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|t| t.trim() == TOKEN)
}

fn slug_ok(slug: &str) -> bool {
    let mut chars = slug.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && slug.len() <= 30
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

fn offer_ok(offer: &str) -> bool {
    let mut chars = offer.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

async fn create(State(shared): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    if !authorized(&headers) {
        return error(
            StatusCode::UNAUTHORIZED,
            "A valid public token is required (Authorization: Bearer <token>)",
        );
    }
    let body = match parse_json_body(&body, false) {
        Ok(Value::Object(map)) => Value::Object(map),
        Ok(_) => return error(StatusCode::BAD_REQUEST, "The body must be a JSON object"),
        Err(why) => return error(StatusCode::BAD_REQUEST, &why),
    };
    let fields = (|| -> Result<_, String> {
        Ok((
            req_str(&body, "offer")?,
            req_str(&body, "email")?,
            req_str(&body, "slug")?,
            req_str(&body, "domain")?,
            opt_str(&body, "public_name")?,
            opt_str(&body, "locale")?,
            opt_str(&body, "redirect")?,
        ))
    })();
    let (offer, email, slug, domain, _public_name, locale, redirect) = match fields {
        Ok(f) => f,
        Err(why) => return error(StatusCode::UNPROCESSABLE_ENTITY, &why),
    };
    if !slug_ok(slug) {
        return error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "slug must be 1 to 30 lowercase letters and digits, starting with a letter",
        );
    }
    if !email_address::EmailAddress::is_valid(email) {
        return error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "email is not a valid address",
        );
    }
    if !DOMAINS.contains(&domain) {
        return error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "domain is not one of the partner's domains",
        );
    }
    if !offer_ok(offer) {
        return error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "offer is not a known offer name",
        );
    }
    if let Some(locale) = locale
        && !matches!(locale, "en" | "fr")
    {
        return error(StatusCode::UNPROCESSABLE_ENTITY, "locale must be en or fr");
    }
    match body.get("tos") {
        None | Some(Value::Null) => {}
        Some(tos) if tos.get("version").is_some_and(Value::is_string) => {}
        Some(_) => {
            return error(
                StatusCode::UNPROCESSABLE_ENTITY,
                "tos must be {\"version\": \"<accepted terms version>\"}",
            );
        }
    }
    if let Some(redirect) = redirect
        && url::Url::parse(redirect).is_err()
    {
        return error(StatusCode::UNPROCESSABLE_ENTITY, "redirect is not a URL");
    }
    let fqdn = format!("{slug}.{domain}");
    let instance_id = uuid();
    let workflow_id = uuid();
    {
        let mut world = shared.world();
        finish_due(&mut world, &shared);
        if !world.cozy.taken.insert(fqdn.clone()) {
            return error(
                StatusCode::CONFLICT,
                &format!("The address {fqdn} is already taken"),
            );
        }
        let outcome = if slug.starts_with("fail") {
            Outcome::Failed
        } else if slug.starts_with("stop") {
            Outcome::Stopped
        } else {
            Outcome::Succeeded
        };
        let started = world.now();
        world.cozy.workflows.insert(
            workflow_id.clone(),
            Workflow {
                instance_id: instance_id.clone(),
                fqdn,
                email: email.to_string(),
                redirect: redirect.map(str::to_string),
                started,
                outcome,
                finished: false,
            },
        );
    }
    // The email must land when the workflow ends, whether anybody polls or not.
    let timer = shared.clone();
    tokio::spawn(async move {
        tokio::time::sleep(timer.workflow + Duration::from_millis(5)).await;
        let mut world = timer.world();
        finish_due(&mut world, &timer);
    });
    (
        StatusCode::CREATED,
        axum::Json(json!({ "_id": instance_id, "workflow": workflow_id })),
    )
        .into_response()
}

/// Ends every workflow whose time has come: the instance exists (with its register token)
/// and the activation email is sent.
pub fn finish_due(world: &mut World, shared: &Shared) {
    let now = world.now();
    let mut emails = Vec::new();
    let World { cozy, .. } = world;
    for workflow in cozy.workflows.values_mut() {
        if workflow.finished || now.saturating_duration_since(workflow.started) < shared.workflow {
            continue;
        }
        workflow.finished = true;
        match workflow.outcome {
            Outcome::Succeeded => {
                let token = random_hex(32);
                cozy.instances.insert(
                    workflow.fqdn.clone(),
                    Instance {
                        register_token: Some(token.clone()),
                        activated: false,
                    },
                );
                // The redirect was checked to be a URL when the creation was asked for.
                let redirect = workflow
                    .redirect
                    .as_deref()
                    .and_then(|r| url::Url::parse(r).ok());
                let link = match redirect {
                    Some(mut url) => {
                        url.query_pairs_mut()
                            .append_pair("fqdn", &workflow.fqdn)
                            .append_pair("registerToken", &token);
                        url.to_string()
                    }
                    None => format!(
                        "{}/cozy/instances/{}/?registerToken={token}",
                        shared.base_url, workflow.fqdn
                    ),
                };
                emails.push((workflow.email.clone(), workflow.fqdn.clone(), link));
            }
            // A creation that did not happen frees its address.
            Outcome::Failed | Outcome::Stopped => {
                cozy.taken.remove(&workflow.fqdn);
            }
        }
    }
    let sent = !emails.is_empty();
    for (to, fqdn, link) in emails {
        world.outbox.email(
            &to,
            "Activate your Cozy",
            format!(
                "Your Cozy {fqdn} is ready. Open this link to choose your passphrase and \
                 start using it: {link}"
            ),
            link,
        );
    }
    if sent {
        shared.outbox_changed.notify_waiters();
    }
}

async fn workflow(
    State(shared): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    if !authorized(&headers) {
        return error(
            StatusCode::UNAUTHORIZED,
            "A valid public token is required (Authorization: Bearer <token>)",
        );
    }
    let mut world = shared.world();
    finish_due(&mut world, &shared);
    let now = world.now();
    let Some(workflow) = world.cozy.workflows.get(&id) else {
        return error(StatusCode::NOT_FOUND, &format!("No workflow {id}"));
    };
    let elapsed = now.saturating_duration_since(workflow.started);
    let status = if workflow.finished {
        match workflow.outcome {
            Outcome::Succeeded => "succeeded",
            Outcome::Failed => "failed",
            Outcome::Stopped => "stopped",
        }
    } else if elapsed < shared.workflow.mul_f64(0.15) {
        "pending"
    } else {
        "running"
    };
    axum::Json(json!({
        "_id": id,
        "status": status,
        "instance_id": workflow.instance_id,
        "fqdn": workflow.fqdn,
    }))
    .into_response()
}

async fn onboard(
    Path(partner): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    if partner != PARTNER {
        return (
            StatusCode::NOT_FOUND,
            Html(format!(
                "<h1>Unknown partner {}</h1>",
                html_escape(&partner)
            )),
        )
            .into_response();
    }
    let mut rows = String::new();
    for key in ["email", "slug", "offer", "redirect", "back"] {
        if let Some(value) = query.get(key) {
            rows.push_str(&format!("<li>{key}: {}</li>", html_escape(value)));
        }
    }
    Html(format!(
        "<!doctype html><title>Create your Cozy</title><h1>Create your Cozy</h1>\
         <p>The Cloudery's web onboarding (simulated): email, address, terms, confirm.</p>\
         <ul>{rows}</ul>"
    ))
    .into_response()
}

async fn instance_home(
    State(shared): State<Shared>,
    Path(fqdn): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let world = shared.world();
    let Some(instance) = world.cozy.instances.get(&fqdn) else {
        return (
            StatusCode::NOT_FOUND,
            Html(format!("<h1>No Cozy at {}</h1>", html_escape(&fqdn))),
        )
            .into_response();
    };
    if let Some(token) = query.get("registerToken") {
        let target = format!(
            "/cozy/instances/{fqdn}/settings/onboarding/passphrase?registerToken={}",
            url_encode(token)
        );
        return Redirect::to(&target).into_response();
    }
    let state = if instance.activated {
        "ready"
    } else {
        "waiting for its passphrase"
    };
    Html(format!(
        "<!doctype html><title>{0}</title><h1>{0}</h1><p>This Cozy is {state}.</p>",
        html_escape(&fqdn)
    ))
    .into_response()
}

async fn passphrase_page(Path(fqdn): Path<String>) -> Response {
    Html(format!(
        "<!doctype html><title>Choose your passphrase</title><h1>{}</h1>\
         <p>Choose the passphrase of your Cozy. It is hashed on your device: the plain \
         passphrase never leaves it.</p>",
        html_escape(&fqdn)
    ))
    .into_response()
}

/// A JSON:API error, as the instance answers.
fn jsonapi(status: StatusCode, detail: &str) -> Response {
    let title = status.canonical_reason().unwrap_or("Error");
    (
        status,
        [(header::CONTENT_TYPE, "application/vnd.api+json")],
        json!({ "errors": [{ "status": status.as_u16().to_string(), "title": title, "detail": detail }] })
            .to_string(),
    )
        .into_response()
}

async fn passphrase(
    State(shared): State<Shared>,
    Path(fqdn): Path<String>,
    body: Bytes,
) -> Response {
    let body = match parse_json_body(&body, false) {
        Ok(Value::Object(map)) => Value::Object(map),
        Ok(_) => return jsonapi(StatusCode::BAD_REQUEST, "The body must be a JSON object"),
        Err(why) => return jsonapi(StatusCode::BAD_REQUEST, &why),
    };
    let token = match body.get("register_token") {
        Some(Value::String(t)) if !t.is_empty() && t.chars().all(|c| c.is_ascii_hexdigit()) => {
            t.to_ascii_lowercase()
        }
        _ => return jsonapi(StatusCode::BAD_REQUEST, "Invalid register token"),
    };
    let hash = match body.get("passphrase") {
        Some(Value::String(p)) if !p.is_empty() => p.clone(),
        Some(Value::String(_)) | None | Some(Value::Null) => {
            return jsonapi(StatusCode::BAD_REQUEST, "Missing new passphrase");
        }
        Some(_) => return jsonapi(StatusCode::BAD_REQUEST, "passphrase must be a string"),
    };
    let iterations = match body.get("iterations") {
        None | Some(Value::Null) => 0,
        Some(v) => match v.as_u64() {
            Some(n) => n,
            None => return jsonapi(StatusCode::BAD_REQUEST, "iterations must be a whole number"),
        },
    };
    if iterations < 50_000 {
        return jsonapi(
            StatusCode::UNPROCESSABLE_ENTITY,
            "The number of iterations is too low (at least 50000)",
        );
    }
    if iterations > 5_000_000 {
        return jsonapi(
            StatusCode::UNPROCESSABLE_ENTITY,
            "The number of iterations is too high (at most 5000000)",
        );
    }
    let b64 = base64::engine::general_purpose::STANDARD;
    if b64.decode(&hash).map(|h| h.len()) != Ok(32) {
        return jsonapi(
            StatusCode::BAD_REQUEST,
            "passphrase must be the base64 of the 32-byte hash, never the passphrase itself",
        );
    }
    match body.get("key") {
        None | Some(Value::Null) => {}
        Some(Value::String(key)) if key_ok(key) => {}
        Some(_) => {
            return jsonapi(
                StatusCode::BAD_REQUEST,
                "key must be 0.<base64 of 16 bytes>|<base64 of the 80-byte ciphertext>",
            );
        }
    }
    match body.get("hint") {
        None | Some(Value::Null) | Some(Value::String(_)) => {}
        Some(_) => return jsonapi(StatusCode::BAD_REQUEST, "hint must be a string"),
    }
    let mut world = shared.world();
    let Some(instance) = world.cozy.instances.get_mut(&fqdn) else {
        return jsonapi(StatusCode::NOT_FOUND, "No such instance");
    };
    if instance.register_token.as_deref() != Some(token.as_str()) {
        return jsonapi(StatusCode::BAD_REQUEST, "Invalid register token");
    }
    instance.register_token = None;
    instance.activated = true;
    axum::Json(json!({ "redirect": format!("{}/cozy/instances/{fqdn}/", shared.base_url) }))
        .into_response()
}

fn key_ok(key: &str) -> bool {
    let b64 = base64::engine::general_purpose::STANDARD;
    let Some(rest) = key.strip_prefix("0.") else {
        return false;
    };
    let Some((iv, data)) = rest.split_once('|') else {
        return false;
    };
    b64.decode(iv).map(|v| v.len()) == Ok(16) && b64.decode(data).map(|v| v.len()) == Ok(80)
}

pub fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn url_encode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_slug_rule() {
        assert!(slug_ok("alice"));
        assert!(slug_ok("a1"));
        assert!(!slug_ok("1a"));
        assert!(!slug_ok("Alice"));
        assert!(!slug_ok("al-ice"));
        assert!(!slug_ok(""));
        assert!(slug_ok(&"a".repeat(30)));
        assert!(!slug_ok(&"a".repeat(31)));
    }
}
