//! The API clients: one module per provider, speaking HTTP and knowing nothing of screens.
//! This module holds what they share: sending a request with the right retry policy,
//! reading an answer of bounded size, and turning a refusal into an `ApiError` in words.

pub mod cleura;
pub mod cloudsigma;
pub mod cozy;
pub mod error;

use std::time::Duration;

use crate::lang::{Arg, Lang, tr, tr_args};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;

pub use error::{ApiError, Garbled, Said, Unreached};

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

/// Parses a body as `T`, or says what was wrong with it.
pub fn parse_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(body).map_err(|e| {
        ApiError::BadResponse(if body.is_empty() {
            Garbled::Empty
        } else if e.is_eof() {
            Garbled::CutShort
        } else if e.is_syntax() {
            Garbled::NotJson
        } else {
            Garbled::UnexpectedFields { why: e.to_string() }
        })
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

/// How many redirects a read follows on its own host before it calls the address moved.
const SAME_HOST_HOPS: usize = 3;

async fn send_once(request: reqwest::RequestBuilder, shape: ErrorShape) -> Result<Answer, Failed> {
    let (client, request) = request.build_split();
    let mut request = request
        .map_err(|e| ApiError::BadResponse(Garbled::RequestUnbuilt { why: e.to_string() }))?;
    let mut hops = 0;
    let response = loop {
        let host = request.url().host_str().unwrap_or("the server").to_string();
        // The path only: queries and bodies may carry secrets, and headers do.
        let method = request.method().clone();
        let path = request.url().path().to_string();
        let started = std::time::Instant::now();
        // Kept to follow a read's redirect on the same host (a GET has no body to replay).
        let again = (method == reqwest::Method::GET)
            .then(|| request.try_clone())
            .flatten();
        let response = client.execute(request).await.map_err(|e| {
            tracing::debug!(%method, %host, %path, error = %e, "request failed");
            Failed {
                unsent: e.is_connect(),
                error: transport_error(&host, &e),
            }
        })?;
        tracing::debug!(
            %method,
            %host,
            %path,
            status = response.status().as_u16(),
            ms = started.elapsed().as_millis() as u64,
            "request"
        );
        match (again, same_host_redirect(&response)) {
            (Some(mut next), Some(to)) if hops < SAME_HOST_HOPS => {
                hops += 1;
                *next.url_mut() = to;
                request = next;
            }
            _ => break response,
        }
    };
    let host = response
        .url()
        .host_str()
        .unwrap_or("the server")
        .to_string();
    let status = response.status();
    let headers = response.headers().clone();
    let body = read_bounded(response, &host).await?;
    if status.is_success() {
        return Ok(Answer {
            status,
            headers,
            body,
        });
    }
    let refused = refusal(status, &headers, &body, shape);
    // The provider's words, for whoever reads the log (never a secret: bodies of requests
    // are not logged, and refusals carry no credentials).
    tracing::debug!(%host, status = status.as_u16(), refusal = %refused, "refused");
    Err(refused.into())
}

/// Where a redirect leads, when it stays on the same scheme, host and port (a read may
/// follow it there; anywhere else the address is said to have moved).
fn same_host_redirect(response: &reqwest::Response) -> Option<url::Url> {
    if !response.status().is_redirection() {
        return None;
    }
    let location = response
        .headers()
        .get(reqwest::header::LOCATION)?
        .to_str()
        .ok()?;
    let from = response.url();
    let to = from.join(location).ok()?;
    (to.scheme() == from.scheme()
        && to.host_str() == from.host_str()
        && to.port_or_known_default() == from.port_or_known_default())
    .then_some(to)
}

/// Reads at most MAX_BODY bytes; a longer answer is refused, not buffered.
async fn read_bounded(mut response: reqwest::Response, host: &str) -> Result<Vec<u8>, ApiError> {
    if response
        .content_length()
        .is_some_and(|len| len > MAX_BODY as u64)
    {
        return Err(ApiError::BadResponse(Garbled::TooLarge {
            kib: MAX_BODY / 1024,
        }));
    }
    let mut body = Vec::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                if body.len() + chunk.len() > MAX_BODY {
                    return Err(ApiError::BadResponse(Garbled::TooLarge {
                        kib: MAX_BODY / 1024,
                    }));
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(body),
            Err(e) if e.is_timeout() => {
                return Err(ApiError::Timeout {
                    host: host.to_string(),
                });
            }
            Err(_) => return Err(ApiError::BadResponse(Garbled::CutShort)),
        }
    }
}

fn transport_error(host: &str, e: &reqwest::Error) -> ApiError {
    // A connection never made (refused, timed out, no route) sent nothing; once it is
    // made, a request may have been done whatever happens next.
    if e.is_timeout() && !e.is_connect() {
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
    let host = host.to_string();
    // The transport's own words are all there is to tell these apart (rustls and hyper
    // give no kinds through reqwest); they decide which error, never what the person reads.
    if lower.contains("certificate") || lower.contains("tls") || lower.contains("handshake") {
        return ApiError::Untrusted {
            host,
            detail: cause,
        };
    }
    if !e.is_connect() && !e.is_builder() {
        return ApiError::Closed { host };
    }
    let detail = if lower.contains("refused") {
        Unreached::ConnectionRefused
    } else if e.is_connect() {
        Unreached::NoConnection { cause }
    } else {
        Unreached::Transport(cause)
    };
    ApiError::Network { host, detail }
}

/// Turns a non-2xx answer into an error, with the provider's own message when it gave one.
pub fn refusal(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
    shape: ErrorShape,
) -> ApiError {
    let code = status.as_u16();
    if status.is_redirection() {
        let to = headers
            .get(reqwest::header::LOCATION)
            .and_then(|l| l.to_str().ok())
            .map(str::to_string);
        return ApiError::Moved { status: code, to };
    }
    if let ErrorShape::ReadBy(read) = shape {
        return read(status, headers, body);
    }
    let (message, field) = provider_message(body, shape);
    let message = message.map_or(Said::Nothing, Said::Provider);
    match code {
        429 | 503 => ApiError::Busy {
            status: code,
            message,
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

/// A status in words, for an answer whose body says nothing usable (empty, an HTML page):
/// what it means for the request, then its number.
pub fn status_in_words(status: StatusCode) -> String {
    status_in_words_in(Lang::En, status)
}

/// `status_in_words`, in `lang` (a status cloudboard has no words for is said by its
/// standard reason, in English).
pub fn status_in_words_in(lang: Lang, status: StatusCode) -> String {
    let code = status.as_u16();
    let id = match code {
        400 => "shared-status-400",
        401 => "shared-status-401",
        403 => "shared-status-403",
        404 => "shared-status-404",
        405 => "shared-status-405",
        409 => "shared-status-409",
        410 => "shared-status-410",
        413 => "shared-status-413",
        415 => "shared-status-415",
        422 => "shared-status-422",
        429 => "shared-status-429",
        500..=599 => "shared-status-5xx",
        _ => "",
    };
    let meaning = match status.canonical_reason() {
        _ if !id.is_empty() => tr(lang, id),
        Some(reason) => reason.into(),
        None => tr(lang, "shared-status-unexpected"),
    };
    tr_args(
        lang,
        "shared-status-in-words",
        &[
            ("meaning", Arg::Text(meaning)),
            ("code", code.to_string().into()),
        ],
    )
    .into_owned()
}

/// Retry-After, in seconds or as an HTTP date (RFC 9110 allows both); a date in the past
/// means now.
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(
        at.duration_since(std::time::SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// The provider's message and the field it names, from an error body of `shape`.
pub fn provider_message(body: &[u8], shape: ErrorShape) -> (Option<String>, Option<String>) {
    if matches!(shape, ErrorShape::Cozy) {
        return cozy_message(body);
    }
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(body) else {
        return (None, None);
    };
    let text = |v: &serde_json::Value| v.as_str().map(str::to_string);
    match shape {
        ErrorShape::Cozy | ErrorShape::ReadBy(_) => (None, None),
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

/// The reason in a refusal from the Cloudery or a Cozy instance, and the field it names,
/// whatever shape the server chose: the Cloudery's body is not documented (PROVIDERS.md
/// §1), cozy-stack answers JSON:API from its handlers and echo's `{"error": …}` (or plain
/// text) from its framework, and another public Cloudery client reads plain text. An HTML
/// page or an empty body says nothing: the caller gives the status in words.
fn cozy_message(body: &[u8]) -> (Option<String>, Option<String>) {
    use serde_json::Value;
    let text = |v: &Value| {
        v.as_str()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    // "/data/attributes/slug" names the field `slug`; "KdfIterations" is its own name.
    let field_name = |name: &str| {
        name.rsplit('/')
            .next()
            .filter(|n| !n.is_empty())
            .map(str::to_string)
    };
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return (plain_text_reason(body), None);
    };
    // {"error": "…"} (echo, the sandbox, with "field" beside it when it names one) or
    // {"error": {"message"|"detail": "…", "field"?}}.
    if let Some(error) = value.get("error") {
        let message = text(error).or_else(|| {
            ["message", "detail"]
                .iter()
                .find_map(|k| error.get(*k).and_then(text))
        });
        if message.is_some() {
            let field = error
                .get("field")
                .or_else(|| value.get("field"))
                .and_then(text);
            return (message, field);
        }
    }
    match value.get("errors") {
        // JSON:API: {"errors": [{"detail", "title", "source": {"pointer"|"parameter"}}]}, or a
        // plain list of messages.
        Some(Value::Array(list)) => {
            let first = list.first();
            let message = first.and_then(|e| {
                text(e).or_else(|| {
                    ["detail", "title", "message"]
                        .iter()
                        .find_map(|k| e.get(*k).and_then(text))
                })
            });
            let field = first
                .and_then(|e| e.get("source"))
                .and_then(|s| s.get("parameter").or_else(|| s.get("pointer")))
                .and_then(|v| v.as_str())
                .and_then(field_name);
            return (message, field);
        }
        // Rails-like: {"errors": {"slug": ["is already taken"]}}.
        Some(Value::Object(fields)) => {
            if let Some((field, said)) = fields.iter().next() {
                let said = match said {
                    Value::Array(items) => {
                        items.iter().filter_map(text).collect::<Vec<_>>().join("; ")
                    }
                    other => text(other).unwrap_or_default(),
                };
                let message = if said.is_empty() {
                    format!("{field} was refused")
                } else {
                    format!("{field} {said}")
                };
                return (Some(message), Some(field.clone()));
            }
        }
        _ => {}
    }
    // {"message": "…"} or {"detail": "…"} (frameworks' defaults).
    let message = ["message", "detail", "error_description"]
        .iter()
        .find_map(|k| value.get(*k).and_then(text))
        .or_else(|| text(&value));
    (message, None)
}

/// A body that is not JSON, as the reason when it is short plain text (not an HTML page).
fn plain_text_reason(body: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(body).ok()?.trim();
    let looks_like_markup = text.starts_with('<') || text.to_ascii_lowercase().contains("<html");
    (!text.is_empty() && !looks_like_markup && text.chars().count() <= 300)
        .then(|| text.split_whitespace().collect::<Vec<_>>().join(" "))
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
        assert_eq!(e.to_string(), "access to this is forbidden (HTTP 403)");
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
    fn a_cozy_refusal_is_read_from_any_shape_a_server_may_send() {
        let read = |body: &str| provider_message(body.as_bytes(), ErrorShape::Cozy);
        let said = |m: &str| (Some(m.to_string()), None);
        let on = |m: &str, f: &str| (Some(m.to_string()), Some(f.to_string()));
        assert_eq!(read(r#"{"error":"slug is taken"}"#), said("slug is taken"));
        assert_eq!(
            read(r#"{"error":"slug is reserved","field":"slug"}"#),
            on("slug is reserved", "slug")
        );
        assert_eq!(
            read(r#"{"error":{"message":"quota reached"}}"#),
            said("quota reached")
        );
        assert_eq!(
            read(r#"{"errors":{"slug":["is already taken","is reserved"]}}"#),
            on("slug is already taken; is reserved", "slug")
        );
        assert_eq!(
            read(
                r#"{"errors":[{"status":"422","title":"Invalid Parameter","detail":"The KdfIterations number is too low","source":{"parameter":"KdfIterations"}}]}"#
            ),
            on("The KdfIterations number is too low", "KdfIterations")
        );
        assert_eq!(
            read(
                r#"{"errors":[{"detail":"can't be blank","source":{"pointer":"/data/attributes/email"}}]}"#
            ),
            on("can't be blank", "email")
        );
        assert_eq!(
            read(
                r#"{"errors":[{"status":"400","title":"Bad Request","detail":"Empty register token","source":{}}]}"#
            ),
            said("Empty register token")
        );
        assert_eq!(
            read(r#"{"message":"Offer unknown"}"#),
            said("Offer unknown")
        );
        assert_eq!(read(r#"{"detail":"Not allowed"}"#), said("Not allowed"));
        assert_eq!(read("instance not found\n"), said("instance not found"));
        // echo's 404 for an unknown host, an HTML page and nothing at all say nothing.
        assert_eq!(read(r#"{"error":{}}"#), (None, None));
        assert_eq!(
            read("<!DOCTYPE html><html><body>Oops</body></html>"),
            (None, None)
        );
        assert_eq!(read(""), (None, None));
    }

    #[test]
    fn a_refusal_that_says_nothing_gives_its_status_in_words() {
        let e = refusal(
            StatusCode::NOT_FOUND,
            &HeaderMap::new(),
            b"<html>",
            ErrorShape::Cozy,
        );
        assert_eq!(
            e.to_string(),
            "this address has no such route or item (HTTP 404)"
        );
        let e = refusal(
            StatusCode::UNPROCESSABLE_ENTITY,
            &HeaderMap::new(),
            b"",
            ErrorShape::Cozy,
        );
        assert_eq!(e.to_string(), "a value was refused (HTTP 422)");
    }

    #[test]
    fn a_redirect_is_named_as_a_move_and_not_retried() {
        let mut h = HeaderMap::new();
        h.insert("location", "https://new.example.org/api".parse().unwrap());
        let e = refusal(StatusCode::MOVED_PERMANENTLY, &h, b"", ErrorShape::Cozy);
        assert_eq!(
            e,
            ApiError::Moved {
                status: 301,
                to: Some("https://new.example.org/api".into())
            }
        );
        assert!(!e.is_transient());
        assert!(e.to_string().contains("moved"), "{e}");
    }

    #[test]
    fn retry_after_is_read_in_seconds_or_as_a_date() {
        let mut h = HeaderMap::new();
        h.insert("retry-after", "120".parse().unwrap());
        assert_eq!(retry_after(&h), Some(Duration::from_secs(120)));
        let soon = std::time::SystemTime::now() + Duration::from_secs(90);
        h.insert(
            "retry-after",
            httpdate::fmt_http_date(soon).parse().unwrap(),
        );
        let wait = retry_after(&h).unwrap();
        assert!(
            wait <= Duration::from_secs(90) && wait >= Duration::from_secs(85),
            "{wait:?}"
        );
        h.insert(
            "retry-after",
            "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap(),
        );
        assert_eq!(retry_after(&h), Some(Duration::ZERO), "a date past is now");
        h.insert("retry-after", "soon".parse().unwrap());
        assert_eq!(retry_after(&h), None);
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
