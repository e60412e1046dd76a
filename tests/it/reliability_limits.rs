//! Limits hold on both sides. What cloudboard reads is bounded: a config or answers file
//! larger than 256 KiB and a line of standard input longer than 64 KiB are refused in words
//! (exit 2), never read into memory whole. A login the provider locked is said with its wait,
//! and its password is never sent again by itself.

use crate::common;

use std::io::Write;

use common::cli::{
    cleura_login, cloudsigma_login, exit_code, run, run_answers, spawn, stderr, stdout,
};
use common::home::Home;
use common::sandbox::SandboxProcess;

#[test]
fn a_config_file_over_the_limit_is_refused_in_words() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("limit-config");
    let mut config = String::from("[secrets]\nstore = \"file\"\n");
    config.push_str(&format!("# {}\n", "x".repeat(300 * 1024)));
    std::fs::write(home.config(), config).unwrap();
    let out = run(&home, &sandbox, &["cloudsigma", "locations"]);
    assert_eq!(exit_code(&out), 2, "{out:?}");
    assert!(stderr(&out).contains("larger than 256 KiB"), "{out:?}");
}

#[test]
fn an_answers_file_over_the_limit_is_refused_in_words() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("limit-answers");
    let email = format!("email = \"{}\"\n", "a".repeat(300 * 1024));
    let out = run_answers(&home, &sandbox, "answers.toml", &email, &[]);
    assert_eq!(exit_code(&out), 2, "{out:?}");
    // The line-by-line mode says it in its conversation, on stdout.
    assert!(stdout(&out).contains("larger than 256 KiB"), "{out:?}");
}

#[test]
fn a_line_of_standard_input_over_the_limit_is_refused_in_words() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("limit-stdin");
    let mut child = spawn(
        &home,
        &sandbox,
        &["cleura", "login", "--login", "alice", "--password-stdin"],
        &[],
    );
    let mut stdin = child.stdin.take().unwrap();
    // More than the limit and no line break: it must not wait for the rest.
    let _ = stdin.write_all("p".repeat(80 * 1024).as_bytes());
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    assert_eq!(exit_code(&out), 2, "{out:?}");
    assert!(stderr(&out).contains("longer than 64 KiB"), "{out:?}");
}

#[test]
fn a_locked_login_is_said_with_its_wait_and_the_password_is_not_sent_again() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("limit-lockout");
    for _ in 0..4 {
        let out = cleura_login(&home, &sandbox, "alice", "wrong", &[]);
        assert_eq!(exit_code(&out), 1, "{out:?}");
    }
    let before = sandbox.requests();
    let out = cleura_login(&home, &sandbox, "alice", "wrong", &[]);
    assert_eq!(exit_code(&out), 3, "{out:?}");
    let said = stderr(&out);
    assert!(said.contains("locked for 5 minutes"), "{said}");
    assert!(said.contains("wait 5 minutes"), "{said}");
    assert_eq!(sandbox.requests(), before + 1, "the password was sent once");

    for _ in 0..4 {
        assert_eq!(
            exit_code(&cloudsigma_login(&home, &sandbox, "wrong", &[])),
            1
        );
    }
    let out = cloudsigma_login(&home, &sandbox, "demo-password-typo", &[]);
    assert_eq!(exit_code(&out), 3, "{out:?}");
    assert!(stderr(&out).contains("locked for 5 minutes"), "{out:?}");
}
