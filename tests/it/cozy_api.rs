//! The Cloudery client (`api::cozy`) and the flow's backend against the sandbox: creation,
//! a workflow followed to `succeeded` or `failed`, a taken slug, 429 and 503 with
//! Retry-After, the passphrase registered, and each of its refusals.

use crate::common;

use std::time::{Duration, Instant};

use cloudboard::api::cozy::{
    self as api, NewInstance, Registration, RouteSet, Status, Tos, instance_url,
};
use cloudboard::api::{ApiError, Retry};
use cloudboard::app::cozy::activation;
use cloudboard::app::cozy::{Created as CozyCreated, End, Failure, Reply as CozyReply, Request};
use cloudboard::app::{Command, EventBody, RequestId};
use cloudboard::config::Config;
use cloudboard::crypto::{DEFAULT_ITERATIONS, hash_passphrase};
use cloudboard::sandbox::{Options, Sandbox};
use secrecy::SecretString;

struct Fixture {
    sandbox: Sandbox,
    config: Config,
    client: reqwest::Client,
    token: SecretString,
}

async fn fixture(workflow_secs: f64) -> Fixture {
    let options = Options {
        workflow_secs,
        ..Options::default()
    };
    let sandbox = common::sandbox::start_with(options).await;
    let mut config = Config::default();
    config.point_at_sandbox(&sandbox.base_url());
    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::Client::builder()
        .user_agent("cloudboard-tests")
        .build()
        .unwrap();
    Fixture {
        sandbox,
        config,
        client,
        token: SecretString::from("sandbox-token"),
    }
}

fn instance(slug: &str) -> NewInstance {
    NewInstance {
        offer: "cozy_default".into(),
        email: format!("{slug}@example.org"),
        slug: slug.into(),
        domain: "mycozy.cloud".into(),
        public_name: None,
        locale: Some("en".into()),
        tos: Some(Tos {
            version: "1.0.0".into(),
        }),
        redirect: None,
    }
}

impl Fixture {
    async fn create(&self, slug: &str) -> Result<api::Created, ApiError> {
        self.create_with(&self.token, slug).await
    }

    /// The creation of `slug`'s Cozy, on the public routes, with `token`.
    async fn create_with(
        &self,
        token: &SecretString,
        slug: &str,
    ) -> Result<api::Created, ApiError> {
        let route = &self.config.cozy.public_routes.create;
        api::create_instance(
            &self.client,
            &self.config.cozy.api,
            route,
            token,
            &instance(slug),
        )
        .await
    }

    /// One look at `workflow`, on the public routes.
    async fn workflow(&self, workflow: &str, retry: Retry) -> Result<api::Workflow, ApiError> {
        let route = &self.config.cozy.public_routes.workflow;
        api::workflow(
            &self.client,
            &self.config.cozy.api,
            route,
            &self.token,
            workflow,
            retry,
        )
        .await
    }

    /// Looks at the workflow until it ends (a plain loop: the backend's schedule is tested
    /// on its own).
    async fn wait_for_end(&self, workflow: &str) -> Status {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let seen = self
                .workflow(workflow, Retry::Idempotent)
                .await
                .expect("the workflow is readable");
            match seen.status() {
                Status::Working(_) => {}
                end => return end,
            }
            assert!(Instant::now() < deadline, "the workflow never ended");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The activation token the sandbox mailed to `email`, through the link parser.
    async fn activation_token(&self, email: &str, fqdn: &str) -> SecretString {
        let link = common::outbox::link_to(&self.sandbox.base_url(), email).await;
        // The email's link goes to the Cloudery, which sends on to the instance.
        let template = &self.config.cozy.instance_url;
        let followed =
            match activation::read(cloudboard::lang::Lang::En, &link, Some(fqdn), template) {
                Ok(activation::Link::Follow(url)) => {
                    api::follow_link(&common::sandbox::client(), &url)
                        .await
                        .unwrap_or_else(|e| panic!("{link}: {e}"))
                }
                other => panic!("{link}: {other:?}"),
            };
        let api::LinkEnd::Found(address) = followed else {
            panic!("{link} led to a page: {followed:?}");
        };
        match activation::read(cloudboard::lang::Lang::En, &address, Some(fqdn), template) {
            Ok(activation::Link::Token(parsed)) => parsed.token,
            other => panic!("{address}: {other:?}"),
        }
    }

    /// Provider requests the sandbox has served so far.
    async fn requests_served(&self) -> u64 {
        common::sandbox::stats(&self.sandbox.base_url())
            .await
            .requests
    }

    async fn faults(&self, body: serde_json::Value) {
        common::sandbox::set_faults(&self.sandbox.base_url(), body).await;
    }

    fn instance_url(&self, fqdn: &str) -> String {
        instance_url(&self.config.cozy.instance_url, fqdn)
    }
}

fn registration(token: SecretString, passphrase: &str, fqdn: &str) -> Registration {
    let hashed = hash_passphrase(&SecretString::from(passphrase), fqdn, DEFAULT_ITERATIONS)
        .expect("hashing works");
    Registration {
        register_token: token,
        passphrase_hash: SecretString::from(hashed.passphrase_hash.as_str()),
        protected_key: SecretString::from(hashed.protected_key.as_str()),
        iterations: hashed.iterations,
        hint: Some("the usual".into()),
    }
}

#[tokio::test]
async fn create_follow_to_succeeded_and_register_the_passphrase_once() {
    let f = fixture(0.5).await;
    let created = f.create("alice").await.expect("created");
    assert!(!created.workflow.is_empty() && !created.id.is_empty());
    assert_eq!(f.wait_for_end(&created.workflow).await, Status::Succeeded);

    let fqdn = "alice.mycozy.cloud";
    let token = f.activation_token("alice@example.org", fqdn).await;
    let instance = f.instance_url(fqdn);
    let registered = api::register_passphrase(
        &f.client,
        &instance,
        &registration(token.clone(), "correct horse battery staple", fqdn),
    )
    .await
    .expect("registered");
    let _ = registered.redirect;

    // The token is spent.
    let again = api::register_passphrase(
        &f.client,
        &instance,
        &registration(token, "correct horse battery staple", fqdn),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(&again, ApiError::Refused { status: 400, message, .. } if message.provider().unwrap_or_default().to_lowercase().contains("token")),
        "{again:?}"
    );
}

#[tokio::test]
async fn a_slug_starting_with_fail_ends_failed() {
    let f = fixture(0.3).await;
    let created = f.create("failing").await.expect("created");
    assert_eq!(f.wait_for_end(&created.workflow).await, Status::Failed);
}

#[tokio::test]
async fn refusals_of_the_creation() {
    let f = fixture(0.3).await;
    let taken = f.create("taken").await.unwrap_err();
    assert!(
        matches!(taken, ApiError::Refused { status: 409, .. }),
        "{taken:?}"
    );
    assert!(!taken.to_string().is_empty());

    let bad = f.create("9lives").await.unwrap_err();
    assert!(
        matches!(bad, ApiError::Refused { status: 422, .. }),
        "{bad:?}"
    );

    let wrong = f
        .create_with(&SecretString::from("not-the-token"), "bob")
        .await
        .unwrap_err();
    assert!(
        matches!(wrong, ApiError::Unauthorized { status: 401, .. }),
        "{wrong:?}"
    );
}

#[tokio::test]
async fn busy_answers_carry_retry_after() {
    let f = fixture(0.3).await;
    let created = f.create("carol").await.expect("created");

    f.faults(serde_json::json!({"latency_ms": 0, "error_rate": 1.0, "rate_limit_per_s": 0}))
        .await;
    let error = f
        .workflow(&created.workflow, Retry::Never)
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            ApiError::Busy {
                status: 503,
                retry_after: Some(_),
                ..
            }
        ),
        "{error:?}"
    );
    let creation = f.create("dave").await.unwrap_err();
    assert!(
        matches!(creation, ApiError::Busy { status: 503, .. }),
        "a 503 creation is not sent again: {creation:?}"
    );

    f.faults(serde_json::json!({"latency_ms": 0, "error_rate": 0.0, "rate_limit_per_s": 1}))
        .await;
    let mut limited = None;
    for _ in 0..10 {
        if let Err(e) = f.workflow(&created.workflow, Retry::Never).await {
            limited = Some(e);
            break;
        }
    }
    let limited = limited.expect("the rate limit answers 429");
    assert!(
        matches!(
            limited,
            ApiError::Busy {
                status: 429,
                retry_after: Some(_),
                ..
            }
        ),
        "{limited:?}"
    );
}

#[tokio::test]
async fn passphrase_refusals() {
    let f = fixture(0.3).await;
    let created = f.create("erin").await.expect("created");
    assert_eq!(f.wait_for_end(&created.workflow).await, Status::Succeeded);
    let fqdn = "erin.mycozy.cloud";
    let token = f.activation_token("erin@example.org", fqdn).await;
    let instance = f.instance_url(fqdn);
    let refused = |status: u16, contains: &'static str| {
        move |result: Result<api::Registered, ApiError>| match result {
            Err(ApiError::Refused {
                status: s, message, ..
            }) if s == status
                && message
                    .provider()
                    .unwrap_or_default()
                    .to_lowercase()
                    .contains(contains) => {}
            other => panic!("expected {status} “{contains}”, got {other:?}"),
        }
    };

    let mut low = registration(token.clone(), "correct horse battery staple", fqdn);
    low.iterations = 1000;
    refused(422, "low")(api::register_passphrase(&f.client, &instance, &low).await);

    let mut empty = registration(token.clone(), "correct horse battery staple", fqdn);
    empty.passphrase_hash = SecretString::from("");
    refused(400, "passphrase")(api::register_passphrase(&f.client, &instance, &empty).await);

    let wrong = registration(
        SecretString::from("ffffffffffffffffffffffffffffffff"),
        "correct horse battery staple",
        fqdn,
    );
    refused(400, "token")(api::register_passphrase(&f.client, &instance, &wrong).await);

    // None of these spent the token.
    let ok = registration(token, "correct horse battery staple", fqdn);
    api::register_passphrase(&f.client, &instance, &ok)
        .await
        .expect("the token still works");
}

/// The whole backend, as the wizard runs it: the follow streams progress, ends within a
/// second of a 3-second workflow, in few requests.
#[tokio::test]
async fn the_backend_follows_a_3_second_workflow_promptly() {
    let f = fixture(3.0).await;
    let before = f.requests_served().await;
    let created = f.create("frank").await.expect("created");
    let (dir, command_tx, mut event_rx) = common::backend::start("cozy-follow");
    let id = RequestId(7);
    command_tx
        .send(Command::Cozy(
            id,
            Request::Follow {
                api: f.config.cozy.api.clone(),
                token: Some(f.token.clone()),
                workflow: created.workflow.clone(),
                route: f.config.cozy.public_routes.workflow.clone(),
                created_at: now_secs(),
                first_poll: cloudboard::app::cozy::FIRST_POLL,
                deadline: Duration::from_secs(60),
            },
        ))
        .unwrap();
    let mut progress = 0;
    let end = loop {
        let event = next_event(&mut event_rx, 20).await;
        assert_eq!(event.id, id);
        match event.body {
            EventBody::Cozy(CozyReply::Progress { attempt, .. }) => {
                progress += 1;
                assert_eq!(attempt, progress);
            }
            EventBody::Cozy(CozyReply::Ended(end)) => break end,
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(end, End::Succeeded);
    // The creation, the looks that saw it working, and the one that saw it end.
    let requests = f.requests_served().await - before;
    assert_eq!(requests, 1 + u64::from(progress) + 1);
    assert!(requests <= 8, "{requests} requests in all");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A deadline that passes ends the follow with GaveUp, and Cancel stops a follow at once.
#[tokio::test]
async fn the_backend_gives_up_at_the_deadline() {
    let f = fixture(30.0).await;
    let created = f.create("grace").await.expect("created");
    let (dir, command_tx, mut event_rx) = common::backend::start("cozy-deadline");
    command_tx
        .send(Command::Cozy(
            RequestId(1),
            Request::Follow {
                api: f.config.cozy.api.clone(),
                token: Some(f.token.clone()),
                workflow: created.workflow.clone(),
                route: f.config.cozy.public_routes.workflow.clone(),
                created_at: now_secs(),
                first_poll: Duration::ZERO,
                deadline: Duration::from_millis(1500),
            },
        ))
        .unwrap();
    let end = follow_end(&mut event_rx, 10).await;
    assert!(matches!(end, End::GaveUp { .. }), "{end:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The backend's next event, within `secs` seconds.
async fn next_event(events: &mut common::backend::Events, secs: u64) -> cloudboard::app::Event {
    tokio::time::timeout(Duration::from_secs(secs), events.recv())
        .await
        .expect("an answer in time")
        .expect("the backend runs")
}

/// How the backend's follow ends, each event within `secs` seconds.
async fn follow_end(events: &mut common::backend::Events, secs: u64) -> End {
    loop {
        if let EventBody::Cozy(CozyReply::Ended(end)) = next_event(events, secs).await.body {
            return end;
        }
    }
}

fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// The backend's creation with the config's two pairs of routes, public first, and `token`.
async fn backend_create(f: &Fixture, slug: &str, token: &str) -> Result<CozyCreated, Failure> {
    let (dir, command_tx, mut event_rx) = common::backend::start(&format!("cozy-routes-{slug}"));
    let routes =
        [RouteSet::Public, RouteSet::Partner].map(|set| (set, set.paths(&f.config.cozy).clone()));
    command_tx
        .send(Command::Cozy(
            RequestId(1),
            Request::Create {
                api: f.config.cozy.api.clone(),
                token: Some(SecretString::from(token)),
                instance: instance(slug),
                routes: Box::new(routes),
            },
        ))
        .unwrap();
    let event = next_event(&mut event_rx, 10).await;
    let _ = std::fs::remove_dir_all(&dir);
    match event.body {
        EventBody::Cozy(CozyReply::Created(result)) => result,
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_creation_finds_the_pair_of_routes_that_exists_and_only_a_404_moves_it() {
    let f = fixture(0.3).await;
    // Both pairs there: the public one takes the public token.
    let created = backend_create(&f, "both", "sandbox-token").await.unwrap();
    assert_eq!(created.routes, RouteSet::Public);
    // Only the sample's routes exist: the public one answers 404, and the other is tried.
    f.faults(serde_json::json!({"cozy": {"routes": "partner"}}))
        .await;
    let created = backend_create(&f, "partneronly", "sandbox-partner-token")
        .await
        .unwrap();
    assert_eq!(created.routes, RouteSet::Partner);
    // Only the public routes: found first.
    f.faults(serde_json::json!({"cozy": {"routes": "public"}}))
        .await;
    let created = backend_create(&f, "publiconly", "sandbox-token")
        .await
        .unwrap();
    assert_eq!(created.routes, RouteSet::Public);
    // A refusal that is not a 404 is the answer: the other pair is not tried.
    f.faults(serde_json::json!({})).await;
    let before = f.requests_served().await;
    let refused = backend_create(&f, "wrongtoken", "sandbox-partner-token").await;
    assert!(
        matches!(
            refused,
            Err(Failure::Api(ApiError::Unauthorized { status: 401, .. }))
        ),
        "{refused:?}"
    );
    assert_eq!(f.requests_served().await - before, 1, "sent once");
}

#[tokio::test]
async fn a_workflow_not_known_yet_right_after_its_creation_is_waited_for() {
    let f = fixture(0.5).await;
    f.faults(serde_json::json!({"cozy": {"unknown_polls": 2}}))
        .await;
    let created = f.create("notyet").await.expect("created");
    let (dir, command_tx, mut event_rx) = common::backend::start("cozy-not-yet");
    let follow = |workflow: String, created_at: u64| Request::Follow {
        api: f.config.cozy.api.clone(),
        token: Some(f.token.clone()),
        workflow,
        route: f.config.cozy.public_routes.workflow.clone(),
        created_at,
        first_poll: Duration::ZERO,
        deadline: Duration::from_secs(30),
    };
    command_tx
        .send(Command::Cozy(
            RequestId(1),
            follow(created.workflow, now_secs()),
        ))
        .unwrap();
    let mut not_yet = 0;
    let end = loop {
        match next_event(&mut event_rx, 20).await.body {
            EventBody::Cozy(CozyReply::Progress {
                trouble: Some(t), ..
            }) if t.contains("does not show this creation yet") => not_yet += 1,
            EventBody::Cozy(CozyReply::Ended(end)) => break end,
            _ => {}
        }
    };
    assert_eq!(end, End::Succeeded);
    assert_eq!(not_yet, 2, "each 404 was shown as not yet");
    // Long after its creation, a workflow the Cloudery does not know has ended for good.
    let long_ago = now_secs() - 3600;
    command_tx
        .send(Command::Cozy(
            RequestId(2),
            follow("0d8f1e9c-5b7a-4c2e-9f3d-1a2b3c4d5e6f".into(), long_ago),
        ))
        .unwrap();
    let end = follow_end(&mut event_rx, 20).await;
    assert!(
        matches!(
            end,
            End::Failure(Failure::Api(ApiError::Refused { status: 404, .. }))
        ),
        "{end:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
