//! Every Cleura screen in French, at 80x24 and 60x16: the words come from the French
//! catalogue, and nothing is cut that the English screens show whole. Each screen is set up
//! as the English one is (`cleura_screens`), the app speaking French from the start.

use crate::cleura_screens::{
    at_bobs_regions, at_code, at_projects_refused, at_projects_v2, at_second_factor_not_sms,
    at_sign_in_refused, guide_domains, project, projects_of_kna1, reads_in_box, sign_out,
    signed_in, spent, started_over, to_code, twelve_projects, wrong_code,
};
use crate::common;

use common::regions::{at_sandbox_sign_in, at_sign_in, open, session};
use common::{key, reply, request_id, typed};

use std::time::Duration;

use cloudboard::api::ApiError;
use cloudboard::api::error::Refusal;
use cloudboard::app::App;
use cloudboard::app::cleura::Reply;
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

/// The apps this test's thread makes from now on speak French.
fn french() {
    common::speak(Some(Lang::Fr));
}

fn ctrl(app: &mut App, c: char) -> Vec<cloudboard::app::Effect> {
    cloudboard::app::update(
        app,
        cloudboard::app::Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
    )
}

#[test]
fn in_french_looking_for_a_kept_token() {
    french();
    for (w, h) in SIZES {
        let mut app = common::app(w, h);
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
    french();
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
    french();
    for (w, h) in SIZES {
        let mut app = at_sign_in(w, h);
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Enter);
        key(&mut app, KeyCode::Tab);
        let screen = snapshot("sign_in_with_advanced_open", &app);
        assert_says(&screen, &["▾ Avancé", "Version de l’API", "Se connecter ]"]);
    }
}

#[test]
fn in_french_sign_in_refused() {
    french();
    for (w, h) in SIZES {
        let screen = snapshot("sign_in_refused", &at_sign_in_refused(w, h));
        assert_says(
            &screen,
            &[
                "✗ Identifiant ou mot de passe incorrect.",
                "✗ Cleura a refusé la connexion\u{a0}: Invalid login or password.",
            ],
        );
    }
}

#[test]
fn in_french_sign_in_with_empty_fields() {
    french();
    for (w, h) in SIZES {
        let mut app = at_sign_in(w, h);
        key(&mut app, KeyCode::Enter);
        let screen = snapshot("sign_in_with_empty_fields", &app);
        assert_says(&screen, &["Saisissez votre identifiant Cleura."]);
    }
}

#[test]
fn in_french_code_sent() {
    french();
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
    french();
    for (w, h) in SIZES {
        let mut app = at_code(w, h);
        wrong_code(&mut app);
        assert_says(&common::render(&app), &["Invalid code. 2 essais restants."]);
        typed(&mut app, "123");
        app.now += Duration::from_secs(31);
        let screen = snapshot("code_half_typed_after_a_wrong_one", &app);
        assert_says(&screen, &["Ctrl-N envoie un nouveau code."]);
    }
}

#[test]
fn in_french_a_code_sent_before_it_is_complete_says_how_many_digits() {
    french();
    let mut app = at_code(80, 24);
    typed(&mut app, "1");
    key(&mut app, KeyCode::Enter);
    let screen = common::render(&app);
    assert_says(&screen, &["Le code a 6 chiffres\u{202f}; 1 saisi."]);
}

#[test]
fn in_french_sign_in_again_once_the_verification_ended() {
    french();
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
    french();
    for (w, h) in SIZES {
        let mut app = at_code(w, h);
        spent(&mut app);
        started_over(&mut app);
        let screen = snapshot("code_after_the_verification_started_over", &app);
        assert_says(&screen, &["Nouvelle connexion"]);
    }
}

#[test]
fn in_french_second_factor_not_sms() {
    french();
    for (w, h) in SIZES {
        let screen = snapshot("second_factor_not_sms", &at_second_factor_not_sms(w, h));
        assert_says(&screen, &["L’API REST demande le SMS", "(webauthn)"]);
        // Why and what to do are read whole at every size: the second factors Cleura
        // named, which the problem already says, give way first.
        for whole in [
            "un code envoyé par SMS.",
            "puis reconnectez-vous ici.",
            "Esc\u{a0}: retour à la connexion",
        ] {
            assert!(
                common::reads(&screen, whole),
                "{w}x{h}: {whole:?}\n{screen}"
            );
        }
        let named = screen.contains("Seconds facteurs que Cleura indique");
        assert_eq!(named, (w, h) == (80, 24), "{w}x{h}:\n{screen}");
    }
}

#[test]
fn in_french_regions() {
    french();
    for (w, h) in SIZES {
        let app = at_bobs_regions(w, h, guide_domains());
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
    french();
    for (w, h) in SIZES {
        let mut app = at_bobs_regions(w, h, guide_domains());
        key(&mut app, KeyCode::Char('/'));
        typed(&mut app, "swe");
        let screen = snapshot("regions_filtered", &app);
        assert_says(&screen, &["Filtre\u{a0}: swe"]);
    }
}

#[test]
fn in_french_no_region_matches_and_none_listed() {
    french();
    for (w, h) in SIZES {
        let mut app = at_bobs_regions(w, h, guide_domains());
        key(&mut app, KeyCode::Char('/'));
        typed(&mut app, "atlantis");
        let screen = snapshot("no_region_matches", &app);
        assert_says(
            &screen,
            &["Aucune région ne correspond au filtre.", "0 sur 3"],
        );
        let app = at_bobs_regions(w, h, Vec::new());
        let screen = snapshot("no_region_listed", &app);
        assert_says(&screen, &["Aucune région n’est indiquée pour ce compte."]);
    }
}

#[test]
fn in_french_sorted_reversed_and_grouped() {
    french();
    let sorted_reversed_and_grouped = |w, h| {
        let mut app = at_bobs_regions(w, h, guide_domains());
        key(&mut app, KeyCode::Char('2'));
        key(&mut app, KeyCode::Char('2'));
        key(&mut app, KeyCode::Char('g'));
        app
    };
    for (w, h) in SIZES {
        snapshot(
            "sorted_reversed_and_grouped",
            &sorted_reversed_and_grouped(w, h),
        );
    }
    let screen = common::render(&sorted_reversed_and_grouped(160, 48));
    assert_says(&screen, &["tri par Région, inversé, groupé par zone"]);
}

#[test]
fn in_french_a_long_list_says_what_the_page_cuts() {
    french();
    for (w, h) in SIZES {
        let mut app = at_bobs_regions(w, h, common::regions::domains(40));
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
    french();
    for (w, h) in SIZES {
        let mut app = at_bobs_regions(w, h, guide_domains());
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
fn in_french_projects_refused_for_want_of_access() {
    french();
    for (w, h) in SIZES {
        let screen = snapshot("projects_refused", &at_projects_refused(w, h));
        for whole in [
            "Cleura ne laisse pas bob lister les projets d’Europe (Kna1)",
            "demandez à un administrateur du compte Cleura de donner à bob l’accès à ces projets.",
        ] {
            assert!(reads_in_box(&screen, whole), "{w}x{h}: {whole:?}\n{screen}");
        }
    }
}

#[test]
fn in_french_projects_v2() {
    french();
    for (w, h) in SIZES {
        let screen = snapshot("projects_v2", &at_projects_v2(w, h));
        assert_says(&screen, &["Projets de bob dans Europe (Kna1)"]);
    }
}

#[test]
fn in_french_no_project() {
    french();
    for (w, h) in SIZES {
        let mut app = at_bobs_regions(w, h, guide_domains());
        projects_of_kna1(&mut app, Vec::new());
        let screen = snapshot("no_project", &app);
        assert_says(&screen, &["Aucun projet dans ce domaine."]);
    }
}

#[test]
fn in_french_many_projects_scroll() {
    french();
    for (w, h) in SIZES {
        let mut app = at_bobs_regions(w, h, guide_domains());
        projects_of_kna1(&mut app, twelve_projects());
        for _ in 0..8 {
            key(&mut app, KeyCode::Down);
        }
        let screen = snapshot("many_projects_scroll", &app);
        assert_says(&screen, &["au-dessus", "› project-09"]);
    }
}

#[test]
fn in_french_sign_out_asked() {
    french();
    for (w, h) in SIZES {
        let mut app = at_bobs_regions(w, h, guide_domains());
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
    french();
    for (w, h) in SIZES {
        let mut app = at_bobs_regions(w, h, guide_domains());
        sign_out(&mut app);
        let screen = snapshot("signed_out", &app);
        assert_says(&screen, &["Déconnexion de Cleura", "retour au menu"]);
    }
}

#[test]
fn in_french_the_keys_of_the_regions() {
    french();
    for (w, h) in SIZES {
        let mut app = at_bobs_regions(w, h, guide_domains());
        key(&mut app, KeyCode::Char('?'));
        let screen = snapshot("help_on_the_regions", &app);
        assert_says(&screen, &["Touches · Cleura › bob › Régions"]);
    }
}

#[test]
fn in_french_a_copied_tag_says_so() {
    french();
    let mut app = at_bobs_regions(80, 24, guide_domains());
    key(&mut app, KeyCode::Char('c'));
    let screen = snapshot("tag_copied", &app);
    assert_says(&screen, &["Kna1 envoyé au presse-papiers du terminal."]);
}

#[test]
fn in_french_signed_in_with_a_kept_token() {
    french();
    for (w, h) in SIZES {
        let mut app = common::app(w, h);
        open(
            &mut app,
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
    french();
    for (w, h) in SIZES {
        let mut app = common::app(w, h);
        open(
            &mut app,
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
#[test]
fn in_french_the_sandbox_sign_in() {
    french();
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
    french();
    for (w, h) in SIZES {
        let mut app = at_sandbox_sign_in(w, h);
        to_code(&mut app);
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
    french();
    for (w, h) in SIZES {
        let mut app = at_code(w, h);
        let unreached = ApiError::Network {
            host: "rest.cleura.cloud".into(),
            detail: cloudboard::api::error::Unreached::ConnectionRefused,
        };
        signed_in(&mut app, session("bob"), Err(unreached));
        let screen = snapshot("regions_not_listed", &app);
        assert_says(&screen, &["Jeton conservé dans le trousseau"]);
        // Wrapped whole, down to its advice.
        assert_says(
            &screen,
            &["impossible de", "la connexion a été refusée", "réessayez"],
        );

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
    use common::cli::{exit_code, run_with, stderr};
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
        let out = run_with(&home, &sandbox, &login, "alice-password\n", &[env]);
        assert_eq!(exit_code(&out), 0, "{out:?}");
        // A token of the right shape that Cleura never issued.
        let file = home.secret_file("cleura-sandbox");
        let mut kept: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        kept["token"] = "0123456789abcdefghijklmnopqrstuv".into();
        std::fs::write(&file, kept.to_string()).unwrap();

        let out = run_with(&home, &sandbox, &["cleura", "logout"], "", &[env]);
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
