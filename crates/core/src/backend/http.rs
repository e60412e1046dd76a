//! The one HTTP client, built on first use rather than at start: loading the system's CA
//! certificates costs milliseconds that must not stand before the first frame. One client
//! means one connection pool, so each host gets one reused connection.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use crate::api::Unreached;

#[derive(Clone, Default)]
pub struct Http {
    client: Arc<OnceLock<Result<reqwest::Client, Unreached>>>,
}

pub const USER_AGENT: &str = concat!("cloudboard/", env!("CARGO_PKG_VERSION"));

impl Http {
    pub fn client(&self) -> Result<&reqwest::Client, Unreached> {
        self.client
            .get_or_init(build)
            .as_ref()
            .map_err(Clone::clone)
    }
}

fn build() -> Result<reqwest::Client, Unreached> {
    // Installing twice is refused harmlessly; a client built before any provider panics.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::ACCEPT,
        reqwest::header::HeaderValue::from_static("application/json"),
    );
    reqwest::Client::builder()
        .user_agent(USER_AGENT)
        .default_headers(headers)
        .connect_timeout(Duration::from_secs(10))
        .timeout(Duration::from_secs(30))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| Unreached::NoHttps {
            cause: e.to_string(),
        })
}
