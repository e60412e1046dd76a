//! A request that cannot be asked twice whose answer never arrives — the sandbox does the
//! work and closes the connection (`lose_answer_to`), or the command is interrupted while
//! it waits — is kept, said to have maybe happened, and found again: a later "taken" or
//! "spent" is read as the person's own earlier request, never someone else's.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic here is a test failing

mod common;

use std::time::{Duration, Instant};

use common::script::{
    activate, activation_link, code, json, requests, run, set_faults, spawn, stderr,
};
use common::world::{Home, SandboxProcess};
use rustix::process::{Pid, Signal, kill_process};
use serde_json::{Value, json};

fn create(home: &Home, sandbox: &SandboxProcess, email: &str, slug: &str) -> std::process::Output {
    run(
        home,
        sandbox,
        &[
            "cozy",
            "create",
            "--email",
            email,
            "--slug",
            slug,
            "--accept-terms",
            "--json",
        ],
        "",
        &[],
    )
}

fn status(home: &Home, sandbox: &SandboxProcess) -> Value {
    let out = run(home, sandbox, &["cozy", "status", "--json"], "", &[]);
    assert_eq!(code(&out), 0, "{out:?}");
    json(&out)
}

fn unanswered_actions(status: &Value) -> Vec<String> {
    status["unanswered"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|s| s["action"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// The activation link the sandbox mailed to `email`, waiting for it.
fn link_for(sandbox: &SandboxProcess, email: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(link) = activation_link(sandbox, email) {
            return link;
        }
        assert!(Instant::now() < deadline, "no activation email to {email}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_creation_whose_answer_is_lost_is_kept_and_found_again_as_the_person_s_own() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("lost-create");
    let email = "lost@example.org";
    set_faults(&sandbox, json!({ "lose_answer_to": "cozy_create" }));

    let out = create(&home, &sandbox, email, "lostone");
    assert_eq!(code(&out), 3, "{out:?}");
    let said = stderr(&out);
    assert!(
        said.contains("may have created lostone.mycozy.cloud"),
        "{said}"
    );
    assert!(said.contains("closed the connection"), "{said}");
    assert!(!said.contains("check your network"), "{said}");

    // Kept on disk, with what, for whom and when.
    let kept = status(&home, &sandbox);
    assert_eq!(unanswered_actions(&kept), ["cozy_create"], "{kept}");
    assert_eq!(kept["unanswered"][0]["slug"], "lostone");
    assert_eq!(kept["unanswered"][0]["email"], email);
    assert!(kept["unanswered"][0]["sent_at"].as_u64().unwrap() > 0);

    // Someone else asking for the address is told it is taken, as ever.
    let other = create(&home, &sandbox, "someone@example.org", "lostone");
    assert_eq!(code(&other), 1, "{other:?}");
    assert!(stderr(&other).contains("already taken"), "{other:?}");
    assert!(!stderr(&other).contains("your own"), "{other:?}");

    // The same person trying again: the address is most likely theirs.
    let again = create(&home, &sandbox, email, "lostone");
    assert_eq!(code(&again), 0, "{again:?}");
    let report = json(&again);
    assert_eq!(report["status"], "probably_created", "{report}");
    assert!(report.get("workflow").is_none(), "{report}");
    assert!(
        stderr(&again).contains("your own earlier request"),
        "{again:?}"
    );
    assert_eq!(
        unanswered_actions(&status(&home, &sandbox)),
        ["cozy_create"]
    );

    // The activation email settles it.
    let activated = activate(&home, &sandbox, &link_for(&sandbox, email));
    assert_eq!(code(&activated), 0, "{activated:?}");
    assert!(unanswered_actions(&status(&home, &sandbox)).is_empty());
}

#[test]
fn a_passphrase_whose_answer_is_lost_is_found_set_when_the_link_is_spent() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("lost-passphrase");
    let email = "setonce@example.org";
    let out = create(&home, &sandbox, email, "setonce");
    assert_eq!(code(&out), 0, "{out:?}");
    let link = link_for(&sandbox, email);
    set_faults(&sandbox, json!({ "lose_answer_to": "cozy_passphrase" }));

    let lost = activate(&home, &sandbox, &link);
    assert_eq!(code(&lost), 3, "{lost:?}");
    assert!(
        stderr(&lost).contains("may have taken your passphrase"),
        "{lost:?}"
    );
    assert_eq!(
        unanswered_actions(&status(&home, &sandbox)),
        ["cozy_passphrase"]
    );

    let again = activate(&home, &sandbox, &link);
    assert_eq!(code(&again), 0, "{again:?}");
    let report = json(&again);
    assert_eq!(report["probably"], true, "{report}");
    assert!(stderr(&again).contains("most likely"), "{again:?}");
    assert!(unanswered_actions(&status(&home, &sandbox)).is_empty());
}

/// `cloudboard ARGS` (with `stdin`) interrupted by `signal` once its request that cannot be
/// asked twice is written down and has reached the sandbox, which holds every answer back.
fn interrupted_while_waiting(
    home: &Home,
    sandbox: &SandboxProcess,
    args: &[&str],
    stdin: &str,
    signal: Signal,
) -> std::process::Output {
    set_faults(sandbox, json!({ "latency_ms": 30000 }));
    let before = requests(sandbox);
    let mut child = spawn(home, sandbox, args, &[]);
    {
        use std::io::Write;
        let mut input = child.stdin.take().unwrap();
        input.write_all(stdin.as_bytes()).unwrap();
    }
    let deadline = Instant::now() + Duration::from_secs(30);
    while kept_on_disk(home).is_empty() {
        assert!(
            Instant::now() < deadline,
            "the request was never written down"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    // Written down before it leaves: now it reaches the sandbox (the count may already
    // include it; a short bound then, and the signal comes either way).
    let written = requests(sandbox).max(before);
    let reached = Instant::now() + Duration::from_secs(3);
    while requests(sandbox) == written && Instant::now() < reached {
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = kill_process(Pid::from_child(&child), signal);
    let out = child.wait_with_output().unwrap();
    set_faults(sandbox, json!({}));
    out
}

/// `cozy create` interrupted by `signal` while the Cloudery holds its answer back.
fn interrupted_creation(signal: Signal, expected: i32) {
    let sandbox = SandboxProcess::start();
    let home = Home::new(&format!("lost-signal-{}", signal.as_raw()));
    let out = interrupted_while_waiting(
        &home,
        &sandbox,
        &[
            "cozy",
            "create",
            "--email",
            "waiting@example.org",
            "--slug",
            "waiting",
            "--accept-terms",
        ],
        "",
        signal,
    );
    assert_eq!(code(&out), expected, "{out:?}");
    let said = stderr(&out);
    assert!(
        said.contains("The creation of waiting.mycozy.cloud for waiting@example.org was sent"),
        "{said}"
    );
    assert!(said.contains("it may still complete"), "{said}");
    assert!(said.contains("cloudboard cozy status"), "{said}");
    assert_eq!(
        unanswered_actions(&status(&home, &sandbox)),
        ["cozy_create"]
    );
}

#[test]
fn a_creation_interrupted_while_waiting_says_it_may_still_complete() {
    interrupted_creation(Signal::INT, 130);
}

#[test]
fn a_creation_ended_by_sigterm_while_waiting_says_it_may_still_complete() {
    interrupted_creation(Signal::TERM, 143);
}

/// Where a GET of `url` sends (no redirect followed): what a browser shows next.
fn location(url: &str) -> String {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            let r = common::sandbox::client().get(url).send().await.unwrap();
            r.headers()["location"].to_str().unwrap().to_string()
        })
}

#[test]
fn a_passphrase_interrupted_while_waiting_says_it_may_still_be_set() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("lost-passphrase-signal");
    let email = "slowset@example.org";
    assert_eq!(code(&create(&home, &sandbox, email, "slowset")), 0);
    // The address the email's link leads to: given so, nothing else is asked first.
    let link = location(&link_for(&sandbox, email));
    let out = interrupted_while_waiting(
        &home,
        &sandbox,
        &["cozy", "activate", "--link-stdin", "--passphrase-stdin"],
        &format!("{link}\ncorrect horse battery staple 42\n"),
        Signal::INT,
    );
    assert_eq!(code(&out), 130, "{out:?}");
    let said = stderr(&out);
    assert!(
        said.contains("The first passphrase of slowset.mycozy.cloud was sent"),
        "{said}"
    );
    assert!(said.contains("it may still complete"), "{said}");
    assert_eq!(
        unanswered_actions(&status(&home, &sandbox)),
        ["cozy_passphrase"]
    );
}

#[test]
fn quitting_the_wizard_while_a_creation_is_unanswered_says_so_and_the_menu_keeps_it() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("lost-quit");
    let mut wizard = home.wizard(&sandbox);
    wizard.wait_for("Open a cloud account");
    wizard.send("1");
    wizard.wait_for("Your email address");
    wizard.type_text("quit@example.org");
    wizard.send("\r");
    wizard.wait_for("Your Cozy's address");
    wizard.type_text("quitting");
    wizard.wait_for("https://quitting.mycozy.cloud");
    wizard.send("\r");
    wizard.wait_for("Terms of service");
    wizard.send(" ");
    wizard.wait_for("[x] I accept");
    wizard.send("\r");
    wizard.wait_for("Check and create");
    set_faults(&sandbox, json!({ "latency_ms": 30000 }));
    wizard.send("\r");
    wizard.wait_for("Asking the Cloudery");
    wizard.send("\x03");
    wizard.wait_for("it may still complete");
    wizard.send("y");
    wizard.wait_exit();
    set_faults(&sandbox, json!({}));

    let mut again = home.wizard(&sandbox);
    again.wait_for("Was quitting.mycozy.cloud created?");
    again.send("\r");
    again.wait_for("its answer was lost");
    again.send("\x1b");
    again.wait_for("Check and create");
}

fn sigma_create(home: &Home, sandbox: &SandboxProcess, email: &str) -> std::process::Output {
    run(
        home,
        sandbox,
        &["cloudsigma", "create-account", "--email", email, "--json"],
        "",
        &[],
    )
}

/// The requests the state file keeps as sent and unanswered.
fn kept_on_disk(home: &Home) -> Vec<Value> {
    let text = std::fs::read_to_string(home.dir.join("data/cloudboard/state.json"))
        .unwrap_or_else(|_| "{}".into());
    let state: Value = serde_json::from_str(&text).expect("the state file is JSON");
    state["unanswered"].as_array().cloned().unwrap_or_default()
}

#[test]
fn a_cloudsigma_account_whose_answer_is_lost_is_found_again_as_the_person_s_own() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("lost-sigma");
    let email = "lostsigma@example.org";
    set_faults(&sandbox, json!({ "lose_answer_to": "sigma_create" }));

    let out = sigma_create(&home, &sandbox, email);
    assert_eq!(code(&out), 3, "{out:?}");
    assert!(
        stderr(&out).contains("may have opened the account for lostsigma@example.org"),
        "{out:?}"
    );
    let kept = kept_on_disk(&home);
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(kept[0]["action"], "cloudsigma_create");
    assert_eq!(kept[0]["email"], email);

    let again = sigma_create(&home, &sandbox, email);
    assert_eq!(code(&again), 0, "{again:?}");
    let report = json(&again);
    assert_eq!(report["probably"], true, "{report}");
    assert!(stderr(&again).contains("most likely exists"), "{again:?}");
    assert_eq!(kept_on_disk(&home).len(), 1);

    // Without an unanswered request before, an existing account is refused as ever.
    let other = Home::new("lost-sigma-other");
    let refused = sigma_create(&other, &sandbox, email);
    assert_eq!(code(&refused), 1, "{refused:?}");
    assert!(kept_on_disk(&other).is_empty());
}

fn interrupted_cloudsigma_creation(signal: Signal, expected: i32) {
    let sandbox = SandboxProcess::start();
    let home = Home::new(&format!("lost-sigma-signal-{}", signal.as_raw()));
    let out = interrupted_while_waiting(
        &home,
        &sandbox,
        &[
            "cloudsigma",
            "create-account",
            "--email",
            "slow@example.org",
        ],
        "",
        signal,
    );
    assert_eq!(code(&out), expected, "{out:?}");
    assert!(
        stderr(&out).contains("A CloudSigma account for slow@example.org"),
        "{out:?}"
    );
    assert!(stderr(&out).contains("it may still complete"), "{out:?}");
    assert_eq!(kept_on_disk(&home).len(), 1);
}

#[test]
fn a_cloudsigma_creation_interrupted_while_waiting_says_it_may_still_complete() {
    interrupted_cloudsigma_creation(Signal::INT, 130);
}

#[test]
fn a_cloudsigma_creation_ended_by_sigterm_while_waiting_says_it_may_still_complete() {
    interrupted_cloudsigma_creation(Signal::TERM, 143);
}
