//! The one error type of every API client. Its variants say what a person can do about it:
//! try again (now or later), fix a field, sign in again, or report a broken server.

use std::time::Duration;

use crate::lang::{Arg, Lang, tr_args};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    /// The server could not be reached (name, connection, TLS): check the network, retry.
    #[error("cannot reach {host}: {detail}")]
    Network { host: String, detail: String },
    /// It did not answer in time; the request may or may not have been done.
    #[error("{host} did not answer in time")]
    Timeout { host: String },
    /// Too busy or rate-limited (429, 503): wait and retry.
    #[error("{message}")]
    Busy {
        status: u16,
        message: String,
        retry_after: Option<Duration>,
    },
    /// The server failed (5xx other than 503): retry later.
    #[error("the server failed ({status}): {message}")]
    Server { status: u16, message: String },
    /// Credentials, token or session not accepted (401, 403): sign in again.
    #[error("{message}")]
    Unauthorized { status: u16, message: String },
    /// The request was refused as it stands (4xx): `field` names what to fix, when known.
    #[error("{message}")]
    Refused {
        status: u16,
        message: String,
        field: Option<String>,
    },
    /// The answer could not be understood (not JSON, wrong shape, truncated, too large).
    #[error("the server's answer could not be understood: {0}")]
    BadResponse(String),
    /// The server's TLS certificate is not trusted: nothing was sent. Not the network's
    /// fault, and trying again will not help.
    #[error("{host}'s TLS certificate is not trusted ({detail})")]
    Untrusted { host: String, detail: String },
    /// The connection closed before the answer came: the request may or may not have been
    /// done.
    #[error("{host} closed the connection before answering")]
    Closed { host: String },
    /// The address answered with a redirect (3xx) that was not followed: a request that
    /// changes something is never sent on to another address by itself.
    #[error("{}", moved_words(*status, to.as_deref()))]
    Moved { status: u16, to: Option<String> },
    /// The provider said no, and its client read what that means (`refusal`) from the
    /// status and the provider's structured error. `said` is the provider's own words, when
    /// it gave any; a person always sees them.
    #[error("{}", declined_words(*status, said.as_deref()))]
    Declined {
        status: u16,
        refusal: Refusal,
        said: Option<String>,
    },
}

fn moved_words(status: u16, to: Option<&str>) -> String {
    match to {
        Some(to) => format!("the provider moved this address (HTTP {status}) to {to}"),
        None => format!("the provider moved this address (HTTP {status})"),
    }
}

/// What a provider's refusal means, decided in one place per provider (`api::cleura`,
/// `api::cloudsigma`) so that the flows branch on meanings, never on the provider's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The login (or email) and password do not match an account.
    WrongCredentials,
    /// The second-factor code is wrong; how many tries remain, when the provider says.
    CodeWrong { tries_left: Option<u32> },
    /// The code is too old; a new one can be sent for the same verification.
    CodeExpired,
    /// The verification can no longer be used (its tries are spent, or it ended): only a
    /// new sign-in brings a new one.
    VerificationSpent,
    /// The account's second factor cannot be used through this API; `methods` are the ones
    /// the provider named for the account.
    SecondFactorUnusable { methods: Vec<String> },
    /// The token or session expired or was revoked: sign in again.
    SessionEnded,
    /// Signed in, but this login may not use that resource.
    NoAccess,
    /// The provider refused the value of `field`; its words say why.
    FieldRefused { field: String },
    /// What was asked for does not exist (any more).
    NotFound,
    /// Nothing more is known than the status: the provider's words are all there is.
    Other,
}

/// A refusal in words: the provider's own, or its status's when it gave none.
fn declined_words(status: u16, said: Option<&str>) -> String {
    match said {
        Some(said) => said.to_string(),
        None => reqwest::StatusCode::from_u16(status)
            .map(super::status_in_words)
            .unwrap_or_else(|_| format!("HTTP {status}")),
    }
}

impl ApiError {
    /// The request left and no answer says what became of it: it may have been done. For
    /// an action that cannot be asked twice, this is never "nothing happened".
    pub fn outcome_unknown(&self) -> bool {
        matches!(
            self,
            ApiError::Timeout { .. }
                | ApiError::Closed { .. }
                | ApiError::Server { .. }
                | ApiError::BadResponse(_)
        )
    }

    /// Worth sending again, as it stands, after a pause.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            ApiError::Network { .. }
                | ApiError::Timeout { .. }
                | ApiError::Closed { .. }
                | ApiError::Busy { .. }
                | ApiError::Server { .. }
        )
    }

    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            ApiError::Busy { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    pub fn status(&self) -> Option<u16> {
        match self {
            ApiError::Busy { status, .. }
            | ApiError::Server { status, .. }
            | ApiError::Unauthorized { status, .. }
            | ApiError::Refused { status, .. }
            | ApiError::Moved { status, .. }
            | ApiError::Declined { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// What the provider's refusal means, when its client read it.
    pub fn refusal(&self) -> Option<&Refusal> {
        match self {
            ApiError::Declined { refusal, .. } => Some(refusal),
            _ => None,
        }
    }

    /// The error in words for a person, with what to do next.
    pub fn advice(&self) -> String {
        self.advice_in(Lang::En)
    }

    /// `advice`, in `lang`. What a provider said, and what the transport said of a failure,
    /// stay in their own words.
    pub fn advice_in(&self, lang: Lang) -> String {
        let said = |id: &str, args: &[(&str, Arg)]| tr_args(lang, id, args).into_owned();
        match self {
            ApiError::Network { host, detail } => said(
                "shared-api-network",
                &[
                    ("host", host.into()),
                    ("detail", super::network_detail_in(lang, detail).into()),
                ],
            ),
            ApiError::Timeout { host } => said("shared-api-timeout", &[("host", host.into())]),
            ApiError::Closed { host } => said("shared-api-closed", &[("host", host.into())]),
            ApiError::Untrusted { host, detail } => said(
                "shared-api-untrusted",
                &[("host", host.into()), ("detail", detail.into())],
            ),
            ApiError::Busy {
                message,
                retry_after,
                ..
            } => match retry_after {
                Some(wait) => said(
                    "shared-api-busy-wait",
                    &[
                        ("message", message.into()),
                        ("wait", crate::text::duration_in(lang, *wait).into()),
                    ],
                ),
                None => said("shared-api-busy", &[("message", message.into())]),
            },
            ApiError::Server { status, message } => said(
                "shared-api-server",
                &[
                    ("status", status.to_string().into()),
                    ("message", message.into()),
                ],
            ),
            ApiError::Unauthorized { .. } | ApiError::Refused { .. } => self.to_string(),
            ApiError::Declined { status, said, .. } => match said {
                Some(said) => said.clone(),
                None => reqwest::StatusCode::from_u16(*status)
                    .map(|status| super::status_in_words_in(lang, status))
                    .unwrap_or_else(|_| format!("HTTP {status}")),
            },
            ApiError::Moved { status, to } => {
                let status = ("status", status.to_string().into());
                match to {
                    Some(to) => said("shared-api-moved", &[status, ("to", to.into())]),
                    None => said("shared-api-moved-nowhere", &[status]),
                }
            }
            ApiError::BadResponse(detail) => {
                said("shared-api-bad-response", &[("detail", detail.into())])
            }
        }
    }

    /// The provider understood the request and said no (as opposed to a failure of the
    /// network or the server): a script reports it as a refusal.
    pub fn is_refusal(&self) -> bool {
        matches!(
            self,
            ApiError::Unauthorized { .. } | ApiError::Refused { .. } | ApiError::Declined { .. }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_kind() -> Vec<ApiError> {
        vec![
            ApiError::Network {
                host: "rest.cleura.cloud".into(),
                detail: "dns error".into(),
            },
            ApiError::Network {
                host: "127.0.0.1".into(),
                detail: "the connection was refused".into(),
            },
            ApiError::Timeout {
                host: "rest.cleura.cloud".into(),
            },
            ApiError::Closed {
                host: "rest.cleura.cloud".into(),
            },
            ApiError::Untrusted {
                host: "rest.cleura.cloud".into(),
                detail: "UnknownIssuer".into(),
            },
            ApiError::Busy {
                status: 429,
                message: "Too many requests: slow down".into(),
                retry_after: Some(Duration::from_secs(70)),
            },
            ApiError::Busy {
                status: 503,
                message: "The service is unavailable for now: later".into(),
                retry_after: None,
            },
            ApiError::Server {
                status: 502,
                message: "bad gateway".into(),
            },
            ApiError::Moved {
                status: 301,
                to: Some("https://elsewhere.example".into()),
            },
            ApiError::Moved {
                status: 302,
                to: None,
            },
            ApiError::BadResponse("it was cut short".into()),
            ApiError::Declined {
                status: 404,
                refusal: Refusal::NotFound,
                said: None,
            },
        ]
    }

    #[test]
    fn the_advice_in_english_is_the_error_then_what_to_do() {
        for error in every_kind() {
            let advice = error.advice();
            assert!(advice.starts_with(&error.to_string()), "{advice}");
        }
        let busy = &every_kind()[5];
        assert_eq!(
            busy.advice(),
            "Too many requests: slow down. The server asks to wait 1 minute 10 seconds; \
             try again then."
        );
    }

    #[test]
    fn the_advice_is_said_in_french_with_the_servers_own_words_kept() {
        for error in every_kind() {
            assert_ne!(error.advice_in(Lang::Fr), error.advice(), "{error:?}");
        }
        let [network, refused, _, _, _, busy, ..] = &every_kind()[..] else {
            unreachable!()
        };
        assert_eq!(
            network.advice_in(Lang::Fr),
            "impossible de joindre rest.cleura.cloud\u{a0}: dns error. Vérifiez votre connexion \
             réseau, puis réessayez."
        );
        assert!(
            refused
                .advice_in(Lang::Fr)
                .starts_with("impossible de joindre 127.0.0.1\u{a0}: la connexion a été refusée."),
            "{}",
            refused.advice_in(Lang::Fr)
        );
        assert_eq!(
            crate::api::network_detail_in(Lang::Fr, "no connection could be made (os error 111)"),
            "aucune connexion n’a pu s’établir (os error 111)"
        );
        assert!(
            busy.advice_in(Lang::Fr)
                .contains("attendre 1 minute 10 secondes"),
            "{}",
            busy.advice_in(Lang::Fr)
        );
        assert_eq!(
            every_kind()[11].advice_in(Lang::Fr),
            "cette adresse n’a pas cette route ou cet élément (HTTP 404)"
        );
    }
}
