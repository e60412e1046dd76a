//! update() tests of the Cozy flow in French: what the shared parts say on its screens
//! (field refusals, the strength advice, API errors, dates, its work) comes in the run's
//! language, never in English.

use ratatui::crossterm::event::KeyCode;

use super::tests::*;
use super::*;
use crate::app::App;
use crate::app::checks::Invalid;
use crate::app::tests_kit::{answer, key, paste, problem_said, reply, request_id, typed};

fn french_app() -> App {
    let mut app = app();
    app.config.lang = Some(Lang::Fr);
    app
}

fn french_at_confirm() -> App {
    let mut app = french_app();
    to_confirm(&mut app);
    app
}

#[test]
fn a_typed_email_and_address_are_refused_in_french() {
    let mut app = french_app();
    key(&mut app, KeyCode::Char('1'));
    typed(&mut app, "alice");
    key(&mut app, KeyCode::Enter);
    let error = flow(&app)
        .form
        .email
        .error()
        .unwrap_or_default()
        .to_string();
    assert_eq!(error, Invalid::EmailNoAt.said(Lang::Fr));
    assert_ne!(error, Invalid::EmailNoAt.said(Lang::En));
    typed(&mut app, "@example.org");
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "9");
    key(&mut app, KeyCode::Enter);
    let error = flow(&app).form.slug.error().unwrap_or_default().to_string();
    assert_eq!(error, Invalid::SlugStartsWithDigit.said(Lang::Fr));
}

#[test]
fn a_field_note_and_an_answer_refused_are_in_french() {
    let mut app = french_app();
    key(&mut app, KeyCode::Char('1'));
    typed(&mut app, "alice@example.org");
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "A");
    let note = flow(&app).form.slug.note.clone().unwrap_or_default();
    assert!(note.contains("devient"), "{note}");
    let mut app = french_app();
    app.open(crate::app::home::Open::Cozy);
    answer(&mut app, "alice@example.org");
    answer(&mut app, "Alice-Bob");
    let problem = problem_said(&app);
    assert!(problem.contains("«\u{a0}-\u{a0}»"), "{problem}");
    assert!(!problem.contains("cannot hold"), "{problem}");
}

#[test]
fn a_weak_passphrase_is_advised_in_french() {
    let mut app = french_at_confirm();
    to_check_email(&mut app);
    to_passphrase(&mut app);
    typed(&mut app, "Password");
    let strength = flow(&app).form.strength.clone().unwrap();
    let advice = strength.advice(Lang::Fr).unwrap_or_default();
    assert!(advice.contains("Une majuscule au début"), "{advice}");
    key(&mut app, KeyCode::Enter);
    let error = flow(&app)
        .form
        .passphrase
        .error()
        .unwrap_or_default()
        .to_string();
    assert!(error.starts_with("Trop facile à deviner"), "{error}");
    assert!(error.contains("Une majuscule au début"), "{error}");
    assert!(!error.contains("Capitalization"), "{error}");
}

#[test]
fn an_unreachable_link_is_explained_in_french() {
    let mut app = french_at_confirm();
    to_check_email(&mut app);
    let error = ApiError::Network {
        host: "manager.cozycloud.cc".into(),
        detail: crate::api::error::Unreached::ConnectionRefused,
    };
    paste(&mut app, "https://manager.cozycloud.cc/cozy/activate/k1");
    let id = request_id(&key(&mut app, KeyCode::Enter));
    reply(&mut app, id, Reply::LinkFollowed(Err(error)));
    let message = problem_said(&app);
    assert!(
        message.contains("Vérifiez votre connexion réseau"),
        "{message}"
    );
    assert!(message.contains("la connexion a été refusée"), "{message}");
}

#[test]
fn a_lost_answer_says_why_in_french() {
    let mut app = french_at_confirm();
    let id = request_id(&key(&mut app, KeyCode::Enter));
    let lost = Failure::Api(ApiError::Timeout {
        host: "manager.cozycloud.cc".into(),
    });
    reply(&mut app, id, Reply::Created(Err(lost.clone())));
    let message = flow(&app).problem.as_ref().unwrap().message.clone();
    assert!(
        message.contains("(manager.cozycloud.cc n’a pas répondu à temps)"),
        "{message}"
    );
    assert_eq!(
        lost.said(Lang::En),
        lost.to_string(),
        "English as it always said it"
    );
}

#[test]
fn in_few_words_english_is_what_the_error_always_said() {
    let host = "manager.cozycloud.cc".to_string();
    for error in [
        ApiError::Network {
            host: host.clone(),
            detail: crate::api::error::Unreached::ConnectionRefused,
        },
        ApiError::Timeout { host: host.clone() },
        ApiError::Closed { host: host.clone() },
        ApiError::Untrusted {
            host,
            detail: "expired".into(),
        },
        ApiError::Server {
            status: 502,
            message: "Bad Gateway".into(),
        },
        ApiError::BadResponse("it was cut short".into()),
        ApiError::Refused {
            status: 400,
            message: "no".into(),
            field: None,
        },
    ] {
        assert_eq!(
            api_error_in_few_words(Lang::En, &error),
            error.to_string(),
            "{error:?}"
        );
        let french = api_error_in_few_words(Lang::Fr, &error);
        assert!(!french.contains("cozy-why"), "{french}");
    }
}

#[test]
fn a_date_sent_reads_without_english_names_in_french() {
    let sent = Sent::CozyPassphrase {
        fqdn: "alice.mycozy.cloud".into(),
        address: "https://alice.mycozy.cloud".into(),
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
    let leap = Sent::CozyPassphrase {
        fqdn: String::new(),
        address: String::new(),
        sent_at: 951_782_400,
    };
    assert_eq!(
        leap.when_in(Lang::Fr).as_deref(),
        Some("2000-02-29\u{a0}00:00\u{a0}UTC")
    );
    let never = Sent::CozyPassphrase {
        fqdn: String::new(),
        address: String::new(),
        sent_at: 0,
    };
    assert_eq!(never.when_in(Lang::Fr), None);
}

#[test]
fn the_work_in_flight_is_said_in_french() {
    use in_flight::Work as _;
    assert_eq!(Work::Creating.words(), "creating the Cozy");
    assert_eq!(Work::Creating.said(Lang::Fr), "création du Cozy");
    assert_eq!(
        Work::SettingPassphrase.said(Lang::Fr),
        "enregistrement de la phrase de passe"
    );
}

#[test]
fn a_link_that_cannot_be_followed_says_why_in_english_as_the_config_rule_does_and_in_french() {
    for link in [
        "http://cloudery.example.org/activate/x",
        "ftp://cloudery.example.org/activate/x",
    ] {
        let refusal = |lang| match activation::read(lang, link, None, "https://{fqdn}") {
            Err(why) => why,
            other => panic!("{link} was taken: {other:?}"),
        };
        let rule = crate::config::check_endpoint(link).unwrap_err();
        assert!(refusal(Lang::En).contains(&format!("({rule})")), "{link}");
        let french = refusal(Lang::Fr);
        assert!(
            french.starts_with("Ce lien ne peut pas être suivi"),
            "{french}"
        );
        assert!(!french.contains(&rule), "{french}");
    }
}

/// The plain mode's summary keeps a space after its longest label, which in French
/// ("Conditions") is as long as English's column.
#[test]
fn the_summary_asked_in_french_keeps_a_space_after_each_label() {
    let app = french_at_confirm();
    let context = flow(&app).ask().context;
    let terms = context
        .iter()
        .find(|line| line.trim_start().starts_with("Conditions"))
        .unwrap_or_else(|| panic!("{context:?}"));
    assert!(terms.trim_start().starts_with("Conditions "), "{terms:?}");
}
