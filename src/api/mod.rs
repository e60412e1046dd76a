//! The API clients: one module per provider, speaking HTTP and knowing nothing of screens.
//! This module holds what they share: sending a request with the right retry policy,
//! reading an answer of bounded size, and turning a refusal into an `ApiError` in words.

pub mod cleura;
pub mod cloudsigma;
pub mod cozy;
pub mod error;

use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;

pub use error::ApiError;

/// No provider answer is anywhere near this; a larger one is a broken or hostile server and
/// must not be read into memory.
pub const MAX_BODY: usize = 1024 * 1024;

/// How a call may be repeated when it fails on the way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// Safe to send again (reads, checks): retried with backoff on transient failures,
    /// honouring Retry-After.
    Idempotent,
    /// Creates something (an instance, an account): sent again only when it certainly
    /// never reached the server (no connection could be made). Anything else, even a 429,
    /// goes back to the person, who decides: nothing is ever created twice behind their back.
    Once,
    /// Sent once, never repeated here: the caller keeps its own schedule (a poll loop) and
    /// must see every failure to show it and honour Retry-After itself.
    Never,
}

/// How many times, and how long at most to wait before one more try.
const ATTEMPTS: u32 = 3;
const MAX_WAIT: Duration = Duration::from_secs(10);

/// The shape of a provider's error body, to find its message and the field it names.
#[derive(Debug, Clone, Copy)]
pub enum ErrorShape {
    /// The Cloudery: `{"error": "message"}`; a new instance: JSON:API `{"errors":[{detail}]}`.
    Cozy,
    /// Cleura: `{"error": {"code": 400, "message": "..."}}`.
    Cleura,
    /// CloudSigma: `[{"error_type", "error_message", "error_point"}]`.
    CloudSigma,
    /// A client that reads its provider's refusals itself, into typed outcomes: it is
    /// handed the status, the headers and the body of every non-2xx answer.
    ReadBy(fn(StatusCode, &HeaderMap, &[u8]) -> ApiError),
}

/// A successful (2xx) answer, read whole.
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, ApiError> {
        parse_json(&self.body)
    }
}

/// Parses a body as `T`, or says in words what was wrong with it.
pub fn parse_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(body).map_err(|e| {
        let what = if body.is_empty() {
            "it was empty".to_string()
        } else if e.is_eof() {
            "it was cut short".to_string()
        } else if e.is_syntax() {
            "it is not JSON".to_string()
        } else {
            format!("it does not have the expected fields ({e})")
        };
        ApiError::BadResponse(what)
    })
}

/// Sends `request` and reads the answer; a non-2xx answer becomes an `ApiError` read with
/// `shape`. Retries as `retry` allows.
pub async fn send(
    request: reqwest::RequestBuilder,
    retry: Retry,
    shape: ErrorShape,
) -> Result<Answer, ApiError> {
    let mut attempt = 1;
    loop {
        let Some(this_try) = request.try_clone() else {
            // A streaming body cannot be replayed; none of ours is one.
            return send_once(request, shape).await.map_err(|f| f.error);
        };
        let (result, unsent) = match send_once(this_try, shape).await {
            Ok(answer) => return Ok(answer),
            Err(Failed { error, unsent }) => (Err(error), unsent),
        };
        let Err(error) = &result else {
            return result;
        };
        let again = match retry {
            Retry::Idempotent => error.is_transient(),
            Retry::Once => unsent,
            Retry::Never => false,
        };
        if !again || attempt >= ATTEMPTS {
            return result;
        }
        let wait = error
            .retry_after()
            .unwrap_or_else(|| Duration::from_millis(500) * 2u32.pow(attempt - 1))
            .min(MAX_WAIT);
        tracing::debug!(attempt, ?wait, error = %error, "retrying");
        tokio::time::sleep(wait).await;
        attempt += 1;
    }
}

/// A failed attempt, and whether the request certainly never left (no connection was made).
struct Failed {
    error: ApiError,
    unsent: bool,
}

impl From<ApiError> for Failed {
    fn from(error: ApiError) -> Failed {
        Failed {
            error,
            unsent: false,
        }
    }
}

async fn send_once(request: reqwest::RequestBuilder, shape: ErrorShape) -> Result<Answer, Failed> {
    let (client, request) = request.build_split();
    let request = request.map_err(|e| ApiError::BadResponse(format!("bad request: {e}")))?;
    let host = request.url().host_str().unwrap_or("the server").to_string();
    // The path only: queries and bodies may carry secrets, and headers do.
    let method = request.method().clone();
    let path = request.url().path().to_string();
    let started = std::time::Instant::now();
    let response = client.execute(request).await.map_err(|e| {
        tracing::debug!(%method, %host, %path, error = %e, "request failed");
        Failed {
            unsent: e.is_connect(),
            error: transport_error(&host, &e),
        }
    })?;
    let status = response.status();
    tracing::debug!(
        %method,
        %host,
        %path,
        status = status.as_u16(),
        ms = started.elapsed().as_millis() as u64,
        "request"
    );
    let headers = response.headers().clone();
    let body = read_bounded(response, &host).await?;
    if status.is_success() {
        return Ok(Answer {
            status,
            headers,
            body,
        });
    }
    Err(refusal(status, &headers, &body, shape).into())
}

/// Reads at most MAX_BODY bytes; a longer answer is refused, not buffered.
async fn read_bounded(mut response: reqwest::Response, host: &str) -> Result<Vec<u8>, ApiError> {
    if response
        .content_length()
        .is_some_and(|len| len > MAX_BODY as u64)
    {
        return Err(ApiError::BadResponse(format!(
            "it is larger than {} KiB",
            MAX_BODY / 1024
        )));
    }
    let mut body = Vec::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                if body.len() + chunk.len() > MAX_BODY {
                    return Err(ApiError::BadResponse(format!(
                        "it is larger than {} KiB",
                        MAX_BODY / 1024
                    )));
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(body),
            Err(e) if e.is_timeout() => {
                return Err(ApiError::Timeout {
                    host: host.to_string(),
                });
            }
            Err(_) => return Err(ApiError::BadResponse("it was cut short".into())),
        }
    }
}

fn transport_error(host: &str, e: &reqwest::Error) -> ApiError {
    if e.is_timeout() {
        return ApiError::Timeout {
            host: host.to_string(),
        };
    }
    // reqwest's message is a chain; its innermost cause is the useful part.
    let mut source: &dyn std::error::Error = e;
    while let Some(next) = source.source() {
        source = next;
    }
    let cause = source.to_string();
    let lower = cause.to_lowercase();
    let detail =
        if lower.contains("certificate") || lower.contains("tls") || lower.contains("handshake") {
            format!("its TLS certificate is not trusted, so nothing was sent ({cause})")
        } else if lower.contains("refused") {
            "the connection was refused".to_string()
        } else if e.is_connect() {
            format!("no connection could be made ({cause})")
        } else {
            cause
        };
    ApiError::Network {
        host: host.to_string(),
        detail,
    }
}

/// Turns a non-2xx answer into an error, with the provider's own message when it gave one.
pub fn refusal(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
    shape: ErrorShape,
) -> ApiError {
    if let ErrorShape::ReadBy(read) = shape {
        return read(status, headers, body);
    }
    let (message, field) = provider_message(body, shape);
    let code = status.as_u16();
    let reason = status.canonical_reason().unwrap_or("error");
    let message = message.unwrap_or_else(|| format!("{code} {reason}"));
    match code {
        429 | 503 => ApiError::Busy {
            status: code,
            message: if code == 429 {
                format!("Too many requests: {message}")
            } else {
                format!("The service is unavailable for now: {message}")
            },
            retry_after: retry_after(headers),
        },
        401 | 403 => ApiError::Unauthorized {
            status: code,
            message,
        },
        400..=499 => ApiError::Refused {
            status: code,
            message,
            field,
        },
        _ => ApiError::Server {
            status: code,
            message,
        },
    }
}

/// Retry-After in seconds (the HTTP-date form is not used by these providers).
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse::<u64>()
        .ok()
        .map(Duration::from_secs)
}

/// The provider's message and the field it names, from an error body of `shape`.
pub fn provider_message(body: &[u8], shape: ErrorShape) -> (Option<String>, Option<String>) {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(body) else {
        return (None, None);
    };
    let text = |v: &serde_json::Value| v.as_str().map(str::to_string);
    match shape {
        ErrorShape::ReadBy(_) => (None, None),
        ErrorShape::Cozy => {
            if let Some(message) = value.get("error").and_then(text) {
                return (Some(message), None);
            }
            let first = value.get("errors").and_then(|e| e.get(0));
            let detail = first
                .and_then(|e| e.get("detail").or_else(|| e.get("title")))
                .and_then(text);
            let field = first
                .and_then(|e| e.get("source"))
                .and_then(|s| s.get("parameter").or_else(|| s.get("pointer")))
                .and_then(text);
            (detail, field)
        }
        ErrorShape::Cleura => {
            let message = value
                .get("error")
                .and_then(|e| e.get("message").and_then(text).or_else(|| text(e)));
            (message, None)
        }
        ErrorShape::CloudSigma => {
            let first = value.get(0).or(Some(&value));
            let message = first.and_then(|e| e.get("error_message")).and_then(text);
            let field = first
                .and_then(|e| e.get("error_point"))
                .and_then(text)
                .filter(|f| !f.is_empty());
            (message, field)
        }
    }
}

/// Joins a base URL and a path, keeping the base's own path (`https://h/api` + `v1/x` →
/// `https://h/api/v1/x`) and any query in `path`.
pub fn join(base: &str, path: &str) -> String {
    format!(
        "{}/{}",
        base.trim_end_matches('/'),
        path.trim_start_matches('/')
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_found_in_each_providers_shape() {
        let cozy = provider_message(br#"{"error":"slug is taken"}"#, ErrorShape::Cozy);
        assert_eq!(cozy.0.as_deref(), Some("slug is taken"));
        let jsonapi = provider_message(
            br#"{"errors":[{"status":"400","title":"Bad Request","detail":"Invalid register token"}]}"#,
            ErrorShape::Cozy,
        );
        assert_eq!(jsonapi.0.as_deref(), Some("Invalid register token"));
        let cleura = provider_message(
            br#"{"error":{"code":403,"message":"Invalid token"}}"#,
            ErrorShape::Cleura,
        );
        assert_eq!(cleura.0.as_deref(), Some("Invalid token"));
        let sigma = provider_message(
            br#"[{"error_type":"validation","error_message":"Invalid email","error_point":"email"}]"#,
            ErrorShape::CloudSigma,
        );
        assert_eq!(sigma, (Some("Invalid email".into()), Some("email".into())));
    }

    #[test]
    fn statuses_map_to_what_a_person_can_do() {
        let h = HeaderMap::new();
        let e = refusal(
            StatusCode::CONFLICT,
            &h,
            br#"{"error":"taken"}"#,
            ErrorShape::Cozy,
        );
        assert!(matches!(e, ApiError::Refused { status: 409, .. }));
        let e = refusal(StatusCode::FORBIDDEN, &h, b"", ErrorShape::Cleura);
        assert!(matches!(e, ApiError::Unauthorized { status: 403, .. }));
        assert_eq!(e.to_string(), "403 Forbidden");
        let mut h = HeaderMap::new();
        h.insert("retry-after", "7".parse().unwrap());
        let e = refusal(StatusCode::SERVICE_UNAVAILABLE, &h, b"", ErrorShape::Cozy);
        assert_eq!(e.retry_after(), Some(Duration::from_secs(7)));
        assert!(e.is_transient());
        let e = refusal(
            StatusCode::BAD_GATEWAY,
            &HeaderMap::new(),
            b"<html>",
            ErrorShape::Cozy,
        );
        assert!(matches!(e, ApiError::Server { status: 502, .. }));
    }

    #[test]
    fn bad_bodies_are_described() {
        #[derive(Debug, serde::Deserialize)]
        struct T {
            #[allow(dead_code)]
            token: String,
        }
        let e = parse_json::<T>(b"").unwrap_err();
        assert!(e.to_string().contains("empty"), "{e}");
        let e = parse_json::<T>(b"{\"tok").unwrap_err();
        assert!(e.to_string().contains("cut short"), "{e}");
        let e = parse_json::<T>(b"<html>").unwrap_err();
        assert!(e.to_string().contains("not JSON"), "{e}");
        let e = parse_json::<T>(b"{\"x\":1}").unwrap_err();
        assert!(e.to_string().contains("expected fields"), "{e}");
    }

    #[test]
    fn join_keeps_the_base_path() {
        assert_eq!(
            join("https://h/api", "v1/instances"),
            "https://h/api/v1/instances"
        );
        assert_eq!(
            join("https://h/api/", "/v1/x?do=1"),
            "https://h/api/v1/x?do=1"
        );
    }
}
