//! Where tokens and session cookies are kept between runs: the OS keyring when one answers
//! within a short time, else a file only the user can read (0600 in a 0700 directory), and
//! the person is told which.
//!
//! Keyring calls can hang on a desktop whose keyring is locked and on headless machines:
//! every call runs on a blocking thread under a timeout, and a keyring that failed or timed
//! out once is not asked again in this run.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

use crate::config::SecretStore;

const SERVICE: &str = "cloudboard";
const KEYRING_TIMEOUT: Duration = Duration::from_secs(2);

/// Where a secret went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Keyring,
    /// A file, as the configuration asks (`secrets.store = "file"`).
    File(PathBuf),
    /// A file, because no keyring answered in time.
    FallbackFile(PathBuf),
}

impl Location {
    /// In words, for the screen.
    pub fn describe(&self) -> String {
        match self {
            Location::Keyring => "the system keyring".into(),
            Location::File(path) => {
                format!("{} (a file only you can read)", path.display())
            }
            Location::FallbackFile(path) => format!(
                "{} (no keyring answered; only you can read this file)",
                path.display()
            ),
        }
    }

    /// Where, in a few words: "the system keyring" or the file's path.
    pub fn short(&self) -> String {
        match self {
            Location::Keyring => "the system keyring".into(),
            Location::File(path) | Location::FallbackFile(path) => home_as_tilde(path),
        }
    }

    fn file(mode: SecretStore, path: PathBuf) -> Location {
        if mode == SecretStore::File {
            Location::File(path)
        } else {
            Location::FallbackFile(path)
        }
    }
}

/// `path` with the home directory written `~`, as people read and type it.
fn home_as_tilde(path: &Path) -> String {
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .filter(|home| home.is_absolute() && home.parent().is_some());
    match home
        .as_deref()
        .and_then(|home| path.strip_prefix(home).ok())
    {
        Some(rest) if !rest.as_os_str().is_empty() => format!("~/{}", rest.display()),
        _ => path.display().to_string(),
    }
}

#[derive(Clone)]
pub struct Secrets {
    mode: SecretStore,
    dir: PathBuf,
    keyring: Arc<Mutex<Probe>>,
}

#[derive(Clone)]
enum Probe {
    NotYet,
    Usable(Arc<keyring_core::CredentialStore>),
    Unusable,
}

impl Secrets {
    pub fn new(mode: SecretStore, data_dir: &Path) -> Secrets {
        Secrets {
            mode,
            dir: data_dir.join("secrets"),
            keyring: Arc::new(Mutex::new(Probe::NotYet)),
        }
    }

    /// Keeps `value` under `name`, replacing what was there.
    pub async fn save(&self, name: &str, value: &SecretString) -> Result<Location, String> {
        if self.mode != SecretStore::File
            && let Some(store) = self.keyring().await
        {
            let entry_name = name.to_string();
            let secret = Zeroizing::new(value.expose_secret().to_string());
            let stored = self
                .keyring_call(move || {
                    let entry = entry(&store, &entry_name)?;
                    entry.set_password(&secret).map_err(|e| e.to_string())
                })
                .await;
            match stored {
                Ok(()) => {
                    // A copy left in a file from an earlier run would outlive a sign-out.
                    let _ = std::fs::remove_file(self.file(name));
                    return Ok(Location::Keyring);
                }
                Err(e) if self.mode == SecretStore::Keyring => {
                    return Err(format!("the keyring refused to store it: {e}"));
                }
                Err(e) => tracing::warn!(error = %e, "keyring failed; using a file"),
            }
        } else if self.mode == SecretStore::Keyring {
            return Err("no keyring answered; set secrets.store = \"auto\" to use a file".into());
        }
        let path = self.file(name);
        let bytes = Zeroizing::new(value.expose_secret().as_bytes().to_vec());
        let dir = self.dir.clone();
        let target = path.clone();
        tokio::task::spawn_blocking(move || {
            super::create_private_dir(&dir)?;
            super::write_atomic(&target, &bytes, 0o600)
        })
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        Ok(Location::file(self.mode, path))
    }

    /// What was kept under `name`, and where it was found.
    pub async fn load(&self, name: &str) -> Result<Option<(SecretString, Location)>, String> {
        if self.mode != SecretStore::File
            && let Some(store) = self.keyring().await
        {
            let entry_name = name.to_string();
            let found = self
                .keyring_call(move || {
                    let entry = entry(&store, &entry_name)?;
                    match entry.get_password() {
                        Ok(secret) => Ok(Some(SecretString::from(secret))),
                        Err(keyring_core::Error::NoEntry) => Ok(None),
                        Err(e) => Err(e.to_string()),
                    }
                })
                .await;
            match found {
                Ok(Some(secret)) => return Ok(Some((secret, Location::Keyring))),
                Ok(None) => {}
                Err(e) => tracing::warn!(error = %e, "keyring read failed"),
            }
        }
        if self.mode == SecretStore::Keyring {
            return Ok(None);
        }
        let path = self.file(name);
        let target = path.clone();
        let read = tokio::task::spawn_blocking(move || std::fs::read_to_string(&target))
            .await
            .map_err(|e| e.to_string())?;
        match read {
            Ok(text) => Ok(Some((
                SecretString::from(text),
                Location::file(self.mode, path),
            ))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(format!("cannot read {}: {e}", path.display())),
        }
    }

    /// Forgets `name` everywhere it may be.
    pub async fn forget(&self, name: &str) -> Result<(), String> {
        if self.mode != SecretStore::File
            && let Some(store) = self.keyring().await
        {
            let entry_name = name.to_string();
            let _ = self
                .keyring_call(move || {
                    let entry = entry(&store, &entry_name)?;
                    match entry.delete_credential() {
                        Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
                        Err(e) => Err(e.to_string()),
                    }
                })
                .await;
        }
        match std::fs::remove_file(self.file(name)) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(format!("cannot remove {}: {e}", self.file(name).display())),
        }
    }

    fn file(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{name}.secret"))
    }

    /// The keyring, probed once with a real round trip: some stores construct fine and then
    /// fail every call.
    async fn keyring(&self) -> Option<Arc<keyring_core::CredentialStore>> {
        let known = self
            .keyring
            .lock()
            .map(|p| p.clone())
            .unwrap_or(Probe::Unusable);
        match known {
            Probe::Usable(store) => return Some(store),
            Probe::Unusable => return None,
            Probe::NotYet => {}
        }
        let probed = self
            .keyring_call(|| {
                let store = platform_store()?;
                let entry = entry(&store, "probe")?;
                entry.set_password("probe").map_err(|e| e.to_string())?;
                let back = entry.get_password().map_err(|e| e.to_string())?;
                let _ = entry.delete_credential();
                if back == "probe" {
                    Ok(store)
                } else {
                    Err("the keyring gave back something else".to_string())
                }
            })
            .await;
        let probe = match probed {
            Ok(store) => Probe::Usable(store),
            Err(e) => {
                tracing::info!(reason = %e, "no usable keyring");
                Probe::Unusable
            }
        };
        if let Ok(mut slot) = self.keyring.lock() {
            *slot = probe.clone();
        }
        match probe {
            Probe::Usable(store) => Some(store),
            _ => None,
        }
    }

    /// Runs a keyring call on a blocking thread, giving up after KEYRING_TIMEOUT (and then
    /// never asking the keyring again in this run).
    async fn keyring_call<T: Send + 'static>(
        &self,
        call: impl FnOnce() -> Result<T, String> + Send + 'static,
    ) -> Result<T, String> {
        let task = tokio::task::spawn_blocking(call);
        match tokio::time::timeout(KEYRING_TIMEOUT, task).await {
            Ok(Ok(result)) => result,
            Ok(Err(e)) => Err(e.to_string()),
            Err(_) => {
                if let Ok(mut slot) = self.keyring.lock() {
                    *slot = Probe::Unusable;
                }
                Err("the keyring did not answer in time".into())
            }
        }
    }
}

fn entry(
    store: &Arc<keyring_core::CredentialStore>,
    name: &str,
) -> Result<keyring_core::Entry, String> {
    store.build(SERVICE, name, None).map_err(|e| e.to_string())
}

#[cfg(target_os = "linux")]
fn platform_store() -> Result<Arc<keyring_core::CredentialStore>, String> {
    let store = linux_keyutils_keyring_store::Store::new().map_err(|e| e.to_string())?;
    Ok(store)
}

#[cfg(not(target_os = "linux"))]
fn platform_store() -> Result<Arc<keyring_core::CredentialStore>, String> {
    Err("no keyring store is built in for this platform".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(tag: &str) -> PathBuf {
        let d =
            std::env::temp_dir().join(format!("cloudboard-secrets-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        d
    }

    #[test]
    fn paths_under_home_are_written_with_a_tilde() {
        let Some(home) = std::env::var_os("HOME")
            .map(PathBuf::from)
            .filter(|home| home.parent().is_some())
        else {
            return;
        };
        assert_eq!(home_as_tilde(&home.join("a/token")), "~/a/token");
        assert_eq!(
            home_as_tilde(Path::new("/elsewhere/token")),
            "/elsewhere/token"
        );
    }

    #[tokio::test]
    async fn file_store_round_trip_is_private_and_forgettable() {
        let data = dir("file");
        let secrets = Secrets::new(SecretStore::File, &data);
        let value = SecretString::from("tok-123");
        let location = secrets.save("cleura", &value).await.unwrap();
        let Location::File(path) = &location else {
            panic!("{location:?}")
        };
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
            let parent = path.parent().unwrap();
            let dmode = std::fs::metadata(parent).unwrap().permissions().mode() & 0o777;
            assert_eq!(dmode, 0o700);
        }
        let (back, at) = secrets.load("cleura").await.unwrap().unwrap();
        assert_eq!(back.expose_secret(), "tok-123");
        assert_eq!(at, location);
        assert!(location.describe().contains("only you can read"));
        assert!(
            !location.describe().contains("no keyring"),
            "the file was chosen"
        );
        secrets.forget("cleura").await.unwrap();
        assert!(secrets.load("cleura").await.unwrap().is_none());
        let _ = std::fs::remove_dir_all(&data);
    }

    #[tokio::test]
    async fn auto_falls_back_or_uses_the_keyring_and_says_which() {
        let data = dir("auto");
        let secrets = Secrets::new(SecretStore::Auto, &data);
        let location = secrets
            .save("probe-test", &SecretString::from("s3cret"))
            .await
            .unwrap();
        let (back, at) = secrets.load("probe-test").await.unwrap().unwrap();
        assert_eq!(back.expose_secret(), "s3cret");
        assert_eq!(at, location);
        secrets.forget("probe-test").await.unwrap();
        assert!(secrets.load("probe-test").await.unwrap().is_none());
        let _ = std::fs::remove_dir_all(&data);
    }
}
