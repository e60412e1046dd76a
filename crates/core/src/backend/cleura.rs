//! Runs the Cleura flow's requests: the API calls, and keeping the token between runs (one
//! secret holding the endpoint, the API version, the login and the token).

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop};

use super::{Reply, Services};
use crate::api::ApiError;
use crate::api::cleura::{Cleura, SignIn};
use crate::app::EventBody;
use crate::app::cleura::{Reply as CleuraReply, Request, Session};
use crate::config::CleuraApi;

pub async fn run(services: Services, request: Request, reply: Reply) {
    let answer = |r: CleuraReply| reply.send(EventBody::Cleura(r));
    let http = match services.http.client() {
        Ok(c) => c,
        Err(detail) => {
            let error = ApiError::Network {
                host: "Cleura".into(),
                detail,
            };
            answer(match request {
                Request::Domains { .. } => CleuraReply::Domains(Err(error)),
                Request::Projects { domain, region, .. } => CleuraReply::Projects {
                    domain,
                    region,
                    projects: Err(error),
                },
                _ => CleuraReply::SignInFailed(error),
            });
            return;
        }
    };
    match request {
        Request::Resume { secret, endpoint } => {
            answer(resume(&services, http, secret, &endpoint).await)
        }
        Request::SignIn {
            endpoint,
            api,
            login,
            password,
            secret,
        } => {
            let cleura = Cleura::new(http, &endpoint, api);
            let result = cleura.sign_in(&login, &password).await;
            drop(password);
            answer(match result {
                Ok(SignIn::Token(token)) => {
                    let session = Session {
                        endpoint,
                        api,
                        login,
                        token,
                    };
                    signed_in(&services, &cleura, session, secret).await
                }
                Ok(SignIn::Verification(verification)) => {
                    // The code is requested at once: the person's next step is typing it.
                    match cleura.request_code(&login, &verification).await {
                        Ok(()) => CleuraReply::CodeSent { verification },
                        Err(e) => CleuraReply::CodeNotSent(e),
                    }
                }
                Err(e) => {
                    tracing::info!(error = %e, "Cleura sign-in refused or failed");
                    CleuraReply::SignInFailed(e)
                }
            });
        }
        Request::Resend {
            endpoint,
            api,
            login,
            verification,
        } => {
            let cleura = Cleura::new(http, &endpoint, api);
            answer(match cleura.request_code(&login, &verification).await {
                Ok(()) => CleuraReply::CodeSent { verification },
                Err(e) => CleuraReply::CodeNotSent(e),
            });
        }
        Request::Verify {
            endpoint,
            api,
            login,
            verification,
            code,
            secret,
        } => {
            let cleura = Cleura::new(http, &endpoint, api);
            answer(match cleura.verify(&login, &verification, code.0).await {
                Ok(token) => {
                    let session = Session {
                        endpoint,
                        api,
                        login,
                        token,
                    };
                    signed_in(&services, &cleura, session, secret).await
                }
                Err(e) => CleuraReply::CodeRefused(e),
            });
        }
        Request::Domains { session } => {
            let cleura = Cleura::new(http, &session.endpoint, session.api);
            answer(CleuraReply::Domains(
                cleura.domains(&session.login, &session.token).await,
            ));
        }
        Request::Projects {
            session,
            domain,
            region,
        } => {
            let cleura = Cleura::new(http, &session.endpoint, session.api);
            let projects = cleura
                .projects(&session.login, &session.token, &domain, &region)
                .await;
            answer(CleuraReply::Projects {
                domain,
                region,
                projects,
            });
        }
        Request::SignOut { session, secret } => {
            let cleura = Cleura::new(http, &session.endpoint, session.api);
            let remote = cleura.revoke(&session.login, &session.token).await;
            // Forgotten whatever the server said: a person who signs out expects no token
            // left on this machine.
            let local = services.secrets.forget(secret).await;
            answer(CleuraReply::SignedOut { remote, local });
        }
        Request::Forget { secret } => {
            if let Err(e) = services.secrets.forget(secret).await {
                tracing::warn!(error = %e, "a Cleura token could not be forgotten");
            }
        }
    }
}

/// After a token: list the domains and keep the token (in parallel: neither needs the
/// other).
async fn signed_in(
    services: &Services,
    cleura: &Cleura<'_>,
    session: Session,
    secret: &str,
) -> CleuraReply {
    let kept = async {
        match encode(&session) {
            Ok(value) => services.secrets.save(secret, &value).await,
            Err(why) => Err(why),
        }
    };
    let (domains, kept) = tokio::join!(cleura.domains(&session.login, &session.token), kept);
    if let Err(why) = &kept {
        tracing::warn!(reason = %why, "the Cleura token could not be kept");
    }
    CleuraReply::SignedIn {
        session,
        domains,
        kept,
    }
}

/// A kept token for this endpoint: list the domains with it, which checks it.
async fn resume(
    services: &Services,
    http: &reqwest::Client,
    secret: &str,
    endpoint: &str,
) -> CleuraReply {
    let saved = match services.secrets.load(secret).await {
        Ok(Some((value, kept))) => match decode(&value) {
            Ok(session) => (session, kept),
            Err(why) => {
                tracing::warn!(reason = %why, "a kept Cleura token was unreadable and is dropped");
                let _ = services.secrets.forget(secret).await;
                return CleuraReply::NothingSaved;
            }
        },
        Ok(None) => return CleuraReply::NothingSaved,
        Err(why) => {
            tracing::warn!(reason = %why, "the kept Cleura token could not be read");
            return CleuraReply::NothingSaved;
        }
    };
    let (session, kept) = saved;
    if session.endpoint.trim_end_matches('/') != endpoint.trim_end_matches('/') {
        // Kept for another endpoint (another sandbox run, another cloud): not this one's.
        return CleuraReply::NothingSaved;
    }
    let cleura = Cleura::new(http, &session.endpoint, session.api);
    // The domain list checks the token as the validate call would (an expired or revoked
    // token is refused): one request instead of two before the table shows.
    match cleura.domains(&session.login, &session.token).await {
        Ok(domains) => CleuraReply::Resumed {
            session,
            domains,
            kept,
        },
        Err(error) => CleuraReply::ResumeFailed {
            login: session.login.clone(),
            error,
        },
    }
}

/// The kept form: everything to use the token again, as one secret.
#[derive(Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
struct Kept {
    endpoint: String,
    api: String,
    login: String,
    token: String,
}

pub fn encode(session: &Session) -> Result<SecretString, String> {
    let kept = Kept {
        endpoint: session.endpoint.clone(),
        api: session.api.label().to_string(),
        login: session.login.clone(),
        token: session.token.expose_secret().to_string(),
    };
    serde_json::to_string(&kept)
        .map(SecretString::from)
        .map_err(|e| e.to_string())
}

pub fn decode(value: &SecretString) -> Result<Session, String> {
    // serde's own words can quote the value they stumbled on, which here is the token: the
    // log gets the kind of fault and where it is, never what is there.
    let kept: Kept = serde_json::from_str(value.expose_secret()).map_err(|e| {
        format!(
            "not a kept session ({:?} fault at line {} column {})",
            e.classify(),
            e.line(),
            e.column()
        )
    })?;
    let api = match kept.api.as_str() {
        "v1" => CleuraApi::V1,
        "v2" => CleuraApi::V2,
        other => return Err(format!("unknown API version {other}")),
    };
    Ok(Session {
        endpoint: kept.endpoint.clone(),
        api,
        login: kept.login.clone(),
        token: SecretString::from(kept.token.clone()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_session_round_trips_and_debug_hides_the_token() {
        let session = Session {
            endpoint: "https://rest.cleura.cloud".into(),
            api: CleuraApi::V2,
            login: "bob".into(),
            token: SecretString::from("tok-secret".to_string()),
        };
        let back = decode(&encode(&session).unwrap()).unwrap();
        assert_eq!(back.login, "bob");
        assert_eq!(back.api, CleuraApi::V2);
        assert_eq!(back.token.expose_secret(), "tok-secret");
        assert!(!format!("{session:?}").contains("tok-secret"));
        assert!(decode(&SecretString::from("{}".to_string())).is_err());
        let odd = r#"{"endpoint": "https://e", "api": "v1", "login": "a", "token": 987654321}"#;
        let why = decode(&SecretString::from(odd.to_string())).unwrap_err();
        assert!(
            !why.contains("987654321"),
            "the token is never in the words: {why}"
        );
        assert!(why.contains("Data"), "{why}");
    }
}
