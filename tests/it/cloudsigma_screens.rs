//! Snapshots of every CloudSigma screen at 80x24 (and that none breaks when small), driven
//! through `update` with the backend's replies fed in by hand.

use crate::common;

use cloudboard::api::ApiError;
use cloudboard::api::cloudsigma::{Created, Session};
use cloudboard::api::error::Refusal;
use cloudboard::app::cloudsigma::{
    AccountInfo, Checked, CloudSigma, Place, Reply, Request, Saved, SignedIn,
};
use cloudboard::app::{App, Msg, OutboxMessage, RequestId, update};
use cloudboard::store::secrets::Location;
use common::{answer, key, reply, request_id, typed};
use ratatui::crossterm::event::KeyCode;
use secrecy::SecretString;

const SANDBOX: &str = "http://127.0.0.1:8787";

thread_local! {
    /// The size the fixtures below open their app at: 80x24, unless the test on this thread
    /// asks for another (`sized`). Their language is `common::speak`'s.
    static SIZE: std::cell::Cell<(u16, u16)> = const { std::cell::Cell::new((80, 24)) };
}

/// Makes the fixtures open their app at this size, on this thread.
pub(crate) fn sized(width: u16, height: u16) {
    SIZE.set((width, height));
}

/// The app the fixtures start from (see `sized`).
pub(crate) fn new_app() -> App {
    let (width, height) = SIZE.get();
    common::app(width, height)
}

fn flow(app: &App) -> &CloudSigma {
    app.flows.cloudsigma.as_ref().expect("open")
}

pub(crate) fn session() -> Session {
    Session {
        csrftoken: SecretString::from("csrf"),
        sessionid: SecretString::from("sid"),
        expires: None,
    }
}

pub(crate) fn info() -> AccountInfo {
    AccountInfo {
        email: Some("demo@example.org".into()),
        uuid: Some("6f2c1c3e-5b0a-4d1e-9a53-2f1e0c7d9b11".into()),
        state: Some("REGULAR".into()),
        balance: Some("10.00".into()),
        currency: Some("CHF".into()),
        notes: Vec::new(),
    }
}

/// CloudSigma refused the connection, as cloudboard's HTTP client reports it (its own
/// words, which every language says in its own).
pub(crate) fn unreachable() -> ApiError {
    ApiError::Network {
        host: "zrh.cloudsigma.com".into(),
        detail: cloudboard::api::error::Unreached::ConnectionRefused,
    }
}

/// The flow open on its location screen (no saved session), still asking CloudSigma for
/// its current list.
pub(crate) fn asking(sandbox: bool) -> (App, RequestId) {
    let mut app = new_app();
    if sandbox {
        common::start_at_sandbox(&mut app, SANDBOX);
    }
    let out = key(&mut app, KeyCode::Char('3'));
    let id = request_id(&out);
    let out = reply(&mut app, id, Reply::Saved(Ok(None)));
    (app, request_id(&out))
}

/// The flow open on its location screen, the built-in list shown: CloudSigma did not answer.
pub(crate) fn opened(sandbox: bool) -> App {
    let (mut app, id) = asking(sandbox);
    reply(
        &mut app,
        id,
        Reply::Locations(Err(ApiError::Timeout {
            host: "zrh.cloudsigma.com".into(),
        })),
    );
    app
}

/// Zurich chosen, then `c` (create, the choice numbered 1) or `s` (sign in, 2).
pub(crate) fn at(action: char, sandbox: bool) -> App {
    let mut app = opened(sandbox);
    key(&mut app, KeyCode::Enter);
    key(
        &mut app,
        KeyCode::Char(if action == 'c' { '1' } else { '2' }),
    );
    app
}

pub(crate) fn sending_create(sandbox: bool) -> (App, RequestId) {
    let mut app = at('c', sandbox);
    typed(&mut app, "new@example.org");
    key(&mut app, KeyCode::Enter);
    let out = key(&mut app, KeyCode::Enter);
    let id = request_id(&out);
    (app, id)
}

pub(crate) fn created(sandbox: bool) -> App {
    let (mut app, id) = sending_create(sandbox);
    reply(
        &mut app,
        id,
        Reply::Created(Ok(Created {
            success: Some(true),
            uuid: Some("u-1".into()),
        })),
    );
    app
}

pub(crate) fn sending_sign_in() -> (App, RequestId) {
    let mut app = at('s', false);
    typed(&mut app, "demo@example.org");
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "demo-password");
    let out = key(&mut app, KeyCode::Enter);
    let id = request_id(&out);
    (app, id)
}

pub(crate) fn account(kept: Result<Location, String>, notes: Vec<String>) -> App {
    let (mut app, id) = sending_sign_in();
    let mut info = info();
    info.notes = notes;
    reply(
        &mut app,
        id,
        Reply::SignedIn(Ok(Box::new(SignedIn {
            session: session(),
            account: info,
            kept,
        }))),
    );
    app
}

pub(crate) fn kept_file() -> Result<Location, String> {
    Ok(Location::File(
        "/home/you/.local/share/cloudboard/secrets/cloudsigma.secret".into(),
    ))
}

pub(crate) fn saved() -> Saved {
    Saved {
        api: "https://zrh.cloudsigma.com/api/2.0/".into(),
        email: "demo@example.org".into(),
        location: Some("zrh".into()),
        // As CloudSigma's current list named it when the session was opened.
        place: Some("Zurich, Switzerland".into()),
        session: session(),
        kept: Location::Keyring,
        expired: false,
    }
}

pub(crate) fn checking_saved() -> (App, RequestId) {
    let mut app = new_app();
    let out = key(&mut app, KeyCode::Char('3'));
    let id = request_id(&out);
    let out = reply(&mut app, id, Reply::Saved(Ok(Some(saved()))));
    let id = request_id(&out);
    (app, id)
}

/// The saved session could not be checked: CloudSigma did not answer.
pub(crate) fn at_saved_unchecked() -> App {
    let (mut app, id) = checking_saved();
    reply(&mut app, id, Reply::Checked(Err(unreachable())));
    app
}

/// The saved session's cookie has expired: the sign-in form.
pub(crate) fn at_saved_expired() -> App {
    let mut app = new_app();
    let out = key(&mut app, KeyCode::Char('3'));
    let id = request_id(&out);
    let expired = Saved {
        expired: true,
        ..saved()
    };
    reply(&mut app, id, Reply::Saved(Ok(Some(expired))));
    app
}

/// The saved session checked, and refused: it has ended.
pub(crate) fn at_saved_session_ended() -> App {
    let (mut app, id) = checking_saved();
    reply(&mut app, id, Reply::Checked(Err(session_ended())));
    app
}

/// CloudSigma's answer to a session it no longer knows.
pub(crate) fn session_ended() -> ApiError {
    ApiError::Declined {
        status: 401,
        refusal: Refusal::SessionEnded,
        said: None,
    }
}

/// The location screen, CloudSigma's current list of `places` (code, name, host) shown.
pub(crate) fn listed(places: &[(&str, &str, &str)]) -> App {
    let (mut app, id) = asking(false);
    let places = places
        .iter()
        .map(|(code, name, host)| Place {
            code: code.to_string(),
            name: name.to_string(),
            api: format!("https://{host}/api/2.0/"),
        })
        .collect();
    reply(&mut app, id, Reply::Locations(Ok(places)));
    app
}

/// The account creation refused: the email has an account already.
pub(crate) fn at_create_refused_on_the_email() -> App {
    let (mut app, id) = sending_create(false);
    reply(
        &mut app,
        id,
        Reply::Created(Err(ApiError::Declined {
            status: 400,
            refusal: Refusal::FieldRefused {
                field: "email".into(),
            },
            said: Some("An account with this email already exists".into()),
        })),
    );
    app
}

/// The sign-in form, demo's email given: the password next.
pub(crate) fn at_password() -> App {
    let mut app = at('s', false);
    typed(&mut app, "demo@example.org");
    key(&mut app, KeyCode::Enter);
    app
}

/// demo's sign-in refused: a wrong password.
pub(crate) fn at_wrong_password() -> App {
    let (mut app, id) = sending_sign_in();
    reply(
        &mut app,
        id,
        Reply::SignedIn(Err(ApiError::Declined {
            status: 401,
            refusal: Refusal::WrongCredentials,
            said: None,
        })),
    );
    app
}

/// In the sandbox, the confirmation link come, and `p`: the password form.
pub(crate) fn at_set_password() -> App {
    let mut app = created(true);
    with_link(&mut app);
    key(&mut app, KeyCode::Char('p'));
    app
}

/// On the account, `r`: checking the session again, and that request's id.
pub(crate) fn checking_account() -> (App, RequestId) {
    let mut app = account(kept_file(), Vec::new());
    let out = key(&mut app, KeyCode::Char('r'));
    let id = request_id(&out);
    (app, id)
}

/// The account checked again, still signed in.
pub(crate) fn at_account_checked() -> App {
    let (mut app, id) = checking_account();
    reply(
        &mut app,
        id,
        Reply::Checked(Ok(Box::new(Checked {
            info: info(),
            session: session(),
        }))),
    );
    app
}

/// On the account, x then y: signed out, CloudSigma told (`remote`) and the kept copy
/// removed (`local`), or not.
pub(crate) fn at_signed_out(remote: Result<(), ApiError>, local: Result<(), String>) -> App {
    let mut app = account(kept_file(), Vec::new());
    key(&mut app, KeyCode::Char('x'));
    let out = key(&mut app, KeyCode::Char('y'));
    let id = request_id(&out);
    reply(&mut app, id, Reply::SignedOut { remote, local });
    app
}

#[test]
fn cloudsigma_loading() {
    let mut app = common::app(80, 24);
    key(&mut app, KeyCode::Char('3'));
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_checking_saved() {
    let (app, _) = checking_saved();
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_saved_unchecked() {
    let app = at_saved_unchecked();
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_location() {
    let app = opened(false);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_location_sandbox() {
    let app = opened(true);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_location_while_asking_for_the_current_list() {
    let (app, _) = asking(false);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_location_current_list() {
    let app = listed(&[
        ("ZRH", "Zurich, Switzerland", "zrh.cloudsigma.com"),
        ("LLA", "Boden, Sweden", "cloud.hydro66.com"),
        ("MTY", "Monterrey, Mexico", "mty.stratospherecloud.com"),
    ]);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_location_filtered() {
    let mut app = opened(false);
    typed(&mut app, "united");
    key(&mut app, KeyCode::Down);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_location_no_match() {
    let mut app = opened(false);
    typed(&mut app, "mars");
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_location_custom_refused() {
    let mut app = opened(false);
    key(&mut app, KeyCode::Tab);
    update(
        &mut app,
        Msg::Paste("http://cloud.example.com/api/2.0/".into()),
    );
    key(&mut app, KeyCode::Enter);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_choose() {
    let mut app = opened(false);
    key(&mut app, KeyCode::Enter);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_create() {
    let app = at('c', false);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_create_bad_email() {
    let mut app = at('c', false);
    typed(&mut app, "new.example.org");
    key(&mut app, KeyCode::Enter);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_create_sending() {
    let (app, _) = sending_create(false);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_create_refused_on_the_email() {
    let app = at_create_refused_on_the_email();
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_create_unreachable() {
    let (mut app, id) = sending_create(false);
    reply(&mut app, id, Reply::Created(Err(unreachable())));
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_created() {
    let app = created(false);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_created_sandbox_waiting_for_the_email() {
    let app = created(true);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_created_sandbox_with_the_link() {
    let mut app = created(true);
    with_link(&mut app);
    insta::assert_snapshot!(common::render(&app));
}

/// The sandbox's confirmation link in the outbox, as its email brings it.
pub(crate) fn with_link(app: &mut App) {
    app.outbox.receive(vec![OutboxMessage {
        id: 1,
        kind: "email".into(),
        to: "new@example.org".into(),
        subject: "Confirm your CloudSigma account".into(),
        body: "Open the link to set your password.".into(),
        link: Some(format!("{SANDBOX}/cloudsigma/confirm/3f9a2c")),
        code: None,
        at: String::new(),
    }]);
}

#[test]
fn cloudsigma_set_password_in_the_sandbox() {
    let mut app = at_set_password();
    typed(&mut app, "secret");
    key(&mut app, KeyCode::Enter);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_account_asks_before_signing_out() {
    let mut app = account(kept_file(), Vec::new());
    key(&mut app, KeyCode::Char('x'));
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_saved_unchecked_continue_focused() {
    let mut app = at_saved_unchecked();
    key(&mut app, KeyCode::Tab);
    insta::assert_snapshot!(common::render(&app));
}

/// "Sign in now?" answered no: the end of the flow.
pub(crate) fn answer_no(mut app: App) -> App {
    answer(&mut app, "n");
    app
}

#[test]
fn cloudsigma_created_answered_no() {
    let app = answer_no(created(false));
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_sign_in() {
    let mut app = at_password();
    typed(&mut app, "secret");
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_sign_in_sending() {
    let (app, _) = sending_sign_in();
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_sign_in_wrong_password() {
    let app = at_wrong_password();
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_sign_in_after_the_saved_session_ended() {
    let app = at_saved_session_ended();
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_sign_in_after_the_saved_session_expired() {
    let app = at_saved_expired();
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_account() {
    let app = account(kept_file(), Vec::new());
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_account_partly_read_and_not_kept() {
    let app = account(
        Err("no keyring answered; set secrets.store = \"auto\" to use a file".into()),
        vec!["The balance could not be read: the server failed (500): 500 Internal Server Error. Try again later.".into()],
    );
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_account_checking() {
    let (app, _) = checking_account();
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_account_checked() {
    let app = at_account_checked();
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_signed_out() {
    let app = at_signed_out(Ok(()), Ok(()));
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_signed_out_unreachable() {
    let app = at_signed_out(Err(unreachable()), Ok(()));
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn cloudsigma_help_on_the_location_screen() {
    let mut app = opened(false);
    key(&mut app, KeyCode::F(1));
    insta::assert_snapshot!(common::render(&app));
}

/// Where the list comes from is read whole: the rows kept for messages and the sandbox's
/// hint give way first, and the list scrolls in what is left.
#[test]
fn cloudsigma_location_at_60x16() {
    let mut app = opened(true);
    update(&mut app, Msg::Resize(60, 16));
    key(&mut app, KeyCode::Tab);
    let screen = common::render(&app);
    let source = "Every location answers at http://127.0.0.1:8787/cloudsigma/api/2.0/.";
    assert!(common::reads(&screen, source), "{screen}");
    assert!(!screen.contains('…'), "{screen}");
    insta::assert_snapshot!(screen);
}

/// The question is the first thing on the screen: a small terminal shows it too.
#[test]
fn cloudsigma_account_asks_before_signing_out_at_60x16() {
    let mut app = account(kept_file(), Vec::new());
    update(&mut app, Msg::Resize(60, 16));
    key(&mut app, KeyCode::Char('x'));
    let screen = common::render(&app);
    assert!(screen.contains("Sign out of demo@example.org?"), "{screen}");
    assert!(screen.contains("[ Yes, sign out ]"), "{screen}");
}

/// Every screen drawn at sizes down to the minimum and below: nothing panics, and the
/// flow's own text never runs outside the screen.
#[test]
fn small_terminals_do_not_break_any_screen() {
    let builders: Vec<fn() -> App> = vec![
        || opened(true),
        || at('c', false),
        || created(true),
        || at('s', false),
        || {
            account(
                kept_file(),
                vec!["A note that is rather long and wraps".into(); 3],
            )
        },
        || checking_saved().0,
        at_set_password,
        || {
            let mut app = account(kept_file(), Vec::new());
            key(&mut app, KeyCode::Char('x'));
            app
        },
    ];
    for build in builders {
        for (w, h) in [(60, 16), (61, 17), (70, 20), (120, 40), (59, 15), (20, 5)] {
            let mut app = build();
            update(&mut app, Msg::Resize(w, h));
            let screen = common::render(&app);
            assert_eq!(screen.lines().count(), usize::from(h));
        }
    }
    let _ = flow(&opened(false));
    let _ = Request::Forget { secret: "x" };
}
