//! update() tests of the Cleura flow: every branch driven through `App`, with the backend's
//! replies fed in by hand.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use secrecy::{ExposeSecret, SecretString};

use super::*;
use crate::app::ask::AskKind;
use crate::app::{App, Event, EventBody, Front, Msg, OutboxMessage, update};
use crate::config::Config;

const ENDPOINT: &str = "https://rest.cleura.cloud";

fn app_with(config: Config) -> App {
    App::new(config, (80, 24), Instant::now())
}

fn app() -> App {
    app_with(Config::default())
}

fn key(app: &mut App, code: KeyCode) -> Vec<Command> {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn ctrl(app: &mut App, c: char) -> Vec<Command> {
    update(
        app,
        Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
    )
}

/// Types `text`, returning what the last key sent.
fn type_text(app: &mut App, text: &str) -> Vec<Command> {
    let mut last = Vec::new();
    for c in text.chars() {
        last = key(app, KeyCode::Char(c));
    }
    last
}

fn answer(app: &mut App, text: &str) -> Vec<Command> {
    update(app, Msg::Answer(text.into()))
}

fn reply(app: &mut App, id: RequestId, reply: Reply) -> Vec<Command> {
    update(
        app,
        Msg::Backend(Event {
            id,
            body: EventBody::Cleura(reply),
        }),
    )
}

fn flow(app: &App) -> &Cleura {
    app.flows.cleura.as_ref().expect("the flow is open")
}

/// The Cleura requests among `out` other than forgetting.
fn requests(out: &[Command]) -> Vec<(RequestId, &Request)> {
    out.iter()
        .filter_map(|c| match c {
            Command::Cleura(id, r) => Some((*id, r)),
            _ => None,
        })
        .collect()
}

/// The one Cleura request among `out`.
fn request(out: &[Command]) -> (RequestId, &Request) {
    let found = requests(out);
    assert_eq!(found.len(), 1, "expected one Cleura request in {out:?}");
    found[0]
}

fn kept(token: &str) -> Kept {
    Kept {
        token: SecretString::from(token),
        kept: Ok(Location::File(PathBuf::from(
            "/tmp/t/secrets/cleura.secret",
        ))),
    }
}

fn v1_domains() -> Vec<Domain> {
    serde_json::from_str(
        r#"[
        {"area":{"id":"6","name":"Sweden / Stockholm","tag":"SE_STO2","regions":[{"zone_id":"2","name":"Stockholm / Sweden","status":"active","region":"Sto2"}]},"id":"79b0cef45b504586ad0bf057dc4cb8b8","status":"provisioned","name":"CCP_Domain_43597","enabled":true},
        {"area":{"id":"7","name":"Germany / Frankfurt","tag":"DE","regions":[{"zone_id":"6","name":"Frankfurt / Germany","status":"active","region":"Fra1"}]},"id":"08db589d04f442e19c272f2cd1a02906","status":"provisioned","name":"CCP_Domain_43597","enabled":true},
        {"area":{"id":"1","name":"Europe","tag":"EU","regions":[{"zone_id":"1","name":"Karlskrona / Sweden","status":"active","region":"Kna1"}]},"id":"a018123218f5428ba96d7fb212d90cf2","status":"provisioned","name":"CCP_Domain_43597","enabled":true,"extra":{"x":1}}
    ]"#,
    )
    .unwrap()
}

fn v2_domains() -> Vec<Domain> {
    serde_json::from_str(
        r#"[
        {"area":{"id":6,"name":"Sweden / Stockholm","tag":"SE_STO2","regions":[{"id":2,"name":"Stockholm / Sweden","tag":"Sto2"}]},"id":"79b0","status":"provisioned","name":"CCP","enabled":true},
        {"area":{"id":7,"name":"Germany / Frankfurt","tag":"DE","regions":[{"id":6,"name":"Frankfurt / Germany","tag":"Fra1"}]},"id":"08db","status":"provisioned","name":"CCP","enabled":false}
    ]"#,
    )
    .unwrap()
}

fn unauthorized(message: &str) -> ApiError {
    ApiError::Unauthorized {
        status: 403,
        message: message.into(),
    }
}

fn refused(message: &str) -> ApiError {
    ApiError::Refused {
        status: 400,
        message: message.into(),
        field: None,
    }
}

/// Opens the flow from the menu with no saved session: the sign-in screen.
fn open(app: &mut App) {
    let out = key(app, KeyCode::Char('2'));
    assert_eq!(app.front, Front::Cleura);
    let (id, req) = request(&out);
    assert!(
        matches!(req, Request::LoadSaved { secret: "cleura" }),
        "{req:?}"
    );
    assert!(
        flow(app).busy().is_none(),
        "reading a local secret is no work to wait on"
    );
    reply(app, id, Reply::Saved(Ok(None)));
    assert!(matches!(flow(app).step, Step::SignIn));
}

/// Types the login and password and presses Enter: the first sign-in request.
fn sign_in(app: &mut App, login: &str, password: &str) -> RequestId {
    type_text(app, login);
    key(app, KeyCode::Enter);
    assert_eq!(flow(app).form.focus, Field::Password);
    type_text(app, password);
    let out = key(app, KeyCode::Enter);
    let (id, req) = request(&out);
    match req {
        Request::SignIn {
            to,
            password: sent,
            method,
            secret,
        } => {
            assert_eq!(to.login, login);
            assert_eq!(sent.expose_secret(), password);
            assert_eq!(*method, Some("sms"), "the first request already names SMS");
            assert_eq!(*secret, "cleura");
        }
        other => panic!("{other:?}"),
    }
    assert!(flow(app).busy().is_some());
    id
}

/// Answers the sign-in with a verification: the code screen, the code being requested.
fn to_code(app: &mut App, id: RequestId) -> RequestId {
    let out = reply(
        app,
        id,
        Reply::SignedIn(Ok(SignInAnswer::Sms {
            verification: SecretString::from("ver-1"),
        })),
    );
    assert!(matches!(flow(app).step, Step::Code(_)));
    let (send_id, req) = request(&out);
    match req {
        Request::SendCode { verification, .. } => {
            assert_eq!(verification.expose_secret(), "ver-1")
        }
        other => panic!("{other:?}"),
    }
    reply(app, send_id, Reply::CodeSent(Ok(())));
    send_id
}

fn code(app: &App) -> &CodeStep {
    match &flow(app).step {
        Step::Code(step) => step,
        other => panic!("not on the code screen: {other:?}"),
    }
}

fn regions(app: &App) -> &Regions {
    match &flow(app).step {
        Step::Regions(regions) => regions,
        other => panic!("not on the regions: {other:?}"),
    }
}

/// A signed-in flow showing the v1 domains.
fn browsing(app: &mut App) {
    open(app);
    let id = sign_in(app, "alice", "alice-password");
    let out = reply(
        app,
        id,
        Reply::SignedIn(Ok(SignInAnswer::Token(kept("tok")))),
    );
    let (id, _) = request(&out);
    reply(app, id, Reply::Domains(Ok(v1_domains())));
}

#[test]
fn an_account_without_a_second_factor_goes_straight_to_its_regions() {
    let mut app = app();
    open(&mut app);
    let id = sign_in(&mut app, "alice", "alice-password");
    let out = reply(
        &mut app,
        id,
        Reply::SignedIn(Ok(SignInAnswer::Token(kept("tok")))),
    );
    assert!(
        out.iter().any(
            |c| matches!(c, Command::Remember(crate::store::resume::Remember::CleuraLogin(l)) if l == "alice")
        ),
        "{out:?}"
    );
    assert_eq!(app.saved.state.cleura_login.as_deref(), Some("alice"));
    let (id, req) = request(&out);
    match req {
        Request::Domains { session } => {
            assert_eq!(session.login, "alice");
            assert_eq!(session.token.expose_secret(), "tok");
            assert_eq!(session.endpoint, ENDPOINT);
        }
        other => panic!("{other:?}"),
    }
    assert!(
        flow(&app).form.password.is_empty(),
        "the password is not kept"
    );
    assert!(!regions(&app).loaded);
    reply(&mut app, id, Reply::Domains(Ok(v1_domains())));
    let table = &regions(&app).table;
    assert_eq!(table.view.len(), 3);
    assert_eq!(table.rows[table.view[0]].area, "Europe", "grouped by area");
    assert!(flow(&app).busy().is_none());
}

#[test]
fn sms_sign_in_v1_sends_the_code_when_six_digits_are_typed() {
    let mut app = app();
    open(&mut app);
    let id = sign_in(&mut app, "bob", "bob-password");
    to_code(&mut app, id);
    let step = code(&app);
    assert!(step.sent_at.is_some());
    assert!(flow(&app).text_focused());
    assert!(type_text(&mut app, "12345").is_empty(), "not complete yet");
    key(&mut app, KeyCode::Char('x'));
    assert_eq!(code(&app).code.value(), "12345", "digits only");
    assert!(code(&app).code.note.is_some(), "a refused letter is named");
    let out = key(&mut app, KeyCode::Char('6'));
    let (id, req) = request(&out);
    match req {
        Request::Verify {
            to,
            verification,
            code,
            secret,
        } => {
            assert_eq!(to.api, CleuraApi::V1);
            assert_eq!(verification.expose_secret(), "ver-1");
            assert_eq!(code.expose_secret(), "123456");
            assert_eq!(*secret, "cleura");
        }
        other => panic!("{other:?}"),
    }
    assert!(
        !format!("{req:?}").contains("123456"),
        "no code in Debug output"
    );
    let out = reply(&mut app, id, Reply::Verified(Ok(kept("tok"))));
    assert!(matches!(request(&out).1, Request::Domains { .. }));
    assert!(matches!(flow(&app).step, Step::Regions(_)));
}

#[test]
fn sms_sign_in_v2_speaks_v2_throughout_and_shows_v2_domains() {
    let mut config = Config::default();
    config.cleura.api = CleuraApi::V2;
    let mut app = app_with(config);
    open(&mut app);
    let id = sign_in(&mut app, "bob", "bob-password");
    to_code(&mut app, id);
    update(&mut app, Msg::Paste("123-456".into()));
    let out = app_out_last_verify(&mut app);
    let (id, req) = request(&out);
    let Request::Verify { to, .. } = req else {
        panic!("{req:?}")
    };
    assert_eq!(to.api, CleuraApi::V2);
    let out = reply(&mut app, id, Reply::Verified(Ok(kept("tok"))));
    let (id, req) = request(&out);
    let Request::Domains { session } = req else {
        panic!("{req:?}")
    };
    assert_eq!(session.api, CleuraApi::V2);
    reply(&mut app, id, Reply::Domains(Ok(v2_domains())));
    let table = &regions(&app).table;
    let row = table.selected_row().unwrap();
    assert_eq!(row.area, "Germany / Frankfurt");
    assert_eq!(row.tag, "Fra1");
    assert_eq!(row.enabled, Some(false));
    assert_eq!(row.cell(Column::Status), "—", "v2 regions carry no status");
}

/// A paste of a whole code sends it at once; the verify request is in the paste's output.
fn app_out_last_verify(app: &mut App) -> Vec<Command> {
    // The paste already sent it; replay the submit to read the request through Enter would
    // be refused (in flight), so read it from the pending id instead.
    let id = flow(app).pending().expect("verify in flight");
    assert_eq!(flow(app).working(), Some(Work::Verifying));
    vec![Command::Cleura(
        id,
        Request::Verify {
            to: code(app).to.clone(),
            verification: code(app).verification.clone(),
            code: code(app).secret(),
            secret: "cleura",
        },
    )]
}

#[test]
fn twofactor_options_are_followed_by_choosing_sms() {
    let mut app = app();
    open(&mut app);
    let id = sign_in(&mut app, "bob", "bob-password");
    let out = reply(
        &mut app,
        id,
        Reply::SignedIn(Ok(SignInAnswer::Options(vec![
            "sms".into(),
            "webauthn".into(),
        ]))),
    );
    let (id, req) = request(&out);
    assert!(
        matches!(
            req,
            Request::SignIn {
                method: Some("sms"),
                ..
            }
        ),
        "{req:?}"
    );
    // Offered again after choosing: no loop, a problem in words.
    let out = reply(
        &mut app,
        id,
        Reply::SignedIn(Ok(SignInAnswer::Options(vec!["sms".into()]))),
    );
    assert!(requests(&out).is_empty());
    assert!(matches!(flow(&app).step, Step::SignIn));
    assert!(flow(&app).trouble.is_some());
}

#[test]
fn twofactor_options_without_sms_explain_webauthn() {
    let mut app = app();
    open(&mut app);
    let id = sign_in(&mut app, "carol", "carol-password");
    reply(
        &mut app,
        id,
        Reply::SignedIn(Ok(SignInAnswer::Options(vec!["webauthn".into()]))),
    );
    assert!(matches!(flow(&app).step, Step::WebAuthnOnly { .. }));
}

#[test]
fn the_v1_refusal_asking_for_the_second_factor_signs_in_again_with_sms() {
    let mut app = app();
    open(&mut app);
    let id = sign_in(&mut app, "bob", "bob-password");
    // A server that refuses the SMS choice outright: once more without it...
    let out = reply(
        &mut app,
        id,
        Reply::SignedIn(Err(refused("twofa_method is not allowed here"))),
    );
    let (id, req) = request(&out);
    assert!(
        matches!(req, Request::SignIn { method: None, .. }),
        "{req:?}"
    );
    // ...whose "two-factor authentication required" is answered with SMS, never a loop.
    let out = reply(
        &mut app,
        id,
        Reply::SignedIn(Ok(SignInAnswer::FactorRequired(
            "two-factor authentication required".into(),
        ))),
    );
    assert!(requests(&out).is_empty(), "SMS was tried already: {out:?}");
    assert!(matches!(flow(&app).step, Step::SignIn));
    let problem = &flow(&app).trouble.as_ref().unwrap().problem;
    assert!(problem.message.contains("second factor"), "{problem:?}");
}

#[test]
fn a_webauthn_only_account_is_told_why_and_what_to_change() {
    let mut app = app();
    open(&mut app);
    let id = sign_in(&mut app, "carol", "carol-password");
    reply(
        &mut app,
        id,
        Reply::SignedIn(Ok(SignInAnswer::WebAuthnOnly(
            "This account's only second factor is WebAuthn".into(),
        ))),
    );
    let ask = flow(&app).ask();
    assert_eq!(ask.kind, AskKind::Stopped);
    let text = ask.context.join(" ");
    assert!(text.contains("add SMS"), "{text}");
    assert!(text.contains("web panel"), "{text}");
    assert!(flow(&app).form.password.is_empty());
    key(&mut app, KeyCode::Enter);
    assert!(matches!(flow(&app).step, Step::SignIn));
    assert_eq!(flow(&app).form.login.value(), "carol");
}

#[test]
fn a_wrong_password_is_said_on_the_sign_in_screen_with_the_login_kept() {
    let mut app = app();
    open(&mut app);
    let id = sign_in(&mut app, "bob", "nope");
    reply(
        &mut app,
        id,
        Reply::SignedIn(Err(ApiError::Unauthorized {
            status: 401,
            message: "Invalid login or password".into(),
        })),
    );
    let f = flow(&app);
    assert!(matches!(f.step, Step::SignIn));
    assert_eq!(f.form.login.value(), "bob");
    assert!(f.form.password.is_empty());
    assert_eq!(f.form.focus, Field::Password);
    let trouble = f.trouble.as_ref().unwrap();
    assert_eq!(trouble.problem.kind, crate::app::ask::ProblemKind::Refused);
    assert!(
        trouble
            .problem
            .message
            .contains("Invalid login or password")
    );
}

#[test]
fn a_wrong_code_says_how_many_tries_are_left() {
    let mut app = app();
    open(&mut app);
    let id = sign_in(&mut app, "bob", "bob-password");
    to_code(&mut app, id);
    let out = type_text(&mut app, "000000");
    let (id, _) = request(&out);
    reply(
        &mut app,
        id,
        Reply::Verified(Err(refused("Invalid code; 2 attempts left"))),
    );
    let step = code(&app);
    assert_eq!(step.tries_left, Some(2));
    assert!(
        step.code.is_empty(),
        "the boxes are emptied for the next try"
    );
    assert_eq!(
        step.code.error.as_deref(),
        Some("Wrong code: 2 tries left.")
    );
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "sms_code");
    assert!(ask.problem.unwrap().message.contains("2 tries left"));
    // A key clears the field's error (and ask's problem with it).
    key(&mut app, KeyCode::Char('1'));
    assert!(code(&app).code.error.is_none());
    assert!(flow(&app).ask().problem.is_none());
}

#[test]
fn an_expired_verification_starts_over_with_a_new_sign_in_and_code() {
    let mut app = app();
    open(&mut app);
    let id = sign_in(&mut app, "bob", "bob-password");
    to_code(&mut app, id);
    let (id, _) = request(&type_text(&mut app, "111111"));
    let out = reply(
        &mut app,
        id,
        Reply::Verified(Err(refused(
            "This verification has expired or was spent: sign in again",
        ))),
    );
    let (id, req) = request(&out);
    match req {
        Request::SignIn {
            password, method, ..
        } => {
            assert_eq!(password.expose_secret(), "bob-password");
            assert_eq!(*method, Some("sms"));
        }
        other => panic!("{other:?}"),
    }
    let out = reply(
        &mut app,
        id,
        Reply::SignedIn(Ok(SignInAnswer::Sms {
            verification: SecretString::from("ver-2"),
        })),
    );
    assert!(matches!(request(&out).1, Request::SendCode { .. }));
    let step = code(&app);
    assert_eq!(step.verification.expose_secret(), "ver-2");
    let notice = step.notice.as_deref().unwrap();
    assert!(notice.contains("verification ended"), "{notice}");
    // The last wrong try spends it too.
    let (id, _) = request(&out);
    reply(&mut app, id, Reply::CodeSent(Ok(())));
    let (id, _) = request(&type_text(&mut app, "222222"));
    let out = reply(
        &mut app,
        id,
        Reply::Verified(Err(refused(
            "Invalid code; no attempts left: this verification is spent, sign in again",
        ))),
    );
    assert!(matches!(request(&out).1, Request::SignIn { .. }));
}

#[test]
fn an_expired_code_is_replaced_by_a_new_one_at_once() {
    let mut app = app();
    open(&mut app);
    let id = sign_in(&mut app, "bob", "bob-password");
    to_code(&mut app, id);
    let (id, _) = request(&type_text(&mut app, "111111"));
    let out = reply(
        &mut app,
        id,
        Reply::Verified(Err(refused("The code has expired: request a new one"))),
    );
    assert!(matches!(request(&out).1, Request::SendCode { .. }));
    assert!(code(&app).notice.as_deref().unwrap().contains("new code"));
}

#[test]
fn resend_waits_for_its_cooldown_and_the_countdown_ticks_each_second() {
    let mut app = app();
    open(&mut app);
    let id = sign_in(&mut app, "bob", "bob-password");
    let t0 = app.now;
    to_code(&mut app, id);
    assert_eq!(code(&app).sent_at, Some(t0));
    assert_eq!(app.next_deadline(), Some(t0 + Duration::from_secs(1)));
    app.now = t0 + Duration::from_millis(10_500);
    update(&mut app, Msg::Tick);
    assert_eq!(code(&app).countdown(app.now), Some(20));
    assert_eq!(app.next_deadline(), Some(t0 + Duration::from_secs(11)));
    let out = ctrl(&mut app, 'n');
    assert!(requests(&out).is_empty(), "too early: {out:?}");
    assert!(app.toast.as_ref().unwrap().0.contains("20 s"));
    app.now = t0 + Duration::from_secs(30);
    update(&mut app, Msg::Tick);
    assert_eq!(
        app.next_deadline()
            .filter(|d| *d > app.now + Duration::from_secs(2)),
        None
    );
    let out = ctrl(&mut app, 'n');
    let (id, req) = request(&out);
    assert!(matches!(req, Request::SendCode { .. }));
    reply(&mut app, id, Reply::CodeSent(Ok(())));
    assert_eq!(code(&app).sent, 2);
    assert!(flow(&app).ask().context.join(" ").contains("new code"));
    assert_eq!(
        flow(&app).next_deadline(app.now),
        Some(app.now + Duration::from_secs(1)),
        "a new countdown"
    );
}

#[test]
fn the_sandbox_outbox_gives_the_code_on_ctrl_t() {
    let mut app = app();
    update(
        &mut app,
        Msg::Backend(Event {
            id: RequestId(0),
            body: EventBody::SandboxReady {
                base_url: "http://127.0.0.1:4000".into(),
            },
        }),
    );
    let out = key(&mut app, KeyCode::Char('2'));
    let (id, req) = request(&out);
    assert!(matches!(
        req,
        Request::LoadSaved {
            secret: "cleura-sandbox"
        }
    ));
    reply(&mut app, id, Reply::Saved(Ok(None)));
    let id = {
        type_text(&mut app, "bob");
        key(&mut app, KeyCode::Enter);
        type_text(&mut app, "bob-password");
        request(&key(&mut app, KeyCode::Enter)).0
    };
    to_code(&mut app, id);
    let out = ctrl(&mut app, 't');
    assert!(requests(&out).is_empty(), "no SMS yet");
    app.outbox.receive(vec![OutboxMessage {
        id: 1,
        kind: "sms".into(),
        to: "+46 70 000 00 02".into(),
        subject: String::new(),
        body: "Your Cleura verification code is 654321.".into(),
        link: None,
        code: Some("654321".into()),
        at: String::new(),
    }]);
    let out = ctrl(&mut app, 't');
    match request(&out).1 {
        Request::Verify { code, .. } => assert_eq!(code.expose_secret(), "654321"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_token_that_expires_while_browsing_sends_back_to_sign_in_with_the_reason() {
    let mut app = app();
    browsing(&mut app);
    let out = key(&mut app, KeyCode::Char('r'));
    let (id, req) = request(&out);
    assert!(matches!(req, Request::Domains { .. }));
    let out = reply(
        &mut app,
        id,
        Reply::Domains(Err(unauthorized("Invalid or expired token"))),
    );
    assert!(
        requests(&out)
            .iter()
            .any(|(_, r)| matches!(r, Request::Forget { secret: "cleura" })),
        "the dead token is forgotten: {out:?}"
    );
    let f = flow(&app);
    assert!(matches!(f.step, Step::SignIn));
    assert_eq!(f.form.login.value(), "alice");
    assert_eq!(f.form.focus, Field::Password);
    assert!(
        f.notice
            .as_deref()
            .unwrap()
            .contains("Invalid or expired token")
    );
    assert!(
        f.ask()
            .context
            .join(" ")
            .contains("Invalid or expired token")
    );
}

#[test]
fn filter_sort_projects_and_copy_work_on_the_table() {
    let mut app = app();
    browsing(&mut app);
    assert!(
        !flow(&app).text_focused(),
        "the table takes letters as keys"
    );
    key(&mut app, KeyCode::Char('/'));
    assert!(flow(&app).text_focused());
    type_text(&mut app, "fra");
    assert_eq!(regions(&app).table.view.len(), 1);
    key(&mut app, KeyCode::Enter);
    assert!(!flow(&app).text_focused());
    assert_eq!(regions(&app).table.selected_row().unwrap().tag, "Fra1");
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        regions(&app).table.view.len(),
        3,
        "Esc clears the filter first"
    );
    assert_eq!(app.front, Front::Cleura);
    key(&mut app, KeyCode::Char('s'));
    assert_eq!(regions(&app).table.sort, Column::Region);
    key(&mut app, KeyCode::Char('3'));
    assert_eq!(regions(&app).table.sort, Column::Tag);
    key(&mut app, KeyCode::Char('3'));
    assert!(regions(&app).table.descending);
    let table = &regions(&app).table;
    assert_eq!(table.rows[table.view[0]].tag, "Sto2");
    key(&mut app, KeyCode::Char('1'));
    key(&mut app, KeyCode::Down);
    let out = key(&mut app, KeyCode::Char('y'));
    assert!(
        matches!(out.as_slice(), [Command::CopyToClipboard(tag)] if tag == "Fra1"),
        "{out:?}"
    );
    assert_eq!(app.toast.as_ref().unwrap().0, "Copied Fra1");
    let out = key(&mut app, KeyCode::Enter);
    let (id, req) = request(&out);
    match req {
        Request::Projects { domain, .. } => assert_eq!(domain, "08db589d04f442e19c272f2cd1a02906"),
        other => panic!("{other:?}"),
    }
    let projects: Vec<Project> = serde_json::from_str(
        r#"[{"id":"p1","name":"alice-fra1-default","domain_id":"08db","enabled":true,"default":true,"description":"d"}]"#,
    )
    .unwrap();
    reply(&mut app, id, Reply::Projects(Ok(projects)));
    assert!(matches!(
        regions(&app).projects.as_ref().unwrap().state,
        regions::ProjectsState::Loaded(ref l) if l.len() == 1
    ));
    key(&mut app, KeyCode::Esc);
    assert!(regions(&app).projects.is_none());
    assert_eq!(app.front, Front::Cleura);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.front, Front::Home);
}

#[test]
fn answers_for_a_screen_the_person_left_are_dropped() {
    let mut app = app();
    browsing(&mut app);
    let (id, _) = request(&key(&mut app, KeyCode::Enter));
    key(&mut app, KeyCode::Esc);
    assert!(flow(&app).pending().is_none(), "leaving stops the wait");
    reply(&mut app, id, Reply::Projects(Ok(Vec::new())));
    assert!(
        regions(&app).projects.is_none(),
        "the late answer is dropped"
    );
    // And an answer with an id nobody sent.
    reply(&mut app, RequestId(9999), Reply::Domains(Ok(Vec::new())));
    assert_eq!(regions(&app).table.view.len(), 3);
}

#[test]
fn esc_goes_back_one_screen_keeping_what_was_typed() {
    let mut app = app();
    open(&mut app);
    type_text(&mut app, "bob");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.front, Front::Home);
    key(&mut app, KeyCode::Char('2'));
    assert_eq!(flow(&app).form.login.value(), "bob", "kept behind the menu");
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "bob-password");
    let id = request(&key(&mut app, KeyCode::Enter)).0;
    to_code(&mut app, id);
    type_text(&mut app, "12");
    key(&mut app, KeyCode::Esc);
    let f = flow(&app);
    assert!(matches!(f.step, Step::SignIn));
    assert_eq!(f.form.login.value(), "bob");
    assert_eq!(f.form.password.value(), "bob-password");
}

#[test]
fn ask_and_answers_drive_sign_in_code_and_regions() {
    let mut app = app();
    open(&mut app);
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "login");
    answer(&mut app, "  ");
    assert!(
        flow(&app).ask().problem.is_some(),
        "an empty login is named"
    );
    answer(&mut app, "bob");
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "password");
    assert_eq!(ask.kind, AskKind::Text { secret: true });
    let (id, _) = request(&answer(&mut app, "bob-password"));
    assert_eq!(flow(&app).ask().kind, AskKind::Wait);
    let out = reply(
        &mut app,
        id,
        Reply::SignedIn(Ok(SignInAnswer::Sms {
            verification: SecretString::from("v"),
        })),
    );
    assert_eq!(
        flow(&app).ask().kind,
        AskKind::Wait,
        "the code is being sent"
    );
    reply(&mut app, request(&out).0, Reply::CodeSent(Ok(())));
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "sms_code");
    assert!(ask.context.join(" ").contains("bob"));
    answer(&mut app, "12345");
    let ask = flow(&app).ask();
    assert!(ask.problem.unwrap().message.contains("6 digits"));
    let out = answer(&mut app, "123 456");
    let (id, req) = request(&out);
    assert!(matches!(req, Request::Verify { code, .. } if code.expose_secret() == "123456"));
    let out = reply(&mut app, id, Reply::Verified(Ok(kept("tok"))));
    assert_eq!(flow(&app).ask().kind, AskKind::Wait);
    reply(&mut app, request(&out).0, Reply::Domains(Ok(v1_domains())));
    let ask = flow(&app).ask();
    assert_eq!(ask.kind, AskKind::Done);
    let text = ask.context.join("\n");
    for tag in [
        "Sto2",
        "Fra1",
        "Kna1",
        "Stockholm",
        "Frankfurt",
        "Karlskrona",
    ] {
        assert!(text.contains(tag), "{tag} missing: {text}");
    }
    assert!(text.contains("Token kept in"), "{text}");
    let report = flow(&app).report();
    assert_eq!(report["regions"].as_array().unwrap().len(), 3);
    assert!(!report.to_string().contains("tok\""), "{report}");
}

#[test]
fn a_saved_session_is_checked_then_browsed_or_sent_to_sign_in() {
    let saved = || Saved {
        session: Session {
            endpoint: ENDPOINT.into(),
            api: CleuraApi::V1,
            login: "bob".into(),
            token: SecretString::from("old"),
        },
        kept: Location::Keyring,
    };
    let mut app = app();
    let (id, _) = request(&key(&mut app, KeyCode::Char('2')));
    let out = reply(&mut app, id, Reply::Saved(Ok(Some(saved()))));
    let (id, req) = request(&out);
    assert!(matches!(req, Request::Validate { session } if session.token.expose_secret() == "old"));
    assert!(flow(&app).busy().is_some());
    let out = reply(&mut app, id, Reply::Validated(Ok(())));
    assert!(matches!(request(&out).1, Request::Domains { .. }));
    assert!(matches!(regions(&app).kept, Ok(Location::Keyring)));

    // Revoked elsewhere: sign in again, the login kept, the dead token forgotten.
    let mut app = app_with(Config::default());
    let (id, _) = request(&key(&mut app, KeyCode::Char('2')));
    let (id, _) = request(&reply(&mut app, id, Reply::Saved(Ok(Some(saved())))));
    let out = reply(
        &mut app,
        id,
        Reply::Validated(Err(unauthorized("Invalid or expired token"))),
    );
    assert!(matches!(request(&out).1, Request::Forget { .. }));
    assert!(matches!(flow(&app).step, Step::SignIn));
    assert_eq!(flow(&app).form.login.value(), "bob");

    // Unreachable: try again, or sign in anew.
    let mut app = app_with(Config::default());
    let (id, _) = request(&key(&mut app, KeyCode::Char('2')));
    let (id, _) = request(&reply(&mut app, id, Reply::Saved(Ok(Some(saved())))));
    reply(
        &mut app,
        id,
        Reply::Validated(Err(ApiError::Network {
            host: "rest.cleura.cloud".into(),
            detail: "refused".into(),
        })),
    );
    assert!(matches!(flow(&app).step, Step::Unchecked(_)));
    let out = answer(&mut app, "1");
    assert!(matches!(request(&out).1, Request::Validate { .. }));
}

#[test]
fn sign_out_revokes_and_forgets_and_says_so_when_the_server_is_unreachable() {
    let mut app = app();
    browsing(&mut app);
    let out = key(&mut app, KeyCode::Char('x'));
    let (id, req) = request(&out);
    assert!(matches!(
        req,
        Request::SignOut {
            secret: "cleura",
            ..
        }
    ));
    reply(
        &mut app,
        id,
        Reply::SignedOut {
            remote: Err(ApiError::Network {
                host: "rest.cleura.cloud".into(),
                detail: "refused".into(),
            }),
            local: Ok(()),
        },
    );
    let f = flow(&app);
    assert!(f.finished());
    let text = f.ask().context.join(" ");
    assert!(text.contains("could not be told"), "{text}");
    assert!(text.contains("forgotten on this machine"), "{text}");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.front, Front::Home);
    // Opening it again starts anew.
    key(&mut app, KeyCode::Char('2'));
    assert!(matches!(flow(&app).step, Step::Loading));
}

#[test]
fn nothing_secret_reaches_debug_output() {
    let mut app = app();
    open(&mut app);
    let id = sign_in(&mut app, "bob", "hunter2-password");
    reply(
        &mut app,
        id,
        Reply::SignedIn(Ok(SignInAnswer::Sms {
            verification: SecretString::from("ver-secret"),
        })),
    );
    let dump = format!("{:?}", app.flows.cleura);
    assert!(!dump.contains("hunter2"), "{dump}");
    assert!(!dump.contains("ver-secret"), "{dump}");
}

#[test]
fn the_mouse_selects_opens_sorts_and_presses_what_was_drawn() {
    use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let mut app = app();
    browsing(&mut app);
    let click = |app: &mut App, hit: input::Hit| {
        let hits = crate::ui::cleura::hits(flow(app), app.body_area(), app.now);
        let (rect, _) = hits
            .into_iter()
            .find(|(_, h)| *h == hit)
            .unwrap_or_else(|| panic!("{hit:?} is not on screen"));
        update(
            app,
            Msg::Mouse(MouseEvent {
                kind: MouseEventKind::Down(MouseButton::Left),
                column: rect.x,
                row: rect.y,
                modifiers: KeyModifiers::NONE,
            }),
        )
    };
    click(&mut app, input::Hit::Row(2));
    assert_eq!(regions(&app).table.selected, 2);
    let out = click(&mut app, input::Hit::Row(2));
    assert!(
        matches!(request(&out).1, Request::Projects { .. }),
        "a second click opens"
    );
    key(&mut app, KeyCode::Esc);
    click(&mut app, input::Hit::Header(Column::Tag));
    assert_eq!(regions(&app).table.sort, Column::Tag);
    let out = click(&mut app, input::Hit::Button(input::Button::Copy));
    assert!(
        matches!(out.as_slice(), [Command::CopyToClipboard(_)]),
        "{out:?}"
    );
    click(&mut app, input::Hit::Filter);
    assert!(flow(&app).text_focused());
}

#[test]
fn the_mouse_focuses_sign_in_fields_and_chooses_the_version() {
    use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let mut app = app();
    open(&mut app);
    let hits = crate::ui::cleura::hits(flow(&app), app.body_area(), app.now);
    let at = |hit: input::Hit| {
        hits.iter()
            .find(|(_, h)| *h == hit)
            .map(|(r, _)| *r)
            .unwrap()
    };
    for (hit, then) in [
        (input::Hit::Field(Field::Endpoint), Field::Endpoint),
        (input::Hit::Version(CleuraApi::V2), Field::Version),
    ] {
        let rect = at(hit);
        update(
            &mut app,
            Msg::Mouse(MouseEvent {
                kind: MouseEventKind::Down(MouseButton::Left),
                column: rect.x,
                row: rect.y,
                modifiers: KeyModifiers::NONE,
            }),
        );
        assert_eq!(flow(&app).form.focus, then);
    }
    assert_eq!(flow(&app).form.api, CleuraApi::V2);
}
