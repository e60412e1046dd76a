//! Snapshots of the home screen, its help overlay and the too-small notice, and the real run
//! loop driven on a TestBackend.

use crate::common;

use std::io;

use cloudboard::app::{App, EventBody, Msg, RequestId, update};
use cloudboard::run::{self, Channels, Exit, Host, Signal, Signals};
use cloudboard::store::resume::{CozyResume, Kept, State};
use futures::stream;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

#[test]
fn home_at_80x24() {
    let app = common::app(80, 24);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn help_overlay_on_home() {
    let mut app = common::app(80, 24);
    cloudboard::app::update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Char('?'), KeyModifiers::NONE)),
    );
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn too_small_notice() {
    let app = common::app(50, 12);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn tiny_terminals_do_not_panic() {
    for (w, h) in [
        (1, 1),
        (2, 1),
        (1, 5),
        (10, 3),
        (59, 16),
        (60, 15),
        (60, 16),
    ] {
        let app = common::app(w, h);
        let _ = common::render(&app);
    }
}

struct NoHost;

impl Host for NoHost {
    fn suspend(&mut self) -> io::Result<()> {
        Ok(())
    }
    fn copy_to_clipboard(&mut self, _text: &str) -> io::Result<()> {
        Ok(())
    }
}

struct NoSignals;

impl Signals for NoSignals {
    async fn recv(&mut self) -> Signal {
        std::future::pending().await
    }
}

/// A key as the terminal's input stream gives it to the run loop.
fn input_key(code: KeyCode) -> io::Result<Event> {
    Ok(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

/// The real run loop at 80x24, fed `inputs`, with no backend behind it: how it ended, and
/// the last frame it drew.
async fn run_loop(inputs: Vec<io::Result<Event>>) -> (color_eyre::Result<Exit>, String) {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut app = common::app(80, 24);
    let (_event_tx, event_rx) = tokio::sync::mpsc::unbounded_channel();
    let (command_tx, _command_rx) = tokio::sync::mpsc::unbounded_channel();
    let channels = Channels {
        events: event_rx,
        commands: command_tx,
    };
    let inputs = stream::iter(inputs);
    let exit = run::run(
        &mut terminal,
        &mut app,
        inputs,
        channels,
        &mut NoHost,
        &mut NoSignals,
    )
    .await;
    (exit, terminal.backend().to_string())
}

#[tokio::test]
async fn the_run_loop_walks_into_a_flow_and_out_again() {
    // Down to Cleura, open it, back, then quit: the last frame is the home screen again.
    let (exit, screen) = run_loop(vec![
        input_key(KeyCode::Down),
        input_key(KeyCode::Enter),
        input_key(KeyCode::Esc),
        input_key(KeyCode::Char('q')),
    ])
    .await;
    assert_eq!(exit.unwrap(), Exit::Quit);
    assert!(screen.contains("› 2. Sign in to Cleura"), "{screen}");
}

#[tokio::test]
async fn the_run_loop_ends_when_input_closes() {
    let (exit, _) = run_loop(Vec::new()).await;
    assert_eq!(exit.unwrap(), Exit::InputClosed);
}

#[tokio::test]
async fn input_that_cannot_be_read_ends_the_loop_as_a_hang_up() {
    let unreadable = io::Error::other("reader source not set");
    let (exit, _) = run_loop(vec![Err(unreadable)]).await;
    let exit = exit.expect("no error over a terminal that is gone");
    assert_eq!(exit, Exit::InputClosed);
}

/// A notice too long for its three lines ends in "…" rather than being cut short without
/// a sign; it stands above the key bar, which stays in sight, and moves nothing.
#[test]
fn a_long_notice_wraps_and_ends_in_an_ellipsis() {
    let mut app = common::app(60, 16);
    let before = common::render(&app);
    app.toast = Some(cloudboard::app::Toast {
        text: "The Cloudery said something very long. ".repeat(20),
        tone: cloudboard::app::Tone::Problem,
        until: std::time::Instant::now() + std::time::Duration::from_secs(60),
    });
    let screen = common::render(&app);
    // Each row is rendered between quotes.
    let rows: Vec<&str> = screen
        .lines()
        .map(|l| l.trim_matches('"').trim_end())
        .collect();
    let key_bar = rows[rows.len() - 1];
    assert_eq!(
        key_bar,
        before.lines().last().unwrap().trim_matches('"').trim_end()
    );
    let notice = &rows[rows.len() - 4..rows.len() - 1];
    assert!(notice[0].starts_with(" ✗ The Cloudery"), "{screen}");
    assert!(notice[2].ends_with('…'), "{screen}");
    assert!(
        notice
            .iter()
            .all(|l| l.contains("said") || l.contains("long")),
        "{screen}"
    );
    // What is above the notice did not move.
    let above = rows.len() - 4;
    assert_eq!(
        rows[..above],
        before
            .lines()
            .map(|l| l.trim_matches('"').trim_end())
            .collect::<Vec<_>>()[..above]
    );
}

/// Requests an earlier run sent and never saw answered come first on the menu, each with
/// what it was, and Del to forget the one selected.
#[test]
fn home_with_unanswered_requests() {
    use cloudboard::store::sent::Sent;
    let mut app = common::app(80, 24);
    app.saved.state.unanswered = vec![
        Sent::CozyCreate {
            api: "https://manager.cozycloud.cc/api".into(),
            slug: "sam".into(),
            domain: "mycozy.cloud".into(),
            email: "sam@example.org".into(),
            sent_at: 1_765_100_000,
        },
        Sent::CloudSigmaCreate {
            api: "https://zrh.cloudsigma.com/api/2.0/".into(),
            email: "sam@example.org".into(),
            sent_at: 1_765_100_000,
        },
    ];
    insta::assert_snapshot!(common::render(&app));
}

/// The state file read, as the backend answers `LoadState`.
pub(crate) fn loaded(app: &mut App, state: State) {
    update(
        app,
        Msg::Backend(cloudboard::app::Event {
            id: RequestId(1),
            body: EventBody::State {
                state: Box::new(state),
                notice: None,
            },
        }),
    );
}

/// The Cozy creation `slug`'s an earlier run began at `api`; `created`, it waits for its
/// activation.
pub(crate) fn creation(slug: &str, api: &str, created: bool) -> CozyResume {
    CozyResume {
        workflow: "wf-7".into(),
        instance: Some("inst-7".into()),
        slug: slug.into(),
        domain: "mycozy.cloud".into(),
        email: format!("{slug}@example.org"),
        api: api.into(),
        started_at: 1_765_100_000,
        routes: None,
        created,
    }
}

/// `state` with a Cleura token kept for `login` (in the desktop keyring) and a CloudSigma
/// session at Zurich for `email`, kept in `store`.
pub(crate) fn signed_in(mut state: State, login: &str, email: &str, store: &str) -> State {
    state.kept.insert(
        cloudboard::app::cleura::SECRET.into(),
        Some(Kept {
            who: login.into(),
            api: "https://rest.cleura.cloud".into(),
            place: None,
            store: "the desktop keyring".into(),
        }),
    );
    state.kept.insert(
        cloudboard::app::cloudsigma::SECRET.into(),
        Some(Kept {
            who: email.into(),
            api: "https://zrh.cloudsigma.com/api/2.0/".into(),
            place: Some("Zurich".into()),
            store: store.into(),
        }),
    );
    state
}

/// What earlier runs left, read from the state file: a Cozy created and waiting for
/// activation, a Cleura token and a CloudSigma session kept.
pub(crate) fn with_states(width: u16, height: u16, cozy_api: &str, created: bool) -> App {
    let mut app = common::app(width, height);
    let state = State {
        cozy: Some(creation("jane", cozy_api, created)),
        ..State::default()
    };
    let kept_in = "the desktop keyring";
    loaded(
        &mut app,
        signed_in(state, "bob", "demo@example.org", kept_in),
    );
    app
}

/// Each flow says what is known of it under its title; the Cozy left waiting for
/// activation is offered to finish, not to follow again.
#[test]
fn home_with_states_at_80x24() {
    let app = with_states(80, 24, "https://manager.cozycloud.cc/api", true);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn home_with_states_at_60x16() {
    let app = with_states(60, 16, "https://manager.cozycloud.cc/api", true);
    insta::assert_snapshot!(common::render(&app));
}

/// A creation begun in a sandbox that no longer runs is offered to forget.
#[test]
fn home_with_a_creation_from_a_gone_sandbox_at_80x24() {
    let app = with_states(80, 24, "http://127.0.0.1:4000/cozy/api", false);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn home_with_a_creation_being_created_at_60x16() {
    let app = with_states(60, 16, "https://manager.cozycloud.cc/api", false);
    insta::assert_snapshot!(common::render(&app));
}
