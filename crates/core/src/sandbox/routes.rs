//! The router: every provider's routes, the sandbox's own, and around the provider routes
//! the request log, the request count and the injected faults.

use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Query, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::json;

use super::faults::{Action, Faults, Verdict};
use super::{Shared, World, cleura, cloudsigma, cozy};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provider {
    Cozy,
    Cleura,
    CloudSigma,
}

impl Provider {
    fn of(path: &str) -> Option<Provider> {
        if path.starts_with("/cozy/") {
            Some(Provider::Cozy)
        } else if path.starts_with("/cleura/") {
            Some(Provider::Cleura)
        } else if path.starts_with("/cloudsigma/") {
            Some(Provider::CloudSigma)
        } else {
            None
        }
    }

    /// An error in this provider's own shape.
    pub fn error(self, status: StatusCode, message: &str) -> Response {
        match self {
            Provider::Cozy => cozy::error(status, message),
            Provider::Cleura => cleura::error(status, message),
            Provider::CloudSigma => {
                // Only the documented `error_type`s (errors.rst).
                let kind = if status == StatusCode::NOT_FOUND {
                    "notexist"
                } else {
                    "backend"
                };
                cloudsigma::error(status, kind, message, None)
            }
        }
    }
}

pub fn router(shared: Shared) -> Router {
    Router::new()
        .merge(cozy::routes())
        .merge(cleura::routes())
        .merge(cloudsigma::routes())
        .route("/_sandbox/outbox", get(outbox))
        .route("/_sandbox/faults", post(set_faults).get(get_faults))
        .route("/_sandbox/reset", post(reset))
        .route("/_sandbox/stats", get(stats))
        .route("/_sandbox/clock", post(advance_clock))
        .route("/", get(index))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(shared.clone(), observe))
        .with_state(shared)
}

/// Logs, counts and (for provider routes) injects faults.
async fn observe(State(shared): State<Shared>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let peer = super::listener::peer();
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let action = Action::of(&method, &path, request.uri().query());
    let query = request.uri().query().map(redact_query);
    let provider = Provider::of(&path);
    let response = match provider {
        Some(provider) => {
            let (latency, verdict) = {
                let mut world = shared.world();
                world.requests += 1;
                let now = Instant::now();
                (world.faults.latency(), world.faults.judge(now))
            };
            if latency > Duration::ZERO {
                tokio::time::sleep(latency).await;
            }
            match verdict {
                Verdict::Pass => next.run(request).await,
                Verdict::Unavailable => with_retry_after(provider.error(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "The service is temporarily unavailable (a fault injected by the sandbox)",
                )),
                Verdict::RateLimited => with_retry_after(provider.error(
                    StatusCode::TOO_MANY_REQUESTS,
                    "Too many requests (the sandbox's rate limit)",
                )),
            }
        }
        None => next.run(request).await,
    };
    let succeeded = response.status().is_success() || response.status().is_redirection();
    if let Some(peer) = peer
        && shared.world().faults.loses_answer(action, succeeded)
    {
        shared.connections.close(peer);
    }
    if shared.log_requests {
        let query = query.map(|q| format!("?{q}")).unwrap_or_default();
        // A request line is a client's text: shown safe, and a stderr nobody reads is fine.
        crate::script::output::error_line(&format!(
            "{method} {path}{query} {} {:.1}ms",
            response.status().as_u16(),
            started.elapsed().as_secs_f64() * 1000.0
        ));
    }
    response
}

fn with_retry_after(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    response
}

/// A query for the log, with any value that could be a secret replaced.
fn redact_query(query: &str) -> String {
    query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((key, _)) if is_secret_param(key) => format!("{key}=[redacted]"),
            _ => pair.to_string(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

fn is_secret_param(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    ["token", "password", "code", "secret", "key", "session"]
        .iter()
        .any(|s| key.contains(s))
}

async fn index(State(shared): State<Shared>) -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        super::banner(&shared.base_url),
    )
        .into_response()
}

async fn not_found(request: Request) -> Response {
    let path = request.uri().path().to_string();
    let message = format!("No route for {} {path}", request.method());
    match Provider::of(&path) {
        Some(provider) => provider.error(StatusCode::NOT_FOUND, &message),
        None => (
            StatusCode::NOT_FOUND,
            axum::Json(json!({ "error": message })),
        )
            .into_response(),
    }
}

#[derive(Deserialize)]
struct OutboxQuery {
    after: Option<u64>,
    wait: Option<u64>,
}

/// The outbox; with `wait`, a long poll that answers as soon as a message after `after`
/// exists (or `[]` when the wait ends).
async fn outbox(State(shared): State<Shared>, Query(q): Query<OutboxQuery>) -> Response {
    let after = q.after.unwrap_or(0);
    let deadline = Instant::now() + Duration::from_secs(q.wait.unwrap_or(0).min(600));
    loop {
        // Registered before looking, so a message pushed in between still wakes us.
        let changed = shared.outbox_changed.notified();
        let messages = shared.world().outbox.since(after);
        if !messages.is_empty() || Instant::now() >= deadline {
            return axum::Json(messages).into_response();
        }
        let _ = tokio::time::timeout_at(deadline.into(), changed).await;
    }
}

/// A minute is slower than any client waits for an answer: more would only tie up the
/// sandbox's connections.
const MAX_LATENCY_MS: u64 = 60_000;

async fn set_faults(State(shared): State<Shared>, body: axum::body::Bytes) -> Response {
    let faults: Faults = match serde_json::from_slice(&body) {
        Ok(f) => f,
        Err(e) => {
            return (
                StatusCode::BAD_REQUEST,
                axum::Json(json!({ "error": format!("faults: {e}") })),
            )
                .into_response();
        }
    };
    let valid = (0.0..=1.0).contains(&faults.error_rate)
        && faults.rate_limit_per_s.is_finite()
        && faults.rate_limit_per_s >= 0.0
        && faults.latency_ms <= MAX_LATENCY_MS;
    if !valid {
        return (
            StatusCode::BAD_REQUEST,
            axum::Json(json!({ "error": format!(
                "error_rate is 0 to 1; rate_limit_per_s is 0 or more; latency_ms is at most \
                 {MAX_LATENCY_MS}"
            ) })),
        )
            .into_response();
    }
    shared.world().faults.set(faults);
    axum::Json(faults).into_response()
}

async fn get_faults(State(shared): State<Shared>) -> Response {
    let faults = shared.world().faults.faults;
    axum::Json(faults).into_response()
}

async fn reset(State(shared): State<Shared>) -> Response {
    *shared.world() = World::fresh();
    shared.connections.reset_count();
    shared.outbox_changed.notify_waiters();
    StatusCode::NO_CONTENT.into_response()
}

async fn stats(State(shared): State<Shared>) -> Response {
    let requests = shared.world().requests;
    let connections = shared.connections.accepted();
    axum::Json(json!({ "requests": requests, "connections": connections })).into_response()
}

#[derive(Deserialize)]
struct Advance {
    advance_secs: f64,
}

/// Moves the sandbox's clock forward, for tests of expiry.
async fn advance_clock(State(shared): State<Shared>, body: axum::body::Bytes) -> Response {
    match serde_json::from_slice::<Advance>(&body) {
        Ok(a) if a.advance_secs.is_finite() && a.advance_secs >= 0.0 => {
            let mut world = shared.world();
            world.clock_offset += Duration::from_secs_f64(a.advance_secs.min(1.0e7));
            cozy::finish_due(&mut world, &shared);
            StatusCode::NO_CONTENT.into_response()
        }
        _ => (
            StatusCode::BAD_REQUEST,
            axum::Json(json!({ "error": "give {\"advance_secs\": <seconds, 0 or more>}" })),
        )
            .into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_in_queries_are_redacted() {
        assert_eq!(
            redact_query("registerToken=abc&fqdn=x.y"),
            "registerToken=[redacted]&fqdn=x.y"
        );
        assert_eq!(redact_query("do=login"), "do=login");
    }
}
