//! A request that cannot be asked twice whose answer never arrives — the sandbox does the
//! work and closes the connection (`lose_answer_to`), or the command is interrupted while
//! it waits — is kept, said to have maybe happened, and found again: a later "taken" or
//! "spent" is read as the person's own earlier request, never someone else's.

use crate::common;

use std::time::{Duration, Instant};

use common::cli::{activate, cozy_create, exit_code, redirect, run, spawn, stderr, stdout_json};
use common::home::Home;
use common::sandbox::SandboxProcess;
use rustix::process::{Pid, Signal, kill_process};
use serde_json::{Value, json};

fn create(home: &Home, sandbox: &SandboxProcess, email: &str, slug: &str) -> std::process::Output {
    cozy_create(home, sandbox, email, slug, &["--accept-terms", "--json"])
}

fn status(home: &Home, sandbox: &SandboxProcess) -> Value {
    let out = run(home, sandbox, &["cozy", "status", "--json"]);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    stdout_json(&out)
}

fn unanswered_actions(status: &Value) -> Vec<String> {
    status["unanswered"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|s| s["action"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn a_creation_whose_answer_is_lost_is_kept_and_found_again_as_the_person_s_own() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("lost-create");
    let email = "lost@example.org";
    sandbox.set_faults(json!({ "lose_answer_to": "cozy_create" }));

    let out = create(&home, &sandbox, email, "lostone");
    assert_eq!(exit_code(&out), 3, "{out:?}");
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
    assert_eq!(exit_code(&other), 1, "{other:?}");
    assert!(stderr(&other).contains("already taken"), "{other:?}");
    assert!(!stderr(&other).contains("your own"), "{other:?}");

    // The same person trying again: the address is most likely theirs.
    let again = create(&home, &sandbox, email, "lostone");
    assert_eq!(exit_code(&again), 0, "{again:?}");
    let report = stdout_json(&again);
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
    let activated = activate(&home, &sandbox, &sandbox.link_to(email));
    assert_eq!(exit_code(&activated), 0, "{activated:?}");
    assert!(unanswered_actions(&status(&home, &sandbox)).is_empty());
}

#[test]
fn a_passphrase_whose_answer_is_lost_is_found_set_when_the_link_is_spent() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("lost-passphrase");
    let email = "setonce@example.org";
    let out = create(&home, &sandbox, email, "setonce");
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let link = sandbox.link_to(email);
    sandbox.set_faults(json!({ "lose_answer_to": "cozy_passphrase" }));

    let lost = activate(&home, &sandbox, &link);
    assert_eq!(exit_code(&lost), 3, "{lost:?}");
    assert!(
        stderr(&lost).contains("may have taken your passphrase"),
        "{lost:?}"
    );
    assert_eq!(
        unanswered_actions(&status(&home, &sandbox)),
        ["cozy_passphrase"]
    );

    let again = activate(&home, &sandbox, &link);
    assert_eq!(exit_code(&again), 0, "{again:?}");
    let report = stdout_json(&again);
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
    sandbox.set_faults(json!({ "latency_ms": 30000 }));
    let before = sandbox.requests();
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
    let written = sandbox.requests().max(before);
    let reached = Instant::now() + Duration::from_secs(3);
    while sandbox.requests() == written && Instant::now() < reached {
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = kill_process(Pid::from_child(&child), signal);
    let out = child.wait_with_output().unwrap();
    sandbox.set_faults(json!({}));
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
    assert_eq!(exit_code(&out), expected, "{out:?}");
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

#[test]
fn a_passphrase_interrupted_while_waiting_says_it_may_still_be_set() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("lost-passphrase-signal");
    let email = "slowset@example.org";
    assert_eq!(exit_code(&create(&home, &sandbox, email, "slowset")), 0);
    // The address the email's link leads to: given so, nothing else is asked first.
    let link = redirect(&sandbox.link_to(email));
    let out = interrupted_while_waiting(
        &home,
        &sandbox,
        &["cozy", "activate", "--link-stdin", "--passphrase-stdin"],
        &format!("{link}\ncorrect horse battery staple 42\n"),
        Signal::INT,
    );
    assert_eq!(exit_code(&out), 130, "{out:?}");
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
    common::wizard::cozy_to_confirm(&mut wizard, "quit@example.org", "quitting");
    sandbox.set_faults(json!({ "latency_ms": 30000 }));
    wizard.send("\r");
    wizard.wait_for("Asking the Cloudery");
    wizard.send("\x03");
    wizard.wait_for("it may still complete");
    wizard.send("y");
    wizard.wait_exit();
    sandbox.set_faults(json!({}));

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
    )
}

/// The requests the state file keeps as sent and unanswered.
fn kept_on_disk(home: &Home) -> Vec<Value> {
    home.state()["unanswered"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

#[test]
fn a_cloudsigma_account_whose_answer_is_lost_is_found_again_as_the_person_s_own() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("lost-sigma");
    let email = "lostsigma@example.org";
    sandbox.set_faults(json!({ "lose_answer_to": "sigma_create" }));

    let out = sigma_create(&home, &sandbox, email);
    assert_eq!(exit_code(&out), 3, "{out:?}");
    assert!(
        stderr(&out).contains("may have opened the account for lostsigma@example.org"),
        "{out:?}"
    );
    let kept = kept_on_disk(&home);
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(kept[0]["action"], "cloudsigma_create");
    assert_eq!(kept[0]["email"], email);

    let again = sigma_create(&home, &sandbox, email);
    assert_eq!(exit_code(&again), 0, "{again:?}");
    let report = stdout_json(&again);
    assert_eq!(report["probably"], true, "{report}");
    assert!(stderr(&again).contains("most likely exists"), "{again:?}");
    assert_eq!(kept_on_disk(&home).len(), 1);

    // Without an unanswered request before, an existing account is refused as ever.
    let other = Home::new("lost-sigma-other");
    let refused = sigma_create(&other, &sandbox, email);
    assert_eq!(exit_code(&refused), 1, "{refused:?}");
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
    assert_eq!(exit_code(&out), expected, "{out:?}");
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
