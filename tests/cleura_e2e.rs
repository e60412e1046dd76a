//! The real binary in a pseudo-terminal: sign in to Cleura as the SMS fixture user, read
//! the code in the outbox panel, type it, and see the regions; sign out. And a kept token
//! resumed by a later run, then found revoked elsewhere. Secrets go to a file
//! (`[secrets] store = "file"`): no real keyring is touched.

mod common;

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::pty::Pty;

/// A config file of its own, asking for secrets in a file.
struct Config {
    dir: PathBuf,
}

impl Config {
    fn new(tag: &str) -> Config {
        let dir = std::env::temp_dir().join(format!(
            "cloudboard-cleura-e2e-{tag}-{}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("cloudboard.toml"), "[secrets]\nstore = \"file\"\n").unwrap();
        Config { dir }
    }

    fn path(&self) -> String {
        self.dir.join("cloudboard.toml").display().to_string()
    }
}

impl Drop for Config {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn assert_private(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "{}", path.display());
}

/// The six digits after "code " in the outbox panel.
fn code_on(screen: &str) -> Option<String> {
    screen.match_indices("code ").find_map(|(i, _)| {
        let digits: String = screen[i + 5..].chars().take(6).collect();
        (digits.len() == 6 && digits.chars().all(|c| c.is_ascii_digit())).then_some(digits)
    })
}

fn sign_in(pty: &mut Pty, login: &str, password: &str) {
    pty.wait_for("Create a Cozy");
    pty.send("2");
    pty.wait_for("› Login");
    pty.type_text(login);
    pty.send("\r");
    pty.wait_for("› Password");
    pty.type_text(password);
    let screen = pty.wait_for(&"•".repeat(password.len()));
    assert!(!screen.contains(password), "the password is masked");
    pty.send("\r");
}

#[test]
fn sign_in_with_the_sms_code_from_the_outbox_see_the_regions_and_sign_out() {
    let config = Config::new("sms");
    // Wide enough for the outbox panel beside the screen.
    let mut pty = Pty::spawn(&["--sandbox", "--config", &config.path()], 120, 32);
    pty.wait_for("sandbox http://127.0.0.1:");
    sign_in(&mut pty, "bob", "bob-password");
    pty.wait_for("Enter the code from the SMS");
    let screen = pty.wait_until(|s| code_on(s).is_some(), "the SMS code in the outbox panel");
    let code = code_on(&screen).unwrap();
    pty.type_text(&code);
    let screen = pty.wait_for("Regions of bob");
    let screen = if screen.contains("Karlskrona") {
        screen
    } else {
        pty.wait_for("Karlskrona")
    };
    for place in [
        "Stockholm",
        "Frankfurt",
        "Karlskrona",
        "Sto2",
        "Fra1",
        "Kna1",
    ] {
        assert!(screen.contains(place), "{place} missing:\n{screen}");
    }
    assert!(screen.contains("only you can read"), "{screen}");
    let secret = pty
        .home
        .join("data/cloudboard/secrets/cleura-sandbox.secret");
    assert!(secret.exists(), "the token is kept in a file");
    assert_private(&secret);
    let kept = std::fs::read_to_string(&secret).unwrap();
    assert!(!kept.contains("bob-password"), "the password is never kept");
    assert!(!kept.contains(&code), "nor the code");
    let state = std::fs::read_to_string(pty.home.join("data/cloudboard/state.json")).unwrap();
    assert!(state.contains("\"cleura_login\": \"bob\""), "{state}");

    // A domain's projects, and back.
    pty.send("\r");
    pty.wait_for("Projects in");
    pty.wait_for("bob-kna1-default");
    pty.send("\x1b");
    pty.wait_for("Regions of bob");

    pty.send("x");
    pty.wait_for("Signed out of Cleura");
    assert!(!secret.exists(), "the kept token is gone");
    let raw = String::from_utf8_lossy(&pty.raw_output()).to_string();
    assert!(
        !raw.contains("bob-password"),
        "the password never reached the screen"
    );
    let log = std::fs::read_to_string(pty.home.join("data/cloudboard/cloudboard.log"))
        .unwrap_or_default();
    assert!(!log.contains("bob-password"), "nor the log");
    assert!(!log.contains(&code), "nor the code");
    pty.send("\r");
    pty.wait_for("Create a Cozy");
    pty.send("q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn ctrl_t_takes_the_code_from_the_outbox_on_a_small_terminal() {
    let config = Config::new("ctrlt");
    let mut pty = Pty::spawn(&["--sandbox", "--config", &config.path()], 80, 24);
    pty.wait_for("sandbox http://127.0.0.1:");
    sign_in(&mut pty, "bob", "bob-password");
    pty.wait_for("Enter the code from the SMS");
    pty.wait_for("F2 outbox has messages");
    pty.send("\x14");
    pty.wait_for("Karlskrona");
    pty.send("\x03");
    assert_eq!(pty.wait_exit(), 0);
}

/// `cloudboard sandbox --listen 127.0.0.1:<free port>`, stopped when dropped: a sandbox that
/// outlives one run of the wizard.
struct SandboxProcess {
    child: Child,
    url: String,
}

impl SandboxProcess {
    fn start() -> SandboxProcess {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_cloudboard"))
            .args(["sandbox", "--listen", &addr.to_string(), "--quiet"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the sandbox starts");
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(addr).is_err() {
            assert!(Instant::now() < deadline, "the sandbox never listened");
            std::thread::sleep(Duration::from_millis(20));
        }
        SandboxProcess {
            child,
            url: format!("http://{addr}"),
        }
    }
}

impl Drop for SandboxProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A home (config, data) kept across runs of the wizard.
fn wizard(config: &Config, sandbox: &SandboxProcess) -> Pty {
    let home = config.dir.display().to_string();
    let config_home = config.dir.join("config").display().to_string();
    let data_home = config.dir.join("data").display().to_string();
    Pty::spawn_with(
        &["--config", &config.path(), "--sandbox-url", &sandbox.url],
        100,
        30,
        &[
            ("HOME", &home),
            ("XDG_CONFIG_HOME", &config_home),
            ("XDG_DATA_HOME", &data_home),
        ],
    )
}

#[test]
fn a_kept_token_is_resumed_and_one_revoked_elsewhere_asks_to_sign_in_again() {
    let sandbox = SandboxProcess::start();
    let config = Config::new("resume");
    let secret = config
        .dir
        .join("data/cloudboard/secrets/cleura-sandbox.secret");

    // First run: alice has no second factor; sign in, quit.
    let mut pty = wizard(&config, &sandbox);
    sign_in(&mut pty, "alice", "alice-password");
    pty.wait_for("Karlskrona");
    pty.send("\x03");
    assert_eq!(pty.wait_exit(), 0);
    drop(pty);
    assert!(secret.exists());

    // Second run: straight to the regions once the token is checked.
    let mut pty = wizard(&config, &sandbox);
    pty.wait_for("Create a Cozy");
    pty.send("2");
    pty.wait_for("Regions of alice");
    pty.wait_for("Karlskrona");
    pty.send("\x03");
    assert_eq!(pty.wait_exit(), 0);
    drop(pty);

    // Elsewhere, the token is revoked.
    let kept: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&secret).unwrap()).unwrap();
    assert_eq!(kept["login"], "alice");
    assert_eq!(kept["api"], "v1");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let answer = common::sandbox::client()
            .delete(format!(
                "{}/auth/v1/tokens",
                kept["endpoint"].as_str().unwrap()
            ))
            .header("X-AUTH-LOGIN", "alice")
            .header("X-AUTH-TOKEN", kept["token"].as_str().unwrap())
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 204);
    });

    // Third run: the kept token has ended; sign in again, the login already there.
    let mut pty = wizard(&config, &sandbox);
    pty.wait_for("Create a Cozy");
    pty.send("2");
    let screen = pty.wait_for("Your Cleura session has ended");
    assert!(screen.contains("alice"), "{screen}");
    assert!(screen.contains("› Password"), "{screen}");
    pty.type_text("alice-password");
    pty.send("\r");
    pty.wait_for("Karlskrona");
    pty.send("\x03");
    assert_eq!(pty.wait_exit(), 0);
}
