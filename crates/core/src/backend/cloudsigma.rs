//! Runs the CloudSigma flow's requests: the API calls, and keeping the session between runs
//! (one secret holding the API address, the location it was opened at and its name then, the
//! email, both cookies and when the session ends). A check that brings new cookies writes
//! them down, so the next run sends the newest CSRF token.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use super::{Reply, Services};
use crate::api::ApiError;
use crate::api::cloudsigma::{CloudSigma, Session};
use crate::app::EventBody;
use crate::app::cloudsigma::{
    AccountInfo, Checked, Place, Reply as SigmaReply, Request, Saved, SignedIn,
};
use crate::lang::{Lang, tr, tr_args};
use crate::store::secrets::Location;

pub async fn run(services: Services, request: Request, reply: Reply) {
    let answer = |r: SigmaReply| reply.send(EventBody::CloudSigma(r));
    match request {
        Request::LoadSaved { secret } => answer(SigmaReply::Saved(load(&services, secret).await)),
        Request::Locations { api } => {
            let result = match client(&services) {
                Ok(c) => current_locations(c, &api).await,
                Err(e) => Err(e),
            };
            if let Err(e) = &result {
                tracing::info!(error = %e, "CloudSigma's list of locations could not be read");
            }
            answer(SigmaReply::Locations(result));
        }
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
            location,
            place,
            email,
            password,
            secret,
        } => {
            let place = Opened {
                api: &api,
                location: location.as_deref(),
                name: place.as_deref(),
                email: &email,
            };
            answer(SigmaReply::SignedIn(
                sign_in(&services, place, &password, secret)
                    .await
                    .map(Box::new),
            ))
        }
        Request::Check {
            api,
            location,
            place,
            email,
            mut session,
            secret,
        } => {
            let place = Opened {
                api: &api,
                location: location.as_deref(),
                name: place.as_deref(),
                email: &email,
            };
            let result = match client(&services) {
                Ok(c) => {
                    let sigma = CloudSigma::new(c, &api);
                    let before = session.clone();
                    match sigma.check_login(&mut session).await {
                        Ok(()) => {
                            let info = account_in(services.lang, &sigma, &mut session).await;
                            if renewed(&before, &session) {
                                keep(&services, place, &session, secret).await;
                            }
                            Ok(Box::new(Checked { info, session }))
                        }
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
        Request::SetPassword { link, password } => answer(SigmaReply::PasswordSet(
            set_password(&services, &link, &password).await,
        )),
    }
}

/// Sends the confirmation page's form (the sandbox's: the password twice), as a browser
/// would; the page's own words when it refuses.
async fn set_password(
    services: &Services,
    link: &str,
    password: &SecretString,
) -> Result<(), String> {
    let http = client(services).map_err(|e| e.said_in(services.lang))?;
    let body = Zeroizing::new(
        url::form_urlencoded::Serializer::new(String::new())
            .append_pair("password", password.expose_secret())
            .append_pair("password2", password.expose_secret())
            .finish(),
    );
    let response = http
        .post(link)
        .header(
            reqwest::header::CONTENT_TYPE,
            "application/x-www-form-urlencoded",
        )
        .body(body.to_string())
        .send()
        .await
        .map_err(|e| {
            tr_args(
                services.lang,
                "shared-confirmation-unreachable",
                &[("why", e.to_string().into())],
            )
            .into_owned()
        })?;
    let status = response.status();
    if status.is_success() {
        return Ok(());
    }
    let page = response.text().await.unwrap_or_default();
    let said = page
        .split_once("class=\"error\">")
        .and_then(|(_, rest)| rest.split_once("</p>"))
        .map(|(said, _)| said.to_string());
    let lang = services.lang;
    Err(match said {
        Some(said) => tr_args(
            lang,
            "shared-confirmation-refused",
            &[("said", said.into())],
        ),
        None if status == reqwest::StatusCode::NOT_FOUND => tr(lang, "shared-confirmation-used"),
        None => tr_args(
            lang,
            "shared-confirmation-answered",
            &[("status", status.to_string().into())],
        ),
    }
    .into_owned())
}

/// How long the location screen may wait for CloudSigma's current list before it settles
/// for the built-in one.
pub const LOCATIONS_WAIT: Duration = Duration::from_secs(3);

/// CloudSigma's current list of locations, read from `api`, or why not, within
/// `LOCATIONS_WAIT`.
pub async fn current_locations(http: &reqwest::Client, api: &str) -> Result<Vec<Place>, ApiError> {
    let sigma = CloudSigma::new(http, api);
    let listed = tokio::time::timeout(LOCATIONS_WAIT, sigma.locations())
        .await
        .map_err(|_| ApiError::Timeout {
            host: url::Url::parse(api)
                .ok()
                .and_then(|u| u.host_str().map(str::to_string))
                .unwrap_or_else(|| "CloudSigma".into()),
        })??;
    Ok(listed
        .into_iter()
        .map(|l| Place {
            code: l.id,
            name: l.display_name,
            api: l.api_endpoint,
        })
        .collect())
}

fn client(services: &Services) -> Result<&reqwest::Client, ApiError> {
    services.http.client().map_err(|detail| ApiError::Network {
        host: "CloudSigma".into(),
        detail,
    })
}

/// Where a session was opened: what is kept beside its cookies.
#[derive(Debug, Clone, Copy)]
pub struct Opened<'a> {
    pub api: &'a str,
    /// The location's code (`zrh`, or `custom`), when it is known.
    pub location: Option<&'a str>,
    /// Its name as shown then, when it is known.
    pub name: Option<&'a str>,
    pub email: &'a str,
}

async fn sign_in(
    services: &Services,
    place: Opened<'_>,
    password: &SecretString,
    secret: &str,
) -> Result<SignedIn, ApiError> {
    let sigma = CloudSigma::new(client(services)?, place.api);
    let mut session = sigma.login(place.email, password).await?;
    let account = account_in(services.lang, &sigma, &mut session).await;
    let kept = match encode(place, &session) {
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

/// The API set new cookies (a new CSRF token, a renewed session).
fn renewed(before: &Session, after: &Session) -> bool {
    before.csrftoken.expose_secret() != after.csrftoken.expose_secret()
        || before.sessionid.expose_secret() != after.sessionid.expose_secret()
        || before.expires != after.expires
}

/// Writes the session down again; a failure only costs the next run a sign-in.
async fn keep(services: &Services, place: Opened<'_>, session: &Session, secret: &str) {
    let kept = match encode(place, session) {
        Ok(value) => services.secrets.save(secret, &value).await,
        Err(why) => Err(why),
    };
    if let Err(why) = kept {
        tracing::warn!(reason = %why, "the renewed CloudSigma session could not be kept");
    }
}

/// Who is signed in: the profile (email, state and uuid), the balance, and the uuid from
/// `check_login_with_return_uuid` only when the profile lacks one. One after the other, on
/// the one kept-alive connection: two requests where three in parallel would open three
/// connections. A part that cannot be read is left out with a note; the rest is still shown.
pub async fn account(sigma: &CloudSigma<'_>, session: &mut Session) -> AccountInfo {
    account_in(Lang::En, sigma, session).await
}

/// `account`, its notes in `lang`.
pub async fn account_in(lang: Lang, sigma: &CloudSigma<'_>, session: &mut Session) -> AccountInfo {
    let unread = |id: &str, e: ApiError| {
        tr_args(lang, id, &[("why", e.advice_in(lang).into())]).into_owned()
    };
    let profile = sigma.profile(session).await;
    let balance = sigma.balance(session).await;
    let mut info = AccountInfo::default();
    match profile {
        Ok(profile) => {
            info.email = profile.email.filter(|e| !e.is_empty());
            info.state = profile.state;
            info.uuid = profile.uuid.filter(|u| !u.is_empty());
        }
        Err(e) => info.notes.push(unread("shared-account-no-profile", e)),
    }
    if info.uuid.is_none() {
        match sigma.whoami(session).await {
            Ok(uuid) => info.uuid = uuid,
            Err(e) => info.notes.push(unread("shared-account-no-whoami", e)),
        }
    }
    match balance {
        Ok(balance) => {
            info.balance = balance.balance;
            info.currency = balance.currency;
        }
        Err(e) => info.notes.push(unread("shared-account-no-balance", e)),
    }
    info
}

/// The kept form of a session. Wiped from memory once written or read. `location`, `place`
/// (its name) and `expires` (seconds since 1970) are missing from copies earlier versions
/// wrote.
#[derive(Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
struct Stored {
    api: String,
    email: String,
    csrftoken: String,
    sessionid: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    location: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    expires: Option<u64>,
}

pub fn encode(place: Opened<'_>, session: &Session) -> Result<SecretString, String> {
    let stored = Stored {
        api: place.api.to_string(),
        email: place.email.to_string(),
        csrftoken: session.csrftoken.expose_secret().to_string(),
        sessionid: session.sessionid.expose_secret().to_string(),
        location: place.location.map(str::to_string),
        place: place.name.map(str::to_string),
        expires: session
            .expires
            .and_then(|end| end.duration_since(UNIX_EPOCH).ok())
            .map(|d| d.as_secs()),
    };
    let json = Zeroizing::new(serde_json::to_string(&stored).map_err(|e| e.to_string())?);
    Ok(SecretString::from(json.as_str()))
}

/// The kept session, and whether it has expired by `now`; why not, said in `lang`.
pub fn decode_in(
    lang: Lang,
    value: &SecretString,
    kept: Location,
    now: SystemTime,
) -> Result<Saved, String> {
    let stored: Stored = serde_json::from_str(value.expose_secret()).map_err(|e| {
        let why = tr(lang, e.classify_words());
        tr_args(
            lang,
            "cloudsigma-saved-not-ours",
            &[("why", why.as_ref().into())],
        )
        .into_owned()
    })?;
    if stored.csrftoken.is_empty() || stored.sessionid.is_empty() || stored.api.is_empty() {
        return Err(tr(lang, "cloudsigma-saved-incomplete").into_owned());
    }
    let session = Session {
        csrftoken: SecretString::from(stored.csrftoken.as_str()),
        sessionid: SecretString::from(stored.sessionid.as_str()),
        expires: stored
            .expires
            .map(|secs| UNIX_EPOCH + Duration::from_secs(secs)),
    };
    Ok(Saved {
        api: stored.api.clone(),
        email: stored.email.clone(),
        location: stored.location.clone(),
        place: stored.place.clone(),
        expired: session.expired(now),
        session,
        kept,
    })
}

async fn load(services: &Services, secret: &str) -> Result<Option<Saved>, String> {
    match services.secrets.load(secret).await? {
        None => Ok(None),
        Some((value, kept)) => match decode_in(services.lang, &value, kept, SystemTime::now()) {
            Ok(saved) => Ok(Some(saved)),
            Err(why) => {
                // A damaged copy would be read again at every start: it goes.
                let _ = services.secrets.forget(secret).await;
                Err(why)
            }
        },
    }
}

/// serde_json's error without the text of what it read (a secret, here): the id of its
/// message.
trait ClassifyWords {
    fn classify_words(&self) -> &'static str;
}

impl ClassifyWords for serde_json::Error {
    fn classify_words(&self) -> &'static str {
        match self.classify() {
            serde_json::error::Category::Io => "cloudsigma-saved-json-io",
            serde_json::error::Category::Syntax => "cloudsigma-saved-json-syntax",
            serde_json::error::Category::Data => "cloudsigma-saved-json-data",
            serde_json::error::Category::Eof => "cloudsigma-saved-json-eof",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_round_trips_through_its_kept_form() {
        let ends = UNIX_EPOCH + Duration::from_secs(2_000_000_000);
        let session = Session {
            csrftoken: SecretString::from("csrf-1"),
            sessionid: SecretString::from("sess-2"),
            expires: Some(ends),
        };
        let place = Opened {
            api: "http://127.0.0.1:1/cloudsigma/api/2.0/",
            location: Some("fra"),
            name: Some("Frankfurt, Germany"),
            email: "a@example.org",
        };
        let value = encode(place, &session).unwrap();
        let before = ends - Duration::from_secs(1);
        let back = decode_in(Lang::En, &value, Location::Keyring, before).unwrap();
        assert_eq!(back.api, "http://127.0.0.1:1/cloudsigma/api/2.0/");
        assert_eq!(back.email, "a@example.org");
        assert_eq!(back.location.as_deref(), Some("fra"));
        assert_eq!(back.place.as_deref(), Some("Frankfurt, Germany"));
        assert_eq!(back.session.sessionid.expose_secret(), "sess-2");
        assert_eq!(back.session.csrftoken.expose_secret(), "csrf-1");
        assert_eq!(back.session.expires, Some(ends));
        assert!(!back.expired);
        assert!(
            decode_in(Lang::En, &value, Location::Keyring, ends)
                .unwrap()
                .expired
        );
    }

    #[test]
    fn a_copy_kept_by_an_earlier_version_has_no_location_nor_name_and_does_not_expire() {
        let old = SecretString::from(
            r#"{"api":"https://zrh.cloudsigma.com/api/2.0/","email":"a@example.org","csrftoken":"c","sessionid":"s"}"#,
        );
        let back = decode_in(Lang::En, &old, Location::Keyring, SystemTime::now()).unwrap();
        assert_eq!(back.location, None);
        assert_eq!(back.place, None);
        assert_eq!(back.session.expires, None);
        assert!(!back.expired);
    }

    #[test]
    fn a_damaged_copy_is_refused_in_the_run_s_language() {
        let said = |lang, value: &str| match decode_in(
            lang,
            &SecretString::from(value),
            Location::Keyring,
            SystemTime::now(),
        ) {
            Err(e) => e,
            Ok(_) => panic!("accepted"),
        };
        assert_eq!(
            said(Lang::En, "{"),
            "it is not a session cloudboard wrote (it is cut short)"
        );
        assert_eq!(
            said(Lang::Fr, "{"),
            "ce n’est pas une session écrite par cloudboard (elle est tronquée)"
        );
        assert_eq!(
            said(
                Lang::Fr,
                r#"{"api":"","email":"","csrftoken":"","sessionid":""}"#
            ),
            "elle est incomplète"
        );
    }

    #[test]
    fn a_damaged_copy_is_refused_without_echoing_it() {
        let e = match decode_in(
            Lang::En,
            &SecretString::from("{\"api\":\"x\",\"csrftoken\":\"s3cr3t"),
            Location::Keyring,
            SystemTime::now(),
        ) {
            Err(e) => e,
            Ok(_) => panic!("accepted"),
        };
        assert!(!e.contains("s3cr3t"), "{e}");
        assert!(
            decode_in(
                Lang::En,
                &SecretString::from("{}"),
                Location::Keyring,
                SystemTime::now()
            )
            .is_err()
        );
    }
}
