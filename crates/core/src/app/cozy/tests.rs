//! update() tests of the Cozy flow: every step and error path, by keys and by answers, with
//! no IO (the backend's answers are fed in by hand).

use std::time::Duration;

use ratatui::crossterm::event::KeyCode;
use secrecy::ExposeSecret;

use super::*;
use crate::app::Effect;
use crate::app::ask::AskKind;
use crate::app::tests_kit::{
    answer, click, ctrl, key, loaded, paste, problem_said, remembered, reply, request, request_id,
    typed,
};
use crate::app::{App, Front, Hit, Msg, OutboxMessage, Scroll, Viewport, update};
use crate::config::Config;
use crate::store::resume::{Remember, State};
use crate::store::sent::Settled;

pub(super) const TOKEN: &str = "0123456789abcdef0123456789abcdef";

/// The kit's app, told the room the terms have at 80x24: 10 lines, which scroll by 30.
pub(super) fn app() -> App {
    let mut app = crate::app::tests_kit::app();
    let room = Viewport {
        terms_rows: 10,
        terms_max: 30,
        ..Viewport::default()
    };
    update(&mut app, Msg::Viewport(room));
    app
}

pub(super) fn flow(app: &App) -> &Cozy {
    app.flows.cozy.as_ref().expect("a Cozy flow")
}

pub(super) fn step(app: &App) -> &'static str {
    flow(app).step.name()
}

fn api_error_on(status: u16, message: &str, field: &str) -> Failure {
    Failure::Api(ApiError::Refused {
        status,
        message: message.into(),
        field: Some(field.to_string()),
    })
}

pub(super) fn api_error(status: u16, message: &str) -> Failure {
    let message = crate::api::Said::from(message);
    Failure::Api(match status {
        401 | 403 => ApiError::Unauthorized { status, message },
        429 | 503 => ApiError::Busy {
            status,
            message,
            retry_after: Some(Duration::from_secs(7)),
        },
        _ => ApiError::Refused {
            status,
            message,
            field: None,
        },
    })
}

pub(super) fn created() -> Reply {
    Reply::Created(Ok(Created {
        instance: "inst-1".into(),
        workflow: "wf-1".into(),
        at: 1_700_000_000,
        routes: crate::api::cozy::RouteSet::Public,
    }))
}

/// Opens the flow and walks it by keys to the Confirm step.
pub(super) fn to_confirm(app: &mut App) {
    key(app, KeyCode::Char('1'));
    assert_eq!(app.front, Front::Cozy);
    typed(app, "alice@example.org");
    key(app, KeyCode::Enter);
    typed(app, "Alice");
    key(app, KeyCode::Enter);
    assert_eq!(step(app), "terms");
    key(app, KeyCode::Char(' '));
    key(app, KeyCode::Enter);
    assert_eq!(step(app), "confirm");
}

/// From Confirm, the creation is sent and answered with `failure`.
pub(super) fn refuse_creation(app: &mut App, failure: Failure) {
    let id = request_id(&key(app, KeyCode::Enter));
    reply(app, id, Reply::Created(Err(failure)));
}

/// From Confirm, the creation is sent and taken: the id of the request following it.
pub(super) fn to_creating(app: &mut App) -> RequestId {
    let create = request_id(&key(app, KeyCode::Enter));
    request_id(&reply(app, create, created()))
}

/// From Confirm, creates and follows the workflow to its success: the follow request's id.
pub(super) fn to_check_email(app: &mut App) -> RequestId {
    let follow = to_creating(app);
    reply(app, follow, Reply::Ended(End::Succeeded));
    assert_eq!(step(app), "check_email");
    follow
}

pub(super) fn to_passphrase(app: &mut App) {
    paste(
        app,
        &format!("https://alice.mycozy.cloud/?registerToken={TOKEN}"),
    );
    key(app, KeyCode::Enter);
    assert_eq!(step(app), "passphrase");
}

/// Opens the flow and walks it, creating the Cozy, to its passphrase.
pub(super) fn at_the_passphrase(app: &mut App) {
    to_confirm(app);
    to_check_email(app);
    to_passphrase(app);
}

pub(super) const GOOD: &str = "correct horse battery staple tuesday";

#[test]
fn the_whole_flow_by_keys() {
    let mut app = app();
    to_confirm(&mut app);
    assert_eq!(
        flow(&app).form.slug.value(),
        "alice",
        "uppercase was lowered"
    );

    let (create, req) = request(key(&mut app, KeyCode::Enter));
    let Request::Create {
        api,
        token,
        instance,
        routes,
    } = req
    else {
        panic!("{req:?}");
    };
    assert_eq!(api, "https://manager.cozycloud.cc/api");
    assert_eq!(
        routes.each_ref().map(|(_, r)| r.create.as_str()),
        ["public/instances", "v1/instances"],
        "the public routes first, the sample's second"
    );
    assert!(
        token.is_none(),
        "no token in the config: the backend reads the env"
    );
    assert_eq!(instance.email, "alice@example.org");
    assert_eq!(instance.slug, "alice");
    assert_eq!(instance.domain, "mycozy.cloud");
    assert_eq!(instance.offer, "cozy_default");
    assert_eq!(instance.tos.as_ref().unwrap().version, "1.0.0");
    assert!(
        app.busy().is_some(),
        "asking the Cloudery is work in flight"
    );

    let out = reply(&mut app, create, created());
    let saved = remembered(&out);
    assert!(
        matches!(
            saved.as_slice(),
            [
                Remember::CozyResume(Some(r)),
                Remember::CozyRoutes { routes: RouteSet::Public, .. },
                Remember::Settled(_),
            ]
                if r.workflow == "wf-1" && r.started_at == 1_700_000_000
                    && r.routes == Some(RouteSet::Public)
        ),
        "the creation, and the routes that took it: {saved:?}"
    );
    assert_eq!(app.saved.state.cozy.as_ref().unwrap().workflow, "wf-1");
    let (follow, req) = request(out);
    assert!(matches!(
        req,
        Request::Follow { workflow, first_poll, deadline, .. }
            if workflow == "wf-1" && first_poll == FIRST_POLL && deadline == FOLLOW_DEADLINE
    ));
    assert_eq!(step(&app), "creating");

    reply(
        &mut app,
        follow,
        Reply::Progress {
            status: Some("running".into()),
            attempt: 2,
            trouble: None,
            next_in: Duration::from_secs(1),
        },
    );
    let Step::Creating(following) = &flow(&app).step else {
        panic!()
    };
    assert_eq!(following.status.as_deref(), Some("running"));
    assert_eq!(following.attempt, 2);
    let out = reply(&mut app, follow, Reply::Ended(End::Succeeded));
    assert!(
        matches!(
            remembered(&out).as_slice(),
            [Remember::CozyResume(Some(r))] if r.workflow == "wf-1" && r.created
        ),
        "kept while activation is needed, as created: {:?}",
        remembered(&out)
    );
    assert!(app.saved.state.cozy.as_ref().unwrap().created);
    assert_eq!(step(&app), "check_email");

    to_passphrase(&mut app);
    typed(&mut app, GOOD);
    assert!(flow(&app).form.strength.as_ref().unwrap().enough());
    key(&mut app, KeyCode::Enter);
    typed(&mut app, GOOD);
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "the usual one");
    let (register, req) = request(key(&mut app, KeyCode::Enter));
    let Request::Register {
        instance,
        fqdn,
        register_token,
        passphrase,
        hint,
    } = req
    else {
        panic!("{req:?}");
    };
    assert_eq!(instance, "https://alice.mycozy.cloud");
    assert_eq!(fqdn, "alice.mycozy.cloud");
    assert_eq!(register_token.expose_secret(), TOKEN);
    assert_eq!(passphrase.expose_secret(), GOOD);
    assert_eq!(hint.as_deref(), Some("the usual one"));
    assert_eq!(app.busy().as_deref(), Some("hashing the passphrase"));
    assert!(app.unfinished().is_some());

    reply(&mut app, register, Reply::Hashed);
    assert!(app.busy().unwrap().contains("registering"));
    let out = reply(&mut app, register, Reply::Registered(Ok(None)));
    assert!(matches!(
        remembered(&out).as_slice(),
        [
            Remember::CozyResume(None),
            Remember::Settled(Settled::Cozy(fqdn)),
            Remember::CozyActive(active),
        ]
            if fqdn == "alice.mycozy.cloud" && active.fqdn == *fqdn
    ));
    assert_eq!(step(&app), "done");
    assert!(flow(&app).finished());
    assert!(
        flow(&app).form.passphrase.is_empty(),
        "the passphrase is not kept"
    );
    let out = key(&mut app, KeyCode::Enter);
    assert!(
        matches!(out.as_slice(), [Effect::Backend(Command::OpenUrl(u))] if u == "https://alice.mycozy.cloud")
    );
    let shown = format!("{:?}", flow(&app).ask());
    assert!(shown.contains("https://alice.mycozy.cloud"), "{shown}");
    assert!(!shown.contains(GOOD));
    assert!(!shown.contains(TOKEN));
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.front, Front::Home);
}

#[test]
fn the_whole_flow_by_answers() {
    let mut app = app();
    app.open(crate::app::home::Open::Cozy);
    let mut asked = Vec::new();
    let mut ids = Vec::new();
    let say = |app: &mut App, asked: &mut Vec<&'static str>, text: &str| {
        let ask = flow(app).ask();
        asked.push(ask.key);
        answer(app, text)
    };
    say(&mut app, &mut asked, "alice@example.org");
    say(&mut app, &mut asked, "alice");
    say(&mut app, &mut asked, "yes");
    let create = request_id(&say(&mut app, &mut asked, "y"));
    assert_eq!(flow(&app).ask().kind, AskKind::Wait);
    let follow = request_id(&reply(&mut app, create, created()));
    ids.push(follow);
    assert_eq!(flow(&app).ask().kind, AskKind::Wait);
    assert!(flow(&app).ask().prompt.contains("alice.mycozy.cloud"));
    reply(&mut app, follow, Reply::Ended(End::Succeeded));
    say(
        &mut app,
        &mut asked,
        &format!("https://alice.mycozy.cloud/?registerToken={TOKEN}"),
    );
    assert_eq!(
        flow(&app).ask().kind,
        AskKind::Text { secret: true },
        "a passphrase is read without echo"
    );
    say(&mut app, &mut asked, GOOD);
    say(&mut app, &mut asked, GOOD);
    let (register, req) = request(say(&mut app, &mut asked, ""));
    assert!(matches!(req, Request::Register { hint: None, .. }));
    assert_eq!(flow(&app).ask().kind, AskKind::Wait);
    reply(&mut app, register, Reply::Registered(Ok(None)));
    let done = flow(&app).ask();
    assert_eq!(done.kind, AskKind::Done);
    assert!(done.context[0].contains("https://alice.mycozy.cloud"));
    assert_eq!(
        asked,
        [
            "email",
            "slug",
            "accept_terms",
            "confirm",
            "activation_link",
            "passphrase",
            "passphrase_again",
            "hint"
        ]
    );
}

#[test]
fn answers_are_validated_as_typed_input_is() {
    let mut app = app();
    app.open(crate::app::home::Open::Cozy);
    answer(&mut app, "not-an-email");
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "email");
    let problem = ask.problem.unwrap();
    assert!(problem.message.contains("“@”"), "{problem:?}");
    assert_eq!(problem.kind, ProblemKind::Invalid);
    answer(&mut app, "alice@example.org");
    answer(&mut app, "9lives");
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "slug");
    assert!(
        ask.problem
            .unwrap()
            .message
            .contains("starts with a letter")
    );
    // An answer is never rewritten: a character the address cannot hold refuses it whole.
    answer(&mut app, "Alice-Bob");
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "slug");
    assert!(ask.problem.unwrap().message.contains("“-”"));
    assert_eq!(flow(&app).form.slug.value(), "9lives", "left as it was");
    // Case is lowered, as typing does.
    answer(&mut app, "AliceBob");
    assert_eq!(flow(&app).form.slug.value(), "alicebob");
    assert_eq!(flow(&app).ask().key, "accept_terms");
    answer(&mut app, "n");
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "accept_terms");
    assert!(
        ask.problem
            .unwrap()
            .message
            .contains("without accepting the terms")
    );
    answer(&mut app, "maybe");
    assert_eq!(flow(&app).ask().key, "accept_terms");
    answer(&mut app, "y");
    assert_eq!(flow(&app).ask().key, "confirm");
    answer(&mut app, "n");
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "email", "no goes back to change the details");
    assert_eq!(ask.default.as_deref(), Some("alice@example.org"));
}

#[test]
fn several_domains_are_a_choice() {
    let mut app = app();
    app.config.cozy.domains = vec!["mycozy.cloud".into(), "cozy.example".into()];
    app.open(crate::app::home::Open::Cozy);
    answer(&mut app, "alice@example.org");
    answer(&mut app, "alice");
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "domain");
    assert!(matches!(&ask.kind, AskKind::Choice { options } if options.len() == 2));
    answer(&mut app, "3");
    assert!(flow(&app).ask().problem.is_some());
    answer(&mut app, "2");
    assert_eq!(
        flow(&app).form.fqdn(&flow(&app).settings.domains),
        "alice.cozy.example"
    );
    assert_eq!(step(&app), "terms");

    // By keys: Tab to the domain, → to change it, and letters are not text there.
    key(&mut app, KeyCode::Esc);
    assert!(app.text_focused());
    key(&mut app, KeyCode::Tab);
    assert!(!app.text_focused());
    key(&mut app, KeyCode::Right);
    assert_eq!(flow(&app).form.domain, 0, "wraps around");
    key(&mut app, KeyCode::Enter);
    assert_eq!(step(&app), "terms");
}

#[test]
fn a_taken_address_goes_back_to_the_address_with_the_input_kept() {
    let mut app = app();
    to_confirm(&mut app);
    refuse_creation(&mut app, api_error(409, "slug already taken"));
    assert_eq!(step(&app), "address");
    let cozy = flow(&app);
    assert_eq!(cozy.form.slug.value(), "alice");
    let error = cozy.form.slug.error().unwrap();
    assert!(
        error.contains("alice.mycozy.cloud is already taken"),
        "{error}"
    );
    assert_eq!(cozy.ask().problem.unwrap().kind, ProblemKind::Refused);
    assert!(app.busy().is_none());
    // The next edit clears it.
    typed(&mut app, "2");
    assert!(flow(&app).form.slug.error().is_none());

    // Fixed, it goes straight back to confirm: the terms, accepted, are not read again.
    key(&mut app, KeyCode::Enter);
    assert_eq!(step(&app), "confirm");
    // The Cloudery's own words are there too, whatever they say: the status decides.
    refuse_creation(&mut app, api_error(409, "Conflict"));
    assert_eq!(
        flow(&app).form.slug.error(),
        Some("alice2.mycozy.cloud is already taken (Conflict): choose another address.")
    );
}

#[test]
fn a_detail_changed_from_confirm_returns_to_confirm_with_the_terms_still_accepted() {
    let mut app = app();
    to_confirm(&mut app);
    key(&mut app, KeyCode::Char('a'));
    assert_eq!(step(&app), "address");
    assert!(
        app.keys()
            .iter()
            .any(|k| k.label() == "Esc" && k.action == "back to the summary")
    );
    typed(&mut app, "x");
    key(&mut app, KeyCode::Enter);
    assert_eq!(step(&app), "confirm", "not through the terms again");
    assert!(flow(&app).form.accepted);
    assert_eq!(flow(&app).form.slug.value(), "alicex");

    key(&mut app, KeyCode::Char('e'));
    assert_eq!(step(&app), "email");
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        step(&app),
        "confirm",
        "Esc while changing: back to the summary"
    );
    key(&mut app, KeyCode::Char('e'));
    typed(&mut app, "x");
    key(&mut app, KeyCode::Enter);
    assert_eq!(step(&app), "confirm");
    assert_eq!(flow(&app).form.email.value(), "alice@example.orgx");

    // Once back on confirm, the way through the steps is the usual one again.
    key(&mut app, KeyCode::Esc);
    assert_eq!(step(&app), "terms");
    key(&mut app, KeyCode::Esc);
    assert_eq!(step(&app), "address");
    key(&mut app, KeyCode::Enter);
    assert_eq!(step(&app), "terms");
}

#[test]
fn a_422_is_shown_under_the_field_it_names_or_on_confirm() {
    let mut app = app();
    to_confirm(&mut app);
    refuse_creation(&mut app, api_error_on(422, "is invalid", "email"));
    assert_eq!(step(&app), "email");
    assert!(
        flow(&app)
            .form
            .email
            .error()
            .unwrap()
            .contains("is invalid")
    );
    assert_eq!(flow(&app).form.email.value(), "alice@example.org");

    // A field named only in the words is not guessed at.
    let mut app = self::app();
    to_confirm(&mut app);
    refuse_creation(&mut app, api_error(422, "the slug is reserved"));
    assert_eq!(step(&app), "confirm");

    let mut app = self::app();
    to_confirm(&mut app);
    refuse_creation(&mut app, api_error_on(422, "is reserved", "slug"));
    assert_eq!(step(&app), "address");
    assert!(flow(&app).form.slug.error().is_some());

    let mut app = self::app();
    to_confirm(&mut app);
    refuse_creation(&mut app, api_error(422, "offer unknown"));
    assert_eq!(step(&app), "confirm");
    assert!(
        flow(&app)
            .problem
            .as_ref()
            .unwrap()
            .message
            .contains("offer unknown")
    );
}

#[test]
fn a_refused_token_and_a_missing_one_are_explained_on_confirm() {
    let mut app = app();
    to_confirm(&mut app);
    refuse_creation(&mut app, api_error(401, "bad token"));
    assert_eq!(step(&app), "confirm");
    let problem = flow(&app).problem.as_ref().unwrap().message.clone();
    assert!(
        problem.contains("partner token") && problem.contains("CLOUDBOARD_COZY_TOKEN"),
        "{problem}"
    );

    // Enter tries again; this time there is no token at all.
    let id = request_id(&key(&mut app, KeyCode::Enter));
    reply(&mut app, id, Reply::Created(Err(Failure::MissingToken)));
    let problem = flow(&app).problem.as_ref().unwrap();
    assert_eq!(problem.message, missing_token(crate::lang::Lang::En));
    assert_eq!(problem.kind, ProblemKind::Invalid);
}

#[test]
fn a_busy_cloudery_is_shown_with_its_wait() {
    for status in [429, 503] {
        let mut app = app();
        to_confirm(&mut app);
        refuse_creation(&mut app, api_error(status, "slow down"));
        assert_eq!(step(&app), "confirm");
        let problem = flow(&app).problem.as_ref().unwrap();
        assert!(problem.message.contains("wait 7 s"), "{problem:?}");
        assert_eq!(problem.kind, ProblemKind::Failed);
    }
}

#[test]
fn the_config_token_travels_with_the_request() {
    let mut app = app();
    app.config.cozy.token = Some("partner-secret".into());
    to_confirm(&mut app);
    let (_, Request::Create { token, .. }) = request(key(&mut app, KeyCode::Enter)) else {
        panic!()
    };
    assert_eq!(token.as_ref().unwrap().expose_secret(), "partner-secret");
    assert!(
        !format!("{:?}", flow(&app)).contains("partner-secret"),
        "the flow keeps no copy of the token"
    );
}

#[test]
fn a_failed_workflow_offers_retry_and_back() {
    let mut app = app();
    to_confirm(&mut app);
    let follow = to_creating(&mut app);
    reply(&mut app, follow, Reply::Ended(End::Failed));
    assert_eq!(step(&app), "stopped");
    let ask = flow(&app).ask();
    assert!(
        matches!(&ask.kind, AskKind::Choice { options } if options.len() == 3),
        "retry, change the details or back to the menu: {ask:?}"
    );
    assert!(ask.problem.unwrap().message.contains("failed"));

    // Try again: a new creation.
    let (again, req) = request(key(&mut app, KeyCode::Enter));
    assert!(matches!(req, Request::Create { .. }));
    let follow = request_id(&reply(&mut app, again, created()));
    reply(&mut app, follow, Reply::Ended(End::Stopped));
    assert!(problem_said(&app).contains("stopped"));

    // Back: the creation is given up, the details kept.
    let out = key(&mut app, KeyCode::Esc);
    assert!(matches!(
        remembered(&out).as_slice(),
        [Remember::CozyResume(None)]
    ));
    assert_eq!(step(&app), "confirm");
    assert_eq!(flow(&app).form.email.value(), "alice@example.org");
    assert!(app.saved.state.cozy.is_none());
}

#[test]
fn the_deadline_stops_and_retry_follows_the_same_workflow() {
    let mut app = app();
    to_confirm(&mut app);
    let follow = to_creating(&mut app);
    reply(
        &mut app,
        follow,
        Reply::Ended(End::GaveUp {
            after: FOLLOW_DEADLINE,
        }),
    );
    let problem = flow(&app).ask().problem.unwrap();
    assert!(problem.message.contains("10:00"), "{problem:?}");
    assert_eq!(problem.kind, ProblemKind::Failed);
    let (_, req) = request(answer(&mut app, "retry"));
    assert!(matches!(
        req,
        Request::Follow { workflow, first_poll, .. } if workflow == "wf-1" && first_poll.is_zero()
    ));
    assert_eq!(step(&app), "creating");
}

#[test]
fn trouble_while_following_is_shown_and_a_hard_error_stops() {
    let mut app = app();
    to_confirm(&mut app);
    let follow = to_creating(&mut app);
    reply(
        &mut app,
        follow,
        Reply::Progress {
            status: None,
            attempt: 1,
            trouble: Some("The service is unavailable for now; looking again in 2 s".into()),
            next_in: Duration::from_secs(2),
        },
    );
    assert!(flow(&app).ask().prompt.contains("unavailable"));
    reply(
        &mut app,
        follow,
        Reply::Ended(End::Failure(api_error(404, "no such workflow"))),
    );
    let stopped = flow(&app).ask();
    assert!(
        stopped
            .problem
            .unwrap()
            .message
            .contains("no such workflow")
    );
}

#[test]
fn a_stale_reply_is_dropped() {
    let mut app = app();
    to_confirm(&mut app);
    let first = to_creating(&mut app);
    reply(
        &mut app,
        first,
        Reply::Ended(End::GaveUp {
            after: FOLLOW_DEADLINE,
        }),
    );
    let second = request_id(&key(&mut app, KeyCode::Enter));
    assert_ne!(first, second);
    // A late look from the first following changes nothing, nor does a stray creation.
    reply(
        &mut app,
        first,
        Reply::Progress {
            status: Some("weird".into()),
            attempt: 9,
            trouble: None,
            next_in: Duration::ZERO,
        },
    );
    reply(&mut app, first, Reply::Ended(End::Succeeded));
    reply(&mut app, RequestId(999), created());
    let Step::Creating(following) = &flow(&app).step else {
        panic!("{:?}", flow(&app).step)
    };
    assert_eq!(following.status, None);
    assert_eq!(flow(&app).created.as_ref().unwrap().workflow, "wf-1");
    reply(&mut app, second, Reply::Ended(End::Succeeded));
    assert_eq!(step(&app), "check_email");
}

#[test]
fn malformed_links_and_tokens_are_refused_with_the_reason() {
    let mut app = app();
    to_confirm(&mut app);
    to_check_email(&mut app);
    paste(&mut app, "https://alice.mycozy.cloud/?registerToken=abc");
    key(&mut app, KeyCode::Enter);
    assert_eq!(step(&app), "check_email");
    let error = flow(&app).form.link.error().unwrap().to_string();
    assert!(error.contains("32 characters"), "{error}");
    answer(&mut app, "zz");
    assert!(problem_said(&app).contains("“z”"));
    answer(
        &mut app,
        &format!("https://bob.mycozy.cloud/?registerToken={TOKEN}"),
    );
    assert!(problem_said(&app).contains("bob.mycozy.cloud"));
    answer(&mut app, TOKEN);
    assert_eq!(
        step(&app),
        "passphrase",
        "a bare token is for this instance"
    );
}

#[test]
fn the_sandbox_outbox_hands_over_the_link_with_ctrl_t() {
    let mut app = app();
    app.point_at_sandbox("http://127.0.0.1:4000");
    to_confirm(&mut app);
    to_check_email(&mut app);
    assert!(app.keys().iter().any(|k| k.label() == "Ctrl-T"));
    ctrl(&mut app, 't');
    assert!(
        flow(&app).form.link.error().unwrap().contains("outbox"),
        "nothing arrived yet"
    );
    app.outbox.receive(vec![OutboxMessage {
        id: 1,
        kind: "email".into(),
        to: "alice@example.org".into(),
        subject: "Activate your Cozy".into(),
        body: String::new(),
        link: Some(format!(
            "http://127.0.0.1:4000/cozy/instances/alice.mycozy.cloud/?registerToken={TOKEN}"
        )),
        code: None,
        at: String::new(),
    }]);
    ctrl(&mut app, 't');
    assert_eq!(step(&app), "passphrase");
    to_register(&mut app);
}

/// Walks the whole flow to the passphrase, sends it, and answers it with `result`.
pub(super) fn register_answered(app: &mut App, result: Result<Option<String>, Failure>) {
    at_the_passphrase(app);
    let id = to_register(app);
    reply(app, id, Reply::Registered(result));
}

/// Types a good passphrase twice and no hint: the register request's id.
pub(super) fn to_register(app: &mut App) -> RequestId {
    answer(app, GOOD);
    answer(app, GOOD);
    request_id(&answer(app, ""))
}

#[test]
fn a_weak_passphrase_and_a_mismatch_are_refused() {
    let mut app = app();
    at_the_passphrase(&mut app);
    typed(&mut app, "password1");
    assert!(!flow(&app).form.strength.as_ref().unwrap().enough());
    key(&mut app, KeyCode::Enter);
    let error = flow(&app).form.passphrase.error().unwrap().to_string();
    assert!(
        error.contains("of 4") && error.contains("at least 3"),
        "{error}"
    );
    assert!(matches!(
        flow(&app).step,
        Step::Passphrase {
            focus: PassFocus::Passphrase,
            ..
        }
    ));

    // A passphrase containing the email is weak too.
    answer(&mut app, "alice@example.org");
    assert!(flow(&app).ask().problem.is_some());

    answer(&mut app, GOOD);
    answer(&mut app, "correct horse battery staple wednesday");
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "passphrase_again");
    assert!(ask.problem.unwrap().message.contains("differ"));
    answer(&mut app, GOOD);
    answer(&mut app, GOOD);
    let ask = flow(&app).ask();
    assert_eq!(ask.key, "hint");
    assert!(
        ask.problem
            .unwrap()
            .message
            .contains("gives the passphrase away")
    );

    // Ctrl-R reveals both fields; a submit masks them again.
    let mut app = self::app();
    at_the_passphrase(&mut app);
    typed(&mut app, "abc");
    assert_eq!(flow(&app).form.passphrase.display(), "•••");
    ctrl(&mut app, 'r');
    assert_eq!(flow(&app).form.passphrase.display(), "abc");
    assert!(flow(&app).form.again.revealed);
}

#[test]
fn a_spent_token_goes_back_to_the_link_saying_so() {
    let mut app = app();
    at_the_passphrase(&mut app);
    let id = to_register(&mut app);
    reply(&mut app, id, Reply::Hashed);
    reply(
        &mut app,
        id,
        Reply::Registered(Err(api_error(400, "Empty register token"))),
    );
    assert_eq!(step(&app), "check_email");
    let error = flow(&app).form.link.error().unwrap().to_string();
    assert!(error.contains("already used"), "{error}");
    assert!(
        error.contains("Empty register token"),
        "the Cozy's words: {error}"
    );
    assert!(app.saved.state.cozy.is_some(), "still to activate");
}

#[test]
fn registration_refusals_are_shown_in_words_on_the_passphrase_screen() {
    let mut app = app();
    register_answered(
        &mut app,
        Err(api_error(422, "The iterations number is too low")),
    );
    assert_eq!(step(&app), "passphrase");
    assert!(
        flow(&app)
            .problem
            .as_ref()
            .unwrap()
            .message
            .contains("too low")
    );

    let id = to_register(&mut app);
    reply(
        &mut app,
        id,
        Reply::Registered(Err(api_error(404, "No such instance"))),
    );
    assert!(
        flow(&app)
            .form
            .passphrase
            .error()
            .unwrap()
            .contains("No such instance")
    );

    let id = to_register(&mut app);
    reply(
        &mut app,
        id,
        Reply::Registered(Err(Failure::Hash("no entropy".into()))),
    );
    assert!(
        flow(&app)
            .problem
            .as_ref()
            .unwrap()
            .message
            .contains("no entropy")
    );
}

#[test]
fn esc_goes_back_one_screen_at_a_time_keeping_everything() {
    let mut app = app();
    to_confirm(&mut app);
    key(&mut app, KeyCode::Esc);
    assert_eq!(step(&app), "terms");
    assert!(flow(&app).form.accepted);
    key(&mut app, KeyCode::Esc);
    assert_eq!(step(&app), "address");
    assert_eq!(flow(&app).form.slug.value(), "alice");
    key(&mut app, KeyCode::Esc);
    assert_eq!(step(&app), "email");
    assert_eq!(flow(&app).form.email.value(), "alice@example.org");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.front, Front::Home);
    key(&mut app, KeyCode::Char('1'));
    assert_eq!(step(&app), "email", "the flow is shown where it was left");
    assert_eq!(flow(&app).form.email.value(), "alice@example.org");

    // Per-line edit keys on Confirm.
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    assert_eq!(step(&app), "confirm");
    key(&mut app, KeyCode::Char('a'));
    assert_eq!(step(&app), "address");
    key(&mut app, KeyCode::Enter);
    assert_eq!(step(&app), "confirm", "a detail changed: straight back");
    key(&mut app, KeyCode::Char('e'));
    assert_eq!(step(&app), "email");

    // From creating, Esc goes to the menu and the creation goes on.
    key(&mut app, KeyCode::Enter);
    let follow = to_creating(&mut app);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.front, Front::Home);
    assert!(app.busy().is_some(), "the spinner runs");
    assert!(
        app.unfinished().is_none(),
        "quitting loses nothing: the menu resumes it"
    );
    assert!(app.resumable_cozy().is_none(), "it is being followed");
    reply(&mut app, follow, Reply::Ended(End::Succeeded));
    key(&mut app, KeyCode::Char('1'));
    assert_eq!(step(&app), "check_email");

    // From the link to the menu and back; from the passphrase to the link.
    typed(&mut app, "half-typed");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.front, Front::Home);
    key(&mut app, KeyCode::Char('1'));
    assert_eq!(flow(&app).form.link.value(), "half-typed");
    flow_mut(&mut app).form.link.set_value(TOKEN);
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "secret words");
    key(&mut app, KeyCode::Esc);
    assert_eq!(step(&app), "check_email");
    key(&mut app, KeyCode::Enter);
    assert_eq!(flow(&app).form.passphrase.value(), "secret words");
}

pub(super) fn flow_mut(app: &mut App) -> &mut Cozy {
    app.flows.cozy.as_mut().expect("a Cozy flow")
}

#[test]
fn resume_follows_the_saved_workflow_and_goes_on_to_the_email() {
    let mut app = app();
    let record = CozyResume {
        workflow: "wf-9".into(),
        instance: Some("inst-9".into()),
        slug: "bob".into(),
        domain: "mycozy.cloud".into(),
        email: "bob@example.org".into(),
        api: "https://cloudery.example/api".into(),
        started_at: 1,
        routes: None,
        created: false,
    };
    loaded(
        &mut app,
        State {
            cozy: Some(record),
            ..State::default()
        },
    );
    let out = key(&mut app, KeyCode::Enter);
    assert_eq!(app.front, Front::Cozy);
    let (follow, req) = request(out);
    assert!(matches!(
        req,
        Request::Follow { api, workflow, first_poll, .. }
            if api == "https://cloudery.example/api" && workflow == "wf-9" && first_poll.is_zero()
    ));
    assert_eq!(step(&app), "creating");
    reply(&mut app, follow, Reply::Ended(End::Succeeded));
    assert_eq!(step(&app), "check_email");
    let ask = flow(&app).ask();
    assert!(ask.context.iter().any(|l| l.contains("bob@example.org")));
    answer(&mut app, TOKEN);
    answer(&mut app, GOOD);
    answer(&mut app, GOOD);
    let (_, req) = request(answer(&mut app, ""));
    let Request::Register { fqdn, .. } = req else {
        panic!("{req:?}")
    };
    assert_eq!(fqdn, "bob.mycozy.cloud");
}

#[test]
fn the_web_onboarding_opens_with_what_was_typed_and_esc_returns() {
    let mut app = app();
    key(&mut app, KeyCode::Char('1'));
    typed(&mut app, "alice@example.org");
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "alice");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.front, Front::Home);
    let out = app.open(crate::app::home::Open::CozyWeb);
    let link = "https://manager.cozycloud.cc/v2/cozy/onboard?email=alice%40example.org&slug=alice&offer=cozy_default";
    // Nothing opens by surprise: the screen says Enter does it.
    assert!(out.is_empty(), "{out:?}");
    let out = key(&mut app, KeyCode::Enter);
    assert!(
        matches!(out.as_slice(), [Effect::Backend(Command::OpenUrl(u))] if u == link),
        "{out:?}"
    );
    assert_eq!(app.front, Front::Cozy);
    assert_eq!(flow(&app).web.as_ref().unwrap().link, link);
    assert!(!app.text_focused());
    let out = key(&mut app, KeyCode::Char('c'));
    assert!(matches!(out.as_slice(), [Effect::CopyToClipboard(u)] if u == link));
    // OSC 52 cannot know whether the terminal took it: said as what was done.
    assert!(
        app.toast
            .as_ref()
            .unwrap()
            .text
            .contains("sent to the terminal's clipboard"),
        "{:?}",
        app.toast
    );
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.front, Front::Home);
    assert!(flow(&app).web.is_none());
    key(&mut app, KeyCode::Char('1'));
    assert_eq!(step(&app), "email", "the flow is where it was");
}

#[test]
fn the_terms_scroll_within_bounds_and_the_checkbox_toggles() {
    let mut app = app();
    key(&mut app, KeyCode::Char('1'));
    answer(&mut app, "alice@example.org");
    answer(&mut app, "alice");
    assert!(!app.text_focused(), "letters are keys on the terms");
    key(&mut app, KeyCode::Up);
    assert_eq!(flow(&app).form.terms_scroll, 0);
    key(&mut app, KeyCode::End);
    let max = flow(&app).form.terms_scroll;
    assert!(max > 0);
    key(&mut app, KeyCode::Down);
    assert_eq!(flow(&app).form.terms_scroll, max);
    key(&mut app, KeyCode::PageUp);
    assert!(flow(&app).form.terms_scroll < max);
    key(&mut app, KeyCode::Enter);
    assert_eq!(step(&app), "terms", "not accepted yet");
    let out = key(&mut app, KeyCode::Char('o'));
    assert!(
        matches!(out.as_slice(), [Effect::Backend(Command::OpenUrl(u))] if u == "https://cozy.io/en/terms-of-service/")
    );
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Char(' '));
    assert!(!flow(&app).form.accepted);
    key(&mut app, KeyCode::Char('?'));
    assert!(app.help_open, "? is help where no text field has focus");
}

#[test]
fn text_focus_is_exact_on_every_step() {
    let mut app = app();
    key(&mut app, KeyCode::Char('1'));
    assert!(app.text_focused());
    key(&mut app, KeyCode::Char('?'));
    assert!(!app.help_open, "? is a character in the email field");
    assert_eq!(flow(&app).form.email.value(), "?");
}

#[test]
fn a_click_presses_the_button_under_it() {
    let mut app = app();
    key(&mut app, KeyCode::Char('1'));
    typed(&mut app, "alice@example.org");
    click(&mut app, on(Target::Button(Button::Next)));
    assert_eq!(step(&app), "address");
}

/// A click on `target` (where the view draws it is the view's tests' business).
fn on(target: Target) -> Option<Hit> {
    Some(Hit::Cozy(target))
}

fn wheel(app: &mut App, down: bool) {
    let scroll = if down { Scroll::Down } else { Scroll::Up };
    update(app, Msg::Scroll(scroll));
}

#[test]
fn the_mouse_scrolls_the_terms_ticks_the_box_and_presses_buttons() {
    let mut app = app();
    app.open(crate::app::home::Open::Cozy);
    answer(&mut app, "alice@example.org");
    answer(&mut app, "alice");
    wheel(&mut app, true);
    assert_eq!(flow(&app).form.terms_scroll, 3);
    wheel(&mut app, false);
    wheel(&mut app, false);
    assert_eq!(flow(&app).form.terms_scroll, 0);
    let out = update(&mut app, Msg::Tick);
    assert!(out.is_empty());
    click(&mut app, on(Target::TermsLink));
    click(&mut app, on(Target::Accept));
    assert!(flow(&app).form.accepted);
    click(&mut app, on(Target::Button(Button::Next)));
    assert_eq!(step(&app), "confirm");
    click(&mut app, on(Target::Edit(Edit::Address)));
    assert_eq!(step(&app), "address");
    click(&mut app, on(Target::Button(Button::Back)));
    assert_eq!(
        step(&app),
        "confirm",
        "changing a detail, Back is the summary"
    );
    click(&mut app, on(Target::Edit(Edit::Email)));
    click(&mut app, on(Target::Button(Button::Next)));
    assert_eq!(step(&app), "confirm");
    click(&mut app, on(Target::Button(Button::Next)));
    assert!(app.busy().is_some(), "Create my Cozy was pressed");
}

#[test]
fn the_passphrase_fields_are_reached_by_tab_arrows_and_clicks() {
    let mut app = app();
    at_the_passphrase(&mut app);
    let focus = |app: &App| match flow(app).step {
        Step::Passphrase { focus, .. } => focus,
        _ => panic!(),
    };
    key(&mut app, KeyCode::Tab);
    assert_eq!(focus(&app), PassFocus::Again);
    key(&mut app, KeyCode::Down);
    assert_eq!(focus(&app), PassFocus::Hint);
    // Past the last field, the buttons: Enter presses the one with the focus.
    key(&mut app, KeyCode::Tab);
    assert_eq!(flow(&app).focused_button, Some(Button::Next));
    assert!(!app.text_focused(), "a letter on a button is not typed");
    key(&mut app, KeyCode::Tab);
    assert_eq!(flow(&app).focused_button, Some(Button::Back));
    key(&mut app, KeyCode::Tab);
    assert_eq!(focus(&app), PassFocus::Passphrase);
    assert_eq!(flow(&app).focused_button, None);
    key(&mut app, KeyCode::BackTab);
    key(&mut app, KeyCode::BackTab);
    key(&mut app, KeyCode::BackTab);
    assert_eq!(focus(&app), PassFocus::Hint);
    click(&mut app, on(Target::Field(FieldId::Again)));
    assert_eq!(focus(&app), PassFocus::Again);
    typed(&mut app, "typed here");
    assert_eq!(flow(&app).form.again.value(), "typed here");
    click(&mut app, on(Target::Button(Button::Next)));
    assert_eq!(
        focus(&app),
        PassFocus::Passphrase,
        "the empty passphrase is named first"
    );
    assert!(flow(&app).form.passphrase.error().is_some());
}

#[test]
fn without_a_partner_token_the_menu_and_the_first_screen_say_so_and_offer_the_web() {
    let mut app = app();
    assert!(app.cozy_token_missing());
    let blurb = &app.home_entries()[0].blurb;
    assert!(blurb.contains("partner token"), "{blurb}");
    key(&mut app, KeyCode::Char('1'));
    let ask = flow(&app).ask();
    assert!(
        ask.context
            .iter()
            .any(|l| l.contains("needs a Cozy partner token")),
        "{ask:?}"
    );
    let out = ctrl(&mut app, 'o');
    assert!(out.is_empty(), "nothing opens by surprise: {out:?}");
    assert!(flow(&app).web.as_ref().unwrap().link.contains("/onboard"));

    // With a token, nothing of it.
    let mut app = self::app();
    app.config.cozy.token = Some("partner".into());
    assert!(!app.cozy_token_missing());
    assert!(!app.home_entries()[0].blurb.contains("token"));
    key(&mut app, KeyCode::Char('1'));
    assert!(!flow(&app).ask().context.iter().any(|l| l.contains("token")));
    assert!(ctrl(&mut app, 'o').is_empty(), "Ctrl-O does nothing then");
}

#[test]
fn the_email_s_link_is_followed_to_the_instance_and_each_end_is_said() {
    use crate::api::cozy::LinkEnd;
    let cloudery = "https://manager.cozycloud.cc/cozy/activate/k1";
    let check_email = || {
        let mut app = app();
        to_confirm(&mut app);
        to_check_email(&mut app);
        app
    };
    // Followed, to the instance's passphrase page: the passphrase is next.
    let mut app = check_email();
    paste(&mut app, cloudery);
    let (id, req) = request(key(&mut app, KeyCode::Enter));
    assert!(
        matches!(&req, Request::FollowLink { link } if link == cloudery),
        "{req:?}"
    );
    assert!(app.busy().is_some(), "following is work in flight");
    assert_eq!(flow(&app).ask().kind, AskKind::Wait);
    reply(
        &mut app,
        id,
        Reply::LinkFollowed(Ok(LinkEnd::Found(format!(
            "https://alice.mycozy.cloud/auth/passphrase?onboarding=true&registerToken={TOKEN}"
        )))),
    );
    assert_eq!(step(&app), "passphrase");

    // A page that wants a click: said, and Ctrl-O opens the link.
    let mut app = check_email();
    paste(&mut app, cloudery);
    let id = request_id(&key(&mut app, KeyCode::Enter));
    reply(
        &mut app,
        id,
        Reply::LinkFollowed(Ok(LinkEnd::Page(cloudery.into()))),
    );
    assert_eq!(step(&app), "check_email");
    let problem = problem_said(&app);
    assert!(problem.contains("wants a click"), "{problem}");
    let out = ctrl(&mut app, 'o');
    assert!(
        matches!(out.as_slice(), [Effect::Backend(Command::OpenUrl(u))] if u == cloudery),
        "{out:?}"
    );
    // The address the browser then shows is taken.
    answer(
        &mut app,
        &format!("https://alice.mycozy.cloud/?registerToken={TOKEN}"),
    );
    assert_eq!(step(&app), "passphrase");

    // A magic-link instance, and a link for another instance, are refused in words.
    let mut app = check_email();
    answer(
        &mut app,
        "https://alice.mycozy.cloud/?onboarding=true&magic_code=xyz",
    );
    let problem = problem_said(&app);
    assert!(problem.contains("magic link"), "{problem}");
    answer(
        &mut app,
        &format!("https://bob.mycozy.cloud/?registerToken={TOKEN}"),
    );
    let problem = problem_said(&app);
    assert!(
        problem.contains("bob.mycozy.cloud") && problem.contains("alice.mycozy.cloud"),
        "{problem}"
    );
    // A failure on the way is said, and the typed link kept.
    let mut app = check_email();
    answer(&mut app, cloudery);
    let out_id = flow(&app).pending.id().expect("a request in flight");
    reply(
        &mut app,
        out_id,
        Reply::LinkFollowed(Err(ApiError::Timeout {
            host: "manager.cozycloud.cc".into(),
        })),
    );
    let problem = problem_said(&app);
    assert!(problem.contains("could not be followed"), "{problem}");
    assert_eq!(flow(&app).form.link.value(), cloudery);
}

/// The app of `cloudboard ARGS…` with no config file and an English environment.
fn app_run_with(args: &[&str], config: Config) -> App {
    use clap::Parser;
    let cli = crate::cli::Cli::try_parse_from(args).unwrap();
    let mut config = config;
    config.lang = Some(crate::lang::resolve(cli.global.lang, config.lang, |name| {
        (name == "LANG").then(|| "en_US.UTF-8".to_string())
    }));
    let mut run = app();
    run.config = config;
    run
}

fn created_with(app: &mut App) -> NewInstance {
    to_confirm(app);
    let (_, Request::Create { instance, .. }) = request(key(app, KeyCode::Enter)) else {
        panic!("a creation")
    };
    instance.clone()
}

fn terms_opened(app: &mut App) -> String {
    key(app, KeyCode::Char('1'));
    typed(app, "alice@example.org");
    key(app, KeyCode::Enter);
    typed(app, "Alice");
    key(app, KeyCode::Enter);
    assert_eq!(step(app), "terms");
    let out = key(app, KeyCode::Char('o'));
    match out.as_slice() {
        [Effect::Backend(Command::OpenUrl(url))] => url.clone(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn in_french_the_cozy_is_created_in_french_and_the_terms_are_cozy_s_french_page() {
    let mut app = app_run_with(&["cloudboard", "--lang", "fr"], Config::default());
    assert_eq!(created_with(&mut app).locale.as_deref(), Some("fr"));
    let mut app = app_run_with(&["cloudboard", "--lang", "fr"], Config::default());
    assert_eq!(
        terms_opened(&mut app),
        "https://cozy.io/fr/terms-of-service/"
    );
    let ask = flow(&app).ask();
    assert!(
        ask.context
            .iter()
            .any(|line| line.ends_with("https://cozy.io/fr/terms-of-service/")),
        "{ask:?}"
    );
    // In English (the environment's here), as before.
    let mut app = app_run_with(&["cloudboard"], Config::default());
    assert_eq!(created_with(&mut app).locale.as_deref(), Some("en"));
    let mut app = app_run_with(&["cloudboard"], Config::default());
    assert_eq!(
        terms_opened(&mut app),
        "https://cozy.io/en/terms-of-service/"
    );
}

#[test]
fn a_locale_or_terms_page_the_config_sets_wins_over_the_language() {
    let mut config = Config::default();
    config.cozy.locale = Some("en".into());
    config.cozy.terms_url = Some("https://partner.example/terms".into());
    let mut app = app_run_with(&["cloudboard", "--lang", "fr"], config.clone());
    assert_eq!(created_with(&mut app).locale.as_deref(), Some("en"));
    let mut app = app_run_with(&["cloudboard", "--lang", "fr"], config.clone());
    assert_eq!(terms_opened(&mut app), "https://partner.example/terms");
    // An empty locale sends none, whatever the language.
    config.cozy.locale = Some(String::new());
    let mut app = app_run_with(&["cloudboard", "--lang", "fr"], config.clone());
    assert_eq!(created_with(&mut app).locale, None);
    // The config file's language, when no --lang says otherwise.
    let config = Config {
        lang: Some(crate::lang::Lang::Fr),
        ..Config::default()
    };
    let mut app = app_run_with(&["cloudboard"], config.clone());
    assert_eq!(created_with(&mut app).locale.as_deref(), Some("fr"));
    let mut app = app_run_with(&["cloudboard", "--lang", "en"], config);
    assert_eq!(created_with(&mut app).locale.as_deref(), Some("en"));
}
