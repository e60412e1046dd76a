//! update() tests of requests whose answer never came: the creation and the first
//! passphrase are written down before they leave, an unknown outcome keeps them and says
//! what may have happened, and a later "taken" or "spent" is read as the person's own.

use ratatui::crossterm::event::KeyCode;

use super::tests::*;
use super::*;
use crate::app::tests_kit::{answer, key, remembered, reply, request_id};
use crate::app::{App, EventBody};
use crate::app::{Commands, Effect};
use crate::store::resume::Remember;
use crate::store::sent::{Sent, Settled};

/// The endings of a request that leave its outcome unknown.
fn unknown_outcomes() -> Vec<Failure> {
    let host = "manager.cozycloud.cc".to_string();
    vec![
        Failure::Api(ApiError::Closed { host: host.clone() }),
        Failure::Api(ApiError::Timeout { host }),
        Failure::Api(ApiError::Server {
            status: 502,
            message: "Bad Gateway".into(),
        }),
        Failure::Api(ApiError::BadResponse("it was cut short".into())),
    ]
}

fn sent_record(commands: &[Effect]) -> Option<Sent> {
    remembered(commands).into_iter().find_map(|r| match r {
        Remember::Sent(sent) => Some(sent.clone()),
        _ => None,
    })
}

fn settles(commands: &[Effect]) -> bool {
    remembered(commands)
        .iter()
        .any(|r| matches!(r, Remember::Settled(_)))
}

/// Walks to Confirm and creates; the answer is lost.
fn lose_the_creation(app: &mut App) {
    to_confirm(app);
    let id = request_id(&key(app, KeyCode::Enter));
    reply(app, id, Reply::Created(Err(unknown_outcomes().remove(0))));
}

#[test]
fn the_creation_is_written_down_before_it_is_sent() {
    let mut app = app();
    to_confirm(&mut app);
    let out = key(&mut app, KeyCode::Enter);
    let written = out
        .commands()
        .position(|c| matches!(c, Command::Remember(Remember::Sent(_))))
        .expect("the record");
    let sent = out
        .commands()
        .position(|c| matches!(c, Command::Cozy(_, Request::Create { .. })))
        .expect("the request");
    assert!(written < sent, "{out:?}");
    assert_eq!(
        sent_record(&out),
        Some(Sent::CozyCreate {
            api: flow(&app).settings.api.clone(),
            slug: "alice".into(),
            domain: "mycozy.cloud".into(),
            email: "alice@example.org".into(),
            sent_at: 0,
        })
    );
    assert!(app.sent_unanswered().is_some());
    // An answer settles it.
    let id = request_id(&out);
    let out = reply(&mut app, id, created());
    assert!(settles(&out), "{out:?}");
    assert!(app.sent_unanswered().is_none());
    assert!(app.saved.state.unanswered.is_empty());
}

#[test]
fn every_unknown_outcome_keeps_the_record_and_says_it_may_have_been_created() {
    for failure in unknown_outcomes() {
        let mut app = app();
        to_confirm(&mut app);
        let id = request_id(&key(&mut app, KeyCode::Enter));
        let out = reply(&mut app, id, Reply::Created(Err(failure.clone())));
        assert!(!settles(&out), "{failure:?}: {out:?}");
        assert_eq!(app.saved.state.unanswered.len(), 1, "{failure:?}");
        assert_eq!(step(&app), "confirm");
        let problem = flow(&app).problem.as_ref().expect("said");
        assert!(
            problem
                .message
                .contains("may have created alice.mycozy.cloud"),
            "{failure:?}: {}",
            problem.message
        );
        assert!(
            problem.message.contains("cozy status"),
            "{}",
            problem.message
        );
        assert!(
            !problem.message.contains("check your network"),
            "{}",
            problem.message
        );
        assert!(app.sent_unanswered().is_none());
        let lost = app.answer_lost().expect("kept as lost");
        assert!(matches!(&lost.sent, Sent::CozyCreate { slug, .. } if slug == "alice"));
    }
}

#[test]
fn a_task_that_stops_while_creating_leaves_the_outcome_unknown_too() {
    let mut app = app();
    to_confirm(&mut app);
    let id = request_id(&key(&mut app, KeyCode::Enter));
    reply(
        &mut app,
        id,
        EventBody::TaskFailed("an internal error stopped this".into()),
    );
    assert_eq!(
        app.answer_lost().map(|lost| lost.why.as_str()),
        Some("an internal error stopped this")
    );
    let problem = flow(&app).problem.as_ref().expect("said");
    assert!(
        problem.message.contains("may have created"),
        "{}",
        problem.message
    );
    assert_eq!(app.saved.state.unanswered.len(), 1);
}

#[test]
fn taken_after_an_unanswered_creation_is_the_person_s_own_and_leads_to_the_link() {
    let mut app = app();
    lose_the_creation(&mut app);
    let id = request_id(&key(&mut app, KeyCode::Enter));
    let out = reply(&mut app, id, Reply::Created(Err(api_error(409, "taken"))));
    assert!(!settles(&out), "{out:?}");
    assert_eq!(step(&app), "check_email");
    let notice = flow(&app).notice.clone().expect("a notice");
    assert!(
        notice.text.contains("your own earlier request"),
        "{}",
        notice.text
    );
    assert!(notice.text.contains("alice@example.org"), "{}", notice.text);
    // What to do with the link is the step's own, apart: a command says its own.
    assert!(!notice.text.contains("here"), "{}", notice.text);
    assert_eq!(notice.here.as_deref(), Some("Paste the link from it here."));
    let asked = flow(&app).ask().context.join(" ");
    assert!(
        asked.ends_with("alice@example.org. Paste the link from it here."),
        "{asked}"
    );
    // Esc goes back to create it again, everything kept.
    key(&mut app, KeyCode::Esc);
    assert_eq!(step(&app), "confirm");
    assert_eq!(flow(&app).form.slug.value(), "alice");
}

#[test]
fn taken_with_no_unanswered_request_before_is_someone_else_s() {
    let mut app = app();
    to_confirm(&mut app);
    let id = request_id(&key(&mut app, KeyCode::Enter));
    let out = reply(&mut app, id, Reply::Created(Err(api_error(409, "taken"))));
    assert!(settles(&out));
    assert_eq!(step(&app), "address");
    assert!(flow(&app).notice.is_none());
    assert!(app.saved.state.unanswered.is_empty());
}

#[test]
fn a_passphrase_whose_answer_is_lost_is_found_set_when_the_link_is_spent() {
    let mut app = app();
    at_the_passphrase(&mut app);
    let out = {
        answer(&mut app, GOOD);
        answer(&mut app, GOOD);
        answer(&mut app, "")
    };
    assert!(matches!(
        sent_record(&out),
        Some(Sent::CozyPassphrase { .. })
    ));
    let id = request_id(&out);
    reply(&mut app, id, Reply::Hashed);
    reply(
        &mut app,
        id,
        Reply::Registered(Err(unknown_outcomes().remove(1))),
    );
    assert_eq!(step(&app), "passphrase");
    let problem = flow(&app).problem.as_ref().expect("said");
    assert!(
        problem.message.contains("may have taken your passphrase"),
        "{}",
        problem.message
    );
    assert!(matches!(
        app.answer_lost().map(|lost| &lost.sent),
        Some(Sent::CozyPassphrase { fqdn, .. }) if fqdn == "alice.mycozy.cloud"
    ));
    // Sent again, the instance says the link is spent: the first one took.
    let id = request_id(&answer(&mut app, ""));
    assert!(app.answer_lost().is_none(), "sent again");
    let out = reply(
        &mut app,
        id,
        Reply::Registered(Err(api_error(400, "Empty register token"))),
    );
    let Step::Done(done) = &flow(&app).step else {
        panic!("not done: {:?}", flow(&app).step);
    };
    assert!(done.probably);
    assert!(remembered(&out).contains(&&Remember::Settled(Settled::Cozy(
        "alice.mycozy.cloud".into()
    ))));
    assert!(app.saved.state.unanswered.is_empty());
}

#[test]
fn a_spent_link_with_no_unanswered_passphrase_before_is_just_spent() {
    let mut app = app();
    register_answered(&mut app, Err(api_error(400, "Empty register token")));
    assert_eq!(step(&app), "check_email");
}

#[test]
fn the_menu_keeps_an_unanswered_creation_opens_it_and_forgets_it_on_del() {
    let mut app = app();
    lose_the_creation(&mut app);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.front, crate::app::Front::Home);
    let entries = app.home_entries();
    assert_eq!(entries[0].title, "Was alice.mycozy.cloud created?");
    app.home.selected = 0;
    key(&mut app, KeyCode::Enter);
    assert_eq!(step(&app), "check_email");
    let notice = flow(&app).notice.clone().expect("a notice");
    assert!(
        notice.text.contains("its answer was lost"),
        "{}",
        notice.text
    );
    // Back on the menu, Del forgets it.
    app.front = crate::app::Front::Home;
    app.home.selected = 0;
    let out = key(&mut app, ratatui::crossterm::event::KeyCode::Delete);
    assert!(settles(&out), "{out:?}");
    assert!(app.saved.state.unanswered.is_empty());
    assert_ne!(
        app.home_entries()[0].title,
        "Was alice.mycozy.cloud created?"
    );
}
