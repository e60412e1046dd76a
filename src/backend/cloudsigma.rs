//! Runs the CloudSigma flow's requests: the API calls, and keeping the session between runs
//! (one secret holding the API address, the email and both cookies).

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use super::{Reply, Services};
use crate::api::ApiError;
use crate::api::cloudsigma::{CloudSigma, Session};
use crate::app::EventBody;
use crate::app::cloudsigma::{AccountInfo, Reply as SigmaReply, Request, Saved, SignedIn};
use crate::store::secrets::Location;

pub async fn run(services: Services, request: Request, reply: Reply) {
    let answer = |r: SigmaReply| reply.send(EventBody::CloudSigma(r));
    match request {
        Request::LoadSaved { secret } => answer(SigmaReply::Saved(load(&services, secret).await)),
        Request::Create { api, account } => {
            let result = match client(&services) {
                Ok(c) => CloudSigma::new(c, &api).create_account(&account).await,
                Err(e) => Err(e),
            };
            if let Err(e) = &result {
                tracing::info!(error = %e, "CloudSigma account creation refused or failed");
            }
            answer(SigmaReply::Created(result));
        }
        Request::SignIn {
            api,
            email,
            password,
            secret,
        } => answer(SigmaReply::SignedIn(
            sign_in(&services, &api, &email, &password, secret).await,
        )),
        Request::Check { api, session } => {
            let result = match client(&services) {
                Ok(c) => {
                    let sigma = CloudSigma::new(c, &api);
                    match sigma.check_login(&session).await {
                        Ok(()) => Ok(account(&sigma, &session).await),
                        Err(e) => Err(e),
                    }
                }
                Err(e) => Err(e),
            };
            answer(SigmaReply::Checked(result));
        }
        Request::SignOut {
            api,
            session,
            secret,
        } => {
            let remote = match client(&services) {
                Ok(c) => CloudSigma::new(c, &api).logout(&session).await,
                Err(e) => Err(e),
            };
            // Forgotten here whatever the server said: a person who signs out expects no
            // session left on this machine.
            let local = services.secrets.forget(secret).await;
            answer(SigmaReply::SignedOut { remote, local });
        }
        Request::Forget { secret } => {
            answer(SigmaReply::Forgot(services.secrets.forget(secret).await))
        }
    }
}

fn client(services: &Services) -> Result<&reqwest::Client, ApiError> {
    services.http.client().map_err(|detail| ApiError::Network {
        host: "CloudSigma".into(),
        detail,
    })
}

async fn sign_in(
    services: &Services,
    api: &str,
    email: &str,
    password: &SecretString,
    secret: &str,
) -> Result<SignedIn, ApiError> {
    let sigma = CloudSigma::new(client(services)?, api);
    let session = sigma.login(email, password).await?;
    let account = account(&sigma, &session).await;
    let kept = match encode(api, email, &session) {
        Ok(value) => services.secrets.save(secret, &value).await,
        Err(why) => Err(why),
    };
    if let Err(why) = &kept {
        tracing::warn!(reason = %why, "the CloudSigma session could not be kept");
    }
    Ok(SignedIn {
        session,
        account,
        kept,
    })
}

/// Who is signed in: the profile (email, state and uuid), the balance, and the uuid from
/// `check_login_with_return_uuid` only when the profile lacks one. One after the other, on
/// the one kept-alive connection: two requests where three in parallel would open three
/// connections. A part that cannot be read is left out with a note; the rest is still shown.
pub async fn account(sigma: &CloudSigma<'_>, session: &Session) -> AccountInfo {
    let profile = sigma.profile(session).await;
    let balance = sigma.balance(session).await;
    let mut info = AccountInfo::default();
    match profile {
        Ok(profile) => {
            info.email = profile.email.filter(|e| !e.is_empty());
            info.state = profile.state;
            info.uuid = profile.uuid.filter(|u| !u.is_empty());
        }
        Err(e) => info
            .notes
            .push(format!("The profile could not be read: {}", e.advice())),
    }
    if info.uuid.is_none() {
        match sigma.whoami(session).await {
            Ok(uuid) => info.uuid = uuid,
            Err(e) => info.notes.push(format!(
                "Who is signed in could not be read: {}",
                e.advice()
            )),
        }
    }
    match balance {
        Ok(balance) => {
            info.balance = balance.balance;
            info.currency = balance.currency;
        }
        Err(e) => info
            .notes
            .push(format!("The balance could not be read: {}", e.advice())),
    }
    info
}

/// The kept form of a session. Wiped from memory once written or read.
#[derive(Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
struct Stored {
    api: String,
    email: String,
    csrftoken: String,
    sessionid: String,
}

pub fn encode(api: &str, email: &str, session: &Session) -> Result<SecretString, String> {
    let stored = Stored {
        api: api.to_string(),
        email: email.to_string(),
        csrftoken: session.csrftoken.expose_secret().to_string(),
        sessionid: session.sessionid.expose_secret().to_string(),
    };
    let json = Zeroizing::new(serde_json::to_string(&stored).map_err(|e| e.to_string())?);
    Ok(SecretString::from(json.as_str()))
}

pub fn decode(value: &SecretString, kept: Location) -> Result<Saved, String> {
    let stored: Stored = serde_json::from_str(value.expose_secret()).map_err(|e| {
        format!(
            "it is not a session cloudboard wrote ({})",
            e.classify_words()
        )
    })?;
    if stored.csrftoken.is_empty() || stored.sessionid.is_empty() || stored.api.is_empty() {
        return Err("it is incomplete".into());
    }
    Ok(Saved {
        api: stored.api.clone(),
        email: stored.email.clone(),
        session: Session {
            csrftoken: SecretString::from(stored.csrftoken.as_str()),
            sessionid: SecretString::from(stored.sessionid.as_str()),
        },
        kept,
    })
}

async fn load(services: &Services, secret: &str) -> Result<Option<Saved>, String> {
    match services.secrets.load(secret).await? {
        None => Ok(None),
        Some((value, kept)) => match decode(&value, kept) {
            Ok(saved) => Ok(Some(saved)),
            Err(why) => {
                // A damaged copy would be read again at every start: it goes.
                let _ = services.secrets.forget(secret).await;
                Err(why)
            }
        },
    }
}

/// serde_json's error without the text of what it read (a secret, here).
trait ClassifyWords {
    fn classify_words(&self) -> &'static str;
}

impl ClassifyWords for serde_json::Error {
    fn classify_words(&self) -> &'static str {
        match self.classify() {
            serde_json::error::Category::Io => "it could not be read",
            serde_json::error::Category::Syntax => "it is not JSON",
            serde_json::error::Category::Data => "fields are missing",
            serde_json::error::Category::Eof => "it is cut short",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_round_trips_through_its_kept_form() {
        let session = Session {
            csrftoken: SecretString::from("csrf-1"),
            sessionid: SecretString::from("sess-2"),
        };
        let value = encode(
            "http://127.0.0.1:1/cloudsigma/api/2.0/",
            "a@example.org",
            &session,
        )
        .unwrap();
        let back = decode(&value, Location::Keyring).unwrap();
        assert_eq!(back.api, "http://127.0.0.1:1/cloudsigma/api/2.0/");
        assert_eq!(back.email, "a@example.org");
        assert_eq!(back.session.sessionid.expose_secret(), "sess-2");
        assert_eq!(back.session.csrftoken.expose_secret(), "csrf-1");
    }

    #[test]
    fn a_damaged_copy_is_refused_without_echoing_it() {
        let e = match decode(
            &SecretString::from("{\"api\":\"x\",\"csrftoken\":\"s3cr3t"),
            Location::Keyring,
        ) {
            Err(e) => e,
            Ok(_) => panic!("accepted"),
        };
        assert!(!e.contains("s3cr3t"), "{e}");
        assert!(decode(&SecretString::from("{}"), Location::Keyring).is_err());
    }
}
