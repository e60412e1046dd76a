//! The Cloudery (Cozy Cloud's instance manager) and a new instance's passphrase route, as
//! PROVIDERS.md §1 describes them: create an instance, follow its workflow, register the
//! first passphrase. Types mirror the wire; unknown fields are ignored.

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use super::{ApiError, ErrorShape, Garbled, Retry, join, send};

/// Which of the Cloudery's two documented pairs of routes (PROVIDERS.md §1): the public
/// routes a public token opens, or the routes of the guide's code sample.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RouteSet {
    Public,
    Partner,
}

impl RouteSet {
    pub fn other(self) -> RouteSet {
        match self {
            RouteSet::Public => RouteSet::Partner,
            RouteSet::Partner => RouteSet::Public,
        }
    }

    /// This pair's paths in the config.
    pub fn paths(self, config: &crate::config::CozyConfig) -> &crate::config::CozyRoutes {
        match self {
            RouteSet::Public => &config.public_routes,
            RouteSet::Partner => &config.partner_routes,
        }
    }
}

/// The body of a creation (`POST {api}/public/instances`).
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

/// Asks the Cloudery for a new instance at `route` (relative to `api`). Sent once: a second
/// POST could create a second instance (only a request that never left is sent again).
pub async fn create_instance(
    client: &reqwest::Client,
    api: &str,
    route: &str,
    token: &SecretString,
    instance: &NewInstance,
) -> Result<Created, ApiError> {
    let request = client
        .post(join(api, route))
        .header(reqwest::header::AUTHORIZATION, bearer(token))
        .json(instance);
    send(request, Retry::Once, ErrorShape::Cozy).await?.json()
}

/// Whether a refusal means "this route is not here" (the other pair may be).
pub fn no_such_route(error: &ApiError) -> bool {
    error.status() == Some(404)
}

/// Reads a workflow once at `route` (relative to `api`, the id appended); `retry` says
/// whether to try again here (a poll loop passes `Retry::Never` and keeps its own schedule).
pub async fn workflow(
    client: &reqwest::Client,
    api: &str,
    route: &str,
    token: &SecretString,
    id: &str,
    retry: Retry,
) -> Result<Workflow, ApiError> {
    let mut url = url::Url::parse(&join(api, route)).map_err(|e| {
        ApiError::BadResponse(Garbled::ClouderyAddressInvalid { why: e.to_string() })
    })?;
    // As a path segment, an id can never climb out of the workflows route.
    url.path_segments_mut()
        .map_err(|()| ApiError::BadResponse(Garbled::ClouderyAddressWithoutPath))?
        .push(id);
    let request = client
        .get(url)
        .header(reqwest::header::AUTHORIZATION, bearer(token));
    send(request, retry, ErrorShape::Cozy).await?.json()
}

/// Where following an activation link ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkEnd {
    /// An address that carries a register token or a magic code.
    Found(String),
    /// A page that answered without sending on (it wants a click): its address.
    Page(String),
}

/// How many redirects an activation link is followed through.
const LINK_HOPS: usize = 5;

/// Follows the activation email's link as a browser would, with plain GETs: no cookies, no
/// credentials, https only (loopback allowed), a few hops, a short wait each. It stops at
/// the first address that carries `registerToken` or `magic_code` — the instance itself is
/// never asked (its `GET /` sends to the passphrase page, which a browser would show).
pub async fn follow_link(client: &reqwest::Client, link: &url::Url) -> Result<LinkEnd, ApiError> {
    let carries_what_we_need = |url: &url::Url| {
        url.query_pairs()
            .any(|(k, _)| k == "registerToken" || k == "magic_code")
    };
    let mut at = link.clone();
    for _ in 0..LINK_HOPS {
        let host = at.host_str().unwrap_or("the link's server").to_string();
        crate::config::check_endpoint(at.as_str()).map_err(|why| ApiError::Refused {
            status: 0,
            message: format!("the link leads to {at}, which cloudboard does not open ({why})")
                .into(),
            field: None,
        })?;
        let response = client
            .get(at.clone())
            .header(reqwest::header::ACCEPT, "text/html")
            .timeout(std::time::Duration::from_secs(10))
            .send()
            .await
            .map_err(|e| {
                if e.is_timeout() {
                    ApiError::Timeout { host: host.clone() }
                } else {
                    ApiError::Network {
                        host: host.clone(),
                        detail: e.to_string().into(),
                    }
                }
            })?;
        let status = response.status();
        if status.is_redirection() {
            let next = response
                .headers()
                .get(reqwest::header::LOCATION)
                .and_then(|l| l.to_str().ok())
                .and_then(|l| at.join(l).ok())
                .ok_or(ApiError::BadResponse(Garbled::RedirectNowhere))?;
            if carries_what_we_need(&next) {
                return Ok(LinkEnd::Found(next.to_string()));
            }
            at = next;
            continue;
        }
        if status.is_success() {
            return Ok(LinkEnd::Page(at.to_string()));
        }
        return Err(super::refusal(
            status,
            response.headers(),
            b"",
            ErrorShape::Cozy,
        ));
    }
    Err(ApiError::BadResponse(Garbled::TooManyRedirects {
        hops: LINK_HOPS,
    }))
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
                version: "1.0.0".into(),
            }),
            redirect: None,
        };
        let json = serde_json::to_value(&body).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "offer": "cozy_default", "email": "alice@example.org", "slug": "alice",
                "domain": "mycozy.cloud", "locale": "en", "tos": {"version": "1.0.0"}
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
