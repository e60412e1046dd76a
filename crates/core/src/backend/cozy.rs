//! Runs the Cozy flow's requests: the creation, the workflow followed on a growing interval
//! (one long task that streams a progress answer per look), and the passphrase hashed off the
//! async threads then registered.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use secrecy::SecretString;
use tokio::time::Instant;

use super::Reply;
use super::Services;
use crate::api::cozy::{self as api, Registration, Status};
use crate::api::{ApiError, Garbled, Retry, Unreached};
use crate::app::EventBody;
use crate::app::cozy::{Created, End, FIRST_POLL, Failure, Reply as CozyReply, Request};
use crate::crypto::{DEFAULT_ITERATIONS, hash_passphrase};
use crate::lang::{tr, tr_args};

use crate::config::COZY_TOKEN_ENV as TOKEN_ENV;

/// For the first seconds a creation usually ends, so looks stay frequent; then they thin out.
const EARLY: Duration = Duration::from_secs(10);
const EARLY_CAP: Duration = Duration::from_secs(1);
const LATE_CAP: Duration = Duration::from_secs(5);
const GROWTH: f64 = 1.5;
/// A Retry-After longer than this is not waited out in one go (the deadline still holds).
const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

pub async fn run(services: Services, request: Request, reply: Reply) {
    let send = |answer: CozyReply| reply.send(EventBody::Cozy(answer));
    match request {
        Request::Create {
            api,
            token,
            instance,
            routes,
        } => {
            let result = match (token_now(token, &services), services.http.client()) {
                (None, _) => Err(Failure::MissingToken),
                (_, Err(why)) => Err(Failure::Api(no_client(&api, why))),
                (Some(token), Ok(client)) => create(client, &api, &token, &instance, &routes)
                    .await
                    .map_err(Failure::Api),
            };
            if let Ok(created) = &result {
                tracing::info!(workflow = %created.workflow, "Cozy creation accepted");
            }
            send(CozyReply::Created(result));
        }
        Request::Follow {
            api,
            token,
            workflow,
            route,
            created_at,
            first_poll,
            deadline,
        } => {
            let following = Following {
                api: &api,
                route: &route,
                workflow: &workflow,
                created_at,
            };
            let end = follow(&services, following, token, first_poll, deadline, &send).await;
            tracing::info!(%workflow, ?end, "Cozy workflow followed to its end");
            send(CozyReply::Ended(end));
        }
        Request::FollowLink { link } => {
            let result = match (url::Url::parse(&link), services.http.client()) {
                (Err(e), _) => Err(ApiError::BadResponse(Garbled::LinkNotUrl {
                    why: e.to_string(),
                })),
                (_, Err(why)) => Err(no_client(&link, why)),
                (Ok(url), Ok(client)) => api::follow_link(client, &url).await,
            };
            send(CozyReply::LinkFollowed(result));
        }
        Request::Register {
            instance,
            fqdn,
            register_token,
            passphrase,
            hint,
        } => {
            let result = register(
                &services,
                &instance,
                fqdn,
                register_token,
                passphrase,
                hint,
                &send,
            )
            .await;
            send(CozyReply::Registered(result));
        }
    }
}

/// The partner token as it is now: the config's as the app read it, else the environment's,
/// else the config file's read again (set while cloudboard ran: retrying then works).
/// Read here, never in update.
fn token_now(given: Option<SecretString>, services: &Services) -> Option<SecretString> {
    given
        .or_else(|| {
            std::env::var(TOKEN_ENV)
                .ok()
                .filter(|t| !t.trim().is_empty())
                .map(|t| SecretString::from(t.trim().to_string()))
        })
        .or_else(|| {
            crate::config::Config::load(&services.paths.config_file)
                .ok()?
                .cozy
                .token
                .filter(|t| !t.trim().is_empty())
                .map(|t| SecretString::from(t.trim().to_string()))
        })
}

/// Creates the instance at the first pair of routes, or at the second when the first is not
/// there (404: nothing was created). Anything else is the answer: a creation is never sent
/// twice for any other reason.
async fn create(
    client: &reqwest::Client,
    api: &str,
    token: &SecretString,
    instance: &api::NewInstance,
    routes: &[(api::RouteSet, crate::config::CozyRoutes); 2],
) -> Result<Created, ApiError> {
    let mut missing = Vec::new();
    for (set, paths) in routes {
        match api::create_instance(client, api, &paths.create, token, instance).await {
            Ok(created) => {
                return Ok(Created {
                    instance: created.id,
                    workflow: created.workflow,
                    at: SystemTime::now()
                        .duration_since(UNIX_EPOCH)
                        .map(|d| d.as_secs())
                        .unwrap_or(0),
                    routes: *set,
                });
            }
            Err(error) if api::no_such_route(&error) => {
                tracing::info!(route = %paths.create, "no such creation route; trying the other pair");
                missing.push(paths.create.clone());
            }
            Err(error) => return Err(error),
        }
    }
    Err(ApiError::Refused {
        status: 404,
        message: format!(
            "the Cloudery at {api} has neither creation route ({}): check cozy.api and the \
             routes in the config",
            missing.join(", ")
        )
        .into(),
        field: None,
    })
}

fn no_client(url: &str, why: Unreached) -> ApiError {
    ApiError::Network {
        host: url::Url::parse(url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_else(|| "the Cloudery".into()),
        detail: why,
    }
}

/// The wait before the next look, given the last one and how long following has lasted:
/// ×1.5 each time, at most 1 s in the first 10 s, then at most 5 s.
pub fn next_delay(last: Duration, elapsed: Duration) -> Duration {
    let cap = if elapsed < EARLY { EARLY_CAP } else { LATE_CAP };
    last.mul_f64(GROWTH).min(cap)
}

/// Right after a creation a replica may not know the workflow yet: a 404 this soon after the
/// creation means "not yet", not "gone".
pub const NOT_YET_GRACE: Duration = Duration::from_secs(30);

/// Which workflow to follow, where.
struct Following<'a> {
    api: &'a str,
    route: &'a str,
    workflow: &'a str,
    /// When the creation was sent, in seconds since the epoch.
    created_at: u64,
}

impl Following<'_> {
    /// Still within the grace after the creation, by the wall clock (the creation may have
    /// been sent by an earlier run).
    fn may_not_be_known_yet(&self) -> bool {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        now.saturating_sub(self.created_at) < NOT_YET_GRACE.as_secs()
    }
}

/// Looks at the workflow until it ends, the deadline passes, or a look fails for good.
/// Transient failures (network, 429, 5xx), and a workflow not known yet just after its
/// creation, are retried on the schedule, or after Retry-After when the server asks for
/// longer.
async fn follow(
    services: &Services,
    following: Following<'_>,
    token: Option<SecretString>,
    first_poll: Duration,
    deadline: Duration,
    send: &impl Fn(CozyReply),
) -> End {
    let api = following.api;
    let Some(token) = token_now(token, services) else {
        return End::Failure(Failure::MissingToken);
    };
    let client = match services.http.client() {
        Ok(client) => client,
        Err(why) => return End::Failure(Failure::Api(no_client(api, why))),
    };
    let start = Instant::now();
    let mut wait = first_poll;
    let mut delay = FIRST_POLL;
    let mut attempt = 0;
    loop {
        let elapsed = start.elapsed();
        if elapsed >= deadline {
            return End::GaveUp { after: elapsed };
        }
        tokio::time::sleep(wait.min(deadline - elapsed)).await;
        attempt += 1;
        let seen = api::workflow(
            client,
            api,
            following.route,
            &token,
            following.workflow,
            Retry::Never,
        )
        .await;
        delay = next_delay(delay, start.elapsed());
        match seen {
            Ok(seen) => match seen.status() {
                Status::Succeeded => return End::Succeeded,
                Status::Failed => return End::Failed,
                Status::Stopped => return End::Stopped,
                Status::Working(status) => {
                    wait = delay;
                    send(CozyReply::Progress {
                        status: Some(status),
                        attempt,
                        trouble: None,
                        next_in: wait,
                    });
                }
            },
            Err(error) if api::no_such_route(&error) && following.may_not_be_known_yet() => {
                wait = delay;
                tracing::debug!(attempt, "workflow not known yet");
                send(CozyReply::Progress {
                    status: None,
                    attempt,
                    trouble: Some(
                        tr_args(
                            services.lang,
                            "shared-cozy-not-shown-yet",
                            &[("seconds", crate::text::whole_seconds(wait).into())],
                        )
                        .into_owned(),
                    ),
                    next_in: wait,
                });
            }
            Err(error) if error.is_transient() => {
                wait = error
                    .retry_after()
                    .map_or(delay, |asked| asked.max(delay))
                    .min(MAX_RETRY_AFTER);
                tracing::debug!(attempt, error = %error, "workflow look failed; retrying");
                send(CozyReply::Progress {
                    status: None,
                    attempt,
                    trouble: Some(
                        tr_args(
                            services.lang,
                            "shared-cozy-looking-again",
                            &[
                                (
                                    "error",
                                    crate::app::cozy::api_error_in_few_words(services.lang, &error)
                                        .into(),
                                ),
                                ("seconds", crate::text::whole_seconds(wait).into()),
                            ],
                        )
                        .into_owned(),
                    ),
                    next_in: wait,
                });
            }
            Err(error) => return End::Failure(Failure::Api(error)),
        }
    }
}

/// Hashes the passphrase on a blocking thread (650000 PBKDF2 rounds must not stall the
/// async workers), says so, then registers the hash on the instance.
async fn register(
    services: &Services,
    instance: &str,
    fqdn: String,
    register_token: SecretString,
    passphrase: SecretString,
    hint: Option<String>,
    send: &impl Fn(CozyReply),
) -> Result<Option<String>, Failure> {
    let hashed = tokio::task::spawn_blocking(move || {
        hash_passphrase(&passphrase, &fqdn, DEFAULT_ITERATIONS)
    })
    .await
    .map_err(|_| Failure::Hash(tr(services.lang, "cozy-hashing-stopped").into_owned()))?
    .map_err(|e| Failure::Hash(e.to_string()))?;
    send(CozyReply::Hashed);
    let client = services
        .http
        .client()
        .map_err(|why| Failure::Api(no_client(instance, why)))?;
    let registration = Registration {
        register_token,
        passphrase_hash: SecretString::from(hashed.passphrase_hash.as_str()),
        protected_key: SecretString::from(hashed.protected_key.as_str()),
        iterations: hashed.iterations,
        hint,
    };
    api::register_passphrase(client, instance, &registration)
        .await
        .map(|registered| registered.redirect)
        .map_err(Failure::Api)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The looks of a workflow that ends after `ends`, on the schedule from creation.
    fn looks_until(ends: Duration) -> Vec<Duration> {
        let mut at = FIRST_POLL;
        let mut delay = FIRST_POLL;
        let mut looks = vec![at];
        while at < ends {
            delay = next_delay(delay, at);
            at += delay;
            looks.push(at);
        }
        looks
    }

    #[test]
    fn the_interval_grows_by_half_capped_at_1_s_then_5_s() {
        let ms = Duration::from_millis;
        assert_eq!(next_delay(ms(500), ms(500)), ms(750));
        assert_eq!(next_delay(ms(750), ms(1250)), ms(1000));
        assert_eq!(next_delay(ms(1000), ms(9000)), ms(1000));
        assert_eq!(next_delay(ms(1000), ms(10_500)), ms(1500));
        assert_eq!(next_delay(ms(4000), ms(30_000)), ms(5000));
    }

    #[test]
    fn a_3_second_workflow_takes_few_looks_and_its_end_shows_within_a_second() {
        let looks = looks_until(Duration::from_secs(3));
        // One POST plus the looks: at most 8 requests in all.
        let requests = 1 + looks.len();
        assert!(requests <= 8, "{looks:?}");
        let seen = *looks.last().unwrap();
        assert!(
            seen - Duration::from_secs(3) <= Duration::from_secs(1),
            "{looks:?}"
        );
    }

    #[test]
    fn a_long_workflow_is_looked_at_every_5_s_at_most() {
        let looks = looks_until(Duration::from_secs(120));
        let gaps: Vec<Duration> = looks.windows(2).map(|w| w[1] - w[0]).collect();
        assert!(gaps.iter().all(|g| *g <= LATE_CAP));
        assert_eq!(*gaps.last().unwrap(), LATE_CAP);
        assert!(looks.len() < 40, "{}", looks.len());
    }
}
