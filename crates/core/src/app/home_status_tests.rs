//! update() tests for what the menu says of each flow's state, and what it offers for a Cozy
//! creation an earlier run left: follow it, finish activating it, or forget it.

use ratatui::crossterm::event::KeyCode;

use super::*;
use crate::app::tests_kit::{app, key, loaded, start_at_sandbox};
use crate::app::*;
use crate::store::resume::{CozyActive, Kept, State};

fn record(api: &str, created: bool) -> CozyResume {
    CozyResume {
        workflow: "wf-7".into(),
        instance: Some("inst-7".into()),
        slug: "jane".into(),
        domain: "mycozy.cloud".into(),
        email: "jane@example.org".into(),
        api: api.into(),
        started_at: 1_765_100_000,
        routes: None,
        created,
    }
}

fn with_cozy(record: CozyResume) -> State {
    State {
        cozy: Some(record),
        ..State::default()
    }
}

/// A Cozy activated, the state file says, by the Cloudery at `api`.
fn with_active(api: &str) -> State {
    State {
        cozy_active: Some(CozyActive {
            fqdn: "jane.mycozy.cloud".into(),
            api: api.into(),
        }),
        ..State::default()
    }
}

const CLOUDERY: &str = "https://manager.cozycloud.cc/api";

fn titles(app: &App) -> Vec<String> {
    app.home_entries().into_iter().map(|e| e.title).collect()
}

#[test]
fn nothing_is_said_before_the_state_file_is_read() {
    let app = app();
    assert_eq!(app.home_status(), home::Status::default());
    assert!(app.home_entries().iter().all(|e| e.status.is_none()));
}

#[test]
fn a_creation_still_running_is_resumed_and_follows_its_workflow() {
    let mut app = app();
    loaded(&mut app, with_cozy(record(CLOUDERY, false)));
    let entries = app.home_entries();
    assert_eq!(entries[0].open, home::Open::CozyResume);
    assert_eq!(entries[0].title, "Resume creating jane.mycozy.cloud");
    let cozy = entries.iter().find(|e| e.open == home::Open::Cozy).unwrap();
    assert_eq!(
        cozy.status.as_deref(),
        Some("jane.mycozy.cloud is being created")
    );
    let out = key(&mut app, KeyCode::Enter);
    assert_eq!(app.front, Front::Cozy);
    assert!(
        out.commands().any(|c| matches!(
            c,
            Command::Cozy(_, cozy::Request::Follow { workflow, .. }) if workflow == "wf-7"
        )),
        "{out:?}"
    );
}

#[test]
fn a_creation_seen_created_offers_to_finish_activating_without_following_it_again() {
    let mut app = app();
    loaded(&mut app, with_cozy(record(CLOUDERY, true)));
    let entries = app.home_entries();
    assert_eq!(entries[0].open, home::Open::CozyFinish);
    assert_eq!(entries[0].title, "Finish activating jane.mycozy.cloud");
    assert!(!titles(&app).iter().any(|t| t.starts_with("Resume")));
    let cozy = entries.iter().find(|e| e.open == home::Open::Cozy).unwrap();
    assert_eq!(
        cozy.status.as_deref(),
        Some("jane.mycozy.cloud is waiting for activation")
    );
    let out = key(&mut app, KeyCode::Enter);
    assert_eq!(app.front, Front::Cozy);
    assert!(out.is_empty(), "nothing is sent: {out:?}");
    let flow = app.flows.cozy.as_ref().unwrap();
    assert_eq!(flow.step.name(), "check_email");
    assert_eq!(flow.fqdn(), "jane.mycozy.cloud");
}

#[test]
fn an_activated_cozy_is_said_active() {
    let mut app = app();
    loaded(&mut app, with_active(CLOUDERY));
    assert_eq!(
        app.home_status().cozy.as_deref(),
        Some("jane.mycozy.cloud is active")
    );
    assert_eq!(app.home_entries().len(), 5, "nothing to resume");
    // One activated on a sandbox that is gone is not spoken of.
    let mut app = self::app();
    loaded(&mut app, with_active("http://127.0.0.1:4000/cozy/api"));
    assert_eq!(app.home_status().cozy, None);
}

#[test]
fn a_creation_on_a_sandbox_that_is_gone_is_offered_to_forget_not_followed() {
    let mut app = app();
    loaded(
        &mut app,
        with_cozy(record("http://127.0.0.1:4000/cozy/api", false)),
    );
    let entries = app.home_entries();
    assert_eq!(entries[0].open, home::Open::CozyForget);
    assert_eq!(
        entries[0].title,
        "Forget jane.mycozy.cloud: its sandbox is gone"
    );
    assert!(
        entries[0].blurb.contains("127.0.0.1:4000"),
        "{}",
        entries[0].blurb
    );
    assert_eq!(
        app.home_status().cozy.as_deref(),
        Some("jane.mycozy.cloud: its sandbox is gone")
    );
    let out = key(&mut app, KeyCode::Enter);
    assert_eq!(app.front, Front::Home, "nothing opens");
    assert!(
        matches!(
            out.as_slice(),
            [Effect::Backend(Command::Remember(Remember::CozyResume(
                None
            )))]
        ),
        "{out:?}"
    );
    assert!(app.saved.state.cozy.is_none());
    assert!(
        app.toast
            .as_ref()
            .unwrap()
            .text
            .contains("jane.mycozy.cloud")
    );
    assert_eq!(app.home_entries().len(), 5);
    assert_eq!(app.home_status().cozy, None);
}

#[test]
fn a_sandbox_run_at_the_creations_address_resumes_it_and_another_does_not() {
    let mut app = app();
    start_at_sandbox(&mut app, "http://127.0.0.1:4000/");
    loaded(
        &mut app,
        with_cozy(record("http://127.0.0.1:4000/cozy/api", false)),
    );
    assert_eq!(app.home_entries()[0].open, home::Open::CozyResume);

    let mut app = self::app();
    start_at_sandbox(&mut app, "http://127.0.0.1:4001/");
    loaded(
        &mut app,
        with_cozy(record("http://127.0.0.1:4000/cozy/api", false)),
    );
    assert_eq!(app.home_entries()[0].open, home::Open::CozyForget);
}

#[test]
fn del_forgets_every_remembered_creation_and_is_listed_only_there() {
    for created in [false, true] {
        let mut app = app();
        loaded(&mut app, with_cozy(record(CLOUDERY, created)));
        assert!(
            app.keys().iter().any(|k| k.action == "forget it"),
            "Del is listed on the creation's entry"
        );
        let out = key(&mut app, KeyCode::Delete);
        assert!(
            matches!(
                out.as_slice(),
                [Effect::Backend(Command::Remember(Remember::CozyResume(
                    None
                )))]
            ),
            "{out:?}"
        );
        assert!(app.saved.state.cozy.is_none());
        assert_eq!(app.front, Front::Home);
        assert_eq!(titles(&app)[0], "Create a Cozy");
        // On a flow's entry Del does nothing and is not listed.
        assert!(!app.keys().iter().any(|k| k.action == "forget it"));
        assert!(key(&mut app, KeyCode::Delete).is_empty());
    }
}

#[test]
fn sign_ins_are_said_from_what_the_flows_kept() {
    let mut app = app();
    loaded(&mut app, State::default());
    let status = app.home_status();
    assert_eq!(status.cleura.as_deref(), Some("Not signed in"));
    assert_eq!(status.cloudsigma.as_deref(), Some("Not signed in"));
    assert_eq!(status.cozy, None);

    // Signed in by an earlier version, which recorded no more than the login or the place:
    // only opening the flow can tell whether something is kept.
    let mut app = self::app();
    loaded(
        &mut app,
        State {
            cleura_login: Some("bob".into()),
            cloudsigma_location: Some("ZRH".into()),
            ..State::default()
        },
    );
    let status = app.home_status();
    assert_eq!(
        status.cleura.as_deref(),
        Some("A token may be kept: opening the flow checks")
    );
    assert_eq!(
        status.cloudsigma.as_deref(),
        Some("A session may be kept: opening the flow checks")
    );
    // Recorded as not kept since: not signed in.
    let mut app = self::app();
    let mut state = State {
        cleura_login: Some("bob".into()),
        ..State::default()
    };
    state.kept.insert(cleura::SECRET.into(), None);
    loaded(&mut app, state);
    assert_eq!(app.home_status().cleura.as_deref(), Some("Not signed in"));

    let mut state = State::default();
    state.kept.insert(
        cloudsigma::SECRET.into(),
        Some(Kept {
            who: "demo@example.org".into(),
            api: "https://zrh.cloudsigma.com/api/2.0/".into(),
            place: Some("Zurich".into()),
            store: "~/.local/share/cloudboard/secrets/cloudsigma".into(),
        }),
    );
    let mut app = self::app();
    loaded(&mut app, state.clone());
    assert_eq!(
        app.home_status().cloudsigma.as_deref(),
        Some(
            "demo@example.org at Zurich: session kept in \
             ~/.local/share/cloudboard/secrets/cloudsigma"
        )
    );
    // A sandbox run keeps its sessions apart: a real one is not its.
    let mut app = self::app();
    start_at_sandbox(&mut app, "http://127.0.0.1:4000/");
    loaded(&mut app, state);
    assert_eq!(
        app.home_status().cloudsigma.as_deref(),
        Some("Not signed in")
    );
}

#[test]
fn each_sign_in_is_said_in_french_with_the_words_that_agree() {
    let kept = |place: Option<&str>, store: &str| Kept {
        who: "jeanne".into(),
        api: "https://rest.cleura.cloud".into(),
        place: place.map(str::to_string),
        store: store.into(),
    };
    let keyring = kept(None, "the desktop keyring");
    let file = kept(
        Some("Zurich"),
        "~/.local/share/cloudboard/secrets/cloudsigma.secret",
    );
    let said = |signed_in: Option<&str>, now: KeptNow, what| {
        signed_in_words(Lang::Fr, signed_in.map(str::to_string), now, what)
    };
    let nbsp = |text: &str| text.replace(" :", "\u{a0}:").replace(" ;", "\u{202f};");
    assert_eq!(
        said(Some("jeanne"), KeptNow::Kept(&keyring), Kind::Token),
        nbsp("Connecté en tant que jeanne ; jeton gardé dans le trousseau du bureau")
    );
    assert_eq!(
        said(Some("jeanne"), KeptNow::Kept(&file), Kind::Session),
        nbsp(
            "Connecté en tant que jeanne à Zurich ; session gardée dans \
             ~/.local/share/cloudboard/secrets/cloudsigma.secret"
        )
    );
    assert_eq!(
        said(Some("jeanne"), KeptNow::No, Kind::Session),
        nbsp("Connecté en tant que jeanne ; session non gardée")
    );
    assert_eq!(
        said(None, KeptNow::Kept(&keyring), Kind::Token),
        nbsp("jeanne : jeton gardé dans le trousseau du bureau")
    );
    assert_eq!(said(None, KeptNow::No, Kind::Token), "Non connecté");
    assert_eq!(
        said(None, KeptNow::Unknown, Kind::Session),
        nbsp("Une session est peut-être gardée : le parcours le dira")
    );
    // English, as it always read.
    assert_eq!(
        signed_in_words(
            Lang::En,
            Some("jeanne".into()),
            KeptNow::Kept(&file),
            Kind::Session
        ),
        "Signed in as jeanne at Zurich; session kept in \
         ~/.local/share/cloudboard/secrets/cloudsigma.secret"
    );
    assert_eq!(
        signed_in_words(Lang::En, Some("jeanne".into()), KeptNow::No, Kind::Token),
        "Signed in as jeanne; token not kept"
    );
}

#[test]
fn the_menu_and_its_keys_speak_french() {
    let mut app = app();
    app.config.lang = Some(Lang::Fr);
    loaded(&mut app, with_cozy(record(CLOUDERY, false)));
    assert_eq!(
        titles(&app)[0],
        "Reprendre la création de jane.mycozy.cloud"
    );
    assert!(app.keys().iter().any(|k| k.action == "l’oublier"));
    key(&mut app, KeyCode::Delete);
    assert_eq!(
        app.toast.as_ref().map(|t| t.text.as_str()),
        Some("Création de jane.mycozy.cloud oubliée.")
    );
    assert_eq!(titles(&app)[0], "Créer un Cozy");
}
