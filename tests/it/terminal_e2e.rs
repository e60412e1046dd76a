//! The real binary in a real pseudo-terminal: it draws the home screen, and gives the
//! terminal back (alternate screen left, raw mode off, mouse and paste modes off) however it
//! ends.

use crate::common;

use common::pty::Pty;
use rustix::process::Signal;

fn assert_terminal_given_back(pty: &Pty) {
    assert!(!pty.alternate_screen(), "still on the alternate screen");
    assert!(!pty.raw_mode(), "raw mode left on");
    assert!(!pty.mouse_captured(), "mouse capture left on");
    assert!(!pty.bracketed_paste(), "bracketed paste left on");
}

/// The wizard at 80x24, with `env` besides, its home drawn.
fn at_home(env: &[(&str, &str)]) -> Pty {
    let pty = Pty::spawn_with(&[], 80, 24, env);
    pty.wait_for("Create a Cozy");
    pty
}

/// The program ends with `code`, and the terminal is given back.
fn ends_giving_the_terminal_back(pty: &mut Pty, code: u32) {
    assert_eq!(pty.wait_exit(), code);
    assert_terminal_given_back(pty);
}

/// `signal` sent at the home: the program ends with `code`, the terminal given back.
fn a_signal_gives_the_terminal_back(signal: Signal, code: u32) {
    let mut pty = at_home(&[]);
    pty.kill(signal);
    ends_giving_the_terminal_back(&mut pty, code);
}

/// How many files in `dir` have a name starting with `prefix`.
fn files_named(dir: &std::path::Path, prefix: &str) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .count()
}

#[test]
fn quits_with_q_and_gives_the_terminal_back() {
    let mut pty = Pty::spawn(&[], 80, 24);
    pty.wait_for("Open a cloud account from your terminal");
    assert!(pty.alternate_screen());
    assert!(pty.raw_mode());
    pty.send("q");
    ends_giving_the_terminal_back(&mut pty, 0);
}

#[test]
fn sigterm_gives_the_terminal_back() {
    a_signal_gives_the_terminal_back(Signal::TERM, 143);
}

#[test]
fn sighup_gives_the_terminal_back() {
    a_signal_gives_the_terminal_back(Signal::HUP, 129);
}

#[test]
fn ctrl_c_quits_from_a_flow() {
    let mut pty = at_home(&[]);
    pty.send("2");
    pty.wait_for("Sign in to Cleura");
    pty.send("\x03");
    ends_giving_the_terminal_back(&mut pty, 0);
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
    let output = common::cli::bare(&[], &[]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("needs a terminal"), "{stderr}");
    assert!(output.stdout.is_empty(), "nothing drawn on stdout");
}

#[test]
fn a_panic_on_the_ui_thread_gives_the_terminal_back_and_reports() {
    let mut pty = Pty::spawn_with(&[], 80, 24, &[("CLOUDBOARD_TEST_PANIC", "ui")]);
    let code = pty.wait_exit();
    assert_ne!(code, 0);
    assert_terminal_given_back(&pty);
    let screen = pty.screen();
    assert!(
        screen.contains("deliberate panic"),
        "the report is shown: {screen}"
    );
}

#[test]
fn a_panic_in_a_background_task_leaves_the_ui_running() {
    let mut pty = at_home(&[("CLOUDBOARD_TEST_PANIC", "backend")]);
    // The panic happened as the backend started; the UI must still be up and answering.
    pty.send("\x1b[B");
    pty.wait_for("› 2. Sign in to Cleura");
    assert!(pty.alternate_screen());
    assert!(pty.raw_mode());
    pty.send("q");
    ends_giving_the_terminal_back(&mut pty, 0);
}

#[test]
fn ctrl_z_suspends_and_sigcont_resumes() {
    let mut pty = at_home(&[]);
    pty.send("\x1a");
    pty.wait_until(|_| !pty_alt(&pty), "the alternate screen to be left");
    assert!(!pty.raw_mode(), "raw mode is off while suspended");
    pty.kill(Signal::CONT);
    pty.wait_until(
        |screen| screen.contains("Create a Cozy") && pty_alt(&pty),
        "the redraw",
    );
    assert!(pty.raw_mode());
    pty.send("q");
    ends_giving_the_terminal_back(&mut pty, 0);
}

fn pty_alt(pty: &Pty) -> bool {
    pty.alternate_screen()
}

#[test]
fn logs_go_to_a_private_file_at_the_level_asked_for() {
    let mut pty = at_home(&[("CLOUDBOARD_LOG", "debug")]);
    pty.send("q");
    assert_eq!(pty.wait_exit(), 0);
    let log = pty.home.join("data/cloudboard/cloudboard.log");
    let text = std::fs::read_to_string(&log).expect("the log file exists");
    assert!(text.contains("cloudboard ends"), "{text}");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&log).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert!(
        !pty.screen().contains("DEBUG"),
        "nothing of the log reaches the screen"
    );
}

#[test]
fn a_broken_config_file_is_set_aside_and_reported() {
    let home = common::temp_dir("brokencfg");
    let config = home.join("config.toml");
    std::fs::write(&config, "[cozy\napi = ").unwrap();
    let config_arg = config.to_string_lossy().into_owned();
    let mut pty = Pty::spawn(&["--config", &config_arg], 100, 30);
    // The notice's line can reach the pty in pieces: wait for the file's name too.
    let screen = pty.wait_until(
        |s| s.contains("moved to") && s.contains("config.toml"),
        "the broken config set aside",
    );
    assert!(screen.contains("config.toml"), "{screen}");
    pty.send("q");
    assert_eq!(pty.wait_exit(), 0);
    assert!(!config.exists(), "the broken file was moved aside");
    assert_eq!(files_named(&home, "config.toml.broken-"), 1);
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn a_truncated_state_file_is_set_aside_and_reported() {
    let data = common::temp_dir("brokenstate");
    let state = data.join("cloudboard/state.json");
    std::fs::create_dir_all(state.parent().unwrap()).unwrap();
    std::fs::write(&state, "{\"cozy\": {\"workflow\": \"wf\", \"slu").unwrap();
    let data_env = data.to_string_lossy().into_owned();
    let mut pty = Pty::spawn_with(&[], 120, 30, &[("XDG_DATA_HOME", &data_env)]);
    let screen = pty.wait_until(
        |s| s.contains("moved to") && s.contains("state.json") && s.contains("Create a Cozy"),
        "the broken state set aside",
    );
    assert!(screen.contains("state.json"), "{screen}");
    assert!(
        screen.contains("Create a Cozy"),
        "the wizard runs on: {screen}"
    );
    pty.send("q");
    assert_eq!(pty.wait_exit(), 0);
    assert!(!state.exists());
    let aside = files_named(state.parent().unwrap(), "state.json.broken-");
    assert!(aside > 0, "kept aside for the person to look at");
    let _ = std::fs::remove_dir_all(&data);
}
