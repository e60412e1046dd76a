//! A home of its own (config and data directories, secrets in files so no real keyring is
//! touched) that outlives one run of the wizard: for tests of flows that span several runs
//! of the real binary, pointed at a `SandboxProcess`.

use std::path::PathBuf;

use super::pty::Pty;
use super::sandbox::SandboxProcess;

pub struct Home {
    pub dir: PathBuf,
}

impl Home {
    pub fn new(tag: &str) -> Home {
        let dir = super::temp_dir(&format!("e2e-{tag}"));
        std::fs::write(dir.join("cloudboard.toml"), "[secrets]\nstore = \"file\"\n").unwrap();
        Home { dir }
    }

    pub fn config(&self) -> String {
        self.dir.join("cloudboard.toml").display().to_string()
    }

    /// The environment that makes this the program's home.
    pub fn env(&self) -> [(&'static str, PathBuf); 3] {
        [
            ("HOME", self.dir.clone()),
            ("XDG_CONFIG_HOME", self.dir.join("config")),
            ("XDG_DATA_HOME", self.dir.join("data")),
        ]
    }

    /// `text` written to the file `name` in this home: its path, as an argument takes it.
    pub fn file(&self, name: &str, text: &str) -> String {
        let path = self.dir.join(name);
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    }

    /// Where the program keeps what it remembers between runs.
    pub fn state_file(&self) -> PathBuf {
        self.dir.join("data/cloudboard/state.json")
    }

    /// The state file as JSON; an empty object while there is none.
    pub fn state(&self) -> serde_json::Value {
        let text = std::fs::read_to_string(self.state_file()).unwrap_or_else(|_| "{}".into());
        serde_json::from_str(&text).expect("the state file is JSON")
    }

    /// Where the secret `name` is kept as a file.
    pub fn secret_file(&self, name: &str) -> PathBuf {
        self.dir
            .join(format!("data/cloudboard/secrets/{name}.secret"))
    }

    pub fn secret(&self) -> PathBuf {
        self.secret_file("cloudsigma-sandbox")
    }

    /// The kept CloudSigma session, its cookie's lifetime set long past: the next run finds
    /// it expired without asking CloudSigma.
    pub fn expire_kept_session(&self) {
        let text = std::fs::read_to_string(self.secret()).expect("a session is kept");
        let mut kept: serde_json::Value = serde_json::from_str(&text).expect("it is JSON");
        kept["expires"] = serde_json::Value::from(1_000_000_000u64);
        std::fs::write(self.secret(), kept.to_string()).expect("the secret file is written");
    }

    /// The wizard at 100x30, pointed at `sandbox`, living in this home.
    pub fn wizard(&self, sandbox: &SandboxProcess) -> Pty {
        self.pty(sandbox, &[], (100, 30), &[])
    }

    /// `cloudboard ARGS` in a pseudo-terminal of `size` (columns, rows), pointed at
    /// `sandbox`, living in this home, with `env` besides.
    pub fn pty(
        &self,
        sandbox: &SandboxProcess,
        args: &[&str],
        size: (u16, u16),
        env: &[(&str, &str)],
    ) -> Pty {
        let config = self.config();
        let mut all_args = vec!["--config", &config, "--sandbox-url", &sandbox.url];
        all_args.extend_from_slice(args);
        let home_env: Vec<(&str, String)> = self
            .env()
            .iter()
            .map(|(k, v)| (*k, v.display().to_string()))
            .collect();
        let mut all_env: Vec<(&str, &str)> =
            home_env.iter().map(|(k, v)| (*k, v.as_str())).collect();
        all_env.extend_from_slice(env);
        Pty::spawn_with(&all_args, size.0, size.1, &all_env)
    }
}

impl Drop for Home {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
