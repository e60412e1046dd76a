//! Every Cleura screen in French, at 80x24 and 60x16: the words come from the French
//! catalogue, and nothing is cut that the English screens show whole.

use crate::common;

use common::regions::session;
use common::{key, reply, request_id, typed};

use std::time::Duration;

use cloudboard::api::ApiError;
use cloudboard::api::cleura::{Area, Domain, Project, Region};
use cloudboard::api::error::Refusal;
use cloudboard::app::App;
use cloudboard::app::cleura::{Reply, Session};
use cloudboard::config::CleuraApi;
use cloudboard::lang::Lang;
use cloudboard::store::secrets::Location;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const SIZES: [(u16, u16); 2] = [(80, 24), (60, 16)];

/// Draws `app` and keeps the screen as the snapshot `name` at its size.
fn snapshot(name: &str, app: &App) -> String {
    let (w, h) = app.size;
    let screen = common::render(app);
    insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen);
    screen
}

fn assert_says(screen: &str, words: &[&str]) {
    for said in words {
        assert!(screen.contains(said), "{said:?} missing:\n{screen}");
    }
}

/// The app in French, Cleura opened, the sign-in form in front (nothing kept).
fn at_sign_in(width: u16, height: u16) -> App {
    let mut app = common::app(width, height);
    app.config.lang = Some(Lang::Fr);
    let opened = key(&mut app, KeyCode::Char('2'));
    reply(&mut app, request_id(&opened), Reply::NothingSaved);
    app
}

fn at_code(width: u16, height: u16) -> App {
    let mut app = at_sign_in(width, height);
    typed(&mut app, "bob");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "bob-password");
    let id = request_id(&key(&mut app, KeyCode::Enter));
    reply(
        &mut app,
        id,
        Reply::CodeSent {
            verification: "v".into(),
        },
    );
    app
}

fn guide_domains() -> Vec<Domain> {
    let d = |id: &str, area: &str, tag: &str, region: &str, code: &str| Domain {
        id: id.into(),
        name: "CCP_Domain_43597".into(),
        status: "provisioned".into(),
        enabled: true,
        area: Area {
            id: "1".into(),
            name: area.into(),
            tag: tag.into(),
            regions: vec![Region {
                id: "1".into(),
                name: region.into(),
                tag: code.into(),
                status: Some("active".into()),
            }],
        },
    };
    vec![
        d(
            "79b0cef45b504586ad0bf057dc4cb8b8",
            "Sweden / Stockholm",
            "SE_STO2",
            "Stockholm / Sweden",
            "Sto2",
        ),
        d(
            "08db589d04f442e19c272f2cd1a02906",
            "Germany / Frankfurt",
            "DE",
            "Frankfurt / Germany",
            "Fra1",
        ),
        d(
            "a018123218f5428ba96d7fb212d90cf2",
            "Europe",
            "EU",
            "Karlskrona / Sweden",
            "Kna1",
        ),
    ]
}

fn signed_in(app: &mut App, session: Session, domains: Vec<Domain>) {
    let id = request_id(&typed(app, "123456"));
    reply(
        app,
        id,
        Reply::SignedIn {
            session,
            domains: Ok(domains),
            kept: Ok(Location::Keyring),
        },
    );
}

fn at_regions(width: u16, height: u16, domains: Vec<Domain>) -> App {
    let mut app = at_code(width, height);
    signed_in(&mut app, session("bob"), domains);
    app
}

fn project(name: &str, default: Option<bool>, enabled: bool) -> Project {
    Project {
        id: format!("{name}-0123456789abcdef"),
        name: name.into(),
        domain_id: "a018123218f5428ba96d7fb212d90cf2".into(),
        enabled,
        default,
        description: format!("{name} project"),
    }
}

fn projects_of_kna1(app: &mut App, projects: Vec<Project>) {
    let id = request_id(&key(app, KeyCode::Enter));
    reply(
        app,
        id,
        Reply::Projects {
            domain: "a018123218f5428ba96d7fb212d90cf2".into(),
            region: "Kna1".into(),
            projects: Ok(projects),
        },
    );
}

fn ctrl(app: &mut App, c: char) -> Vec<cloudboard::app::Effect> {
    cloudboard::app::update(
        app,
        cloudboard::app::Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
    )
}

#[test]
fn in_french_looking_for_a_kept_token() {
    for (w, h) in SIZES {
        let mut app = common::app(w, h);
        app.config.lang = Some(Lang::Fr);
        key(&mut app, KeyCode::Char('2'));
        let screen = snapshot("looking_for_a_kept_token", &app);
        assert_says(
            &screen,
            &["Recherche d’un jeton Cleura conservé…", "Esc annuler"],
        );
    }
}

#[test]
fn in_french_sign_in() {
    for (w, h) in SIZES {
        let app = at_sign_in(w, h);
        let screen = snapshot("sign_in", &app);
        assert_says(
            &screen,
            &[
                "Connexion à Cleura Cloud",
                "Identifiant",
                "[ Se connecter ]",
            ],
        );
    }
}

#[test]
fn in_french_sign_in_with_advanced_open() {
    for (w, h) in SIZES {
        let mut app = at_sign_in(w, h);
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Enter);
        key(&mut app, KeyCode::Tab);
        let screen = snapshot("sign_in_with_advanced_open", &app);
        assert_says(&screen, &["▾ Avancé", "Version de l’API"]);
    }
}

#[test]
fn in_french_sign_in_refused() {
    for (w, h) in SIZES {
        let mut app = at_sign_in(w, h);
        typed(&mut app, "alice");
        key(&mut app, KeyCode::Tab);
        typed(&mut app, "wrong");
        let id = request_id(&key(&mut app, KeyCode::Enter));
        reply(
            &mut app,
            id,
            Reply::SignInFailed(ApiError::Declined {
                status: 401,
                refusal: Refusal::WrongCredentials,
                said: Some("Invalid login or password".into()),
            }),
        );
        let screen = snapshot("sign_in_refused", &app);
        assert_says(&screen, &["Identifiant ou mot de passe incorrect."]);
    }
}

#[test]
fn in_french_sign_in_with_empty_fields() {
    for (w, h) in SIZES {
        let mut app = at_sign_in(w, h);
        key(&mut app, KeyCode::Enter);
        let screen = snapshot("sign_in_with_empty_fields", &app);
        assert_says(&screen, &["Saisissez votre identifiant Cleura."]);
    }
}

#[test]
fn in_french_code_sent() {
    for (w, h) in SIZES {
        let app = at_code(w, h);
        let screen = snapshot("code_sent", &app);
        assert_says(
            &screen,
            &[
                "Code à 6 chiffres envoyé par SMS au téléphone de bob.",
                "Un nouveau code pourra être envoyé dans 30\u{202f}s.",
            ],
        );
    }
}

#[test]
fn in_french_code_half_typed_after_a_wrong_one() {
    for (w, h) in SIZES {
        let mut app = at_code(w, h);
        let id = request_id(&typed(&mut app, "111111"));
        reply(
            &mut app,
            id,
            Reply::CodeRefused(ApiError::Declined {
                status: 400,
                refusal: Refusal::CodeWrong {
                    tries_left: Some(2),
                },
                said: Some("Invalid code".into()),
            }),
        );
        assert_says(&common::render(&app), &["Invalid code. 2 essais restants."]);
        typed(&mut app, "123");
        app.now += Duration::from_secs(31);
        let screen = snapshot("code_half_typed_after_a_wrong_one", &app);
        assert_says(&screen, &["Ctrl-N envoie un nouveau code."]);
    }
}

#[test]
fn in_french_a_code_sent_before_it_is_complete_says_how_many_digits() {
    let mut app = at_code(80, 24);
    typed(&mut app, "1");
    key(&mut app, KeyCode::Enter);
    let screen = common::render(&app);
    assert_says(&screen, &["Le code a 6 chiffres\u{202f}; 1 saisi."]);
}

fn spent(app: &mut App) {
    let id = request_id(&typed(app, "111111"));
    reply(
        app,
        id,
        Reply::CodeRefused(ApiError::Declined {
            status: 400,
            refusal: Refusal::VerificationSpent,
            said: Some("This verification is spent: too many wrong codes".into()),
        }),
    );
}

#[test]
fn in_french_sign_in_again_once_the_verification_ended() {
    for (w, h) in SIZES {
        let mut app = at_code(w, h);
        spent(&mut app);
        let screen = snapshot("sign_in_again_once_the_verification_ended", &app);
        assert_says(
            &screen,
            &["La vérification a pris fin", "oui, se reconnecter"],
        );
    }
}

#[test]
fn in_french_code_after_the_verification_started_over() {
    for (w, h) in SIZES {
        let mut app = at_code(w, h);
        spent(&mut app);
        let out = key(&mut app, KeyCode::Char('y'));
        reply(
            &mut app,
            request_id(&out),
            Reply::CodeSent {
                verification: "v2".into(),
            },
        );
        let screen = snapshot("code_after_the_verification_started_over", &app);
        assert_says(&screen, &["Nouvelle connexion"]);
    }
}

#[test]
fn in_french_second_factor_not_sms() {
    for (w, h) in SIZES {
        let mut app = at_sign_in(w, h);
        typed(&mut app, "carol");
        key(&mut app, KeyCode::Tab);
        typed(&mut app, "carol-password");
        let id = request_id(&key(&mut app, KeyCode::Enter));
        reply(
            &mut app,
            id,
            Reply::SignInFailed(ApiError::Declined {
                status: 200,
                refusal: Refusal::SecondFactorUnusable {
                    methods: vec!["webauthn".into()],
                },
                said: None,
            }),
        );
        let screen = snapshot("second_factor_not_sms", &app);
        assert_says(&screen, &["L’API REST demande le SMS", "(webauthn)"]);
    }
}

#[test]
fn in_french_regions() {
    for (w, h) in SIZES {
        let app = at_regions(w, h, guide_domains());
        let screen = snapshot("regions", &app);
        assert_says(
            &screen,
            &[
                "Régions de bob",
                "Zone ▲",
                "3 sur 3 régions",
                "Karlskrona / Sweden",
            ],
        );
    }
}

#[test]
fn in_french_regions_filtered() {
    for (w, h) in SIZES {
        let mut app = at_regions(w, h, guide_domains());
        key(&mut app, KeyCode::Char('/'));
        typed(&mut app, "swe");
        let screen = snapshot("regions_filtered", &app);
        assert_says(&screen, &["Filtre\u{a0}: swe"]);
    }
}

#[test]
fn in_french_no_region_matches_and_none_listed() {
    for (w, h) in SIZES {
        let mut app = at_regions(w, h, guide_domains());
        key(&mut app, KeyCode::Char('/'));
        typed(&mut app, "atlantis");
        let screen = snapshot("no_region_matches", &app);
        assert_says(
            &screen,
            &["Aucune région ne correspond au filtre.", "0 sur 3"],
        );
        let app = at_regions(w, h, Vec::new());
        let screen = snapshot("no_region_listed", &app);
        assert_says(&screen, &["Aucune région n’est indiquée pour ce compte."]);
    }
}

#[test]
fn in_french_sorted_reversed_and_grouped() {
    for (w, h) in SIZES {
        let mut app = at_regions(w, h, guide_domains());
        key(&mut app, KeyCode::Char('2'));
        key(&mut app, KeyCode::Char('2'));
        key(&mut app, KeyCode::Char('g'));
        snapshot("sorted_reversed_and_grouped", &app);
    }
    let mut app = at_regions(160, 48, guide_domains());
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Char('g'));
    let screen = common::render(&app);
    assert_says(&screen, &["tri par Région, inversé, groupé par zone"]);
}

#[test]
fn in_french_a_long_list_says_what_the_page_cuts() {
    for (w, h) in SIZES {
        let mut app = at_regions(w, h, common::regions::domains(40));
        key(&mut app, KeyCode::PageDown);
        let screen = snapshot("a_long_list_in_the_middle", &app);
        assert_says(
            &screen,
            &["d’autres plus haut et plus bas", "sur 40 régions"],
        );
    }
}

#[test]
fn in_french_projects() {
    for (w, h) in SIZES {
        let mut app = at_regions(w, h, guide_domains());
        projects_of_kna1(
            &mut app,
            vec![
                project("default", Some(true), true),
                project("staging", Some(false), false),
            ],
        );
        let screen = snapshot("projects", &app);
        assert_says(
            &screen,
            &["Projets · Europe (Kna1)", "(par défaut, activé)"],
        );
    }
}

#[test]
fn in_french_projects_v2() {
    for (w, h) in SIZES {
        let mut app = at_code(w, h);
        let session = Session {
            api: CleuraApi::V2,
            ..session("bob")
        };
        signed_in(&mut app, session, guide_domains());
        projects_of_kna1(&mut app, vec![project("bob-kna1-production", None, true)]);
        let screen = snapshot("projects_v2", &app);
        assert_says(&screen, &["Projets de bob dans Europe (Kna1)"]);
    }
}

#[test]
fn in_french_no_project() {
    for (w, h) in SIZES {
        let mut app = at_regions(w, h, guide_domains());
        projects_of_kna1(&mut app, Vec::new());
        let screen = snapshot("no_project", &app);
        assert_says(&screen, &["Aucun projet dans ce domaine."]);
    }
}

#[test]
fn in_french_many_projects_scroll() {
    for (w, h) in SIZES {
        let mut app = at_regions(w, h, guide_domains());
        let names: Vec<String> = (1..=12).map(|i| format!("project-{i:02}")).collect();
        projects_of_kna1(
            &mut app,
            names.iter().map(|n| project(n, None, true)).collect(),
        );
        for _ in 0..8 {
            key(&mut app, KeyCode::Down);
        }
        let screen = snapshot("many_projects_scroll", &app);
        assert_says(&screen, &["au-dessus", "› project-09"]);
    }
}

#[test]
fn in_french_sign_out_asked() {
    for (w, h) in SIZES {
        let mut app = at_regions(w, h, guide_domains());
        key(&mut app, KeyCode::Char('x'));
        let screen = snapshot("sign_out_asked", &app);
        assert_says(
            &screen,
            &["Déconnecter bob de Cleura\u{202f}? y oui · n/Esc non"],
        );
    }
}

#[test]
fn in_french_signed_out() {
    for (w, h) in SIZES {
        let mut app = at_regions(w, h, guide_domains());
        key(&mut app, KeyCode::Char('x'));
        let id = request_id(&key(&mut app, KeyCode::Char('y')));
        reply(
            &mut app,
            id,
            Reply::SignedOut {
                remote: Ok(()),
                local: Ok(()),
            },
        );
        let screen = snapshot("signed_out", &app);
        assert_says(&screen, &["Déconnexion de Cleura", "retour au menu"]);
    }
}

#[test]
fn in_french_the_keys_of_the_regions() {
    for (w, h) in SIZES {
        let mut app = at_regions(w, h, guide_domains());
        key(&mut app, KeyCode::Char('?'));
        let screen = snapshot("help_on_the_regions", &app);
        assert_says(&screen, &["Touches · Cleura › bob › Régions"]);
    }
}

#[test]
fn in_french_a_copied_tag_says_so() {
    let mut app = at_regions(80, 24, guide_domains());
    key(&mut app, KeyCode::Char('c'));
    let screen = snapshot("tag_copied", &app);
    assert_says(&screen, &["Kna1 envoyé au presse-papiers du terminal."]);
}

#[test]
fn in_french_signed_in_with_a_kept_token() {
    for (w, h) in SIZES {
        let mut app = common::app(w, h);
        app.config.lang = Some(Lang::Fr);
        let opened = key(&mut app, KeyCode::Char('2'));
        reply(
            &mut app,
            request_id(&opened),
            Reply::Resumed {
                session: session("bob"),
                domains: guide_domains(),
                kept: Location::Keyring,
            },
        );
        let screen = snapshot("signed_in_with_a_kept_token", &app);
        assert_says(&screen, &["Connexion rétablie avec le jeton conservé"]);
    }
}

#[test]
fn in_french_a_kept_token_that_no_longer_works() {
    for (w, h) in SIZES {
        let mut app = common::app(w, h);
        app.config.lang = Some(Lang::Fr);
        let opened = key(&mut app, KeyCode::Char('2'));
        reply(
            &mut app,
            request_id(&opened),
            Reply::ResumeFailed {
                login: "bob".into(),
                error: ApiError::Declined {
                    status: 401,
                    refusal: Refusal::SessionEnded,
                    said: Some("Token expired".into()),
                },
            },
        );
        let screen = snapshot("a_kept_token_that_no_longer_works", &app);
        // At 60x16 the form takes the room, in English too.
        if w == 80 {
            assert_says(&screen, &["Votre jeton conservé ne fonctionne plus"]);
        }
    }
}

/// In the sandbox: the form says its logins, and Ctrl-T takes the code from its outbox.
fn at_sandbox_sign_in(width: u16, height: u16) -> App {
    let mut app = common::app(width, height);
    app.config.lang = Some(Lang::Fr);
    common::start_at_sandbox(&mut app, "http://127.0.0.1:9");
    let opened = key(&mut app, KeyCode::Char('2'));
    reply(&mut app, request_id(&opened), Reply::NothingSaved);
    app
}

#[test]
fn in_french_the_sandbox_sign_in() {
    for (w, h) in SIZES {
        let app = at_sandbox_sign_in(w, h);
        let screen = snapshot("sandbox_sign_in", &app);
        // At 60x16 the form takes the room, in English too.
        if w == 80 {
            assert_says(&screen, &["Identifiants du bac à sable"]);
        }
    }
}

#[test]
fn in_french_the_code_from_an_empty_outbox() {
    for (w, h) in SIZES {
        let mut app = at_sandbox_sign_in(w, h);
        typed(&mut app, "bob");
        key(&mut app, KeyCode::Tab);
        typed(&mut app, "bob-password");
        let id = request_id(&key(&mut app, KeyCode::Enter));
        reply(
            &mut app,
            id,
            Reply::CodeSent {
                verification: "v".into(),
            },
        );
        ctrl(&mut app, 't');
        let screen = snapshot("sandbox_code_from_an_empty_outbox", &app);
        assert_says(&screen, &["La boîte d’envoi n’a encore aucun code."]);
    }
}

/// What failed, said in French on the flow's screens: the regions the network kept from
/// being listed (cloudboard's words for the failure, and its advice), and a code screen's
/// failure with no words of Cleura's (its status, in French).
#[test]
fn in_french_what_failed_is_said_in_french() {
    for (w, h) in SIZES {
        let mut app = at_code(w, h);
        let id = request_id(&typed(&mut app, "123456"));
        reply(
            &mut app,
            id,
            Reply::SignedIn {
                session: session("bob"),
                domains: Err(ApiError::Network {
                    host: "rest.cleura.cloud".into(),
                    detail: cloudboard::api::error::Unreached::ConnectionRefused,
                }),
                kept: Ok(Location::Keyring),
            },
        );
        let screen = snapshot("regions_not_listed", &app);
        assert_says(&screen, &["Jeton conservé dans le trousseau"]);
        // The line gives way at its end, in English too.
        if w == 80 {
            assert_says(&screen, &["impossible de joindre rest.cleura.cloud"]);
        }

        let mut app = at_code(w, h);
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
        let screen = snapshot("sign_in_again_with_no_words_of_cleuras", &app);
        assert_says(&screen, &["la requête a été refusée comme mal formée"]);
    }
}

/// `cleura logout` when Cleura no longer takes the kept token: the token is forgotten and
/// the command says so in the run's language, without the sign-in form's advice to sign in
/// again (no advice here: there is nothing left to sign out of).
#[test]
fn cleura_logout_of_a_token_cleura_no_longer_takes_says_so_in_the_runs_language() {
    use common::cli::{exit_code, run, stderr};
    use common::home::Home;
    use common::sandbox::SandboxProcess;

    let sandbox = SandboxProcess::start();
    let home = Home::new("fr-cleura-logout-ended");
    let login = ["cleura", "login", "--login", "alice", "--password-stdin"];
    for (env, says, never) in [
        (
            ("LANG", "fr_FR.UTF-8"),
            [
                "Votre jeton conservé ne fonctionne plus (",
                "). Il a été oublié sur cette machine\u{202f};",
            ],
            "connectez-vous",
        ),
        (
            ("LANG", "C.UTF-8"),
            [
                "Your kept token no longer works (",
                "). It was forgotten on this machine;",
            ],
            "sign in again",
        ),
    ] {
        let out = run(&home, &sandbox, &login, "alice-password\n", &[env]);
        assert_eq!(exit_code(&out), 0, "{out:?}");
        // A token of the right shape that Cleura never issued.
        let file = home.secret_file("cleura-sandbox");
        let mut kept: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        kept["token"] = "0123456789abcdefghijklmnopqrstuv".into();
        std::fs::write(&file, kept.to_string()).unwrap();

        let out = run(&home, &sandbox, &["cleura", "logout"], "", &[env]);
        assert_eq!(exit_code(&out), 0, "{out:?}");
        let told = stderr(&out);
        for said in says {
            assert!(told.contains(said), "{said:?} in {told}");
        }
        assert!(!told.contains(never), "{told}");
        // What it says is true: the forgetting ended before the command did.
        assert!(!file.exists(), "{} is still there", file.display());
    }
}
