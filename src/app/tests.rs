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
    match &app.screen {
        Screen::Home(home) => home.selected,
        other => panic!("not on the home screen: {other:?}"),
    }
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
    assert_eq!(selected(&app), 0, "wraps to the top");
    update(&mut app, key(KeyCode::BackTab));
    assert_eq!(selected(&app), 3, "wraps to the bottom");
}

#[test]
fn enter_opens_the_selected_flow_and_esc_comes_back() {
    let mut app = app();
    update(&mut app, key(KeyCode::Down));
    update(&mut app, key(KeyCode::Enter));
    assert!(matches!(app.screen, Screen::Cleura(_)), "{:?}", app.screen);
    update(&mut app, key(KeyCode::Esc));
    assert!(matches!(app.screen, Screen::Home(_)));
}

#[test]
fn digits_open_their_flow() {
    let mut app = app();
    update(&mut app, key(KeyCode::Char('3')));
    assert!(matches!(app.screen, Screen::CloudSigma(_)));
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
    assert!(
        matches!(app.screen, Screen::Home(_)),
        "Enter only closed help"
    );
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
    assert!(matches!(commands.as_slice(), [Command::Suspend]));
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
    assert!(matches!(app.screen, Screen::Home(_)));
    update(&mut app, Msg::Resize(80, 24));
    update(&mut app, key(KeyCode::Enter));
    assert!(matches!(app.screen, Screen::Cozy(_)));
}

#[test]
fn nothing_ticks_while_idle() {
    let app = app();
    assert_eq!(app.next_deadline(), None);
}

#[test]
fn a_click_on_an_entry_opens_it() {
    use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let mut app = app();
    let list = crate::ui::home::list_area(app.body_area());
    let click = MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: list.x + 5,
        row: list.y + 2 * home::ENTRY_HEIGHT,
        modifiers: KeyModifiers::NONE,
    };
    update(&mut app, Msg::Mouse(click));
    assert!(
        matches!(app.screen, Screen::CloudSigma(_)),
        "{:?}",
        app.screen
    );
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
        [Command::WatchOutbox { base, after: 0, .. }] if base == "http://127.0.0.1:4000"
    ));
    assert_eq!(app.next_deadline(), None);
}
