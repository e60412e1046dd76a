//! Answers files run with `--yes` for each flow, and the plain (line-by-line) mode driven in
//! a pseudo-terminal through the Cleura SMS flow, printing no escape sequence at all.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::pty::Pty;
use common::world::{Home, SandboxProcess};

fn answers_file(home: &Home, name: &str, text: &str) -> String {
    let path = home.dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

fn plain(home: &Home, sandbox: &SandboxProcess, answers: &str, env: &[(&str, &str)]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cloudboard"));
    command
        .args([
            "--config",
            &home.config(),
            "--sandbox-url",
            &sandbox.url,
            "--answers",
            answers,
            "--yes",
        ])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", &home.dir)
        .env("XDG_CONFIG_HOME", home.dir.join("config"))
        .env("XDG_DATA_HOME", home.dir.join("data"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        command.env(k, v);
    }
    command
}

#[test]
fn an_answers_file_runs_the_cleura_flow_with_yes() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("answers-cleura");
    let answers = answers_file(
        &home,
        "cleura.toml",
        "flow = \"cleura\"\nlogin = \"alice\"\n",
    );
    let out = plain(
        &home,
        &sandbox,
        &answers,
        &[("CLOUDBOARD_CLEURA_PASSWORD", "alice-password")],
    )
    .output()
    .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("Signed in to Cleura as alice."), "{text}");
    for tag in ["Sto2", "Fra1", "Kna1"] {
        assert!(text.contains(tag), "{text}");
    }
    assert!(!text.contains("alice-password"));
}

#[test]
fn an_answers_file_runs_the_cloudsigma_flow_with_yes() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("answers-sigma");
    let answers = answers_file(
        &home,
        "sigma.toml",
        "flow = \"cloudsigma\"\nlocation = \"zrh\"\naction = \"sign in\"\nemail = \"demo@example.org\"\n",
    );
    let out = plain(
        &home,
        &sandbox,
        &answers,
        &[("CLOUDBOARD_CLOUDSIGMA_PASSWORD", "demo-password")],
    )
    .output()
    .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("demo@example.org"), "{text}");
    assert!(text.contains("UUID"), "{text}");
}

#[test]
fn an_answers_file_runs_the_cozy_flow_with_yes_asking_only_for_the_activation_link() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("answers-cozy");
    let answers = answers_file(
        &home,
        "cozy.toml",
        "flow = \"cozy\"\nemail = \"ada@example.org\"\nslug = \"ada\"\naccept_terms = true\nconfirm = true\nhint = \"a horse\"\n",
    );
    let mut child = plain(
        &home,
        &sandbox,
        &answers,
        &[(
            "CLOUDBOARD_COZY_PASSPHRASE",
            "correct horse battery staple 42",
        )],
    )
    .stdin(Stdio::piped())
    .spawn()
    .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    // The file cannot know the link the email will carry: it is the one question asked, and
    // the plain mode prints the sandbox's email as it arrives.
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut seen = String::new();
    let link = loop {
        let mut line = String::new();
        assert!(
            stdout.read_line(&mut line).unwrap() > 0,
            "ended early:\n{seen}"
        );
        seen.push_str(&line);
        if let Some(link) = line.trim().strip_prefix("link: ") {
            break link.to_string();
        }
        assert!(Instant::now() < deadline, "{seen}");
    };
    stdin.write_all(format!("{link}\n").as_bytes()).unwrap();
    drop(stdin);
    let mut rest = String::new();
    for line in stdout.lines() {
        rest.push_str(&line.unwrap());
        rest.push('\n');
    }
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{seen}{rest}");
    assert!(rest.contains("ready"), "{rest}");
    assert!(!seen.contains("correct horse") && !rest.contains("correct horse"));
}

#[test]
fn an_answers_file_with_a_secret_in_it_is_refused() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("answers-secret");
    let answers = answers_file(
        &home,
        "bad.toml",
        "flow = \"cleura\"\nlogin = \"alice\"\npassword = \"x\"\n",
    );
    let out = plain(&home, &sandbox, &answers, &[]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stdout).contains("secret"));
}

#[test]
fn the_plain_mode_walks_the_cleura_sms_flow_without_escape_sequences() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("plain-cleura");
    let home_dir = home.dir.display().to_string();
    let config_home = home.dir.join("config").display().to_string();
    let data_home = home.dir.join("data").display().to_string();
    let mut pty = Pty::spawn_with(
        &[
            "--plain",
            "--config",
            &home.config(),
            "--sandbox-url",
            &sandbox.url,
        ],
        100,
        30,
        &[
            ("HOME", &home_dir),
            ("XDG_CONFIG_HOME", &config_home),
            ("XDG_DATA_HOME", &data_home),
        ],
    );
    pty.wait_for("(q quits):");
    pty.send("2\r");
    pty.wait_for("Cleura login:");
    pty.send("bob\r");
    pty.wait_for("Password for bob:");
    pty.send("bob-password\r");
    // The code's line may reach the screen in pieces: wait for all six digits.
    let sms_code = |screen: &str| -> Option<String> {
        screen.lines().find_map(|l| {
            let digits: String = l
                .trim()
                .strip_prefix("code: ")?
                .chars()
                .filter(char::is_ascii_digit)
                .collect();
            (digits.len() == 6).then_some(digits)
        })
    };
    let screen = pty.wait_until(|s| sms_code(s).is_some(), "the SMS code is printed");
    let code = sms_code(&screen).expect("the SMS code is printed");
    pty.wait_for("The 6-digit code sent by SMS:");
    pty.send(&format!("{code}\r"));
    let screen = pty.wait_until(
        |s| ["Sto2", "Fra1", "Kna1"].iter().all(|tag| s.contains(tag)),
        "the three regions",
    );
    assert!(
        screen.contains("Fra1") && screen.contains("Kna1"),
        "{screen}"
    );
    pty.wait_for("4. Back to the menu");
    pty.send("4\r");
    pty.wait_for("(q quits):");
    pty.send("q\r");
    assert_eq!(pty.wait_exit(), 0);
    let raw = pty.raw_output();
    assert!(
        !raw.contains(&0x1b),
        "no escape sequence: {}",
        String::from_utf8_lossy(&raw)
    );
    let text = String::from_utf8_lossy(&raw);
    assert!(
        !text.contains("bob-password"),
        "the password is read without echo"
    );
}

#[test]
fn term_dumb_means_the_plain_mode() {
    let out = Command::new(env!("CARGO_BIN_EXE_cloudboard"))
        .env("TERM", "dumb")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            child.stdin.take().map(|mut s| s.write_all(b"q\n"));
            child.wait_with_output()
        })
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("What would you like to do?"), "{text}");
}
