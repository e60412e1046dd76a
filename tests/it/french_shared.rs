//! The shared parts in French where they meet the flows and the scripts: the quit question
//! when what was in flight ended meanwhile, an API error said by a script in its language
//! (its JSON the same in every language), and a broken config file said in French.

use crate::common;
use crate::cozy_screens::creation_sent_in_the_sandbox;

use std::process::{Command, Output, Stdio};

use cloudboard::api::{ApiError, Said};
use cloudboard::app::cozy::{Failure, Reply};
use cloudboard::app::{App, Msg, update};
use cloudboard::lang::Lang;
use common::cli::stdout_json;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const NBSP: char = '\u{A0}';
/// A workflow id of the right shape, that no Cloudery knows.
const WORKFLOW: &str = "0d8f1e9c-5b7a-4c2e-9f3d-1a2b3c4d5e6f";

/// Asks to quit while a Cozy creation is in flight, then the creation's answer comes
/// before the question is drawn.
fn quit_asked_then_answered(width: u16, height: u16) -> App {
    let (mut app, create) =
        common::speaking(Lang::Fr, || creation_sent_in_the_sandbox(width, height));
    update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
    );
    assert!(app.confirm_quit, "asked before quitting");
    common::reply(
        &mut app,
        create,
        Reply::Created(Err(Failure::Api(ApiError::Busy {
            status: 429,
            message: Said::Nothing,
            retry_after: None,
        }))),
    );
    assert!(app.unfinished().is_none(), "the answer ended the work");
    assert!(
        app.confirm_quit,
        "the question stays until a key answers it"
    );
    app
}

#[test]
fn the_quit_question_says_the_work_ended_when_its_answer_came_first() {
    for (width, height) in [(80, 24), (60, 16)] {
        let app = quit_asked_then_answered(width, height);
        let screen = common::render(&app);
        assert!(
            screen.contains("Ce qui était en cours s’est"),
            "{width}x{height}:\n{screen}"
        );
        assert!(!screen.contains("En cours"), "{width}x{height}:\n{screen}");
        assert!(
            !screen.contains("un travail"),
            "{width}x{height}:\n{screen}"
        );
        assert!(
            screen.contains("Quitter cloudboard\u{202F}?")
                && screen.contains("y quitter · toute autre touche pour rester"),
            "{width}x{height}:\n{screen}"
        );
        // No snapshot: the screen behind shows the Cozy flow's own words for the answer,
        // which its engineer is wiring at the same time.
    }
}

/// `cloudboard ARGS` in a home of its own, with a Cozy partner token and no network.
fn script(tag: &str, args: &[&str]) -> Output {
    let home = common::temp_dir(tag);
    Command::new(env!("CARGO_BIN_EXE_cloudboard"))
        .args(args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join("c"))
        .env("XDG_DATA_HOME", home.join("d"))
        .env("XDG_STATE_HOME", home.join("s"))
        .env("CLOUDBOARD_COZY_TOKEN", "token")
        .stdin(Stdio::null())
        .output()
        .expect("run cloudboard")
}

#[test]
fn a_script_says_an_unreachable_server_in_its_language_and_its_json_is_the_same() {
    let status = |lang: &str| {
        let out = script(
            &format!("fr-shared-unreached-{lang}"),
            &[
                "--lang",
                lang,
                "--sandbox-url",
                "http://127.0.0.1:9",
                "cozy",
                "status",
                WORKFLOW,
                "--json",
            ],
        );
        assert_eq!(out.status.code(), Some(3), "{out:?}");
        stdout_json(&out)
    };
    let french = status("fr");
    let english = status("en");
    assert_eq!(
        english["error"]["message"],
        "cannot reach 127.0.0.1: the connection was refused. Check your network connection, \
         then try again."
    );
    assert_eq!(
        french["error"]["message"],
        format!(
            "impossible de joindre 127.0.0.1{NBSP}: la connexion a été refusée. Vérifiez votre \
             connexion réseau, puis réessayez."
        )
    );
    assert_eq!(french["error"]["kind"], "failure");
    assert_eq!(french["error"]["kind"], english["error"]["kind"]);
    assert_eq!(french["error"]["exit_code"], english["error"]["exit_code"]);
    let keys = |v: &serde_json::Value| -> Vec<String> {
        v["error"].as_object().unwrap().keys().cloned().collect()
    };
    assert_eq!(keys(&french), keys(&english));
}

#[test]
fn a_script_says_a_broken_config_file_in_french_where_it_breaks() {
    let dir = common::temp_dir("fr-shared-config");
    let config = dir.join("config.toml");
    std::fs::write(&config, "[cozy\napi = ").unwrap();
    let config = config.to_string_lossy().into_owned();
    let out = script(
        "fr-shared-config-run",
        &[
            "--lang", "fr", "--config", &config, "cozy", "status", WORKFLOW,
        ],
    );
    let told = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{told}");
    assert!(
        told.contains(&format!(
            "fichier de configuration {config} invalide{NBSP}: ligne 1, colonne"
        )),
        "{told}"
    );
    assert!(!told.contains("is not valid"), "{told}");
}
