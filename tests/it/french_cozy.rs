//! The Cozy flow in French: every screen at 80x24 and 60x16 (a snapshot each), and what
//! the flow says that is no screen (the plain mode's questions, notices, the quit question).

use crate::common;
use crate::cozy_screens::{
    GOOD, answer_lost, at_address_domains, at_check_email, at_check_email_in_the_sandbox,
    at_confirm, at_confirm_with_a_redirect, at_creating, at_creation_given_up, at_done,
    at_passphrase, at_terms, at_web_onboarding, busy, in_trouble, opened, refused_as_taken,
    running, token_spent,
};

use cloudboard::api::ApiError;
use cloudboard::app::cozy::{End, Failure, Reply};
use cloudboard::app::{App, Msg, update};
use cloudboard::lang::Lang;
use common::{answer, key, reply, request_id, typed};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const SIZES: [(u16, u16); 2] = [(80, 24), (60, 16)];

/// The trouble the backend reports, in French, when a look at the creation timed out.
fn looking_again_after_a_timeout() -> String {
    let timeout = ApiError::Timeout {
        host: "manager.cozycloud.cc".into(),
    };
    let error = cloudboard::app::cozy::api_error_in_few_words(Lang::Fr, &timeout);
    cloudboard::lang::tr_args(
        Lang::Fr,
        "shared-cozy-looking-again",
        &[("error", error.into()), ("seconds", "2".into())],
    )
    .into_owned()
}

/// The apps this test's thread makes from now on speak French, from the start as a run
/// with `--lang fr` does (the terms' length, and so the room they take, is the language's).
fn french() {
    common::speak(Some(Lang::Fr));
}

/// A snapshot named after the screen and the size, checked for English words first.
fn snap(name: &str, app: &App) {
    let screen = common::render(app);
    let (width, height) = app.size;
    for english in ["Next", "Back", "Step ", "Your Cozy", " the ", " is "] {
        assert!(
            !screen.contains(english),
            "{name} at {width}x{height} says {english:?}:\n{screen}"
        );
    }
    insta::assert_snapshot!(format!("fr_{name}_{width}x{height}"), screen);
}

#[test]
fn in_french_the_email() {
    french();
    for (w, h) in SIZES {
        let mut app = opened(w, h);
        snap("cozy_email_empty", &app);
        typed(&mut app, "alice");
        key(&mut app, KeyCode::Enter);
        snap("cozy_email_refused", &app);
    }
}

#[test]
fn in_french_the_address() {
    french();
    for (w, h) in SIZES {
        let mut app = opened(w, h);
        answer(&mut app, "alice@example.org");
        snap("cozy_address_empty", &app);
        typed(&mut app, "alice");
        snap("cozy_address_typing", &app);
        snap("cozy_address_domains", &at_address_domains(w, h));
    }
}

#[test]
fn in_french_an_address_taken() {
    french();
    for (w, h) in SIZES {
        let mut app = at_confirm(w, h);
        refused_as_taken(&mut app);
        let screen = common::render(&app);
        assert!(screen.contains("est déjà pris"), "{screen}");
        insta::assert_snapshot!(format!("fr_cozy_address_taken_{w}x{h}"), screen);
    }
}

#[test]
fn in_french_the_terms() {
    french();
    for (w, h) in SIZES {
        let mut app = at_terms(w, h);
        snap("cozy_terms_top", &app);
        key(&mut app, KeyCode::Enter);
        key(&mut app, KeyCode::End);
        let screen = common::render(&app);
        assert!(
            !screen.contains("suite plus bas"),
            "End shows the last line:\n{screen}"
        );
        snap("cozy_terms_end_refused", &app);
        key(&mut app, KeyCode::Char(' '));
        snap("cozy_terms_accepted", &app);
        key(&mut app, KeyCode::Char('?'));
        insta::assert_snapshot!(format!("fr_cozy_terms_help_{w}x{h}"), common::render(&app));
    }
}

#[test]
fn in_french_check_and_create() {
    french();
    for (w, h) in SIZES {
        let mut app = at_confirm(w, h);
        snap("cozy_confirm", &app);
        let create = request_id(&key(&mut app, KeyCode::Enter));
        snap("cozy_confirm_sending", &app);
        reply(&mut app, create, Reply::Created(Err(Failure::MissingToken)));
        snap("cozy_confirm_missing_token", &app);
        let create = request_id(&key(&mut app, KeyCode::Enter));
        reply(&mut app, create, Reply::Created(Err(busy())));
        // The Cloudery's own words stay as they come.
        insta::assert_snapshot!(
            format!("fr_cozy_confirm_busy_{w}x{h}"),
            common::render(&app)
        );
        let create = request_id(&key(&mut app, KeyCode::Enter));
        reply(&mut app, create, Reply::Created(Err(answer_lost())));
        let screen = common::render(&app);
        assert!(screen.contains("a peut-être créé"), "{screen}");
        insta::assert_snapshot!(format!("fr_cozy_confirm_answer_lost_{w}x{h}"), screen);

        snap("cozy_confirm_redirect", &at_confirm_with_a_redirect(w, h));
    }
}

#[test]
fn in_french_the_creation_followed() {
    french();
    for (w, h) in SIZES {
        let mut app = at_confirm(w, h);
        let follow = at_creating(&mut app);
        snap("cozy_creating_sent", &app);
        running(&mut app, follow);
        snap("cozy_creating_running", &app);
        // As the backend says it in French: its words and the error's.
        in_trouble(&mut app, follow, looking_again_after_a_timeout());
        insta::assert_snapshot!(
            format!("fr_cozy_creating_trouble_{w}x{h}"),
            common::render(&app)
        );
        reply(&mut app, follow, Reply::Ended(End::Failed));
        snap("cozy_creating_failed", &app);

        snap("cozy_creating_gave_up", &at_creation_given_up(w, h));
    }
}

#[test]
fn in_french_check_your_email() {
    french();
    for (w, h) in SIZES {
        let mut app = at_check_email(w, h);
        snap("cozy_check_email", &app);
        answer(&mut app, "https://alice.mycozy.cloud/?registerToken=12ab");
        snap("cozy_check_email_malformed", &app);

        let mut app = at_check_email_in_the_sandbox(w, h);
        snap("cozy_check_email_sandbox", &app);
        update(
            &mut app,
            Msg::Key(KeyEvent::new(KeyCode::Char('t'), KeyModifiers::CONTROL)),
        );
        let screen = common::render(&app);
        assert!(screen.contains("Aucun e-mail d’activation"), "{screen}");
        insta::assert_snapshot!(format!("fr_cozy_check_email_outbox_empty_{w}x{h}"), screen);
    }
}

#[test]
fn in_french_the_passphrase() {
    french();
    for (w, h) in SIZES {
        let mut app = at_passphrase(w, h);
        snap("cozy_passphrase_empty", &app);
        typed(&mut app, "password1");
        // The estimator's own advice is another area's: only this screen's words are held
        // here.
        insta::assert_snapshot!(
            format!("fr_cozy_passphrase_weak_{w}x{h}"),
            common::render(&app)
        );
        key(&mut app, KeyCode::Enter);
        insta::assert_snapshot!(
            format!("fr_cozy_passphrase_refused_{w}x{h}"),
            common::render(&app)
        );

        let mut app = at_passphrase(w, h);
        answer(&mut app, GOOD);
        answer(&mut app, "something else");
        snap("cozy_passphrase_mismatch", &app);
        answer(&mut app, GOOD);
        typed(&mut app, "celle de tous les jours");
        let out = key(&mut app, KeyCode::Enter);
        snap("cozy_passphrase_hashing", &app);
        reply(&mut app, request_id(&out), Reply::Hashed);
        snap("cozy_passphrase_registering", &app);
        reply(&mut app, request_id(&out), token_spent());
        insta::assert_snapshot!(
            format!("fr_cozy_check_email_spent_token_{w}x{h}"),
            common::render(&app)
        );
    }
}

#[test]
fn in_french_done_and_the_web_onboarding() {
    french();
    for (w, h) in SIZES {
        let mut app = at_done(w, h);
        snap("cozy_done", &app);
        let screen = common::render(&app);
        for button in [
            "L’ouvrir dans le navigateur (o)",
            "Copier l’adresse (c)",
            "Au menu (Esc)",
        ] {
            assert!(screen.contains(button), "{w}x{h}: {button}\n{screen}");
        }
        key(&mut app, KeyCode::Char('c'));
        let screen = common::render(&app);
        assert!(
            screen.contains("Adresse envoyée dans le presse-papiers"),
            "{screen}"
        );

        let app = at_web_onboarding(w, h);
        snap("cozy_web_onboarding", &app);
        let screen = common::render(&app);
        for button in [
            "Ouvrir le lien (Enter)",
            "Copier le lien (c)",
            "Retour (Esc)",
        ] {
            assert!(screen.contains(button), "{w}x{h}: {button}\n{screen}");
        }
    }
}

/// The notices of requests whose answers were lost, opened from the menu as an earlier run
/// left them.
#[test]
fn in_french_what_a_lost_answer_left() {
    use cloudboard::app::home::Open;
    use cloudboard::store::sent::{Sent, SentKind};
    french();
    for (w, h) in SIZES {
        for (name, sent, kind) in [
            (
                "cozy_unanswered_create",
                Sent::CozyCreate {
                    api: "https://manager.cozycloud.cc".into(),
                    slug: "alice".into(),
                    domain: "mycozy.cloud".into(),
                    email: "alice@example.org".into(),
                    sent_at: 1_765_100_000,
                },
                SentKind::CozyCreate,
            ),
            (
                "cozy_unanswered_passphrase",
                Sent::CozyPassphrase {
                    fqdn: "alice.mycozy.cloud".into(),
                    address: "https://alice.mycozy.cloud".into(),
                    sent_at: 1_765_100_000,
                },
                SentKind::CozyPassphrase,
            ),
        ] {
            let mut app = common::app(w, h);
            app.saved.state.unanswered = vec![sent];
            update(&mut app, Msg::Open(Open::Unanswered { index: 0, kind }));
            snap(name, &app);
        }
    }
}

/// What the flow gives the plain mode and the quit question, in French.
#[test]
fn in_french_the_questions_and_the_work_in_flight() {
    french();
    let mut app = opened(80, 24);
    let ask = app.front_flow().expect("the Cozy flow").ask();
    assert_eq!(ask.prompt, "Votre adresse e-mail");
    assert_eq!(ask.context[0], "Créez votre Cozy (étape 1 sur 8).");
    answer(&mut app, "alice@example.org");
    answer(&mut app, "alice");
    let ask = app.front_flow().expect("the Cozy flow").ask();
    assert!(ask.prompt.starts_with("Acceptez-vous"), "{}", ask.prompt);
    assert!(
        ask.context.iter().any(|l| l == "Votre phrase de passe"),
        "the summary in French: {:?}",
        ask.context
    );
    answer(&mut app, "y");
    let ask = app.front_flow().expect("the Cozy flow").ask();
    assert_eq!(ask.prompt, "Créer ce Cozy\u{202F}?");
    assert!(
        ask.context
            .iter()
            .any(|l| l.contains("Conditions") && l.contains("acceptées (version")),
        "{:?}",
        ask.context
    );
    key(&mut app, KeyCode::Enter);
    update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
    );
    let screen = common::render(&app);
    assert!(
        screen.contains("En cours\u{A0}: demande d’alice.mycozy.cloud au Cloudery."),
        "{screen}"
    );
}

/// The sandbox's activation email speaks the language the instance is created in, as
/// Cozy's own emails do; English otherwise.
#[tokio::test]
async fn the_sandbox_s_activation_email_follows_the_instance_s_locale() {
    use common::sandbox::{client, start_with};
    use serde_json::json;
    let sandbox = start_with(cloudboard::sandbox::Options {
        workflow_secs: 0.1,
        log_requests: false,
        ..Default::default()
    })
    .await;
    let base = sandbox.base_url();
    for (slug, locale) in [("lea", "fr"), ("leo", "en")] {
        let sent = client()
            .post(format!("{base}/cozy/api/public/instances"))
            .header("Authorization", "Bearer sandbox-token")
            .json(&json!({
                "offer": "cozy_default",
                "email": format!("{slug}@example.org"),
                "slug": slug,
                "domain": "mycozy.cloud",
                "tos": {"version": "1.0.0"},
                "locale": locale,
            }))
            .send()
            .await
            .expect("the Cloudery answers");
        assert!(sent.status().is_success());
    }
    let outbox = common::outbox::until(&base, |m| m.len() >= 2).await;
    let to = |who: &str| {
        outbox
            .iter()
            .find(|m| m["to"] == who)
            .unwrap_or_else(|| panic!("an email to {who}: {outbox:?}"))
    };
    let french = to("lea@example.org");
    assert_eq!(french["subject"], "Activez votre Cozy");
    let body = french["body"].as_str().unwrap_or_default();
    assert!(
        body.starts_with("Votre Cozy lea.mycozy.cloud est prêt."),
        "{body}"
    );
    assert_eq!(to("leo@example.org")["subject"], "Activate your Cozy");
}
