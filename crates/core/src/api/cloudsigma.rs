//! CloudSigma API 2.0, the accounts part (PROVIDERS.md §3): create an account, sign in with a
//! cookie session, ask who is signed in, read the profile and the balance, sign out.
//!
//! The session is two cookies, `csrftoken` and `sessionid`, read from `Set-Cookie` here and
//! sent back by hand (no cookie jar): that way they are plain values the caller can keep as
//! secrets, save, and restore in a later run. As Django keeps them (general.rst: `Max-Age`
//! 31449600 and 1209600), each has a lifetime: the session ends with its `sessionid`, and any
//! later answer may set either cookie again, so every answer's cookies replace the kept
//! ones and the newest CSRF token is the one sent. Every request other than GET sends the
//! CSRF token again as `X-CSRFToken`, with a `Referer`, as Django-based APIs require, and
//! every request with a body says it is JSON (general.rst: the Content-Type "is required
//! for operations that have a request body").

use std::time::{Duration, SystemTime};

use reqwest::StatusCode;
use reqwest::header::{COOKIE, HeaderMap, HeaderValue, REFERER, SET_COOKIE};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::error::Refusal;
use super::{Answer, ApiError, ErrorShape, Garbled, Retry, join, parse_json, send};

/// Which call a refusal answers: a 401 means a wrong password on the sign-in and an ended
/// session everywhere else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Call {
    SignIn,
    /// Sent by nobody in particular: creating an account, the list of locations.
    WithoutSession,
    /// Anything sent with the session.
    WithSession,
}

fn shape(call: Call) -> ErrorShape {
    ErrorShape::ReadBy(match call {
        Call::SignIn => |s, h, b| refusal_of(Call::SignIn, s, h, b),
        Call::WithoutSession => |s, h, b| refusal_of(Call::WithoutSession, s, h, b),
        Call::WithSession => |s, h, b| refusal_of(Call::WithSession, s, h, b),
    })
}

/// A signed-in session: the two cookies the API set, the newest of each.
#[derive(Clone)]
pub struct Session {
    pub csrftoken: SecretString,
    pub sessionid: SecretString,
    /// When the `sessionid` cookie ends (its `Max-Age` from when it was set); None when the
    /// API gave no `Max-Age`.
    pub expires: Option<SystemTime>,
}

impl Session {
    /// Whether the session has reached the end of its cookie's lifetime.
    pub fn expired(&self, now: SystemTime) -> bool {
        self.expires.is_some_and(|end| end <= now)
    }

    /// Takes the cookies an answer set: a new CSRF token, a renewed session. Says whether
    /// anything changed (so that the kept copy can be written again).
    pub fn renew_from(&mut self, headers: &HeaderMap, now: SystemTime) -> bool {
        let mut changed = false;
        for cookie in headers
            .get_all(SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
        {
            let Some(cookie) = SetCookie::parse(cookie, now) else {
                continue;
            };
            match cookie.name {
                "csrftoken" if cookie.value != self.csrftoken.expose_secret() => {
                    self.csrftoken = SecretString::from(cookie.value);
                    changed = true;
                }
                "sessionid" => {
                    if cookie.value != self.sessionid.expose_secret() {
                        self.sessionid = SecretString::from(cookie.value);
                        changed = true;
                    }
                    if cookie.expires.is_some() && cookie.expires != self.expires {
                        self.expires = cookie.expires;
                        changed = true;
                    }
                }
                _ => {}
            }
        }
        changed
    }
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.expires {
            Some(end) => write!(f, "Session {{ expires: {end:?}, .. }}"),
            None => f.write_str("Session { .. }"),
        }
    }
}

/// `POST accounts/action/?do=create`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewAccount {
    pub email: String,
    /// Always sent: `null` when the person has none, as the API documents it.
    pub promo: Option<String>,
}

/// `{"success": true, "uuid": "..."}`; both fields read leniently.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Created {
    #[serde(default)]
    pub success: Option<bool>,
    #[serde(default)]
    pub uuid: Option<String>,
}

/// `GET profile/`: only what the account screen shows; the rest is ignored.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Default)]
pub struct Profile {
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub uuid: Option<String>,
    #[serde(default)]
    pub state: Option<String>,
}

/// `GET balance/`. The amount is a decimal string on the real service; a number is taken
/// too and shown as it came.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Balance {
    pub balance: Option<String>,
    pub currency: Option<String>,
}

impl<'de> Deserialize<'de> for Balance {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Balance, D::Error> {
        #[derive(Deserialize)]
        struct Wire {
            #[serde(default)]
            balance: serde_json::Value,
            #[serde(default)]
            currency: Option<String>,
        }
        let wire = Wire::deserialize(d)?;
        let balance = match wire.balance {
            serde_json::Value::String(s) => Some(s),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        };
        Ok(Balance {
            balance,
            currency: wire.currency,
        })
    }
}

/// One API base (`https://zrh.cloudsigma.com/api/2.0/` or a partner's), spoken to through
/// the shared client.
pub struct CloudSigma<'a> {
    client: &'a reqwest::Client,
    base: String,
}

impl<'a> CloudSigma<'a> {
    pub fn new(client: &'a reqwest::Client, base: &str) -> CloudSigma<'a> {
        CloudSigma {
            client,
            base: base.to_string(),
        }
    }

    fn url(&self, path: &str) -> String {
        join(&self.base, path)
    }

    /// Creates an account; CloudSigma then emails a link to set its password. Never sent
    /// twice by itself: a second try could open a second account or be refused as a duplicate.
    pub async fn create_account(&self, account: &NewAccount) -> Result<Created, ApiError> {
        let request = self
            .client
            .post(self.url("accounts/action/?do=create"))
            .json(account);
        let answer = send(request, Retry::Once, shape(Call::WithoutSession)).await?;
        // An empty answer to a 2xx still means the account was made.
        if answer.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(Created {
                success: Some(true),
                uuid: None,
            });
        }
        answer.json()
    }

    /// CloudSigma's current list of locations: `GET locations/?limit=0` (as pycloudsigma lists
    /// a resource, `resource.py`), paginated `{"meta", "objects"}` (`dumps/response_locations`);
    /// further pages are asked for while `meta.total_count` says more exist. Asked without
    /// credentials: the list is needed before any sign-in. Sent once: a caller in a hurry
    /// falls back on its own list rather than wait for retries. Entries without a code or
    /// with an address cloudboard would not send a password to are left out.
    pub async fn locations(&self) -> Result<Vec<ListedLocation>, ApiError> {
        let mut found: Vec<ListedLocation> = Vec::new();
        let mut path = "locations/?limit=0".to_string();
        for _ in 0..MAX_PAGES {
            let request = self.client.get(self.url(&path));
            let answer = send(request, Retry::Never, shape(Call::WithoutSession)).await?;
            let page: LocationsPage = answer.json()?;
            let listed = page.objects.len();
            found.extend(page.objects.into_iter().filter_map(ListedLocation::usable));
            let meta = page.meta.unwrap_or_default();
            let seen = meta.offset + listed as u64;
            if meta.limit == 0 || listed == 0 || seen >= meta.total_count {
                return Ok(found);
            }
            path = format!("locations/?limit={}&offset={seen}", meta.limit);
        }
        Ok(found)
    }

    /// Signs in with email and password; the session is read from the cookies set.
    pub async fn login(&self, email: &str, password: &SecretString) -> Result<Session, ApiError> {
        let body = Zeroizing::new(
            serde_json::json!({ "username": email, "password": password.expose_secret() })
                .to_string(),
        );
        let request = self
            .client
            .post(self.url("accounts/action/?do=login"))
            .header(
                reqwest::header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            )
            .body(body.as_bytes().to_vec());
        // As Cleura's: a password is never replayed by itself (a locked email waits).
        let answer = send(request, Retry::Once, shape(Call::SignIn)).await?;
        session_from_headers(&answer.headers, SystemTime::now())
    }

    /// Whether the session is still signed in: `Ok` when it is, `SessionEnded` when not.
    pub async fn check_login(&self, session: &mut Session) -> Result<(), ApiError> {
        self.post_action(session, "check_login").await.map(|_| ())
    }

    /// The signed-in account's uuid, or None when the API answered with an empty body (its
    /// documentation allows that; the profile then has it).
    pub async fn whoami(&self, session: &mut Session) -> Result<Option<String>, ApiError> {
        let answer = self
            .post_action(session, "check_login_with_return_uuid")
            .await?;
        parse_uuid(&answer.body)
    }

    pub async fn profile(&self, session: &mut Session) -> Result<Profile, ApiError> {
        self.get(session, "profile/").await?.json()
    }

    pub async fn balance(&self, session: &mut Session) -> Result<Balance, ApiError> {
        self.get(session, "balance/").await?.json()
    }

    /// Ends the session on the server: both cookies stop working.
    pub async fn logout(&self, session: &Session) -> Result<(), ApiError> {
        let mut ending = session.clone();
        self.post_action(&mut ending, "logout").await.map(|_| ())
    }

    async fn post_action(&self, session: &mut Session, action: &str) -> Result<Answer, ApiError> {
        let request = self
            .client
            .post(self.url(&format!("accounts/action/?do={action}")))
            .headers(self.session_headers(session, true)?)
            .json(&serde_json::json!({}));
        let answer = send(request, Retry::Idempotent, shape(Call::WithSession)).await?;
        session.renew_from(&answer.headers, SystemTime::now());
        Ok(answer)
    }

    async fn get(&self, session: &mut Session, path: &str) -> Result<Answer, ApiError> {
        let request = self
            .client
            .get(self.url(path))
            .headers(self.session_headers(session, false)?);
        let answer = send(request, Retry::Idempotent, shape(Call::WithSession)).await?;
        session.renew_from(&answer.headers, SystemTime::now());
        Ok(answer)
    }

    /// `Cookie` always; `X-CSRFToken` and `Referer` on anything but a GET. The secret
    /// headers are marked sensitive so that no debug output of the request shows them.
    fn session_headers(
        &self,
        session: &Session,
        unsafe_method: bool,
    ) -> Result<HeaderMap, ApiError> {
        let bad = |_| ApiError::BadResponse(Garbled::SessionNotSendable);
        let mut headers = HeaderMap::new();
        let cookie = Zeroizing::new(format!(
            "csrftoken={}; sessionid={}",
            session.csrftoken.expose_secret(),
            session.sessionid.expose_secret()
        ));
        let mut cookie = HeaderValue::from_str(&cookie).map_err(bad)?;
        cookie.set_sensitive(true);
        headers.insert(COOKIE, cookie);
        if unsafe_method {
            let mut csrf = HeaderValue::from_str(session.csrftoken.expose_secret()).map_err(bad)?;
            csrf.set_sensitive(true);
            headers.insert("x-csrftoken", csrf);
            let referer = HeaderValue::from_str(&self.base)
                .map_err(|_| ApiError::BadResponse(Garbled::RefererNotSendable))?;
            headers.insert(REFERER, referer);
        }
        Ok(headers)
    }
}

/// More pages than any list of locations needs: a server that never ends is cut off.
const MAX_PAGES: usize = 20;

/// One page of `GET locations/`.
#[derive(Debug, Deserialize)]
struct LocationsPage {
    #[serde(default)]
    meta: Option<PageMeta>,
    objects: Vec<serde_json::Value>,
}

#[derive(Debug, Default, Deserialize)]
struct PageMeta {
    #[serde(default)]
    limit: u64,
    #[serde(default)]
    offset: u64,
    #[serde(default)]
    total_count: u64,
}

/// A location as the API lists it (the Go SDK's `Location` has the same fields).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedLocation {
    /// `ZRH`.
    pub id: String,
    /// "Zurich, Switzerland".
    pub display_name: String,
    /// `https://zrh.cloudsigma.com/api/2.0/`, ending in `/`.
    pub api_endpoint: String,
    pub country_code: Option<String>,
}

impl ListedLocation {
    fn usable(value: serde_json::Value) -> Option<ListedLocation> {
        let text = |key: &str| {
            value
                .get(key)
                .and_then(serde_json::Value::as_str)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let id = text("id")?;
        let mut api_endpoint = text("api_endpoint")?;
        crate::config::check_endpoint(&api_endpoint).ok()?;
        if !api_endpoint.ends_with('/') {
            api_endpoint.push('/');
        }
        Some(ListedLocation {
            display_name: text("display_name").unwrap_or_else(|| id.clone()),
            id,
            api_endpoint,
            country_code: text("country_code"),
        })
    }
}

/// One entry of CloudSigma's error array (errors.rst): `error_point` is "always present, but
/// can sometimes be null".
#[derive(Debug, Default, Deserialize)]
struct ErrorEntry {
    #[serde(default)]
    error_type: Option<String>,
    #[serde(default)]
    error_message: Option<String>,
    #[serde(default)]
    error_point: Option<String>,
}

/// The first entry of an error body: an array as documented, or a lone object.
fn first_error(body: &[u8]) -> ErrorEntry {
    if let Ok(mut list) = serde_json::from_slice::<Vec<ErrorEntry>>(body)
        && !list.is_empty()
    {
        return list.swap_remove(0);
    }
    serde_json::from_slice::<ErrorEntry>(body).unwrap_or_default()
}

/// The one place where a CloudSigma refusal gets its meaning: from the status, the
/// documented `error_type` (`validation`, `notexist`, `backend`, `permission`, `database`,
/// `concurrency`, `billing`, `payment`: errors.rst), the `error_point`, and which call it
/// answers. No error text carries a meaning: the docs publish one example only ("This field
/// is required", errors.rst), which the `validation` type already says.
fn refusal_of(call: Call, status: StatusCode, headers: &HeaderMap, body: &[u8]) -> ApiError {
    let code = status.as_u16();
    if code == 429 || code >= 500 {
        // Busy (with Retry-After) or a server failure: the same for every provider.
        return super::refusal(status, headers, body, ErrorShape::CloudSigma);
    }
    let entry = first_error(body);
    let said = entry
        .error_message
        .map(|m| m.trim().to_string())
        .filter(|m| !m.is_empty());
    let point = entry
        .error_point
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty());
    let refusal = meaning(call, code, entry.error_type.as_deref(), point);
    ApiError::Declined {
        status: code,
        refusal,
        said,
    }
}

fn meaning(call: Call, status: u16, error_type: Option<&str>, point: Option<String>) -> Refusal {
    // 401: "the provided credentials are incorrect or missing" (general.rst).
    match (call, status) {
        (Call::SignIn, 401) => return Refusal::WrongCredentials,
        (Call::WithSession, 401) => return Refusal::SessionEnded,
        _ => {}
    }
    match (error_type, point) {
        (Some("validation"), Some(field)) => Refusal::FieldRefused { field },
        (Some("notexist"), _) => Refusal::NotFound,
        (Some("permission"), _) => Refusal::NoAccess,
        _ => match status {
            403 => Refusal::NoAccess,
            404 => Refusal::NotFound,
            _ => Refusal::Other,
        },
    }
}

/// The uuid from `check_login_with_return_uuid`'s answer: `{"uuid": "..."}`, or None for an
/// empty body (or one without a uuid).
pub fn parse_uuid(body: &[u8]) -> Result<Option<String>, ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    #[derive(Deserialize)]
    struct Wire {
        #[serde(default)]
        uuid: Option<String>,
    }
    let wire: Wire = parse_json(body)?;
    Ok(wire.uuid.filter(|u| !u.trim().is_empty()))
}

/// The session from a sign-in answer's `Set-Cookie` headers.
pub fn session_from_headers(headers: &HeaderMap, now: SystemTime) -> Result<Session, ApiError> {
    let mut csrftoken = None;
    let mut sessionid = None;
    for line in headers.get_all(SET_COOKIE) {
        let Ok(text) = line.to_str() else { continue };
        let Some(cookie) = SetCookie::parse(text, now) else {
            continue;
        };
        match cookie.name {
            "csrftoken" => csrftoken = Some(SecretString::from(cookie.value)),
            "sessionid" => sessionid = Some((SecretString::from(cookie.value), cookie.expires)),
            _ => {}
        }
    }
    match (csrftoken, sessionid) {
        (Some(csrftoken), Some((sessionid, expires))) => Ok(Session {
            csrftoken,
            sessionid,
            expires,
        }),
        (None, _) => Err(ApiError::BadResponse(Garbled::CookieMissing {
            cookie: "csrftoken",
        })),
        (_, None) => Err(ApiError::BadResponse(Garbled::CookieMissing {
            cookie: "sessionid",
        })),
    }
}

/// One `Set-Cookie` line: its name, its value, and when it ends by its `Max-Age` (the
/// attribute Django sets beside `expires`, and the one RFC 6265 §5.3 says wins). A cookie
/// without a value, or with a `Max-Age` of zero or less, is being deleted: None.
struct SetCookie<'a> {
    name: &'a str,
    value: &'a str,
    expires: Option<SystemTime>,
}

impl<'a> SetCookie<'a> {
    fn parse(line: &'a str, now: SystemTime) -> Option<SetCookie<'a>> {
        let mut parts = line.split(';');
        let (name, value) = parts.next()?.split_once('=')?;
        let value = value.trim();
        let value = value
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .unwrap_or(value);
        if value.is_empty() {
            return None;
        }
        let max_age = parts.find_map(|attribute| {
            let (key, seconds) = attribute.split_once('=')?;
            key.trim()
                .eq_ignore_ascii_case("max-age")
                .then(|| seconds.trim().parse::<i64>().ok())
                .flatten()
        });
        let expires = match max_age {
            Some(seconds) if seconds <= 0 => return None,
            Some(seconds) => Some(now + Duration::from_secs(seconds.unsigned_abs())),
            None => None,
        };
        Some(SetCookie {
            name: name.trim(),
            value,
            expires,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn declined(call: Call, status: u16, body: &str) -> (Refusal, String) {
        let e = refusal_of(
            call,
            StatusCode::from_u16(status).unwrap(),
            &HeaderMap::new(),
            body.as_bytes(),
        );
        let shown = e.to_string();
        match e {
            ApiError::Declined { refusal, .. } => (refusal, shown),
            other => panic!("not read as a refusal: {other:?}"),
        }
    }

    #[test]
    fn the_documented_example_names_its_field() {
        // errors.rst, POST /subscriptions/.
        let body = r#"[{"error_message": "This field is required", "error_point": "resource", "error_type": "validation"}]"#;
        assert_eq!(
            declined(Call::WithoutSession, 400, body),
            (
                Refusal::FieldRefused {
                    field: "resource".into()
                },
                "This field is required".into()
            )
        );
    }

    #[test]
    fn a_401_is_a_wrong_password_at_sign_in_and_an_ended_session_after() {
        let body =
            r#"[{"error_type":"permission","error_message":"Bad credentials","error_point":null}]"#;
        assert_eq!(
            declined(Call::SignIn, 401, body).0,
            Refusal::WrongCredentials
        );
        assert_eq!(
            declined(Call::WithSession, 401, body).0,
            Refusal::SessionEnded
        );
        let (refusal, shown) = declined(Call::SignIn, 401, "");
        assert_eq!(refusal, Refusal::WrongCredentials);
        assert_eq!(
            shown, "the credentials were not accepted (HTTP 401)",
            "no words: the status in words"
        );
    }

    #[test]
    fn each_documented_type_has_its_meaning() {
        let entry = |t: &str, point: &str| {
            format!(r#"[{{"error_type":"{t}","error_message":"words","error_point":{point}}}]"#)
        };
        let read = |t: &str, point: &str, status: u16| {
            declined(Call::WithSession, status, &entry(t, point)).0
        };
        assert_eq!(
            read("validation", r#""email""#, 400),
            Refusal::FieldRefused {
                field: "email".into()
            }
        );
        assert_eq!(read("validation", "null", 400), Refusal::Other);
        assert_eq!(read("notexist", "null", 404), Refusal::NotFound);
        assert_eq!(read("permission", "null", 403), Refusal::NoAccess);
        for other in ["backend", "database", "concurrency", "billing", "payment"] {
            assert_eq!(read(other, "null", 400), Refusal::Other, "{other}");
        }
        assert_eq!(read("billing", "null", 402), Refusal::Other);
        // An unknown type, or none: the status decides.
        assert_eq!(read("new_kind", "null", 403), Refusal::NoAccess);
        assert_eq!(
            declined(Call::WithSession, 404, "<html>").0,
            Refusal::NotFound
        );
    }

    #[test]
    fn busy_and_failing_servers_stay_what_they_are() {
        let e = refusal_of(
            Call::SignIn,
            StatusCode::SERVICE_UNAVAILABLE,
            &HeaderMap::new(),
            br#"[{"error_type":"concurrency","error_message":"busy","error_point":null}]"#,
        );
        assert!(matches!(e, ApiError::Busy { status: 503, .. }), "{e:?}");
    }

    #[test]
    fn an_empty_whoami_body_is_no_uuid_not_an_error() {
        assert_eq!(parse_uuid(b"").unwrap(), None);
        assert_eq!(parse_uuid(b"  \n").unwrap(), None);
        assert_eq!(parse_uuid(b"{}").unwrap(), None);
        assert_eq!(parse_uuid(br#"{"uuid":""}"#).unwrap(), None);
        assert_eq!(
            parse_uuid(br#"{"uuid":"5b4a69a3-8e78-4c45-a8ba-8b13f0895e23","x":1}"#).unwrap(),
            Some("5b4a69a3-8e78-4c45-a8ba-8b13f0895e23".into())
        );
        assert!(parse_uuid(b"<html>").is_err());
    }

    fn cookies(lines: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for line in lines {
            h.append(SET_COOKIE, line.parse().unwrap());
        }
        h
    }

    #[test]
    fn the_session_is_read_from_set_cookie() {
        let h = cookies(&[
            "csrftoken=abc123; expires=Thu, 01 Jan 2099 00:00:00 GMT; Max-Age=31449600; Path=/",
            "sessionid=\"s3ss\"; httponly; Path=/",
        ]);
        let s = session_from_headers(&h, SystemTime::UNIX_EPOCH).unwrap();
        assert_eq!(s.csrftoken.expose_secret(), "abc123");
        assert_eq!(s.sessionid.expose_secret(), "s3ss");
        assert_eq!(s.expires, None, "no Max-Age on the session cookie");
        assert_eq!(format!("{s:?}"), "Session { .. }");
    }

    /// general.rst's example answer to the sign-in, as printed.
    #[test]
    fn the_sessions_lifetime_is_its_cookies_max_age() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let h = cookies(&[
            "csrftoken=J24Zr4nEcxZcHtdoaNG02WiWoA0qXFg5; expires=Tue, 11-Mar-2014 15:47:14 GMT; Max-Age=31449600; Path=/",
            "sessionid=c38919b96789c3a12c6c204676d63308; expires=Tue, 26-Mar-2013 15:47:14 GMT; httponly; Max-Age=1209600; Path=/",
        ]);
        let s = session_from_headers(&h, now).unwrap();
        let end = now + Duration::from_secs(1_209_600);
        assert_eq!(
            s.expires,
            Some(end),
            "fourteen days, whatever `expires` says"
        );
        assert!(!s.expired(end - Duration::from_secs(1)));
        assert!(s.expired(end));
        assert!(format!("{s:?}").contains("expires"));
        assert!(!format!("{s:?}").contains("c38919"), "no secret in Debug");
    }

    #[test]
    fn a_later_answer_renews_the_csrf_token_and_the_session() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000);
        let mut s = session_from_headers(
            &cookies(&[
                "csrftoken=old; Max-Age=31449600",
                "sessionid=s; Max-Age=100",
            ]),
            now,
        )
        .unwrap();
        assert!(
            !s.renew_from(&HeaderMap::new(), now),
            "nothing set, nothing changed"
        );
        let later = now + Duration::from_secs(50);
        assert!(!s.renew_from(&cookies(&["csrftoken=old; Max-Age=31449600"]), later));
        assert!(s.renew_from(
            &cookies(&["csrftoken=new; Max-Age=31449600; Path=/"]),
            later
        ));
        assert_eq!(s.csrftoken.expose_secret(), "new");
        assert_eq!(s.sessionid.expose_secret(), "s");
        assert!(s.renew_from(&cookies(&["sessionid=s; Max-Age=100"]), later));
        assert_eq!(s.expires, Some(later + Duration::from_secs(100)));
        // A deletion (as at sign-out) is not a new value.
        assert!(!s.renew_from(&cookies(&["csrftoken=; Max-Age=0; Path=/"]), later));
        assert!(!s.renew_from(&cookies(&["sessionid=gone; Max-Age=0"]), later));
        assert_eq!(s.csrftoken.expose_secret(), "new");
    }

    #[test]
    fn a_missing_cookie_is_named() {
        let h = cookies(&["csrftoken=abc; Path=/", "sessionid=; Path=/"]);
        let e = session_from_headers(&h, SystemTime::UNIX_EPOCH).unwrap_err();
        assert!(e.to_string().contains("sessionid"), "{e}");
    }

    #[test]
    fn balance_takes_a_string_or_a_number() {
        let b: Balance = serde_json::from_str(r#"{"balance":"12.50","currency":"CHF"}"#).unwrap();
        assert_eq!(b.balance.as_deref(), Some("12.50"));
        let b: Balance = serde_json::from_str(r#"{"balance":0,"currency":"USD","x":[]}"#).unwrap();
        assert_eq!(b.balance.as_deref(), Some("0"));
        assert_eq!(b.currency.as_deref(), Some("USD"));
    }

    #[test]
    fn a_new_account_without_promo_sends_null() {
        let json = serde_json::to_string(&NewAccount {
            email: "a@example.org".into(),
            promo: None,
        })
        .unwrap();
        assert_eq!(json, r#"{"email":"a@example.org","promo":null}"#);
    }
}
