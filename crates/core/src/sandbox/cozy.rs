//! The Cloudery (instance creation and its workflow) and the new instances (activation and
//! the passphrase), as PROVIDERS.md §1 describes them.
//!
//! Sandbox choices (and where the real services were read from):
//! - The fixture partner `cozy` has the public token `sandbox-token`, taken on the public
//!   routes only (`POST /api/public/instances`, `GET /api/v1/public/workflows/{id}` and the
//!   guide's prose spelling `/api/public/workflows/{id}`), and the partner token
//!   `sandbox-partner-token`, taken on the guide's sample routes only (`/api/v1/instances`,
//!   `/api/v1/workflows/{id}`): a test sees which pair a client used. The fault
//!   `cozy.routes` removes one pair (it answers 404), as a real Cloudery may not have both.
//! - Its domains are `mycozy.cloud` and `example.org` (the Cloudery guide's own example
//!   creates `foo.example.org` and must work as printed); another domain answers 422.
//! - Any offer shaped like `^[a-z][a-z0-9_]*$` is accepted (real offers are per partner; the
//!   guide's `some_offer` must work).
//! - Refusals are `{"error": "<message>"}`: 401 without the right token, 422 for a body that
//!   breaks a rule (the message names the field), 409 for a taken address. The real body is
//!   not documented: the fault `cozy.refusal_shape` refuses every creation in another shape
//!   (Rails-like, JSON:API, `message`, `detail`, plain text, HTML, empty), for the client to
//!   show each.
//! - A terms version not in cozy-stack's form (`model/instance/tos.go`) is refused with 422:
//!   cozy-stack itself would store it and count it as not signed.
//! - A workflow is `pending` for its first 15 %, then `running`, then ends: `failed` for a
//!   slug starting with `fail`, `stopped` for one starting with `stop`, else `succeeded`.
//!   On success the activation email lands in the outbox at that moment, polled or not. The
//!   fault `cozy.unknown_polls` makes the first looks at each workflow answer 404, as a
//!   replica that does not know it yet.
//! - The activation email links to the sandbox's Cloudery, `{base}/cozy/activate/{key}`,
//!   which validates the email and redirects (302) to the instance,
//!   `{base}/cozy/instances/{fqdn}/?onboarding=true&registerToken={token}` (the flagship
//!   app's fixtures show that final address), or with `redirect` to
//!   `{redirect}?fqdn={fqdn}&registerToken={token}` (the guide). The instance answers `GET /`
//!   with a 303 to `/auth/passphrase` keeping every parameter, keys sorted (cozy-stack
//!   `web/auth/auth.go`, `Home`; `Instance.PageURL`). Faults: `cozy.activation_click` makes
//!   the Cloudery's page want a click (200, no redirect); `cozy.magic_link` makes new
//!   instances magic-link ones (the final address carries `magic_code`, no token).
//! - `POST /settings/passphrase` reads its body by Content-Type as cozy-stack does (JSON must
//!   be declared; no type is a 415), and answers as it does (`web/settings/passphrase.go`):
//!   JSON:API errors with `source`, "Empty register token" once the token is spent,
//!   "Invalid register token" for a wrong one, 422 naming `KdfIterations`. It also checks
//!   the shape cloudboard must send (a base64 32-byte hash; a key `0.<iv>|<80 bytes>`), so a
//!   client sending the plain passphrase is caught; the real server cannot tell.
//! - The fault `cozy.moved` answers every Cloudery API request with a 308 to another address.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use base64::Engine;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::util::{opt_str, parse_json_body, random_hex, req_str, uuid};
use super::{Shared, World};
use crate::lang::{Lang, tr, tr_args};

pub const TOKEN: &str = "sandbox-token";
pub const PARTNER_TOKEN: &str = "sandbox-partner-token";
pub const PARTNER: &str = "cozy";
const DOMAINS: [&str; 2] = ["mycozy.cloud", "example.org"];

/// The two pairs of Cloudery routes the guide documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RouteMode {
    /// Both pairs exist.
    #[default]
    Both,
    /// Only the public pair: the guide's sample routes answer 404.
    Public,
    /// Only the sample's (partner) pair: the public routes answer 404.
    Partner,
}

/// A body shape for the Cloudery's refusals (the real one is not documented).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RefusalShape {
    /// `{"errors": {"slug": ["…"]}}`
    ErrorsMap,
    /// `{"errors": [{"status", "title", "detail", "source": {"pointer"}}]}`
    JsonApi,
    /// `{"message": "…"}`
    Message,
    /// `{"detail": "…"}`
    Detail,
    /// The reason as plain text.
    Text,
    /// An HTML error page.
    Html,
    /// No body at all.
    Empty,
}

/// The Cloudery's and the instances' untidy parts, set with `POST /_sandbox/faults`
/// `{"cozy": {…}}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CozyFaults {
    pub routes: RouteMode,
    /// The first looks at each workflow that answer 404.
    pub unknown_polls: u32,
    /// Every creation is refused (422, on `slug`) in this shape.
    pub refusal_shape: Option<RefusalShape>,
    /// The Cloudery's API answers 308 to another address.
    pub moved: bool,
    /// The activation link's page asks for a click instead of redirecting.
    pub activation_click: bool,
    /// New instances log in by magic link: no register token.
    pub magic_link: bool,
}

/// Which pair a route belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RouteSet {
    Public,
    Partner,
}

impl RouteSet {
    fn token(self) -> &'static str {
        match self {
            RouteSet::Public => TOKEN,
            RouteSet::Partner => PARTNER_TOKEN,
        }
    }

    fn exists(self, mode: RouteMode) -> bool {
        matches!(
            (self, mode),
            (_, RouteMode::Both)
                | (RouteSet::Public, RouteMode::Public)
                | (RouteSet::Partner, RouteMode::Partner)
        )
    }
}

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
    /// The language the instance is set up in, as asked (`locale`): its pages say it.
    locale: Option<String>,
    started: Instant,
    outcome: Outcome,
    finished: bool,
    /// Looks answered 404 so far (the fault `cozy.unknown_polls`).
    unknown_looks: u32,
}

#[derive(Debug)]
struct Instance {
    register_token: Option<String>,
    activated: bool,
    /// The `locale` of its creation request, as its page's `lang` says.
    locale: Option<String>,
}

/// Where an activation email's link leads once the Cloudery validated it.
#[derive(Debug, Clone)]
struct Activation {
    target: String,
    /// The page wants a click (the fault `cozy.activation_click`).
    click: bool,
}

pub struct CozyState {
    workflows: HashMap<String, Workflow>,
    instances: HashMap<String, Instance>,
    /// Addresses in use, created or being created.
    taken: HashSet<String>,
    /// The Cloudery's activation links, by key, and their keys oldest first.
    activations: HashMap<String, Activation>,
    activation_order: std::collections::VecDeque<String>,
}

/// Creations (and activation links) kept: a long-running sandbox forgets the oldest beyond
/// this, as it would forget nothing a test or a demo still uses.
const KEPT_CREATIONS: usize = 1000;

impl CozyState {
    /// Forgets the oldest creation and activation link once there are too many.
    fn make_room(&mut self) {
        if self.workflows.len() >= KEPT_CREATIONS
            && let Some(oldest) = self
                .workflows
                .iter()
                .min_by_key(|(_, w)| w.started)
                .map(|(id, _)| id.clone())
        {
            self.workflows.remove(&oldest);
        }
        while self.activation_order.len() >= KEPT_CREATIONS {
            if let Some(oldest) = self.activation_order.pop_front() {
                self.activations.remove(&oldest);
            }
        }
    }

    pub fn fixtures() -> CozyState {
        CozyState {
            workflows: HashMap::new(),
            instances: HashMap::new(),
            taken: HashSet::from([
                "taken.mycozy.cloud".to_string(),
                "taken.example.org".to_string(),
            ]),
            activations: HashMap::new(),
            activation_order: std::collections::VecDeque::new(),
        }
    }
}

pub fn routes() -> Router<Shared> {
    Router::new()
        .route("/cozy/api/public/instances", post(create_public))
        .route("/cozy/api/v1/instances", post(create_partner))
        .route("/cozy/api/v1/public/workflows/{id}", get(workflow_public))
        .route("/cozy/api/public/workflows/{id}", get(workflow_public))
        .route("/cozy/api/v1/workflows/{id}", get(workflow_partner))
        .route("/cozy/activate/{key}", get(activate))
        .route("/cozy/v2/{partner}/onboard", get(onboard))
        .route("/cozy/instances/{fqdn}/", get(instance_home))
        .route("/cozy/instances/{fqdn}", get(instance_home))
        .route(
            "/cozy/instances/{fqdn}/auth/passphrase",
            get(passphrase_page),
        )
        .route(
            "/cozy/instances/{fqdn}/settings/passphrase",
            post(passphrase),
        )
}

/// The Cloudery's refusal shape (a sandbox choice: the real one is not documented).
pub fn error(status: StatusCode, message: &str) -> Response {
    (status, axum::Json(json!({ "error": message }))).into_response()
}

/// A refusal of one field's value, naming the field as data beside the words.
fn refused_field(field: &str, message: &str) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        axum::Json(json!({ "error": message, "field": field })),
    )
        .into_response()
}

/// Why a Cloudery API request goes no further, if it does not: the route is not there in
/// this mode, the address moved, or the token is not the one of its pair.
fn gate(shared: &Shared, set: RouteSet, headers: &HeaderMap, path: &str) -> Option<Response> {
    let faults = shared.world().faults.faults.cozy;
    if faults.moved {
        let to = format!("https://cloudery.example.org{path}");
        return Some(
            (
                StatusCode::PERMANENT_REDIRECT,
                [(header::LOCATION, to)],
                "Moved",
            )
                .into_response(),
        );
    }
    if !set.exists(faults.routes) {
        return Some(error(StatusCode::NOT_FOUND, "No such route"));
    }
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    if token != Some(set.token()) {
        let which = match set {
            RouteSet::Public => "public",
            RouteSet::Partner => "partner",
        };
        return Some(error(
            StatusCode::UNAUTHORIZED,
            &format!("A valid {which} token is required (Authorization: Bearer <token>)"),
        ));
    }
    None
}

/// A refusal of a creation in the shape the fault `cozy.refusal_shape` asks for.
fn refusal_in(shape: RefusalShape, message: &str) -> Response {
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    match shape {
        RefusalShape::ErrorsMap => (
            status,
            axum::Json(json!({ "errors": { "slug": [message] } })),
        )
            .into_response(),
        RefusalShape::JsonApi => (
            status,
            [(header::CONTENT_TYPE, "application/vnd.api+json")],
            json!({ "errors": [{
                "status": "422", "title": "Unprocessable Entity", "detail": message,
                "source": { "pointer": "/data/attributes/slug" }
            }] })
            .to_string(),
        )
            .into_response(),
        RefusalShape::Message => {
            (status, axum::Json(json!({ "message": message }))).into_response()
        }
        RefusalShape::Detail => (status, axum::Json(json!({ "detail": message }))).into_response(),
        RefusalShape::Text => (status, format!("{message}\n")).into_response(),
        RefusalShape::Html => (
            status,
            Html("<!doctype html><html><body><h1>Unprocessable</h1></body></html>"),
        )
            .into_response(),
        RefusalShape::Empty => status.into_response(),
    }
}

async fn create_public(State(shared): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    match gate(&shared, RouteSet::Public, &headers, "/api/public/instances") {
        Some(refused) => refused,
        None => create(shared, body).await,
    }
}

async fn create_partner(State(shared): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    match gate(&shared, RouteSet::Partner, &headers, "/api/v1/instances") {
        Some(refused) => refused,
        None => create(shared, body).await,
    }
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

async fn create(shared: Shared, body: Bytes) -> Response {
    let body = match parse_json_body(&body, false) {
        Ok(Value::Object(map)) => Value::Object(map),
        Ok(_) => return error(StatusCode::BAD_REQUEST, "The body must be a JSON object"),
        Err(why) => return error(StatusCode::BAD_REQUEST, &why),
    };
    let required = |field: &'static str| req_str(&body, field).map_err(|why| (field, why));
    let optional = |field: &'static str| opt_str(&body, field).map_err(|why| (field, why));
    let fields = (|| -> Result<_, (&str, String)> {
        Ok((
            required("offer")?,
            required("email")?,
            required("slug")?,
            required("domain")?,
            optional("public_name")?,
            optional("locale")?,
            optional("redirect")?,
        ))
    })();
    let (offer, email, slug, domain, _public_name, locale, redirect) = match fields {
        Ok(f) => f,
        Err((field, why)) => return refused_field(field, &why),
    };
    if !slug_ok(slug) {
        return refused_field(
            "slug",
            "slug must be 1 to 30 lowercase letters and digits, starting with a letter",
        );
    }
    if !email_address::EmailAddress::is_valid(email) {
        return refused_field("email", "email is not a valid address");
    }
    if !DOMAINS.contains(&domain) {
        return refused_field("domain", "domain is not one of the partner's domains");
    }
    if !offer_ok(offer) {
        return refused_field("offer", "offer is not a known offer name");
    }
    if let Some(locale) = locale
        && !matches!(locale, "en" | "fr")
    {
        return refused_field("locale", "locale must be en or fr");
    }
    match body.get("tos") {
        None | Some(Value::Null) => {}
        Some(tos) => match tos.get("version").and_then(Value::as_str) {
            Some(version) => {
                if let Err(why) = crate::config::check_terms_version(version) {
                    return refused_field(
                        "tos",
                        &format!("tos.version {version} is not a terms version: {why}"),
                    );
                }
            }
            None => {
                return refused_field(
                    "tos",
                    "tos must be {\"version\": \"<accepted terms version>\"}",
                );
            }
        },
    }
    if let Some(shape) = shared.world().faults.faults.cozy.refusal_shape {
        return refusal_in(
            shape,
            &format!(
                "{slug} cannot be used for a new Cozy (a refusal the sandbox was told to give)"
            ),
        );
    }
    if let Some(redirect) = redirect
        && url::Url::parse(redirect).is_err()
    {
        return refused_field("redirect", "redirect is not a URL");
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
        world.cozy.make_room();
        world.cozy.workflows.insert(
            workflow_id.clone(),
            Workflow {
                instance_id: instance_id.clone(),
                fqdn,
                email: email.to_string(),
                redirect: redirect.map(str::to_string),
                locale: locale.map(str::to_string),
                started,
                outcome,
                finished: false,
                unknown_looks: 0,
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
/// and the activation email, linking to the Cloudery, is sent.
pub fn finish_due(world: &mut World, shared: &Shared) {
    let now = world.now();
    let faults = world.faults.faults.cozy;
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
                let instance = format!("{}/cozy/instances/{}/", shared.base_url, workflow.fqdn);
                // The redirect was checked to be a URL when the creation was asked for.
                let redirect = workflow
                    .redirect
                    .as_deref()
                    .and_then(|r| url::Url::parse(r).ok());
                let target = match (faults.magic_link, redirect) {
                    (true, _) => {
                        format!("{instance}?onboarding=true&magic_code={}", random_hex(32))
                    }
                    (false, Some(mut url)) => {
                        url.query_pairs_mut()
                            .append_pair("fqdn", &workflow.fqdn)
                            .append_pair("registerToken", &token);
                        url.to_string()
                    }
                    (false, None) => format!("{instance}?onboarding=true&registerToken={token}"),
                };
                cozy.instances.insert(
                    workflow.fqdn.clone(),
                    Instance {
                        register_token: (!faults.magic_link).then_some(token),
                        activated: faults.magic_link,
                        locale: workflow.locale.clone(),
                    },
                );
                let key = random_hex(24);
                cozy.activation_order.push_back(key.clone());
                cozy.activations.insert(
                    key.clone(),
                    Activation {
                        target,
                        click: faults.activation_click,
                    },
                );
                let link = format!("{}/cozy/activate/{key}", shared.base_url);
                emails.push((
                    workflow.email.clone(),
                    workflow.fqdn.clone(),
                    link,
                    workflow.locale.clone(),
                ));
            }
            // A creation that did not happen frees its address.
            Outcome::Failed | Outcome::Stopped => {
                cozy.taken.remove(&workflow.fqdn);
            }
        }
    }
    let sent = !emails.is_empty();
    for (to, fqdn, link, locale) in emails {
        // In the language the instance was created in, as Cozy's own emails are.
        let lang = locale
            .as_deref()
            .and_then(Lang::from_locale)
            .unwrap_or_default();
        world.outbox.email(
            &to,
            &tr(lang, "cozy-sandbox-email-subject"),
            tr_args(
                lang,
                "cozy-sandbox-email-body",
                &[("fqdn", (&fqdn).into()), ("link", (&link).into())],
            )
            .into_owned(),
            link,
        );
    }
    if sent {
        shared.outbox_changed.notify_waiters();
    }
}

/// The Cloudery's page behind an activation email's link: it validates the email, then
/// sends the browser on to the instance (or, with the fault, shows a button to click).
async fn activate(State(shared): State<Shared>, Path(key): Path<String>) -> Response {
    let found = shared.world().cozy.activations.get(&key).cloned();
    match found {
        None => (
            StatusCode::NOT_FOUND,
            Html("<!doctype html><h1>This activation link is not known</h1>"),
        )
            .into_response(),
        Some(Activation {
            target,
            click: true,
        }) => Html(format!(
            "<!doctype html><title>Your email is confirmed</title><h1>Your email is \
             confirmed</h1><p><a href=\"{}\">Choose your passphrase</a></p>",
            html_escape(&target)
        ))
        .into_response(),
        Some(Activation { target, .. }) => {
            (StatusCode::FOUND, [(header::LOCATION, target)]).into_response()
        }
    }
}

async fn workflow_public(
    State(shared): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    match gate(
        &shared,
        RouteSet::Public,
        &headers,
        "/api/v1/public/workflows",
    ) {
        Some(refused) => refused,
        None => workflow(shared, id),
    }
}

async fn workflow_partner(
    State(shared): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    match gate(&shared, RouteSet::Partner, &headers, "/api/v1/workflows") {
        Some(refused) => refused,
        None => workflow(shared, id),
    }
}

fn workflow(shared: Shared, id: String) -> Response {
    let mut world = shared.world();
    finish_due(&mut world, &shared);
    let now = world.now();
    let unknown_polls = world.faults.faults.cozy.unknown_polls;
    let Some(workflow) = world.cozy.workflows.get_mut(&id) else {
        return error(StatusCode::NOT_FOUND, &format!("No workflow {id}"));
    };
    if workflow.unknown_looks < unknown_polls {
        // A replica that has not heard of it yet.
        workflow.unknown_looks += 1;
        return error(StatusCode::NOT_FOUND, &format!("No workflow {id}"));
    }
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

/// The instance's root. With a register token, on to the passphrase page with every
/// parameter kept, keys sorted, as an absolute address (cozy-stack `auth.Home` and
/// `Instance.PageURL`); an instance already onboarded sends to its login page.
async fn instance_home(
    State(shared): State<Shared>,
    Path(fqdn): Path<String>,
    Query(query): Query<std::collections::BTreeMap<String, String>>,
) -> Response {
    let world = shared.world();
    let Some(instance) = world.cozy.instances.get(&fqdn) else {
        return (
            StatusCode::NOT_FOUND,
            Html(format!("<h1>No Cozy at {}</h1>", html_escape(&fqdn))),
        )
            .into_response();
    };
    let root = format!("{}/cozy/instances/{fqdn}", shared.base_url);
    if instance.activated {
        return (
            StatusCode::SEE_OTHER,
            [(header::LOCATION, format!("{root}/auth/login"))],
        )
            .into_response();
    }
    if query.contains_key("registerToken") {
        let query = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(query.iter())
            .finish();
        return (
            StatusCode::SEE_OTHER,
            [(header::LOCATION, format!("{root}/auth/passphrase?{query}"))],
        )
            .into_response();
    }
    Html(format!(
        "<!doctype html><html lang=\"{1}\"><title>{0}</title><h1>{0}</h1><p>This Cozy has not \
         been activated yet: open the link of its activation email.</p>",
        html_escape(&fqdn),
        html_escape(instance.locale.as_deref().unwrap_or("en"))
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

/// A JSON:API error, as the instance answers (`source` always there, as cozy-stack's
/// `pkg/jsonapi/errors.go` serialises it).
fn jsonapi(status: StatusCode, detail: &str) -> Response {
    jsonapi_on(status, detail, None)
}

fn jsonapi_on(status: StatusCode, detail: &str, parameter: Option<&str>) -> Response {
    let title = match status {
        StatusCode::UNPROCESSABLE_ENTITY => "Invalid Parameter",
        other => other.canonical_reason().unwrap_or("Error"),
    };
    let source = match parameter {
        Some(p) => json!({ "parameter": p }),
        None => json!({}),
    };
    (
        status,
        [(header::CONTENT_TYPE, "application/vnd.api+json")],
        json!({ "errors": [{
            "status": status.as_u16().to_string(), "title": title, "detail": detail,
            "source": source
        }] })
        .to_string(),
    )
        .into_response()
}

async fn passphrase(
    State(shared): State<Shared>,
    Path(fqdn): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    // cozy-stack binds the body by its Content-Type (echo's `DefaultBinder`): JSON must say
    // so; a JSON body sent as a form reads as empty fields; nothing at all is a 415.
    let media = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase()
        });
    match media.as_deref() {
        Some("application/json") => {}
        Some("application/x-www-form-urlencoded" | "multipart/form-data") => {
            return jsonapi(StatusCode::BAD_REQUEST, "Missing new passphrase");
        }
        _ => {
            return (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                axum::Json(json!({ "error": "Unsupported Media Type" })),
            )
                .into_response();
        }
    }
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
    // cozy-stack hashes a passphrase sent with no iterations itself, as if it were plain
    // text: a client that hashes must always say how.
    if iterations < 50_000 {
        return jsonapi_on(
            StatusCode::UNPROCESSABLE_ENTITY,
            "The KdfIterations number is too low",
            Some("KdfIterations"),
        );
    }
    if iterations > 5_000_000 {
        return jsonapi_on(
            StatusCode::UNPROCESSABLE_ENTITY,
            "The KdfIterations number is too high",
            Some("KdfIterations"),
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
    match instance.register_token.as_deref() {
        // Spent (or a magic-link instance, which never had one): cozy-stack's words.
        None => return jsonapi(StatusCode::BAD_REQUEST, "Empty register token"),
        Some(kept) if kept != token => {
            return jsonapi(StatusCode::BAD_REQUEST, "Invalid register token");
        }
        Some(_) => {}
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
