//! The home in French, at 80x24 and 60x16: the menu as it starts, with what each flow left
//! behind (a Cozy being created, waiting for activation, on a sandbox that is gone, requests
//! never seen answered, a token or session kept), the forget notice, the help overlay and
//! the sandbox's outbox.

use crate::common;
use crate::home_screens::{creation, loaded, signed_in};

use cloudboard::app::{App, OutboxMessage};
use cloudboard::lang::Lang;
use cloudboard::store::resume::{CozyActive, State};
use cloudboard::store::sent::Sent;
use ratatui::crossterm::event::KeyCode;

const SIZES: [(u16, u16); 2] = [(80, 24), (60, 16)];

fn french(width: u16, height: u16) -> App {
    common::speaking(Lang::Fr, || common::app(width, height))
}

const CLOUDERY: &str = "https://manager.cozycloud.cc/api";
const GONE: &str = "http://127.0.0.1:4000/cozy/api";

/// jeanne's, at Cleura and CloudSigma: a token and a session kept (the desktop keyring, a
/// file).
fn jeannes(state: State) -> State {
    let file = "~/.local/share/cloudboard/secrets/cloudsigma.secret";
    signed_in(state, "jeanne", "jeanne@example.org", file)
}

/// Every snapshot of `name` at both sizes, the screen checked by `check` first.
fn at_both_sizes(name: &str, make: impl Fn(u16, u16) -> App, check: impl Fn(&str)) {
    for (width, height) in SIZES {
        let app = make(width, height);
        let screen = common::render(&app);
        check(&screen);
        insta::assert_snapshot!(format!("{name}_{width}x{height}"), screen);
    }
}

#[test]
fn in_french_the_home_as_it_starts() {
    at_both_sizes(
        "home_empty",
        |w, h| {
            let mut app = french(w, h);
            loaded(&mut app, State::default());
            app
        },
        |screen| {
            for said in [
                "Créer un Cozy",
                "Non connecté",
                "Compte CloudSigma",
                "choisir",
            ] {
                assert!(screen.contains(said), "{said:?} missing:\n{screen}");
            }
            assert!(!screen.contains("Create a Cozy"), "{screen}");
        },
    );
}

#[test]
fn in_french_a_creation_being_made_and_what_is_kept() {
    at_both_sizes(
        "home_creating",
        |w, h| {
            let mut app = french(w, h);
            loaded(
                &mut app,
                jeannes(State {
                    cozy: Some(creation("jeanne", CLOUDERY, false)),
                    ..State::default()
                }),
            );
            app
        },
        |screen| {
            for said in [
                "Reprendre la création de jeanne.mycozy.cloud",
                "jeanne.mycozy.cloud est en cours de création",
            ] {
                assert!(screen.contains(said), "{said:?} missing:\n{screen}");
            }
        },
    );
}

#[test]
fn in_french_a_creation_waiting_for_activation_and_requests_never_answered() {
    at_both_sizes(
        "home_waiting",
        |w, h| {
            let mut app = french(w, h);
            loaded(
                &mut app,
                State {
                    cozy: Some(creation("jeanne", CLOUDERY, true)),
                    unanswered: vec![Sent::CloudSigmaCreate {
                        api: "https://zrh.cloudsigma.com/api/2.0/".into(),
                        email: "jeanne@example.org".into(),
                        sent_at: 1_765_100_000,
                    }],
                    ..State::default()
                },
            );
            app
        },
        |screen| {
            assert!(
                screen.contains("Terminer l’activation de jeanne.mycozy.cloud"),
                "{screen}"
            );
        },
    );
}

#[test]
fn in_french_a_cozy_active_and_sign_ins_an_earlier_version_made() {
    at_both_sizes(
        "home_active",
        |w, h| {
            let mut app = french(w, h);
            loaded(
                &mut app,
                State {
                    cozy_active: Some(CozyActive {
                        fqdn: "jeanne.mycozy.cloud".into(),
                        api: CLOUDERY.into(),
                    }),
                    cleura_login: Some("jeanne".into()),
                    cloudsigma_location: Some("ZRH".into()),
                    ..State::default()
                },
            );
            app
        },
        |screen| {
            assert!(screen.contains("jeanne.mycozy.cloud est actif"), "{screen}");
            assert!(screen.contains("Un jeton est peut-être gardé"), "{screen}");
        },
    );
}

#[test]
fn in_french_a_creation_left_on_a_sandbox_that_is_gone_and_forgotten() {
    let gone = |w, h| {
        let mut app = french(w, h);
        loaded(
            &mut app,
            State {
                cozy: Some(creation("jeanne", GONE, false)),
                unanswered: vec![Sent::CozyPassphrase {
                    fqdn: "lea.mycozy.cloud".into(),
                    address: "https://lea.mycozy.cloud/".into(),
                    sent_at: 1_765_100_000,
                }],
                ..State::default()
            },
        );
        // The creation's entry, after the unanswered request's.
        common::key(&mut app, KeyCode::Down);
        app
    };
    at_both_sizes("home_gone", gone, |screen| {
        for said in [
            "Oublier jeanne.mycozy.cloud\u{a0}: bac à sable disparu",
            "lea.mycozy.cloud est-il actif\u{202F}?",
        ] {
            assert!(screen.contains(said), "{said:?} missing:\n{screen}");
        }
        // The key bar has room for Del at 80 columns, as in English.
        let wide = screen
            .lines()
            .next()
            .is_some_and(|row| row.chars().count() > 70);
        assert!(!wide || screen.contains("Del l’oublier"), "{screen}");
    });
    at_both_sizes(
        "home_forgotten",
        |w, h| {
            let mut app = gone(w, h);
            common::key(&mut app, KeyCode::Delete);
            app
        },
        |screen| {
            assert!(
                screen.contains("Création de jeanne.mycozy.cloud oubliée."),
                "{screen}"
            );
        },
    );
}

#[test]
fn in_french_the_help_overlay_of_the_home() {
    at_both_sizes(
        "help",
        |w, h| {
            let mut app = french(w, h);
            loaded(&mut app, jeannes(State::default()));
            common::key(&mut app, KeyCode::Char('?'));
            app
        },
        |screen| {
            for said in ["Touches", "Enter 1-3 ", "première/dernière entrée"] {
                assert!(screen.contains(said), "{said:?} missing:\n{screen}");
            }
        },
    );
}

fn sandbox_french(width: u16, height: u16) -> App {
    let mut app = french(width, height);
    common::start_at_sandbox(&mut app, "http://127.0.0.1:4000");
    loaded(&mut app, State::default());
    app
}

#[test]
fn in_french_the_outbox_empty_and_with_messages() {
    at_both_sizes(
        "outbox_empty",
        |w, h| {
            let mut app = sandbox_french(w, h);
            common::key(&mut app, KeyCode::F(2));
            app
        },
        |screen| {
            assert!(screen.contains("Rien d’envoyé pour l’instant."), "{screen}");
        },
    );
    let with_messages = |w, h| {
        let mut app = sandbox_french(w, h);
        app.outbox.receive(vec![
            OutboxMessage {
                id: 1,
                kind: "email".into(),
                to: "jeanne@example.org".into(),
                subject: "Activate your Cozy".into(),
                body: String::new(),
                link: Some("http://127.0.0.1:4000/cozy/activate/3dfb649c".into()),
                code: None,
                at: String::new(),
            },
            OutboxMessage {
                id: 2,
                kind: "sms".into(),
                to: "+46700000000".into(),
                subject: "Your Cleura code".into(),
                body: String::new(),
                link: None,
                code: Some("123456".into()),
                at: String::new(),
            },
        ]);
        app
    };
    at_both_sizes("outbox_hidden", with_messages, |screen| {
        assert!(screen.contains("Bac à sable\u{a0}:"), "{screen}");
        assert!(
            screen.contains("bac à sable http://127.0.0.1:4000"),
            "{screen}"
        );
    });
    at_both_sizes(
        "outbox",
        |w, h| {
            let mut app = with_messages(w, h);
            common::key(&mut app, KeyCode::F(2));
            app
        },
        |screen| {
            for said in [
                "SMS au +46700000000",
                "E-mail à jeanne@example.org",
                "code 123456",
            ] {
                assert!(screen.contains(said), "{said:?} missing:\n{screen}");
            }
        },
    );
}

#[test]
fn in_french_the_help_overlay_with_the_sandbox_keeps_its_last_line() {
    at_both_sizes(
        "help_sandbox",
        |w, h| {
            let mut app = sandbox_french(w, h);
            common::key(&mut app, KeyCode::Char('?'));
            app
        },
        |screen| {
            for said in [
                "F2         afficher/masquer la boîte d’envoi",
                "Appuyez sur une touche pour fermer.",
            ] {
                assert!(screen.contains(said), "{said:?} missing:\n{screen}");
            }
        },
    );
}
