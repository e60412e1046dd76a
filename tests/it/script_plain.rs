//! Answers files run with `--yes` for each flow, and the plain (line-by-line) mode driven in
//! a pseudo-terminal through the Cleura SMS flow, printing no escape sequence at all.

use crate::common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::cli::{answers, cozy_create, exit_code, run_answers, stderr, stdout};
use common::home::Home;
use common::pty::{Pty, Talk};
use common::sandbox::SandboxProcess;
use rustix::process::Signal;
use rustix::termios::LocalModes;

#[test]
fn an_answers_file_runs_the_cleura_flow_with_yes() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("answers-cleura");
    let out = run_answers(
        &home,
        &sandbox,
        "cleura.toml",
        "flow = \"cleura\"\nlogin = \"alice\"\n",
        &[("CLOUDBOARD_CLEURA_PASSWORD", "alice-password")],
    );
    let text = stdout(&out);
    assert_eq!(exit_code(&out), 0, "{text}\n{}", stderr(&out));
    assert!(text.contains("Signed in to Cleura as alice."), "{text}");
    for tag in ["Sto2", "Fra1", "Kna1"] {
        assert!(text.contains(tag), "{text}");
    }
    assert!(!text.contains("alice-password"));
}

/// The answers of demo's CloudSigma sign-in at Zurich, the password left to the environment.
pub(crate) const SIGN_IN_AT_ZURICH: &str = "flow = \"cloudsigma\"\nlocation = \"zrh\"\naction = \"sign in\"\nemail = \"demo@example.org\"\n";

#[test]
fn an_answers_file_runs_the_cloudsigma_flow_with_yes() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("answers-sigma");
    let out = run_answers(
        &home,
        &sandbox,
        "sigma.toml",
        SIGN_IN_AT_ZURICH,
        &[("CLOUDBOARD_CLOUDSIGMA_PASSWORD", "demo-password")],
    );
    let text = stdout(&out);
    assert_eq!(exit_code(&out), 0, "{text}\n{}", stderr(&out));
    assert!(text.contains("demo@example.org"), "{text}");
    assert!(text.contains("UUID"), "{text}");
}

#[test]
fn an_answers_file_runs_the_cozy_flow_with_yes_asking_only_for_the_activation_link() {
    let sandbox = SandboxProcess::quick();
    let home = Home::new("answers-cozy");
    let path = home.file(
        "cozy.toml",
        "flow = \"cozy\"\nemail = \"ada@example.org\"\nslug = \"ada\"\naccept_terms = true\nconfirm = true\nhint = \"a horse\"\n",
    );
    let mut child = answers(
        &home,
        &sandbox,
        &path,
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
    let out = run_answers(
        &home,
        &sandbox,
        "bad.toml",
        "flow = \"cleura\"\nlogin = \"alice\"\npassword = \"x\"\n",
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).contains("secret"));
}

#[test]
fn the_plain_mode_walks_the_cleura_sms_flow_without_escape_sequences() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("plain-cleura");
    let mut pty = home.pty(&sandbox, &["--plain"], (100, 30), &[]);
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

/// The plain mode asks before signing in again once a verification ended, and a yes brings
/// a new code.
#[test]
fn the_plain_mode_asks_before_signing_in_again_for_a_new_code() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("plain-cleura-again");
    let mut talk = Talk::new(plain_pty(&home, &sandbox, 100));
    talk.wait("(q quits):").answer("2");
    talk.wait("Cleura login:").answer("bob");
    talk.wait("Password for bob:").answer("bob-password");
    talk.wait("The 6-digit code sent by SMS:");
    let first = sandbox.sms_code(1);
    sandbox.advance_clock(660.0);
    talk.answer(&first);
    talk.wait("This verification has expired")
        .wait("Sign in again and send a new code?");
    assert_eq!(sandbox.sms_sent(), 1, "nothing sent before the answer");
    talk.answer("y");
    talk.wait("Signed in again: this is a new code")
        .wait("The 6-digit code sent by SMS:");
    let second = sandbox.sms_code(2);
    talk.answer(&second);
    talk.wait("Kna1").wait("Choose 1-4:").answer("4");
    talk.wait("(q quits):").answer("q");
    assert_eq!(talk.pty.wait_exit(), 0);
}

/// A WebAuthn account in the plain mode: the explanation, then the menu again; no code is
/// asked for.
#[test]
fn the_plain_mode_explains_a_second_factor_other_than_sms() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("plain-cleura-webauthn");
    let mut talk = Talk::new(plain_pty(&home, &sandbox, 100));
    talk.wait("(q quits):").answer("2");
    talk.wait("Cleura login:").answer("carol");
    talk.wait("Password for carol:").answer("carol-password");
    talk.wait("add SMS as a second factor")
        .wait("Stopped: This account's second factor (webauthn) cannot be used");
    talk.wait("(q quits):").answer("q");
    assert_eq!(talk.pty.wait_exit(), 0);
    assert!(
        !talk.since(0).contains("The 6-digit code sent by SMS:"),
        "no code asked for"
    );
    assert_eq!(sandbox.sms_sent(), 0);
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

/// The plain mode in a pseudo-terminal of `cols` columns, living in `home`.
fn plain_pty(home: &Home, sandbox: &SandboxProcess, cols: u16) -> Pty {
    home.pty(sandbox, &["--plain"], (cols, 40), &[])
}

#[test]
fn the_plain_mode_offers_the_wizard_s_next_steps_cleura_projects_and_sign_out() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("plain-next-steps");
    let mut talk = Talk::new(plain_pty(&home, &sandbox, 100));
    talk.wait("(q quits):").answer("2");
    talk.wait("Cleura login:").answer("alice");
    talk.wait("Password for alice:").answer("alice-password");
    talk.wait("1. Projects of a region")
        .wait("Choose 1-4:")
        .answer("1");
    talk.wait("Which region").answer("Nowhere");
    talk.wait("No domain or region named Nowhere.")
        .wait("Which region")
        .answer("Sto2");
    talk.wait("alice-sto2-default")
        .wait("1. Back to the regions")
        .answer("1");
    talk.wait("3. Sign out").wait("Choose 1-4:").answer("3");
    talk.wait("Signed out: the token was revoked and forgotten.");
    talk.wait("(q quits):").answer("3");
    // CloudSigma: the location, sign in, then sign out from the account's next steps.
    talk.wait("Choose 1-18").answer("");
    talk.wait("Choose 1-2").answer("2");
    talk.wait("Email address:").answer("demo@example.org");
    talk.wait("Password for demo@example.org:")
        .answer("demo-password");
    talk.wait("2. Sign out").wait("Choose 1-3:").answer("2");
    talk.wait("Signed out of demo@example.org");
    // The web onboarding, as the wizard's menu offers it.
    talk.wait("(q quits):").answer("4");
    talk.wait("Open this link to sign up:").wait("/onboard");
    talk.wait("(q quits):").answer("q");
    assert_eq!(talk.pty.wait_exit(), 0);
    let text = talk.since(0);
    for wizard_only in ["Press", "Enter", "Esc", "Space", "panel", "Ctrl-"] {
        assert!(!text.contains(wizard_only), "{wizard_only:?} in:\n{text}");
    }
}

#[test]
fn a_failed_creation_offers_retry_change_or_menu_and_the_terms_are_read_out_once() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("plain-failed");
    let mut talk = Talk::new(plain_pty(&home, &sandbox, 100));
    talk.wait("(q quits):").answer("1");
    talk.wait("email address").answer("ann@example.org");
    talk.wait("Your Cozy's address").answer("taken");
    talk.wait("(y/n):").answer("y");
    talk.wait("Create this Cozy? (y/n):").answer("y");
    // The Cloudery refuses the address: it is asked again, and once it is right the
    // summary comes straight back, the terms accepted and not asked about again.
    talk.wait("Error:")
        .wait("Your Cozy's address")
        .answer("failnow");
    let terms_again = talk.at;
    talk.wait("Create this Cozy? (y/n):").answer("y");
    let between = talk.since(terms_again);
    assert!(!between.contains("Do you still accept"), "{between}");
    assert!(!between.contains("You accepted the terms"), "{between}");
    talk.wait("2. Change the details")
        .wait("3. Back to the menu")
        .answer("3");
    // Back on the menu, the same flow offers the same choices, not the failure alone.
    talk.wait("(q quits):").answer("2");
    talk.wait("3. Back to the menu").answer("2");
    talk.wait("Create this Cozy? (y/n):");
    let after = talk.since(terms_again);
    assert!(!after.contains("Your passphrase protects"), "{after}");
    // Ctrl-D at a flow's question goes back to the menu; at the menu it ends, on a line of
    // its own.
    talk.pty.send("\u{4}");
    talk.wait("(q quits):");
    talk.pty.send("\u{4}");
    assert_eq!(talk.pty.wait_exit(), 0);
    assert!(
        talk.since(0).ends_with("(q quits): \r\n"),
        "{:?}",
        talk.since(talk.at - 20)
    );
}

#[test]
fn the_plain_mode_wraps_to_the_terminal_and_masks_the_activation_token() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("plain-narrow");
    let mut talk = Talk::new(plain_pty(&home, &sandbox, 60));
    talk.wait("(q quits):").answer("1");
    talk.wait("email address").answer("zoe@example.org");
    talk.wait("Your Cozy's address").answer("zoe");
    talk.wait("(y/n):").answer("y");
    talk.wait("Create this Cozy? (y/n):").answer("y");
    // The link, too long for a line, is on a line of its own, whole, to be copied.
    talk.wait("  link:\r\n  ");
    let at = talk.at;
    talk.wait("\r\n");
    let link = talk.since(at).trim().to_string();
    // The email's link is the Cloudery's; its key is as secret as a token.
    let token = link.rsplit('/').next().unwrap().to_string();
    assert_eq!(token.len(), 24, "{link}");
    assert!(link.starts_with("http://"), "{link}");
    talk.wait("The activation link (or its token):")
        .answer(&link);
    talk.wait("/cozy/activate/••••");
    talk.wait("Your passphrase:").pty.send("\u{4}");
    talk.wait("(q quits):").answer("q");
    assert_eq!(talk.pty.wait_exit(), 0);
    let text = talk.since(0);
    assert_eq!(
        text.matches(&token).count(),
        1,
        "the token shows once, in the email, never echoed: {text}"
    );
    for line in text.split("\r\n") {
        let width = unicode_width::UnicodeWidthStr::width(line);
        assert!(
            width <= 60 || !line.trim().contains(' '),
            "a line wider than the terminal: {line:?}"
        );
    }
}

#[test]
fn cozy_activate_at_a_prompt_asks_twice_and_again_after_a_weak_or_mistyped_passphrase() {
    let sandbox = SandboxProcess::quick();
    let home = Home::new("activate-prompt");
    let created = cozy_create(
        &home,
        &sandbox,
        "ivy@example.org",
        "ivy",
        &["--accept-terms"],
    );
    assert_eq!(created.status.code(), Some(0), "{created:?}");
    let said = String::from_utf8_lossy(&created.stderr);
    let link = said
        .split_whitespace()
        .find(|w| w.contains("/cozy/activate/"))
        .unwrap_or_else(|| panic!("the email is shown: {said}"))
        .to_string();
    let pty = home.pty(
        &sandbox,
        &["cozy", "activate"],
        (100, 30),
        &[("CLOUDBOARD_COZY_LINK", &link)],
    );
    let mut talk = Talk::new(pty);
    talk.wait("Your passphrase:").answer("ivy");
    talk.wait("Too easy to guess").wait("Your passphrase:");
    talk.answer("correct horse battery staple 42");
    talk.wait("The passphrase again:")
        .answer("correct horse battery staple 43");
    talk.wait("The two passphrases differ")
        .wait("The passphrase again:");
    talk.answer("correct horse battery staple 42");
    talk.wait("ivy.mycozy.cloud");
    assert_eq!(talk.pty.wait_exit(), 0, "{}", talk.since(0));
    assert!(!talk.since(0).contains("staple"), "never echoed");
}

#[test]
fn a_subcommand_shows_the_sandbox_s_code_before_the_prompt_that_asks_for_it() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("code-before-prompt");
    let pty = home.pty(
        &sandbox,
        &["cleura", "login", "--login", "bob"],
        (100, 30),
        &[],
    );
    let mut talk = Talk::new(pty);
    talk.wait("Password for bob:").answer("bob-password");
    talk.wait("Sandbox outbox: SMS to").wait("code ");
    let at = talk.at;
    talk.wait("The 6-digit code sent by SMS:");
    let code: String = talk
        .since(at)
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    assert_eq!(code.len(), 6, "the code is on screen before its prompt");
    talk.answer(&code);
    talk.wait("Signed in to Cleura as bob.");
    assert_eq!(talk.pty.wait_exit(), 0);
}

#[test]
fn a_stop_and_fg_at_a_password_prompt_keeps_echo_off_and_a_signal_puts_the_terminal_back() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("plain-signals");
    let mut talk = Talk::new(plain_pty(&home, &sandbox, 100));
    let echo = |talk: &Talk| talk.pty.local_modes().contains(LocalModes::ECHO);
    assert!(echo(&talk), "a terminal echoes before anything");
    talk.wait("(q quits):").answer("2");
    talk.wait("Cleura login:").answer("alice");
    talk.wait("Password for alice:");
    assert!(!echo(&talk), "no echo at a password prompt");
    // Stopped from outside, then resumed: the terminal's settings were put back meanwhile
    // (as a shell does); echo goes off again.
    talk.pty.kill(Signal::TSTP);
    std::thread::sleep(std::time::Duration::from_millis(200));
    set_echo(&talk.pty, true);
    talk.pty.kill(Signal::CONT);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while echo(&talk) {
        assert!(
            std::time::Instant::now() < deadline,
            "echo stayed on after fg"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // SIGTERM at the prompt: the whole terminal is put back, not echo alone.
    talk.pty.kill(Signal::TERM);
    assert_eq!(talk.pty.wait_exit(), 143);
    let modes = talk.pty.local_modes();
    assert!(
        modes.contains(LocalModes::ECHO | LocalModes::ICANON),
        "{modes:?}"
    );
}

/// Turns echo on or off on the pty, as a shell puts its own settings back on a stop.
fn set_echo(pty: &Pty, on: bool) {
    use rustix::termios::{OptionalActions, tcgetattr, tcsetattr};
    let terminal = pty.terminal();
    let mut t = tcgetattr(&terminal).expect("tcgetattr");
    t.local_modes.set(LocalModes::ECHO, on);
    tcsetattr(&terminal, OptionalActions::Now, &t).expect("tcsetattr");
}
