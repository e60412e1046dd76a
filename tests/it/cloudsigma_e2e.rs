//! The real binary in a pseudo-terminal against a sandbox running as its own process: create
//! a CloudSigma account, confirm it through the emailed page, sign in, see its uuid, sign
//! out; and a kept session resumed by a later run, then found ended after a sign-out
//! elsewhere. Secrets go to a file (`[secrets] store = "file"`): no real keyring is touched.

use crate::common;

use std::path::Path;

use common::home::Home;
use common::pty::Pty;
use common::sandbox::SandboxProcess;

/// The account's uuid as the API gives it to a session of its own.
fn uuid_of(sandbox: &SandboxProcess, email: &str, password: &str) -> String {
    common::block_on(async {
        let http = cloudboard::backend::http::Http::default();
        let api = format!("{}/cloudsigma/api/2.0/", sandbox.url);
        let sigma = cloudboard::api::cloudsigma::CloudSigma::new(http.client().unwrap(), &api);
        let mut session = sigma
            .login(email, &secrecy::SecretString::from(password))
            .await
            .unwrap();
        let uuid = sigma.whoami(&mut session).await.unwrap();
        let uuid = uuid.or(sigma.profile(&mut session).await.unwrap().uuid);
        sigma.logout(&session).await.unwrap();
        uuid.expect("the account has a uuid")
    })
}

fn assert_private(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "{}", path.display());
}

/// From the menu to the location screen, then Zurich.
fn to_choice(pty: &mut Pty, sandbox: &SandboxProcess) {
    pty.wait_for("Create a Cozy");
    pty.send("3");
    pty.wait_for("Choose a location");
    // The sandbox's address is what every location shows.
    pty.wait_for(&format!("{}/cloudsigma/api/2.0/", sandbox.url));
    pty.send("\r");
    pty.wait_for("Create an account or sign in");
}

#[test]
fn create_confirm_sign_in_see_the_uuid_and_sign_out() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("create");
    let mut pty = home.wizard(&sandbox);
    let email = "e2e@example.org";
    let password = "e2e-Passw0rd-long";

    to_choice(&mut pty, &sandbox);
    pty.send("1");
    pty.wait_for("Create a CloudSigma account");
    pty.type_text(email);
    pty.send("\r");
    pty.wait_for("› Promo code");
    pty.send("\r");
    pty.wait_for(&format!("A confirmation email was sent to {email}"));
    pty.wait_for("then sign in");

    // In the sandbox the password is set from the terminal, through the email's page.
    let link = sandbox.link_to(email);
    // The link is shown too (wrapped when long), with a key to open it.
    let screen = pty.wait_for("[ Open the link ]");
    assert!(screen.contains(&link[..40]), "{screen}");
    pty.send("p");
    pty.wait_for("Set your password");
    pty.type_text(password);
    let screen = pty.wait_for(&"•".repeat(password.len()));
    assert!(
        !screen.contains(password),
        "the password is masked: {screen}"
    );
    pty.send("\r");
    pty.wait_for("Your password is set");
    pty.wait_for("Sign in to CloudSigma");
    pty.wait_for(email);
    pty.send("\r");
    let screen = pty.wait_for("Signed in at");
    let uuid = uuid_of(&sandbox, email, password);
    let screen = if screen.contains(&uuid) {
        screen
    } else {
        pty.wait_for(&uuid)
    };
    assert!(screen.contains(email), "{screen}");
    let secret = home.secret();
    assert!(secret.exists(), "the session is kept in a file");
    assert_private(&secret);
    assert!(screen.contains("only you can read"), "{screen}");

    pty.send("x");
    pty.wait_for("Sign out of e2e@example.org?");
    pty.send("y");
    pty.wait_for("Signed out of e2e@example.org");
    assert!(!secret.exists(), "the kept session is gone");
    let raw = String::from_utf8_lossy(&pty.raw_output()).to_string();
    assert!(
        !raw.contains(password),
        "the password never reached the screen"
    );
    pty.send("\r");
    pty.wait_for("Create a Cozy");
    pty.send("q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn a_kept_session_is_resumed_and_one_ended_elsewhere_asks_to_sign_in_again() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("resume");

    // First run: sign in, quit.
    let mut pty = home.wizard(&sandbox);
    to_choice(&mut pty, &sandbox);
    pty.send("2");
    pty.wait_for("Sign in to CloudSigma");
    pty.type_text("demo@example.org");
    pty.send("\r");
    pty.wait_for("› Password");
    pty.type_text("demo-password");
    pty.send("\r");
    pty.wait_for("Signed in at");
    pty.send("\x03");
    assert_eq!(pty.wait_exit(), 0);
    drop(pty);
    assert!(home.secret().exists());

    // Second run: opening CloudSigma resumes the session once the API confirms it.
    let mut pty = home.wizard(&sandbox);
    pty.wait_for("Create a Cozy");
    pty.send("3");
    let screen = pty.wait_for("Signed in at");
    assert!(screen.contains("demo@example.org"), "{screen}");
    pty.send("\x03");
    assert_eq!(pty.wait_exit(), 0);
    drop(pty);

    // Elsewhere, the session is signed out (with the kept cookies, as another client could).
    let kept: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(home.secret()).unwrap()).unwrap();
    common::block_on(async {
        let csrf = kept["csrftoken"].as_str().unwrap();
        let sid = kept["sessionid"].as_str().unwrap();
        let api = kept["api"].as_str().unwrap();
        let answer = common::sandbox::client()
            .post(format!("{api}accounts/action/?do=logout"))
            .header("Cookie", format!("csrftoken={csrf}; sessionid={sid}"))
            .header("X-CSRFToken", csrf)
            .header("Referer", api)
            .header("Content-Type", "application/json")
            .body("{}")
            .send()
            .await
            .unwrap();
        assert!(answer.status().is_success(), "{}", answer.status());
    });

    // Third run: the kept session has ended; sign in again, the email already there.
    let mut pty = home.wizard(&sandbox);
    pty.wait_for("Create a Cozy");
    pty.send("3");
    let screen = pty.wait_for("Your saved session has ended");
    assert!(screen.contains("demo@example.org"), "{screen}");
    pty.type_text("demo-password");
    pty.send("\r");
    pty.wait_for("Signed in at");
    pty.send("\x03");
    assert_eq!(pty.wait_exit(), 0);
}
