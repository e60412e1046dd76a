//! Each flow under the sandbox's injected faults (latency, 30 % of answers 503 with
//! Retry-After, a rate limit answering 429) and with the sandbox stopped and restarted
//! mid-flow: it completes, or ends with an error that says what to do, keeping what was
//! typed, and never panics. Creating something is never sent twice behind the person's back.
//!
//! The flows run headless, through the same driver the scriptable commands use.

use crate::common;

use std::net::SocketAddr;

use cloudboard::app::home::Open;
use cloudboard::cli::GlobalArgs;
use cloudboard::sandbox::{Options, Sandbox};
use cloudboard::script::commands::{Ending, Script, drive};
use cloudboard::script::driver::Driver;
use cloudboard::script::output::Printer;
use cloudboard::script::{Exit, Failure};
use cloudboard::store::Paths;
use serde_json::{Value, json};

struct World {
    sandbox: Option<Sandbox>,
    base: String,
    addr: SocketAddr,
    dir: std::path::PathBuf,
}

impl World {
    async fn new(tag: &str) -> World {
        let sandbox = common::sandbox::start_with(Options {
            workflow_secs: 1.0,
            log_requests: false,
            ..Default::default()
        })
        .await;
        let dir = common::temp_dir(&format!("faults-{tag}"));
        std::fs::write(dir.join("config.toml"), "[secrets]\nstore = \"file\"\n").unwrap();
        World {
            base: sandbox.base_url(),
            addr: sandbox.addr(),
            sandbox: Some(sandbox),
            dir,
        }
    }

    /// Stops the server, as if it went away mid-flow.
    async fn stop(&mut self) {
        if let Some(sandbox) = self.sandbox.take() {
            sandbox.shutdown().await;
        }
    }

    async fn driver(&self) -> Driver {
        let global = GlobalArgs {
            config: Some(self.dir.join("config.toml")),
            sandbox_url: Some(self.base.clone()),
            ..GlobalArgs::default()
        };
        let paths = Paths::at(self.dir.join("config.toml"), self.dir.join("data"));
        match Driver::start(&global, &paths, Default::default()).await {
            Ok(d) => d,
            Err(f) => panic!("driver: {f:?}"),
        }
    }

    async fn faults(&self, faults: Value) {
        common::sandbox::set_faults(&self.base, faults).await;
    }

    async fn requests(&self) -> u64 {
        common::sandbox::stats(&self.base).await.requests
    }
}

impl Drop for World {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn printer() -> Printer {
    Printer::new(false)
}

/// A failure a person can act on: a network or server failure, saying to try again.
fn says_what_to_do(failure: &Failure) {
    assert_eq!(failure.exit, Exit::Failed, "{failure:?}");
    let words = failure.message.to_lowercase();
    assert!(
        words.contains("try again") || words.contains("later") || words.contains("wait"),
        "no advice in: {}",
        failure.message
    );
}

/// alice's Cleura sign-in: she has no second factor.
fn alice() -> Script {
    Script::default()
        .answer("login", "alice")
        .answer("password", "alice-password")
}

fn cozy_script(slug: &str) -> Script {
    Script::default()
        .answer("email", format!("{slug}@example.org"))
        .answer("slug", slug)
        .answer("accept_terms", "y")
        .answer("confirm", "y")
        .stop_at("activation_link")
}

fn sigma_create(email: &str) -> Script {
    Script::default()
        .answer("location", "zrh")
        .answer("action", "create")
        .answer("email", email)
        .answer("promo", "")
        .stop_at("sign_in_now")
}

/// `script` run in `flow` on a sandbox (`tag`) with `faults`, which stop it (`why`): it
/// fails saying what to do. The driver as it ended, and how many requests it sent.
async fn stopped_saying_what_to_do(
    tag: &str,
    faults: Value,
    flow: Open,
    script: &Script,
    why: &str,
) -> (Driver, u64) {
    let world = World::new(tag).await;
    let mut driver = world.driver().await;
    world.faults(faults).await;
    driver.open(flow);
    let before = world.requests().await;
    let failure = drive(&mut driver, script, &printer())
        .await
        .err()
        .expect(why);
    says_what_to_do(&failure);
    let sent = world.requests().await - before;
    (driver, sent)
}

#[tokio::test]
async fn a_cozy_creation_is_sent_once_when_the_cloudery_fails() {
    let (driver, sent) = stopped_saying_what_to_do(
        "cozy-once",
        json!({"error_rate": 1.0}),
        Open::Cozy,
        &cozy_script("once"),
        "every answer is a 503",
    )
    .await;
    assert_eq!(sent, 1, "the creation was sent once");
    let flow = driver.app.flows.cozy.as_ref().unwrap();
    assert_eq!(
        flow.form.email.value(),
        "once@example.org",
        "what was typed is kept"
    );
    assert_eq!(flow.form.slug.value(), "once");
}

#[tokio::test]
async fn a_cozy_creation_is_sent_once_when_rate_limited() {
    let (_, sent) = stopped_saying_what_to_do(
        "cozy-429",
        json!({"rate_limit_per_s": 0.5}),
        Open::Cozy,
        &cozy_script("limited"),
        "the first request is over the limit",
    )
    .await;
    assert_eq!(sent, 1);
}

#[tokio::test]
async fn a_cloudsigma_account_is_created_once_when_the_api_fails() {
    let (_, sent) = stopped_saying_what_to_do(
        "sigma-once",
        json!({"error_rate": 1.0}),
        Open::CloudSigma,
        &sigma_create("once@example.org"),
        "every answer is a 503",
    )
    .await;
    assert_eq!(
        sent, 2,
        "the list of locations asked for once (the built-in one stands in), the creation \
         sent once"
    );
}

/// Runs `script` in `flow`; under faults it must finish, or fail saying what to do.
async fn completes_or_explains(
    world: &World,
    flow: cloudboard::app::home::Open,
    script: &Script,
) -> Option<Ending> {
    let mut driver = world.driver().await;
    driver.open(flow);
    match drive(&mut driver, script, &printer()).await {
        Ok(ending) => Some(ending),
        Err(failure) => {
            says_what_to_do(&failure);
            None
        }
    }
}

#[tokio::test]
async fn every_flow_completes_or_explains_with_30_percent_of_503s() {
    let world = World::new("flaky").await;
    world
        .faults(json!({"error_rate": 0.3, "latency_ms": 50}))
        .await;
    let mut completed = 0;
    for i in 0..3 {
        completed += completes_or_explains(&world, Open::Cleura, &alice())
            .await
            .is_some() as u32;
        let sigma = Script::default()
            .answer("location", "zrh")
            .answer("action", "sign in")
            .answer("email", "demo@example.org")
            .answer("password", "demo-password")
            .answer("saved_session", "2");
        completed += completes_or_explains(&world, Open::CloudSigma, &sigma)
            .await
            .is_some() as u32;
        completed += completes_or_explains(&world, Open::Cozy, &cozy_script(&format!("flaky{i}")))
            .await
            .is_some() as u32;
    }
    // Idempotent calls are retried with backoff: most runs get through.
    assert!(completed >= 5, "only {completed} of 9 runs completed");
}

/// alice signs in to Cleura on a sandbox (`tag`) with `faults`: whether the flow got to its
/// end.
async fn alice_gets_through(tag: &str, faults: serde_json::Value) -> bool {
    let world = World::new(tag).await;
    world.faults(faults).await;
    let ending = completes_or_explains(&world, Open::Cleura, &alice()).await;
    matches!(ending, Some(Ending::Done(_)))
}

#[tokio::test]
async fn a_slow_server_is_waited_for() {
    assert!(
        alice_gets_through("slow", json!({"latency_ms": 2500})).await,
        "two 2.5 s answers are well within the timeouts"
    );
}

#[tokio::test]
async fn a_rate_limit_is_waited_out_for_reads() {
    assert!(
        alice_gets_through("ratelimit", json!({"rate_limit_per_s": 1.0})).await,
        "429 answers are retried after Retry-After"
    );
}

#[tokio::test]
async fn the_sandbox_stopped_and_restarted_mid_flow() {
    let world = World::new("restart").await;
    let mut world = world;
    let addr = world.addr;
    let mut driver = world.driver().await;
    driver.open(Open::Cleura);
    assert!(matches!(
        drive(&mut driver, &alice(), &printer()).await,
        Ok(Ending::Done(_))
    ));
    world.stop().await;

    // The server is gone: a refresh says it cannot be reached and what to do.
    driver.answer("refresh");
    let ask = driver.settle().await.unwrap();
    let text = ask.context.join("\n");
    assert!(
        text.contains("could not be listed") && text.to_lowercase().contains("try again"),
        "{text}"
    );
    let still = match &driver.app.flows.cleura.as_ref().unwrap().step {
        cloudboard::app::cleura::Step::Regions(regions) => regions.session.login.clone(),
        other => panic!("not signed in any more: {other:?}"),
    };
    assert_eq!(still, "alice", "still signed in, nothing lost");

    // Back up, with none of its old state: the token is unknown, so sign in again.
    let sandbox = Sandbox::start(addr, Options::default())
        .await
        .expect("the same address again");
    driver.answer("refresh");
    let ask = driver.settle().await.unwrap();
    assert_eq!(ask.key, "password", "asked to sign in again: {ask:?}");
    assert!(
        ask.problem
            .as_ref()
            .unwrap()
            .message
            .contains("session has ended"),
        "{ask:?}"
    );
    driver.answer("alice-password");
    let ask = driver.settle().await.unwrap();
    assert!(
        matches!(ask.kind, cloudboard::app::ask::AskKind::Rest { .. }),
        "signed in again: {ask:?}"
    );
    drop(sandbox);
}

#[tokio::test]
async fn a_cozy_creation_followed_while_the_sandbox_goes_away_says_so() {
    let world = World::new("cozy-gone").await;
    let mut driver = world.driver().await;
    driver.open(Open::Cozy);
    let script = cozy_script("gone");
    // Answer up to the creation, then stop the server while the workflow is followed.
    let mut answered = 0;
    loop {
        let ask = driver.ask();
        if ask.kind == cloudboard::app::ask::AskKind::Wait
            && driver
                .app
                .flows
                .cozy
                .as_ref()
                .is_some_and(|f| f.created.is_some())
        {
            break;
        }
        if ask.kind == cloudboard::app::ask::AskKind::Wait {
            driver.step().await;
            continue;
        }
        let value = match ask.key {
            "email" => "gone@example.org",
            "slug" => "gone",
            "accept_terms" | "confirm" => "y",
            other => panic!("unexpected question {other}"),
        };
        driver.answer(value);
        answered += 1;
        assert!(answered < 10);
    }
    let _ = script;
    let mut world = world;
    world.stop().await;
    // Following goes on through network errors, saying so, until it stops with the reason.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let mut saw_trouble = false;
    loop {
        let ask = driver.ask();
        if ask.prompt.to_lowercase().contains("reach") || ask.prompt.contains("again") {
            saw_trouble = true;
        }
        if ask.kind != cloudboard::app::ask::AskKind::Wait {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "{ask:?}");
        driver.step().await;
        if saw_trouble {
            break;
        }
    }
    assert!(saw_trouble, "the trouble is shown while following");
    let created = driver.app.flows.cozy.as_ref().unwrap().created.clone();
    assert_eq!(
        created.map(|c| c.fqdn()).as_deref(),
        Some("gone.mycozy.cloud"),
        "the creation is remembered"
    );
}
