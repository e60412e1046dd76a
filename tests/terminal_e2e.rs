//! The real binary in a real pseudo-terminal: it draws the home screen, and gives the
//! terminal back (alternate screen left, raw mode off, mouse and paste modes off) however it
//! ends.

mod common;

use common::pty::Pty;

fn assert_terminal_given_back(pty: &Pty) {
    assert!(!pty.alternate_screen(), "still on the alternate screen");
    assert!(!pty.raw_mode(), "raw mode left on");
    assert!(!pty.mouse_captured(), "mouse capture left on");
    assert!(!pty.bracketed_paste(), "bracketed paste left on");
}

#[test]
fn quits_with_q_and_gives_the_terminal_back() {
    let mut pty = Pty::spawn(&[], 80, 24);
    pty.wait_for("Open a cloud account from your terminal");
    assert!(pty.alternate_screen());
    assert!(pty.raw_mode());
    pty.send("q");
    assert_eq!(pty.wait_exit(), 0);
    assert_terminal_given_back(&pty);
}

#[test]
fn sigterm_gives_the_terminal_back() {
    let mut pty = Pty::spawn(&[], 80, 24);
    pty.wait_for("Create a Cozy");
    pty.kill(libc::SIGTERM);
    assert_eq!(pty.wait_exit(), 143);
    assert_terminal_given_back(&pty);
}

#[test]
fn sighup_gives_the_terminal_back() {
    let mut pty = Pty::spawn(&[], 80, 24);
    pty.wait_for("Create a Cozy");
    pty.kill(libc::SIGHUP);
    assert_eq!(pty.wait_exit(), 129);
    assert_terminal_given_back(&pty);
}

#[test]
fn ctrl_c_quits_from_a_flow() {
    let mut pty = Pty::spawn(&[], 80, 24);
    pty.wait_for("Create a Cozy");
    pty.send("2");
    pty.wait_for("Sign in to Cleura");
    pty.send("\x03");
    assert_eq!(pty.wait_exit(), 0);
    assert_terminal_given_back(&pty);
}

#[test]
fn a_small_terminal_is_told_the_size_it_needs() {
    let mut pty = Pty::spawn(&[], 50, 12);
    pty.wait_for("needs at least 60×16");
    pty.send("q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn without_a_terminal_it_explains_and_exits_2() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_cloudboard"))
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("needs a terminal"), "{stderr}");
    assert!(output.stdout.is_empty(), "nothing drawn on stdout");
}
