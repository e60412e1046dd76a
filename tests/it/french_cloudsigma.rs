//! cloudboard in French on the CloudSigma screens: every screen as a person reaches it (the
//! list `keymaps::cloudsigma::screens` walks), then the problems and remarks the flow says,
//! each drawn at 80x24 and at 60x16.

use crate::cloudsigma_screens::{
    account, asking, at, at_account_checked, at_create_refused_on_the_email, at_password,
    at_saved_session_ended, at_set_password, at_signed_out, at_wrong_password, checking_account,
    created, listed, new_app, opened, sending_create, session_ended, sized, unreachable,
};
use crate::common::{self, key, reply, request_id, typed};

use cloudboard::api::ApiError;
use cloudboard::app::cloudsigma::{Reply, questions};
use cloudboard::app::{App, Msg, update};
use cloudboard::lang::Lang;
use cloudboard::store::sent::Sent;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const SIZES: [(u16, u16); 2] = [(80, 24), (60, 16)];

/// A snapshot's name: the size, then the screen's name in letters, digits and `_`.
fn name(width: u16, height: u16, screen: &str) -> String {
    let words: String = screen
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    let words: Vec<&str> = words.split('_').filter(|w| !w.is_empty()).collect();
    format!("{width}x{height}_{}", words.join("_"))
}

/// The flow's own words a French screen must not show in English (the API's, the
/// store's and the shared parts' are theirs).
const ENGLISH: [&str; 8] = [
    "Step ",
    "Sign in",
    "Sign out",
    "sign in",
    "Create an account",
    "Check your email",
    "saved session",
    "Choose a location",
];

fn check(screen: &str, name: &str) {
    for english in ENGLISH {
        assert!(
            !screen.contains(english),
            "{name}: {english:?} in French:\n{screen}"
        );
    }
}

#[test]
fn every_cloudsigma_screen_in_french() {
    for (width, height) in SIZES {
        sized(width, height);
        common::speak(Some(Lang::Fr));
        for screen in crate::keymaps::cloudsigma::screens() {
            let drawn = common::render(&screen.app);
            check(&drawn, screen.name);
            insta::assert_snapshot!(name(width, height, screen.name), drawn);
        }
    }
}

/// The screens that say a problem or a remark, each as the flow reaches it.
fn problems() -> Vec<(&'static str, App)> {
    let mut screens = Vec::new();

    let live = listed(&[
        ("ZRH", "Zurich, Switzerland", "zrh.cloudsigma.com"),
        ("LLA", "Boden, Sweden", "cloud.hydro66.com"),
    ]);
    screens.push(("location current list", live));
    screens.push(("location while asking", asking(true).0));

    let mut no_match = opened(false);
    typed(&mut no_match, "mars");
    screens.push(("location no match", no_match));

    let mut refused = opened(false);
    key(&mut refused, KeyCode::Tab);
    update(
        &mut refused,
        Msg::Paste("http://cloud.example.com/api/2.0/".into()),
    );
    key(&mut refused, KeyCode::Enter);
    screens.push(("location custom address refused", refused));

    let mut empty = opened(false);
    key(&mut empty, KeyCode::Tab);
    key(&mut empty, KeyCode::Enter);
    screens.push(("location custom address empty", empty));

    let mut bad_email = at('c', false);
    typed(&mut bad_email, "new.example.org");
    key(&mut bad_email, KeyCode::Enter);
    screens.push(("create bad email", bad_email));

    screens.push((
        "create refused on the email",
        at_create_refused_on_the_email(),
    ));

    // The work in flight, as the quit question says it.
    let (mut quitting, _) = sending_create(false);
    update(
        &mut quitting,
        Msg::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
    );
    screens.push(("quit while creating", quitting));

    let (mut lost, id) = sending_create(false);
    reply(&mut lost, id, Reply::Created(Err(unreachable())));
    screens.push(("create unanswered", lost));

    let mut unanswered = new_app();
    unanswered.saved.state.unanswered = vec![Sent::CloudSigmaCreate {
        api: "https://zrh.cloudsigma.com/api/2.0/".into(),
        email: "sam@example.org".into(),
        sent_at: 1_765_100_000,
    }];
    let out = key(&mut unanswered, KeyCode::Enter);
    let id = request_id(&out);
    let out = reply(&mut unanswered, id, Reply::Saved(Ok(None)));
    let id = request_id(&out);
    reply(
        &mut unanswered,
        id,
        Reply::Locations(Err(ApiError::Timeout {
            host: "zrh.cloudsigma.com".into(),
        })),
    );
    key(&mut unanswered, KeyCode::Enter);
    screens.push(("choose after an unanswered creation", unanswered));

    let mut no_link = created(true);
    key(&mut no_link, KeyCode::Char('o'));
    screens.push(("check your email, no link yet", no_link));

    let mut short = at_set_password();
    typed(&mut short, "secret");
    key(&mut short, KeyCode::Enter);
    screens.push(("set the password, too short", short));

    let mut set = at_set_password();
    typed(&mut set, "a long secret");
    let out = key(&mut set, KeyCode::Enter);
    let id = request_id(&out);
    screens.push(("set the password, sending", set.clone()));
    reply(&mut set, id, Reply::PasswordSet(Ok(())));
    screens.push(("sign in once the password is set", set));

    let mut no_password = at_password();
    key(&mut no_password, KeyCode::Enter);
    screens.push(("sign in without a password", no_password));

    screens.push(("sign in wrong password", at_wrong_password()));
    screens.push((
        "sign in after the saved session ended",
        at_saved_session_ended(),
    ));

    let (mut gone, id) = checking_account();
    let out = reply(&mut gone, id, Reply::Checked(Err(session_ended())));
    let id = request_id(&out);
    reply(
        &mut gone,
        id,
        Reply::Forgot(Err("the keyring did not answer".into())),
    );
    screens.push(("sign in after the session ended, not removed", gone));

    screens.push((
        "account partly read and not kept",
        account(
            Err("no keyring answered".into()),
            vec!["The balance could not be read: the server failed (500).".into()],
        ),
    ));

    screens.push(("account checked", at_account_checked()));

    let (mut not_checked, id) = checking_account();
    reply(&mut not_checked, id, Reply::Checked(Err(unreachable())));
    screens.push(("account not checked", not_checked));

    let signed_out = at_signed_out(Err(unreachable()), Err("the keyring did not answer".into()));
    screens.push(("signed out on this machine only", signed_out));

    let mut help = opened(false);
    key(&mut help, KeyCode::F(1));
    screens.push(("help on the location screen", help));

    screens
}

#[test]
fn the_cloudsigma_problems_in_french() {
    for (width, height) in SIZES {
        sized(width, height);
        common::speak(Some(Lang::Fr));
        for (screen, app) in problems() {
            let drawn = common::render(&app);
            check(&drawn, screen);
            insta::assert_snapshot!(name(width, height, screen), drawn);
        }
    }
}

/// The words French gives the plain mode and scripts: the questions, and answers in either
/// language.
#[test]
fn the_cloudsigma_questions_in_french_take_answers_in_either_language() {
    common::speak(Some(Lang::Fr));
    let asked = |app: &App| questions::ask(app.flows.cloudsigma.as_ref().unwrap());
    let mut app = opened(false);
    key(&mut app, KeyCode::Enter);
    assert_eq!(asked(&app).prompt, "Créer un compte ou se connecter");
    common::answer(&mut app, "personne");
    let problem = asked(&app).problem.expect("refused").message;
    assert!(
        problem.starts_with("«\u{a0}personne\u{a0}» ne fait pas partie des choix"),
        "{problem}"
    );
    common::answer(&mut app, "Se connecter");
    let mut english = opened(false);
    key(&mut english, KeyCode::Enter);
    common::answer(&mut english, "Sign in");
    for app in [&app, &english] {
        let ask = asked(app);
        assert_eq!(ask.prompt, "Adresse e-mail");
        assert!(
            ask.context
                .iter()
                .any(|l| l.starts_with("Connexion à CloudSigma à")),
            "{ask:?}"
        );
    }
}

/// Every message the CloudSigma code names is in the catalogue (a missing one would show
/// its id).
#[test]
fn every_cloudsigma_message_named_is_in_the_catalogue() {
    let sources = [
        include_str!("../../crates/core/src/app/cloudsigma/mod.rs"),
        include_str!("../../crates/core/src/app/cloudsigma/forms.rs"),
        include_str!("../../crates/core/src/app/cloudsigma/input.rs"),
        include_str!("../../crates/core/src/app/cloudsigma/location.rs"),
        include_str!("../../crates/core/src/app/cloudsigma/questions.rs"),
        include_str!("../../crates/core/src/app/cloudsigma/replies.rs"),
        include_str!("../../src/ui/cloudsigma/mod.rs"),
        include_str!("../../src/ui/cloudsigma/location.rs"),
        include_str!("../../src/ui/cloudsigma/screens.rs"),
    ];
    let mut named = 0;
    for source in sources {
        for (at, _) in source.match_indices("\"cloudsigma-") {
            let id = &source[at + 1..];
            let id = &id[..id.find('"').unwrap()];
            // The sandbox session's name in the secret store, no message.
            if id == cloudboard::app::cloudsigma::SANDBOX_SECRET {
                continue;
            }
            for lang in Lang::ALL {
                assert_ne!(cloudboard::lang::tr(lang, id), id, "{id} in {lang:?}");
            }
            named += 1;
        }
    }
    assert!(named > 100, "{named} messages named");
}
