//! `cloudboard sandbox --listen ADDR`: prints its address and the fixture credentials, logs
//! one line per request (never a secret), and stops cleanly on SIGTERM.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic here is a test failing

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};

#[test]
fn serves_logs_without_secrets_and_stops_on_sigterm() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cloudboard"))
        .args(["sandbox", "--listen", "127.0.0.1:0", "--workflow-secs", "1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("banner");
    let base = first
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .expect("the base URL is printed")
        .to_string();
    let mut banner = String::new();
    for _ in 0..8 {
        let mut line = String::new();
        stdout.read_line(&mut line).expect("banner");
        banner.push_str(&line);
    }
    assert!(banner.contains("alice / alice-password"), "{banner}");
    assert!(
        banner.contains("demo@example.org / demo-password"),
        "{banner}"
    );
    assert!(banner.contains("sandbox-token"), "{banner}");

    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let c = reqwest::Client::new();
        c.post(format!("{base}/cleura/auth/v1/tokens"))
            .body(r#"{"auth": {"login": "alice", "password": "hunter2-secret"}}"#)
            .send()
            .await
            .unwrap();
        c.get(format!(
            "{base}/cozy/instances/x.mycozy.cloud/?registerToken=0123456789abcdef0123456789abcdef"
        ))
        .send()
        .await
        .unwrap();
    });
    let _ = rustix::process::kill_process(
        rustix::process::Pid::from_child(&child),
        rustix::process::Signal::TERM,
    );
    let status = child.wait().expect("wait");
    assert!(status.success(), "{status:?}");
    let mut log = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut log)
        .unwrap();
    let lines: Vec<&str> = log
        .lines()
        .filter(|l| l.starts_with("POST ") || l.starts_with("GET "))
        .collect();
    assert_eq!(lines.len(), 2, "{log}");
    assert!(
        lines[0].starts_with("POST /cleura/auth/v1/tokens 401 "),
        "{log}"
    );
    assert!(lines[0].ends_with("ms"), "{log}");
    assert!(lines[1].contains("registerToken=[redacted]"), "{log}");
    assert!(!log.contains("hunter2-secret"));
    assert!(!log.contains("0123456789abcdef0123456789abcdef"));
}

#[test]
fn fewer_regions_than_the_guide_has_are_refused_in_words() {
    let out = Command::new(env!("CARGO_BIN_EXE_cloudboard"))
        .args(["sandbox", "--listen", "127.0.0.1:0", "--regions", "2"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--regions"), "{err}");
    assert!(err.contains("3.."), "{err}");
}

#[test]
fn a_workflow_time_or_a_region_count_out_of_range_is_refused_in_words() {
    for (args, said) in [
        (&["--workflow-secs", "nan"][..], "--workflow-secs"),
        (&["--workflow-secs=-1"], "0 to 3600"),
        (&["--workflow-secs", "inf"], "0 to 3600"),
        (&["--regions", "100000"], "--regions"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_cloudboard"))
            .args(["sandbox", "--listen", "127.0.0.1:0"])
            .args(args)
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(said), "{args:?}: {err}");
    }
}
