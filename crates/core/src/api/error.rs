//! The one error type of every API client. Its variants say what a person can do about it:
//! try again (now or later), fix a field, sign in again, or report a broken server.

use std::time::Duration;

use crate::lang::{Arg, Lang, tr, tr_args};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    /// The server could not be reached (name, connection, TLS): check the network, retry.
    #[error("cannot reach {host}: {detail}")]
    Network { host: String, detail: Unreached },
    /// It did not answer in time; the request may or may not have been done.
    #[error("{host} did not answer in time")]
    Timeout { host: String },
    /// Too busy or rate-limited (429, 503): wait and retry.
    #[error("{}", busy_words(Lang::En, *status, message))]
    Busy {
        status: u16,
        message: Said,
        retry_after: Option<Duration>,
    },
    /// The server failed (5xx other than 503): retry later.
    #[error("the server failed ({status}): {}", message.in_words(Lang::En, *status))]
    Server { status: u16, message: Said },
    /// Credentials, token or session not accepted (401, 403): sign in again.
    #[error("{}", message.in_words(Lang::En, *status))]
    Unauthorized { status: u16, message: Said },
    /// The request was refused as it stands (4xx): `field` names what to fix, when known.
    #[error("{}", message.in_words(Lang::En, *status))]
    Refused {
        status: u16,
        message: Said,
        field: Option<String>,
    },
    /// The answer could not be understood (not JSON, wrong shape, truncated, too large).
    #[error("the server's answer could not be understood: {0}")]
    BadResponse(Garbled),
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

/// What a refusal said: the provider's own words (kept as they came, in every language), or
/// nothing usable, and then its status is said in words, in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    Provider(String),
    Nothing,
}

impl Said {
    /// The provider's words, or `status` in words in `lang` when it said nothing.
    pub fn in_words(&self, lang: Lang, status: u16) -> String {
        match self {
            Said::Provider(words) => words.clone(),
            Said::Nothing => reqwest::StatusCode::from_u16(status)
                .map(|status| super::status_in_words_in(lang, status))
                .unwrap_or_else(|_| format!("HTTP {status}")),
        }
    }

    pub fn provider(&self) -> Option<&str> {
        match self {
            Said::Provider(words) => Some(words),
            Said::Nothing => None,
        }
    }
}

impl From<String> for Said {
    fn from(words: String) -> Said {
        Said::Provider(words)
    }
}

impl From<&str> for Said {
    fn from(words: &str) -> Said {
        Said::Provider(words.to_string())
    }
}

/// Why no connection to a server was made. cloudboard's own reasons are kinds, said in the
/// reader's language; what the transport or the TLS library said stays in their words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreached {
    /// The address answered that nothing listens there.
    ConnectionRefused,
    /// No connection could be made; `cause` is the transport's innermost words.
    NoConnection { cause: String },
    /// HTTPS could not be set up on this machine; `cause` is the TLS library's words.
    NoHttps { cause: String },
    /// The transport's words, when they fit none of the kinds above.
    Transport(String),
}

impl Unreached {
    pub fn in_words(&self, lang: Lang) -> String {
        match self {
            Unreached::ConnectionRefused => tr(lang, "shared-api-connection-refused").into_owned(),
            Unreached::NoConnection { cause } => {
                tr_args(lang, "shared-api-no-connection", &[("cause", cause.into())]).into_owned()
            }
            Unreached::NoHttps { cause } => {
                tr_args(lang, "shared-api-no-https", &[("cause", cause.into())]).into_owned()
            }
            Unreached::Transport(words) => words.clone(),
        }
    }
}

impl std::fmt::Display for Unreached {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_words(Lang::En))
    }
}

impl From<String> for Unreached {
    fn from(words: String) -> Unreached {
        Unreached::Transport(words)
    }
}

impl From<&str> for Unreached {
    fn from(words: &str) -> Unreached {
        Unreached::Transport(words.to_string())
    }
}

/// What was wrong with an answer (or with a request before it could leave). Each kind is
/// said in the reader's language; a library's own words (`why`, `said`) stay as they came.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Garbled {
    Empty,
    CutShort,
    NotJson,
    /// `why`: the JSON reader's words.
    UnexpectedFields {
        why: String,
    },
    TooLarge {
        kib: usize,
    },
    /// The request could not be built; `why`: the HTTP library's words.
    RequestUnbuilt {
        why: String,
    },
    /// The configured Cloudery address; `why`: the URL parser's words.
    ClouderyAddressInvalid {
        why: String,
    },
    ClouderyAddressWithoutPath,
    RedirectNowhere,
    TooManyRedirects {
        hops: usize,
    },
    /// A link (in an email) that is no URL; `why`: the URL parser's words.
    LinkNotUrl {
        why: String,
    },
    SessionNotSendable,
    RefererNotSendable,
    /// Signed in, but a cookie the session needs was not set.
    CookieMissing {
        cookie: &'static str,
    },
    SmsOfferedNotTaken,
    /// A sign-in result cloudboard does not know; `said` is the provider's.
    UnknownSignInResult {
        said: String,
    },
    NoSignInResult,
    NoVerification,
    NoToken,
    DomainsNotAList,
    DomainNotAnObject,
    ProjectsNotAList,
    ProjectsWithoutRegion,
    /// Words from elsewhere (a library, a test), shown as they are.
    Said(String),
}

impl Garbled {
    pub fn in_words(&self, lang: Lang) -> String {
        let plain = |id: &str| tr(lang, id).into_owned();
        let with =
            |id: &str, name: &str, value: Arg| tr_args(lang, id, &[(name, value)]).into_owned();
        match self {
            Garbled::Empty => plain("shared-garbled-empty"),
            Garbled::CutShort => plain("shared-garbled-cut-short"),
            Garbled::NotJson => plain("shared-garbled-not-json"),
            Garbled::UnexpectedFields { why } => {
                with("shared-garbled-unexpected-fields", "why", why.into())
            }
            Garbled::TooLarge { kib } => with("shared-garbled-too-large", "kib", (*kib).into()),
            Garbled::RequestUnbuilt { why } => {
                with("shared-garbled-request-unbuilt", "why", why.into())
            }
            Garbled::ClouderyAddressInvalid { why } => {
                with("shared-garbled-cloudery-address-invalid", "why", why.into())
            }
            Garbled::ClouderyAddressWithoutPath => plain("shared-garbled-cloudery-address-no-path"),
            Garbled::RedirectNowhere => plain("shared-garbled-redirect-nowhere"),
            Garbled::TooManyRedirects { hops } => with(
                "shared-garbled-too-many-redirects",
                "hops",
                hops.to_string().into(),
            ),
            Garbled::LinkNotUrl { why } => with("shared-garbled-link-not-url", "why", why.into()),
            Garbled::SessionNotSendable => plain("shared-garbled-session-not-sendable"),
            Garbled::RefererNotSendable => plain("shared-garbled-referer-not-sendable"),
            Garbled::CookieMissing { cookie } => {
                with("shared-garbled-cookie-missing", "cookie", (*cookie).into())
            }
            Garbled::SmsOfferedNotTaken => plain("shared-garbled-sms-not-taken"),
            Garbled::UnknownSignInResult { said } => {
                with("shared-garbled-unknown-sign-in", "said", said.into())
            }
            Garbled::NoSignInResult => plain("shared-garbled-no-sign-in-result"),
            Garbled::NoVerification => plain("shared-garbled-no-verification"),
            Garbled::NoToken => plain("shared-garbled-no-token"),
            Garbled::DomainsNotAList => plain("shared-garbled-domains-not-list"),
            Garbled::DomainNotAnObject => plain("shared-garbled-domain-not-object"),
            Garbled::ProjectsNotAList => plain("shared-garbled-projects-not-list"),
            Garbled::ProjectsWithoutRegion => plain("shared-garbled-projects-no-region"),
            Garbled::Said(words) => words.clone(),
        }
    }
}

impl std::fmt::Display for Garbled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_words(Lang::En))
    }
}

impl From<String> for Garbled {
    fn from(words: String) -> Garbled {
        Garbled::Said(words)
    }
}

impl From<&str> for Garbled {
    fn from(words: &str) -> Garbled {
        Garbled::Said(words.to_string())
    }
}

/// A busy server in words: what kind of busy (by its status), then what it said.
fn busy_words(lang: Lang, status: u16, message: &Said) -> String {
    let id = if status == 429 {
        "shared-api-too-many-requests"
    } else {
        "shared-api-unavailable"
    };
    tr_args(
        lang,
        id,
        &[("message", message.in_words(lang, status).into())],
    )
    .into_owned()
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

    /// The error in words for a person, with what to do next, in `lang`. What a provider said, and what the transport said of a failure,
    /// stay in their own words.
    pub fn advice_in(&self, lang: Lang) -> String {
        let said = |id: &str, args: &[(&str, Arg)]| tr_args(lang, id, args).into_owned();
        match self {
            ApiError::Network { host, detail } => said(
                "shared-api-network",
                &[
                    ("host", host.into()),
                    ("detail", detail.in_words(lang).into()),
                ],
            ),
            ApiError::Timeout { host } => said("shared-api-timeout", &[("host", host.into())]),
            ApiError::Closed { host } => said("shared-api-closed", &[("host", host.into())]),
            ApiError::Untrusted { host, detail } => said(
                "shared-api-untrusted",
                &[("host", host.into()), ("detail", detail.into())],
            ),
            ApiError::Busy {
                status,
                message,
                retry_after,
            } => match retry_after {
                Some(wait) => said(
                    "shared-api-busy-wait",
                    &[
                        ("message", busy_words(lang, *status, message).into()),
                        ("wait", crate::text::duration_in(lang, *wait).into()),
                    ],
                ),
                None => said(
                    "shared-api-busy",
                    &[("message", busy_words(lang, *status, message).into())],
                ),
            },
            ApiError::Server { status, message } => said(
                "shared-api-server",
                &[
                    ("status", status.to_string().into()),
                    ("message", message.in_words(lang, *status).into()),
                ],
            ),
            ApiError::Unauthorized { status, message }
            | ApiError::Refused {
                status, message, ..
            } => message.in_words(lang, *status),
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
            ApiError::BadResponse(detail) => said(
                "shared-api-bad-response",
                &[("detail", detail.in_words(lang).into())],
            ),
        }
    }

    /// The error in a few words and no advice, for a sentence that says itself what to do
    /// next: in English, its `Display`. What a provider or the transport said stays in its
    /// own words.
    pub fn said_in(&self, lang: Lang) -> String {
        let said = |id: &str, args: &[(&str, Arg)]| tr_args(lang, id, args).into_owned();
        match self {
            ApiError::Network { host, detail } => said(
                "shared-error-network",
                &[
                    ("host", host.into()),
                    ("detail", detail.in_words(lang).into()),
                ],
            ),
            ApiError::Timeout { host } => said("shared-error-timeout", &[("host", host.into())]),
            ApiError::Closed { host } => said("shared-error-closed", &[("host", host.into())]),
            ApiError::Untrusted { host, detail } => said(
                "shared-error-untrusted",
                &[("host", host.into()), ("detail", detail.into())],
            ),
            ApiError::Server { status, message } => said(
                "shared-error-server",
                &[
                    ("status", status.to_string().into()),
                    ("message", message.in_words(lang, *status).into()),
                ],
            ),
            ApiError::BadResponse(detail) => said(
                "shared-error-bad-response",
                &[("detail", detail.in_words(lang).into())],
            ),
            ApiError::Moved { status, to } => {
                let status = ("status", status.to_string().into());
                match to {
                    Some(to) => said("shared-error-moved", &[status, ("to", to.into())]),
                    None => said("shared-error-moved-nowhere", &[status]),
                }
            }
            ApiError::Busy {
                status, message, ..
            } => busy_words(lang, *status, message),
            ApiError::Unauthorized { status, message }
            | ApiError::Refused {
                status, message, ..
            } => message.in_words(lang, *status),
            ApiError::Declined { .. } => self.advice_in(lang),
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
                detail: Unreached::ConnectionRefused,
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
                message: "slow down".into(),
                retry_after: Some(Duration::from_secs(70)),
            },
            ApiError::Busy {
                status: 503,
                message: "later".into(),
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
            ApiError::BadResponse(Garbled::CutShort),
            ApiError::Declined {
                status: 404,
                refusal: Refusal::NotFound,
                said: None,
            },
            ApiError::Network {
                host: "CloudSigma".into(),
                detail: Unreached::NoHttps {
                    cause: "no root certificates".into(),
                },
            },
            ApiError::Refused {
                status: 422,
                message: Said::Nothing,
                field: None,
            },
            ApiError::Unauthorized {
                status: 401,
                message: Said::Nothing,
            },
            ApiError::Busy {
                status: 429,
                message: Said::Nothing,
                retry_after: None,
            },
            ApiError::Server {
                status: 500,
                message: Said::Nothing,
            },
        ]
    }

    /// Every kind of garbled answer, each said in words of its own.
    fn every_garbling() -> Vec<Garbled> {
        vec![
            Garbled::Empty,
            Garbled::CutShort,
            Garbled::NotJson,
            Garbled::UnexpectedFields {
                why: "missing field `token`".into(),
            },
            Garbled::TooLarge { kib: 1024 },
            Garbled::RequestUnbuilt {
                why: "builder error".into(),
            },
            Garbled::ClouderyAddressInvalid {
                why: "relative URL without a base".into(),
            },
            Garbled::ClouderyAddressWithoutPath,
            Garbled::RedirectNowhere,
            Garbled::TooManyRedirects { hops: 5 },
            Garbled::LinkNotUrl {
                why: "relative URL without a base".into(),
            },
            Garbled::SessionNotSendable,
            Garbled::RefererNotSendable,
            Garbled::CookieMissing {
                cookie: "sessionid",
            },
            Garbled::SmsOfferedNotTaken,
            Garbled::UnknownSignInResult {
                said: "maybe".into(),
            },
            Garbled::NoSignInResult,
            Garbled::NoVerification,
            Garbled::NoToken,
            Garbled::DomainsNotAList,
            Garbled::DomainNotAnObject,
            Garbled::ProjectsNotAList,
            Garbled::ProjectsWithoutRegion,
        ]
    }

    #[test]
    fn every_garbled_answer_is_said_in_french_and_english_as_before() {
        for garbled in every_garbling() {
            let error = ApiError::BadResponse(garbled.clone());
            let french = error.advice_in(Lang::Fr);
            assert!(
                french.starts_with("la réponse du serveur est incompréhensible"),
                "{french}"
            );
            assert!(
                !french.contains(&garbled.to_string()),
                "{garbled:?} in English in: {french}"
            );
        }
        let english: Vec<String> = every_garbling().iter().map(ToString::to_string).collect();
        assert_eq!(english[4], "it is larger than 1,024 KiB");
        assert_eq!(english[9], "the link sent on more than 5 times");
        assert_eq!(
            english[13],
            "the sign-in was accepted but no sessionid cookie was set"
        );
        assert_eq!(english[15], "an unknown sign-in result \"maybe\"");
        // Words from elsewhere (a library's) are shown as they are, in every language.
        let said = ApiError::BadResponse("tls: oops".into());
        assert!(said.advice_in(Lang::Fr).contains(": tls: oops."));
    }

    #[test]
    fn refusals_that_say_nothing_give_their_status_in_the_readers_words() {
        let kinds = every_kind();
        let [.., refused, unauthorized, busy, server] = &kinds[..] else {
            unreachable!()
        };
        assert_eq!(refused.to_string(), "a value was refused (HTTP 422)");
        assert_eq!(
            refused.advice_in(Lang::Fr),
            "une valeur a été refusée (HTTP 422)"
        );
        assert_eq!(
            unauthorized.to_string(),
            "the credentials were not accepted (HTTP 401)"
        );
        assert!(
            !unauthorized.advice_in(Lang::Fr).contains("credentials"),
            "{}",
            unauthorized.advice_in(Lang::Fr)
        );
        assert_eq!(
            busy.to_string(),
            "Too many requests: too many requests (HTTP 429)"
        );
        assert!(
            busy.advice_in(Lang::Fr)
                .starts_with("Trop de requêtes\u{a0}: "),
            "{}",
            busy.advice_in(Lang::Fr)
        );
        assert_eq!(
            server.to_string(),
            "the server failed (500): the server failed (HTTP 500)"
        );
        assert!(!server.advice_in(Lang::Fr).contains("failed"));
        // The provider's own words stay as it said them.
        let provider = ApiError::Refused {
            status: 409,
            message: "slug is taken".into(),
            field: None,
        };
        assert_eq!(provider.advice_in(Lang::Fr), "slug is taken");
        let unavailable = ApiError::Busy {
            status: 503,
            message: "later".into(),
            retry_after: None,
        };
        assert_eq!(
            unavailable.advice_in(Lang::Fr),
            "Le service est indisponible pour le moment\u{a0}: later. Réessayez dans un instant."
        );
    }

    #[test]
    fn an_https_client_that_cannot_be_set_up_is_said_in_french() {
        let error = &every_kind()[12];
        assert_eq!(
            error.to_string(),
            "cannot reach CloudSigma: cannot set up HTTPS: no root certificates"
        );
        assert!(
            error
                .advice_in(Lang::Fr)
                .contains("impossible de mettre en place HTTPS\u{a0}: no root certificates"),
            "{}",
            error.advice_in(Lang::Fr)
        );
    }

    #[test]
    fn the_advice_in_english_is_the_error_then_what_to_do() {
        for error in every_kind() {
            let advice = error.advice_in(Lang::En);
            assert!(advice.starts_with(&error.to_string()), "{advice}");
        }
        let busy = &every_kind()[5];
        assert_eq!(
            busy.advice_in(Lang::En),
            "Too many requests: slow down. The server asks to wait 1 minute 10 seconds; \
             try again then."
        );
    }

    #[test]
    fn the_advice_is_said_in_french_with_the_servers_own_words_kept() {
        for error in every_kind() {
            assert_ne!(
                error.advice_in(Lang::Fr),
                error.advice_in(Lang::En),
                "{error:?}"
            );
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
            Unreached::NoConnection {
                cause: "os error 111".into()
            }
            .in_words(Lang::Fr),
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
