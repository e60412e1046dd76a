//! The Cloudery (Cozy Cloud's instance manager) and a new instance's passphrase route, as
//! PROVIDERS.md §1 describes them: create an instance, follow its workflow, register the
//! first passphrase. Types mirror the wire; unknown fields are ignored.

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use super::{ApiError, ErrorShape, Retry, join, send};

/// The body of `POST {api}/v1/instances`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewInstance {
    pub offer: String,
    pub email: String,
    pub slug: String,
    pub domain: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tos: Option<Tos>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub redirect: Option<String>,
}

/// The terms the person accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tos {
    pub version: String,
}

/// The Cloudery's answer to a creation.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Created {
    #[serde(rename = "_id")]
    pub id: String,
    pub workflow: String,
}

/// A workflow as `GET {api}/v1/workflows/{id}` answers it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Workflow {
    #[serde(rename = "_id", default)]
    pub id: Option<String>,
    pub status: String,
}

/// Where a workflow stands. Only the final statuses are documented; any other value means
/// it is still working.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Succeeded,
    Failed,
    Stopped,
    Working(String),
}

impl Status {
    pub fn parse(status: &str) -> Status {
        match status {
            "succeeded" => Status::Succeeded,
            "failed" => Status::Failed,
            "stopped" => Status::Stopped,
            other => Status::Working(other.to_string()),
        }
    }
}

impl Workflow {
    pub fn status(&self) -> Status {
        Status::parse(&self.status)
    }
}

/// The new instance's answer to a passphrase registration.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Registered {
    #[serde(default)]
    pub redirect: Option<String>,
}

/// What `POST {instance}/settings/passphrase` takes: a hash and a protected key, never the
/// passphrase itself. Not `Debug`: every field but `iterations` is a credential.
pub struct Registration {
    pub register_token: SecretString,
    pub passphrase_hash: SecretString,
    pub protected_key: SecretString,
    pub iterations: u32,
    pub hint: Option<String>,
}

/// Where a new instance answers: the config's template with `{fqdn}` filled in.
pub fn instance_url(template: &str, fqdn: &str) -> String {
    template.replace("{fqdn}", fqdn)
}

fn bearer(token: &SecretString) -> String {
    format!("Bearer {}", token.expose_secret())
}

/// Asks the Cloudery for a new instance. Sent once: a second POST could create a second
/// instance (only a refused connection or a 429 is sent again).
pub async fn create_instance(
    client: &reqwest::Client,
    api: &str,
    token: &SecretString,
    instance: &NewInstance,
) -> Result<Created, ApiError> {
    let request = client
        .post(join(api, "v1/instances"))
        .header(reqwest::header::AUTHORIZATION, bearer(token))
        .json(instance);
    send(request, Retry::Once, ErrorShape::Cozy).await?.json()
}

/// Reads a workflow once; `retry` says whether to try again here (a poll loop passes
/// `Retry::Never` and keeps its own schedule).
pub async fn workflow(
    client: &reqwest::Client,
    api: &str,
    token: &SecretString,
    id: &str,
    retry: Retry,
) -> Result<Workflow, ApiError> {
    let mut url = url::Url::parse(&join(api, "v1/workflows"))
        .map_err(|e| ApiError::BadResponse(format!("the Cloudery address is not valid: {e}")))?;
    // As a path segment, an id can never climb out of the workflows route.
    url.path_segments_mut()
        .map_err(|()| ApiError::BadResponse("the Cloudery address cannot hold a path".into()))?
        .push(id);
    let request = client
        .get(url)
        .header(reqwest::header::AUTHORIZATION, bearer(token));
    send(request, retry, ErrorShape::Cozy).await?.json()
}

/// Sets the new instance's first passphrase (spends the register token).
pub async fn register_passphrase(
    client: &reqwest::Client,
    instance: &str,
    registration: &Registration,
) -> Result<Registered, ApiError> {
    let mut body = serde_json::json!({
        "register_token": registration.register_token.expose_secret(),
        "passphrase": registration.passphrase_hash.expose_secret(),
        "iterations": registration.iterations,
        "key": registration.protected_key.expose_secret(),
    });
    if let Some(hint) = &registration.hint {
        body["hint"] = serde_json::Value::String(hint.clone());
    }
    let request = client
        .post(join(instance, "settings/passphrase"))
        .json(&body);
    let answer = send(request, Retry::Once, ErrorShape::Cozy).await?;
    if answer.body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Registered { redirect: None });
    }
    answer.json()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_instance_leaves_out_what_is_not_set() {
        let body = NewInstance {
            offer: "cozy_default".into(),
            email: "alice@example.org".into(),
            slug: "alice".into(),
            domain: "mycozy.cloud".into(),
            public_name: None,
            locale: Some("en".into()),
            tos: Some(Tos {
                version: "2024-05".into(),
            }),
            redirect: None,
        };
        let json = serde_json::to_value(&body).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "offer": "cozy_default", "email": "alice@example.org", "slug": "alice",
                "domain": "mycozy.cloud", "locale": "en", "tos": {"version": "2024-05"}
            })
        );
    }

    #[test]
    fn statuses_other_than_the_final_three_mean_working() {
        assert_eq!(Status::parse("succeeded"), Status::Succeeded);
        assert_eq!(Status::parse("failed"), Status::Failed);
        assert_eq!(Status::parse("stopped"), Status::Stopped);
        assert_eq!(Status::parse("running"), Status::Working("running".into()));
        let w: Workflow =
            serde_json::from_str(r#"{"_id":"w","status":"pending","extra":1}"#).unwrap();
        assert_eq!(w.status(), Status::Working("pending".into()));
    }

    #[test]
    fn the_instance_url_fills_in_the_fqdn() {
        assert_eq!(
            instance_url("https://{fqdn}", "alice.mycozy.cloud"),
            "https://alice.mycozy.cloud"
        );
        assert_eq!(
            instance_url("http://127.0.0.1:9/cozy/instances/{fqdn}", "a.b"),
            "http://127.0.0.1:9/cozy/instances/a.b"
        );
    }
}
