//! cloudboard's scripts in French: the subcommands' text results and what they say on
//! standard error, the plain mode's own words, answers files written in English run in
//! French, and --help. What the flows say comes from their own catalogue sections: these
//! tests wait for the words of the Scripts section only. JSON stays as it is in every
//! language.

use crate::common;

use common::cli::{bare, exit_code, run_answers, run_with, stderr, stdout, stdout_json};
use common::home::Home;
use common::pty::{Pty, Talk};
use common::sandbox::SandboxProcess;

const NBSP: char = '\u{A0}';
const FRENCH: (&str, &str) = ("LANG", "fr_FR.UTF-8");
/// How a French question ends: a no-break space and a colon.
const QUESTION: &str = "\u{A0}: ";

#[test]
fn cozy_create_reports_in_french_and_its_json_is_the_same_in_every_language() {
    let sandbox = SandboxProcess::quick();
    let home = Home::new("fr-cozy-create");
    let create = |slug: &str, extra: &[&str], env: &[(&str, &str)]| {
        let mut args = vec![
            "cozy",
            "create",
            "--email",
            "lea@example.org",
            "--slug",
            slug,
        ];
        args.extend_from_slice(extra);
        run_with(&home, &sandbox, &args, "", env)
    };
    let out = create("lea", &["--lang", "fr", "--accept-terms"], &[]);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let said = stdout(&out);
    for label in ["Adresse ", "Création ", "Statut "] {
        assert!(said.contains(label), "{label:?} missing:\n{said}");
    }
    assert!(said.contains("succeeded"), "a status is a value: {said}");
    let told = stderr(&out);
    for words in [
        format!("Boîte d’envoi du bac à sable{NBSP}: e-mail à lea@example.org{NBSP}: http"),
        "lea.mycozy.cloud est créé (conditions d’utilisation acceptées, version 1.0.0)."
            .to_string(),
        "Activez-le ensuite".to_string(),
    ] {
        assert!(told.contains(&words), "{words:?} missing:\n{told}");
    }
    assert!(!told.contains("Sandbox outbox"), "{told}");

    let out = create("lea2", &[], &[FRENCH]);
    assert_eq!(exit_code(&out), 2, "{out:?}");
    assert!(
        stderr(&out).starts_with(&format!(
            "cloudboard{NBSP}: créer un Cozy, c’est accepter les conditions d’utilisation"
        )),
        "{out:?}"
    );

    let json = |slug: &str, env: &[(&str, &str)]| {
        let out = create(slug, &["--accept-terms", "--json"], env);
        assert_eq!(exit_code(&out), 0, "{out:?}");
        stdout_json(&out)
    };
    let french = json("lou", &[FRENCH]);
    let english = json("leo", &[("LANG", "en_US.UTF-8")]);
    let keys =
        |v: &serde_json::Value| -> Vec<String> { v.as_object().unwrap().keys().cloned().collect() };
    assert_eq!(keys(&french), keys(&english));
    assert_eq!(french["status"], "succeeded");
    assert_eq!(french["status"], english["status"]);
}

#[test]
fn cleura_and_cloudsigma_speak_french_from_the_environment() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("fr-accounts");
    let french = |args: &[&str], stdin: &str| run_with(&home, &sandbox, args, stdin, &[FRENCH]);

    let out = french(
        &["cleura", "login", "--login", "alice", "--password-stdin"],
        "alice-password\n",
    );
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let told = stderr(&out);
    assert!(
        told.contains("Connecté à Cleura en tant qu’alice."),
        "{told}"
    );
    assert!(
        told.contains("Le jeton est gardé dans ") && told.contains("(un fichier que vous seul"),
        "{told}"
    );
    let out = french(&["cleura", "logout"], "");
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let out = french(&["cleura", "logout"], "");
    assert_eq!(exit_code(&out), 0, "{out:?}");
    assert!(
        stderr(&out).contains("Pas de connexion à Cleura\u{202F}; rien à faire."),
        "{out:?}"
    );
    let out = french(&["cleura", "regions", "--json"], "");
    assert_eq!(exit_code(&out), 2, "{out:?}");
    let error = stdout_json(&out);
    assert_eq!(error["error"]["kind"], "usage", "a kind is a value");
    assert_eq!(error["error"]["exit_code"], 2);
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("lancez d’abord `cloudboard cleura login --login LOGIN`"),
        "the message is said to a person: {error}"
    );

    let out = french(
        &[
            "cloudsigma",
            "login",
            "--email",
            "demo@example.org",
            "--password-stdin",
        ],
        "demo-password\n",
    );
    assert_eq!(exit_code(&out), 0, "{out:?}");
    assert!(
        stderr(&out).contains("Connecté à CloudSigma à ") && stderr(&out).contains("(ZRH)."),
        "{out:?}"
    );
    let out = french(&["cloudsigma", "whoami"], "");
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let said = stdout(&out);
    for label in ["E-mail ", "UUID ", "État ", "Solde ", "Emplacement "] {
        assert!(
            said.lines().any(|l| l.starts_with(label)),
            "{label:?}:\n{said}"
        );
    }
    // The sandbox's balance, "1234.56" in its JSON, as French writes a number.
    assert!(
        said.contains("1\u{202F}234,56\u{A0}EUR"),
        "a decimal comma and a narrow no-break space between thousands:\n{said}"
    );
    let json = stdout_json(&french(&["cloudsigma", "whoami", "--json"], ""));
    assert_eq!(
        json["account"]["balance"], "1234.56",
        "JSON keeps the provider's"
    );
    let out = french(&["cloudsigma", "whoami", "--location", "tyo"], "");
    assert_eq!(exit_code(&out), 2, "{out:?}");
    assert!(
        stderr(&out).contains("pas à tyo\u{202F}; rien n’y a été envoyé"),
        "{out:?}"
    );
    let out = french(&["cloudsigma", "logout"], "");
    assert_eq!(exit_code(&out), 0, "{out:?}");
    let out = french(&["cloudsigma", "logout"], "");
    assert!(
        stderr(&out).contains("Pas de connexion à CloudSigma\u{202F}; rien à faire."),
        "{out:?}"
    );
    // A command that answers the flow in its own words still does in French.
    let out = french(
        &["cloudsigma", "create-account", "--email", "new@example.org"],
        "",
    );
    assert_eq!(exit_code(&out), 0, "{out:?}");
    assert!(
        stdout(&out).starts_with("E-mail  new@example.org"),
        "{out:?}"
    );
}

#[test]
fn the_plain_mode_speaks_french_in_its_own_words() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("fr-plain");
    let mut talk = Talk::new(home.pty(&sandbox, &["--plain"], (100, 40), &[FRENCH]));
    talk.wait("Bac à sable\u{A0}: chaque fournisseur est simulé à http://")
        .wait("Que voulez-vous faire\u{202F}?")
        .wait("Choisissez de 1 à 5 (q pour quitter)\u{A0}: ")
        .answer("9")
        .wait("Répondez par un nombre de 1 à 5, ou q.")
        .wait("(q pour quitter)\u{A0}: ")
        .answer("2");
    // The login, then the password (read without echo).
    talk.wait(QUESTION)
        .answer("bob")
        .wait(QUESTION)
        .answer("bob-password");
    talk.wait("Boîte d’envoi du bac à sable\u{A0}: SMS à ")
        .wait("  code\u{A0}: ")
        .wait(QUESTION)
        .answer("12")
        .wait("Erreur\u{A0}: ")
        .wait(QUESTION);
    let code = sandbox.sms_code(1);
    talk.answer(&code)
        .wait("Sto2")
        .wait("Choisissez de 1 à 4\u{A0}: ")
        .answer("4")
        .wait("(q pour quitter)\u{A0}: ")
        .answer("quitter");
    assert_eq!(talk.pty.wait_exit(), 0);
    let text = String::from_utf8_lossy(&talk.pty.raw_output()).into_owned();
    assert!(!text.contains("bob-password"), "read without echo");
    for english in ["What would you like to do", "Sandbox outbox", "(q quits)"] {
        assert!(!text.contains(english), "{english:?} in:\n{text}");
    }
}

#[test]
fn an_answers_file_in_english_words_runs_in_french_and_oui_is_yes() {
    let sandbox = SandboxProcess::quick();
    let home = Home::new("fr-answers");
    let password = ("CLOUDBOARD_CLOUDSIGMA_PASSWORD", "demo-password");
    let sigma = crate::script_plain::SIGN_IN_AT_ZURICH;
    let out = run_answers(&home, &sandbox, "sigma.toml", sigma, &[FRENCH, password]);
    assert_eq!(exit_code(&out), 0, "{out:?}");
    assert!(stdout(&out).contains("demo@example.org"), "{out:?}");

    // "oui" is yes in every language; true is too. The link the email will carry is the
    // one thing the file cannot answer: with nothing on standard input, the run ends there,
    // the Cozy created.
    for (lang, slug, link_line) in [
        (FRENCH, "ada", "  lien\u{A0}: http"),
        (("LANG", "C"), "bea", "  link: http"),
    ] {
        let home = Home::new(&format!("fr-answers-{slug}"));
        let text = format!(
            "flow = \"cozy\"\nemail = \"{slug}@example.org\"\nslug = \"{slug}\"\n\
             accept_terms = \"oui\"\nconfirm = true\n"
        );
        let out = run_answers(&home, &sandbox, "cozy.toml", &text, &[lang]);
        let said = stdout(&out);
        assert!(said.contains(link_line), "{lang:?}:\n{said}");
    }
}

#[test]
fn help_speaks_french_and_english_is_today_s() {
    let french = bare(&["--lang", "fr", "--help"], &[]);
    let help = String::from_utf8_lossy(&french.stdout);
    for said in [
        "Utilisation\u{A0}: cloudboard [OPTIONS] [COMMANDE]",
        "Commandes\u{A0}:",
        "Options\u{A0}:",
        "  cozy         Créer un Cozy, suivre sa création, l’activer",
        "Afficher l’aide (un résumé avec -h)",
    ] {
        assert!(help.contains(said), "{said:?} missing:\n{help}");
    }
    let create = bare(&["cozy", "create", "-h"], &[FRENCH]);
    let help = String::from_utf8_lossy(&create.stdout);
    assert!(
        help.contains("--accept-terms       Déclarer que vous acceptez les conditions"),
        "{help}"
    );
    // --lang wins over the environment, and English is the definition's.
    let english = bare(&["--lang", "en", "cozy", "create", "-h"], &[FRENCH]);
    let plain = bare(&["cozy", "create", "-h"], &[]);
    assert_eq!(english.stdout, plain.stdout);
    assert!(String::from_utf8_lossy(&plain.stdout).contains("Usage: cloudboard cozy create"));
}

#[test]
fn usage_mistakes_are_said_in_french() {
    let out = bare(&["--plain", "cozy", "status"], &[FRENCH]);
    assert_eq!(exit_code(&out), 2);
    assert!(
        stderr(&out).contains("--plain, --answers et --yes sont pour l’assistant"),
        "{out:?}"
    );
    let out = bare(
        &["--sandbox", "cozy", "status", "--sandbox-url", "http://x"],
        &[FRENCH],
    );
    assert_eq!(exit_code(&out), 2);
    assert!(
        stderr(&out).contains("--sandbox et --sandbox-url ne vont pas ensemble"),
        "{out:?}"
    );
    let out = bare(&[], &[FRENCH]);
    assert_eq!(exit_code(&out), 2);
    assert!(
        stderr(&out)
            .starts_with("cloudboard est un assistant interactif qui a besoin d’un terminal"),
        "{out:?}"
    );
}

/// The whole of --help in French, as a person reads it: the command's, and one
/// subcommand's long help.
#[test]
fn the_french_help_reads_whole() {
    for (name, args) in [
        ("root", &["--lang", "fr", "--help"][..]),
        (
            "cozy_create",
            &["--lang", "fr", "cozy", "create", "--help"][..],
        ),
        ("sandbox_short", &["--lang", "fr", "sandbox", "-h"][..]),
    ] {
        let out = bare(args, &[]);
        assert_eq!(exit_code(&out), 0, "{out:?}");
        insta::assert_snapshot!(name, stdout(&out));
    }
}

/// The wizard's own notice before its screens (a broken config file set aside), in French
/// at both sizes a person may have (at 60x16 it is cut after "moved to" in English too).
#[test]
fn a_broken_config_file_is_reported_in_french() {
    for (cols, rows) in [(80, 24), (60, 16)] {
        // A short path, as a person's would be: a long one leaves the notice no room at
        // 60x16, in English as in French.
        let home = std::env::temp_dir().join(format!("cbfr{}-{cols}", std::process::id()));
        std::fs::create_dir_all(&home).unwrap();
        let config = home.join("config.toml");
        std::fs::write(&config, "[cozy\napi = ").unwrap();
        let config_arg = config.to_string_lossy().into_owned();
        let mut pty = Pty::spawn_with(&["--config", &config_arg], cols, rows, &[FRENCH]);
        let screen = pty.wait_until(
            |s| s.contains("Il a été déplacé vers") && s.contains("config.toml"),
            "the broken config set aside, said in French",
        );
        assert!(!screen.contains("It was moved"), "{screen}");
        pty.send("q");
        assert_eq!(pty.wait_exit(), 0);
        let _ = std::fs::remove_dir_all(&home);
    }
}
