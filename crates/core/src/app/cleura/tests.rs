//! update() tests of the Cleura flow: every branch of signing in, the code, the regions, and
//! the scripted path through `ask()`, with no IO.

use std::time::Duration;

use ratatui::crossterm::event::KeyCode;
use secrecy::{ExposeSecret, SecretString};

use super::code::RESEND_AFTER;
use super::regions::Column;
use super::*;
use crate::api::ApiError;
use crate::api::cleura::{Area, Domain, Project, Region};
use crate::api::error::Refusal;
use crate::app::ask::AskKind;
use crate::app::problem::ProblemKind;
use crate::app::tests_kit::{
    answer, click, ctrl, key, paste, problem_said, reply, request, request_id, typed,
};
use crate::app::{App, Command, EventBody, Front, Hit, Msg, Viewport, update};
use crate::app::{Commands, Effect};

/// The room a 100x30 terminal gives the region table, as the view reports it.
const TABLE_ROWS: usize = 21;

/// The kit's app in a 100x30 terminal, the state file read.
fn app() -> App {
    let mut app = crate::app::tests_kit::app();
    app.saved.loaded = true;
    update(&mut app, Msg::Resize(100, 30));
    let room = Viewport {
        table_rows: TABLE_ROWS,
        ..Viewport::default()
    };
    update(&mut app, Msg::Viewport(room));
    app
}

fn flow(app: &App) -> &Cleura {
    app.flows.cleura.as_ref().expect("the Cleura flow is open")
}

/// What the sign-in form says went wrong.
fn form_problem(app: &App) -> String {
    flow(app).problem.clone().expect("a problem").message
}

/// The flow opened from the menu, the backend answering its look for a kept token with
/// `found`: what the flow asks for next.
fn opened_with(app: &mut App, found: Reply) -> Vec<Effect> {
    let id = request_id(&key(app, KeyCode::Char('2')));
    reply(app, id, found)
}

/// Opens the flow; no token is kept, so it lands on Sign in.
fn open(app: &mut App) {
    let (id, r) = request(key(app, KeyCode::Char('2')));
    assert!(matches!(r, Request::Resume { .. }));
    assert!(flow(app).busy().is_some());
    reply(app, id, Reply::NothingSaved);
    assert!(matches!(flow(app).step, Step::SignIn));
}

fn sign_in_as(app: &mut App, login: &str, password: &str) -> (RequestId, Request) {
    typed(app, login);
    key(app, KeyCode::Tab);
    typed(app, password);
    request(key(app, KeyCode::Enter))
}

fn session(login: &str) -> Session {
    Session {
        endpoint: "https://rest.cleura.cloud".into(),
        api: CleuraApi::V1,
        login: login.into(),
        token: SecretString::from("tok-secret-value".to_string()),
    }
}

fn domains() -> Vec<Domain> {
    let d = |id: &str, area: &str, region: &str, tag: &str| Domain {
        id: id.into(),
        name: "CCP_Domain_43597".into(),
        status: "provisioned".into(),
        enabled: true,
        area: Area {
            id: "1".into(),
            name: area.into(),
            tag: "X".into(),
            regions: vec![Region {
                id: "1".into(),
                name: region.into(),
                tag: tag.into(),
                status: Some("active".into()),
            }],
        },
    };
    vec![
        d("sto", "Sweden / Stockholm", "Stockholm / Sweden", "Sto2"),
        d("fra", "Germany / Frankfurt", "Frankfurt / Germany", "Fra1"),
        d("kna", "Europe", "Karlskrona / Sweden", "Kna1"),
    ]
}

/// Cleura's yes to a sign-out, forgotten here too.
fn signed_out() -> Reply {
    Reply::SignedOut {
        remote: Ok(()),
        local: Ok(()),
    }
}

/// Cleura's answer to a sign-in that needs the code it sent for `verification`.
fn code_sent(verification: &str) -> Reply {
    Reply::CodeSent {
        verification: verification.into(),
    }
}

/// Cleura's refusal of a login and password, in its `words`.
fn wrong_credentials(words: &str) -> ApiError {
    declined(401, Refusal::WrongCredentials, words)
}

/// Opened, and signed in as alice with no second factor: on the regions.
fn signed_in_as_alice(app: &mut App) {
    open(app);
    let (id, _) = sign_in_as(app, "alice", "alice-password");
    signed_in(app, id, "alice");
}

fn signed_in(app: &mut App, id: RequestId, login: &str) {
    reply(
        app,
        id,
        Reply::SignedIn {
            session: session(login),
            domains: Ok(domains()),
            kept: Ok(Location::Keyring),
        },
    );
}

/// The tags of the rows shown, in order.
fn tags(app: &App) -> Vec<String> {
    let regions = regions(app);
    regions
        .view
        .iter()
        .map(|&i| regions.rows[i].tag.clone())
        .collect()
}

fn regions(app: &App) -> &Regions {
    match &flow(app).step {
        Step::Regions(r) => r,
        other => panic!("not on Regions: {other:?}"),
    }
}

/// A refusal as `api::cleura` reads one.
fn declined(status: u16, refusal: Refusal, said: &str) -> ApiError {
    ApiError::Declined {
        status,
        refusal,
        said: Some(said.into()),
    }
}

/// Signed in as bob, on the code screen of verification `v`.
fn on_the_code_screen(app: &mut App) {
    open(app);
    let (id, _) = sign_in_as(app, "bob", "bob-password");
    reply(app, id, code_sent("v"));
    assert!(matches!(flow(app).step, Step::Code(_)));
}

#[test]
fn no_second_factor_goes_straight_to_the_regions_and_remembers_the_login() {
    let mut app = app();
    open(&mut app);
    let (id, r) = sign_in_as(&mut app, "alice", "alice-password");
    let Request::SignIn {
        login,
        password,
        api,
        ..
    } = r
    else {
        panic!("{r:?}")
    };
    assert_eq!(login, "alice");
    assert_eq!(password.expose_secret(), "alice-password");
    assert_eq!(api, CleuraApi::V1);
    signed_in(&mut app, id, "alice");
    assert_eq!(regions(&app).view.len(), 3);
    assert_eq!(app.saved.state.cleura_login.as_deref(), Some("alice"));
    assert!(
        flow(&app).form.password.is_empty(),
        "the password is not kept"
    );
}

#[test]
fn sms_two_factor_v1_types_the_code_which_submits_itself_as_an_integer() {
    let mut app = app();
    open(&mut app);
    let (id, _) = sign_in_as(&mut app, "bob", "bob-password");
    reply(&mut app, id, code_sent("ver1"));
    assert!(matches!(flow(&app).step, Step::Code(_)));
    assert!(app.text_focused());
    let out = typed(&mut app, "12345");
    assert!(
        out.commands().all(|c| !matches!(c, Command::Cleura(..))),
        "not complete yet"
    );
    let (id, r) = request(typed(&mut app, "6"));
    let Request::Verify {
        code,
        verification,
        login,
        ..
    } = r
    else {
        panic!("{r:?}")
    };
    assert_eq!(
        (code, verification.as_str(), login.as_str()),
        (SmsCode(123456), "ver1", "bob")
    );
    signed_in(&mut app, id, "bob");
    assert_eq!(regions(&app).rows.len(), 3);
}

#[test]
fn sms_two_factor_v2_is_the_same_flow_on_the_v2_api() {
    let mut app = app();
    open(&mut app);
    // The API version is behind "Advanced", after the password.
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    assert!(!flow(&app).form.advanced);
    key(&mut app, KeyCode::Char(' '));
    assert!(flow(&app).form.advanced);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(flow(&app).form.api, CleuraApi::V2);
    key(&mut app, KeyCode::BackTab);
    key(&mut app, KeyCode::BackTab);
    key(&mut app, KeyCode::BackTab);
    let (id, r) = sign_in_as(&mut app, "bob", "bob-password");
    assert!(matches!(
        r,
        Request::SignIn {
            api: CleuraApi::V2,
            ..
        }
    ));
    reply(&mut app, id, code_sent("v"));
    let (_, r) = request(paste(&mut app, "12 34 56"));
    assert!(matches!(
        r,
        Request::Verify {
            api: CleuraApi::V2,
            code: SmsCode(123456),
            ..
        }
    ));
}

#[test]
fn a_second_factor_other_than_sms_is_explained_in_words() {
    let mut app = app();
    open(&mut app);
    let (id, _) = sign_in_as(&mut app, "carol", "carol-password");
    let out = reply(
        &mut app,
        id,
        Reply::SignInFailed(declined(
            200,
            Refusal::SecondFactorUnusable {
                methods: vec!["webauthn".into()],
            },
            "This account signs in with webauthn",
        )),
    );
    assert!(out.is_empty(), "nothing more is sent: {out:?}");
    let Step::SecondFactorUnusable { methods } = &flow(&app).step else {
        panic!("{:?}", flow(&app).step)
    };
    assert_eq!(methods, &["webauthn".to_string()]);
    let ask = flow(&app).ask();
    assert_eq!(ask.kind, AskKind::Stopped);
    assert!(
        ask.context.join(" ").contains("add SMS"),
        "{:?}",
        ask.context
    );
    assert!(ask.problem.unwrap().message.contains("(webauthn)"));
    key(&mut app, KeyCode::Enter);
    assert!(
        matches!(flow(&app).step, Step::SignIn),
        "Enter goes back to sign in"
    );
    assert!(
        flow(&app).form.password.is_empty(),
        "the password was not kept"
    );
}

#[test]
fn a_wrong_password_says_so_and_keeps_the_login() {
    let mut app = app();
    open(&mut app);
    let (id, _) = sign_in_as(&mut app, "alice", "nope");
    reply(
        &mut app,
        id,
        Reply::SignInFailed(wrong_credentials("Invalid login or password")),
    );
    let f = flow(&app);
    assert!(matches!(f.step, Step::SignIn));
    assert_eq!(f.form.login.value(), "alice");
    assert!(f.form.password.is_empty());
    assert_eq!(f.form.password.error(), Some("Wrong login or password."));
    assert!(form_problem(&app).contains("Invalid login or password"));
    let ask = f.ask();
    assert_eq!(ask.key, "login", "a script is asked for its login again");
    assert_eq!(ask.problem.unwrap().kind, ProblemKind::Refused);
}

#[test]
fn a_network_failure_keeps_everything_typed() {
    let mut app = app();
    open(&mut app);
    let (id, _) = sign_in_as(&mut app, "alice", "alice-password");
    let error = ApiError::Network {
        host: "rest.cleura.cloud".into(),
        detail: "refused".into(),
    };
    reply(&mut app, id, Reply::SignInFailed(error));
    let f = flow(&app);
    assert_eq!(
        f.form.password.value(),
        "alice-password",
        "nothing typed was wrong"
    );
    assert!(f.problem.as_ref().unwrap().message.contains("network"));
}

#[test]
fn typed_code_digits_survive_a_network_error_and_enter_sends_them_again() {
    let mut app = app();
    on_the_code_screen(&mut app);
    let id = request_id(&typed(&mut app, "123456"));
    let error = ApiError::Closed {
        host: "rest.cleura.cloud".into(),
    };
    reply(&mut app, id, Reply::CodeRefused(error.clone()));
    let Step::Code(code) = &flow(&app).step else {
        panic!("not on the code: {:?}", flow(&app).step);
    };
    assert_eq!(code.field.value(), "123456");
    // Why, as a value a command says its own way (it has no key to send it again).
    assert_eq!(code.unchecked, Some(error));
    let said = &flow(&app).problem.as_ref().expect("said").message;
    assert!(said.contains("Enter sends the same code again"), "{said}");
    let (_, r) = request(key(&mut app, KeyCode::Enter));
    let Step::Code(code) = &flow(&app).step else {
        panic!("not on the code: {:?}", flow(&app).step);
    };
    assert_eq!(code.unchecked, None, "sent again");
    assert!(
        matches!(
            r,
            Request::Verify {
                code: SmsCode(123456),
                ..
            }
        ),
        "{r:?}"
    );
}

#[test]
fn ctrl_c_asks_first_while_a_password_or_a_code_is_on_its_way() {
    let mut app = app();
    open(&mut app);
    let (id, _) = sign_in_as(&mut app, "bob", "bob-password");
    assert!(app.unfinished().is_some(), "a sign-in in flight");
    ctrl(&mut app, 'c');
    assert!(app.confirm_quit && !app.should_quit);
    key(&mut app, KeyCode::Esc);
    assert!(!app.confirm_quit && !app.should_quit);
    reply(&mut app, id, code_sent("v"));
    assert!(
        app.unfinished().is_none(),
        "waiting for the person, not Cleura"
    );
    typed(&mut app, "123456");
    assert!(app.unfinished().is_some(), "a code in flight");
}

#[test]
fn a_wrong_code_says_how_many_tries_are_left_and_clears_the_boxes() {
    let mut app = app();
    on_the_code_screen(&mut app);
    let id = request_id(&typed(&mut app, "111111"));
    reply(
        &mut app,
        id,
        Reply::CodeRefused(declined(
            400,
            Refusal::CodeWrong {
                tries_left: Some(2),
            },
            "Invalid code",
        )),
    );
    let Step::Code(code) = &flow(&app).step else {
        panic!()
    };
    assert!(code.field.is_empty());
    assert_eq!(code.field.error().unwrap(), "Invalid code. 2 tries left.");
    assert_eq!(flow(&app).ask().problem.unwrap().kind, ProblemKind::Refused);
    // Without a count, the provider's words alone.
    let id = request_id(&typed(&mut app, "222222"));
    reply(
        &mut app,
        id,
        Reply::CodeRefused(declined(
            400,
            Refusal::CodeWrong { tries_left: None },
            "Wrong code",
        )),
    );
    let Step::Code(code) = &flow(&app).step else {
        panic!()
    };
    assert_eq!(code.field.error().unwrap(), "Wrong code");
}

fn spent() -> ApiError {
    declined(
        400,
        Refusal::VerificationSpent,
        "This verification is spent (no attempts left): sign in again",
    )
}

#[test]
fn a_spent_verification_asks_before_signing_in_again() {
    let mut app = app();
    on_the_code_screen(&mut app);
    let id = request_id(&typed(&mut app, "111111"));
    let out = reply(&mut app, id, Reply::CodeRefused(spent()));
    assert!(
        out.commands().all(|c| !matches!(c, Command::Cleura(..))),
        "the kept password is not sent again by itself: {out:?}"
    );
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "sign_in_again");
    assert_eq!(ask.kind, AskKind::YesNo);
    assert_eq!(ask.prompt, "Sign in again and send a new code?");
    let problem = ask.problem.unwrap();
    assert_eq!(problem.kind, ProblemKind::Refused);
    assert!(problem.message.contains("no attempts left"), "{problem:?}");
    // Yes: the sign-in goes, with the password still in memory.
    let (id, r) = request(key(&mut app, KeyCode::Enter));
    let Request::SignIn {
        login, password, ..
    } = r
    else {
        panic!("{r:?}")
    };
    assert_eq!(login, "bob");
    assert_eq!(password.expose_secret(), "bob-password");
    reply(&mut app, id, code_sent("v2"));
    let Step::Code(code) = &flow(&app).step else {
        panic!("a new code screen")
    };
    assert_eq!(code.verification, "v2");
    assert!(code.field.value().is_empty());
    let ask = flow(&app).ask();
    assert!(
        ask.context.join(" ").contains("Signed in again"),
        "{:?}",
        ask.context
    );
    let (_, r) = request(typed(&mut app, "222222"));
    assert!(matches!(r, Request::Verify { ref verification, .. } if verification == "v2"));
}

#[test]
fn no_to_signing_in_again_goes_back_to_the_form_and_forgets_the_password() {
    let mut app = app();
    on_the_code_screen(&mut app);
    let id = request_id(&typed(&mut app, "111111"));
    reply(&mut app, id, Reply::CodeRefused(spent()));
    let out = answer(&mut app, "n");
    assert!(out.is_empty(), "{out:?}");
    let f = flow(&app);
    assert!(matches!(f.step, Step::SignIn));
    assert!(f.form.password.is_empty());
    assert_eq!(f.form.login.value(), "bob");
    assert!(
        f.problem.as_ref().unwrap().message.contains("spent"),
        "{:?}",
        f.problem
    );
    // Esc says no too.
    let mut app = self::app();
    on_the_code_screen(&mut app);
    let id = request_id(&typed(&mut app, "111111"));
    reply(&mut app, id, Reply::CodeRefused(spent()));
    let out = key(&mut app, KeyCode::Esc);
    assert!(out.commands().all(|c| !matches!(c, Command::Cleura(..))));
    assert!(matches!(flow(&app).step, Step::SignIn));
}

#[test]
fn a_scripted_yes_signs_in_again_and_a_resend_refused_as_spent_asks_too() {
    let mut app = app();
    on_the_code_screen(&mut app);
    app.now += RESEND_AFTER + Duration::from_millis(1);
    let (id, r) = request(answer(&mut app, "resend"));
    assert!(matches!(r, Request::Resend { .. }));
    reply(&mut app, id, Reply::CodeNotSent(spent()));
    assert_eq!(flow(&app).ask().key, "sign_in_again");
    // An answer that is neither yes nor no changes nothing.
    assert!(answer(&mut app, "maybe").is_empty());
    assert_eq!(flow(&app).ask().key, "sign_in_again");
    let (_, r) = request(answer(&mut app, "yes"));
    assert!(matches!(r, Request::SignIn { .. }));
}

#[test]
fn an_expired_code_can_be_replaced_at_once() {
    let mut app = app();
    on_the_code_screen(&mut app);
    let id = request_id(&typed(&mut app, "123456"));
    reply(
        &mut app,
        id,
        Reply::CodeRefused(declined(
            400,
            Refusal::CodeExpired,
            "The code has expired: request a new one",
        )),
    );
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "sms_code");
    assert!(
        ask.problem
            .unwrap()
            .message
            .contains("A new code can be sent now")
    );
    let (_, r) = request(ctrl(&mut app, 'n'));
    assert!(matches!(r, Request::Resend { .. }));
}

#[test]
fn resend_waits_for_its_countdown() {
    let mut app = app();
    open(&mut app);
    let (id, _) = sign_in_as(&mut app, "bob", "bob-password");
    let t0 = app.now;
    reply(&mut app, id, code_sent("v"));
    assert!(app.next_deadline().is_some(), "the countdown ticks");
    let out = ctrl(&mut app, 'n');
    assert!(out.commands().all(|c| !matches!(c, Command::Cleura(..))));
    assert!(matches!(flow(&app).step, Step::Code(_)));
    let problem = &flow(&app).problem;
    assert!(
        problem.as_ref().unwrap().message.contains("30 s"),
        "{problem:?}"
    );
    app.now = t0 + RESEND_AFTER + Duration::from_millis(1);
    let (id, r) = request(ctrl(&mut app, 'n'));
    assert!(matches!(r, Request::Resend { .. }));
    reply(&mut app, id, code_sent("v"));
    let Step::Code(code) = &flow(&app).step else {
        panic!()
    };
    assert_eq!(code.sends, 2);
    assert!(!code.can_resend(app.now), "a new countdown");
}

#[test]
fn the_code_boxes_take_digits_only_and_ctrl_t_takes_the_outbox_code() {
    let mut app = app();
    // The outbox, and Ctrl-T, are the sandbox's.
    app.sandbox_url = Some("http://127.0.0.1:1".into());
    on_the_code_screen(&mut app);
    typed(&mut app, "1a2");
    let Step::Code(code) = &flow(&app).step else {
        panic!()
    };
    assert_eq!(code.field.value(), "12");
    app.outbox.receive(vec![crate::app::OutboxMessage {
        id: 1,
        kind: "sms".into(),
        to: "+46".into(),
        subject: "code".into(),
        body: String::new(),
        link: None,
        code: Some("654321".into()),
        at: String::new(),
    }]);
    let (_, r) = request(ctrl(&mut app, 't'));
    assert!(matches!(
        r,
        Request::Verify {
            code: SmsCode(654321),
            ..
        }
    ));
}

#[test]
fn a_token_refused_while_browsing_sends_back_to_sign_in_with_the_reason() {
    let mut app = app();
    signed_in_as_alice(&mut app);
    let (id, r) = request(key(&mut app, KeyCode::Char('r')));
    assert!(matches!(r, Request::Domains { .. }));
    let out = reply(
        &mut app,
        id,
        Reply::Domains(Err(declined(403, Refusal::SessionEnded, "Invalid token"))),
    );
    let f = flow(&app);
    assert!(matches!(f.step, Step::SignIn));
    assert!(form_problem(&app).contains("Invalid token"));
    assert_eq!(f.form.login.value(), "alice");
    assert!(
        out.commands()
            .any(|c| matches!(c, Command::Cleura(_, Request::Forget { .. }))),
        "the dead token is forgotten"
    );
}

#[test]
fn a_403_for_one_domains_projects_leaves_the_session_alone() {
    let mut app = app();
    signed_in_as_alice(&mut app);
    let (id, r) = request(key(&mut app, KeyCode::Enter));
    let Request::Projects { domain, region, .. } = r else {
        panic!("{r:?}")
    };
    let out = reply(
        &mut app,
        id,
        Reply::Projects {
            domain,
            region,
            projects: Err(declined(
                403,
                Refusal::NoAccess,
                "No access: Your user does not have access to this method.",
            )),
        },
    );
    assert!(
        matches!(flow(&app).step, Step::Regions(_)),
        "still browsing"
    );
    assert!(
        !out.commands()
            .any(|c| matches!(c, Command::Cleura(_, Request::Forget { .. }))),
        "the token is kept"
    );
    let shown = regions(&app).projects.as_ref().unwrap();
    let Some(Err(problem)) = &shown.projects else {
        panic!("{shown:?}")
    };
    assert_eq!(problem.kind, ProblemKind::Refused);
    // What happened, in Cleura's words, and the one thing that helps: signing in again
    // would not, an administrator of the account can.
    assert_eq!(
        problem.message,
        "Cleura does not let alice list the projects of Europe (Kna1) (No access: Your user \
         does not have access to this method.): ask an administrator of the Cleura account to \
         give alice access to them."
    );
}

/// The sentence comes from the refusal's meaning, never from its words: any 403 that is not
/// about the token says the same, in the person's language; another refusal is Cleura's
/// words as they are.
#[test]
fn a_projects_refusal_is_said_by_its_meaning_in_the_person_s_language() {
    let listed = |mut app: App, error: ApiError| {
        signed_in_as_alice(&mut app);
        let (id, r) = request(key(&mut app, KeyCode::Enter));
        let Request::Projects { domain, region, .. } = r else {
            panic!("{r:?}")
        };
        let projects = Err(error);
        reply(
            &mut app,
            id,
            Reply::Projects {
                domain,
                region,
                projects,
            },
        );
        match &regions(&app).projects.as_ref().unwrap().projects {
            Some(Err(problem)) => problem.message.clone(),
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(
        listed(
            in_french(),
            declined(403, Refusal::NoAccess, "Access to this domain is denied")
        ),
        "Cleura ne laisse pas alice lister les projets d’Europe (Kna1) (Access to this domain \
         is denied)\u{a0}: demandez à un administrateur du compte Cleura de donner à alice \
         l’accès à ces projets."
    );
    assert_eq!(
        listed(app(), declined(404, Refusal::NotFound, "not found")),
        "not found"
    );
}

/// A listing the provider refused is a refusal, one the network, the server or the task
/// stopped a failure: a script's exit status tells them apart. A failed refresh is said in
/// one place whatever stopped it.
#[test]
fn a_listing_that_failed_keeps_whether_it_was_refused() {
    let no_access = || {
        declined(
            403,
            Refusal::NoAccess,
            "No access: Your user does not have access to this method.",
        )
    };
    let mut app = app();
    signed_in_as_alice(&mut app);
    let id = request_id(&key(&mut app, KeyCode::Char('r')));
    reply(&mut app, id, Reply::Domains(Err(no_access())));
    let problem = regions(&app).not_listed.clone().unwrap();
    assert_eq!(problem.kind, ProblemKind::Refused);
    assert!(
        problem
            .message
            .ends_with("No access: Your user does not have access to this method.")
    );
    let id = request_id(&key(&mut app, KeyCode::Char('r')));
    reply(
        &mut app,
        id,
        EventBody::TaskFailed("an internal error stopped this".into()),
    );
    let problem = regions(&app).not_listed.clone().unwrap();
    assert_eq!(problem.kind, ProblemKind::Failed);
    assert_eq!(
        problem.message,
        "The regions could not be listed: an internal error stopped this"
    );
    assert_eq!(regions(&app).notice, None, "said once");

    let id = request_id(&key(&mut app, KeyCode::Enter));
    reply(
        &mut app,
        id,
        EventBody::TaskFailed("an internal error stopped this".into()),
    );
    let view = regions(&app).projects.as_ref().unwrap();
    assert!(
        matches!(&view.projects, Some(Err(problem)) if problem.kind == ProblemKind::Failed),
        "no longer shown as loading: {view:?}"
    );

    // The kept token's check refused for another reason than the token: refused too.
    let mut app = self::app();
    opened_with(
        &mut app,
        Reply::ResumeFailed {
            login: "bob".into(),
            error: no_access(),
        },
    );
    assert_eq!(
        flow(&app).problem.as_ref().unwrap().kind,
        ProblemKind::Refused
    );
    // A command says it its own way, from what happened, not from the form's sentence.
    assert_eq!(
        flow(&app).kept_token_unused,
        Some(KeptTokenUnused::Unchecked(no_access()))
    );
}

#[test]
fn a_kept_token_goes_straight_to_the_regions_and_an_expired_one_to_sign_in() {
    let mut app = app();
    opened_with(
        &mut app,
        Reply::Resumed {
            session: session("bob"),
            domains: domains(),
            kept: Location::Keyring,
        },
    );
    assert!(
        regions(&app)
            .notice
            .as_deref()
            .unwrap()
            .contains("earlier run")
    );

    let mut app = self::app();
    opened_with(
        &mut app,
        Reply::ResumeFailed {
            login: "bob".into(),
            error: declined(403, Refusal::SessionEnded, "Invalid token"),
        },
    );
    let f = flow(&app);
    assert!(matches!(f.step, Step::SignIn));
    assert_eq!(f.form.login.value(), "bob");
    assert!(form_problem(&app).contains("no longer works"));
}

#[test]
fn filter_sort_projects_copy_and_sign_out() {
    let mut app = app();
    signed_in_as_alice(&mut app);
    assert!(!app.text_focused());
    // By area: Europe, Germany, Sweden.
    assert_eq!(tags(&app), ["Kna1", "Fra1", "Sto2"]);
    key(&mut app, KeyCode::Char('S'));
    assert!(regions(&app).descending);
    assert_eq!(tags(&app), ["Sto2", "Fra1", "Kna1"]);
    // A column's order is the rows' order, areas or not.
    key(&mut app, KeyCode::Char('2'));
    assert_eq!(regions(&app).sort, Column::Region);
    assert_eq!(
        tags(&app),
        ["Fra1", "Kna1", "Sto2"],
        "Frankfurt, Karlskrona, Stockholm"
    );
    key(&mut app, KeyCode::Char('3'));
    assert_eq!(regions(&app).sort, Column::Tag);
    key(&mut app, KeyCode::Char('3'));
    assert_eq!(tags(&app), ["Sto2", "Kna1", "Fra1"], "3 again reverses");
    // Grouped by area (Europe, Germany, Sweden), by tag within each.
    key(&mut app, KeyCode::Char('g'));
    assert_eq!(tags(&app), ["Kna1", "Fra1", "Sto2"]);
    key(&mut app, KeyCode::Char('g'));
    assert_eq!(tags(&app), ["Sto2", "Kna1", "Fra1"]);
    key(&mut app, KeyCode::Char('/'));
    assert!(app.text_focused(), "letters filter now");
    typed(&mut app, "sto");
    assert_eq!(regions(&app).view.len(), 1);
    key(&mut app, KeyCode::Enter);
    assert!(!app.text_focused());
    assert_eq!(regions(&app).view.len(), 1, "Enter keeps the filter");
    let out = key(&mut app, KeyCode::Char('c'));
    assert!(
        out.iter()
            .any(|c| matches!(c, Effect::CopyToClipboard(t) if t == "Sto2"))
    );
    let (id, r) = request(key(&mut app, KeyCode::Enter));
    let Request::Projects { domain, region, .. } = r else {
        panic!()
    };
    assert_eq!((domain.as_str(), region.as_str()), ("sto", "Sto2"));
    let project = Project {
        id: "p1".into(),
        name: "default".into(),
        domain_id: "sto".into(),
        enabled: true,
        default: Some(true),
        description: String::new(),
    };
    reply(
        &mut app,
        id,
        Reply::Projects {
            domain: "sto".into(),
            region: "Sto2".into(),
            projects: Ok(vec![project]),
        },
    );
    assert!(
        regions(&app)
            .projects
            .as_ref()
            .unwrap()
            .projects
            .as_ref()
            .unwrap()
            .is_ok()
    );
    let listed = regions(&app).projects.as_ref().unwrap().projects.as_ref();
    assert_eq!(listed.unwrap().as_ref().unwrap()[0].id, "p1");
    key(&mut app, KeyCode::Esc);
    assert!(regions(&app).projects.is_none(), "Esc closes the projects");
    key(&mut app, KeyCode::Char('/'));
    key(&mut app, KeyCode::Esc);
    assert_eq!(regions(&app).view.len(), 3, "Esc clears the filter");
    assert!(key(&mut app, KeyCode::Char('x')).is_empty(), "asked first");
    let (id, r) = request(key(&mut app, KeyCode::Char('y')));
    assert!(matches!(r, Request::SignOut { .. }));
    reply(&mut app, id, signed_out());
    assert!(flow(&app).finished());
    assert_eq!(flow(&app).ask().kind, AskKind::Done);
}

#[test]
fn sign_out_asks_first_and_only_y_signs_out() {
    let mut app = app();
    signed_in_as_alice(&mut app);
    assert!(key(&mut app, KeyCode::Char('o')).is_empty());
    assert!(!regions(&app).asking_sign_out, "o never signs out");
    for (no, how) in [(KeyCode::Esc, "Esc"), (KeyCode::Char('n'), "n")] {
        key(&mut app, KeyCode::Char('x'));
        assert!(regions(&app).asking_sign_out);
        assert!(
            app.keys().iter().any(|k| k.action == "yes, sign out"),
            "the key bar asks"
        );
        // Keys a hand presses by reflex do not sign out, nor leave the question.
        for other in [KeyCode::Enter, KeyCode::Char('o'), KeyCode::Down] {
            assert!(key(&mut app, other).is_empty(), "{other:?}");
            assert!(regions(&app).asking_sign_out, "{other:?}");
        }
        assert!(key(&mut app, no).is_empty(), "{how}");
        assert!(!regions(&app).asking_sign_out, "{how} stays signed in");
        assert!(app.front == Front::Cleura, "{how} stays on the table");
    }
    key(&mut app, KeyCode::Char('x'));
    click(&mut app, Some(Hit::Cleura(Target::Row(2))));
    assert!(!regions(&app).asking_sign_out, "a click stays signed in");
    assert_eq!(regions(&app).selected, 0, "and does nothing else");
    key(&mut app, KeyCode::Char('x'));
    let (_, r) = request(key(&mut app, KeyCode::Char('y')));
    assert!(matches!(r, Request::SignOut { .. }));
}

#[test]
fn esc_walks_back_keeping_input_and_a_late_reply_is_dropped() {
    let mut app = app();
    open(&mut app);
    let (id, _) = sign_in_as(&mut app, "bob", "bob-password");
    // Esc while signing in cancels it.
    let out = key(&mut app, KeyCode::Esc);
    assert!(
        out.commands()
            .any(|c| matches!(c, Command::Cancel(x) if *x == id))
    );
    reply(&mut app, id, code_sent("late"));
    assert!(
        matches!(flow(&app).step, Step::SignIn),
        "the late reply is dropped"
    );
    assert_eq!(flow(&app).form.password.value(), "bob-password");
    let id = request_id(&key(&mut app, KeyCode::Enter));
    reply(&mut app, id, code_sent("v"));
    key(&mut app, KeyCode::Esc);
    assert!(matches!(flow(&app).step, Step::SignIn));
    assert_eq!(flow(&app).form.login.value(), "bob");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.front, Front::Home);
    key(&mut app, KeyCode::Char('2'));
    assert_eq!(flow(&app).form.login.value(), "bob", "kept behind the menu");
}

#[test]
fn bad_values_are_named_under_their_fields_before_anything_is_sent() {
    let mut app = app();
    open(&mut app);
    let out = key(&mut app, KeyCode::Enter);
    assert!(out.commands().all(|c| !matches!(c, Command::Cleura(..))));
    let f = flow(&app);
    assert!(f.form.login.error().is_some());
    assert!(f.form.password.error().is_some());
    typed(&mut app, "alice");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "pw");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Enter);
    assert!(flow(&app).form.advanced, "Enter on Advanced opens it");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    ctrl(&mut app, 'u');
    typed(&mut app, "http://rest.example.org");
    let out = key(&mut app, KeyCode::Enter);
    assert!(out.commands().all(|c| !matches!(c, Command::Cleura(..))));
    assert!(flow(&app).form.endpoint.error().unwrap().contains("https"));
}

#[test]
fn the_scripted_path_signs_in_with_a_code_and_lists_regions() {
    let mut app = app();
    let id = request_id(&key(&mut app, KeyCode::Char('2')));
    assert_eq!(flow(&app).ask().kind, AskKind::Wait);
    reply(&mut app, id, Reply::NothingSaved);
    assert_eq!(flow(&app).ask().key, "login");
    answer(&mut app, "bob");
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "password");
    assert_eq!(ask.kind, AskKind::Text { secret: true });
    let id = request_id(&answer(&mut app, "bob-password"));
    reply(&mut app, id, code_sent("v"));
    assert_eq!(flow(&app).ask().key, "sms_code");
    let out = answer(&mut app, "12a");
    assert!(out.commands().all(|c| !matches!(c, Command::Cleura(..))));
    assert_eq!(flow(&app).ask().problem.unwrap().kind, ProblemKind::Invalid);
    let (id, r) = request(answer(&mut app, "123-456"));
    assert!(matches!(
        r,
        Request::Verify {
            code: SmsCode(123456),
            ..
        }
    ));
    signed_in(&mut app, id, "bob");
    let ask = flow(&app).ask();
    assert!(matches!(ask.kind, AskKind::Rest { .. }), "{ask:?}");
    assert!(
        ask.context.iter().any(|l| l.contains("Sto2")),
        "{:?}",
        ask.context
    );
    assert_eq!(regions(&app).session.login, "bob");
    assert!(
        !ask.context.join("\n").contains("tok-secret-value"),
        "no token in what is shown"
    );
    let (_, r) = request(answer(&mut app, "projects Fra1"));
    assert!(matches!(r, Request::Projects { ref domain, .. } if domain == "fra"));
}

#[test]
fn a_region_named_by_a_script_that_is_none_is_asked_for_again_with_why() {
    let mut app = app();
    signed_in_as_alice(&mut app);
    assert!(answer(&mut app, "projects Nowhere").is_empty());
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "region");
    assert!(problem_said(&app).contains("Nowhere"), "{ask:?}");
    assert_eq!(ask.problem.unwrap().kind, ProblemKind::Invalid);
}

/// The one rule of problems: the sign-in's refusal stands until the next submit, edits or
/// not; a judged code's refusal is the code's, under its boxes, until the next digit.
#[test]
fn a_refusal_of_the_step_stands_until_the_next_submit_and_a_codes_until_the_next_digit() {
    let mut app = app();
    open(&mut app);
    let (id, _) = sign_in_as(&mut app, "alice", "nope");
    reply(
        &mut app,
        id,
        Reply::SignInFailed(wrong_credentials("Invalid login or password")),
    );
    typed(&mut app, "alice-password");
    assert!(flow(&app).form.password.error().is_none(), "edited");
    assert!(form_problem(&app).contains("Invalid login or password"));
    let id = request_id(&key(&mut app, KeyCode::Enter));
    assert!(flow(&app).problem.is_none(), "submitted again");
    reply(&mut app, id, code_sent("v"));

    let id = request_id(&typed(&mut app, "111111"));
    let wrong = Refusal::CodeWrong {
        tries_left: Some(2),
    };
    reply(
        &mut app,
        id,
        Reply::CodeRefused(declined(400, wrong, "Invalid code")),
    );
    assert!(flow(&app).problem.is_none(), "about the code, not the step");
    assert_eq!(problem_said(&app), "Invalid code. 2 tries left.");
    typed(&mut app, "1");
    let Step::Code(code) = &flow(&app).step else {
        panic!("on the code")
    };
    assert!(code.field.problem.is_none());
    assert!(flow(&app).ask().problem.is_none());
}

#[test]
fn debug_output_never_shows_the_password_or_the_token() {
    let mut app = app();
    open(&mut app);
    let (id, r) = sign_in_as(&mut app, "alice", "hunter2-secret");
    assert!(!format!("{r:?}").contains("hunter2-secret"));
    assert!(!format!("{:?}", flow(&app)).contains("hunter2-secret"));
    signed_in(&mut app, id, "alice");
    assert!(!format!("{:?}", flow(&app)).contains("tok-secret-value"));
}

#[test]
fn ctrl_c_quits_at_once_while_reading_but_asks_while_signing_out() {
    let mut app = app();
    key(&mut app, KeyCode::Char('2'));
    assert!(flow(&app).busy().is_some(), "looking for a kept token");
    ctrl(&mut app, 'c');
    assert!(app.should_quit, "nothing would be lost");

    let mut app = self::app();
    signed_in_as_alice(&mut app);
    key(&mut app, KeyCode::Char('x'));
    key(&mut app, KeyCode::Char('y'));
    ctrl(&mut app, 'c');
    assert!(!app.should_quit);
    assert!(app.confirm_quit, "signing out would be left half done");
}

#[test]
fn the_code_shows_as_typed_ctrl_r_hides_it_and_it_never_reaches_debug_output() {
    let mut app = app();
    on_the_code_screen(&mut app);
    typed(&mut app, "987");
    let Step::Code(code) = &flow(&app).step else {
        panic!()
    };
    assert_eq!(
        code.field.display(),
        "987",
        "as every one-time-code form shows it"
    );
    assert!(!format!("{:?}", flow(&app)).contains("987"));
    let out = ctrl(&mut app, 'r');
    assert!(out.is_empty(), "Ctrl-R sends nothing: {out:?}");
    let Step::Code(code) = &flow(&app).step else {
        panic!()
    };
    assert_eq!(code.field.display(), "•••");
    let (_, r): (_, Request) = request(typed(&mut app, "654"));
    assert!(!format!("{r:?}").contains("987654"), "{r:?}");
    let Step::Code(code) = &flow(&app).step else {
        panic!()
    };
    assert!(!code.field.revealed, "hidden as the person chose");
}

/// `count` regions as the sandbox makes them: fifty to an area, tags like `Sbx0999`.
fn sandbox_domains(count: usize) -> Vec<Domain> {
    (1..=count)
        .map(|n| {
            let mut d = domains()[0].clone();
            d.id = format!("{n:032x}");
            d.area.name = format!("Sandbox / Area {}", n / 50 + 1);
            d.area.regions[0].name = format!("Sandbox region {n:04}");
            d.area.regions[0].tag = format!("Sbx{n:04}");
            d
        })
        .collect()
}

/// Signed in as alice to an account of `count` sandbox regions, at 100x30.
pub(crate) fn with_regions(count: usize) -> App {
    let mut app = app();
    open(&mut app);
    let (id, _) = sign_in_as(&mut app, "alice", "alice-password");
    reply(
        &mut app,
        id,
        Reply::SignedIn {
            session: session("alice"),
            domains: Ok(sandbox_domains(count)),
            kept: Ok(Location::Keyring),
        },
    );
    app
}

fn page(app: &App) -> usize {
    app.viewport.table_rows
}

/// The first row on screen and the selection's line on it.
fn shown(app: &App) -> (usize, usize) {
    let r = regions(app);
    let first = r.first_shown(page(app));
    assert!(
        (first..first + page(app)).contains(&r.selected),
        "the selection is on screen"
    );
    (first, r.selected - first)
}

fn selected_tag(app: &App) -> String {
    regions(app)
        .selected_row()
        .expect("a row is selected")
        .tag
        .clone()
}

#[test]
fn end_shows_a_full_last_page_and_page_keys_move_by_exactly_a_page() {
    let mut app = with_regions(1000);
    let page = page(&app);
    assert_eq!(page, 21, "at 100x30 the table shows 21 rows");
    key(&mut app, KeyCode::End);
    assert_eq!(regions(&app).selected, 999);
    assert_eq!(
        shown(&app),
        (1000 - page, page - 1),
        "no blank rows under the last"
    );
    // PageUp from the end: a page up, the selection on the same line.
    key(&mut app, KeyCode::PageUp);
    assert_eq!(regions(&app).selected, 999 - page);
    assert_eq!(shown(&app), (1000 - 2 * page, page - 1));
    key(&mut app, KeyCode::PageDown);
    assert_eq!(regions(&app).selected, 999);
    assert_eq!(shown(&app), (1000 - page, page - 1));
    // From the top: PageDown shows the next page, selection on its first line.
    key(&mut app, KeyCode::Home);
    assert_eq!(shown(&app), (0, 0));
    for n in 1..=3 {
        key(&mut app, KeyCode::PageDown);
        assert_eq!(regions(&app).selected, n * page);
        assert_eq!(shown(&app), (n * page, 0));
    }
    key(&mut app, KeyCode::PageUp);
    assert_eq!(shown(&app), (2 * page, 0));
    // Down past the last line scrolls by one row, not a page.
    for _ in 0..page {
        key(&mut app, KeyCode::Down);
    }
    assert_eq!(shown(&app), (2 * page + 1, page - 1));
    // At the very top, PageUp goes to the first row; at the end, PageDown to the last.
    key(&mut app, KeyCode::Home);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::PageUp);
    assert_eq!(shown(&app), (0, 0));
    key(&mut app, KeyCode::End);
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::PageDown);
    assert_eq!(regions(&app).selected, 999);
}

#[test]
fn a_click_selects_the_row_it_lands_on_and_a_second_click_opens_its_projects() {
    let on = |target| Some(Hit::Cleura(target));
    let mut app = with_regions(1000);
    key(&mut app, KeyCode::End);
    key(&mut app, KeyCode::PageUp);
    let (first, _) = shown(&app);
    click(&mut app, on(Target::Row(first + 2)));
    assert_eq!(regions(&app).selected, first + 2);
    assert_eq!(shown(&app), (first, 2), "the page did not move");
    let (id, r) = request(click(&mut app, on(Target::Row(first + 2))));
    let Request::Projects { domain, region, .. } = r else {
        panic!("a second click opens its projects: {r:?}")
    };
    let projects = Ok(Vec::new());
    reply(
        &mut app,
        id,
        Reply::Projects {
            domain,
            region,
            projects,
        },
    );
    assert!(regions(&app).projects.is_some());
    // A click anywhere but on the list of projects closes it.
    click(&mut app, on(Target::Projects));
    assert!(regions(&app).projects.is_some());
    click(&mut app, None);
    assert!(regions(&app).projects.is_none());
    // A click on nothing selects nothing.
    let mut app = with_regions(3);
    click(&mut app, None);
    assert_eq!(regions(&app).selected, 0);
}

#[test]
fn the_selected_region_stays_selected_when_the_filter_or_the_order_changes() {
    let mut app = with_regions(1000);
    for _ in 0..5 {
        key(&mut app, KeyCode::PageDown);
    }
    key(&mut app, KeyCode::Down);
    let before = selected_tag(&app);
    let screen = shown(&app);
    // A filter that keeps it: still selected, wherever it now is.
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, &before[..5].to_lowercase());
    assert!(regions(&app).view.len() < 1000);
    assert_eq!(selected_tag(&app), before);
    shown(&app);
    // Esc clears the filter: the same region, and the page as it was.
    key(&mut app, KeyCode::Esc);
    assert!(regions(&app).filter.is_empty());
    assert_eq!(regions(&app).view.len(), 1000);
    assert_eq!(selected_tag(&app), before);
    assert_eq!(shown(&app), screen, "the person's place is kept");
    // Enter keeps a filter; clearing it by hand keeps the selection too.
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "sbx09");
    assert_eq!(
        selected_tag(&app),
        "Sbx0900",
        "not in the view: the first row"
    );
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    assert_eq!(selected_tag(&app), "Sbx0901");
    key(&mut app, KeyCode::Char('/'));
    for _ in 0..5 {
        key(&mut app, KeyCode::Backspace);
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(regions(&app).view.len(), 1000);
    assert_eq!(selected_tag(&app), "Sbx0901");
    let (first, line) = shown(&app);
    assert!(
        first > 0 && line > 0,
        "shown in the page, with rows above it"
    );
    // Sorting moves the row; the selection goes with it.
    key(&mut app, KeyCode::Char('S'));
    assert_eq!(selected_tag(&app), "Sbx0901");
    assert_ne!(regions(&app).selected, 900, "the row moved");
    shown(&app);
    key(&mut app, KeyCode::Char('3'));
    assert_eq!(selected_tag(&app), "Sbx0901");
    shown(&app);
}

#[test]
fn a_refresh_keeps_the_selected_region_and_the_page() {
    let mut app = with_regions(200);
    key(&mut app, KeyCode::PageDown);
    key(&mut app, KeyCode::Down);
    let before = (selected_tag(&app), shown(&app));
    let (id, r) = request(key(&mut app, KeyCode::Char('r')));
    let Request::Domains { .. } = r else { panic!() };
    reply(&mut app, id, Reply::Domains(Ok(sandbox_domains(200))));
    assert_eq!((selected_tag(&app), shown(&app)), before);
}

#[test]
fn a_given_login_wins_over_the_remembered_one_and_is_what_signs_in() {
    let mut app = app();
    app.saved.state.cleura_login = Some("alice".into());
    app.given.insert("login".into(), "bob".into());
    opened_with(&mut app, Reply::NothingSaved);
    assert_eq!(flow(&app).form.login_value(), "bob");
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "password", "the given login is not asked again");
    assert_eq!(ask.prompt, "Password for bob");
    let (_, r) = request(answer(&mut app, "bob-password"));
    assert!(
        matches!(r, Request::SignIn { ref login, .. } if login == "bob"),
        "{r:?}"
    );
}

#[test]
fn a_remembered_login_is_only_the_default_of_a_question() {
    let mut app = app();
    app.saved.state.cleura_login = Some("alice".into());
    open(&mut app);
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "login", "asked, not assumed: {ask:?}");
    assert_eq!(ask.default.as_deref(), Some("alice"));
    answer(&mut app, "bob");
    assert_eq!(flow(&app).ask().prompt, "Password for bob");
    let (_, r) = request(answer(&mut app, "pw"));
    assert!(matches!(r, Request::SignIn { ref login, .. } if login == "bob"));
}

#[test]
fn a_given_login_stays_through_a_failed_check_of_a_kept_token_and_a_refusal() {
    let mut app = app();
    app.given.insert("login".into(), "bob".into());
    opened_with(
        &mut app,
        Reply::ResumeFailed {
            login: "alice".into(),
            error: declined(403, Refusal::SessionEnded, "Invalid token"),
        },
    );
    assert_eq!(
        flow(&app).form.login_value(),
        "bob",
        "not replaced by the kept one"
    );
    let id = request_id(&answer(&mut app, "wrong"));
    reply(
        &mut app,
        id,
        Reply::SignInFailed(wrong_credentials("Invalid login or password")),
    );
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "password", "a given login is not asked for again");
    assert_eq!(ask.problem.unwrap().kind, ProblemKind::Refused);
}

#[test]
fn a_given_endpoint_is_where_the_kept_token_is_looked_for_and_the_sign_in_goes() {
    let mut app = app();
    app.given
        .insert("endpoint".into(), "https://other.example.org/".into());
    let (_, r) = request(key(&mut app, KeyCode::Char('2')));
    assert!(
        matches!(r, Request::Resume { ref endpoint, .. } if endpoint == "https://other.example.org"),
        "{r:?}"
    );
}

#[test]
fn a_kept_token_for_someone_else_than_the_given_login_says_so() {
    let mut app = app();
    app.given.insert("login".into(), "bob".into());
    opened_with(
        &mut app,
        Reply::Resumed {
            session: session("alice"),
            domains: domains(),
            kept: crate::store::secrets::Location::Keyring,
        },
    );
    let notice = regions(&app).notice.clone().unwrap();
    assert!(notice.contains("not as bob"), "{notice}");
    assert!(regions(&app).resumed);
}

#[test]
fn the_table_lines_up_whatever_the_width_of_the_names() {
    let mut app = app();
    open(&mut app);
    let (id, _) = sign_in_as(&mut app, "alice", "pw");
    let mut list = domains();
    list[0].area.regions[0].name = "東京 / Japan".into();
    reply(
        &mut app,
        id,
        Reply::SignedIn {
            session: session("alice"),
            domains: Ok(list),
            kept: Ok(crate::store::secrets::Location::Keyring),
        },
    );
    let lines = questions::table_lines(regions(&app));
    let tag_column: Vec<usize> = lines
        .iter()
        .skip(1)
        .map(|l| {
            let row = regions(&app)
                .rows
                .iter()
                .find(|r| l.contains(&r.region))
                .unwrap();
            let at = l.find(&format!("  {}  ", row.tag)).unwrap();
            unicode_width::UnicodeWidthStr::width(&l[..at])
        })
        .collect();
    assert!(tag_column.windows(2).all(|w| w[0] == w[1]), "{lines:#?}");
}

#[test]
fn q_on_a_screen_too_small_asks_first_while_a_sign_in_is_on_its_way() {
    let mut app = app();
    open(&mut app);
    sign_in_as(&mut app, "bob", "bob-password");
    update(&mut app, Msg::Resize(40, 10));
    assert!(app.too_small());
    key(&mut app, KeyCode::Char('q'));
    assert!(app.confirm_quit && !app.should_quit, "asked, not quit");
    key(&mut app, KeyCode::Char('n'));
    assert!(!app.confirm_quit && !app.should_quit);
    key(&mut app, KeyCode::Char('q'));
    key(&mut app, KeyCode::Char('y'));
    assert!(app.should_quit);
}

/// The menu says whose token is kept, from what the flow recorded in the state file:
/// signed in once checked in this run, kept otherwise, and not signed in once forgotten.
#[test]
fn the_menu_says_whose_token_is_kept_and_forgets_it_on_sign_out() {
    use crate::store::resume::Remember;
    let mut app = app();
    assert_eq!(app.home_status().cleura.as_deref(), Some("Not signed in"));
    let out = opened_with(
        &mut app,
        Reply::Resumed {
            session: session("bob"),
            domains: domains(),
            kept: Location::KernelKeyring,
        },
    );
    assert!(out.commands().any(|c| matches!(
        c,
        Command::Remember(Remember::Kept { secret, kept: Some(k) })
            if secret == SECRET && k.who == "bob"
    )));
    assert_eq!(
        app.home_status().cleura.as_deref(),
        Some("Signed in as bob; token kept in the kernel keyring (until reboot)")
    );
    // A later run knows only that it is kept.
    let mut later = self::app();
    later.saved.state = app.saved.state.clone();
    assert_eq!(
        later.home_status().cleura.as_deref(),
        Some("bob: token kept in the kernel keyring (until reboot)")
    );
    // Kept for another endpoint: not this run's.
    let mut elsewhere = later.clone();
    elsewhere.config.cleura.endpoint = "https://rest.example.org".into();
    assert_eq!(
        elsewhere.home_status().cleura.as_deref(),
        Some("Not signed in")
    );

    key(&mut app, KeyCode::Char('x'));
    let id = request_id(&key(&mut app, KeyCode::Char('y')));
    let out = reply(&mut app, id, signed_out());
    assert!(
        out.commands()
            .any(|c| matches!(c, Command::Remember(Remember::Kept { kept: None, .. })))
    );
    assert_eq!(app.home_status().cleura.as_deref(), Some("Not signed in"));

    // A token recorded as kept that the store no longer has is recorded as gone.
    let mut app = self::app();
    app.saved.state = later.saved.state.clone();
    let out = opened_with(&mut app, Reply::NothingSaved);
    assert!(
        out.commands()
            .any(|c| matches!(c, Command::Remember(Remember::Kept { kept: None, .. })))
    );
    assert_eq!(app.saved.state.kept.get(SECRET), Some(&None));
}

#[test]
fn advanced_opens_by_itself_only_for_a_chosen_endpoint_not_the_sandboxs() {
    let mut app = app();
    open(&mut app);
    assert!(!flow(&app).form.advanced, "the defaults: closed");

    let mut app = self::app();
    app.config.cleura.endpoint = "https://rest.example.org".into();
    open(&mut app);
    assert!(flow(&app).form.advanced, "a chosen endpoint is shown");

    let mut app = self::app();
    app.sandbox_url = Some("http://127.0.0.1:1".into());
    app.config.cleura.endpoint = "http://127.0.0.1:1/cleura".into();
    open(&mut app);
    assert!(
        !flow(&app).form.advanced,
        "the sandbox's address is the run's own: the closed line says it"
    );
}

/// A script or the plain mode in French: the questions and the options are French, an
/// option is its number or its French words, and the verbs stay a script's, in any language.
#[test]
fn in_french_the_questions_and_their_options_are_french_and_the_verbs_still_work() {
    let mut app = app();
    app.config.lang = Some(crate::lang::Lang::Fr);
    opened_with(&mut app, Reply::NothingSaved);
    assert_eq!(flow(&app).ask().prompt, "Identifiant Cleura");
    answer(&mut app, "bob");
    assert_eq!(flow(&app).ask().prompt, "Mot de passe de bob");
    let id = request_id(&answer(&mut app, "bob-password"));
    reply(&mut app, id, code_sent("v"));
    answer(&mut app, "12a");
    let ask = flow(&app).ask();
    assert_eq!(ask.prompt, "Le code à 6 chiffres reçu par SMS");
    assert_eq!(ask.problem.unwrap().message, "Le code a 6 chiffres.");
    let id = request_id(&answer(&mut app, "123456"));
    signed_in(&mut app, id, "bob");
    let ask = flow(&app).ask();
    let AskKind::Rest { options } = &ask.kind else {
        panic!("{ask:?}")
    };
    assert_eq!(options[0], "Projets d’une région");
    assert!(ask.context.iter().any(|l| l.starts_with("Zone")), "{ask:?}");
    answer(&mut app, "Atlantide");
    assert_eq!(
        problem_said(&app),
        "«\u{a0}Atlantide\u{a0}» ne fait pas partie des choix."
    );
    answer(&mut app, "projets d’une région");
    assert_eq!(flow(&app).ask().key, "region");
    let (_, r) = request(answer(&mut app, "Fra1"));
    assert!(matches!(r, Request::Projects { ref domain, .. } if domain == "fra"));
    assert_eq!(flow(&app).ask().prompt, "Lecture des projets");
}

fn in_french() -> App {
    let mut app = app();
    app.config.lang = Some(crate::lang::Lang::Fr);
    app
}

/// In French, every failure is said in French but for what Cleura and the system said in
/// their own words: a refusal with no words of Cleura's is said by its status, in French.
#[test]
fn in_french_what_failed_is_said_in_french_and_cleuras_words_as_they_came() {
    let unreachable = ApiError::Network {
        host: "rest.cleura.cloud".into(),
        detail: crate::api::error::Unreached::ConnectionRefused,
    };
    // The network, at the sign-in: what failed and what to do.
    let mut app = in_french();
    open(&mut app);
    let (id, _) = sign_in_as(&mut app, "bob", "bob-password");
    reply(&mut app, id, Reply::SignInFailed(unreachable.clone()));
    assert_eq!(
        form_problem(&app),
        "impossible de joindre rest.cleura.cloud\u{a0}: la connexion a été refusée. \
         Vérifiez votre connexion réseau, puis réessayez."
    );
    // Cleura's own words stay as they came.
    let id = request_id(&key(&mut app, KeyCode::Enter));
    reply(
        &mut app,
        id,
        Reply::SignInFailed(wrong_credentials("Invalid login or password.")),
    );
    assert_eq!(
        form_problem(&app),
        "Cleura a refusé la connexion\u{a0}: Invalid login or password."
    );

    // A code that never reached Cleura: what happened, and Enter sends it again.
    let mut app = in_french();
    on_the_code_screen(&mut app);
    let id = request_id(&typed(&mut app, "123456"));
    reply(
        &mut app,
        id,
        Reply::CodeRefused(ApiError::Closed {
            host: "rest.cleura.cloud".into(),
        }),
    );
    assert!(
        matches!(flow(&app).step, Step::Code(_)),
        "still on the code"
    );
    assert_eq!(
        flow(&app).problem.as_ref().unwrap().message,
        "rest.cleura.cloud a fermé la connexion avant de répondre. Enter renvoie le même code."
    );
    // A new code that could not be sent: the shared advice, in French.
    app.now += RESEND_AFTER + Duration::from_millis(1);
    let id = request_id(&ctrl(&mut app, 'n'));
    reply(&mut app, id, Reply::CodeNotSent(unreachable.clone()));
    assert!(
        matches!(flow(&app).step, Step::Code(_)),
        "still on the code"
    );
    let problem = &flow(&app).problem;
    assert!(
        problem
            .as_ref()
            .unwrap()
            .message
            .starts_with("impossible de joindre rest.cleura.cloud"),
        "{problem:?}"
    );

    // A spent verification Cleura gave no words for: its status, in French.
    let mut app = in_french();
    on_the_code_screen(&mut app);
    let id = request_id(&typed(&mut app, "111111"));
    reply(
        &mut app,
        id,
        Reply::CodeRefused(ApiError::Declined {
            status: 400,
            refusal: Refusal::VerificationSpent,
            said: None,
        }),
    );
    assert_eq!(
        problem_said(&app),
        "la requête a été refusée comme mal formée (HTTP 400)."
    );

    // The regions, then a refresh the network stopped; then a sign-out not confirmed.
    let mut app = in_french();
    signed_in_as_alice(&mut app);
    let id = request_id(&key(&mut app, KeyCode::Char('r')));
    reply(&mut app, id, Reply::Domains(Err(unreachable.clone())));
    assert_eq!(
        regions(&app)
            .not_listed
            .as_ref()
            .map(|p| p.message.as_str()),
        Some(
            "Les régions n’ont pas pu être lues\u{a0}: impossible de joindre \
             rest.cleura.cloud\u{a0}: la connexion a été refusée. Vérifiez votre connexion \
             réseau, puis réessayez."
        )
    );
    let ask = flow(&app).ask();
    assert!(
        ask.context
            .iter()
            .any(|l| l == "Le jeton est conservé dans le trousseau du bureau (Secret Service)."),
        "{:?}",
        ask.context
    );
    key(&mut app, KeyCode::Char('x'));
    let id = request_id(&key(&mut app, KeyCode::Char('y')));
    reply(
        &mut app,
        id,
        Reply::SignedOut {
            remote: Err(ApiError::Timeout {
                host: "rest.cleura.cloud".into(),
            }),
            local: Ok(()),
        },
    );
    let Step::SignedOut { notice, .. } = &flow(&app).step else {
        panic!("signed out")
    };
    assert_eq!(
        notice,
        "Déconnexion effectuée sur cette machine\u{a0}: le jeton a été oublié, mais le \
         serveur n’a pas confirmé l’avoir révoqué (rest.cleura.cloud n’a pas répondu à temps)."
    );
}

/// A kept token Cleura no longer takes is a typed value: `cleura logout` says it without
/// the sign-in form's advice, in any language, cutting no words.
#[test]
fn a_kept_token_that_ended_is_a_value_said_in_the_runs_language() {
    let mut app = in_french();
    opened_with(
        &mut app,
        Reply::ResumeFailed {
            login: "bob".into(),
            error: ApiError::Declined {
                status: 401,
                refusal: Refusal::SessionEnded,
                said: None,
            },
        },
    );
    assert_eq!(
        form_problem(&app),
        "Votre jeton conservé ne fonctionne plus (les identifiants n’ont pas été acceptés \
         (HTTP 401))\u{a0}: connectez-vous à nouveau."
    );
    let Some(KeptTokenUnused::Ended(ended)) = flow(&app).kept_token_unused.clone() else {
        panic!("said to have ended")
    };
    assert_eq!(
        ended.said(crate::lang::Lang::Fr),
        "Votre jeton conservé ne fonctionne plus (les identifiants n’ont pas été acceptés \
         (HTTP 401))."
    );
    // Signed in again: no kept token has ended any more.
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "bob-password");
    let id = request_id(&key(&mut app, KeyCode::Enter));
    signed_in(&mut app, id, "bob");
    assert_eq!(flow(&app).kept_token_unused, None);
}

/// A kept token that could not be checked is said on the sign-in form with the error's own
/// words and the form's one thing to do, never the error's advice on top of it: a failure
/// may pass (sign in, or try again later), a refusal will not (sign in as another login).
#[test]
fn a_kept_token_that_could_not_be_checked_says_the_one_thing_to_do_once() {
    let failed = ApiError::Server {
        status: 500,
        message: "Internal Server Error".into(),
    };
    let refused = declined(
        403,
        Refusal::NoAccess,
        "No access: Your user does not have access to this method.",
    );
    let cases = [
        (
            app(),
            failed.clone(),
            ProblemKind::Failed,
            "Could not check your kept token (the server failed (500): Internal Server \
             Error): sign in, or try again later.",
        ),
        (
            in_french(),
            failed,
            ProblemKind::Failed,
            "Impossible de vérifier votre jeton conservé (le serveur a échoué (500)\u{a0}: \
             Internal Server Error)\u{a0}: connectez-vous, ou réessayez plus tard.",
        ),
        (
            app(),
            refused.clone(),
            ProblemKind::Refused,
            "Cleura refused to list the regions with your kept token (No access: Your user \
             does not have access to this method.): sign in as a login allowed to list them.",
        ),
        (
            in_french(),
            refused,
            ProblemKind::Refused,
            "Cleura a refusé de lister les régions avec votre jeton conservé (No access: Your \
             user does not have access to this method.)\u{a0}: connectez-vous avec un \
             identifiant autorisé à les lister.",
        ),
    ];
    for (mut app, error, kind, said) in cases {
        opened_with(
            &mut app,
            Reply::ResumeFailed {
                login: "bob".into(),
                error: error.clone(),
            },
        );
        assert!(matches!(flow(&app).step, Step::SignIn));
        let problem = flow(&app).problem.clone().expect("a problem");
        assert_eq!(problem.message, said);
        assert_eq!(problem.kind, kind);
        assert_eq!(
            flow(&app).kept_token_unused,
            Some(KeptTokenUnused::Unchecked(error))
        );
    }
}

/// The fields' refusals and notes speak the run's language, naming the field.
#[test]
fn in_french_a_field_refuses_in_french() {
    let mut app = in_french();
    app.given.insert("login".into(), "bob smith".into());
    open(&mut app);
    let login = &flow(&app).form.login;
    assert_eq!(
        login.error(),
        Some(
            "Identifiant\u{a0}: impossible d’y mettre une espace (les espaces ne sont pas \
             acceptées ici)."
        )
    );
    assert!(login.value().is_empty(), "a refused login is not given");
    let f = flow(&app);
    for field in [&f.form.login, &f.form.password, &f.form.endpoint] {
        assert_eq!(field.lang, crate::lang::Lang::Fr, "{}", field.label);
    }
    // An endpoint that cannot be used, and why, in French.
    let mut app = in_french();
    app.given
        .insert("endpoint".into(), "http://rest.example.org".into());
    open(&mut app);
    typed(&mut app, "bob");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "bob-password");
    let out = key(&mut app, KeyCode::Enter);
    assert!(out.commands().all(|c| !matches!(c, Command::Cleura(..))));
    assert_eq!(
        flow(&app).form.endpoint.error(),
        Some("Adresse inutilisable\u{a0}: https requis, sauf sur cette machine (loopback).")
    );
    let mut app = in_french();
    on_the_code_screen(&mut app);
    let Step::Code(code) = &flow(&app).step else {
        panic!("on the code")
    };
    assert_eq!(code.field.lang, crate::lang::Lang::Fr);
    assert_eq!(
        crate::app::in_flight::Work::said(Work::SigningIn, crate::lang::Lang::Fr),
        "connexion"
    );
}

/// In English, what failed reads as the error always said it.
#[test]
fn in_english_what_failed_is_the_errors_own_words() {
    let every_kind = [
        ApiError::Network {
            host: "h".into(),
            detail: crate::api::error::Unreached::ConnectionRefused,
        },
        ApiError::Timeout { host: "h".into() },
        ApiError::Closed { host: "h".into() },
        ApiError::Untrusted {
            host: "h".into(),
            detail: "self-signed".into(),
        },
        ApiError::Busy {
            status: 429,
            message: "slow down".into(),
            retry_after: None,
        },
        ApiError::Server {
            status: 502,
            message: "bad gateway".into(),
        },
        ApiError::Unauthorized {
            status: 401,
            message: "no".into(),
        },
        ApiError::Refused {
            status: 422,
            message: "bad field".into(),
            field: Some("login".into()),
        },
        ApiError::BadResponse("not JSON".into()),
        ApiError::Moved {
            status: 301,
            to: Some("https://elsewhere".into()),
        },
        ApiError::Moved {
            status: 302,
            to: None,
        },
        declined(400, Refusal::VerificationSpent, "spent"),
        ApiError::Declined {
            status: 400,
            refusal: Refusal::Other,
            said: None,
        },
    ];
    for error in every_kind {
        assert_eq!(
            error.said_in(crate::lang::Lang::En),
            error.to_string(),
            "{error:?}"
        );
    }
}
