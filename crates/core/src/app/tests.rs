//! update() tests for the home screen and the keys that work everywhere.

use std::time::Instant;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::*;

fn app() -> App {
    App::new(Config::default(), (80, 24), Instant::now())
}

fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn ctrl(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

fn selected(app: &App) -> usize {
    assert_eq!(app.front, Front::Home, "not on the home screen");
    app.home.selected
}

#[test]
fn tab_and_arrows_move_the_selection_and_wrap() {
    let mut app = app();
    update(&mut app, key(KeyCode::Tab));
    assert_eq!(selected(&app), 1);
    update(&mut app, key(KeyCode::Down));
    assert_eq!(selected(&app), 2);
    update(&mut app, key(KeyCode::Down));
    update(&mut app, key(KeyCode::Down));
    update(&mut app, key(KeyCode::Down));
    assert_eq!(selected(&app), 0, "wraps to the top");
    update(&mut app, key(KeyCode::BackTab));
    assert_eq!(selected(&app), 4, "wraps to the bottom");
}

#[test]
fn enter_opens_the_selected_flow_and_esc_comes_back() {
    let mut app = app();
    update(&mut app, key(KeyCode::Down));
    update(&mut app, key(KeyCode::Enter));
    assert!(app.front == Front::Cleura, "{:?}", app.front);
    update(&mut app, key(KeyCode::Esc));
    assert!(app.front == Front::Home);
}

#[test]
fn digits_open_their_flow() {
    let mut app = app();
    update(&mut app, key(KeyCode::Char('3')));
    assert!(app.front == Front::CloudSigma);
}

#[test]
fn enter_on_quit_quits() {
    let mut app = app();
    update(&mut app, key(KeyCode::End));
    update(&mut app, key(KeyCode::Enter));
    assert!(app.should_quit);
}

#[test]
fn question_mark_opens_help_and_any_key_closes_it_without_acting() {
    let mut app = app();
    update(&mut app, key(KeyCode::Char('?')));
    assert!(app.help_open);
    update(&mut app, key(KeyCode::Enter));
    assert!(!app.help_open);
    assert!(app.front == Front::Home, "Enter only closed help");
    update(&mut app, key(KeyCode::F(1)));
    assert!(app.help_open);
}

#[test]
fn ctrl_c_quits_when_nothing_is_in_flight() {
    let mut app = app();
    update(&mut app, ctrl('c'));
    assert!(app.should_quit);
}

#[test]
fn ctrl_z_asks_the_loop_to_suspend() {
    let mut app = app();
    let commands = update(&mut app, ctrl('z'));
    assert!(matches!(commands.as_slice(), [Effect::Suspend]));
}

#[test]
fn esc_on_home_does_not_quit() {
    let mut app = app();
    update(&mut app, key(KeyCode::Esc));
    assert!(!app.should_quit);
}

#[test]
fn key_releases_are_not_presses() {
    let mut app = app();
    let mut release = KeyEvent::new(KeyCode::Down, KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    update(&mut app, Msg::Key(release));
    assert_eq!(selected(&app), 0);
    assert!(!app.redraw, "an ignored key draws nothing");
}

#[test]
fn a_terminal_below_the_minimum_ignores_navigation() {
    let mut app = app();
    update(&mut app, Msg::Resize(40, 10));
    assert!(app.too_small());
    update(&mut app, key(KeyCode::Enter));
    assert!(app.front == Front::Home);
    update(&mut app, Msg::Resize(80, 24));
    update(&mut app, key(KeyCode::Enter));
    assert!(app.front == Front::Cozy);
}

#[test]
fn nothing_ticks_while_idle() {
    let app = app();
    assert_eq!(app.next_deadline(), None);
}

#[test]
fn a_click_on_an_entry_opens_it() {
    let mut app = app();
    update(&mut app, Msg::Click(Some(Hit::Home(2))));
    assert!(app.front == Front::CloudSigma, "{:?}", app.front);
}

#[test]
fn a_click_on_nothing_does_nothing_and_closes_an_overlay() {
    let mut app = app();
    update(&mut app, Msg::Click(None));
    assert!(app.front == Front::Home);
    update(&mut app, key(KeyCode::F(1)));
    assert!(app.help_open);
    update(&mut app, Msg::Click(Some(Hit::Home(2))));
    assert!(!app.help_open, "a click closes the help");
    assert!(app.front == Front::Home, "and does nothing else");
}

#[test]
fn a_sandbox_that_comes_up_points_every_provider_at_it_and_follows_its_outbox() {
    let mut app = app();
    app.expect_sandbox();
    assert!(
        app.next_deadline().is_some(),
        "the header spinner ticks while it starts"
    );
    let commands = update(
        &mut app,
        Msg::Backend(Event {
            id: RequestId(0),
            body: EventBody::SandboxReady {
                base_url: "http://127.0.0.1:4000".into(),
            },
        }),
    );
    assert_eq!(app.config.cleura.endpoint, "http://127.0.0.1:4000/cleura");
    assert_eq!(app.config.cozy.api, "http://127.0.0.1:4000/cozy/api");
    assert!(matches!(
        commands.as_slice(),
        [Effect::Backend(Command::WatchOutbox { base, after: 0, .. })] if base == "http://127.0.0.1:4000"
    ));
    assert_eq!(app.next_deadline(), None);
}

#[test]
fn going_back_to_the_menu_keeps_the_flow_and_what_was_typed() {
    let mut app = app();
    update(&mut app, key(KeyCode::Char('2')));
    assert_eq!(app.front, Front::Cleura);
    update(&mut app, key(KeyCode::Esc));
    assert_eq!(app.front, Front::Home);
    assert!(app.flows.cleura.is_some(), "the flow's state lives on");
    assert_eq!(selected(&app), 1, "the flow just left stays selected");
}

#[test]
fn a_saved_creation_adds_a_resume_entry_at_the_top() {
    let mut app = app();
    let resume = crate::store::resume::CozyResume {
        workflow: "wf".into(),
        instance: None,
        slug: "alice".into(),
        domain: "mycozy.cloud".into(),
        email: "alice@example.org".into(),
        api: "https://manager.cozycloud.cc/api".into(),
        started_at: 0,
        routes: None,
        created: false,
    };
    update(
        &mut app,
        Msg::Backend(Event {
            id: RequestId(1),
            body: EventBody::State {
                state: Box::new(crate::store::resume::State {
                    cozy: Some(resume),
                    ..Default::default()
                }),
                notice: None,
            },
        }),
    );
    let entries = app.home_entries();
    assert_eq!(entries[0].open, home::Open::CozyResume);
    assert!(entries[0].title.contains("alice.mycozy.cloud"));
    assert_eq!(entries[1].digit, Some('1'), "digits still name the flows");
}

#[test]
fn the_wizard_starts_by_reading_the_state_file() {
    let mut app = app();
    let out = update(&mut app, Msg::Start(Start::default()));
    assert!(matches!(
        out.as_slice(),
        [Effect::Backend(Command::LoadState(_))]
    ));
}

#[test]
fn a_start_with_a_sandbox_address_points_every_provider_at_it_and_follows_its_outbox() {
    let mut app = app();
    let start = Start {
        sandbox: SandboxAt::Url("http://127.0.0.1:4000/".into()),
        notice: Some("The config file was set aside.".into()),
        color: false,
        ..Start::default()
    };
    let out = update(&mut app, Msg::Start(start));
    assert!(matches!(
        out.as_slice(),
        [Effect::Backend(Command::LoadState(_)), Effect::Backend(Command::WatchOutbox { base, .. })] if base == "http://127.0.0.1:4000"
    ));
    assert_eq!(app.sandbox_status, SandboxStatus::Ready);
    assert!(app.toast.is_some() && !app.color);
    let mut app = self::app();
    update(
        &mut app,
        Msg::Start(Start {
            sandbox: SandboxAt::InProcess,
            ..Start::default()
        }),
    );
    assert_eq!(app.sandbox_status, SandboxStatus::Starting);
}

#[test]
fn f2_shows_the_outbox_over_the_screen_when_there_is_no_room_for_the_panel() {
    let mut app = app();
    app.point_at_sandbox("http://127.0.0.1:9");
    update(&mut app, key(KeyCode::F(2)));
    assert!(app.outbox.overlay, "80x24 has no room for the panel");
    assert!(app.outbox.visible, "the panel setting is left alone");
    update(&mut app, key(KeyCode::Down));
    assert!(!app.outbox.overlay, "any key closes it");
    assert_eq!(selected(&app), 0, "and does nothing else");
    update(&mut app, Msg::Resize(140, 40));
    update(&mut app, key(KeyCode::F(2)));
    assert!(!app.outbox.visible, "with room, F2 hides the panel");
    assert!(!app.outbox.overlay);
}

#[test]
fn a_flow_asked_for_while_the_sandbox_starts_opens_on_it_once_it_is_up() {
    let mut app = app();
    app.expect_sandbox();
    let out = update(&mut app, key(KeyCode::Char('2')));
    assert!(out.is_empty(), "nothing is sent to the real endpoints");
    assert_eq!(app.front, Front::Home);
    let out = update(
        &mut app,
        Msg::Backend(Event {
            id: RequestId(0),
            body: EventBody::SandboxReady {
                base_url: "http://127.0.0.1:4000".into(),
            },
        }),
    );
    assert_eq!(app.front, Front::Cleura);
    let resume = out.commands().find_map(|c| match c {
        Command::Cleura(_, cleura::Request::Resume { endpoint, .. }) => Some(endpoint.clone()),
        _ => None,
    });
    assert_eq!(resume.as_deref(), Some("http://127.0.0.1:4000/cleura"));
}

#[test]
fn enter_on_the_quit_question_stays_and_only_y_quits() {
    let mut app = app();
    app.confirm_quit = true;
    update(&mut app, key(KeyCode::Enter));
    assert!(!app.should_quit && !app.confirm_quit, "Enter stays");
    app.confirm_quit = true;
    update(&mut app, key(KeyCode::Char('y')));
    assert!(app.should_quit);
}
