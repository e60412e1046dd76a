//! Cleura Cloud's REST API (PROVIDERS.md §2), versions 1 and 2: sign in with the SMS second
//! factor, check and revoke a token, list the domains (areas and their regions) and a
//! domain's projects.
//!
//! The client keeps no state: each call says which endpoint and version it speaks, and the
//! signed-in calls take the login and token (`X-AUTH-LOGIN`, `X-AUTH-TOKEN`). What a sign-in
//! answered is returned as data (`Started`) so that the caller decides what to send next.

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::{ApiError, ErrorShape, Retry, join, send};
use crate::config::CleuraApi;

const SHAPE: ErrorShape = ErrorShape::Cleura;

/// The only second factor the REST API can use.
pub const SMS: &str = "sms";

/// A signed-in login: what every call after sign-in sends.
#[derive(Clone)]
pub struct Credentials {
    pub login: String,
    pub token: SecretString,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Credentials {{ login: {:?}, .. }}", self.login)
    }
}

/// What a sign-in request answered.
#[derive(Debug)]
pub enum Started {
    /// `login_ok`: no second factor was needed.
    Token(SecretString),
    /// `twofactor_required` with `type: sms`: request a code for this verification.
    Sms { verification: SecretString },
    /// v2 `twofactor_options`: sign in again choosing one (`sms` is the only usable one).
    Options(Vec<String>),
    /// v1's refusal "two-factor authentication required" (sign in again with SMS).
    FactorRequired(String),
    /// The account's only second factor is WebAuthn, which the REST API cannot use; the
    /// server's words, when it gave some.
    WebAuthnOnly(String),
}

/// The sign-in answer, as both versions shape it.
#[derive(Debug, Deserialize)]
struct SignInWire {
    #[serde(default)]
    result: Option<String>,
    #[serde(default)]
    token: Option<String>,
    #[serde(default, rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    verification: Option<String>,
    #[serde(default)]
    options: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
struct TokenWire {
    token: String,
}

/// An id the two versions write differently: a string in v1 (`"6"`), an integer in v2 (`6`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(untagged)]
pub enum Id {
    Text(String),
    Number(i64),
}

impl Id {
    pub fn text(&self) -> String {
        match self {
            Id::Text(s) => s.clone(),
            Id::Number(n) => n.to_string(),
        }
    }
}

impl Default for Id {
    fn default() -> Id {
        Id::Text(String::new())
    }
}

/// A domain: an area of Cleura Cloud where the account has an OpenStack domain. Every field
/// but the id is read leniently (missing or null is None); unknown fields are ignored.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Domain {
    pub id: Id,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub enabled: Option<bool>,
    #[serde(default)]
    pub area: Option<Area>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Area {
    #[serde(default)]
    pub id: Option<Id>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub tag: Option<String>,
    #[serde(default, deserialize_with = "null_is_empty")]
    pub regions: Vec<Region>,
}

/// A region: v1 `{"zone_id","name","status","region"}`, v2 `{"id","name","tag"}`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Region {
    #[serde(default, alias = "zone_id")]
    pub id: Option<Id>,
    #[serde(default)]
    pub name: Option<String>,
    /// v1 only.
    #[serde(default)]
    pub status: Option<String>,
    /// The case-sensitive region tag (`Sto2`): v1 calls it `region`, v2 `tag`.
    #[serde(default, alias = "region")]
    pub tag: Option<String>,
}

/// A project in a domain.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Project {
    pub id: Id,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub domain_id: Option<Id>,
    #[serde(default)]
    pub enabled: Option<bool>,
    #[serde(default)]
    pub default: Option<bool>,
    #[serde(default)]
    pub description: Option<String>,
}

fn null_is_empty<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

/// One endpoint, one version.
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

    fn v(&self) -> &'static str {
        self.api.label()
    }

    /// `POST /auth/v1/tokens` `{"auth":{"login","password","twofa_method"?}}` or
    /// `POST /auth/v2/tokens` `{"login","password","two_factor_method"?}`.
    pub async fn sign_in(
        &self,
        login: &str,
        password: &SecretString,
        method: Option<&str>,
    ) -> Result<Started, ApiError> {
        let mut fields = serde_json::Map::new();
        fields.insert("login".into(), json!(login));
        fields.insert("password".into(), json!(password.expose_secret()));
        let body = match self.api {
            CleuraApi::V1 => {
                if let Some(method) = method {
                    fields.insert("twofa_method".into(), json!(method));
                }
                json!({ "auth": fields })
            }
            CleuraApi::V2 => {
                if let Some(method) = method {
                    fields.insert("two_factor_method".into(), json!(method));
                }
                serde_json::Value::Object(fields)
            }
        };
        // The body holds the password: built, sent, dropped; never logged.
        let request = self
            .http
            .post(self.url(&format!("auth/{}/tokens", self.v())))
            .json(&body);
        drop(body);
        let answer = match send(request, Retry::Once, SHAPE).await {
            Ok(answer) => answer,
            Err(ApiError::Refused {
                status: 400,
                message,
                ..
            }) if is_webauthn_only(&message) => return Ok(Started::WebAuthnOnly(message)),
            Err(ApiError::Refused {
                status: 400,
                message,
                ..
            }) if is_factor_required(&message) => return Ok(Started::FactorRequired(message)),
            Err(e) => return Err(e),
        };
        let wire: SignInWire = answer.json()?;
        started(wire)
    }

    /// Asks Cleura to send the SMS code for `verification`.
    pub async fn request_code(
        &self,
        login: &str,
        verification: &SecretString,
    ) -> Result<(), ApiError> {
        let (path, body) = match self.api {
            CleuraApi::V1 => (
                "auth/v1/tokens/request2facode",
                json!({ "request2fa": {
                    "login": login,
                    "verification": verification.expose_secret(),
                }}),
            ),
            CleuraApi::V2 => (
                "auth/v2/request-sms-code",
                json!({ "login": login, "verification": verification.expose_secret() }),
            ),
        };
        let request = self.http.post(self.url(path)).json(&body);
        send(request, Retry::Once, SHAPE).await.map(|_| ())
    }

    /// Sends the code (a JSON integer, as the API requires) and returns the token.
    pub async fn verify(
        &self,
        login: &str,
        verification: &SecretString,
        code: u32,
    ) -> Result<SecretString, ApiError> {
        let (path, body) = verify_body(self.api, login, verification, code);
        let request = self.http.post(self.url(path)).json(&body);
        let answer = send(request, Retry::Once, SHAPE).await?;
        let wire: TokenWire = answer.json()?;
        Ok(SecretString::from(wire.token))
    }

    fn signed(
        &self,
        request: reqwest::RequestBuilder,
        who: &Credentials,
    ) -> reqwest::RequestBuilder {
        request
            .header("X-AUTH-LOGIN", &who.login)
            .header("X-AUTH-TOKEN", who.token.expose_secret())
    }

    /// `POST /auth/{v}/tokens/validate`: 204 while the token works.
    pub async fn validate(&self, who: &Credentials) -> Result<(), ApiError> {
        let request = self.signed(
            self.http
                .post(self.url(&format!("auth/{}/tokens/validate", self.v()))),
            who,
        );
        send(request, Retry::Idempotent, SHAPE).await.map(|_| ())
    }

    /// `DELETE /auth/{v}/tokens`: the token stops working.
    pub async fn revoke(&self, who: &Credentials) -> Result<(), ApiError> {
        let request = self.signed(
            self.http
                .delete(self.url(&format!("auth/{}/tokens", self.v()))),
            who,
        );
        send(request, Retry::Idempotent, SHAPE).await.map(|_| ())
    }

    /// `GET /accesscontrol/{v}/openstack/domains`.
    pub async fn domains(&self, who: &Credentials) -> Result<Vec<Domain>, ApiError> {
        let request = self.signed(
            self.http
                .get(self.url(&format!("accesscontrol/{}/openstack/domains", self.v()))),
            who,
        );
        send(request, Retry::Idempotent, SHAPE).await?.json()
    }

    /// `GET /accesscontrol/{v}/openstack/{domain}/projects`.
    pub async fn projects(
        &self,
        who: &Credentials,
        domain: &str,
    ) -> Result<Vec<Project>, ApiError> {
        let domain: String = url::form_urlencoded::byte_serialize(domain.as_bytes()).collect();
        let request = self.signed(
            self.http.get(self.url(&format!(
                "accesscontrol/{}/openstack/{domain}/projects",
                self.v()
            ))),
            who,
        );
        send(request, Retry::Idempotent, SHAPE).await?.json()
    }
}

/// The verify request's path and body; the code is a JSON integer, never a string.
pub fn verify_body(
    api: CleuraApi,
    login: &str,
    verification: &SecretString,
    code: u32,
) -> (&'static str, serde_json::Value) {
    match api {
        CleuraApi::V1 => (
            "auth/v1/tokens/verify2fa",
            json!({ "verify2fa": {
                "login": login,
                "verification": verification.expose_secret(),
                "code": code,
            }}),
        ),
        CleuraApi::V2 => (
            "auth/v2/tokens-by-sms-code",
            json!({
                "login": login,
                "verification": verification.expose_secret(),
                "code": code,
            }),
        ),
    }
}

fn started(wire: SignInWire) -> Result<Started, ApiError> {
    match wire.result.as_deref() {
        Some("login_ok") | None if wire.token.is_some() => Ok(Started::Token(SecretString::from(
            wire.token.unwrap_or_default(),
        ))),
        Some("twofactor_required") => {
            let kind = wire.kind.unwrap_or_else(|| SMS.into());
            if !kind.eq_ignore_ascii_case(SMS) {
                return Ok(Started::WebAuthnOnly(format!(
                    "Cleura asks for a second factor of type {kind}, which the REST API cannot use"
                )));
            }
            match wire.verification {
                Some(v) if !v.is_empty() => Ok(Started::Sms {
                    verification: SecretString::from(v),
                }),
                _ => Err(ApiError::BadResponse(
                    "it asks for a second factor but gives no verification".into(),
                )),
            }
        }
        Some("login_ok") => Err(ApiError::BadResponse(
            "it says login_ok but gives no token".into(),
        )),
        Some("twofactor_options") => Ok(Started::Options(wire.options.unwrap_or_default())),
        Some(other) => Err(ApiError::BadResponse(format!(
            "its result “{other}” is not one cloudboard knows"
        ))),
        None => Err(ApiError::BadResponse(
            "it has neither a result nor a token".into(),
        )),
    }
}

/// v1's refusal of a sign-in that needs the second factor named.
pub fn is_factor_required(message: &str) -> bool {
    let m = message.to_lowercase();
    (m.contains("two-factor") || m.contains("2fa") || m.contains("two factor"))
        && m.contains("required")
}

/// A refusal that says the account's second factor is WebAuthn.
pub fn is_webauthn_only(message: &str) -> bool {
    message.to_lowercase().contains("webauthn")
}

/// An expired or revoked token (403 mentioning the token, or 401 on some routes), as
/// opposed to a refusal of something else (a 403 for one domain's projects): the person
/// must sign in again.
pub fn is_token_refused(error: &ApiError) -> bool {
    match error {
        ApiError::Unauthorized { status: 401, .. } => true,
        ApiError::Unauthorized { message, .. } => {
            let m = message.to_lowercase();
            m.contains("token") || m.contains("x-auth") || m.contains("sign in")
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_domain_shapes_read_and_unknown_fields_are_ignored() {
        let v1 = r#"[{"area":{"id":"6","name":"Sweden / Stockholm","tag":"SE_STO2",
            "regions":[{"zone_id":"2","name":"Stockholm / Sweden","status":"active","region":"Sto2"}]},
            "id":"79b0","status":"provisioned","name":"CCP","enabled":true,"colour":"blue"}]"#;
        let d: Vec<Domain> = serde_json::from_str(v1).unwrap();
        let r = &d[0].area.as_ref().unwrap().regions[0];
        assert_eq!(r.tag.as_deref(), Some("Sto2"));
        assert_eq!(r.id, Some(Id::Text("2".into())));
        assert_eq!(r.status.as_deref(), Some("active"));
        let v2 = r#"[{"area":{"id":6,"name":"Sweden / Stockholm","tag":"SE_STO2",
            "regions":[{"id":2,"name":"Stockholm / Sweden","tag":"Sto2","new":1}]},
            "id":"79b0","status":"provisioned","name":"CCP","enabled":true}]"#;
        let d: Vec<Domain> = serde_json::from_str(v2).unwrap();
        let area = d[0].area.as_ref().unwrap();
        assert_eq!(area.id, Some(Id::Number(6)));
        assert_eq!(area.regions[0].tag.as_deref(), Some("Sto2"));
        assert_eq!(area.regions[0].status, None);
        let bare: Vec<Domain> =
            serde_json::from_str(r#"[{"id":1,"area":{"regions":null}}]"#).unwrap();
        assert!(bare[0].area.as_ref().unwrap().regions.is_empty());
    }

    #[test]
    fn sign_in_answers_are_told_apart() {
        let w = |s: &str| started(serde_json::from_str(s).unwrap());
        assert!(matches!(
            w(r#"{"result":"login_ok","token":"t"}"#),
            Ok(Started::Token(_))
        ));
        assert!(matches!(
            w(r#"{"result":"twofactor_required","type":"sms","verification":"v"}"#),
            Ok(Started::Sms { .. })
        ));
        assert!(matches!(
            w(r#"{"result":"twofactor_options","options":["sms","webauthn"]}"#),
            Ok(Started::Options(o)) if o == ["sms", "webauthn"]
        ));
        assert!(matches!(
            w(r#"{"result":"twofactor_required","type":"webauthn","verification":"v"}"#),
            Ok(Started::WebAuthnOnly(_))
        ));
        assert!(w(r#"{"result":"twofactor_required","type":"sms"}"#).is_err());
        assert!(w(r#"{"result":"what"}"#).is_err());
        assert!(is_factor_required("two-factor authentication required"));
        assert!(is_factor_required("2FA required"));
        assert!(!is_factor_required("Invalid login or password"));
    }

    #[test]
    fn only_a_refused_token_means_signing_in_again() {
        let e = |status, message: &str| ApiError::Unauthorized {
            status,
            message: message.into(),
        };
        assert!(is_token_refused(&e(403, "Invalid or expired token")));
        assert!(is_token_refused(&e(401, "401 Unauthorized")));
        assert!(!is_token_refused(&e(
            403,
            "You may not see this domain's projects"
        )));
    }

    #[test]
    fn the_code_is_an_integer_on_the_wire() {
        let v = SecretString::from("ver");
        let (path, body) = verify_body(CleuraApi::V1, "bob", &v, 123456);
        assert_eq!(path, "auth/v1/tokens/verify2fa");
        assert_eq!(
            body,
            json!({"verify2fa":{"login":"bob","verification":"ver","code":123456}})
        );
        let (path, body) = verify_body(CleuraApi::V2, "bob", &v, 42);
        assert_eq!(path, "auth/v2/tokens-by-sms-code");
        assert!(body["code"].is_u64());
    }
}
