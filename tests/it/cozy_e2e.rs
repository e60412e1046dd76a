//! The Cozy flow end to end: the real binary in a pseudo-terminal against the sandbox, typed
//! as a person types, from the home screen to Done; and a creation resumed after quitting.

use crate::common;

use common::pty::{CTRL_C, ENTER, ESC, Pty};
use common::wizard::{cozy_to_confirm, take_from_outbox};

const GOOD: &str = "correct horse battery staple tuesday";

/// From the home, `slug`'s Cozy asked for: its creation followed.
fn creating(pty: &mut Pty, slug: &str) {
    cozy_to_confirm(pty, &format!("{slug}@example.org"), slug);
    pty.send(ENTER);
    pty.wait_for(&format!("Creating {slug}.mycozy.cloud"));
}

/// From Done, back to the home, which offers nothing to resume, and quit.
fn home_and_quit(pty: &mut Pty) {
    pty.send(ESC);
    let home = pty.wait_for("Open a cloud account");
    assert!(!home.contains("Resume creating"), "{home}");
    pty.send("q");
    assert_eq!(pty.wait_exit(), 0);
}

/// A second run with `env`, pointed at the sandbox at `url`: it offers to resume `slug`'s
/// creation, and takes it to Done.
fn resumed_to_done(url: &str, env: &[(&str, &str)], slug: &str) {
    let mut second = Pty::spawn_with(&["--sandbox-url", url], 100, 30, env);
    second.wait_for(&format!("Resume creating {slug}.mycozy.cloud"));
    second.send(ENTER);
    take_link_and_activate(&mut second, url, slug);
    home_and_quit(&mut second);
}

#[test]
fn create_a_cozy_from_the_home_screen_to_done() {
    let mut pty = Pty::spawn(&["--sandbox"], 120, 36);
    let screen = pty.wait_for("sandbox http://");
    // The wizard's own sandbox, at the address its header shows.
    let url = screen
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .expect("the sandbox's address")
        .to_string();
    creating(&mut pty, "alice");
    take_link_and_activate(&mut pty, &url, "alice");
    let raw = String::from_utf8_lossy(&pty.raw_output()).to_string();
    assert!(!raw.contains(GOOD), "the passphrase was never drawn");
    home_and_quit(&mut pty);
}

/// Check your email → (the email in the outbox of the sandbox at `url`, and in the
/// wizard's) → Ctrl-T → passphrase → Done.
fn take_link_and_activate(pty: &mut Pty, url: &str, slug: &str) {
    pty.wait_for("Check your email");
    common::block_on(common::outbox::link_to(url, &format!("{slug}@example.org")));
    take_from_outbox(pty);
    pty.wait_for("Choose your passphrase");
    pty.type_text(GOOD);
    pty.wait_for("very strong");
    pty.send(ENTER);
    pty.type_text(GOOD);
    pty.send(ENTER);
    pty.send(ENTER);
    pty.wait_for("Your Cozy is ready");
    pty.wait_for(&format!("{slug}.mycozy.cloud is active"));
}

#[test]
fn a_creation_left_by_quitting_is_resumed_from_the_menu() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sandbox = runtime.block_on(common::sandbox::start());
    let url = sandbox.base_url();
    let data = common::temp_dir("cozy-resume");
    let data_env = data.to_string_lossy().to_string();
    let env = [("XDG_DATA_HOME", data_env.as_str())];

    let mut first = Pty::spawn_with(&["--sandbox-url", &url], 100, 30, &env);
    creating(&mut first, "bob");
    // Following is resumable: quitting does not even ask.
    first.send(CTRL_C);
    assert_eq!(first.wait_exit(), 0);
    drop(first);

    resumed_to_done(&url, &env, "bob");
    let _ = std::fs::remove_dir_all(&data);
    runtime.block_on(sandbox.shutdown());
}

/// `kill -9` while the Cozy is being created: nothing is given back cleanly, yet the next
/// start offers to follow it again and it reaches Done. (The creation was written to the
/// state file, atomically, as soon as the Cloudery answered.)
#[test]
fn a_creation_survives_kill_9() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sandbox = runtime.block_on(common::sandbox::start_with(cloudboard::sandbox::Options {
        workflow_secs: 6.0,
        log_requests: false,
        ..Default::default()
    }));
    let url = sandbox.base_url();
    let data = common::temp_dir("cozy-kill9");
    let data_env = data.to_string_lossy().to_string();
    let env = [("XDG_DATA_HOME", data_env.as_str())];

    let mut first = Pty::spawn_with(&["--sandbox-url", &url], 100, 30, &env);
    creating(&mut first, "carl");
    // The backend writes the creation down as the screen changes; the kill comes once it is
    // on disk, which is the moment this test is about.
    let state_file = data.join("cloudboard/state.json");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    // The request itself is written down before it leaves (a lost answer can then be asked
    // about); what this test waits for is the Cloudery's answer, the creation's workflow.
    while !std::fs::read_to_string(&state_file).is_ok_and(|s| s.contains("\"workflow\"")) {
        assert!(
            std::time::Instant::now() < deadline,
            "the creation is written down"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    first.kill(rustix::process::Signal::KILL);
    let _ = first.wait_exit();
    drop(first);

    resumed_to_done(&url, &env, "carl");
    let _ = std::fs::remove_dir_all(&data);
    runtime.block_on(sandbox.shutdown());
}
