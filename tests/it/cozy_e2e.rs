//! The Cozy flow end to end: the real binary in a pseudo-terminal against the sandbox, typed
//! as a person types, from the home screen to Done; and a creation resumed after quitting.

use crate::common;

use common::pty::{CTRL_C, CTRL_T, ENTER, ESC, Pty};

const GOOD: &str = "correct horse battery staple tuesday";

/// From the email screen to the confirmation, typing each answer.
fn fill_in(pty: &mut Pty, slug: &str) {
    pty.wait_for("Your email address");
    pty.type_text(&format!("{slug}@example.org"));
    pty.send(ENTER);
    pty.wait_for("Your Cozy's address");
    pty.type_text(slug);
    pty.wait_for(&format!("https://{slug}.mycozy.cloud"));
    pty.send(ENTER);
    pty.wait_for("Terms of service");
    pty.send(" ");
    pty.wait_for("[x] I accept");
    pty.send(ENTER);
    pty.wait_for("Check and create");
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
    pty.send("1");
    fill_in(&mut pty, "alice");
    pty.send(ENTER);
    pty.wait_for("Creating alice.mycozy.cloud");
    take_link_and_activate(&mut pty, &url, "alice");
    let raw = String::from_utf8_lossy(&pty.raw_output()).to_string();
    assert!(!raw.contains(GOOD), "the passphrase was never drawn");
    pty.send(ESC);
    let home = pty.wait_for("Open a cloud account");
    assert!(!home.contains("Resume creating"), "{home}");
    pty.send("q");
    assert_eq!(pty.wait_exit(), 0);
}

/// Check your email → (the email in the outbox of the sandbox at `url`, and in the
/// wizard's) → Ctrl-T → passphrase → Done.
fn take_link_and_activate(pty: &mut Pty, url: &str, slug: &str) {
    pty.wait_for("Check your email");
    common::block_on(common::outbox::link_to(url, &format!("{slug}@example.org")));
    pty.wait_for_outbox();
    pty.send(CTRL_T);
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
    first.wait_for("Open a cloud account");
    first.send("1");
    fill_in(&mut first, "bob");
    first.send(ENTER);
    first.wait_for("Creating bob.mycozy.cloud");
    // Following is resumable: quitting does not even ask.
    first.send(CTRL_C);
    assert_eq!(first.wait_exit(), 0);
    drop(first);

    let mut second = Pty::spawn_with(&["--sandbox-url", &url], 100, 30, &env);
    second.wait_for("Resume creating bob.mycozy.cloud");
    second.send(ENTER);
    take_link_and_activate(&mut second, &url, "bob");
    second.send(ESC);
    let home = second.wait_for("Open a cloud account");
    assert!(!home.contains("Resume creating"), "{home}");
    second.send("q");
    assert_eq!(second.wait_exit(), 0);
    drop(second);
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
    first.wait_for("Open a cloud account");
    first.send("1");
    fill_in(&mut first, "carl");
    first.send(ENTER);
    first.wait_for("Creating carl.mycozy.cloud");
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

    let mut second = Pty::spawn_with(&["--sandbox-url", &url], 100, 30, &env);
    second.wait_for("Resume creating carl.mycozy.cloud");
    second.send(ENTER);
    take_link_and_activate(&mut second, &url, "carl");
    second.send(ESC);
    let home = second.wait_for("Open a cloud account");
    assert!(!home.contains("Resume creating"), "{home}");
    second.send("q");
    assert_eq!(second.wait_exit(), 0);
    drop(second);
    let _ = std::fs::remove_dir_all(&data);
    runtime.block_on(sandbox.shutdown());
}
