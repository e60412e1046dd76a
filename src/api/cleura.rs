//! Cleura Cloud's REST API (PROVIDERS.md §2), versions 1 and 2: sign in with the SMS second
//! factor, check and revoke a token, list the domains (regions) and their projects.
//!
//! Signing in sends the fewest requests the contract allows: the first attempt already asks
//! for SMS (`twofa_method` / `two_factor_method`), which an account without a second factor
//! ignores, so an SMS sign-in and the region list take four requests in all. Every other
//! answer is still understood: the v1 "two-factor authentication required" refusal and the
//! v2 `twofactor_options` lead to a second attempt, and a WebAuthn-only account is named as
//! such.

use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;
use serde_json::{Value, json};

use super::{ApiError, ErrorShape, Retry, join, parse_json, send};
use crate::config::CleuraApi;

const SHAPE: ErrorShape = ErrorShape::Cleura;

/// What a sign-in attempt led to.
#[derive(Debug)]
pub enum SignIn {
    Token(SecretString),
    /// An SMS code is needed for this verification.
    Verification(String),
    /// The account's second factors; none the REST API can use (WebAuthn only).
    WebAuthnOnly(Vec<String>),
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
    pub default: bool,
    pub description: String,
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
            Err(e) if webauthn_only(&e) => Err(e),
            // A server that refuses the SMS request for an account without a second
            // factor is asked again without it.
            Err(ApiError::Refused { status: 400, .. }) => {
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
        // Creating a token changes nothing that a second one would break: safe to retry.
        let answer = send(
            self.http.post(self.url(path)).json(&body),
            Retry::Idempotent,
            SHAPE,
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
            Some("twofactor_required") => answer
                .get("verification")
                .and_then(Value::as_str)
                .map(|v| SignIn::Verification(v.to_string()))
                .ok_or_else(|| ApiError::BadResponse("no verification was given".into())),
            Some("twofactor_options") => {
                let options: Vec<String> = answer
                    .get("options")
                    .and_then(Value::as_array)
                    .map(|o| {
                        o.iter()
                            .filter_map(Value::as_str)
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default();
                if !options.iter().any(|o| o == "sms") {
                    return Ok(SignIn::WebAuthnOnly(options));
                }
                let again = self.attempt(login, password, true).await?;
                match again.get("result").and_then(Value::as_str) {
                    Some("twofactor_options") => Err(ApiError::BadResponse(
                        "the server offered SMS and then did not take it".into(),
                    )),
                    _ => Box::pin(self.read_sign_in(login, password, again)).await,
                }
            }
            Some(other) => Err(ApiError::BadResponse(format!(
                "an unknown sign-in result \"{other}\""
            ))),
            None => Err(ApiError::BadResponse("no sign-in result".into())),
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
            SHAPE,
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
        // A wrong code spends one of three tries: never sent again by itself.
        let answer = send(
            self.http.post(self.url(path)).json(&body),
            Retry::Once,
            SHAPE,
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

    fn auth_path(&self, rest: &str) -> String {
        match self.api {
            CleuraApi::V1 => format!("auth/v1/{rest}"),
            // Documented for v1 only; the same token works for both.
            CleuraApi::V2 => format!("auth/v1/{rest}"),
        }
    }

    pub async fn validate(&self, login: &str, token: &SecretString) -> Result<(), ApiError> {
        let request = self.http.post(self.url(&self.auth_path("tokens/validate")));
        send(self.authed(request, login, token), Retry::Idempotent, SHAPE).await?;
        Ok(())
    }

    pub async fn revoke(&self, login: &str, token: &SecretString) -> Result<(), ApiError> {
        let request = self.http.delete(self.url(&self.auth_path("tokens")));
        send(self.authed(request, login, token), Retry::Idempotent, SHAPE).await?;
        Ok(())
    }

    fn access_path(&self, rest: &str) -> String {
        match self.api {
            CleuraApi::V1 => format!("accesscontrol/v1/openstack/{rest}"),
            CleuraApi::V2 => format!("accesscontrol/v2/openstack/{rest}"),
        }
    }

    pub async fn domains(
        &self,
        login: &str,
        token: &SecretString,
    ) -> Result<Vec<Domain>, ApiError> {
        let request = self.http.get(self.url(&self.access_path("domains")));
        let answer = send(self.authed(request, login, token), Retry::Idempotent, SHAPE).await?;
        parse_domains(&answer.body)
    }

    pub async fn projects(
        &self,
        login: &str,
        token: &SecretString,
        domain: &str,
    ) -> Result<Vec<Project>, ApiError> {
        let path = self.access_path(&format!("{}/projects", url_segment(domain)));
        let request = self.http.get(self.url(&path));
        let answer = send(self.authed(request, login, token), Retry::Idempotent, SHAPE).await?;
        parse_projects(&answer.body)
    }
}

fn url_segment(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// A refusal saying the account's only second factor is WebAuthn.
pub fn webauthn_only(error: &ApiError) -> bool {
    matches!(error, ApiError::Refused { message, .. } if message.to_ascii_lowercase().contains("webauthn"))
}

/// A refusal about the token (a 401, or a 403 that names the token): sign in again. A 403
/// about something else (one domain's projects not open to this login) leaves the session
/// alone.
pub fn token_refused(error: &ApiError) -> bool {
    match error {
        ApiError::Unauthorized { status: 401, .. } => true,
        ApiError::Unauthorized { message, .. } => {
            let m = message.to_lowercase();
            m.contains("token") || m.contains("x-auth") || m == "403 forbidden"
        }
        _ => false,
    }
}

fn token_of(answer: &Value) -> Result<SecretString, ApiError> {
    match answer.get("token").and_then(Value::as_str) {
        Some(token) if !token.is_empty() => Ok(SecretString::from(token.to_string())),
        _ => Err(ApiError::BadResponse("no token was given".into())),
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

/// The domains in either version's shape; unknown fields are ignored, missing optional
/// ones left empty, and an answer that is not a list of objects is refused in words.
pub fn parse_domains(body: &[u8]) -> Result<Vec<Domain>, ApiError> {
    let value: Value = parse_json(body)?;
    let list = value
        .as_array()
        .ok_or_else(|| ApiError::BadResponse("the domains are not a list".into()))?;
    list.iter()
        .map(|d| {
            if !d.is_object() {
                return Err(ApiError::BadResponse("a domain is not an object".into()));
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
                enabled: d.get("enabled").and_then(Value::as_bool).unwrap_or(false),
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

pub fn parse_projects(body: &[u8]) -> Result<Vec<Project>, ApiError> {
    let value: Value = parse_json(body)?;
    let list = value
        .as_array()
        .ok_or_else(|| ApiError::BadResponse("the projects are not a list".into()))?;
    Ok(list
        .iter()
        .filter(|p| p.is_object())
        .map(|p| Project {
            id: text(p.get("id")),
            name: text(p.get("name")),
            domain_id: text(p.get("domain_id")),
            enabled: p.get("enabled").and_then(Value::as_bool).unwrap_or(false),
            default: p.get("default").and_then(Value::as_bool).unwrap_or(false),
            description: text(p.get("description")),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_refusal_of_the_token_means_signing_in_again() {
        let e = |status, message: &str| ApiError::Unauthorized {
            status,
            message: message.into(),
        };
        assert!(token_refused(&e(403, "Invalid or expired token")));
        assert!(token_refused(&e(401, "401 Unauthorized")));
        assert!(
            token_refused(&e(403, "403 Forbidden")),
            "no words: the usual cause"
        );
        assert!(!token_refused(&e(
            403,
            "Access to this domain's projects is denied"
        )));
        assert!(!token_refused(&ApiError::Refused {
            status: 400,
            message: "token".into(),
            field: None,
        }));
    }

    #[test]
    fn both_domain_shapes_read_the_same() {
        let v1 = br#"[{"area":{"id":"6","name":"Sweden / Stockholm","tag":"SE_STO2","regions":[{"zone_id":"2","name":"Stockholm / Sweden","status":"active","region":"Sto2"}]},"id":"79b0","status":"provisioned","name":"CCP","enabled":true,"new_field":{"x":1}}]"#;
        let v2 = br#"[{"area":{"id":6,"name":"Sweden / Stockholm","tag":"SE_STO2","regions":[{"id":2,"name":"Stockholm / Sweden","tag":"Sto2"}]},"id":"79b0","status":"provisioned","name":"CCP","enabled":true}]"#;
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
