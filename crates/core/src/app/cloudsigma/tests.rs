//! update() tests of the CloudSigma flow: every branch driven through `App`, with the
//! backend's replies fed in by hand.

use ratatui::crossterm::event::KeyCode;
use secrecy::{ExposeSecret, SecretString};

use super::*;
use crate::api::error::Refusal;
use crate::app::ask::AskKind;
use crate::app::tests_kit::{
    answer, app, click, ctrl, key, paste, problem_said, reply, request, request_id, typed,
};
use crate::app::{App, EventBody, Front, Hit};
use crate::app::{Commands, Effect};
use crate::store::resume::Remember;

const ZRH: &str = "https://zrh.cloudsigma.com/api/2.0/";

fn flow(app: &App) -> &CloudSigma {
    app.flows.cloudsigma.as_ref().expect("the flow is open")
}

fn session() -> Session {
    Session {
        csrftoken: SecretString::from("csrf"),
        sessionid: SecretString::from("sid"),
        expires: None,
    }
}

fn checked() -> Checked {
    Checked {
        info: info(),
        session: session(),
    }
}

fn info() -> AccountInfo {
    AccountInfo {
        email: Some("demo@example.org".into()),
        uuid: Some("6f2c1c3e-0000-4000-8000-000000000001".into()),
        state: Some("REGULAR".into()),
        balance: Some("10.00".into()),
        currency: Some("CHF".into()),
        notes: Vec::new(),
    }
}

/// A 401 without words, as `api::cloudsigma` reads it at sign-in and with a session.
fn declined(refusal: Refusal) -> ApiError {
    ApiError::Declined {
        status: 401,
        refusal,
        said: None,
    }
}

fn wrong_password() -> ApiError {
    declined(Refusal::WrongCredentials)
}

fn session_ended() -> ApiError {
    declined(Refusal::SessionEnded)
}

fn field_refused(field: &str, said: &str) -> ApiError {
    ApiError::Declined {
        status: 400,
        refusal: Refusal::FieldRefused {
            field: field.into(),
        },
        said: Some(said.into()),
    }
}

/// CloudSigma's refusal of an email that already has an account.
fn email_taken() -> ApiError {
    field_refused("email", "An account with this email already exists.")
}

fn timed_out() -> ApiError {
    ApiError::Timeout {
        host: "zrh.cloudsigma.com".into(),
    }
}

fn unreachable() -> ApiError {
    ApiError::Network {
        host: "zrh.cloudsigma.com".into(),
        detail: "the connection was refused or could not be made".into(),
    }
}

/// Opens the flow from the menu with no saved session: the location screen.
pub(crate) fn open(app: &mut App) {
    let out = key(app, KeyCode::Char('3'));
    assert_eq!(app.front, Front::CloudSigma);
    let (id, req) = request(out);
    assert!(
        matches!(
            req,
            Request::LoadSaved {
                secret: "cloudsigma"
            }
        ),
        "{req:?}"
    );
    assert!(flow(app).busy().is_some());
    let out = reply(app, id, Reply::Saved(Ok(None)));
    assert!(matches!(flow(app).step, Step::Location));
    assert!(flow(app).busy().is_none());
    built_in_list(app, out);
}

/// The request for CloudSigma's current list among `out`, answered as unreachable: the
/// built-in list stays.
fn built_in_list(app: &mut App, out: Vec<Effect>) {
    let (id, req) = request(out);
    assert!(
        matches!(&req, Request::Locations { api } if api == ZRH),
        "asked at CloudSigma's home location: {req:?}"
    );
    assert_eq!(flow(app).ask().kind, AskKind::Wait, "a script waits for it");
    reply(app, id, Reply::Locations(Err(unreachable())));
    assert_eq!(flow(app).ask().key, "location");
}

/// The built-in location with this code, chosen.
fn chosen(code: &str) -> Option<Chosen> {
    location::built_in()
        .into_iter()
        .find(|p| p.is(code))
        .map(Chosen::Place)
}

/// Location (the default, Zurich) then the given action.
fn at(app: &mut App, action: char) {
    open(app);
    let out = key(app, KeyCode::Enter);
    assert!(out.commands().any(|c| matches!(
        c,
        Command::Remember(Remember::CloudSigmaLocation { code, custom_api: None }) if code == "ZRH"
    )));
    assert!(matches!(flow(app).step, Step::Choose));
    // The two numbered choices: 1 creates an account, 2 signs in.
    key(app, KeyCode::Char(if action == 'c' { '1' } else { '2' }));
}

/// The flow opened from the menu, the backend answering that `saved` is the session kept:
/// what the flow asks for next.
fn opened_with(app: &mut App, saved: Result<Option<Saved>, String>) -> Vec<Effect> {
    let id = request_id(&key(app, KeyCode::Char('3')));
    reply(app, id, Reply::Saved(saved))
}

/// At the default location, `email` and `password` signed in with: what that asks for.
fn sign_in(app: &mut App, email: &str, password: &str) -> Vec<Effect> {
    at(app, 's');
    typed(app, email);
    key(app, KeyCode::Enter);
    typed(app, password);
    key(app, KeyCode::Enter)
}

/// At the default location, an account for `email` created with `promo`: what that asks
/// for.
fn create(app: &mut App, email: &str, promo: &str) -> Vec<Effect> {
    at(app, 'c');
    typed(app, email);
    key(app, KeyCode::Enter);
    typed(app, promo);
    key(app, KeyCode::Enter)
}

/// CloudSigma's yes to a creation.
fn account_created(uuid: Option<&str>) -> Reply {
    Reply::Created(Ok(Created {
        success: Some(true),
        uuid: uuid.map(str::to_string),
    }))
}

/// What the screen says went wrong with the step.
fn trouble(app: &App) -> String {
    flow(app).problem.clone().expect("a problem").message
}

/// CloudSigma's yes to a sign-out, forgotten here too.
fn signed_out() -> Reply {
    Reply::SignedOut {
        remote: Ok(()),
        local: Ok(()),
    }
}

/// CloudSigma took the sign-in; the session was kept at `kept`, or not, for that reason.
fn signed_in_reply(kept: Result<Location, String>) -> Reply {
    Reply::SignedIn(Ok(Box::new(SignedIn {
        session: session(),
        account: info(),
        kept,
    })))
}

fn signed_in(app: &mut App) {
    let id = request_id(&sign_in(app, "demo@example.org", "demo-password"));
    reply(
        app,
        id,
        signed_in_reply(Ok(Location::File("/tmp/x/cloudsigma.secret".into()))),
    );
    assert!(matches!(flow(app).step, Step::Account(_)));
}

/// x on the account screen, then y to the question it asks.
fn sign_out(app: &mut App) -> Vec<Effect> {
    assert!(key(app, KeyCode::Char('x')).is_empty(), "x only asks");
    assert!(flow(app).sign_out_asked);
    key(app, KeyCode::Char('y'))
}

#[test]
fn the_location_list_filters_as_letters_are_typed_and_arrows_move() {
    let mut app = app();
    open(&mut app);
    assert!(flow(&app).text_focused());
    // Letters are text here: `s` and `q` filter, they do not sign in or quit.
    typed(&mut app, "sq");
    assert_eq!(flow(&app).location.rows(), vec![Row::Custom]);
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    typed(&mut app, "a");
    let rows = flow(&app).location.rows();
    assert!(rows.len() > 3, "{rows:?}");
    key(&mut app, KeyCode::Backspace);
    typed(&mut app, "germ");
    assert_eq!(
        flow(&app).location.rows(),
        vec![Row::Place(1), Row::Place(2), Row::Custom]
    );
    assert_eq!(
        flow(&app).location.selected,
        Row::Place(1),
        "the selection follows the filter"
    );
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    assert_eq!(flow(&app).location.selected, Row::Custom);
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Up);
    assert_eq!(
        flow(&app).location.selected,
        Row::Place(1),
        "stops at the top"
    );
    key(&mut app, KeyCode::Down);
    let out = key(&mut app, KeyCode::Enter);
    assert!(out.commands().any(|c| matches!(
        c,
        Command::Remember(Remember::CloudSigmaLocation { code, .. }) if code == "FRA"
    )));
    assert_eq!(app.saved.state.cloudsigma_location.as_deref(), Some("FRA"));
    assert!(matches!(flow(&app).step, Step::Choose));
    assert_eq!(app.title(), "CloudSigma › Germany, Frankfurt");
}

#[test]
fn cloudsigmas_current_list_replaces_the_built_in_one_when_it_answers() {
    let mut app = app();
    let id = request_id(&opened_with(&mut app, Ok(None)));
    // Meanwhile the built-in list is on screen and answers keys.
    assert_eq!(flow(&app).location.places.len(), location::BUILT_IN.len());
    assert_eq!(flow(&app).location.source, ListSource::Asking);
    typed(&mut app, "zur");
    let live = |code: &str, name: &str, host: &str| Place {
        code: code.into(),
        name: name.into(),
        api: format!("https://{host}/api/2.0/"),
    };
    reply(
        &mut app,
        id,
        Reply::Locations(Ok(vec![
            live("ZRH", "Zurich, Switzerland", "zrh.cloudsigma.com"),
            live("MTY", "Monterrey, Mexico", "mty.stratospherecloud.com"),
        ])),
    );
    let f = flow(&app);
    assert_eq!(f.location.source, ListSource::Live);
    assert_eq!(
        f.location.selected_place().unwrap().code,
        "ZRH",
        "still selected"
    );
    key(&mut app, KeyCode::Esc);
    let mut app = self::app();
    let id = request_id(&opened_with(&mut app, Ok(None)));
    reply(
        &mut app,
        id,
        Reply::Locations(Ok(vec![live(
            "MTY",
            "Monterrey, Mexico",
            "mty.stratospherecloud.com",
        )])),
    );
    let ask = flow(&app).ask();
    assert!(
        ask.context.iter().any(|l| l.contains("current list")),
        "{:?}",
        ask.context
    );
    let AskKind::Choice { options } = &ask.kind else {
        panic!("{ask:?}")
    };
    assert_eq!(options[0], "MTY — Monterrey, Mexico");
    answer(&mut app, "monterrey");
    let out = key(&mut app, KeyCode::Char('1'));
    assert!(out.is_empty());
    typed(&mut app, "new@example.org");
    key(&mut app, KeyCode::Enter);
    let (_, req) = request(key(&mut app, KeyCode::Enter));
    assert!(
        matches!(&req, Request::Create { api, .. } if api == "https://mty.stratospherecloud.com/api/2.0/"),
        "{req:?}"
    );
}

#[test]
fn the_remembered_location_is_where_the_list_starts() {
    let mut app = app();
    app.saved.state.cloudsigma_location = Some("tyo".into());
    open(&mut app);
    assert_eq!(flow(&app).location.selected, Row::Place(4));
    assert_eq!(flow(&app).ask().default.as_deref(), Some("TYO"));
}

#[test]
fn a_custom_address_must_be_https_off_this_machine() {
    let mut app = app();
    open(&mut app);
    key(&mut app, KeyCode::Tab);
    assert_eq!(flow(&app).location.focus, location::Focus::Custom);
    let out = key(&mut app, KeyCode::Enter);
    assert!(out.is_empty());
    assert!(
        flow(&app).location.custom.error().is_some(),
        "an empty address is named"
    );
    typed(&mut app, "http://cloud.example.com/api/2.0/");
    let out = key(&mut app, KeyCode::Enter);
    assert!(out.is_empty(), "nothing remembered or sent: {out:?}");
    let error = flow(&app).location.custom.error().unwrap().to_string();
    assert!(error.contains("https"), "{error}");
    assert!(matches!(flow(&app).step, Step::Location));
    // Fix it: s after http.
    for _ in 0.."://cloud.example.com/api/2.0/".len() {
        key(&mut app, KeyCode::Left);
    }
    typed(&mut app, "s");
    assert!(
        flow(&app).location.custom.error().is_none(),
        "an edit clears the error"
    );
    let out = key(&mut app, KeyCode::Enter);
    assert!(out.commands().any(|c| matches!(
        c,
        Command::Remember(Remember::CloudSigmaLocation { code, custom_api: Some(api) })
            if code == "custom" && api == "https://cloud.example.com/api/2.0/"
    )));
    key(&mut app, KeyCode::Char('1'));
    typed(&mut app, "a@example.org");
    key(&mut app, KeyCode::Enter);
    let (_, req) = request(key(&mut app, KeyCode::Enter));
    match req {
        Request::Create { api, .. } => assert_eq!(api, "https://cloud.example.com/api/2.0/"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn loopback_http_is_a_valid_custom_address() {
    let mut app = app();
    open(&mut app);
    key(&mut app, KeyCode::Tab);
    paste(&mut app, "http://127.0.0.1:8787/cloudsigma/api/2.0\n");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(flow(&app).step, Step::Choose));
    assert_eq!(
        flow(&app).location.chosen,
        Some(Chosen::Custom(
            "http://127.0.0.1:8787/cloudsigma/api/2.0/".into()
        ))
    );
}

#[test]
fn esc_goes_back_a_screen_at_a_time_and_keeps_everything_typed() {
    let mut app = app();
    open(&mut app);
    typed(&mut app, "zur");
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        app.front,
        Front::Home,
        "Esc on the first screen goes to the menu"
    );
    key(&mut app, KeyCode::Char('3'));
    assert_eq!(
        flow(&app).location.filter.value(),
        "zur",
        "the filter survived the menu"
    );
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('1'));
    typed(&mut app, "a@example.org");
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "PROMO1");
    key(&mut app, KeyCode::Esc);
    assert!(matches!(flow(&app).step, Step::Choose));
    key(&mut app, KeyCode::Esc);
    assert!(matches!(flow(&app).step, Step::Location));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    assert!(matches!(flow(&app).step, Step::Create));
    assert_eq!(flow(&app).create.email.value(), "a@example.org");
    assert_eq!(flow(&app).create.second.value(), "PROMO1");
    // Same on the sign-in form, password included.
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('2'));
    typed(&mut app, "b@example.org");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "pw");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('2'));
    assert_eq!(flow(&app).sign_in.email.value(), "b@example.org");
    assert_eq!(flow(&app).sign_in.second.value(), "pw");
}

#[test]
fn create_checks_email_and_promo_before_sending_once() {
    let mut app = app();
    at(&mut app, 'c');
    assert!(matches!(flow(&app).step, Step::Create));
    typed(&mut app, "not-an-email");
    let out = key(&mut app, KeyCode::Enter);
    assert!(out.is_empty());
    let error = flow(&app).create.email.error().unwrap().to_string();
    assert!(error.contains("@"), "{error}");
    assert_eq!(
        flow(&app).ask().problem.unwrap().kind,
        crate::app::problem::ProblemKind::Invalid
    );
    for _ in 0.."not-an-email".len() {
        key(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "new@example.org");
    key(&mut app, KeyCode::Enter);
    assert_eq!(flow(&app).create.focus, forms::Focus::Second);
    typed(&mut app, "50%");
    let out = key(&mut app, KeyCode::Enter);
    assert!(out.is_empty(), "a bad promo code is not sent");
    assert!(flow(&app).create.second.error().unwrap().contains("“%”"));
    key(&mut app, KeyCode::Backspace);
    let (_, req) = request(key(&mut app, KeyCode::Enter));
    match req {
        Request::Create { api, account } => {
            assert_eq!(api, ZRH);
            assert_eq!(account.email, "new@example.org");
            assert_eq!(account.promo.as_deref(), Some("50"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        flow(&app).busy().as_deref(),
        Some("creating the CloudSigma account")
    );
    assert_eq!(flow(&app).ask().kind, AskKind::Wait);
    // Enter again while it is in flight sends nothing more.
    assert!(key(&mut app, KeyCode::Enter).is_empty());
}

#[test]
fn the_servers_validation_error_lands_on_the_field_it_names() {
    let mut app = app();
    let id = request_id(&create(&mut app, "taken@example.org", "CODE"));
    reply(
        &mut app,
        id,
        Reply::Created(Err(field_refused(
            "email",
            "This email is already registered",
        ))),
    );
    let f = flow(&app);
    assert!(matches!(f.step, Step::Create));
    assert_eq!(
        f.create.email.error(),
        Some("This email is already registered")
    );
    assert_eq!(f.create.focus, forms::Focus::First);
    assert_eq!(f.create.second.value(), "CODE", "the rest is kept");
    let problem = f.ask().problem.unwrap();
    assert_eq!(problem.kind, crate::app::problem::ProblemKind::Refused);
    // The promo code, too.
    key(&mut app, KeyCode::Char('x'));
    key(&mut app, KeyCode::Tab);
    let id = request_id(&key(&mut app, KeyCode::Enter));
    reply(
        &mut app,
        id,
        Reply::Created(Err(field_refused("promo", "Unknown promo code"))),
    );
    assert_eq!(flow(&app).create.second.error(), Some("Unknown promo code"));
    assert_eq!(flow(&app).create.focus, forms::Focus::Second);
}

/// A given value its field refuses waits under the field, and the question says it from
/// the first time it is asked, as the screen shows it.
#[test]
fn a_refused_given_email_is_the_first_question_s_problem() {
    let mut app = app();
    app.given
        .insert("email".into(), "ali ce@example.org".into());
    at(&mut app, 'c');
    let f = flow(&app);
    assert!(f.create.email.is_empty(), "not given");
    let said = f.create.email.error().expect("under the field").to_string();
    assert!(f.problem.is_none(), "about the email, not the step");
    let ask = f.ask();
    assert_eq!(ask.key, "email");
    assert_eq!(ask.problem.expect("asked with it").message, said);
}

#[test]
fn an_unreachable_server_is_said_and_creation_is_not_resent_by_itself() {
    let mut app = app();
    let id = request_id(&create(&mut app, "new@example.org", ""));
    let out = reply(&mut app, id, Reply::Created(Err(unreachable())));
    // A connection never made sent nothing: the record is crossed out, nothing resent.
    assert!(
        matches!(
            out.as_slice(),
            [Effect::Backend(Command::Remember(Remember::Settled(_)))]
        ),
        "nothing sent again: {out:?}"
    );
    let shown = flow(&app).problem.clone().unwrap();
    assert!(shown.message.contains("network"), "{shown:?}");
    assert_eq!(shown.kind, crate::app::problem::ProblemKind::Failed);
    // A timeout may have created it: the person is told to look before trying again.
    let id = request_id(&key(&mut app, KeyCode::Enter));
    reply(&mut app, id, Reply::Created(Err(timed_out())));
    let message = trouble(&app);
    assert!(message.contains("may have opened the account"), "{message}");
}

#[test]
fn a_creation_whose_answer_is_lost_is_kept_and_a_refused_email_then_is_the_person_s_own() {
    let unknown = [
        timed_out(),
        ApiError::Closed {
            host: "zrh.cloudsigma.com".into(),
        },
        ApiError::Server {
            status: 504,
            message: "Gateway Timeout".into(),
        },
    ];
    for error in unknown {
        let mut app = app();
        let out = create(&mut app, "new@example.org", "");
        let written = out
            .commands()
            .position(|c| matches!(c, Command::Remember(Remember::Sent(_))));
        let sent = out
            .commands()
            .position(|c| matches!(c, Command::CloudSigma(..)));
        assert!(written.is_some() && written < sent, "{out:?}");
        assert!(app.sent_unanswered().is_some());
        let id = request_id(&out);
        let out = reply(&mut app, id, Reply::Created(Err(error.clone())));
        assert!(
            !out.commands()
                .any(|c| matches!(c, Command::Remember(Remember::Settled(_)))),
            "{error:?}: {out:?}"
        );
        assert_eq!(app.saved.state.unanswered.len(), 1, "{error:?}");
        let message = trouble(&app);
        assert!(message.contains("may have opened the account"), "{message}");
        assert!(!message.contains("check your network"), "{message}");
        // What was lost, as a value a command says its own way.
        let lost = app.answer_lost().expect("kept as lost");
        assert!(
            matches!(&lost.sent, Sent::CloudSigmaCreate { email, .. } if email == "new@example.org")
        );
        assert_eq!(lost.why, error.said_in(Lang::En));

        // Sent again, CloudSigma refuses the email: the first request opened it.
        let id = request_id(&key(&mut app, KeyCode::Enter));
        assert!(app.answer_lost().is_none(), "sent again");
        reply(&mut app, id, Reply::Created(Err(email_taken())));
        let Step::Created(account) = &flow(&app).step else {
            panic!("not created: {:?}", flow(&app).step);
        };
        assert!(account.probably);
        let said = flow(&app).ask().context.join(" ");
        assert!(said.contains("most likely exists"), "{said}");
        assert_eq!(app.saved.state.unanswered.len(), 1, "kept until a sign-in");
    }
}

#[test]
fn ctrl_c_asks_first_while_a_sign_in_is_on_its_way() {
    let mut app = app();
    assert!(matches!(
        request(sign_in(&mut app, "demo@example.org", "demo-password")).1,
        Request::SignIn { .. }
    ));
    ctrl(&mut app, 'c');
    assert!(app.confirm_quit && !app.should_quit);
}

#[test]
fn a_refused_email_with_no_unanswered_request_before_is_just_refused() {
    let mut app = app();
    let id = request_id(&create(&mut app, "new@example.org", ""));
    reply(&mut app, id, Reply::Created(Err(email_taken())));
    assert!(matches!(flow(&app).step, Step::Create));
    assert!(app.saved.state.unanswered.is_empty());
}

/// The sandbox comes up and its outbox holds the confirmation email of new@example.org.
fn confirmation_in_outbox(app: &mut App) {
    app.point_at_sandbox("http://127.0.0.1:1");
    app.outbox.receive(vec![crate::app::OutboxMessage {
        id: 1,
        kind: "email".into(),
        to: "new@example.org".into(),
        subject: "Confirm".into(),
        body: String::new(),
        link: Some("http://127.0.0.1:1/cloudsigma/confirm/k".into()),
        code: None,
        at: String::new(),
    }]);
}

/// Creates new@example.org: the "check your email" step.
fn created(app: &mut App) {
    let id = request_id(&create(app, "new@example.org", ""));
    reply(app, id, account_created(Some("u-1")));
    assert!(matches!(flow(app).step, Step::Created(_)));
}

#[test]
fn in_the_sandbox_the_password_is_set_from_the_terminal_then_enter_signs_in() {
    let mut app = app();
    created(&mut app);
    confirmation_in_outbox(&mut app);
    assert!(key(&mut app, KeyCode::Char('p')).is_empty());
    assert!(matches!(flow(&app).step, Step::SetPassword(_)));
    assert!(app.text_focused());
    typed(&mut app, "short");
    assert!(
        key(&mut app, KeyCode::Enter).is_empty(),
        "checked here first"
    );
    assert!(flow(&app).password.error().is_some());
    assert!(
        flow(&app).password.display().chars().all(|c| c == '•'),
        "masked"
    );
    typed(&mut app, "-and-long");
    let (id, req) = request(key(&mut app, KeyCode::Enter));
    let Request::SetPassword { link, password } = req else {
        panic!("{req:?}")
    };
    assert!(link.ends_with("/cloudsigma/confirm/k"), "{link}");
    assert_eq!(password.expose_secret(), "short-and-long");
    // Refused by the page: its words, and the step stays.
    reply(
        &mut app,
        id,
        Reply::PasswordSet(Err("The link is no longer valid.".into())),
    );
    assert!(matches!(flow(&app).step, Step::SetPassword(_)));
    assert!(flow(&app).problem.is_some());
    let id = request_id(&key(&mut app, KeyCode::Enter));
    reply(&mut app, id, Reply::PasswordSet(Ok(())));
    let f = flow(&app);
    assert!(matches!(f.step, Step::SignIn));
    assert_eq!(f.sign_in.email.value(), "new@example.org");
    assert_eq!(f.sign_in.second.value(), "short-and-long");
    assert!(f.password.is_empty(), "not kept twice");
    assert!(
        matches!(request(key(&mut app, KeyCode::Enter)).1, Request::SignIn { email, .. } if email == "new@example.org")
    );
}

#[test]
fn in_the_sandbox_before_the_email_comes_o_and_the_password_say_it_has_not_come() {
    let mut app = app();
    created(&mut app);
    app.point_at_sandbox("http://127.0.0.1:1");
    assert!(key(&mut app, KeyCode::Char('o')).is_empty());
    assert!(trouble(&app).contains("not reached the sandbox outbox"));
    key(&mut app, KeyCode::Char('p'));
    typed(&mut app, "long-enough");
    assert!(key(&mut app, KeyCode::Enter).is_empty());
    assert!(trouble(&app).contains("not reached the sandbox outbox"));
}

/// In the sandbox the screen offers a key to set the password here; asked line by line
/// there is no key to press, and the question says what can be done instead.
#[test]
fn in_the_sandbox_the_created_question_names_no_key_the_screen_does() {
    let mut app = app();
    created(&mut app);
    confirmation_in_outbox(&mut app);
    // The flow learns of the sandbox at its next input.
    key(&mut app, KeyCode::Tab);
    let f = flow(&app);
    let Step::Created(account) = &f.step else {
        panic!("{:?}", f.step)
    };
    let screen = questions::created_lines(f, account).join(" ");
    assert!(screen.contains("press p to set it here"), "{screen}");
    let asked = f.ask().context;
    assert_eq!(
        asked.last().map(String::as_str),
        Some(
            "Open the link from the email (in the sandbox, the outbox shows it) and set your \
             password there; then sign in."
        )
    );
    assert!(!asked.join(" ").contains("press"), "{asked:?}");
    assert_eq!(asked[..2], questions::created_said(f.lang, account)[..]);
}

#[test]
fn esc_leaves_the_set_password_step_for_the_email_step() {
    let mut app = app();
    created(&mut app);
    confirmation_in_outbox(&mut app);
    key(&mut app, KeyCode::Char('p'));
    key(&mut app, KeyCode::Esc);
    assert!(matches!(flow(&app).step, Step::Created(_)));
}

#[test]
fn created_says_what_to_do_and_goes_on_to_sign_in_with_the_email() {
    let mut app = app();
    created(&mut app);
    let ask = flow(&app).ask();
    assert_eq!(ask.kind, AskKind::YesNo);
    assert!(
        ask.context
            .iter()
            .any(|l| l.contains("confirmation email was sent to new@example.org"))
    );
    assert!(
        ask.context
            .iter()
            .any(|l| l.contains("set your password there, then sign in"))
    );
    // A real account's link is in the person's email: `o` is no key here.
    assert!(
        !flow(&app)
            .keys()
            .iter()
            .any(|k| k.action == "open the link")
    );
    assert!(key(&mut app, KeyCode::Char('o')).is_empty());
    confirmation_in_outbox(&mut app);
    let out = key(&mut app, KeyCode::Char('o'));
    assert!(
        matches!(out.as_slice(), [Effect::Backend(Command::OpenUrl(u))] if u.ends_with("/confirm/k"))
    );
    key(&mut app, KeyCode::Enter);
    let f = flow(&app);
    assert!(matches!(f.step, Step::SignIn));
    assert_eq!(f.sign_in.email.value(), "new@example.org");
    assert_eq!(f.sign_in.focus, forms::Focus::Second);
    assert_eq!(f.created.as_ref().unwrap().uuid.as_deref(), Some("u-1"));
}

#[test]
fn a_wrong_password_says_so_keeps_the_email_and_clears_only_the_password() {
    let mut app = app();
    at(&mut app, 's');
    typed(&mut app, "demo@example.org");
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "wrong");
    ctrl(&mut app, 'r');
    assert!(flow(&app).sign_in.second.revealed);
    let (id, req) = request(key(&mut app, KeyCode::Enter));
    match req {
        Request::SignIn {
            api,
            location,
            place,
            email,
            password,
            secret,
        } => {
            assert_eq!(api, ZRH);
            assert_eq!(location.as_deref(), Some("ZRH"), "kept with the session");
            assert_eq!(
                place.as_deref(),
                Some("Switzerland, Zurich"),
                "and its name"
            );
            assert_eq!(email, "demo@example.org");
            assert_eq!(password.expose_secret(), "wrong");
            assert_eq!(secret, SECRET);
        }
        other => panic!("{other:?}"),
    }
    assert!(
        !flow(&app).sign_in.second.revealed,
        "masked again once sent"
    );
    reply(&mut app, id, Reply::SignedIn(Err(wrong_password())));
    let f = flow(&app);
    assert!(matches!(f.step, Step::SignIn));
    assert_eq!(f.sign_in.email.value(), "demo@example.org");
    assert!(f.sign_in.second.is_empty());
    assert_eq!(f.sign_in.focus, forms::Focus::Second);
    assert!(f.sign_in.second.error().is_some(), "named at the password");
    let ask = f.ask();
    assert_eq!(ask.key, "password");
    let problem = ask.problem.unwrap();
    assert_eq!(problem.kind, crate::app::problem::ProblemKind::Refused);
    assert!(
        problem.message.contains("wrong email or password"),
        "{problem:?}"
    );
    assert!(problem.message.contains("Zurich"), "{problem:?}");
    // The server's own words, when it gave some (an account not confirmed yet).
    key(&mut app, KeyCode::Char('x'));
    let id = request_id(&key(&mut app, KeyCode::Enter));
    reply(
        &mut app,
        id,
        Reply::SignedIn(Err(ApiError::Declined {
            status: 401,
            refusal: Refusal::WrongCredentials,
            said: Some("This account's email is not confirmed yet".into()),
        })),
    );
    let message = problem_said(&app);
    assert!(message.contains("not confirmed yet"), "{message}");
}

#[test]
fn an_empty_password_is_asked_for_before_sending() {
    let mut app = app();
    at(&mut app, 's');
    typed(&mut app, "demo@example.org");
    key(&mut app, KeyCode::Enter);
    assert!(key(&mut app, KeyCode::Enter).is_empty());
    assert!(flow(&app).sign_in.second.error().is_some());
}

#[test]
fn signed_in_shows_who_and_where_the_session_is_kept() {
    let mut app = app();
    signed_in(&mut app);
    let ask = flow(&app).ask();
    assert!(matches!(ask.kind, AskKind::Rest { .. }), "{ask:?}");
    let text = ask.context.join("\n");
    for part in [
        "demo@example.org",
        "6f2c1c3e-0000-4000-8000-000000000001",
        "REGULAR",
        "10.00 CHF",
        "/tmp/x/cloudsigma.secret",
    ] {
        assert!(text.contains(part), "{part} missing from {text}");
    }
    assert!(
        !flow(&app).text_focused(),
        "no text field: letters are keys"
    );
    let Step::Account(account) = &flow(&app).step else {
        panic!("not signed in");
    };
    assert_eq!(
        account.info.uuid.as_deref(),
        Some("6f2c1c3e-0000-4000-8000-000000000001")
    );
    assert!(!text.contains("csrf"), "{text}");
    assert!(
        !format!("{:?}", flow(&app)).contains("sid\""),
        "no secret in Debug"
    );
    assert!(
        flow(&app).sign_in.second.is_empty(),
        "the password is not kept"
    );
}

#[test]
fn r_checks_the_session_again_and_an_ended_one_goes_back_to_sign_in() {
    let mut app = app();
    signed_in(&mut app);
    let (id, req) = request(key(&mut app, KeyCode::Char('r')));
    assert!(matches!(&req, Request::Check { api, .. } if api == ZRH));
    reply(&mut app, id, Reply::Checked(Ok(Box::new(checked()))));
    match &flow(&app).step {
        Step::Account(account) => assert!(account.checked),
        other => panic!("{other:?}"),
    }
    // Unreachable: stays signed in, says so.
    let id = request_id(&key(&mut app, KeyCode::Char('r')));
    reply(&mut app, id, Reply::Checked(Err(unreachable())));
    assert!(matches!(flow(&app).step, Step::Account(_)));
    assert!(trouble(&app).contains("could not be checked"));
    // Ended: back to sign in, the email kept, the kept session forgotten.
    let id = request_id(&key(&mut app, KeyCode::Char('r')));
    let (_, req) = request(reply(&mut app, id, Reply::Checked(Err(session_ended()))));
    assert!(matches!(&req, Request::Forget { secret: SECRET }));
    let f = flow(&app);
    assert!(matches!(f.step, Step::SignIn));
    assert_eq!(f.sign_in.email.value(), "demo@example.org");
    assert!(
        f.sign_in_notice
            .clone()
            .unwrap()
            .contains("session has ended")
    );
    assert!(
        f.ask()
            .context
            .iter()
            .any(|l| l.contains("session has ended"))
    );
}

#[test]
fn sign_out_forgets_the_session_even_when_the_server_is_unreachable() {
    let mut app = app();
    signed_in(&mut app);
    let (id, req) = request(sign_out(&mut app));
    assert!(matches!(&req, Request::SignOut { secret: SECRET, .. }));
    assert!(flow(&app).busy().is_some());
    reply(
        &mut app,
        id,
        Reply::SignedOut {
            remote: Err(unreachable()),
            local: Ok(()),
        },
    );
    let f = flow(&app);
    assert!(f.finished());
    let ask = f.ask();
    assert_eq!(ask.kind, AskKind::Done);
    let text = ask.context.join("\n");
    assert!(text.contains("forgotten on this machine"), "{text}");
    assert!(text.contains("No session is kept"), "{text}");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.front, Front::Home);
    // Opening it again starts anew, looking for a saved session (none now).
    assert!(matches!(
        request(key(&mut app, KeyCode::Char('3'))).1,
        Request::LoadSaved { .. }
    ));
    assert!(matches!(flow(&app).step, Step::Loading));
}

#[test]
fn a_plain_sign_out_says_the_session_ended() {
    let mut app = app();
    signed_in(&mut app);
    let out = sign_out(&mut app);
    let id = request_id(&out);
    reply(&mut app, id, signed_out());
    let text = flow(&app).ask().context.join("\n");
    assert!(text.contains("Signed out of demo@example.org"), "{text}");
    assert!(flow(&app).signed_out);
}

fn saved() -> Saved {
    Saved {
        api: "https://fra.cloudsigma.com/api/2.0/".into(),
        email: "demo@example.org".into(),
        location: Some("fra".into()),
        place: Some("Frankfurt, Germany".into()),
        session: session(),
        kept: Location::Keyring,
        expired: false,
    }
}

#[test]
fn an_expired_saved_session_is_not_sent_and_asks_to_sign_in_again_there() {
    let mut app = app();
    let expired = Saved {
        expired: true,
        ..saved()
    };
    let (_, req) = request(opened_with(&mut app, Ok(Some(expired))));
    assert!(
        matches!(&req, Request::Forget { secret: SECRET }),
        "only forgotten, nothing sent with it: {req:?}"
    );
    let f = flow(&app);
    assert!(matches!(f.step, Step::SignIn));
    assert_eq!(f.sign_in.email.value(), "demo@example.org");
    let ask = f.ask();
    assert_eq!(ask.key, "password", "asked to sign in again");
    let said = ask.context.join("\n");
    assert!(said.contains("has expired"), "{said}");
    assert!(said.contains("Frankfurt"), "where it was opened: {said}");
    let (_, req) = request(answer(&mut app, "demo-password"));
    assert!(
        matches!(&req, Request::SignIn { api, location, .. }
            if api == "https://fra.cloudsigma.com/api/2.0/" && location.as_deref() == Some("FRA")),
        "{req:?}"
    );
}

#[test]
fn a_saved_session_opens_where_it_was_opened_not_where_the_person_looked_last() {
    let mut app = app();
    // One address for every location, as in the sandbox: only what is kept tells them apart.
    let everywhere = "http://127.0.0.1:1/cloudsigma/api/2.0/";
    app.config.cloudsigma.api_template = Some(everywhere.into());
    app.saved.state.cloudsigma_location = Some("tyo".into());
    let one_address = Saved {
        api: everywhere.into(),
        ..saved()
    };
    let (_, req) = request(opened_with(&mut app, Ok(Some(one_address))));
    assert!(
        matches!(&req, Request::Check { location, .. } if location.as_deref() == Some("fra")),
        "{req:?}"
    );
    assert!(
        flow(&app).place().contains("Frankfurt"),
        "{}",
        flow(&app).place()
    );
}

#[test]
fn a_check_that_brings_new_cookies_replaces_the_session_it_used() {
    let mut app = app();
    signed_in(&mut app);
    let (id, req) = request(key(&mut app, KeyCode::Char('r')));
    assert!(
        matches!(&req, Request::Check { email, secret: SECRET, location, .. }
            if email == "demo@example.org" && location.as_deref() == Some("ZRH")),
        "{req:?}"
    );
    let renewed = Session {
        csrftoken: SecretString::from("csrf-2"),
        ..session()
    };
    reply(
        &mut app,
        id,
        Reply::Checked(Ok(Box::new(Checked {
            info: info(),
            session: renewed,
        }))),
    );
    let (_, req) = request(sign_out(&mut app));
    let Request::SignOut { session, .. } = req else {
        panic!("{req:?}")
    };
    assert_eq!(
        session.csrftoken.expose_secret(),
        "csrf-2",
        "the newest token"
    );
}

#[test]
fn a_saved_session_that_still_works_opens_on_the_account() {
    let mut app = app();
    let (id, req) = request(opened_with(&mut app, Ok(Some(saved()))));
    assert!(
        matches!(&req, Request::Check { api, .. } if api == "https://fra.cloudsigma.com/api/2.0/")
    );
    assert!(matches!(flow(&app).step, Step::CheckingSaved(_)));
    assert_eq!(flow(&app).ask().kind, AskKind::Wait);
    reply(&mut app, id, Reply::Checked(Ok(Box::new(checked()))));
    match &flow(&app).step {
        Step::Account(account) => {
            assert_eq!(account.api, "https://fra.cloudsigma.com/api/2.0/");
            assert_eq!(account.kept, Ok(Location::Keyring));
            assert!(account.place.contains("Frankfurt"));
        }
        other => panic!("{other:?}"),
    }
}

/// A kept session is named as it was when it was opened (CloudSigma's current list said
/// "Frankfurt, Germany"), not as the built-in list here words it: on the header, the
/// account, the state file's record of it, and what is kept again after a check.
#[test]
fn a_saved_session_is_named_as_it_was_when_it_was_opened() {
    let mut app = app();
    let (id, req) = request(opened_with(&mut app, Ok(Some(saved()))));
    assert!(
        matches!(&req, Request::Check { place, .. } if place.as_deref() == Some("Frankfurt, Germany")),
        "kept again under the same name: {req:?}"
    );
    assert_eq!(app.title(), "CloudSigma › Frankfurt, Germany");
    let recorded = app.saved.state.kept[SECRET].as_ref().expect("recorded");
    assert_eq!(recorded.place.as_deref(), Some("Frankfurt, Germany"));
    reply(&mut app, id, Reply::Checked(Ok(Box::new(checked()))));
    let Step::Account(account) = &flow(&app).step else {
        panic!("{:?}", flow(&app).step)
    };
    assert_eq!(account.place, "Frankfurt, Germany (FRA)");

    // A copy an earlier version kept, without its name: the list's, and kept so from now on.
    let mut app = self::app();
    let old = Saved {
        place: None,
        ..saved()
    };
    let (_, req) = request(opened_with(&mut app, Ok(Some(old))));
    assert!(
        matches!(&req, Request::Check { place, .. } if place.as_deref() == Some("Germany, Frankfurt")),
        "{req:?}"
    );
    assert_eq!(app.title(), "CloudSigma › Germany, Frankfurt");
}

/// An expired session is signed into again under its own name; back on the list, the
/// current list arriving keeps its location highlighted, and choosing it names it as before.
#[test]
fn an_expired_session_s_place_keeps_its_name_when_the_current_list_arrives() {
    let mut app = app();
    let expired = Saved {
        expired: true,
        ..saved()
    };
    opened_with(&mut app, Ok(Some(expired)));
    assert_eq!(app.title(), "CloudSigma › Frankfurt, Germany");
    assert!(
        flow(&app)
            .sign_in_notice
            .as_deref()
            .unwrap()
            .contains("Frankfurt, Germany (FRA)"),
        "{:?}",
        flow(&app).sign_in_notice
    );
    key(&mut app, KeyCode::Esc);
    let (id, req) = request(key(&mut app, KeyCode::Esc));
    assert!(matches!(req, Request::Locations { .. }), "{req:?}");
    let current = [
        ("ZRH", "Zurich, Switzerland"),
        ("FRA", "Frankfurt, Germany"),
    ]
    .map(|(code, name)| Place {
        code: code.into(),
        name: name.into(),
        api: format!("https://{}.cloudsigma.com/api/2.0/", code.to_lowercase()),
    });
    reply(&mut app, id, Reply::Locations(Ok(Vec::from(current))));
    assert_eq!(flow(&app).location.selected_place().unwrap().code, "FRA");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.title(), "CloudSigma › Frankfurt, Germany");
}

#[test]
fn a_session_that_ended_between_two_runs_goes_to_sign_in_with_the_reason() {
    let mut app = app();
    let id = request_id(&opened_with(&mut app, Ok(Some(saved()))));
    assert!(matches!(
        request(reply(&mut app, id, Reply::Checked(Err(session_ended())))).1,
        Request::Forget { secret: SECRET }
    ));
    let f = flow(&app);
    assert!(matches!(f.step, Step::SignIn));
    assert_eq!(f.sign_in.email.value(), "demo@example.org");
    assert_eq!(
        f.sign_in_notice.as_deref(),
        Some("Your saved session has ended; sign in again.")
    );
    assert_eq!(
        f.location.chosen.as_ref().map(Chosen::label).as_deref(),
        Some("Frankfurt, Germany (FRA)"),
        "at the session's location, by its name"
    );
    // Signing in again goes to that location.
    typed(&mut app, "pw");
    let out = key(&mut app, KeyCode::Enter);
    assert!(
        matches!(request(out).1, Request::SignIn { api, .. } if api == "https://fra.cloudsigma.com/api/2.0/")
    );
}

/// A run given an account to create (`cloudsigma create-account`, an answers file) needs no
/// session: one that expired or ended is forgotten as ever, said once, and the flow goes on
/// as if none had been kept (to the location, then the choice it was given), never to the
/// sign-in form the screens offer a person with no such answer.
#[test]
fn a_run_given_an_account_to_create_goes_on_past_a_kept_session_that_no_longer_works() {
    let given = |app: &mut App, action: &str| {
        app.given.insert("action".into(), action.into());
    };
    let expired = Saved {
        expired: true,
        ..saved()
    };
    for action in ["create", "1", "Create an account"] {
        let mut app = self::app();
        given(&mut app, action);
        let out = opened_with(&mut app, Ok(Some(expired.clone())));
        assert!(
            out.commands().any(|c| matches!(
                c,
                Command::CloudSigma(_, Request::Forget { secret: SECRET })
            )),
            "forgotten as ever: {out:?}"
        );
        let f = flow(&app);
        assert!(matches!(f.step, Step::Location), "{action}: {:?}", f.step);
        assert!(matches!(
            f.kept_session_unused,
            Some(KeptSessionUnused::Expired { .. })
        ));
        let toast = app.toast.clone().expect("said once");
        assert_eq!(
            toast.text,
            "Your saved session for demo@example.org at Frankfurt, Germany (FRA) no longer \
             worked and was forgotten."
        );
        answer(&mut app, "");
        assert_eq!(flow(&app).ask().key, "action");
        answer(&mut app, action);
        assert!(matches!(flow(&app).step, Step::Create));
    }

    // Ended on CloudSigma's side: the same.
    let mut app = self::app();
    given(&mut app, "create");
    let id = request_id(&opened_with(&mut app, Ok(Some(saved()))));
    reply(&mut app, id, Reply::Checked(Err(session_ended())));
    assert!(matches!(flow(&app).step, Step::Location));
    assert!(matches!(
        flow(&app).kept_session_unused,
        Some(KeptSessionUnused::Ended { .. })
    ));

    // Given to sign in, it signs in again there, as a person is asked to.
    let mut app = self::app();
    given(&mut app, "sign in");
    opened_with(&mut app, Ok(Some(expired)));
    assert!(matches!(flow(&app).step, Step::SignIn));
    assert!(app.toast.is_none());
}

#[test]
fn a_saved_session_that_cannot_be_checked_offers_to_try_again() {
    let mut app = app();
    let id = request_id(&opened_with(&mut app, Ok(Some(saved()))));
    let out = reply(&mut app, id, Reply::Checked(Err(unreachable())));
    assert!(
        out.is_empty(),
        "the saved session is not forgotten: {out:?}"
    );
    assert!(matches!(flow(&app).step, Step::Unchecked(_)));
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "saved_session");
    assert_eq!(
        ask.problem.unwrap().kind,
        crate::app::problem::ProblemKind::Failed
    );
    let id = request_id(&key(&mut app, KeyCode::Enter));
    reply(&mut app, id, Reply::Checked(Err(unreachable())));
    let out = answer(&mut app, "2");
    assert!(matches!(flow(&app).step, Step::Location));
    built_in_list(&mut app, out);
}

#[test]
fn an_unreadable_saved_session_is_said_and_the_flow_goes_on() {
    let mut app = app();
    opened_with(&mut app, Err("it is not JSON".into()));
    assert!(matches!(flow(&app).step, Step::Location));
    assert!(trouble(&app).contains("could not be read"));
}

/// Why the kept session was not used is a value a command says its own way (the screens'
/// advice, to sign in now or to try again from here, is no advice to a script): expired or
/// ended (forgotten), unreadable, or unchecked with the error, whether refused or failed.
/// A session that works, kept or new, leaves nothing to say.
#[test]
fn why_a_kept_session_was_not_used_is_kept_as_a_value() {
    let fra = |app: &App| flow(app).place();
    let mut app = self::app();
    opened_with(
        &mut app,
        Ok(Some(Saved {
            expired: true,
            ..saved()
        })),
    );
    assert!(fra(&app).contains("Frankfurt"), "{}", fra(&app));
    assert_eq!(
        flow(&app).kept_session_unused,
        Some(KeptSessionUnused::Expired {
            email: "demo@example.org".into(),
            place: fra(&app),
            location: "FRA".into(),
        })
    );
    // At a partner's cloud, `--location` takes its address.
    let mut app = self::app();
    let partner = "https://cloud.example.com/api/2.0/";
    opened_with(
        &mut app,
        Ok(Some(Saved {
            api: partner.into(),
            location: Some("custom".into()),
            place: Some("cloud.example.com".into()),
            expired: true,
            ..saved()
        })),
    );
    assert_eq!(
        flow(&app).kept_session_unused,
        Some(KeptSessionUnused::Expired {
            email: "demo@example.org".into(),
            place: "cloud.example.com".into(),
            location: partner.into(),
        })
    );

    let mut app = self::app();
    let id = request_id(&opened_with(&mut app, Ok(Some(saved()))));
    let ended = ApiError::Declined {
        status: 401,
        refusal: Refusal::SessionEnded,
        said: Some("Not signed in".into()),
    };
    reply(&mut app, id, Reply::Checked(Err(ended)));
    assert_eq!(
        flow(&app).kept_session_unused,
        Some(KeptSessionUnused::Ended {
            email: "demo@example.org".into(),
            place: fra(&app),
            location: "FRA".into(),
            why: "Not signed in".into(),
        })
    );

    let csrf = ApiError::Declined {
        status: 403,
        refusal: Refusal::NoAccess,
        said: Some("CSRF Failed: CSRF token missing or incorrect.".into()),
    };
    for error in [csrf, unreachable()] {
        let mut app = self::app();
        let id = request_id(&opened_with(&mut app, Ok(Some(saved()))));
        reply(&mut app, id, Reply::Checked(Err(error.clone())));
        assert!(matches!(flow(&app).step, Step::Unchecked(_)));
        assert_eq!(
            flow(&app).kept_session_unused,
            Some(KeptSessionUnused::Unchecked {
                email: "demo@example.org".into(),
                location: "FRA".into(),
                error,
            })
        );
        // Tried again, and it works: nothing more to say.
        let id = request_id(&key(&mut app, KeyCode::Enter));
        reply(&mut app, id, Reply::Checked(Ok(Box::new(checked()))));
        assert!(matches!(flow(&app).step, Step::Account(_)));
        assert_eq!(flow(&app).kept_session_unused, None);
    }

    let mut app = self::app();
    opened_with(&mut app, Err("it is not JSON".into()));
    assert_eq!(
        flow(&app).kept_session_unused,
        Some(KeptSessionUnused::Unreadable {
            why: "it is not JSON".into()
        })
    );

    // Signed in now: the kept session's fate is no longer news.
    let mut app = self::app();
    let id = request_id(&opened_with(&mut app, Ok(Some(saved()))));
    reply(&mut app, id, Reply::Checked(Err(session_ended())));
    assert!(flow(&app).kept_session_unused.is_some());
    typed(&mut app, "demo-password");
    let id = request_id(&key(&mut app, KeyCode::Enter));
    reply(&mut app, id, signed_in_reply(Ok(Location::Keyring)));
    assert!(matches!(flow(&app).step, Step::Account(_)));
    assert_eq!(flow(&app).kept_session_unused, None);
}

#[test]
fn in_the_sandbox_a_session_from_an_earlier_sandbox_is_dropped_unchecked() {
    let mut app = app();
    app.point_at_sandbox("http://127.0.0.1:4000");
    let (id, req) = request(key(&mut app, KeyCode::Char('3')));
    assert!(matches!(
        req,
        Request::LoadSaved {
            secret: SANDBOX_SECRET
        }
    ));
    let mut old = saved();
    old.api = "http://127.0.0.1:3999/cloudsigma/api/2.0/".into();
    let out = reply(&mut app, id, Reply::Saved(Ok(Some(old))));
    assert!(
        matches!(
            out.as_slice(),
            [
                // Recorded as no longer kept, for the menu.
                Effect::Backend(Command::Remember(Remember::Kept { kept: None, .. })),
                Effect::Backend(Command::CloudSigma(
                    _,
                    Request::Forget {
                        secret: SANDBOX_SECRET
                    }
                )),
                Effect::Backend(Command::CloudSigma(_, Request::Locations { .. }))
            ]
        ),
        "{out:?}"
    );
    assert!(matches!(flow(&app).step, Step::Location));
    // This sandbox's own session is checked as usual.
    let mut app2 = self::app();
    app2.point_at_sandbox("http://127.0.0.1:4000");
    let mut current = saved();
    current.api = "http://127.0.0.1:4000/cloudsigma/api/2.0/".into();
    assert!(matches!(
        request(opened_with(&mut app2, Ok(Some(current)))).1,
        Request::Check { .. }
    ));
}

#[test]
fn stale_replies_are_dropped() {
    let mut app = app();
    let first = request_id(&sign_in(&mut app, "demo@example.org", "pw"));
    // Esc stops waiting (a cancel goes to the backend); its late answer changes nothing.
    let out = key(&mut app, KeyCode::Esc);
    assert!(matches!(out.as_slice(), [Effect::Backend(Command::Cancel(id))] if *id == first));
    assert!(flow(&app).busy().is_none());
    let ok = || signed_in_reply(Err("no".into()));
    reply(&mut app, first, ok());
    assert!(
        matches!(flow(&app).step, Step::SignIn),
        "the late sign-in is ignored"
    );
    // A new attempt: an answer to another id is ignored, the right one is taken.
    typed(&mut app, "x");
    let out = key(&mut app, KeyCode::Enter);
    let second = request_id(&out);
    reply(&mut app, RequestId(second.0 + 100), ok());
    assert!(matches!(flow(&app).step, Step::SignIn));
    reply(&mut app, second, ok());
    assert!(matches!(flow(&app).step, Step::Account(_)));
    // A check answered after the person signed out is dropped too.
    let check = request_id(&key(&mut app, KeyCode::Char('r')));
    reply(&mut app, check, Reply::Checked(Ok(Box::new(checked()))));
    reply(&mut app, check, Reply::Checked(Err(session_ended())));
    assert!(
        matches!(flow(&app).step, Step::Account(_)),
        "a second answer to one id is ignored"
    );
}

#[test]
fn leaving_while_creating_keeps_waiting_and_shows_the_result_on_return() {
    let mut app = app();
    let id = request_id(&create(&mut app, "new@example.org", ""));
    let out = key(&mut app, KeyCode::Esc);
    assert!(
        out.is_empty(),
        "no cancel: the account may be being created"
    );
    assert_eq!(app.front, Front::Home);
    assert!(app.busy().is_some(), "quitting asks first");
    reply(&mut app, id, account_created(None));
    key(&mut app, KeyCode::Char('3'));
    assert!(matches!(flow(&app).step, Step::Created(_)));
}

#[test]
fn a_request_that_died_in_the_backend_is_reported() {
    let mut app = app();
    let id = request_id(&sign_in(&mut app, "demo@example.org", "pw"));
    reply(
        &mut app,
        id,
        EventBody::TaskFailed("an internal error stopped this request".into()),
    );
    assert!(flow(&app).busy().is_none());
    assert!(trouble(&app).contains("internal error"));
}

#[test]
fn answers_walk_location_then_create() {
    let mut app = app();
    open(&mut app);
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "location");
    match &ask.kind {
        AskKind::Choice { options } => {
            assert_eq!(options[0], "PER — Australia, Perth", "{options:?}");
            assert_eq!(options.len(), location::BUILT_IN.len() + 1);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(ask.default.as_deref(), Some("ZRH"));
    assert!(
        ask.context.iter().any(|l| l.contains("as of January 2026")),
        "{:?}",
        ask.context
    );
    answer(&mut app, "mars");
    assert!(problem_said(&app).contains("not one of the locations"));
    answer(&mut app, "3");
    assert_eq!(flow(&app).location.chosen, chosen("FRA"));
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "action");
    assert!(ask.problem.is_none());
    answer(&mut app, "create an account");
    assert_eq!(flow(&app).ask().key, "email");
    answer(&mut app, "nope");
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "email");
    assert!(ask.problem.is_some());
    answer(&mut app, " new@example.org ");
    assert_eq!(flow(&app).ask().key, "promo");
    let (id, req) = request(answer(&mut app, ""));
    match req {
        Request::Create { api, account } => {
            assert_eq!(api, "https://fra.cloudsigma.com/api/2.0/");
            assert_eq!(account.email, "new@example.org");
            assert_eq!(account.promo, None);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(flow(&app).ask().kind, AskKind::Wait);
    reply(&mut app, id, account_created(None));
    assert_eq!(flow(&app).ask().key, "sign_in_now");
    answer(&mut app, "maybe");
    assert!(flow(&app).ask().problem.is_some());
    answer(&mut app, "n");
    let ask = flow(&app).ask();
    assert_eq!(ask.kind, AskKind::Done);
    assert!(ask.context.join(" ").contains("new@example.org"));
    assert!(flow(&app).finished());
}

#[test]
fn answers_walk_location_then_sign_in_to_the_account() {
    let mut app = app();
    open(&mut app);
    answer(&mut app, "");
    assert_eq!(
        flow(&app).location.chosen,
        chosen("zrh"),
        "empty: the default"
    );
    answer(&mut app, "2");
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "email");
    answer(&mut app, "demo@example.org");
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "password");
    assert_eq!(ask.kind, AskKind::Text { secret: true });
    let (id, req) = request(answer(&mut app, "demo-password"));
    assert!(
        matches!(&req, Request::SignIn { password, .. } if password.expose_secret() == "demo-password")
    );
    reply(&mut app, id, Reply::SignedIn(Err(wrong_password())));
    assert_eq!(flow(&app).ask().key, "password");
    let id = request_id(&answer(&mut app, "demo-password"));
    reply(&mut app, id, signed_in_reply(Ok(Location::Keyring)));
    let ask = flow(&app).ask();
    assert!(matches!(ask.kind, AskKind::Rest { .. }), "{ask:?}");
    assert!(ask.problem.is_none());
    let text = ask.context.join("\n");
    for part in [
        "Email: demo@example.org",
        "UUID: 6f2c1c3e",
        "State: REGULAR",
        "Balance: 10.00 CHF",
    ] {
        assert!(text.contains(part), "{part} missing from {text}");
    }
}

#[test]
fn answers_take_a_custom_address_directly() {
    let mut app = app();
    open(&mut app);
    answer(&mut app, "http://cloud.example.com/api/2.0/");
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "api_address");
    assert!(ask.problem.unwrap().message.contains("https"));
    answer(&mut app, "https://cloud.example.com/api/2.0/");
    assert_eq!(flow(&app).ask().key, "action");
    // Asked for an address, a location's code still chooses that location.
    let mut app = self::app();
    open(&mut app);
    answer(&mut app, "custom");
    assert_eq!(flow(&app).ask().key, "api_address");
    answer(&mut app, "per");
    assert_eq!(flow(&app).location.chosen, chosen("PER"));
    assert_eq!(flow(&app).ask().key, "action");
}

#[test]
fn a_click_on_a_location_chooses_it_and_on_a_button_presses_it() {
    let on = |target| Some(Hit::CloudSigma(target));
    let mut app = app();
    open(&mut app);
    click(&mut app, on(Target::Row(Row::Place(2))));
    assert_eq!(flow(&app).location.chosen, chosen("FRA"));
    assert!(matches!(flow(&app).step, Step::Choose));
    click(&mut app, on(Target::Action(Action::SignIn)));
    assert!(matches!(flow(&app).step, Step::SignIn));
    click(&mut app, on(Target::Field(forms::Focus::Second)));
    assert_eq!(flow(&app).sign_in.focus, forms::Focus::Second);
    let out = click(&mut app, on(Target::Button(Button::SignIn)));
    assert!(out.is_empty(), "the empty email is named, nothing sent");
    assert!(flow(&app).sign_in.email.error().is_some());
    // A click on nothing changes nothing.
    click(&mut app, None);
    assert!(matches!(flow(&app).step, Step::SignIn));
}

#[test]
fn every_step_lists_its_keys() {
    let mut app = app();
    open(&mut app);
    let keys = flow(&app).keys();
    assert!(keys.iter().any(|k| k.label().contains("↑/↓")));
    assert!(keys.iter().any(|k| k.label() == "Esc"));
    let mut app = self::app();
    signed_in(&mut app);
    let keys: Vec<_> = flow(&app).keys().iter().map(|k| k.label()).collect();
    assert!(
        keys.iter().any(|k| k == "r") && keys.iter().any(|k| k == "x"),
        "{keys:?}"
    );
}

#[test]
fn sign_out_asks_first_and_only_y_signs_out() {
    let mut app = app();
    signed_in(&mut app);
    assert!(
        key(&mut app, KeyCode::Char('s')).is_empty(),
        "s is not sign out"
    );
    assert!(!flow(&app).sign_out_asked);
    for stay in [KeyCode::Esc, KeyCode::Char('n'), KeyCode::Enter] {
        assert!(key(&mut app, KeyCode::Char('x')).is_empty());
        assert!(flow(&app).sign_out_asked, "asked");
        let help: Vec<_> = flow(&app).keys().into_iter().map(|k| k.action).collect();
        assert!(help.iter().any(|a| a == "yes, sign out"), "{help:?}");
        // Other keys do nothing while it is asked: not r, not a click elsewhere.
        assert!(key(&mut app, KeyCode::Char('r')).is_empty());
        assert!(key(&mut app, stay).is_empty(), "{stay:?} stays signed in");
        assert!(!flow(&app).sign_out_asked);
        assert!(matches!(flow(&app).step, Step::Account(_)));
        assert_eq!(app.front, Front::CloudSigma, "{stay:?} answers, not leaves");
    }
    assert!(matches!(
        request(sign_out(&mut app)).1,
        Request::SignOut { .. }
    ));
    assert!(!flow(&app).sign_out_asked);
}

#[test]
fn create_or_sign_in_is_chosen_by_arrows_and_enter_or_by_its_number() {
    let mut app = app();
    open(&mut app);
    key(&mut app, KeyCode::Enter);
    assert!(matches!(flow(&app).step, Step::Choose));
    for letter in ['c', 's'] {
        key(&mut app, KeyCode::Char(letter));
        assert!(
            matches!(flow(&app).step, Step::Choose),
            "{letter} no longer chooses"
        );
    }
    key(&mut app, KeyCode::Down);
    assert_eq!(flow(&app).action, Action::SignIn);
    key(&mut app, KeyCode::Enter);
    assert!(matches!(flow(&app).step, Step::SignIn));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('1'));
    assert!(matches!(flow(&app).step, Step::Create));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('2'));
    assert!(matches!(flow(&app).step, Step::SignIn));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('3'));
    assert!(matches!(flow(&app).step, Step::Choose), "only two choices");
}

#[test]
fn an_unchecked_saved_session_continues_without_it_by_tab_and_enter() {
    let mut app = app();
    let id = request_id(&opened_with(&mut app, Ok(Some(saved()))));
    reply(&mut app, id, Reply::Checked(Err(unreachable())));
    assert!(matches!(flow(&app).step, Step::Unchecked(_)));
    assert!(key(&mut app, KeyCode::Char('c')).is_empty());
    assert!(
        matches!(flow(&app).step, Step::Unchecked(_)),
        "c is copy, not continue"
    );
    key(&mut app, KeyCode::Tab);
    assert_eq!(flow(&app).focused_button(), Some(Button::Continue));
    let help: Vec<_> = flow(&app).keys().into_iter().map(|k| k.action).collect();
    assert!(help.iter().any(|a| a == "continue without it"), "{help:?}");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(flow(&app).step, Step::Location));
}

/// A sign-in records in the state file whose session is kept and at which place (never
/// the session), so the menu says it; signing out removes the record.
#[test]
fn the_menu_says_whose_session_is_kept_and_forgets_it_on_sign_out() {
    let mut app = app();
    app.saved.loaded = true;
    signed_in(&mut app);
    let kept = app.saved.state.kept[SECRET]
        .as_ref()
        .expect("recorded as kept");
    assert_eq!(kept.who, "demo@example.org");
    assert_eq!(kept.api, ZRH);
    assert!(
        kept.place.as_deref().unwrap().contains("Zurich"),
        "{kept:?}"
    );
    let status = app.home_status().cloudsigma.unwrap();
    assert!(
        status.starts_with("Signed in as demo@example.org at ")
            && status.ends_with("; session kept in /tmp/x/cloudsigma.secret"),
        "{status}"
    );
    let id = request_id(&sign_out(&mut app));
    let out = reply(&mut app, id, signed_out());
    assert!(
        out.commands()
            .any(|c| matches!(c, Command::Remember(Remember::Kept { kept: None, .. })))
    );
    assert_eq!(
        app.home_status().cloudsigma.as_deref(),
        Some("Not signed in")
    );
}

#[test]
fn the_account_buttons_are_in_the_focus_ring_and_enter_presses_the_focused_one() {
    let mut app = app();
    signed_in(&mut app);
    // Menu first: Enter by reflex never signs out.
    assert_eq!(flow(&app).focused_button(), Some(Button::Menu));
    key(&mut app, KeyCode::Tab);
    assert_eq!(flow(&app).focused_button(), Some(Button::Check));
    key(&mut app, KeyCode::Right);
    assert_eq!(flow(&app).focused_button(), Some(Button::SignOut));
    let help = flow(&app).keys();
    assert!(
        help.iter()
            .any(|k| k.label().starts_with("Enter") && k.action.starts_with("sign out")),
        "{help:?}"
    );
    // Enter on "Sign out…" asks, as x does.
    key(&mut app, KeyCode::Enter);
    assert!(flow(&app).sign_out_asked);
    key(&mut app, KeyCode::Esc);
    assert!(!flow(&app).sign_out_asked);
    key(&mut app, KeyCode::BackTab);
    key(&mut app, KeyCode::BackTab);
    assert_eq!(flow(&app).focused_button(), Some(Button::Menu));
}

#[test]
fn a_forms_button_is_in_its_focus_ring_and_a_letter_on_it_is_not_typed() {
    let mut app = app();
    at(&mut app, 's');
    assert!(matches!(flow(&app).step, Step::SignIn));
    typed(&mut app, "demo@example.org");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "demo-password");
    key(&mut app, KeyCode::Tab);
    assert_eq!(flow(&app).focused_button(), Some(Button::SignIn));
    assert!(!app.text_focused());
    typed(&mut app, "zz");
    assert_eq!(flow(&app).sign_in.second.value(), "demo-password");
    let out = key(&mut app, KeyCode::Enter);
    assert!(
        out.commands().any(|c| matches!(c, Command::CloudSigma(..))),
        "Enter on Sign in sends it: {out:?}"
    );
}

#[test]
fn the_work_in_flight_says_in_english_what_its_words_say() {
    use crate::app::in_flight::Work as _;
    for work in super::Work::ALL {
        assert_eq!(work.said(crate::lang::Lang::En), work.words());
    }
}

fn french_app() -> App {
    let mut app = app();
    app.config.lang = Some(Lang::Fr);
    app
}

#[test]
fn a_french_run_hears_its_refusals_and_failures_in_french() {
    let mut app = french_app();
    at(&mut app, 'c');
    // The location list's failure, in a few words.
    match &flow(&app).location.source {
        ListSource::Unavailable(why) => {
            assert_eq!(
                why,
                "impossible de joindre zrh.cloudsigma.com\u{a0}: \
                 the connection was refused or could not be made"
            )
        }
        other => panic!("{other:?}"),
    }
    // A field's own checks.
    typed(&mut app, "not-an-email");
    key(&mut app, KeyCode::Enter);
    let expected = checks::valid_email("not-an-email")
        .unwrap_err()
        .said(Lang::Fr);
    assert_eq!(flow(&app).create.email.error(), Some(&*expected));
    assert_ne!(
        expected,
        checks::valid_email("not-an-email")
            .unwrap_err()
            .said(Lang::En)
    );
    for _ in 0.."not-an-email".len() {
        key(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "new@example.org");
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "50%");
    key(&mut app, KeyCode::Enter);
    let expected = checks::valid_promo("50%").unwrap_err().said(Lang::Fr);
    assert_eq!(flow(&app).create.second.error(), Some(&*expected));
    assert!(expected.contains("code promo"), "{expected}");
    // A value refused as typed (the field's own length check).
    let mut field = flow(&app).create.second.clone();
    let refused = field.answer(&"x".repeat(forms::PROMO_MAX + 1)).unwrap_err();
    assert!(refused.contains("caractères"), "{refused}");
    key(&mut app, KeyCode::Backspace);
    // CloudSigma did not answer: the notice says so in French, the advice too.
    let id = request_id(&key(&mut app, KeyCode::Enter));
    reply(&mut app, id, Reply::Created(Err(timed_out())));
    let message = trouble(&app);
    assert!(
        message.contains("(zrh.cloudsigma.com n’a pas répondu à temps)"),
        "{message}"
    );
    let id = request_id(&key(&mut app, KeyCode::Enter));
    reply(&mut app, id, Reply::Created(Err(unreachable())));
    let message = trouble(&app);
    assert!(
        message.starts_with("impossible de joindre") && message.contains("Vérifiez"),
        "{message}"
    );
}

#[test]
fn a_failed_forgetting_is_a_problem_toast_in_the_run_s_language() {
    let mut app = french_app();
    open(&mut app);
    reply(
        &mut app,
        RequestId(9_999),
        Reply::Forgot(Err("no keyring".into())),
    );
    let toast = app.toast.clone().expect("a toast");
    assert_eq!(toast.tone, crate::app::Tone::Problem, "{toast:?}");
    assert!(toast.text.contains("n’a pas pu"), "{toast:?}");
}

#[test]
fn a_custom_address_is_refused_in_the_run_s_language() {
    let said = |lang, value| location::check_custom(value, lang).unwrap_err();
    assert_eq!(
        said(Lang::En, "http://cloud.example.com/api/2.0/"),
        "plain http is only allowed on this machine (loopback); use https"
    );
    assert_eq!(
        said(Lang::Fr, "http://cloud.example.com/api/2.0/"),
        "https requis, sauf sur cette machine (loopback)"
    );
    assert_eq!(
        said(Lang::Fr, "ftp://cloud.example.com/"),
        "le schéma «\u{a0}ftp\u{a0}» n’est ni http ni https"
    );
    assert_eq!(
        said(Lang::Fr, "https://cloud.example.com:99999/"),
        "ce n’est pas une URL (numéro de port invalide)"
    );
}

#[test]
fn when_an_unanswered_creation_left_names_no_english_day_or_month_in_french() {
    let sent = Sent::CloudSigmaCreate {
        api: ZRH.into(),
        email: "sam@example.org".into(),
        sent_at: 1_765_100_000,
    };
    assert_eq!(
        sent.when_in(Lang::En).as_deref(),
        Some("Sun, 07 Dec 2025 09:33:20 GMT")
    );
    assert_eq!(
        sent.when_in(Lang::Fr).as_deref(),
        Some("2025-12-07\u{a0}09:33\u{a0}UTC")
    );
    let never = Sent::CloudSigmaCreate {
        api: ZRH.into(),
        email: "sam@example.org".into(),
        sent_at: 0,
    };
    assert_eq!(never.when_in(Lang::Fr), None);
}
