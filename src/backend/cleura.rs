//! Runs the Cleura flow's requests: the API calls, and keeping the session between runs (one
//! secret holding the login, the endpoint, the API version and the token, as JSON).

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use super::{Reply, Services};
use crate::api::ApiError;
use crate::api::cleura::{Cleura, Started};
use crate::app::EventBody;
use crate::app::cleura::{
    Kept, Reply as CleuraReply, Request, Saved, Session, SignInAnswer, Target,
};
use crate::config::CleuraApi;

pub async fn run(services: Services, request: Request, reply: Reply) {
    let answer = |r: CleuraReply| reply.send(EventBody::Cleura(r));
    match request {
        Request::LoadSaved { secret } => answer(CleuraReply::Saved(load(&services, secret).await)),
        Request::SignIn {
            to,
            password,
            method,
            secret,
        } => {
            let result = sign_in(&services, &to, &password, method, secret).await;
            if let Err(e) = &result {
                tracing::info!(error = %e, "Cleura sign-in refused or failed");
            }
            answer(CleuraReply::SignedIn(result));
        }
        Request::SendCode { to, verification } => {
            let result = match client(&services) {
                Ok(c) => {
                    Cleura::new(c, &to.endpoint, to.api)
                        .request_code(&to.login, &verification)
                        .await
                }
                Err(e) => Err(e),
            };
            answer(CleuraReply::CodeSent(result));
        }
        Request::Verify {
            to,
            verification,
            code,
            secret,
        } => answer(CleuraReply::Verified(
            verify(&services, &to, &verification, &code, secret).await,
        )),
        Request::Validate { session } => {
            let result = match client(&services) {
                Ok(c) => {
                    Cleura::new(c, &session.endpoint, session.api)
                        .validate(&session.credentials())
                        .await
                }
                Err(e) => Err(e),
            };
            answer(CleuraReply::Validated(result));
        }
        Request::Domains { session } => {
            let result = match client(&services) {
                Ok(c) => {
                    Cleura::new(c, &session.endpoint, session.api)
                        .domains(&session.credentials())
                        .await
                }
                Err(e) => Err(e),
            };
            answer(CleuraReply::Domains(result));
        }
        Request::Projects { session, domain } => {
            let result = match client(&services) {
                Ok(c) => {
                    Cleura::new(c, &session.endpoint, session.api)
                        .projects(&session.credentials(), &domain)
                        .await
                }
                Err(e) => Err(e),
            };
            answer(CleuraReply::Projects(result));
        }
        Request::SignOut { session, secret } => {
            let remote = match client(&services) {
                Ok(c) => {
                    Cleura::new(c, &session.endpoint, session.api)
                        .revoke(&session.credentials())
                        .await
                }
                Err(e) => Err(e),
            };
            // Forgotten here whatever the server said: a person who signs out expects no
            // token left on this machine.
            let local = services.secrets.forget(secret).await;
            answer(CleuraReply::SignedOut { remote, local });
        }
        Request::Forget { secret } => {
            answer(CleuraReply::Forgot(services.secrets.forget(secret).await))
        }
    }
}

fn client(services: &Services) -> Result<&reqwest::Client, ApiError> {
    services.http.client().map_err(|detail| ApiError::Network {
        host: "Cleura".into(),
        detail,
    })
}

async fn sign_in(
    services: &Services,
    to: &Target,
    password: &SecretString,
    method: Option<&'static str>,
    secret: &str,
) -> Result<SignInAnswer, ApiError> {
    let cleura = Cleura::new(client(services)?, &to.endpoint, to.api);
    Ok(match cleura.sign_in(&to.login, password, method).await? {
        Started::Token(token) => SignInAnswer::Token(keep(services, to, token, secret).await),
        Started::Sms { verification } => SignInAnswer::Sms { verification },
        Started::Options(options) => SignInAnswer::Options(options),
        Started::FactorRequired(message) => SignInAnswer::FactorRequired(message),
        Started::WebAuthnOnly(message) => SignInAnswer::WebAuthnOnly(message),
    })
}

async fn verify(
    services: &Services,
    to: &Target,
    verification: &SecretString,
    code: &SecretString,
    secret: &str,
) -> Result<Kept, ApiError> {
    let number: u32 = code
        .expose_secret()
        .trim()
        .parse()
        .map_err(|_| ApiError::Refused {
            status: 400,
            message: "A code has 6 digits and nothing else".into(),
            field: Some("code".into()),
        })?;
    let cleura = Cleura::new(client(services)?, &to.endpoint, to.api);
    let token = cleura.verify(&to.login, verification, number).await?;
    Ok(keep(services, to, token, secret).await)
}

/// Keeps a new token under `secret`, saying where it went.
async fn keep(services: &Services, to: &Target, token: SecretString, secret: &str) -> Kept {
    let kept = match encode(to, &token) {
        Ok(value) => services.secrets.save(secret, &value).await,
        Err(why) => Err(why),
    };
    if let Err(why) = &kept {
        tracing::warn!(reason = %why, "the Cleura token could not be kept");
    }
    Kept { token, kept }
}

/// The kept secret: one JSON object, wiped from memory once written or read.
#[derive(Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
struct Stored {
    login: String,
    endpoint: String,
    api: String,
    token: String,
}

fn encode(to: &Target, token: &SecretString) -> Result<SecretString, String> {
    let stored = Stored {
        login: to.login.clone(),
        endpoint: to.endpoint.clone(),
        api: to.api.label().to_string(),
        token: token.expose_secret().to_string(),
    };
    let text = Zeroizing::new(serde_json::to_string(&stored).map_err(|e| e.to_string())?);
    Ok(SecretString::from(text.as_str()))
}

async fn load(services: &Services, secret: &str) -> Result<Option<Saved>, String> {
    let Some((value, kept)) = services.secrets.load(secret).await? else {
        return Ok(None);
    };
    let stored: Stored = match serde_json::from_str(value.expose_secret()) {
        Ok(stored) => stored,
        Err(e) => {
            // Unreadable (another version's format, a damaged file): not worth an error on
            // screen; it is forgotten and the person signs in.
            tracing::warn!(line = e.line(), "the kept Cleura session is unreadable");
            let _ = services.secrets.forget(secret).await;
            return Ok(None);
        }
    };
    let api = match stored.api.as_str() {
        "v2" => CleuraApi::V2,
        _ => CleuraApi::V1,
    };
    Ok(Some(Saved {
        session: Session {
            endpoint: stored.endpoint.clone(),
            api,
            login: stored.login.clone(),
            token: SecretString::from(stored.token.as_str()),
        },
        kept,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kept_secret_is_one_json_object() {
        let to = Target {
            endpoint: "https://rest.cleura.cloud".into(),
            api: CleuraApi::V2,
            login: "bob".into(),
        };
        let value = encode(&to, &SecretString::from("tok")).unwrap();
        let v: serde_json::Value = serde_json::from_str(value.expose_secret()).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"login":"bob","endpoint":"https://rest.cleura.cloud","api":"v2","token":"tok"})
        );
    }
}
