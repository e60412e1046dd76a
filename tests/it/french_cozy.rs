//! The Cozy flow in French: every screen at 80x24 and 60x16 (a snapshot each), and what
//! the flow says that is no screen (the plain mode's questions, notices, the quit question).

use crate::common;
use crate::cozy_screens::to_check_email;

use std::time::Duration;

use cloudboard::api::ApiError;
use cloudboard::app::cozy::{Created, End, Failure, Reply, Request};
use cloudboard::app::{App, Command, Commands, Msg, update};
use cloudboard::lang::Lang;
use common::{answer, key, reply, request_id, typed};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const TOKEN: &str = "0123456789abcdef0123456789abcdef";
const GOOD: &str = "correct horse battery staple tuesday";
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

/// A run in French, on a terminal of this size, at the menu.
fn french(width: u16, height: u16) -> App {
    let mut app = common::app(width, height);
    app.config.lang = Some(Lang::Fr);
    // The terms' length depends on the language: the room is measured again, as every frame
    // of a run does.
    let viewport = cloudboard::ui::viewport(&app);
    update(&mut app, Msg::Viewport(viewport));
    app
}

fn opened(width: u16, height: u16) -> App {
    let mut app = french(width, height);
    key(&mut app, KeyCode::Char('1'));
    app
}

fn at_confirm(width: u16, height: u16) -> App {
    let mut app = opened(width, height);
    answer(&mut app, "alice@example.org");
    answer(&mut app, "alice");
    answer(&mut app, "y");
    app
}

fn at_creating(app: &mut App) -> cloudboard::app::RequestId {
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

fn at_check_email(width: u16, height: u16) -> App {
    let mut app = french(width, height);
    to_check_email(&mut app);
    app
}

fn at_passphrase(width: u16, height: u16) -> App {
    let mut app = at_check_email(width, height);
    answer(&mut app, TOKEN);
    app
}

fn registered(app: &mut App) {
    answer(app, GOOD);
    answer(app, GOOD);
    let out = answer(app, "");
    assert!(
        out.commands()
            .any(|c| matches!(c, Command::Cozy(_, Request::Register { .. }))),
        "the passphrase is sent"
    );
    reply(app, request_id(&out), Reply::Registered(Ok(None)));
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

fn busy() -> Failure {
    Failure::Api(ApiError::Busy {
        status: 503,
        message: "try later".into(),
        retry_after: Some(Duration::from_secs(5)),
    })
}

#[test]
fn in_french_the_email() {
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
    for (w, h) in SIZES {
        let mut app = opened(w, h);
        answer(&mut app, "alice@example.org");
        snap("cozy_address_empty", &app);
        typed(&mut app, "alice");
        snap("cozy_address_typing", &app);

        let mut app = french(w, h);
        app.config.cozy.domains = vec!["mycozy.cloud".into(), "cozy.example.org".into()];
        key(&mut app, KeyCode::Char('1'));
        answer(&mut app, "alice@example.org");
        typed(&mut app, "alice");
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Right);
        snap("cozy_address_domains", &app);
    }
}

#[test]
fn in_french_an_address_taken() {
    for (w, h) in SIZES {
        let mut app = at_confirm(w, h);
        let create = request_id(&key(&mut app, KeyCode::Enter));
        reply(
            &mut app,
            create,
            Reply::Created(Err(Failure::Api(ApiError::Refused {
                status: 409,
                message: "slug already taken".into(),
                field: None,
            }))),
        );
        let screen = common::render(&app);
        assert!(screen.contains("est déjà pris"), "{screen}");
        insta::assert_snapshot!(format!("fr_cozy_address_taken_{w}x{h}"), screen);
    }
}

#[test]
fn in_french_the_terms() {
    for (w, h) in SIZES {
        let mut app = opened(w, h);
        answer(&mut app, "alice@example.org");
        answer(&mut app, "alice");
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
        reply(
            &mut app,
            create,
            Reply::Created(Err(Failure::Api(ApiError::Closed {
                host: "manager.cozycloud.cc".into(),
            }))),
        );
        let screen = common::render(&app);
        assert!(screen.contains("a peut-être créé"), "{screen}");
        insta::assert_snapshot!(format!("fr_cozy_confirm_answer_lost_{w}x{h}"), screen);

        let mut app = french(w, h);
        app.config.cozy.redirect = Some("https://app.example.org/onboarded".into());
        key(&mut app, KeyCode::Char('1'));
        answer(&mut app, "alice@example.org");
        answer(&mut app, "alice");
        answer(&mut app, "y");
        snap("cozy_confirm_redirect", &app);
    }
}

#[test]
fn in_french_the_creation_followed() {
    for (w, h) in SIZES {
        let mut app = at_confirm(w, h);
        let follow = at_creating(&mut app);
        snap("cozy_creating_sent", &app);
        reply(
            &mut app,
            follow,
            Reply::Progress {
                status: Some("running".into()),
                attempt: 3,
                trouble: None,
                next_in: Duration::from_secs(1),
            },
        );
        app.now += Duration::from_secs(3);
        snap("cozy_creating_running", &app);
        reply(
            &mut app,
            follow,
            Reply::Progress {
                status: None,
                attempt: 4,
                // As the backend says it in French: its words and the error's.
                trouble: Some(looking_again_after_a_timeout()),
                next_in: Duration::from_secs(2),
            },
        );
        insta::assert_snapshot!(
            format!("fr_cozy_creating_trouble_{w}x{h}"),
            common::render(&app)
        );
        reply(&mut app, follow, Reply::Ended(End::Failed));
        snap("cozy_creating_failed", &app);

        let mut app = at_confirm(w, h);
        let follow = at_creating(&mut app);
        reply(
            &mut app,
            follow,
            Reply::Ended(End::GaveUp {
                after: Duration::from_secs(600),
            }),
        );
        snap("cozy_creating_gave_up", &app);
    }
}

#[test]
fn in_french_check_your_email() {
    for (w, h) in SIZES {
        let mut app = at_check_email(w, h);
        snap("cozy_check_email", &app);
        answer(&mut app, "https://alice.mycozy.cloud/?registerToken=12ab");
        snap("cozy_check_email_malformed", &app);

        let mut app = french(w, h);
        common::start_at_sandbox(&mut app, "http://127.0.0.1:4000");
        app.outbox.visible = false;
        to_check_email(&mut app);
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
        reply(
            &mut app,
            request_id(&out),
            Reply::Registered(Err(Failure::Api(ApiError::Refused {
                status: 400,
                message: "Invalid register token".into(),
                field: None,
            }))),
        );
        insta::assert_snapshot!(
            format!("fr_cozy_check_email_spent_token_{w}x{h}"),
            common::render(&app)
        );
    }
}

#[test]
fn in_french_done_and_the_web_onboarding() {
    for (w, h) in SIZES {
        let mut app = at_passphrase(w, h);
        registered(&mut app);
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

        let mut app = opened(w, h);
        answer(&mut app, "alice@example.org");
        typed(&mut app, "alice");
        key(&mut app, KeyCode::Esc);
        key(&mut app, KeyCode::Esc);
        update(&mut app, Msg::Open(cloudboard::app::home::Open::CozyWeb));
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
            let mut app = french(w, h);
            app.saved.state.unanswered = vec![sent];
            update(&mut app, Msg::Open(Open::Unanswered { index: 0, kind }));
            snap(name, &app);
        }
    }
}

/// What the flow gives the plain mode and the quit question, in French.
#[test]
fn in_french_the_questions_and_the_work_in_flight() {
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
        screen.contains("En cours\u{A0}: demande de alice.mycozy.cloud au Cloudery."),
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
