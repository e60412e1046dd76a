//! Every scriptable subcommand against a sandbox running as its own process, in text and in
//! `--json`, with the documented exit codes: 0 done, 1 refused by the provider, 2 bad usage
//! or input, 3 network or server failure, 130 interrupted.

use crate::common;

use std::io::Write;
use std::process::{Output, Stdio};

use common::cli::{
    activate, bare, bob_waiting_for_his_code, cleura_login, cloudsigma_login, command, command_at,
    cozy_create, exit_code, redirect, run, run_with, stderr, stdout, stdout_json,
};
use common::home::Home;
use common::sandbox::SandboxProcess;
use rustix::process::{Pid, Signal, kill_process};
use serde_json::Value;

#[test]
fn cleura_login_regions_projects_logout() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-cleura");
    let out = cleura_login(&home, &sandbox, "alice", "alice-password", &[]);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    assert!(
        stderr(&out).contains("Signed in to Cleura as alice"),
        "{out:?}"
    );
    assert!(stdout(&out).is_empty(), "a notice is not a result: {out:?}");
    assert!(!stderr(&out).contains("alice-password"));

    let out = run(&home, &sandbox, &["cleura", "regions"]);
    assert_eq!(exit_code(&out), 0);
    for tag in ["Sto2", "Fra1", "Kna1"] {
        assert!(stdout(&out).contains(tag), "{}", stdout(&out));
    }
    let out = run(&home, &sandbox, &["cleura", "regions", "--json"]);
    let regions = stdout_json(&out);
    assert_eq!(regions["regions"].as_array().unwrap().len(), 3);
    assert_eq!(regions["login"], "alice");

    let out = run(&home, &sandbox, &["cleura", "projects", "Sto2", "--json"]);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let projects = stdout_json(&out);
    assert_eq!(projects["domain_id"], "79b0cef45b504586ad0bf057dc4cb8b8");
    assert!(!projects["projects"].as_array().unwrap().is_empty());
    let out = run(&home, &sandbox, &["cleura", "projects", "Nowhere"]);
    assert_eq!(exit_code(&out), 2, "an unknown domain is bad input");

    let out = run(&home, &sandbox, &["cleura", "logout"]);
    assert_eq!(exit_code(&out), 0);
    assert!(stderr(&out).contains("Signed out"), "{out:?}");
    let out = run(&home, &sandbox, &["cleura", "regions", "--json"]);
    assert_eq!(
        exit_code(&out),
        2,
        "not signed in: nothing to read, nothing sent"
    );
    assert_eq!(stdout_json(&out)["error"]["exit_code"], 2);
}

#[test]
fn cleura_refusals_and_failures_have_their_codes() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-cleura-fail");
    let out = cleura_login(&home, &sandbox, "alice", "wrong", &["--json"]);
    assert_eq!(exit_code(&out), 1);
    let error = stdout_json(&out);
    assert_eq!(error["error"]["kind"], "refused");
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("Invalid login or password")
    );
    // The password from the environment, for scripts.
    let out = run_with(
        &home,
        &sandbox,
        &["cleura", "login", "--login", "alice"],
        "",
        &[("CLOUDBOARD_CLEURA_PASSWORD", "alice-password")],
    );
    assert_eq!(exit_code(&out), 0, "{out:?}");
    // Without a terminal, a password that was not given is bad usage, not a hang.
    let home2 = Home::new("script-cleura-nopw");
    let out = run(&home2, &sandbox, &["cleura", "login", "--login", "alice"]);
    assert_eq!(exit_code(&out), 2, "{out:?}");
    // A server nobody answers at is a network failure.
    let login = ["cleura", "login", "--login", "alice", "--password-stdin"];
    let mut child = command_at(&home2, "http://127.0.0.1:9", &login)
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"pw\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(exit_code(&out), 3, "{out:?}");
}

/// A listing Cleura refuses (a login whose role may not list) is a refusal, exit 1; one it
/// fails to answer is a failure, exit 3: the same in text and `--json`.
#[test]
fn a_refused_cleura_listing_exits_1_and_a_failed_one_3() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-cleura-listing");
    let out = cleura_login(&home, &sandbox, "alice", "alice-password", &[]);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let cases = [
        (
            "projects_status",
            403,
            &["cleura", "projects", "Sto2"][..],
            1,
            "refused",
        ),
        (
            "projects_status",
            502,
            &["cleura", "projects", "Sto2"],
            3,
            "failure",
        ),
        ("domains_status", 403, &["cleura", "regions"], 1, "refused"),
        ("domains_status", 500, &["cleura", "regions"], 3, "failure"),
    ];
    for (route, status, args, exit, kind) in cases {
        sandbox.set_faults(serde_json::json!({"cleura": {route: status}}));
        let out = run(&home, &sandbox, args);
        assert_eq!(exit_code(&out), exit, "{route} {status}: {out:?}");
        let out = run(&home, &sandbox, &[args, &["--json"]].concat());
        assert_eq!(exit_code(&out), exit, "{route} {status}: {out:?}");
        let error = &stdout_json(&out)["error"];
        assert_eq!(error["kind"], kind, "{route} {status}: {error}");
        assert_eq!(error["exit_code"], exit, "{error}");
        if status == 403 {
            let message = error["message"].as_str().unwrap();
            assert!(message.contains("No access"), "Cleura's words: {message}");
        }
    }
    sandbox.set_faults(serde_json::json!({}));
    let out = run(&home, &sandbox, &["cleura", "regions"]);
    assert_eq!(exit_code(&out), 0, "a refusal keeps the sign-in: {out:?}");
}

/// `--lang LANG ARGS`, in text then in `--json`, each ending with `exit` and saying
/// `sentence` once: as the one error line on stderr, and as the JSON's `error.message`.
fn says_once(
    run: impl Fn(&[&str]) -> Output,
    lang: &str,
    args: &[&str],
    exit: i32,
    sentence: &str,
) {
    let args = [&["--lang", lang][..], args].concat();
    let label = args.join(" ");
    let prefix = if lang == "fr" {
        "cloudboard\u{a0}: "
    } else {
        "cloudboard: "
    };
    let out = run(&args);
    assert_eq!(exit_code(&out), exit, "{label}: {out:?}");
    assert_eq!(stderr(&out), format!("{prefix}{sentence}\n"), "{label}");
    let out = run(&[&args[..], &["--json"]].concat());
    assert_eq!(exit_code(&out), exit, "{label} --json: {out:?}");
    let error = &stdout_json(&out)["error"];
    assert_eq!(error["message"], sentence, "{label} --json");
    assert_eq!(error["exit_code"], exit, "{label} --json");
}

/// What `cleura regions`, `cleura projects` and `cleura logout` say of a token kept from an
/// earlier run that Cleura would not take: what happened and the one thing to do, each said
/// once, in the run's language, the same sentence in text and in `--json`. Never the
/// sign-in form's advice (sign in now, or try again later) on top of the error's own, nor
/// advice the exit status contradicts (try again later, for a refusal).
#[test]
fn a_kept_cleura_token_refused_or_ended_is_said_once_with_the_one_thing_to_do() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-cleura-kept-refused");
    let login = || {
        let out = cleura_login(&home, &sandbox, "alice", "alice-password", &[]);
        assert_eq!(exit_code(&out), 0, "{out:?}");
    };
    let at_sandbox = |args: &[&str]| run(&home, &sandbox, args);
    let listings = [&["cleura", "regions"][..], &["cleura", "projects", "Sto2"]];
    login();

    // Refused for another reason than the token (a login whose role may not list): still
    // kept; trying again will not help, another login may.
    sandbox.set_faults(serde_json::json!({"cleura": {"domains_status": 403}}));
    let no_access = "No access: Your user does not have access to this method.";
    for args in listings {
        says_once(
            at_sandbox,
            "en",
            args,
            1,
            &format!(
                "Cleura refused to list the regions with the token kept for alice ({no_access}): \
             sign in as a login allowed to list them, with `cloudboard cleura login --login LOGIN`."
            ),
        );
        says_once(
            at_sandbox,
            "fr",
            args,
            1,
            &format!(
                "Cleura a refusé de lister les régions avec le jeton gardé pour alice ({no_access})\u{a0}: \
             connectez-vous avec un identifiant autorisé à les lister, par \
             `cloudboard cleura login --login LOGIN`."
            ),
        );
    }
    says_once(
        at_sandbox,
        "en",
        &["cleura", "logout"],
        1,
        &format!(
            "Cleura refused the token kept for alice ({no_access}), so nothing was signed out and \
         it is still kept on this machine."
        ),
    );
    says_once(
        at_sandbox,
        "fr",
        &["cleura", "logout"],
        1,
        &format!(
            "Cleura a refusé le jeton gardé pour alice ({no_access})\u{a0}: aucune session n’a été \
         fermée et il est toujours gardé sur cette machine."
        ),
    );
    assert!(home.secret_file("cleura-sandbox").exists(), "still kept");
    sandbox.set_faults(serde_json::json!({}));

    // Expired: forgotten, and said so; sign in again, as alice. Each run forgets it.
    let ended = |args: &[&str]| {
        login();
        sandbox.advance_clock(3700.0);
        let out = at_sandbox(args);
        assert!(
            !home.secret_file("cleura-sandbox").exists(),
            "said forgotten: {out:?}"
        );
        out
    };
    for args in listings {
        says_once(
            ended,
            "en",
            args,
            1,
            "The token kept for alice no longer works (Invalid token) and was forgotten: sign in \
             again with `cloudboard cleura login --login alice`.",
        );
        says_once(
            ended,
            "fr",
            args,
            1,
            "Le jeton gardé pour alice ne fonctionne plus (Invalid token) et a été oublié\u{a0}: \
             reconnectez-vous avec `cloudboard cleura login --login alice`.",
        );
    }
}

/// A region's projects Cleura refuses to a login whose token works (dave's access covers
/// Stockholm only): one sentence, what happened in Cleura's words and the one thing to do,
/// ask an administrator of the account; a refusal, exit 1; the sign-in stays kept.
#[test]
fn projects_refused_to_a_login_without_access_say_whom_to_ask() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-cleura-no-access");
    let out = cleura_login(&home, &sandbox, "dave", "dave-password", &[]);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let at_sandbox = |args: &[&str]| run(&home, &sandbox, args);
    let no_access = "No access: Your user does not have access to this method.";
    says_once(
        at_sandbox,
        "en",
        &["cleura", "projects", "Fra1"],
        1,
        &format!(
            "Cleura does not let dave list the projects of Germany / Frankfurt (Fra1) \
             ({no_access}): ask an administrator of the Cleura account to give dave access to \
             them."
        ),
    );
    says_once(
        at_sandbox,
        "fr",
        &["cleura", "projects", "Fra1"],
        1,
        &format!(
            "Cleura ne laisse pas dave lister les projets de Germany / Frankfurt (Fra1) \
             ({no_access})\u{a0}: demandez à un administrateur du compte Cleura de donner à dave \
             l’accès à ces projets."
        ),
    );
    let out = at_sandbox(&["cleura", "projects", "Fra1", "--json"]);
    assert_eq!(stdout_json(&out)["error"]["kind"], "refused");
    let out = at_sandbox(&["cleura", "projects", "Sto2"]);
    assert_eq!(
        exit_code(&out),
        0,
        "Stockholm's are his, the token still works: {out:?}"
    );
    assert!(stdout(&out).contains("dave-sto2-default"), "{out:?}");
}

/// A kept token the server or the network kept from being checked stays kept: the command
/// says what failed with the error's own advice, once, and nothing about signing in. (Each
/// run waits for its retries: what is the same for every command is tried with one.)
#[test]
fn a_kept_cleura_token_that_could_not_be_checked_is_said_once_with_the_one_thing_to_do() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-cleura-kept-unchecked");
    let out = cleura_login(&home, &sandbox, "alice", "alice-password", &[]);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let at_sandbox = |args: &[&str]| run(&home, &sandbox, args);

    sandbox.set_faults(serde_json::json!({"cleura": {"domains_status": 500}}));
    says_once(
        at_sandbox,
        "en",
        &["cleura", "regions"],
        3,
        "The token kept for alice could not be checked: the server failed (500): Internal Server \
         Error. Try again later.",
    );
    says_once(
        at_sandbox,
        "fr",
        &["cleura", "regions"],
        3,
        "Le jeton gardé pour alice n’a pas pu être vérifié\u{a0}: le serveur a échoué \
         (500)\u{a0}: Internal Server Error. Réessayez plus tard.",
    );
    says_once(
        at_sandbox,
        "en",
        &["cleura", "logout"],
        3,
        "The token kept for alice could not be checked (the server failed (500): Internal Server \
         Error), so nothing was signed out and it is still kept on this machine: run \
         `cloudboard cleura logout` again once Cleura can be reached.",
    );

    // Nobody answering at the same address.
    let url = sandbox.url.clone();
    drop(sandbox);
    let down = nobody_at(&home, &url);
    says_once(
        down,
        "en",
        &["cleura", "projects", "Sto2"],
        3,
        "The token kept for alice could not be checked: cannot reach 127.0.0.1: the connection \
         was refused. Check your network connection, then try again.",
    );
    says_once(
        down,
        "fr",
        &["cleura", "projects", "Sto2"],
        3,
        "Le jeton gardé pour alice n’a pas pu être vérifié\u{a0}: impossible de joindre \
         127.0.0.1\u{a0}: la connexion a été refusée. Vérifiez votre connexion réseau, puis \
         réessayez.",
    );
    says_once(
        down,
        "fr",
        &["cleura", "logout"],
        3,
        "Le jeton gardé pour alice n’a pas pu être vérifié (impossible de joindre \
         127.0.0.1\u{a0}: la connexion a été refusée)\u{a0}: aucune session n’a été fermée et \
         il est toujours gardé sur cette machine\u{202f}; relancez `cloudboard cleura logout` \
         quand Cleura sera joignable.",
    );
    assert!(home.secret_file("cleura-sandbox").exists(), "still kept");
}

/// What `cloudsigma whoami` and `cloudsigma logout` say of a session kept from an earlier
/// run that CloudSigma would not take, or that could not be read: what happened and the one
/// thing to do, each said once, in the run's language, the same sentence in text and in
/// `--json`. Never the sign-in screen's advice (sign in again) on top of its own, nor a
/// session said forgotten while it is still kept.
#[test]
fn a_kept_cloudsigma_session_refused_or_ended_is_said_once_with_the_one_thing_to_do() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-sigma-kept-refused");
    let login = || {
        let out = cloudsigma_login(&home, &sandbox, "demo-password", &[]);
        assert_eq!(exit_code(&out), 0, "{out:?}");
    };
    let at_sandbox = |args: &[&str]| run(&home, &sandbox, args);
    let whoami = &["cloudsigma", "whoami"][..];
    let logout = &["cloudsigma", "logout"][..];
    let kept = |field: &str, value: Value| {
        let text = std::fs::read_to_string(home.secret()).unwrap();
        let mut kept: Value = serde_json::from_str(&text).unwrap();
        kept[field] = value;
        std::fs::write(home.secret(), kept.to_string()).unwrap();
    };
    login();

    // Refused for another reason than its end (its CSRF token is not the session's): still
    // kept; a new sign-in replaces it.
    kept("csrftoken", Value::from("stale"));
    let csrf = "CSRF Failed: CSRF token missing or incorrect.";
    says_once(
        at_sandbox,
        "en",
        whoami,
        1,
        &format!(
            "CloudSigma refused the session kept for demo@example.org ({csrf}), which is still \
             kept on this machine: sign in again with \
             `cloudboard cloudsigma login --email demo@example.org --location ZRH` to replace it."
        ),
    );
    says_once(
        at_sandbox,
        "fr",
        whoami,
        1,
        &format!(
            "CloudSigma a refusé la session gardée pour demo@example.org ({csrf}), qui est \
             toujours gardée sur cette machine\u{a0}: reconnectez-vous avec \
             `cloudboard cloudsigma login --email demo@example.org --location ZRH` pour la \
             remplacer."
        ),
    );
    says_once(
        at_sandbox,
        "en",
        logout,
        1,
        &format!(
            "CloudSigma refused the session kept for demo@example.org ({csrf}), so nothing was \
             signed out and it is still kept on this machine."
        ),
    );
    says_once(
        at_sandbox,
        "fr",
        logout,
        1,
        &format!(
            "CloudSigma a refusé la session gardée pour demo@example.org ({csrf})\u{a0}: aucune \
             session n’a été fermée et elle est toujours gardée sur cette machine."
        ),
    );
    assert!(home.secret().exists(), "still kept");
    login();
    let out = at_sandbox(whoami);
    assert_eq!(exit_code(&out), 0, "replaced by the new sign-in: {out:?}");

    // Past its cookie's end: forgotten, nothing sent; sign in again. Each run forgets it.
    let expired = |args: &[&str]| {
        login();
        kept("expires", Value::from(1_000_000_000u64));
        let out = at_sandbox(args);
        assert!(!home.secret().exists(), "said forgotten: {out:?}");
        out
    };
    says_once(
        expired,
        "en",
        whoami,
        1,
        "The CloudSigma session kept for demo@example.org at Zurich, Switzerland (ZRH) has \
         expired and was forgotten: sign in again with \
         `cloudboard cloudsigma login --email demo@example.org --location ZRH`.",
    );
    says_once(
        expired,
        "fr",
        whoami,
        1,
        "La session CloudSigma gardée pour demo@example.org à Zurich, Switzerland (ZRH) a \
         expiré et a été oubliée\u{a0}: reconnectez-vous avec \
         `cloudboard cloudsigma login --email demo@example.org --location ZRH`.",
    );

    // Ended on CloudSigma's side (by its clock): forgotten too.
    let ended = |args: &[&str]| {
        sandbox.set_faults(serde_json::json!({"cloudsigma_session_secs": 60}));
        login();
        sandbox.set_faults(serde_json::json!({}));
        sandbox.advance_clock(120.0);
        let out = at_sandbox(args);
        assert!(!home.secret().exists(), "said forgotten: {out:?}");
        out
    };
    says_once(
        ended,
        "en",
        whoami,
        1,
        "The CloudSigma session kept for demo@example.org at Zurich, Switzerland (ZRH) has \
         ended (Not signed in) and was forgotten: sign in again with \
         `cloudboard cloudsigma login --email demo@example.org --location ZRH`.",
    );
    says_once(
        ended,
        "fr",
        whoami,
        1,
        "La session CloudSigma gardée pour demo@example.org à Zurich, Switzerland (ZRH) a pris \
         fin (Not signed in) et a été oubliée\u{a0}: reconnectez-vous avec \
         `cloudboard cloudsigma login --email demo@example.org --location ZRH`.",
    );
    // Signing out of a session that ended is done: there is nothing left to end.
    let out = ended(logout);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    assert_eq!(
        stderr(&out),
        "The kept session had ended already and was forgotten; there is nothing more to sign \
         out of.\n"
    );

    // Damaged: it could not be read, and nothing was sent with it.
    let damaged = |args: &[&str]| {
        login();
        std::fs::write(home.secret(), "garbage").unwrap();
        at_sandbox(args)
    };
    let unreadable = "it is not a session cloudboard wrote (it is not JSON)";
    says_once(
        damaged,
        "en",
        whoami,
        3,
        &format!(
            "The CloudSigma session kept on this machine could not be read ({unreadable}): sign \
             in again with `cloudboard cloudsigma login --email EMAIL`."
        ),
    );
    says_once(
        damaged,
        "fr",
        logout,
        3,
        "La session CloudSigma gardée sur cette machine n’a pas pu être lue (ce n’est pas une \
         session écrite par cloudboard (ce n’est pas du JSON))\u{a0}: aucune session n’a été \
         fermée.",
    );
}

/// A kept session the server or the network kept from being checked stays kept: the
/// command says what failed with the error's own advice, once, and nothing about signing
/// in.
#[test]
fn a_kept_cloudsigma_session_that_could_not_be_checked_is_said_once_with_the_one_thing_to_do() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-sigma-kept-unchecked");
    let out = cloudsigma_login(&home, &sandbox, "demo-password", &[]);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let at_sandbox = |args: &[&str]| run(&home, &sandbox, args);

    sandbox.set_faults(serde_json::json!({"error_rate": 1.0}));
    let busy = "The service is unavailable for now: The service is temporarily unavailable (a \
                fault injected by the sandbox)";
    says_once(
        at_sandbox,
        "en",
        &["cloudsigma", "whoami"],
        3,
        &format!(
            "The CloudSigma session kept for demo@example.org could not be checked: {busy}. The \
             server asks to wait 1 second; try again then."
        ),
    );
    says_once(
        at_sandbox,
        "en",
        &["cloudsigma", "logout"],
        3,
        &format!(
            "The CloudSigma session kept for demo@example.org could not be checked ({busy}), so \
             nothing was signed out and it is still kept on this machine: run \
             `cloudboard cloudsigma logout` again once CloudSigma can be reached."
        ),
    );

    // Nobody answering at the same address.
    let url = sandbox.url.clone();
    drop(sandbox);
    let down = nobody_at(&home, &url);
    says_once(
        down,
        "en",
        &["cloudsigma", "whoami"],
        3,
        "The CloudSigma session kept for demo@example.org could not be checked: cannot reach \
         127.0.0.1: the connection was refused. Check your network connection, then try again.",
    );
    says_once(
        down,
        "fr",
        &["cloudsigma", "whoami"],
        3,
        "La session CloudSigma gardée pour demo@example.org n’a pas pu être vérifiée\u{a0}: \
         impossible de joindre 127.0.0.1\u{a0}: la connexion a été refusée. Vérifiez votre \
         connexion réseau, puis réessayez.",
    );
    says_once(
        down,
        "fr",
        &["cloudsigma", "logout"],
        3,
        "La session CloudSigma gardée pour demo@example.org n’a pas pu être vérifiée \
         (impossible de joindre 127.0.0.1\u{a0}: la connexion a été refusée)\u{a0}: aucune \
         session n’a été fermée et elle est toujours gardée sur cette machine\u{202f}; relancez \
         `cloudboard cloudsigma logout` quand CloudSigma sera joignable.",
    );
    assert!(home.secret().exists(), "still kept");
}

#[test]
fn cleura_sms_login_reads_the_code_from_stdin_after_the_password() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-cleura-sms");
    let waiting = bob_waiting_for_his_code(&home, &sandbox, &["--json"]);
    let code_sent = waiting.code.clone();
    let out = waiting.answered();
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let report = stdout_json(&out);
    assert_eq!(report["login"], "bob");
    assert_eq!(report["regions"].as_array().unwrap().len(), 3);
    assert!(!stdout(&out).contains(&code_sent), "the code is not echoed");
}

/// A second factor other than SMS, in both API versions: refused with the reason, and no
/// SMS is ever requested for it.
#[test]
fn cleura_login_with_a_webauthn_account_is_refused_in_words_without_an_sms() {
    let sandbox = SandboxProcess::start();
    for api in ["v1", "v2"] {
        let home = Home::new(&format!("script-cleura-webauthn-{api}"));
        let config = std::fs::read_to_string(home.config()).unwrap();
        std::fs::write(
            home.config(),
            format!("{config}[cleura]\napi = \"{api}\"\n"),
        )
        .unwrap();
        let out = cleura_login(&home, &sandbox, "carol", "carol-password", &["--json"]);
        assert_eq!(exit_code(&out), 1, "{api}: {out:?}");
        let error = stdout_json(&out);
        assert_eq!(error["error"]["kind"], "refused");
        let message = error["error"]["message"].as_str().unwrap();
        assert!(message.contains("(webauthn)"), "{api}: {message}");
        assert!(message.contains("only takes SMS codes"), "{api}: {message}");
    }
    assert!(
        sandbox.outbox().iter().all(|m| m["kind"] != "sms"),
        "no SMS for a WebAuthn account"
    );
}

/// A verification that ended before its code came back is a question a script has no answer
/// for: the command ends on the refusal and never signs in again by itself.
#[test]
fn cleura_sms_login_with_an_ended_verification_ends_refused_without_signing_in_again() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-cleura-ended");
    let waiting = bob_waiting_for_his_code(&home, &sandbox, &["--json"]);
    // The verification lasts ten minutes.
    sandbox.advance_clock(660.0);
    let out = waiting.answered();
    assert_eq!(exit_code(&out), 1, "{out:?}");
    let error = stdout_json(&out);
    assert_eq!(error["error"]["kind"], "refused");
    let message = error["error"]["message"].as_str().unwrap();
    assert!(message.contains("expired"), "{message}");
    assert_eq!(sandbox.sms_sent(), 1, "no second sign-in, no second code");
}

/// A code Cleura could not judge (the network, a busy server) is sent again by a key on the
/// wizard's screen; a script's code is read once, so the command ends with status 3 saying
/// what a script can do: run it again, which signs in anew for a new code. Never the key.
#[test]
fn cleura_sms_login_whose_code_was_not_checked_says_to_run_it_again_never_a_key() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-cleura-unchecked-code");
    let unavailable = |lang: &str, json: bool| {
        let extra = [&["--lang", lang][..], if json { &["--json"] } else { &[] }].concat();
        let waiting = bob_waiting_for_his_code(&home, &sandbox, &extra);
        sandbox.set_faults(serde_json::json!({"error_rate": 1.0}));
        let out = waiting.answered();
        sandbox.set_faults(serde_json::json!({}));
        assert_eq!(exit_code(&out), 3, "{out:?}");
        assert!(!stderr(&out).contains("Enter"), "{out:?}");
        out
    };
    let out = unavailable("en", false);
    assert_eq!(
        stderr(&out).lines().last(),
        Some(
            "cloudboard: The SMS code could not be checked (The service is unavailable for now: \
             The service is temporarily unavailable (a fault injected by the sandbox)). Run the \
             same command again: it signs in anew, and Cleura sends a new code."
        ),
        "{out:?}"
    );
    let out = unavailable("fr", true);
    let error = &stdout_json(&out)["error"];
    assert_eq!(error["kind"], "failure");
    assert_eq!(
        error["message"],
        "Le code SMS n’a pas pu être vérifié (Le service est indisponible pour le moment\u{a0}: \
         The service is temporarily unavailable (a fault injected by the sandbox)). Relancez la \
         même commande\u{a0}: elle se reconnecte, et Cleura envoie un nouveau code."
    );
    assert!(
        !home.secret_file("cleura-sandbox").exists(),
        "not signed in"
    );
}

#[test]
fn an_interrupted_command_exits_130() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-interrupt");
    // Waiting for its code now, the SMS gone out: interrupted.
    let waiting = bob_waiting_for_his_code(&home, &sandbox, &[]);
    let _ = kill_process(Pid::from_child(&waiting.child), Signal::INT);
    let out = waiting.child.wait_with_output().unwrap();
    assert_eq!(exit_code(&out), 130, "{out:?}");
}

#[test]
fn cloudsigma_locations_create_login_whoami_logout() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-sigma");
    let out = run(&home, &sandbox, &["cloudsigma", "locations"]);
    assert_eq!(exit_code(&out), 0);
    assert!(stdout(&out).contains("ZRH"));
    assert!(
        stderr(&out).contains("CloudSigma's current list"),
        "the sandbox answered: {out:?}"
    );
    let out = run(&home, &sandbox, &["cloudsigma", "locations", "--json"]);
    let listed = stdout_json(&out);
    assert_eq!(listed["source"], "current");
    let locations = listed["locations"].as_array().unwrap();
    assert!(locations.iter().any(|l| l["code"] == "MTY"), "{listed}");
    assert!(
        locations
            .iter()
            .all(|l| l["api"] == format!("{}/cloudsigma/api/2.0/", sandbox.url)),
        "every location is the sandbox: {listed}"
    );

    let out = run(
        &home,
        &sandbox,
        &[
            "cloudsigma",
            "create-account",
            "--email",
            "fresh@example.org",
            "--json",
        ],
    );
    assert_eq!(exit_code(&out), 0, "{out:?}");
    assert!(stdout_json(&out)["uuid"].is_string(), "{out:?}");
    let out = run(
        &home,
        &sandbox,
        &[
            "cloudsigma",
            "create-account",
            "--email",
            "fresh@example.org",
        ],
    );
    assert_eq!(exit_code(&out), 1, "already registered: refused");
    let out = run(
        &home,
        &sandbox,
        &["cloudsigma", "create-account", "--email", "not-an-email"],
    );
    assert_eq!(exit_code(&out), 2, "bad input is caught before sending");

    let out = run(&home, &sandbox, &["cloudsigma", "whoami"]);
    assert_eq!(exit_code(&out), 2, "not signed in");
    let out = cloudsigma_login(&home, &sandbox, "demo-password", &[]);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let out = run(&home, &sandbox, &["cloudsigma", "whoami", "--json"]);
    assert_eq!(exit_code(&out), 0);
    let me = stdout_json(&out);
    assert_eq!(me["account"]["email"], "demo@example.org");
    assert!(me["account"]["uuid"].is_string());
    let out = run(&home, &sandbox, &["cloudsigma", "logout"]);
    assert_eq!(exit_code(&out), 0);
    let out = run(&home, &sandbox, &["cloudsigma", "whoami"]);
    assert_eq!(exit_code(&out), 2);
    let out = run_with(
        &home,
        &sandbox,
        &[
            "cloudsigma",
            "login",
            "--email",
            "demo@example.org",
            "--json",
        ],
        "",
        &[("CLOUDBOARD_CLOUDSIGMA_PASSWORD", "wrong-password")],
    );
    assert_eq!(exit_code(&out), 1);
    assert_eq!(stdout_json(&out)["error"]["kind"], "refused");
}

#[test]
fn cozy_create_status_activate_and_onboard_link() {
    let sandbox = SandboxProcess::quick();
    let home = Home::new("script-cozy");
    let out = cozy_create(&home, &sandbox, "sam@example.org", "sam", &[]);
    assert_eq!(exit_code(&out), 2, "the terms must be accepted");
    assert!(String::from_utf8_lossy(&out.stderr).contains("--accept-terms"));
    let json = ["--accept-terms", "--json"];
    let out = cozy_create(&home, &sandbox, "sam@example.org", "sam", &json);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    // Written before the command ends: the wizard's menu offers to continue with it.
    let state = home.state();
    assert_eq!(state["cozy"]["slug"], "sam", "{state}");
    let created = stdout_json(&out);
    assert_eq!(created["fqdn"], "sam.mycozy.cloud");
    assert_eq!(created["terms_version"], "1.0.0");
    let workflow = created["workflow"].as_str().unwrap().to_string();
    let out = run(&home, &sandbox, &["cozy", "status", &workflow, "--json"]);
    assert_eq!(stdout_json(&out)["status"], "succeeded");
    let terms = ["--accept-terms"];
    let out = cozy_create(&home, &sandbox, "x@example.org", "taken", &terms);
    assert_eq!(exit_code(&out), 1, "a taken address is refused");
    let out = cozy_create(&home, &sandbox, "x@example.org", "1abc", &terms);
    assert_eq!(exit_code(&out), 2, "a bad slug is caught before sending");

    let link = sandbox
        .outbox()
        .iter()
        .find(|m| m["to"] == "sam@example.org")
        .and_then(|m| m["link"].as_str().map(str::to_string))
        .expect("the activation email");
    let out = run_with(
        &home,
        &sandbox,
        &["cozy", "activate", "--link-stdin", "--passphrase-stdin"],
        &format!("{link}\nweak\n"),
        &[],
    );
    assert_eq!(
        exit_code(&out),
        2,
        "a weak passphrase is refused before anything is sent"
    );
    let out = run_with(
        &home,
        &sandbox,
        &[
            "cozy",
            "activate",
            "--link-stdin",
            "--passphrase-stdin",
            "--hint",
            "a horse",
            "--json",
        ],
        &format!("{link}\ncorrect horse battery staple 42\n"),
        &[],
    );
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let activated = stdout_json(&out);
    assert_eq!(activated["activated"], true);
    assert_eq!(activated["fqdn"], "sam.mycozy.cloud");
    assert!(
        activated["address"]
            .as_str()
            .unwrap()
            .contains("sam.mycozy.cloud")
    );
    // And forgotten before it ends, once activated: nothing is left to resume.
    let state = home.state();
    assert!(state["cozy"].is_null(), "{state}");
    let out = run_with(
        &home,
        &sandbox,
        &["cozy", "activate"],
        "",
        &[
            ("CLOUDBOARD_COZY_LINK", &link),
            (
                "CLOUDBOARD_COZY_PASSPHRASE",
                "correct horse battery staple 42",
            ),
        ],
    );
    assert_eq!(exit_code(&out), 1, "the token is spent");
    let out = run_with(
        &home,
        &sandbox,
        &["cozy", "activate", "--link-stdin", "--passphrase-stdin"],
        "not a link\nx\n",
        &[],
    );
    assert_eq!(exit_code(&out), 2);
    // A link on the command line is refused: it carries the register token.
    let out = run(&home, &sandbox, &["cozy", "activate", &link]);
    assert_eq!(exit_code(&out), 2);
    assert!(stderr(&out).contains("--link-stdin"), "{out:?}");
    assert!(
        !stderr(&out).contains(&link),
        "the token is not echoed: {out:?}"
    );

    let onboard = |args: &[&str]| run(&home, &sandbox, &[&["cozy", "onboard-link"], args].concat());
    let link_of = |out: &Output| stdout_json(out)["link"].as_str().unwrap().to_string();
    let out = onboard(&["--email", "a@b.org", "--json"]);
    assert!(link_of(&out).ends_with("/cozy/v2/cozy/onboard?email=a%40b.org&offer=cozy_default"));
    // The address is checked and lowered as its screen does.
    let out = onboard(&["--slug", "Alice", "--json"]);
    assert!(link_of(&out).contains("slug=alice&"));
    let out = onboard(&["--slug", "al-ice"]);
    assert_eq!(exit_code(&out), 2, "{out:?}");
    assert!(stderr(&out).contains("lowercase letters"), "{out:?}");
    let out = onboard(&["--qr"]);
    assert!(stdout(&out).contains('█'), "a QR code is drawn");
}

#[test]
fn completions_and_the_manual_come_from_the_same_definition() {
    let out = bare(&["completions", "bash"], &[]);
    assert_eq!(exit_code(&out), 0);
    let script = stdout(&out);
    assert!(
        script.contains("cloudboard") && script.contains("create-account"),
        "{script}"
    );
    let out = bare(&["man"], &[]);
    assert_eq!(exit_code(&out), 0);
    let page = stdout(&out);
    assert!(page.contains(".TH cloudboard"), "{page}");
    assert!(page.contains("sandbox"));
}

#[test]
fn a_given_cleura_login_wins_over_the_remembered_one() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-given-login");
    let out = cleura_login(&home, &sandbox, "alice", "alice-password", &[]);
    assert_eq!(exit_code(&out), 0);
    assert_eq!(exit_code(&run(&home, &sandbox, &["cleura", "logout"])), 0);
    // alice is remembered now; bob's password goes with bob's login, never with alice's.
    let out = cleura_login(&home, &sandbox, "bob", "wrong", &[]);
    assert_eq!(exit_code(&out), 1, "a wrong password is a refusal: {out:?}");
    let out = bob_waiting_for_his_code(&home, &sandbox, &["--json"]).answered();
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let report = stdout_json(&out);
    assert_eq!(report["login"], "bob");
    assert_eq!(report["session"], "new");
    // Only what this command sent is shown, not the codes of earlier runs.
    assert_eq!(
        stderr(&out).matches("Sandbox outbox:").count(),
        1,
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_kept_cleura_sign_in_is_said_to_be_kept_and_never_stands_for_another_login() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-kept-login");
    let out = cleura_login(&home, &sandbox, "alice", "alice-password", &[]);
    assert_eq!(exit_code(&out), 0);
    let out = cleura_login(&home, &sandbox, "alice", "a wrong password", &["--json"]);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    assert_eq!(stdout_json(&out)["session"], "kept");
    assert!(
        stderr(&out).contains("the password was not used"),
        "no check is claimed that did not happen: {out:?}"
    );
    let out = cleura_login(&home, &sandbox, "bob", "bob-password", &[]);
    assert_eq!(exit_code(&out), 2, "{out:?}");
    assert!(
        stderr(&out).contains("already signed in to Cleura as alice"),
        "{out:?}"
    );
    assert!(sandbox.outbox().is_empty(), "nothing was sent for bob");
}

#[test]
fn a_given_cloudsigma_location_wins_and_a_kept_session_elsewhere_is_not_taken_for_it() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-given-location");
    let login = |location: &str| -> Output {
        let at = ["--location", location, "--json"];
        cloudsigma_login(&home, &sandbox, "demo-password", &at)
    };
    let out = login("zrh");
    assert_eq!(exit_code(&out), 0, "{out:?}");
    assert_eq!(stdout_json(&out)["location"], "ZRH");
    let out = login("tyo");
    assert_eq!(exit_code(&out), 2, "signed in at zrh, not at tyo: {out:?}");
    assert_eq!(stdout_json(&out)["error"]["kind"], "usage");
    assert_eq!(
        exit_code(&run(&home, &sandbox, &["cloudsigma", "logout"])),
        0
    );
    // zrh is remembered now; the given location wins.
    let out = login("tyo");
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let me = stdout_json(&out);
    assert_eq!(me["location"], "TYO");
    assert_eq!(me["session"], "new");
    assert_eq!(me["account"]["email"], "demo@example.org");
    let out = run(&home, &sandbox, &["cloudsigma", "whoami", "--json"]);
    assert_eq!(stdout_json(&out)["location"], "TYO");
    let out = run(&home, &sandbox, &["cloudsigma", "whoami"]);
    assert!(stdout(&out).contains("Email"), "{out:?}");
    // whoami and logout take the location too: only the session's own.
    let out = run(
        &home,
        &sandbox,
        &["cloudsigma", "whoami", "--location", "fra"],
    );
    assert_eq!(exit_code(&out), 2, "{out:?}");
    assert!(
        stderr(&out).contains("opened at Tokyo, Japan (TYO)"),
        "{out:?}"
    );
    let out = run(
        &home,
        &sandbox,
        &["cloudsigma", "logout", "--location", "fra"],
    );
    assert_eq!(exit_code(&out), 2, "{out:?}");
    let out = run(
        &home,
        &sandbox,
        &["cloudsigma", "whoami", "--location", "tyo", "--json"],
    );
    assert_eq!(exit_code(&out), 0, "still signed in: {out:?}");
    let out = run(
        &home,
        &sandbox,
        &["cloudsigma", "logout", "--location", "TYO"],
    );
    assert_eq!(exit_code(&out), 0, "{out:?}");
    assert!(stderr(&out).contains("Signed out"), "{out:?}");
}

/// A kept session past its cookie's end is not sent: the command says it expired.
#[test]
fn cloudsigma_whoami_with_an_expired_kept_session_says_so_and_sends_nothing() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-sigma-expired");
    let out = cloudsigma_login(&home, &sandbox, "demo-password", &["--location", "fra"]);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let kept = std::fs::read_to_string(home.secret()).unwrap();
    let kept: Value = serde_json::from_str(&kept).unwrap();
    assert!(kept["expires"].as_u64().is_some(), "the Max-Age is kept");
    assert_eq!(kept["location"], "FRA");
    home.expire_kept_session();
    let before = sandbox.requests();
    let out = run(&home, &sandbox, &["cloudsigma", "whoami", "--json"]);
    assert_eq!(exit_code(&out), 1, "{out:?}");
    let message = stdout_json(&out)["error"]["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(message.contains("has expired"), "{message}");
    assert!(
        message.contains("Frankfurt"),
        "where it was opened: {message}"
    );
    assert_eq!(sandbox.requests(), before, "nothing was sent with it");
}

/// A kept session is named as it was at its sign-in. A location only CloudSigma's current
/// list has (the sandbox's MTY; in the sandbox every location shares one address) stays
/// itself, by its code and name, and one opened at a partner's address stays at that address.
/// The advice to sign in again names the location: pasted as printed, it signs in there,
/// even after another location was chosen since.
#[test]
fn a_kept_cloudsigma_session_stays_where_and_as_it_was_named_at_its_sign_in() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-sigma-sign-in-again");
    let at_mty = ["--location", "mty", "--json"];
    let out = cloudsigma_login(&home, &sandbox, "demo-password", &at_mty);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    assert_eq!(stdout_json(&out)["location"], "MTY");
    let out = run(&home, &sandbox, &["cloudsigma", "whoami", "--json"]);
    assert_eq!(stdout_json(&out)["location"], "MTY", "{out:?}");

    let kept: Value =
        serde_json::from_str(&std::fs::read_to_string(home.secret()).unwrap()).unwrap();
    assert_eq!(
        kept["place"], "Monterrey, Mexico",
        "named as the sign-in named it"
    );
    home.expire_kept_session();
    let out = run(&home, &sandbox, &["cloudsigma", "whoami"]);
    assert_eq!(exit_code(&out), 1, "{out:?}");
    let said = stderr(&out);
    assert!(
        said.contains("at Monterrey, Mexico (MTY) has expired"),
        "{said}"
    );
    let advised = said.split('`').nth(1).expect("a command");
    assert_eq!(
        advised,
        "cloudboard cloudsigma login --email demo@example.org --location MTY"
    );

    // Another location chosen since: an account opened at Frankfurt.
    let fra = [
        "cloudsigma",
        "create-account",
        "--email",
        "fresh@example.org",
        "--location",
        "fra",
    ];
    assert_eq!(exit_code(&run(&home, &sandbox, &fra)), 0);
    let pasted: Vec<&str> = advised.split(' ').skip(1).chain(["--json"]).collect();
    let password = [("CLOUDBOARD_CLOUDSIGMA_PASSWORD", "demo-password")];
    let out = run_with(&home, &sandbox, &pasted, "", &password);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let me = stdout_json(&out);
    assert_eq!(
        (&me["location"], &me["session"]),
        (&"MTY".into(), &"new".into())
    );

    // Opened at a partner's address (here the sandbox's own, where every location answers
    // too): that address, not the first location answering there.
    assert_eq!(
        exit_code(&run(&home, &sandbox, &["cloudsigma", "logout"])),
        0
    );
    let partner = format!("{}/cloudsigma/api/2.0/", sandbox.url);
    let at_partner = ["--location", partner.as_str()];
    let out = cloudsigma_login(&home, &sandbox, "demo-password", &at_partner);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let whoami = [
        "cloudsigma",
        "whoami",
        "--location",
        partner.as_str(),
        "--json",
    ];
    let out = run(&home, &sandbox, &whoami);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    assert_eq!(stdout_json(&out)["location"], "custom");
}

/// A new account's next step, said as a script can take it: the confirmation link from the
/// sandbox outbox, its page to set the password, then the command that signs in there. The
/// wizard's key to set the password here means nothing to a script and is never said.
#[test]
fn a_created_cloudsigma_account_says_what_a_script_does_next_never_a_key() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-sigma-created-next");
    let create = |lang: &str, email: &str, extra: &[&str]| {
        let out = create_account(&home, &sandbox, lang, email, extra);
        assert_eq!(exit_code(&out), 0, "{out:?}");
        out
    };
    let said = |out: &Output, email: &str| {
        let said = stderr(out);
        assert!(
            !said.contains("press") && !said.contains("appuyez"),
            "{said}"
        );
        let link = sandbox.link_to(email);
        assert!(link.contains("/cloudsigma/confirm/"), "{link}");
        let lines: Vec<String> = said.lines().map(str::to_string).collect();
        assert!(lines[0].ends_with(&format!(": {link}")), "{said}");
        lines[1..].to_vec()
    };

    let out = create("en", "next@example.org", &[]);
    assert_eq!(
        said(&out, "next@example.org"),
        [
            "Account created at Zurich, Switzerland (ZRH).",
            "A confirmation email was sent to next@example.org.",
            "Open the link from that email in a browser (the sandbox outbox line shows it) and \
             set your password on the page it opens; then sign in with \
             `cloudboard cloudsigma login --email next@example.org --location ZRH`.",
        ]
    );
    assert!(
        stderr(&out).starts_with("Sandbox outbox: Email to next@example.org: "),
        "{out:?}"
    );

    let out = create("fr", "suite@example.org", &["--location", "mty", "--json"]);
    assert_eq!(
        said(&out, "suite@example.org"),
        [
            "Compte créé à Monterrey, Mexico (MTY).",
            "Un e-mail de confirmation a été envoyé à suite@example.org.",
            "Ouvrez dans un navigateur le lien de cet e-mail (la ligne de la boîte d’envoi du \
             bac à sable le montre) et choisissez votre mot de passe sur la page qu’il \
             ouvre\u{202f}; puis connectez-vous avec \
             `cloudboard cloudsigma login --email suite@example.org --location MTY`.",
        ]
    );
    assert_eq!(stdout_json(&out)["location"], "MTY");

    // Pasted as printed, once the page has set the password, it signs in there.
    let advised = stderr(&out)
        .split('`')
        .nth(1)
        .expect("a command")
        .to_string();
    // The page's form, as a browser sends it.
    let confirmed = common::block_on(
        common::sandbox::client()
            .post(sandbox.link_to("suite@example.org"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body("password=suite-password&password2=suite-password")
            .send(),
    )
    .expect("the page answers");
    assert_eq!(confirmed.status(), 200);
    let pasted: Vec<&str> = advised.split(' ').skip(1).chain(["--json"]).collect();
    let password = [("CLOUDBOARD_CLOUDSIGMA_PASSWORD", "suite-password")];
    let out = run_with(&home, &sandbox, &pasted, "", &password);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let me = stdout_json(&out);
    assert_eq!(
        (&me["location"], &me["account"]["email"]),
        (&"MTY".into(), &"suite@example.org".into())
    );
}

/// A request that cannot be asked twice whose answer was lost ends the command with status 3
/// saying what may have happened, how to find out, and that running the command again asks
/// again: never the wizard's key to ask again. In text (the last line on stderr) and in
/// `--json` (`error.message`), in English and French; each run sends a request of its own,
/// as a lost answer is lost once.
#[test]
fn a_lost_answer_says_to_run_the_command_again_never_a_key() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-lost-answer");
    let closed = "127.0.0.1 closed the connection before answering";
    let ferme = "127.0.0.1 a fermé la connexion avant de répondre";
    let sigma = |lang: &str, email: &str, json: bool| {
        sandbox.set_faults(serde_json::json!({ "lose_answer_to": "sigma_create" }));
        let args = [
            "--lang",
            lang,
            "cloudsigma",
            "create-account",
            "--email",
            email,
        ];
        let args = [&args[..], if json { &["--json"] } else { &[] }].concat();
        let out = run(&home, &sandbox, &args);
        assert_eq!(exit_code(&out), 3, "{out:?}");
        out
    };
    let sigma_said = |email: &str| {
        format!(
            "CloudSigma may have opened the account for {email} at Zurich, Switzerland (ZRH): \
             its answer did not arrive ({closed}). If it did, its confirmation email reaches \
             {email}. Run the same command again to ask again: if the email is then refused \
             as taken, the account is most likely yours. cloudboard keeps this on the wizard's \
             menu until it knows."
        )
    };
    // The sandbox's confirmation email may be shown before.
    let out = sigma("en", "lost-1@example.org", false);
    assert_eq!(
        stderr(&out).lines().last(),
        Some(format!("cloudboard: {}", sigma_said("lost-1@example.org")).as_str()),
        "{out:?}"
    );
    let out = sigma("en", "lost-2@example.org", true);
    let error = &stdout_json(&out)["error"];
    assert_eq!(error["kind"], "failure");
    assert_eq!(error["message"], sigma_said("lost-2@example.org"));
    let out = sigma("fr", "perdu@example.org", true);
    assert_eq!(
        stdout_json(&out)["error"]["message"],
        format!(
            "CloudSigma a peut-être ouvert le compte de perdu@example.org à Zurich, Switzerland \
             (ZRH)\u{a0}: sa réponse n’est pas arrivée ({ferme}). Si c’est le cas, son e-mail \
             de confirmation parviendra à perdu@example.org. Relancez la même commande pour \
             redemander\u{a0}: si l’adresse est alors refusée comme déjà prise, le compte est \
             très probablement le vôtre. cloudboard le garde dans le menu de l’assistant tant \
             qu’il ne le sait pas."
        )
    );

    for (lang, slug, sentence) in [
        (
            "en",
            "lostcozy",
            format!(
                "The Cloudery may have created lostcozy.mycozy.cloud: its answer did not arrive \
                 ({closed}). Run the same command again to ask again: if the address is then \
                 “already taken”, it is most likely yours, and its activation email goes to \
                 lostcozy@example.org. cloudboard keeps this on the wizard's menu and in \
                 `cloudboard cozy status` until it knows."
            ),
        ),
        (
            "fr",
            "perdu",
            format!(
                "Le Cloudery a peut-être créé perdu.mycozy.cloud\u{a0}: sa réponse n’est pas \
                 arrivée ({ferme}). Relancez la même commande pour redemander\u{a0}: si \
                 l’adresse est alors «\u{a0}déjà prise\u{a0}», c’est très probablement la \
                 vôtre, et son e-mail d’activation part à perdu@example.org. cloudboard le garde \
                 dans le menu de l’assistant et dans `cloudboard cozy status` jusqu’à en savoir \
                 plus."
            ),
        ),
    ] {
        let email = format!("{slug}@example.org");
        let create = [
            "cozy",
            "create",
            "--email",
            &email,
            "--slug",
            slug,
            "--accept-terms",
        ];
        sandbox.set_faults(serde_json::json!({ "lose_answer_to": "cozy_create" }));
        let out = run(&home, &sandbox, &[&["--lang", lang][..], &create].concat());
        assert_eq!(exit_code(&out), 3, "{out:?}");
        let prefix = if lang == "fr" {
            "cloudboard\u{a0}: "
        } else {
            "cloudboard: "
        };
        assert_eq!(
            stderr(&out).lines().last(),
            Some(format!("{prefix}{sentence}").as_str()),
            "{out:?}"
        );
        // Asked again, the address is taken: most likely the person's own. What to do with
        // the link is the command that takes it, not the wizard's field to paste it "here".
        let out = run(&home, &sandbox, &[&["--lang", lang][..], &create].concat());
        assert_eq!(exit_code(&out), 0, "{out:?}");
        let (taken, then) = if lang == "fr" {
            (
                format!(
                    "dont la réponse s’est perdue\u{a0}: le Cloudery envoie alors son e-mail \
                     d’activation à {email}."
                ),
                "Activez-le ensuite\u{a0}: cloudboard cozy activate (il demande le lien, ou \
                 donnez-le avec --link-stdin).",
            )
        } else {
            (
                format!(
                    "whose answer was lost: the Cloudery then sends its activation email to \
                     {email}."
                ),
                "Then activate it: cloudboard cozy activate (it asks for the link, or give it \
                 with --link-stdin).",
            )
        };
        let said = stderr(&out);
        let said: Vec<&str> = said.lines().collect();
        assert!(said[0].ends_with(&taken), "{said:?}");
        assert_eq!(said[1..], [then], "{said:?}");
    }

    // The passphrase: a link is spent once taken, so each run has a Cozy of its own.
    for (lang, slug, json) in [("en", "lostpass", false), ("fr", "passeperdue", true)] {
        let email = format!("{slug}@example.org");
        let out = cozy_create(&home, &sandbox, &email, slug, &["--accept-terms"]);
        assert_eq!(exit_code(&out), 0, "{out:?}");
        let link = sandbox.link_to(&email);
        let address = format!("{}/cozy/instances/{slug}.mycozy.cloud", sandbox.url);
        sandbox.set_faults(serde_json::json!({ "lose_answer_to": "cozy_passphrase" }));
        let args = [
            "--lang",
            lang,
            "cozy",
            "activate",
            "--link-stdin",
            "--passphrase-stdin",
        ];
        let args = [&args[..], if json { &["--json"] } else { &[] }].concat();
        let stdin = format!("{link}\ncorrect horse battery staple 42\n");
        let out = run_with(&home, &sandbox, &args, &stdin, &[]);
        assert_eq!(exit_code(&out), 3, "{out:?}");
        if json {
            assert_eq!(
                stdout_json(&out)["error"]["message"],
                format!(
                    "Le Cozy a peut-être pris votre phrase de passe\u{a0}: sa réponse n’est pas \
                     arrivée ({ferme}). Connectez-vous à {address} avec elle pour le savoir. Ou \
                     redonnez le même lien à `cloudboard cozy activate` pour la renvoyer\u{a0}: \
                     si le lien est alors épuisé, c’est que la première a été prise."
                )
            );
        } else {
            assert_eq!(
                stderr(&out).lines().last(),
                Some(
                    format!(
                        "cloudboard: The Cozy may have taken your passphrase: its answer did not \
                         arrive ({closed}). Sign in at {address} with it to see. Or give the \
                         same link to `cloudboard cozy activate` again to send it again: if the \
                         link is then spent, the first one took."
                    )
                    .as_str()
                ),
                "{out:?}"
            );
        }
    }
}

/// Creating an account needs no session. One kept that no longer works (expired, ended, or
/// unreadable) is forgotten as any command forgets it, said once before the account (in
/// the run's language), and the account is created as asked: status 0, the same report in
/// `--json`, no password read. A session that still works stands in the way: sign out first
/// (status 2), nothing sent.
#[test]
fn creating_an_account_goes_on_past_a_kept_session_that_no_longer_works() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-sigma-create-past-kept");
    let login = |extra: &[&str]| {
        let out = cloudsigma_login(&home, &sandbox, "demo-password", extra);
        assert_eq!(exit_code(&out), 0, "{out:?}");
    };
    let create = |lang: &str, email: &str, extra: &[&str]| {
        let out = create_account(&home, &sandbox, lang, email, extra);
        assert!(!home.secret().exists(), "forgotten: {out:?}");
        out
    };
    let first_said = |out: &Output| stderr(out).lines().next().unwrap_or_default().to_string();

    login(&[]);
    home.expire_kept_session();
    let out = create("en", "past-expired@example.org", &[]);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    assert_eq!(
        first_said(&out),
        "The CloudSigma session kept for demo@example.org at Zurich, Switzerland (ZRH) had \
         expired and was forgotten."
    );
    assert!(
        stderr(&out).contains("Account created at Zurich, Switzerland (ZRH)."),
        "{out:?}"
    );
    assert!(stdout(&out).contains("past-expired@example.org"), "{out:?}");

    // Where it was opened is where it is said to have been; the account is opened where
    // it was asked to be.
    login(&["--location", "mty"]);
    home.expire_kept_session();
    let out = create(
        "fr",
        "past-expired-fr@example.org",
        &["--location", "fra", "--json"],
    );
    assert_eq!(exit_code(&out), 0, "{out:?}");
    assert_eq!(
        first_said(&out),
        "La session CloudSigma gardée pour demo@example.org à Monterrey, Mexico (MTY) avait \
         expiré et a été oubliée."
    );
    let report = stdout_json(&out);
    assert_eq!(
        (&report["email"], &report["location"]),
        (&"past-expired-fr@example.org".into(), &"FRA".into()),
        "{report}"
    );
    assert!(report["uuid"].is_string(), "{report}");

    // Ended on CloudSigma's side.
    sandbox.set_faults(serde_json::json!({"cloudsigma_session_secs": 60}));
    login(&["--location", "zrh"]);
    sandbox.set_faults(serde_json::json!({}));
    sandbox.advance_clock(120.0);
    let out = create("en", "past-ended@example.org", &[]);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    assert_eq!(
        first_said(&out),
        "The CloudSigma session kept for demo@example.org at Zurich, Switzerland (ZRH) had \
         ended (Not signed in) and was forgotten."
    );

    // Damaged.
    login(&[]);
    std::fs::write(home.secret(), "garbage").unwrap();
    let out = create("fr", "past-damaged@example.org", &[]);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    assert_eq!(
        first_said(&out),
        "La session CloudSigma gardée sur cette machine n’a pas pu être lue (ce n’est pas une \
         session écrite par cloudboard (ce n’est pas du JSON)) et a été oubliée."
    );

    // A location that is none: the damaged copy is gone all the same, and said so first.
    login(&[]);
    std::fs::write(home.secret(), "garbage").unwrap();
    let out = create("en", "nowhere@example.org", &["--location", "mars"]);
    assert_eq!(exit_code(&out), 2, "{out:?}");
    assert!(first_said(&out).ends_with("could not be read (it is not a session cloudboard wrote (it is not JSON)) and was forgotten."), "{out:?}");

    // Refused all the same (the email has an account): the session was forgotten, and that
    // is said before the refusal.
    login(&[]);
    home.expire_kept_session();
    let out = create("en", "past-expired@example.org", &[]);
    assert_eq!(exit_code(&out), 1, "{out:?}");
    assert_eq!(
        stderr(&out),
        "The CloudSigma session kept for demo@example.org at Zurich, Switzerland (ZRH) had \
         expired and was forgotten.\ncloudboard: An account with this email already exists.\n"
    );

    // Still working: sign out first.
    login(&[]);
    let signed_in = |args: &[&str]| run(&home, &sandbox, args);
    let create_while = &[
        "cloudsigma",
        "create-account",
        "--email",
        "while@example.org",
    ][..];
    says_once(
        signed_in,
        "en",
        create_while,
        2,
        "signed in to CloudSigma as demo@example.org already: run \
         `cloudboard cloudsigma logout` first",
    );
    says_once(
        signed_in,
        "fr",
        create_while,
        2,
        "déjà connecté à CloudSigma en tant que demo@example.org\u{a0}: lancez d’abord \
         `cloudboard cloudsigma logout`",
    );
    assert!(home.secret().exists(), "still kept");
    assert!(
        sandbox
            .outbox()
            .iter()
            .all(|m| m["to"] != "while@example.org"),
        "no account was asked for"
    );
}

#[test]
fn a_given_cozy_address_wins_over_a_creation_left_to_resume() {
    let sandbox = SandboxProcess::quick();
    let home = Home::new("script-given-cozy");
    let create = |email: &str, slug: &str| {
        cozy_create(&home, &sandbox, email, slug, &["--accept-terms", "--json"])
    };
    let out = create("first@example.org", "first");
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let first = stdout_json(&out);
    assert_eq!(first["status"], "succeeded", "the workflow's end, not null");
    assert!(
        first["address"]
            .as_str()
            .unwrap()
            .contains("first.mycozy.cloud")
    );
    // "first" is remembered, to resume; the values given now are the ones used.
    let out = create("second@example.org", "second");
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let second = stdout_json(&out);
    assert_eq!(second["fqdn"], "second.mycozy.cloud");
    assert_eq!(second["email"], "second@example.org");
}

#[test]
fn a_malformed_workflow_id_is_bad_input_and_nothing_is_sent() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-status-nope");
    let out = run(&home, &sandbox, &["cozy", "status", "nope", "--json"]);
    assert_eq!(exit_code(&out), 2, "{out:?}");
    assert_eq!(stdout_json(&out)["error"]["kind"], "usage");
}

/// `args` with stdout a pipe nobody reads: the process must end as SIGPIPE ends it.
fn with_closed_stdout(home: &Home, sandbox: &SandboxProcess, args: &[&str]) -> Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    command(home, sandbox, args)
        .stdin(Stdio::null())
        .stdout(writer)
        .output()
        .unwrap()
}

#[test]
fn a_closed_stdout_ends_quietly_as_shells_expect() {
    use std::os::unix::process::ExitStatusExt;
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-sigpipe");
    let out = cleura_login(&home, &sandbox, "alice", "alice-password", &[]);
    assert_eq!(exit_code(&out), 0);
    for args in [
        &["cleura", "regions"][..],
        &["cleura", "regions", "--json"],
        &["cloudsigma", "locations"],
        &["completions", "bash"],
    ] {
        let out = with_closed_stdout(&home, &sandbox, args);
        assert_eq!(
            out.status.signal(),
            Some(Signal::PIPE.as_raw()),
            "{args:?}: {out:?}"
        );
        assert!(!stderr(&out).contains("panicked"), "{args:?}: {out:?}");
    }
}

#[test]
fn a_bug_ends_a_command_in_words_not_a_backtrace() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-panic");
    let out = run_with(
        &home,
        &sandbox,
        &["cleura", "regions"],
        "",
        &[("CLOUDBOARD_TEST_PANIC", "script")],
    );
    assert_eq!(exit_code(&out), 3, "{out:?}");
    assert!(
        stderr(&out).contains("an internal error stopped this command"),
        "{out:?}"
    );
    assert!(!stderr(&out).contains("panicked at"), "{out:?}");
}

#[test]
fn a_secret_that_cannot_be_read_names_the_option_and_the_variable() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-no-terminal");
    let out = run(&home, &sandbox, &["cleura", "login", "--login", "alice"]);
    assert_eq!(exit_code(&out), 2);
    let said = stderr(&out);
    assert!(
        said.contains("--password-stdin or CLOUDBOARD_CLEURA_PASSWORD"),
        "{said}"
    );
    assert!(!said.contains('…'), "{said}");
    let out = run(
        &home,
        &sandbox,
        &["cloudsigma", "create-account", "--email", "new@example.org"],
    );
    assert_eq!(exit_code(&out), 0, "{out:?}");
    for wizard_words in ["panel", "paste it here", "from the list", "Press", "Space"] {
        assert!(!stderr(&out).contains(wizard_words), "{out:?}");
    }
}

/// `cozy create` for `slug`, then the link of its activation email.
fn created_link(home: &Home, sandbox: &SandboxProcess, slug: &str, extra: &[&str]) -> String {
    let email = format!("{slug}@example.org");
    let args = [&["--accept-terms"], extra].concat();
    let out = cozy_create(home, sandbox, &email, slug, &args);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    sandbox.link_to(&email)
}

#[test]
fn cozy_activate_takes_every_shape_of_link_a_person_may_hold() {
    let sandbox = SandboxProcess::quick();
    let home = Home::new("script-link-shapes");
    // The email's own link, to the Cloudery: followed to the instance.
    let link = created_link(&home, &sandbox, "shape1", &[]);
    let out = activate(&home, &sandbox, &link);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    assert_eq!(stdout_json(&out)["fqdn"], "shape1.mycozy.cloud");
    // The instance's address the Cloudery sends to.
    let instance = redirect(&created_link(&home, &sandbox, "shape2", &[]));
    assert!(instance.contains("registerToken="), "{instance}");
    let out = activate(&home, &sandbox, &instance);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    // The passphrase page the browser then shows, extra parameters and all.
    let page = redirect(&redirect(&created_link(&home, &sandbox, "shape3", &[])));
    assert!(page.contains("/auth/passphrase?onboarding=true"), "{page}");
    let out = activate(&home, &sandbox, &page);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    // With a universal link: the Cloudery sends there, carrying the fqdn and the token.
    let link = created_link(
        &home,
        &sandbox,
        "shape4",
        &["--redirect", "https://app.example.org/onboarding"],
    );
    let out = activate(&home, &sandbox, &link);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    assert_eq!(stdout_json(&out)["fqdn"], "shape4.mycozy.cloud");
    // A page that wants a click, and a magic-link instance, are said in words.
    sandbox.set_faults(serde_json::json!({"cozy": {"activation_click": true}}));
    let out = activate(
        &home,
        &sandbox,
        &created_link(&home, &sandbox, "clicky", &[]),
    );
    assert_eq!(exit_code(&out), 2, "{out:?}");
    assert!(stderr(&out).contains("wants a click"), "{out:?}");
    sandbox.set_faults(serde_json::json!({"cozy": {"magic_link": true}}));
    let out = activate(
        &home,
        &sandbox,
        &created_link(&home, &sandbox, "magic", &[]),
    );
    assert_eq!(exit_code(&out), 2, "{out:?}");
    assert!(stderr(&out).contains("magic link"), "{out:?}");
}

#[test]
fn cozy_create_reads_each_refusal_shape_and_names_a_move() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-refusal-shapes");
    let create = |slug: &str| {
        let email = format!("{slug}@example.org");
        cozy_create(&home, &sandbox, &email, slug, &["--accept-terms"])
    };
    for (shape, said) in [
        ("errors_map", "cannot be used for a new Cozy"),
        ("json_api", "cannot be used for a new Cozy"),
        ("message", "cannot be used for a new Cozy"),
        ("detail", "cannot be used for a new Cozy"),
        ("text", "cannot be used for a new Cozy"),
        ("html", "a value was refused (HTTP 422)"),
        ("empty", "a value was refused (HTTP 422)"),
    ] {
        sandbox.set_faults(serde_json::json!({"cozy": {"refusal_shape": shape}}));
        let out = create("shapes");
        assert_eq!(exit_code(&out), 1, "{shape}: {out:?}");
        assert!(stderr(&out).contains(said), "{shape}: {out:?}");
    }
    sandbox.set_faults(serde_json::json!({"cozy": {"moved": true}}));
    let before = sandbox.requests();
    let out = create("moving");
    assert_eq!(exit_code(&out), 3, "{out:?}");
    assert!(stderr(&out).contains("moved this address"), "{out:?}");
    assert_eq!(
        sandbox.requests() - before,
        1,
        "a move is said, not retried"
    );
}

#[test]
fn a_creation_works_with_only_the_sample_s_routes_and_a_workflow_not_known_at_first() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-partner-routes");
    std::fs::write(
        home.config(),
        "[secrets]\nstore = \"file\"\n[cozy]\ntoken = \"sandbox-partner-token\"\n",
    )
    .unwrap();
    sandbox.set_faults(serde_json::json!({"cozy": {"routes": "partner", "unknown_polls": 2}}));
    let terms = ["--accept-terms", "--json"];
    let out = cozy_create(&home, &sandbox, "pat@example.org", "pat", &terms);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let workflow = stdout_json(&out)["workflow"].as_str().unwrap().to_string();
    let state = home.state();
    let routes = &state["cozy_routes"];
    assert!(
        routes.as_object().unwrap().values().all(|r| r == "partner"),
        "the pair that took it is remembered: {state}"
    );
    let out = run(&home, &sandbox, &["cozy", "status", &workflow, "--json"]);
    assert_eq!(stdout_json(&out)["status"], "succeeded", "{out:?}");
}

#[test]
fn an_outage_is_a_failure_in_words_and_signing_out_keeps_the_secret_to_try_again() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-outage");
    let out = cleura_login(&home, &sandbox, "alice", "alice-password", &[]);
    assert_eq!(exit_code(&out), 0);
    let out = cloudsigma_login(&home, &sandbox, "demo-password", &[]);
    assert_eq!(exit_code(&out), 0);
    let url = sandbox.url.clone();
    drop(sandbox);
    // The same address, nobody answering.
    let down = nobody_at(&home, &url);
    for args in [&["cleura", "regions"][..], &["cloudsigma", "whoami"]] {
        let out = down(args);
        assert_eq!(exit_code(&out), 3, "{args:?}: {out:?}");
        assert!(!stderr(&out).contains("not signed in"), "{args:?}: {out:?}");
    }
    for (args, secret) in [
        (&["cleura", "logout"][..], "cleura-sandbox"),
        (&["cloudsigma", "logout"], "cloudsigma-sandbox"),
    ] {
        let out = down(args);
        assert_eq!(exit_code(&out), 3, "{args:?}: {out:?}");
        assert!(stderr(&out).contains("still kept"), "{args:?}: {out:?}");
        assert!(home.secret_file(secret).exists(), "kept, to sign out later");
    }
}

#[test]
fn signed_in_is_said_only_when_kept_and_a_damaged_state_file_is_reported() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-not-kept");
    // Where the secrets go is a file: nothing can be kept there.
    std::fs::create_dir_all(home.dir.join("data/cloudboard")).unwrap();
    std::fs::write(home.dir.join("data/cloudboard/secrets"), "in the way").unwrap();
    let out = cleura_login(&home, &sandbox, "alice", "alice-password", &[]);
    assert_eq!(exit_code(&out), 3, "{out:?}");
    assert!(!stderr(&out).contains("Signed in to Cleura"), "{out:?}");
    assert!(stderr(&out).contains("could not be kept"), "{out:?}");
    let out = cloudsigma_login(&home, &sandbox, "demo-password", &[]);
    assert_eq!(exit_code(&out), 3, "{out:?}");
    assert!(stderr(&out).contains("could not be kept"), "{out:?}");
    std::fs::remove_file(home.dir.join("data/cloudboard/secrets")).unwrap();
    std::fs::write(home.state_file(), "{ not json").unwrap();
    let out = run(&home, &sandbox, &["cleura", "regions"]);
    assert!(stderr(&out).contains("state.json"), "{out:?}");
}

#[test]
fn a_value_that_breaks_a_rule_is_refused_never_rewritten() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-no-rewrite");
    let before = sandbox.requests();
    for (email, slug, said) in [
        ("sam@example.org", "Other-Cozy🦊3", "“-”"),
        ("sam@example.org", &"a".repeat(40), "at most 30"),
        ("sam @example.org", "sam", "spaces"),
        ("sam\u{1}@example.org", "sam", "\\u{1}"),
    ] {
        let out = cozy_create(&home, &sandbox, email, slug, &["--accept-terms"]);
        assert_eq!(exit_code(&out), 2, "{slug} / {email}: {out:?}");
        assert!(stderr(&out).contains(said), "{out:?}");
    }
    assert_eq!(sandbox.requests() - before, 0, "nothing was sent");
}

/// Cleura's and CloudSigma's values from a script are taken exactly or refused with the
/// rule (exit 2), nothing sent: a login with a space is not another login, a password
/// with a control character or over the limit is not a shorter one.
#[test]
fn a_sign_in_value_that_breaks_a_rule_is_refused_never_rewritten() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("script-no-rewrite-sign-in");
    let before = sandbox.requests();
    let long = "p".repeat(314);
    let cases: [(&[&str], &str, &str); 6] = [
        (
            &["cleura", "login", "--login", "al ice"],
            "alice-password\n",
            "a space cannot be in it",
        ),
        (
            &["cleura", "login", "--login", "alice", "--password-stdin"],
            "alice-pass\u{1}word\n",
            "\\u{1}",
        ),
        (
            &["cleura", "login", "--login", "alice", "--password-stdin"],
            "alice-pass\tword\n",
            "\\u{9}",
        ),
        (
            &["cleura", "login", "--login", "alice", "--password-stdin"],
            &format!("{long}\n"),
            "at most 256",
        ),
        (
            &[
                "cloudsigma",
                "create-account",
                "--email",
                "new @example.org",
            ],
            "",
            "a space cannot be in it",
        ),
        (
            &[
                "cloudsigma",
                "login",
                "--email",
                "demo@example.org",
                "--password-stdin",
            ],
            "demo-pass\u{7f}word\n",
            "\\u{7f}",
        ),
    ];
    for (args, stdin, said) in cases {
        let out = run_with(&home, &sandbox, args, stdin, &[]);
        assert_eq!(exit_code(&out), 2, "{args:?}: {out:?}");
        assert!(stderr(&out).contains(said), "{args:?}: {out:?}");
    }
    // Only CloudSigma's list of locations was asked for; no sign-in, no account.
    let sent = sandbox.requests() - before;
    assert!(sent <= 2, "{sent} requests");
}

/// A command run against `url`, where nobody answers any more (its sandbox was dropped).
fn nobody_at<'a>(home: &'a Home, url: &'a str) -> impl Fn(&[&str]) -> Output + Copy + 'a {
    move |args| {
        command_at(home, url, args)
            .stdin(Stdio::null())
            .output()
            .unwrap()
    }
}

/// `cloudboard --lang LANG cloudsigma create-account --email EMAIL EXTRA…` to its end.
fn create_account(
    home: &Home,
    sandbox: &SandboxProcess,
    lang: &str,
    email: &str,
    extra: &[&str],
) -> Output {
    let args = [
        "--lang",
        lang,
        "cloudsigma",
        "create-account",
        "--email",
        email,
    ];
    run(home, sandbox, &[&args[..], extra].concat())
}
