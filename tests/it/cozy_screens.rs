//! Snapshots of every screen of the Cozy flow at 80x24 (what a person sees), and a walk of
//! every step at small sizes that must not panic.

use crate::common;

use std::time::Duration;

use cloudboard::app::cozy::{Created, End, Failure, Reply, Request};
use cloudboard::app::{App, Command, Commands, Effect, Msg, RequestId, update};
use common::{answer, key, reply, request_id, typed};
use ratatui::crossterm::event::KeyCode;

// The scenarios below are the French screens' too (`french_cozy`): each is set up once.

pub(crate) const TOKEN: &str = "0123456789abcdef0123456789abcdef";
pub(crate) const GOOD: &str = "correct horse battery staple tuesday";

pub(crate) fn is_register(commands: &[Effect]) -> bool {
    commands
        .commands()
        .any(|c| matches!(c, Command::Cozy(_, Request::Register { .. })))
}

pub(crate) fn opened(width: u16, height: u16) -> App {
    let mut app = common::app(width, height);
    key(&mut app, KeyCode::Char('1'));
    app
}

/// alice's email and address given: the terms, from their top.
pub(crate) fn at_terms(width: u16, height: u16) -> App {
    let mut app = opened(width, height);
    answer(&mut app, "alice@example.org");
    answer(&mut app, "alice");
    app
}

pub(crate) fn at_confirm(width: u16, height: u16) -> App {
    let mut app = at_terms(width, height);
    answer(&mut app, "y");
    app
}

/// In a run with a sandbox, alice's Cozy asked for from its summary: the creation's id.
pub(crate) fn creation_sent_in_the_sandbox(width: u16, height: u16) -> (App, RequestId) {
    let mut app = common::app(width, height);
    common::start_at_sandbox(&mut app, "http://127.0.0.1:9");
    key(&mut app, KeyCode::Char('1'));
    answer(&mut app, "alice@example.org");
    answer(&mut app, "alice");
    answer(&mut app, "y");
    let create = request_id(&key(&mut app, KeyCode::Enter));
    (app, create)
}

/// The address with a choice of two domains, the second chosen.
pub(crate) fn at_address_domains(width: u16, height: u16) -> App {
    let mut app = common::app(width, height);
    app.config.cozy.domains = vec!["mycozy.cloud".into(), "cozy.example.org".into()];
    key(&mut app, KeyCode::Char('1'));
    answer(&mut app, "alice@example.org");
    typed(&mut app, "alice");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Right);
    app
}

/// The summary, the run configured to send the new Cozy on to an app.
pub(crate) fn at_confirm_with_a_redirect(width: u16, height: u16) -> App {
    let mut app = common::app(width, height);
    app.config.cozy.redirect = Some("https://app.example.org/onboarded".into());
    key(&mut app, KeyCode::Char('1'));
    answer(&mut app, "alice@example.org");
    answer(&mut app, "alice");
    answer(&mut app, "y");
    app
}

/// The creation sent, and refused: the address is taken.
pub(crate) fn refused_as_taken(app: &mut App) {
    let create = request_id(&key(app, KeyCode::Enter));
    reply(
        app,
        create,
        Reply::Created(Err(Failure::Api(cloudboard::api::ApiError::Refused {
            status: 409,
            message: "slug already taken".into(),
            field: None,
        }))),
    );
}

/// The Cloudery is busy: try again in five seconds.
pub(crate) fn busy() -> Failure {
    Failure::Api(cloudboard::api::ApiError::Busy {
        status: 503,
        message: "try later".into(),
        retry_after: Some(Duration::from_secs(5)),
    })
}

/// The creation's answer was lost on the way back.
pub(crate) fn answer_lost() -> Failure {
    Failure::Api(cloudboard::api::ApiError::Closed {
        host: "manager.cozycloud.cc".into(),
    })
}

/// The creation followed, and running at its third look, three seconds on.
pub(crate) fn running(app: &mut App, follow: RequestId) {
    reply(
        app,
        follow,
        Reply::Progress {
            status: Some("running".into()),
            attempt: 3,
            trouble: None,
            next_in: Duration::from_secs(1),
        },
    );
    app.now += Duration::from_secs(3);
}

/// The fourth look at the creation failed with `trouble`, as the backend says it.
pub(crate) fn in_trouble(app: &mut App, follow: RequestId, trouble: String) {
    reply(
        app,
        follow,
        Reply::Progress {
            status: None,
            attempt: 4,
            trouble: Some(trouble),
            next_in: Duration::from_secs(2),
        },
    );
}

/// The creation followed for ten minutes without an end.
pub(crate) fn at_creation_given_up(width: u16, height: u16) -> App {
    let mut app = at_confirm(width, height);
    let follow = at_creating(&mut app);
    reply(
        &mut app,
        follow,
        Reply::Ended(End::GaveUp {
            after: Duration::from_secs(600),
        }),
    );
    app
}

/// Created and being followed: the follow request's id.
pub(crate) fn at_creating(app: &mut App) -> RequestId {
    let create = request_id(&key(app, KeyCode::Enter));
    let out = reply(
        app,
        create,
        Reply::Created(Ok(Created {
            instance: "inst".into(),
            workflow: "wf".into(),
            at: 0,
            routes: cloudboard::api::cozy::RouteSet::Public,
        })),
    );
    request_id(&out)
}

pub(crate) fn at_check_email(width: u16, height: u16) -> App {
    let mut app = common::app(width, height);
    to_check_email(&mut app);
    app
}

/// From the menu of `app` (set up as a test needs it) to "Check your email" for alice.
pub(crate) fn to_check_email(app: &mut App) {
    key(app, KeyCode::Char('1'));
    answer(app, "alice@example.org");
    answer(app, "alice");
    answer(app, "y");
    let follow = at_creating(app);
    reply(app, follow, Reply::Ended(End::Succeeded));
}

pub(crate) fn at_passphrase(width: u16, height: u16) -> App {
    let mut app = at_check_email(width, height);
    answer(&mut app, TOKEN);
    app
}

/// "Check your email" in the sandbox, its outbox panel hidden.
pub(crate) fn at_check_email_in_the_sandbox(width: u16, height: u16) -> App {
    let mut app = common::app(width, height);
    common::start_at_sandbox(&mut app, "http://127.0.0.1:4000");
    app.outbox.visible = false;
    to_check_email(&mut app);
    app
}

pub(crate) fn at_done(width: u16, height: u16) -> App {
    let mut app = at_passphrase(width, height);
    registered(&mut app);
    app
}

/// From the passphrase step: a good passphrase twice, no hint, and registered.
pub(crate) fn registered(app: &mut App) {
    answer(app, GOOD);
    answer(app, GOOD);
    let out = answer(app, "");
    assert!(is_register(&out), "the passphrase is sent");
    reply(app, request_id(&out), Reply::Registered(Ok(None)));
}

/// The passphrase refused: the activation link's token was spent.
pub(crate) fn token_spent() -> Reply {
    Reply::Registered(Err(Failure::Api(cloudboard::api::ApiError::Refused {
        status: 400,
        message: "Invalid register token".into(),
        field: None,
    })))
}

/// The web onboarding, opened after leaving the flow at the address.
pub(crate) fn at_web_onboarding(width: u16, height: u16) -> App {
    let mut app = opened(width, height);
    answer(&mut app, "alice@example.org");
    typed(&mut app, "alice");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    update(&mut app, Msg::Open(cloudboard::app::home::Open::CozyWeb));
    app
}

fn snap(name: &str, app: &App) {
    insta::assert_snapshot!(name, common::render(app));
}

#[test]
fn email() {
    let mut app = opened(80, 24);
    snap("cozy_email_empty", &app);
    typed(&mut app, "alice");
    key(&mut app, KeyCode::Enter);
    snap("cozy_email_refused", &app);
}

/// What a paste leaves out or changes is said under the field: a sender's name around an
/// email address, a dot and capitals in a Cozy address.
#[test]
fn pasted_email_and_address() {
    let mut app = opened(80, 24);
    update(&mut app, Msg::Paste("Jane Doe <jane@example.org>".into()));
    snap("cozy_email_pasted_with_a_name", &app);
    key(&mut app, KeyCode::Enter);
    update(&mut app, Msg::Paste("Jane.Doe".into()));
    snap("cozy_address_pasted", &app);
}

#[test]
fn address() {
    let mut app = opened(80, 24);
    answer(&mut app, "alice@example.org");
    snap("cozy_address_empty", &app);
    typed(&mut app, "Alice-");
    snap("cozy_address_typing", &app);
    let mut app = opened(80, 24);
    answer(&mut app, "alice@example.org");
    typed(&mut app, "9lives");
    snap("cozy_address_digit_first", &app);
}

#[test]
fn address_taken() {
    let mut app = at_confirm(80, 24);
    refused_as_taken(&mut app);
    snap("cozy_address_taken", &app);
}

#[test]
fn address_with_several_domains() {
    let app = at_address_domains(80, 24);
    snap("cozy_address_domains", &app);
}

#[test]
fn terms() {
    let mut app = at_terms(80, 24);
    snap("cozy_terms_top", &app);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::End);
    snap("cozy_terms_end_refused", &app);
    key(&mut app, KeyCode::Char(' '));
    snap("cozy_terms_accepted", &app);
}

#[test]
fn confirm() {
    let mut app = at_confirm(80, 24);
    snap("cozy_confirm", &app);
    let create = request_id(&key(&mut app, KeyCode::Enter));
    snap("cozy_confirm_sending", &app);
    reply(&mut app, create, Reply::Created(Err(Failure::MissingToken)));
    snap("cozy_confirm_missing_token", &app);
    let create = request_id(&key(&mut app, KeyCode::Enter));
    reply(&mut app, create, Reply::Created(Err(busy())));
    snap("cozy_confirm_busy", &app);
}

#[test]
fn confirm_with_a_redirect() {
    let app = at_confirm_with_a_redirect(80, 24);
    snap("cozy_confirm_redirect", &app);
}

#[test]
fn creating() {
    let mut app = at_confirm(80, 24);
    let follow = at_creating(&mut app);
    snap("cozy_creating_sent", &app);
    running(&mut app, follow);
    snap("cozy_creating_running", &app);
    in_trouble(
        &mut app,
        follow,
        "The service is unavailable for now: 503 Service Unavailable; looking again in 2 s".into(),
    );
    snap("cozy_creating_trouble", &app);
    reply(&mut app, follow, Reply::Ended(End::Failed));
    snap("cozy_creating_failed", &app);
}

#[test]
fn creating_gave_up() {
    let app = at_creation_given_up(80, 24);
    snap("cozy_creating_gave_up", &app);
}

#[test]
fn check_email() {
    let mut app = at_check_email(80, 24);
    snap("cozy_check_email", &app);
    answer(&mut app, "https://alice.mycozy.cloud/?registerToken=12ab");
    snap("cozy_check_email_malformed", &app);
}

#[test]
fn check_email_in_the_sandbox() {
    let app = at_check_email_in_the_sandbox(80, 24);
    snap("cozy_check_email_sandbox", &app);
}

/// The outbox with the activation email, and a link longer than an 80-column terminal.
fn with_links(app: &mut App) {
    let email = |id: u64, link: &str| cloudboard::app::OutboxMessage {
        id,
        kind: "email".into(),
        to: "alice@example.org".into(),
        subject: "Activate your Cozy".into(),
        body: String::new(),
        link: Some(link.into()),
        code: None,
        at: String::new(),
    };
    app.outbox.receive(vec![
        email(
            1,
            &format!("http://127.0.0.1:4000/cozy/instances/alice.mycozy.cloud/?onboarding=true&registerToken={TOKEN}"),
        ),
        email(2, "http://127.0.0.1:4000/cozy/activate/3dfb649c80712791"),
    ]);
}

/// Links in the outbox are drawn whole, never inside the box's borders, so that a mouse
/// selection copies the link and nothing else.
#[test]
fn outbox_links_are_whole() {
    let mut app = common::app(80, 24);
    common::start_at_sandbox(&mut app, "http://127.0.0.1:4000");
    to_check_email(&mut app);
    with_links(&mut app);
    key(&mut app, KeyCode::F(2));
    assert!(app.outbox.overlay, "80x24 has no room for the panel");
    let screen = common::render(&app);
    assert!(
        screen.contains("│http://127.0.0.1:4000/cozy/activate/3dfb649c80712791 "),
        "{screen}"
    );
    snap("outbox_overlay_80x24", &app);

    let mut app = common::app(200, 60);
    common::start_at_sandbox(&mut app, "http://127.0.0.1:4000");
    to_check_email(&mut app);
    with_links(&mut app);
    assert!(app.outbox.visible);
    let screen = common::render(&app);
    assert!(
        screen.contains("│http://127.0.0.1:4000/cozy/activate/3dfb649c80712791 "),
        "{screen}"
    );
    snap("outbox_panel_200x60", &app);
    // Over the body, as after F2 on a smaller terminal then grown.
    app.outbox.visible = false;
    app.outbox.overlay = true;
    snap("outbox_overlay_200x60", &app);
}

#[test]
fn a_long_refusal_on_a_small_terminal_keeps_the_buttons_in_sight() {
    let mut app = at_passphrase(60, 16);
    typed(&mut app, "Password1");
    key(&mut app, KeyCode::Enter);
    let screen = common::render(&app);
    assert!(screen.contains("Set my passphrase"), "{screen}");
    assert!(screen.contains("Too easy to guess"), "{screen}");
    // Whole: the blank row before the buttons and the rows kept for messages give way first.
    assert!(
        common::reads(&screen, "Uncommon words are better."),
        "{screen}"
    );
    snap("cozy_passphrase_refused_60x16", &app);
}

#[test]
fn passphrase() {
    let mut app = at_passphrase(80, 24);
    snap("cozy_passphrase_empty", &app);
    typed(&mut app, "password1");
    snap("cozy_passphrase_weak", &app);
    key(&mut app, KeyCode::Enter);
    snap("cozy_passphrase_refused", &app);
    let mut app = at_passphrase(80, 24);
    answer(&mut app, GOOD);
    answer(&mut app, "something else");
    snap("cozy_passphrase_mismatch", &app);
    answer(&mut app, GOOD);
    typed(&mut app, "the usual one");
    let out = key(&mut app, KeyCode::Enter);
    assert!(is_register(&out));
    snap("cozy_passphrase_hashing", &app);
    reply(&mut app, request_id(&out), Reply::Hashed);
    snap("cozy_passphrase_registering", &app);
}

#[test]
fn spent_token() {
    let mut app = at_passphrase(80, 24);
    answer(&mut app, GOOD);
    answer(&mut app, GOOD);
    let out = answer(&mut app, "");
    reply(&mut app, request_id(&out), token_spent());
    snap("cozy_check_email_spent_token", &app);
}

#[test]
fn done() {
    let app = at_done(80, 24);
    snap("cozy_done", &app);
}

#[test]
fn done_too_small_for_the_code() {
    let app = at_done(60, 16);
    snap("cozy_done_no_room_for_the_code", &app);
}

/// The Done screen as the sandbox reaches it: a long address beside a larger code.
#[test]
fn done_with_a_long_address() {
    const ADDRESS: &str = "http://127.0.0.1:47811/cozy/instances/alice.mycozy.cloud";
    for (w, h) in [(100, 30), (80, 24), (60, 16)] {
        let mut app = common::app(w, h);
        app.config.cozy.instance_url = "http://127.0.0.1:47811/cozy/instances/{fqdn}".into();
        to_check_email(&mut app);
        answer(&mut app, TOKEN);
        registered(&mut app);
        let screen = common::render(&app);
        // Never broken inside a word: whole on a line of its own, or broken after a `/`.
        let whole = screen.contains(ADDRESS);
        let at_slashes = screen.contains("http://127.0.0.1:47811/cozy/")
            && screen.contains("instances/alice.mycozy.cloud");
        assert!(whole || at_slashes, "{w}x{h}:\n{screen}");
        if w >= 100 {
            assert!(whole, "{w}x{h}: a line of its own:\n{screen}");
        }
        if w >= 80 {
            assert!(
                screen.contains("█▀▀▀▀▀▀▀█") || screen.contains("▄▄▄▄▄"),
                "the code"
            );
        }
        snap(&format!("cozy_done_long_address_{w}x{h}"), &app);
    }
}

#[test]
fn web_onboarding() {
    let app = at_web_onboarding(80, 24);
    snap("cozy_web_onboarding", &app);
}

#[test]
fn help_lists_the_keys_of_the_terms_screen() {
    let mut app = at_terms(80, 24);
    key(&mut app, KeyCode::Char('?'));
    snap("cozy_terms_help", &app);
}

/// Every step drawn at sizes down to the minimum and below: no panic, and the step's key
/// words are still on screen at the minimum.
#[test]
fn every_step_draws_at_small_sizes() {
    type Make = fn(u16, u16) -> App;
    let steps: [(Make, &str); 6] = [
        (opened, "Email address"),
        (at_confirm, "Create my Cozy"),
        (at_check_email, "Activation link"),
        (at_passphrase, "Passphrase again"),
        (at_done, "alice.mycozy.cloud"),
        (
            |w, h| {
                let mut app = opened(w, h);
                answer(&mut app, "alice@example.org");
                app
            },
            "Address",
        ),
    ];
    for (make, expected) in steps {
        for (w, h) in [(60, 16), (61, 17), (100, 30), (59, 15), (20, 5), (1, 1)] {
            // Driven at a usable size, then shrunk: a terminal below the minimum takes no keys.
            let mut app = make(80, 24);
            update(&mut app, Msg::Resize(w, h));
            let screen = common::render(&app);
            if (w, h) == (60, 16) || (w, h) == (100, 30) {
                assert!(screen.contains(expected), "{w}x{h}:\n{screen}");
            }
        }
    }
}

/// A creation whose answer was lost: what may have happened and what to do, in full at
/// 80x24 (a snapshot), and on a small terminal cut only with "…" and the buttons in sight.
#[test]
fn confirm_after_a_lost_answer() {
    for (width, height) in [(80, 24), (60, 16)] {
        let mut app = at_confirm(width, height);
        let create = request_id(&key(&mut app, KeyCode::Enter));
        reply(&mut app, create, Reply::Created(Err(answer_lost())));
        let screen = common::render(&app);
        assert!(screen.contains("Create my Cozy"), "{screen}");
        assert!(screen.contains("may have created"), "{screen}");
        // All of it: the intro and the blank rows give way first.
        assert!(common::reads(&screen, "until it knows."), "{screen}");
        if width == 80 {
            snap("cozy_confirm_answer_lost", &app);
        } else {
            snap("cozy_confirm_answer_lost_60x16", &app);
        }
    }
}

/// The style of the first cell of `text` on screen.
fn style_of(buffer: &ratatui::buffer::Buffer, text: &str) -> ratatui::style::Style {
    let first = text.chars().next().expect("some text");
    let area = buffer.area;
    for y in 0..area.height {
        let row: String = (0..area.width).map(|x| buffer[(x, y)].symbol()).collect();
        if let Some(at) = row.find(text) {
            let x = row[..at].chars().count() as u16;
            assert_eq!(buffer[(x, y)].symbol(), first.to_string());
            return buffer[(x, y)].style();
        }
    }
    panic!("{text} is not on screen");
}

/// A hint in the focused field never looks like typed text: dim and slanted, in colour
/// and without.
#[test]
fn a_placeholder_is_never_drawn_as_typed_text() {
    use ratatui::style::{Color, Modifier};
    for color in [true, false] {
        let mut app = opened(80, 24);
        app.color = color;
        let hint = style_of(&common::buffer(&app), "alice@example.org");
        assert!(hint.add_modifier.contains(Modifier::ITALIC), "{hint:?}");
        if color {
            assert_eq!(hint.fg, Some(Color::DarkGray), "{hint:?}");
        } else {
            assert!(hint.add_modifier.contains(Modifier::DIM), "{hint:?}");
        }
        typed(&mut app, "bob@example.org");
        let typed_style = style_of(&common::buffer(&app), "bob@example.org");
        assert!(
            !typed_style.add_modifier.contains(Modifier::ITALIC),
            "{typed_style:?}"
        );
        assert!(
            !typed_style.add_modifier.contains(Modifier::DIM),
            "{typed_style:?}"
        );
        assert_ne!(typed_style.fg, Some(Color::DarkGray));
    }
}
