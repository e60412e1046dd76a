//! The one error type of every API client. Its variants say what a person can do about it:
//! try again (now or later), fix a field, sign in again, or report a broken server.

use std::time::Duration;

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
        match self {
            ApiError::Network { .. } => {
                format!("{self}. Check your network connection, then try again.")
            }
            ApiError::Timeout { .. } | ApiError::Closed { .. } => {
                format!("{self}. Try again in a moment.")
            }
            ApiError::Untrusted { .. } => format!(
                "{self}. Nothing was sent. If this address is right, the server or something \
                 between (a proxy) presents a certificate this machine does not trust."
            ),
            ApiError::Busy { retry_after, .. } => match retry_after {
                Some(d) => format!(
                    "{self}. The server asks to wait {}; try again then.",
                    crate::text::duration(*d)
                ),
                None => format!("{self}. Try again in a moment."),
            },
            ApiError::Server { .. } => format!("{self}. Try again later."),
            ApiError::Unauthorized { .. }
            | ApiError::Refused { .. }
            | ApiError::Declined { .. } => self.to_string(),
            ApiError::Moved { .. } => format!(
                "{self}. cloudboard did not follow it: check the address in the config (or ask \
                 the provider's support) before trying again."
            ),
            ApiError::BadResponse(_) => format!(
                "{self}. This is a problem on the server's side or with the address configured \
                 for it; try again later or check the endpoint."
            ),
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
