//! Nothing leaked: every flow runs in a real terminal with the most verbose logging, then the
//! log, the config and state files and everything written to the terminal are searched for
//! each password, token, session cookie, SMS code and passphrase used. None may appear.
//! Secrets live only in the secret store (a 0600 file here, in a 0700 directory).

use crate::common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use common::home::Home;
use common::pty::Pty;
use common::sandbox::SandboxProcess;
use common::wizard::{cleura_sign_in, cozy_to_confirm, take_from_outbox};
use serde_json::Value;

const PASSPHRASE: &str = "correct horse battery staple wednesday";

fn wizard(home: &Home, sandbox: &SandboxProcess) -> Pty {
    home.pty(sandbox, &[], (100, 30), &[("CLOUDBOARD_LOG", "trace")])
}

/// Every file below `dir`, except the secret store, as text.
fn files_text(dir: &Path, out: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "secrets") {
                continue;
            }
            files_text(&path, out);
        } else if let Ok(bytes) = std::fs::read(&path) {
            out.push((
                path.display().to_string(),
                String::from_utf8_lossy(&bytes).into_owned(),
            ));
        }
    }
}

#[test]
fn no_secret_reaches_the_log_the_files_or_the_terminal() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("secrets");
    let mut terminal = String::new();

    // Cleura, with the SMS code.
    let mut pty = wizard(&home, &sandbox);
    cleura_sign_in(&mut pty, "bob", "bob-password");
    pty.wait_for("Type the code sent by SMS");
    sandbox.sms_code(1);
    take_from_outbox(&mut pty);
    pty.wait_for("Regions of bob");
    pty.send("\x03");
    pty.wait_exit();
    terminal.push_str(&String::from_utf8_lossy(&pty.raw_output()));
    drop(pty);

    // CloudSigma.
    let mut pty = wizard(&home, &sandbox);
    pty.wait_for("Open a cloud account");
    pty.send("3");
    pty.wait_for("Choose a location");
    pty.send("\r");
    pty.wait_for("Create an account or sign in");
    pty.send("2");
    pty.wait_for("Sign in to CloudSigma");
    pty.type_text("demo@example.org");
    pty.send("\t");
    pty.type_text("demo-password");
    pty.send("\r");
    pty.wait_for("Your CloudSigma account");
    pty.send("\x03");
    pty.wait_exit();
    terminal.push_str(&String::from_utf8_lossy(&pty.raw_output()));
    drop(pty);

    // A Cozy, to its passphrase, against a sandbox of its own: the wizard's outbox then holds
    // only the email this flow waits for, and shows it has it once it does.
    let cozy_sandbox = SandboxProcess::start();
    let mut pty = wizard(&home, &cozy_sandbox);
    cozy_to_confirm(&mut pty, "dee@example.org", "dee");
    pty.send("\r");
    pty.wait_for("Check your email");
    cozy_sandbox.link_to("dee@example.org");
    take_from_outbox(&mut pty);
    pty.wait_for("Choose your passphrase");
    pty.type_text(PASSPHRASE);
    pty.send("\r");
    pty.type_text(PASSPHRASE);
    pty.send("\r");
    pty.send("\r");
    pty.wait_for("Your Cozy is ready");
    pty.send("\x03");
    pty.wait_exit();
    terminal.push_str(&String::from_utf8_lossy(&pty.raw_output()));
    drop(pty);

    // The secrets used: typed, sent by SMS or email, and handed out by the providers.
    let code = sandbox
        .outbox()
        .iter()
        .find_map(|m| m["code"].as_str().map(str::to_string))
        .expect("the SMS code");
    // The email's link goes to the Cloudery, which answers with the instance's address.
    let cloudery_link = cozy_sandbox
        .outbox()
        .iter()
        .find_map(|m| m["link"].as_str().map(str::to_string))
        .expect("the activation link");
    let instance_link = common::cli::redirect(&cloudery_link);
    let register_token = instance_link
        .split("registerToken=")
        .nth(1)
        .expect("the instance's address carries the token")
        .to_string();
    let cloudery_key = cloudery_link.rsplit('/').next().unwrap().to_string();
    let kept: Value = serde_json::from_str(
        &std::fs::read_to_string(home.secret_file("cleura-sandbox")).expect("the token is kept"),
    )
    .unwrap();
    let token = kept["token"].as_str().unwrap().to_string();
    let sigma_file = home.secret_file("cloudsigma-sandbox");
    let sigma = std::fs::read_to_string(&sigma_file).expect("the session is kept");
    let sigma: Value = serde_json::from_str(&sigma).unwrap();
    let cookies: Vec<String> = ["csrftoken", "sessionid"]
        .iter()
        .map(|k| {
            sigma
                .pointer(&format!("/session/{k}"))
                .or_else(|| sigma.get(k))
                .and_then(Value::as_str)
                .unwrap_or_else(|| panic!("{k} in {sigma}"))
                .to_string()
        })
        .collect();
    let mut secrets = vec![
        ("Cleura password".to_string(), "bob-password".to_string()),
        ("SMS code".into(), code),
        ("Cleura token".into(), token),
        ("CloudSigma password".into(), "demo-password".into()),
        ("Cozy passphrase".into(), PASSPHRASE.into()),
        ("register token".into(), register_token),
        ("activation link's key".into(), cloudery_key),
    ];
    secrets.push(("csrftoken".into(), cookies[0].clone()));
    secrets.push(("sessionid".into(), cookies[1].clone()));

    let mut places = vec![("the terminal".to_string(), terminal)];
    files_text(&home.dir, &mut places);
    let log = places
        .iter()
        .find(|(p, _)| p.ends_with("cloudboard.log"))
        .expect("a log was written");
    assert!(
        log.1.contains("TRACE") || log.1.contains("DEBUG"),
        "the most verbose log: {}",
        log.1.len()
    );
    for (what, secret) in &secrets {
        for (place, text) in &places {
            assert!(
                !text.contains(secret.as_str()),
                "the {what} appears in {place}"
            );
        }
    }

    // Where the secrets are kept: user-only files in a user-only directory.
    for file in [home.secret_file("cleura-sandbox"), sigma_file] {
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", file.display());
        let dir = file.parent().unwrap();
        let mode = std::fs::metadata(dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{}", dir.display());
    }
}
