//! A sandbox running as its own process, and a home (config and data directories) that
//! outlives one run of the wizard: for end-to-end tests of flows that span several runs.

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::pty::Pty;

/// `cloudboard sandbox --listen 127.0.0.1:<free port>`, stopped when dropped.
pub struct SandboxProcess {
    child: Child,
    pub url: String,
}

impl SandboxProcess {
    pub fn start() -> SandboxProcess {
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
            assert!(
                Instant::now() < deadline,
                "the sandbox never listened on {addr}"
            );
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

/// A home of its own (config, data) that outlives one run of the wizard.
pub struct Home {
    pub dir: PathBuf,
}

impl Home {
    pub fn new(tag: &str) -> Home {
        let dir = std::env::temp_dir().join(format!("cloudboard-e2e-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("cloudboard.toml"), "[secrets]\nstore = \"file\"\n").unwrap();
        Home { dir }
    }

    pub fn config(&self) -> String {
        self.dir.join("cloudboard.toml").display().to_string()
    }

    /// Where the secret `name` is kept as a file.
    pub fn secret_file(&self, name: &str) -> PathBuf {
        self.dir
            .join(format!("data/cloudboard/secrets/{name}.secret"))
    }

    pub fn secret(&self) -> PathBuf {
        self.secret_file("cloudsigma-sandbox")
    }

    /// The wizard at 100x30, pointed at `sandbox`, living in this home.
    pub fn wizard(&self, sandbox: &SandboxProcess) -> Pty {
        self.spawn(sandbox, &[], (100, 30), &[])
    }

    /// `cloudboard ARGS` in a pseudo-terminal of `size` (columns, rows), pointed at
    /// `sandbox`, living in this home, with `env` besides.
    pub fn spawn(
        &self,
        sandbox: &SandboxProcess,
        args: &[&str],
        size: (u16, u16),
        env: &[(&str, &str)],
    ) -> Pty {
        let home = self.dir.display().to_string();
        let config_home = self.dir.join("config").display().to_string();
        let data_home = self.dir.join("data").display().to_string();
        let config = self.config();
        let mut all_args = vec!["--config", &config, "--sandbox-url", &sandbox.url];
        all_args.extend_from_slice(args);
        let mut all_env = vec![
            ("HOME", home.as_str()),
            ("XDG_CONFIG_HOME", config_home.as_str()),
            ("XDG_DATA_HOME", data_home.as_str()),
        ];
        all_env.extend_from_slice(env);
        Pty::spawn_with(&all_args, size.0, size.1, &all_env)
    }
}

impl Drop for Home {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
