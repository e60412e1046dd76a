//! Each flow under the sandbox's injected faults (latency, 30 % of answers 503 with
//! Retry-After, a rate limit answering 429) and with the sandbox stopped and restarted
//! mid-flow: it completes, or ends with an error that says what to do, keeping what was
//! typed, and never panics. Creating something is never sent twice behind the person's back.
//!
//! The flows run headless, through the same driver the scriptable commands use.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic here is a test failing

mod common;

use std::net::SocketAddr;

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
        World::on(tag, "127.0.0.1:0".parse().unwrap()).await
    }

    async fn on(tag: &str, addr: SocketAddr) -> World {
        let sandbox = Sandbox::start(
            addr,
            Options {
                workflow_secs: 1.0,
                log_requests: false,
                ..Default::default()
            },
        )
        .await
        .expect("sandbox");
        let dir =
            std::env::temp_dir().join(format!("cloudboard-faults-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
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

#[tokio::test]
async fn a_cozy_creation_is_sent_once_when_the_cloudery_fails() {
    let world = World::new("cozy-once").await;
    let mut driver = world.driver().await;
    world.faults(json!({"error_rate": 1.0})).await;
    driver.open(cloudboard::app::home::Open::Cozy);
    let before = world.requests().await;
    let result = drive(&mut driver, &cozy_script("once"), &printer()).await;
    let failure = result.err().expect("every answer is a 503");
    says_what_to_do(&failure);
    assert_eq!(
        world.requests().await - before,
        1,
        "the creation was sent once"
    );
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
    let world = World::new("cozy-429").await;
    let mut driver = world.driver().await;
    world.faults(json!({"rate_limit_per_s": 0.5})).await;
    driver.open(cloudboard::app::home::Open::Cozy);
    let before = world.requests().await;
    let failure = drive(&mut driver, &cozy_script("limited"), &printer())
        .await
        .err()
        .expect("the first request is over the limit");
    says_what_to_do(&failure);
    assert_eq!(world.requests().await - before, 1);
}

#[tokio::test]
async fn a_cloudsigma_account_is_created_once_when_the_api_fails() {
    let world = World::new("sigma-once").await;
    let mut driver = world.driver().await;
    world.faults(json!({"error_rate": 1.0})).await;
    driver.open(cloudboard::app::home::Open::CloudSigma);
    let before = world.requests().await;
    let failure = drive(&mut driver, &sigma_create("once@example.org"), &printer())
        .await
        .err()
        .expect("every answer is a 503");
    says_what_to_do(&failure);
    assert_eq!(
        world.requests().await - before,
        2,
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
        let cleura = Script::default()
            .answer("login", "alice")
            .answer("password", "alice-password");
        completed += completes_or_explains(&world, cloudboard::app::home::Open::Cleura, &cleura)
            .await
            .is_some() as u32;
        let sigma = Script::default()
            .answer("location", "zrh")
            .answer("action", "sign in")
            .answer("email", "demo@example.org")
            .answer("password", "demo-password")
            .answer("saved_session", "2");
        completed += completes_or_explains(&world, cloudboard::app::home::Open::CloudSigma, &sigma)
            .await
            .is_some() as u32;
        completed += completes_or_explains(
            &world,
            cloudboard::app::home::Open::Cozy,
            &cozy_script(&format!("flaky{i}")),
        )
        .await
        .is_some() as u32;
    }
    // Idempotent calls are retried with backoff: most runs get through.
    assert!(completed >= 5, "only {completed} of 9 runs completed");
}

#[tokio::test]
async fn a_slow_server_is_waited_for() {
    let world = World::new("slow").await;
    world.faults(json!({"latency_ms": 2500})).await;
    let script = Script::default()
        .answer("login", "alice")
        .answer("password", "alice-password");
    let ending = completes_or_explains(&world, cloudboard::app::home::Open::Cleura, &script).await;
    assert!(
        matches!(ending, Some(Ending::Done(_))),
        "two 2.5 s answers are well within the timeouts"
    );
}

#[tokio::test]
async fn a_rate_limit_is_waited_out_for_reads() {
    let world = World::new("ratelimit").await;
    world.faults(json!({"rate_limit_per_s": 1.0})).await;
    let script = Script::default()
        .answer("login", "alice")
        .answer("password", "alice-password");
    let ending = completes_or_explains(&world, cloudboard::app::home::Open::Cleura, &script).await;
    assert!(
        matches!(ending, Some(Ending::Done(_))),
        "429 answers are retried after Retry-After"
    );
}

#[tokio::test]
async fn the_sandbox_stopped_and_restarted_mid_flow() {
    let world = World::new("restart").await;
    let mut world = world;
    let addr = world.addr;
    let mut driver = world.driver().await;
    driver.open(cloudboard::app::home::Open::Cleura);
    let script = Script::default()
        .answer("login", "alice")
        .answer("password", "alice-password");
    assert!(matches!(
        drive(&mut driver, &script, &printer()).await,
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
    driver.open(cloudboard::app::home::Open::Cozy);
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
