//! cloudboard in French: the words the catalogues already hold, drawn at 80x24, and the
//! language reaching the Cloudery (the sandbox's) as the new Cozy's locale.

use crate::common;
use crate::common::cli::{exit_code, run, run_with, stdout_json};
use crate::common::home::Home;
use crate::common::sandbox::{SandboxProcess, client};
use crate::cozy_screens::creation_sent_in_the_sandbox;

use cloudboard::app::{App, Msg, update};
use cloudboard::lang::Lang;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn french(width: u16, height: u16) -> App {
    common::speaking(Lang::Fr, || common::app(width, height))
}

fn ctrl_c(app: &mut App) {
    update(
        app,
        Msg::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
    );
}

#[test]
fn in_french_the_quit_question_and_the_key_bar_at_80x24() {
    let (mut app, _) = common::speaking(Lang::Fr, || creation_sent_in_the_sandbox(80, 24));
    ctrl_c(&mut app);
    assert!(app.confirm_quit, "asked before quitting");
    let screen = common::render(&app);
    for said in [
        "Quitter cloudboard\u{202F}?",
        "quitter · toute autre touche pour rester",
        "Ctrl-C quitter",
        "aide",
    ] {
        assert!(screen.contains(said), "{said:?} missing:\n{screen}");
    }
    insta::assert_snapshot!(screen);
}

#[test]
fn in_french_the_help_overlay_on_home() {
    let mut app = french(80, 24);
    common::key(&mut app, KeyCode::Char('?'));
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn in_french_the_too_small_notice() {
    let app = french(50, 12);
    let screen = common::render(&app);
    assert!(screen.contains("Terminal trop petit"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn cloudboard_lang_fr_creates_the_cozy_in_french() {
    let sandbox = SandboxProcess::quick();
    let home = Home::new("lang-fr");
    let create = |lang: &str, slug: &str| {
        run_with(
            &home,
            &sandbox,
            &[
                "--lang",
                lang,
                "cozy",
                "create",
                "--email",
                "lea@example.org",
                "--slug",
                slug,
                "--accept-terms",
                "--json",
            ],
            "",
            &[("LANG", "en_US.UTF-8")],
        )
    };
    let page_lang = |fqdn: &str| {
        let url = format!("{}/cozy/instances/{fqdn}/", sandbox.url);
        common::block_on(async {
            client()
                .get(url)
                .send()
                .await
                .expect("the instance answers")
                .text()
                .await
                .expect("its page")
        })
    };
    for (lang, slug, page) in [
        ("fr", "lea", "<html lang=\"fr\">"),
        ("en", "leo", "<html lang=\"en\">"),
    ] {
        let out = create(lang, slug);
        assert_eq!(exit_code(&out), 0, "{out:?}");
        let fqdn = stdout_json(&out)["fqdn"].as_str().unwrap().to_string();
        let said = page_lang(&fqdn);
        assert!(said.contains(page), "--lang {lang}: {said}");
    }
    // With no flag, the environment's language.
    let out = run_with(
        &home,
        &sandbox,
        &[
            "cozy",
            "create",
            "--email",
            "lea@example.org",
            "--slug",
            "lou",
            "--accept-terms",
            "--json",
        ],
        "",
        &[("LC_ALL", "fr_CA.UTF-8")],
    );
    assert_eq!(exit_code(&out), 0, "{out:?}");
    assert!(page_lang("lou.mycozy.cloud").contains("<html lang=\"fr\">"));
}

#[test]
fn an_unknown_language_is_refused_with_the_list() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("lang-xx");
    let out = run(&home, &sandbox, &["--lang", "xx", "cozy", "status"]);
    assert_eq!(exit_code(&out), 2);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("[possible values: en, fr]"), "{said}");
}

/// The issue's own walk: `LANG=fr_FR.UTF-8 cloudboard --sandbox`, the real binary in a
/// terminal, speaks French from the home through each flow's first screens.
#[test]
fn lang_fr_in_the_environment_walks_the_wizard_in_french() {
    use crate::common::pty::Pty;
    let mut pty = Pty::spawn_with(&["--sandbox"], 80, 24, &[("LANG", "fr_FR.UTF-8")]);
    pty.wait_for("Ouvrez un compte cloud depuis votre terminal");
    pty.wait_for("bac à sable http://");
    pty.send("1");
    pty.wait_for("Votre adresse e-mail");
    pty.send("\x1b");
    pty.wait_for("Se connecter à Cleura et parcourir les régions");
    pty.send("2");
    pty.wait_for("Connexion à Cleura Cloud");
    pty.type_text("alice");
    pty.send("\t");
    pty.type_text("alice-password");
    pty.send("\r");
    pty.wait_for("Régions d’alice");
    pty.wait_for("3 sur 3 régions");
    pty.send("\x1b");
    pty.wait_for("Connecté en tant qu’alice");
    pty.send("3");
    pty.wait_for("Choisissez un emplacement");
    pty.send("\x03");
    assert_eq!(pty.wait_exit(), 0);
}
