//! Cleura Cloud's REST API (PROVIDERS.md §2), versions 1 and 2: sign in with the SMS second
//! factor, check and revoke a token, list the domains (regions) and the projects.
//!
//! Signing in sends the fewest requests the contract allows: the first attempt already asks
//! for SMS (`twofa_method` / `two_factor_method`), which an account without a second factor
//! ignores, so an SMS sign-in and the region list take four requests in all. Every other
//! answer is still understood: the v1 "two-factor authentication required" refusal and the
//! v2 `twofactor_options` lead to a second attempt, and an account whose second factor is
//! not SMS is named as such, without ever asking for a code.
//!
//! With v2, the routes after sign-in are the ones Cleura's own CLI uses (`cleura/cleura-cli`
//! `internal/cli/openstack.go`, `logout.go`, `getcredentials.go`, through the generated
//! `cleura/cleura-client-go`): `openstack/identity/v2/domains`, the caller's own projects
//! grouped by region at `openstack/identity/v1/current-user/projects`, and `auth/v2/tokens`.
//!
//! Every refusal is read here, in `refusal_of`, into an `ApiError::Declined` whose `Refusal`
//! the flows branch on; see `KNOWN_TEXTS` for the provider's own words that carry meaning.

use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::error::Refusal;
use super::{ApiError, ErrorShape, Garbled, Retry, join, parse_json, send};
use crate::config::CleuraApi;

/// What a sign-in attempt led to. An account whose second factor the REST API cannot use
/// is an error, `Refusal::SecondFactorUnusable`.
#[derive(Debug)]
pub enum SignIn {
    Token(SecretString),
    /// An SMS code is needed for this verification.
    Verification(String),
}

/// A domain and its area, in one shape whichever API version it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Domain {
    pub id: String,
    pub name: String,
    pub status: String,
    pub enabled: bool,
    pub area: Area,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Area {
    pub id: String,
    pub name: String,
    pub tag: String,
    pub regions: Vec<Region>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Region {
    pub id: String,
    pub name: String,
    /// The region's code, case-sensitive: `Sto2`, `Fra1`, `Kna1`.
    pub tag: String,
    /// v1 gives it; v2 does not.
    pub status: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Project {
    pub id: String,
    pub name: String,
    pub domain_id: String,
    pub enabled: bool,
    /// v1 says whether it is the domain's default project; v2 has no such field.
    pub default: Option<bool>,
    pub description: String,
}

/// Which call a refusal answers: the same status means different things on each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Call {
    SignIn,
    RequestCode,
    Verify,
    /// Anything sent with the token.
    WithToken,
}

pub struct Cleura<'a> {
    http: &'a reqwest::Client,
    endpoint: String,
    api: CleuraApi,
}

impl<'a> Cleura<'a> {
    pub fn new(http: &'a reqwest::Client, endpoint: &str, api: CleuraApi) -> Cleura<'a> {
        Cleura {
            http,
            endpoint: endpoint.trim_end_matches('/').to_string(),
            api,
        }
    }

    fn url(&self, path: &str) -> String {
        join(&self.endpoint, path)
    }

    /// Signs in, asking for SMS at once; see the module's notes.
    pub async fn sign_in(&self, login: &str, password: &SecretString) -> Result<SignIn, ApiError> {
        match self.attempt(login, password, true).await {
            Ok(answer) => self.read_sign_in(login, password, answer).await,
            // A server that refuses the SMS request for an account without a second
            // factor, in words this client does not know, is asked again without it.
            Err(ApiError::Declined {
                status: 400,
                refusal: Refusal::Other,
                ..
            }) => {
                let answer = self.attempt(login, password, false).await?;
                self.read_sign_in(login, password, answer).await
            }
            Err(e) => Err(e),
        }
    }

    async fn attempt(
        &self,
        login: &str,
        password: &SecretString,
        sms: bool,
    ) -> Result<Value, ApiError> {
        let body = match (self.api, sms) {
            (CleuraApi::V1, true) => json!({"auth": {
                "login": login, "password": password.expose_secret(), "twofa_method": "sms"}}),
            (CleuraApi::V1, false) => json!({"auth": {
                "login": login, "password": password.expose_secret()}}),
            (CleuraApi::V2, true) => json!({
                "login": login, "password": password.expose_secret(), "two_factor_method": "sms"}),
            (CleuraApi::V2, false) => json!({
                "login": login, "password": password.expose_secret()}),
        };
        let path = match self.api {
            CleuraApi::V1 => "auth/v1/tokens",
            CleuraApi::V2 => "auth/v2/tokens",
        };
        // A password is never sent again behind the person's back: a busy or locked login
        // (429, 503) is theirs to wait out, and only a request that never left is resent.
        let answer = send(
            self.http.post(self.url(path)).json(&body),
            Retry::Once,
            shape(Call::SignIn),
        )
        .await?;
        answer.json()
    }

    async fn read_sign_in(
        &self,
        login: &str,
        password: &SecretString,
        answer: Value,
    ) -> Result<SignIn, ApiError> {
        match answer.get("result").and_then(Value::as_str) {
            Some("login_ok") => token_of(&answer).map(SignIn::Token),
            Some("twofactor_required") => verification_of(&answer).map(SignIn::Verification),
            Some("twofactor_options") => {
                let options = strings(answer.get("options"));
                if !options.iter().any(|o| o == "sms") {
                    return Err(unusable_second_factor(options));
                }
                let again = self.attempt(login, password, true).await?;
                match again.get("result").and_then(Value::as_str) {
                    Some("twofactor_options") => {
                        Err(ApiError::BadResponse(Garbled::SmsOfferedNotTaken))
                    }
                    _ => Box::pin(self.read_sign_in(login, password, again)).await,
                }
            }
            Some(other) => Err(ApiError::BadResponse(Garbled::UnknownSignInResult {
                said: other.to_string(),
            })),
            None => Err(ApiError::BadResponse(Garbled::NoSignInResult)),
        }
    }

    /// Sends the SMS code for `verification` (again, for a resend: a new code).
    pub async fn request_code(&self, login: &str, verification: &str) -> Result<(), ApiError> {
        let (path, body) = match self.api {
            CleuraApi::V1 => (
                "auth/v1/tokens/request2facode",
                json!({"request2fa": {"login": login, "verification": verification}}),
            ),
            CleuraApi::V2 => (
                "auth/v2/request-sms-code",
                json!({"login": login, "verification": verification}),
            ),
        };
        // Sending it twice would send two codes, the first of them useless: once.
        send(
            self.http.post(self.url(path)).json(&body),
            Retry::Once,
            shape(Call::RequestCode),
        )
        .await?;
        Ok(())
    }

    /// Exchanges the code for a token. The code goes as a JSON integer, as the API requires.
    pub async fn verify(
        &self,
        login: &str,
        verification: &str,
        code: u32,
    ) -> Result<SecretString, ApiError> {
        let (path, body) = match self.api {
            CleuraApi::V1 => (
                "auth/v1/tokens/verify2fa",
                json!({"verify2fa": {"login": login, "verification": verification, "code": code}}),
            ),
            CleuraApi::V2 => (
                "auth/v2/tokens-by-sms-code",
                json!({"login": login, "verification": verification, "code": code}),
            ),
        };
        // A wrong code spends one of the provider's tries: never sent again by itself.
        let answer = send(
            self.http.post(self.url(path)).json(&body),
            Retry::Once,
            shape(Call::Verify),
        )
        .await?;
        token_of(&answer.json()?)
    }

    fn authed(
        &self,
        request: reqwest::RequestBuilder,
        login: &str,
        token: &SecretString,
    ) -> reqwest::RequestBuilder {
        request
            .header("X-AUTH-LOGIN", login)
            .header("X-AUTH-TOKEN", token.expose_secret())
    }

    fn tokens_path(&self, rest: &str) -> String {
        match self.api {
            CleuraApi::V1 => format!("auth/v1/tokens{rest}"),
            CleuraApi::V2 => format!("auth/v2/tokens{rest}"),
        }
    }

    async fn send_authed(
        &self,
        request: reqwest::RequestBuilder,
        login: &str,
        token: &SecretString,
    ) -> Result<super::Answer, ApiError> {
        send(
            self.authed(request, login, token),
            Retry::Idempotent,
            shape(Call::WithToken),
        )
        .await
    }

    pub async fn validate(&self, login: &str, token: &SecretString) -> Result<(), ApiError> {
        let request = self.http.post(self.url(&self.tokens_path("/validate")));
        self.send_authed(request, login, token).await?;
        Ok(())
    }

    pub async fn revoke(&self, login: &str, token: &SecretString) -> Result<(), ApiError> {
        let request = self.http.delete(self.url(&self.tokens_path("")));
        self.send_authed(request, login, token).await?;
        Ok(())
    }

    pub async fn domains(
        &self,
        login: &str,
        token: &SecretString,
    ) -> Result<Vec<Domain>, ApiError> {
        let path = match self.api {
            CleuraApi::V1 => "accesscontrol/v1/openstack/domains",
            CleuraApi::V2 => "openstack/identity/v2/domains",
        };
        let request = self.http.get(self.url(path));
        let answer = self.send_authed(request, login, token).await?;
        parse_domains(&answer.body)
    }

    /// The projects to show for one region of one domain. v1 lists the domain's projects;
    /// v2 has no such list, only the caller's own projects grouped by region, so it gives
    /// this login's projects in the region tagged `region_tag`.
    pub async fn projects(
        &self,
        login: &str,
        token: &SecretString,
        domain_id: &str,
        region_tag: &str,
    ) -> Result<Vec<Project>, ApiError> {
        match self.api {
            CleuraApi::V1 => {
                let path = format!(
                    "accesscontrol/v1/openstack/{}/projects",
                    url_segment(domain_id)
                );
                let request = self.http.get(self.url(&path));
                let answer = self.send_authed(request, login, token).await?;
                parse_projects(&answer.body)
            }
            CleuraApi::V2 => {
                let request = self
                    .http
                    .get(self.url("openstack/identity/v1/current-user/projects"));
                let answer = self.send_authed(request, login, token).await?;
                let groups = parse_projects_by_region(&answer.body)?;
                Ok(groups
                    .into_iter()
                    .find(|(tag, _)| tag == region_tag)
                    .map(|(_, projects)| projects)
                    .unwrap_or_default())
            }
        }
    }
}

fn url_segment(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

fn shape(call: Call) -> ErrorShape {
    ErrorShape::ReadBy(match call {
        Call::SignIn => |s, h, b| refusal_of(Call::SignIn, s, h, b),
        Call::RequestCode => |s, h, b| refusal_of(Call::RequestCode, s, h, b),
        Call::Verify => |s, h, b| refusal_of(Call::Verify, s, h, b),
        Call::WithToken => |s, h, b| refusal_of(Call::WithToken, s, h, b),
    })
}

/// Cleura's error body (`FrameworkHttpErrorResponse` in the generated client):
/// `{"error": {"code", "message", "errors": [{"key", "value"}]}}`, every part optional here.
#[derive(Debug, Default, Deserialize)]
struct ErrorBody {
    #[serde(default)]
    error: Option<ErrorContent>,
}

#[derive(Debug, Default, Deserialize)]
struct ErrorContent {
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    errors: Vec<FieldError>,
}

#[derive(Debug, Deserialize)]
struct FieldError {
    #[serde(default)]
    key: String,
    #[serde(default)]
    value: String,
}

/// The provider's own words that carry a meaning, each as published in a public source:
/// the exact text, the status it comes with, and what it means. Only these are read; any
/// other text is shown as it is and the status decides.
pub const KNOWN_TEXTS: &[(&str, u16, Refusal)] = &[
    // cleura/cleura-cli internal/cli/batchc_test.go L112, users_test.go L167.
    ("Invalid token", 403, Refusal::SessionEnded),
    // cleura/cleura-cli internal/cli/batchc_test.go L105 (root.go L261: "No access: ...").
    (
        "No access: Your user does not have access to this method.",
        403,
        Refusal::NoAccess,
    ),
    // cleura/cleura-cli internal/cli/batchc_test.go L120; users_test.go L110.
    ("not found", 404, Refusal::NotFound),
    ("User not found", 404, Refusal::NotFound),
];

/// The one place where a Cleura refusal gets its meaning: from the status, the structured
/// `error.errors[{key, value}]`, a known text (`KNOWN_TEXTS`), and which call it answers.
fn refusal_of(call: Call, status: StatusCode, headers: &HeaderMap, body: &[u8]) -> ApiError {
    let code = status.as_u16();
    if code == 429 || code >= 500 {
        // Busy (with Retry-After) or a server failure: the same for every provider.
        return super::refusal(status, headers, body, ErrorShape::Cleura);
    }
    let content = serde_json::from_slice::<ErrorBody>(body)
        .ok()
        .and_then(|b| b.error)
        .unwrap_or_default();
    let said = content
        .message
        .clone()
        .map(|m| m.trim().to_string())
        .filter(|m| !m.is_empty());
    let refusal = meaning(call, code, said.as_deref(), &content.errors);
    ApiError::Declined {
        status: code,
        refusal,
        said,
    }
}

fn meaning(call: Call, status: u16, said: Option<&str>, errors: &[FieldError]) -> Refusal {
    if let Some(text) = said
        && let Some((_, _, refusal)) = KNOWN_TEXTS
            .iter()
            .find(|(known, known_status, _)| *known == text && *known_status == status)
    {
        return refusal.clone();
    }
    if let Some(refusal) = structured_meaning(errors) {
        return refusal;
    }
    match (call, status) {
        (Call::SignIn, 401 | 403) => Refusal::WrongCredentials,
        // Its only inputs came from the sign-in moments ago: a refusal means the
        // verification itself can no longer be used.
        (Call::RequestCode, 400 | 401 | 403) => Refusal::VerificationSpent,
        (Call::Verify, 400 | 401 | 403) => Refusal::CodeWrong { tries_left: None },
        (Call::WithToken, 401) => Refusal::SessionEnded,
        // A 403 that blames the token, or says nothing at all, is the token's (as cleura-cli
        // reads it, root.go `apiAuthError` L256-276); any other 403 is a missing privilege,
        // which signing in again would not cure.
        (Call::WithToken, 403) if said.is_none_or(mentions_the_token) => Refusal::SessionEnded,
        (Call::WithToken, 403) => Refusal::NoAccess,
        (_, 404) => Refusal::NotFound,
        _ => Refusal::Other,
    }
}

/// PROVIDERS.md §2: "a message mentioning the token".
fn mentions_the_token(text: &str) -> bool {
    text.to_ascii_lowercase().contains("token")
}

/// What `error.errors` says, by its keys (values are read only where they are codes, not
/// prose). The keys the sandbox sends are its own choice (PROVIDERS.md §4); the public
/// sources show the shape but no example.
fn structured_meaning(errors: &[FieldError]) -> Option<Refusal> {
    let value = |key: &str| {
        errors
            .iter()
            .find(|e| e.key == key)
            .map(|e| e.value.as_str())
    };
    if value("verification").is_some() {
        return Some(Refusal::VerificationSpent);
    }
    if let Some(method) = value("two_factor_method").or_else(|| value("twofa_method")) {
        let methods = if method.is_empty() {
            Vec::new()
        } else {
            vec![method.to_string()]
        };
        return Some(Refusal::SecondFactorUnusable { methods });
    }
    match value("code") {
        Some("expired") => return Some(Refusal::CodeExpired),
        Some(_) => {
            let tries_left = value("attempts_left").and_then(|n| n.trim().parse().ok());
            return Some(Refusal::CodeWrong { tries_left });
        }
        None => {}
    }
    if value("password").is_some() || value("login").is_some() {
        return Some(Refusal::WrongCredentials);
    }
    errors.first().map(|e| Refusal::FieldRefused {
        field: e.key.clone(),
    })
}

/// An account whose second factors do not include SMS, the only one the REST API can use.
fn unusable_second_factor(methods: Vec<String>) -> ApiError {
    let named = if methods.is_empty() {
        "its second factor".to_string()
    } else {
        methods.join(", ")
    };
    ApiError::Declined {
        status: 200,
        refusal: Refusal::SecondFactorUnusable { methods },
        said: Some(format!(
            "This account signs in with {named}, which the REST API cannot use: only SMS can be"
        )),
    }
}

/// The verification of a `twofactor_required` answer, when its second factor is SMS. The
/// guide's v1 answer names it (`"type": "sms"`); an answer without a type is taken as the
/// SMS that was asked for. Any other type is never sent a code.
fn verification_of(answer: &Value) -> Result<String, ApiError> {
    match answer.get("type").and_then(Value::as_str) {
        None | Some("sms") => {}
        Some(other) => return Err(unusable_second_factor(vec![other.to_string()])),
    }
    answer
        .get("verification")
        .and_then(Value::as_str)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
        .ok_or(ApiError::BadResponse(Garbled::NoVerification))
}

fn strings(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .map(|o| {
            o.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn token_of(answer: &Value) -> Result<SecretString, ApiError> {
    match answer.get("token").and_then(Value::as_str) {
        Some(token) if !token.is_empty() => Ok(SecretString::from(token.to_string())),
        _ => Err(ApiError::BadResponse(Garbled::NoToken)),
    }
}

/// An id or a code given as a string or a number.
fn text(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// The domains in either version's shape (v2's `CommonOpenStackDomain` has integer area and
/// region ids, regions `{id, name, tag}`, and `enabled` and `name` optional); unknown fields
/// are ignored, missing optional ones left empty, and an answer that is not a list of
/// objects is refused in words.
pub fn parse_domains(body: &[u8]) -> Result<Vec<Domain>, ApiError> {
    let value: Value = parse_json(body)?;
    let list = value
        .as_array()
        .ok_or(ApiError::BadResponse(Garbled::DomainsNotAList))?;
    list.iter()
        .map(|d| {
            if !d.is_object() {
                return Err(ApiError::BadResponse(Garbled::DomainNotAnObject));
            }
            let area = d.get("area").cloned().unwrap_or(Value::Null);
            let regions = area
                .get("regions")
                .and_then(Value::as_array)
                .map(|rs| {
                    rs.iter()
                        .map(|r| Region {
                            id: text(r.get("zone_id").or_else(|| r.get("id"))),
                            name: text(r.get("name")),
                            tag: text(r.get("region").or_else(|| r.get("tag"))),
                            status: r.get("status").and_then(Value::as_str).map(str::to_string),
                        })
                        .collect()
                })
                .unwrap_or_default();
            Ok(Domain {
                id: text(d.get("id")),
                name: text(d.get("name")),
                status: text(d.get("status")),
                // Listed to this account and not said to be disabled: usable (v2 may leave
                // the field out).
                enabled: d.get("enabled").and_then(Value::as_bool).unwrap_or(true),
                area: Area {
                    id: text(area.get("id")),
                    name: text(area.get("name")),
                    tag: text(area.get("tag")),
                    regions,
                },
            })
        })
        .collect()
}

fn project(p: &Value) -> Project {
    Project {
        id: text(p.get("id")),
        name: text(p.get("name")),
        domain_id: text(p.get("domain_id")),
        enabled: p.get("enabled").and_then(Value::as_bool).unwrap_or(false),
        default: p.get("default").and_then(Value::as_bool),
        description: text(p.get("description")),
    }
}

/// v1's projects of one domain: a list of project objects.
pub fn parse_projects(body: &[u8]) -> Result<Vec<Project>, ApiError> {
    let value: Value = parse_json(body)?;
    let list = value
        .as_array()
        .ok_or(ApiError::BadResponse(Garbled::ProjectsNotAList))?;
    Ok(list.iter().filter(|p| p.is_object()).map(project).collect())
}

/// v2's projects of the caller, grouped by region (`OpenStackIdentityRegionWithProjects`):
/// `[{"region": {"id", "tag", "name", …}, "projects": [{"id", "name", "domain_id", "enabled",
/// "description"?}]}]`, as (region tag, projects).
pub fn parse_projects_by_region(body: &[u8]) -> Result<Vec<(String, Vec<Project>)>, ApiError> {
    let value: Value = parse_json(body)?;
    let list = value
        .as_array()
        .ok_or(ApiError::BadResponse(Garbled::ProjectsNotAList))?;
    list.iter()
        .map(|group| {
            let tag = group
                .get("region")
                .map(|r| text(r.get("tag")))
                .ok_or(ApiError::BadResponse(Garbled::ProjectsWithoutRegion))?;
            let projects = group
                .get("projects")
                .and_then(Value::as_array)
                .map(|ps| ps.iter().filter(|p| p.is_object()).map(project).collect())
                .unwrap_or_default();
            Ok((tag, projects))
        })
        .collect()
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
    fn every_known_text_has_its_meaning() {
        for (text, status, refusal) in KNOWN_TEXTS {
            let body = json!({"error": {"code": status, "message": text}}).to_string();
            for call in [Call::SignIn, Call::WithToken] {
                let (read, shown) = declined(call, *status, &body);
                assert_eq!(&read, refusal, "{text}");
                assert_eq!(shown, *text, "the provider's words are what a person sees");
            }
        }
    }

    #[test]
    fn the_real_texts_of_cleura_cli_read_as_they_mean() {
        let (r, _) = declined(
            Call::WithToken,
            403,
            r#"{"error":{"code":403,"message":"Invalid token"}}"#,
        );
        assert_eq!(r, Refusal::SessionEnded);
        let (r, shown) = declined(
            Call::WithToken,
            403,
            r#"{"error":{"code":403,"message":"No access: Your user does not have access to this method."}}"#,
        );
        assert_eq!(r, Refusal::NoAccess, "signing in again would not help");
        assert!(shown.starts_with("No access"));
        let (r, _) = declined(
            Call::WithToken,
            404,
            r#"{"error": {"code": 404, "message": "User not found"}}"#,
        );
        assert_eq!(r, Refusal::NotFound);
    }

    #[test]
    fn unknown_texts_fall_back_on_the_status_and_the_call() {
        let body = r#"{"error":{"code":400,"message":"Something new"}}"#;
        assert_eq!(
            declined(Call::Verify, 400, body),
            (
                Refusal::CodeWrong { tries_left: None },
                "Something new".into()
            )
        );
        assert_eq!(
            declined(Call::RequestCode, 400, body).0,
            Refusal::VerificationSpent
        );
        assert_eq!(declined(Call::SignIn, 400, body).0, Refusal::Other);
        assert_eq!(
            declined(Call::SignIn, 401, body).0,
            Refusal::WrongCredentials
        );
        assert_eq!(
            declined(Call::WithToken, 401, body).0,
            Refusal::SessionEnded
        );
        let (r, shown) = declined(Call::WithToken, 403, "");
        assert_eq!(
            r,
            Refusal::SessionEnded,
            "no words: the token, as cleura-cli reads it"
        );
        assert_eq!(shown, "access to this is forbidden (HTTP 403)");
        assert_eq!(
            declined(
                Call::WithToken,
                403,
                r#"{"error":{"code":403,"message":"Invalid or expired token"}}"#
            )
            .0,
            Refusal::SessionEnded
        );
        assert_eq!(
            declined(
                Call::WithToken,
                403,
                r#"{"error":{"code":403,"message":"Access to this domain is denied"}}"#
            )
            .0,
            Refusal::NoAccess
        );
    }

    #[test]
    fn structured_errors_say_which_code_or_verification_failed() {
        let wrong = r#"{"error":{"code":400,"message":"Invalid code","errors":[{"key":"code","value":"invalid"},{"key":"attempts_left","value":"2"}]}}"#;
        assert_eq!(
            declined(Call::Verify, 400, wrong).0,
            Refusal::CodeWrong {
                tries_left: Some(2)
            }
        );
        let expired =
            r#"{"error":{"code":400,"message":"x","errors":[{"key":"code","value":"expired"}]}}"#;
        assert_eq!(declined(Call::Verify, 400, expired).0, Refusal::CodeExpired);
        let spent = r#"{"error":{"code":400,"message":"x","errors":[{"key":"verification","value":"spent"}]}}"#;
        assert_eq!(
            declined(Call::Verify, 400, spent).0,
            Refusal::VerificationSpent
        );
        let method = r#"{"error":{"code":400,"message":"x","errors":[{"key":"two_factor_method","value":"webauthn"}]}}"#;
        assert_eq!(
            declined(Call::SignIn, 400, method).0,
            Refusal::SecondFactorUnusable {
                methods: vec!["webauthn".into()]
            }
        );
        let field = r#"{"error":{"code":400,"message":"Name too long","errors":[{"key":"name","value":"too long"}]}}"#;
        assert_eq!(
            declined(Call::WithToken, 400, field).0,
            Refusal::FieldRefused {
                field: "name".into()
            }
        );
    }

    #[test]
    fn busy_and_failing_servers_stay_what_they_are() {
        let mut h = HeaderMap::new();
        h.insert("retry-after", "3".parse().unwrap());
        let e = refusal_of(Call::SignIn, StatusCode::TOO_MANY_REQUESTS, &h, b"");
        assert!(matches!(e, ApiError::Busy { status: 429, .. }), "{e:?}");
        assert!(e.is_transient());
        let e = refusal_of(
            Call::WithToken,
            StatusCode::INTERNAL_SERVER_ERROR,
            &h,
            b"{}",
        );
        assert!(matches!(e, ApiError::Server { status: 500, .. }), "{e:?}");
    }

    #[test]
    fn a_second_factor_other_than_sms_is_never_sent_a_code() {
        let webauthn =
            json!({"result": "twofactor_required", "type": "webauthn", "verification": "v"});
        let e = verification_of(&webauthn).unwrap_err();
        assert_eq!(
            e.refusal(),
            Some(&Refusal::SecondFactorUnusable {
                methods: vec!["webauthn".into()]
            })
        );
        let sms = json!({"result": "twofactor_required", "type": "sms", "verification": "v"});
        assert_eq!(verification_of(&sms).unwrap(), "v");
        let untyped = json!({"result": "twofactor_required", "verification": "v"});
        assert_eq!(verification_of(&untyped).unwrap(), "v");
    }

    #[test]
    fn both_domain_shapes_read_the_same() {
        let v1 = br#"[{"area":{"id":"6","name":"Sweden / Stockholm","tag":"SE_STO2","regions":[{"zone_id":"2","name":"Stockholm / Sweden","status":"active","region":"Sto2"}]},"id":"79b0","status":"provisioned","name":"CCP","enabled":true,"new_field":{"x":1}}]"#;
        let v2 = br#"[{"area":{"id":6,"name":"Sweden / Stockholm","tag":"SE_STO2","regions":[{"id":2,"name":"Stockholm / Sweden","tag":"Sto2"}]},"id":"79b0","status":"provisioned"}]"#;
        let a = parse_domains(v1).unwrap();
        let b = parse_domains(v2).unwrap();
        assert_eq!(a[0].area.id, "6");
        assert_eq!(b[0].area.id, "6");
        assert_eq!(a[0].area.regions[0].tag, "Sto2");
        assert_eq!(b[0].area.regions[0].tag, "Sto2");
        assert_eq!(a[0].area.regions[0].id, "2");
        assert_eq!(b[0].area.regions[0].id, "2");
        assert_eq!(a[0].area.regions[0].status.as_deref(), Some("active"));
        assert_eq!(b[0].area.regions[0].status, None);
        assert!(b[0].enabled, "v2 leaves `enabled` out: not disabled");
        assert_eq!(b[0].name, "");
    }

    #[test]
    fn v2_projects_come_grouped_by_region() {
        let body = br#"[{"region":{"id":2,"tag":"Sto2","name":"Stockholm","backup_enabled":true,"dns_enabled":true,"network_provider":"x","object_storage_enabled":true},"projects":[{"id":"p1","name":"web","domain_id":"d1","enabled":true}]},{"region":{"id":6,"tag":"Fra1","name":"Frankfurt"},"projects":[]}]"#;
        let groups = parse_projects_by_region(body).unwrap();
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].0, "Sto2");
        assert_eq!(groups[0].1[0].name, "web");
        assert_eq!(groups[0].1[0].default, None);
        assert!(groups[1].1.is_empty());
        assert!(parse_projects_by_region(b"[{}]").is_err());
    }

    #[test]
    fn wrong_shapes_are_refused_in_words() {
        assert!(matches!(
            parse_domains(b"{}"),
            Err(ApiError::BadResponse(_))
        ));
        assert!(matches!(
            parse_domains(b"[1]"),
            Err(ApiError::BadResponse(_))
        ));
        assert!(matches!(
            parse_domains(b"<html>"),
            Err(ApiError::BadResponse(_))
        ));
        assert_eq!(parse_domains(b"[{}]").unwrap()[0].area.regions.len(), 0);
    }
}
