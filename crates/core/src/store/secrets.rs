//! Where tokens and session cookies are kept between runs, best place first:
//!
//! 1. the operating system's keyring: on Linux the desktop keyring, through the Secret
//!    Service (GNOME Keyring, KWallet, KeePassXC), kept on disk; the Keychain on macOS;
//!    Credential Manager on Windows;
//! 2. on Linux, the kernel's keyring (keyutils), which forgets everything at reboot;
//! 3. a file only the user can read (0600 in a 0700 directory).
//!
//! The person is told which one holds each secret.
//!
//! A keyring is used only after a real round trip (set, get, delete) worked: some construct
//! fine and then fail every call. Keyring calls can hang (a locked desktop keyring waits for
//! its password; a headless machine may have no one to answer): every call runs on a blocking
//! thread under a timeout, and a keyring that failed its probe or did not answer in time is
//! not asked again in this run.
//!
//! Reading looks in every place, best first, so a secret an earlier run left in the kernel
//! keyring or a file is still found once the desktop keyring answers, and is then moved there.
//! Saving writes to the best keyring that takes it and removes the copies elsewhere;
//! forgetting removes it everywhere. With `secrets.store = "file"` no keyring is ever asked;
//! with `"keyring"` no file is used.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use keyring_core::CredentialStore;
use secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

use crate::config::SecretStore;
use crate::lang::{Arg, Lang, tr, tr_args};
use crate::tr;

const SERVICE: &str = "cloudboard";
const KEYRING_TIMEOUT: Duration = Duration::from_secs(2);

/// Where a secret went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// The operating system's own keyring: the desktop keyring (Secret Service) on Linux, the
    /// Keychain on macOS, Credential Manager on Windows.
    Keyring,
    /// The Linux kernel's keyring: kept in memory until the machine restarts.
    KernelKeyring,
    /// A file, as the configuration asks (`secrets.store = "file"`).
    File(PathBuf),
    /// A file, because no keyring answered in time.
    FallbackFile(PathBuf),
}

/// The operating system's keyring, in words: the catalogue's ids of its full name and its
/// short one.
#[cfg(target_os = "linux")]
const OS_KEYRING: (&str, &str) = (
    "shared-store-keyring-linux",
    "shared-store-keyring-linux-short",
);
#[cfg(target_os = "macos")]
const OS_KEYRING: (&str, &str) = (
    "shared-store-keyring-macos",
    "shared-store-keyring-macos-short",
);
#[cfg(windows)]
const OS_KEYRING: (&str, &str) = (
    "shared-store-keyring-windows",
    "shared-store-keyring-windows-short",
);
#[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
const OS_KEYRING: (&str, &str) = ("shared-store-keyring-other", "shared-store-keyring-other");

impl Location {
    /// In words, for the screen, in `lang`.
    pub fn describe_in(&self, lang: Lang) -> String {
        match self {
            Location::Keyring => tr(lang, OS_KEYRING.0).into_owned(),
            Location::KernelKeyring => tr(lang, "shared-store-kernel").into_owned(),
            Location::File(path) => {
                tr!(lang, "shared-store-file", path = home_as_tilde(path)).into_owned()
            }
            Location::FallbackFile(path) => tr!(
                lang,
                "shared-store-fallback-file",
                path = home_as_tilde(path)
            )
            .into_owned(),
        }
    }

    /// Where, in a few words: the keyring's name or the file's path. This is what the state
    /// file records (`Kept::store`), in English; `kept_in` says it in another language.
    pub fn short(&self) -> String {
        self.short_in(Lang::En)
    }

    /// `short`, in `lang`.
    pub fn short_in(&self, lang: Lang) -> String {
        match self {
            Location::Keyring => tr(lang, OS_KEYRING.1).into_owned(),
            Location::KernelKeyring => tr(lang, "shared-store-kernel-short").into_owned(),
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

/// Where the state file says a secret is kept (`Location::short` as it was recorded, in
/// English), said in `lang`: a keyring by its name in that language, a path as it is.
pub fn kept_in(lang: Lang, recorded: &str) -> String {
    [Location::Keyring, Location::KernelKeyring]
        .into_iter()
        .find(|location| location.short() == recorded)
        .map_or_else(|| recorded.to_string(), |location| location.short_in(lang))
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

/// Opens a keyring's store; this may fail (no desktop session, no such service).
type Open = Arc<dyn Fn() -> Result<Arc<CredentialStore>, String> + Send + Sync>;

/// One keyring secrets may be kept in.
struct Keyring {
    /// What the person is told when a secret is kept here.
    location: Location,
    open: Open,
    /// The store once probed (`Some(None)`: it failed its probe). Locked across the probe, so
    /// that two tasks never probe the same keyring at once.
    probed: tokio::sync::Mutex<Option<Option<Arc<CredentialStore>>>>,
    /// A call went unanswered: the keyring is not asked again in this run.
    silent: AtomicBool,
}

impl Keyring {
    fn new(
        location: Location,
        open: impl Fn() -> Result<Arc<CredentialStore>, String> + Send + Sync + 'static,
    ) -> Keyring {
        Keyring {
            location,
            open: Arc::new(open),
            probed: tokio::sync::Mutex::new(None),
            silent: AtomicBool::new(false),
        }
    }
}

#[derive(Clone)]
pub struct Secrets {
    mode: SecretStore,
    dir: PathBuf,
    /// Best first.
    keyrings: Arc<[Keyring]>,
    timeout: Duration,
    /// The language its troubles are said in.
    lang: Lang,
}

impl Secrets {
    pub fn new(mode: SecretStore, data_dir: &Path) -> Secrets {
        Secrets::with_keyrings(mode, data_dir, platform_keyrings(), KEYRING_TIMEOUT)
    }

    /// Says its troubles (a keyring that refused, a file that cannot be written) in `lang`.
    pub fn speaking(mut self, lang: Lang) -> Secrets {
        self.lang = lang;
        self
    }

    /// A trouble in the store's language: `id`'s message with `args`.
    fn said(&self, id: &str, args: &[(&str, Arg)]) -> String {
        tr_args(self.lang, id, args).into_owned()
    }

    fn with_keyrings(
        mode: SecretStore,
        data_dir: &Path,
        keyrings: Vec<Keyring>,
        timeout: Duration,
    ) -> Secrets {
        Secrets {
            mode,
            dir: data_dir.join("secrets"),
            keyrings: keyrings.into(),
            timeout,
            lang: Lang::En,
        }
    }

    /// The keyrings this configuration may ask, best first: none when secrets go to a file.
    fn keyrings(&self) -> &[Keyring] {
        if self.mode == SecretStore::File {
            &[]
        } else {
            &self.keyrings
        }
    }

    /// Keeps `value` under `name`, replacing what was there, in the best place that takes it.
    pub async fn save(&self, name: &str, value: &SecretString) -> Result<Location, String> {
        let mut refusal = None;
        for (at, keyring) in self.keyrings().iter().enumerate() {
            match self.set(keyring, name, value).await {
                Some(Ok(())) => {
                    self.remove_copies(name, Some(at)).await;
                    return Ok(keyring.location.clone());
                }
                Some(Err(e)) => {
                    tracing::warn!(keyring = %keyring.location.short(), error = %e, "a keyring refused a secret");
                    refusal = Some(e);
                }
                None => {}
            }
        }
        if self.mode == SecretStore::Keyring {
            return Err(match refusal {
                Some(e) => self.said("shared-secret-refused", &[("why", e.into())]),
                None => self.said("shared-secret-no-keyring", &[]),
            });
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
        .map_err(|e| {
            self.said(
                "shared-secret-cannot-write",
                &[
                    ("path", path.display().to_string().into()),
                    ("why", e.to_string().into()),
                ],
            )
        })?;
        self.remove_copies(name, None).await;
        Ok(Location::file(self.mode, path))
    }

    /// What was kept under `name`, and where it is now. A secret found only in a lesser place
    /// than the best keyring that answers (left there by an earlier run) is moved up first.
    pub async fn load(&self, name: &str) -> Result<Option<(SecretString, Location)>, String> {
        for (at, keyring) in self.keyrings().iter().enumerate() {
            match self.get(keyring, name).await {
                Some(Ok(Some(secret))) => {
                    let location = match self.move_up(name, &secret, at).await {
                        Some(better) => better,
                        None => keyring.location.clone(),
                    };
                    return Ok(Some((secret, location)));
                }
                Some(Ok(None)) | None => {}
                Some(Err(e)) => {
                    tracing::warn!(keyring = %keyring.location.short(), error = %e, "a keyring read failed")
                }
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
            Ok(text) => {
                let secret = SecretString::from(text);
                let location = match self.move_up(name, &secret, self.keyrings().len()).await {
                    Some(better) => better,
                    None => Location::file(self.mode, path),
                };
                Ok(Some((secret, location)))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(self.said(
                "shared-secret-cannot-read",
                &[
                    ("path", path.display().to_string().into()),
                    ("why", e.to_string().into()),
                ],
            )),
        }
    }

    /// Forgets `name` everywhere it may be.
    pub async fn forget(&self, name: &str) -> Result<(), String> {
        let mut failures = Vec::new();
        for keyring in self.keyrings() {
            if let Some(Err(e)) = self.delete(keyring, name).await {
                failures.push(self.said(
                    "shared-secret-keyring-cannot-remove",
                    &[
                        ("keyring", keyring.location.short_in(self.lang).into()),
                        ("why", e.into()),
                    ],
                ));
            }
        }
        match std::fs::remove_file(self.file(name)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => failures.push(self.said(
                "shared-secret-cannot-remove",
                &[
                    ("path", self.file(name).display().to_string().into()),
                    ("why", e.to_string().into()),
                ],
            )),
        }
        match failures.into_iter().reduce(|said, more| {
            self.said(
                "shared-and",
                &[("said", said.into()), ("more", more.into())],
            )
        }) {
            None => Ok(()),
            Some(failures) => Err(failures),
        }
    }

    fn file(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{name}.secret"))
    }

    /// A secret found at `found` (an index into the keyrings; past the end: the file) goes to
    /// the best keyring above it that takes it. Where it went, if it moved.
    async fn move_up(&self, name: &str, secret: &SecretString, found: usize) -> Option<Location> {
        for (at, keyring) in self.keyrings().iter().enumerate().take(found) {
            match self.set(keyring, name, secret).await {
                Some(Ok(())) => {
                    tracing::info!(name, to = %keyring.location.short(), "a kept secret moved to a better place");
                    self.remove_copies(name, Some(at)).await;
                    return Some(keyring.location.clone());
                }
                Some(Err(e)) => {
                    tracing::warn!(keyring = %keyring.location.short(), error = %e, "a keyring refused a secret")
                }
                None => {}
            }
        }
        None
    }

    /// Removes the copies of `name` everywhere but the keyring at `kept` (`None`: the file
    /// holds the one kept). A copy left by an earlier run would outlive a sign-out, and one in
    /// a better keyring would be read instead of the new one.
    async fn remove_copies(&self, name: &str, kept: Option<usize>) {
        for (at, keyring) in self.keyrings().iter().enumerate() {
            if Some(at) == kept {
                continue;
            }
            if let Some(Err(e)) = self.delete(keyring, name).await {
                tracing::warn!(keyring = %keyring.location.short(), error = %e, "an old copy of a secret stays");
            }
        }
        if kept.is_some()
            && let Err(e) = std::fs::remove_file(self.file(name))
            && e.kind() != std::io::ErrorKind::NotFound
        {
            tracing::warn!(error = %e, "an old copy of a secret stays in its file");
        }
    }

    /// Sets `name` in `keyring`; `None` when that keyring is not used in this run.
    async fn set(
        &self,
        keyring: &Keyring,
        name: &str,
        value: &SecretString,
    ) -> Option<Result<(), String>> {
        let secret = Zeroizing::new(value.expose_secret().to_string());
        self.with_entry(keyring, name, move |entry| {
            entry.set_password(&secret).map_err(|e| e.to_string())
        })
        .await
    }

    async fn get(
        &self,
        keyring: &Keyring,
        name: &str,
    ) -> Option<Result<Option<SecretString>, String>> {
        self.with_entry(keyring, name, |entry| match entry.get_password() {
            Ok(secret) => Ok(Some(SecretString::from(secret))),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(e.to_string()),
        })
        .await
    }

    /// Deletes `name` from `keyring`; one that was not there counts as deleted.
    async fn delete(&self, keyring: &Keyring, name: &str) -> Option<Result<(), String>> {
        self.with_entry(keyring, name, |entry| match entry.delete_credential() {
            Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
            Err(e) => Err(e.to_string()),
        })
        .await
    }

    /// Runs `act` on the entry for `name` in `keyring`, under the timeout; `None` when that
    /// keyring is not used in this run.
    async fn with_entry<T: Send + 'static>(
        &self,
        keyring: &Keyring,
        name: &str,
        act: impl FnOnce(keyring_core::Entry) -> Result<T, String> + Send + 'static,
    ) -> Option<Result<T, String>> {
        let store = self.store(keyring).await?;
        let name = name.to_string();
        Some(self.call(keyring, move || act(entry(&store, &name)?)).await)
    }

    /// The keyring's store, probed once with a real round trip: some stores construct fine
    /// and then fail every call. `None` when it failed its probe or stopped answering.
    async fn store(&self, keyring: &Keyring) -> Option<Arc<CredentialStore>> {
        if keyring.silent.load(Ordering::Relaxed) {
            return None;
        }
        let mut probed = keyring.probed.lock().await;
        if let Some(known) = probed.as_ref() {
            return known.clone();
        }
        let open = keyring.open.clone();
        let result = self
            .call(keyring, move || {
                let store = open()?;
                let entry = entry(&store, "probe")?;
                entry.set_password("probe").map_err(|e| e.to_string())?;
                let back = entry.get_password().map_err(|e| e.to_string());
                let _ = entry.delete_credential();
                if back? == "probe" {
                    Ok(store)
                } else {
                    Err("the keyring gave back something else".to_string())
                }
            })
            .await;
        let known = match result {
            Ok(store) => Some(store),
            Err(e) => {
                tracing::info!(keyring = %keyring.location.short(), reason = %e, "a keyring is not used");
                None
            }
        };
        *probed = Some(known.clone());
        known
    }

    /// Runs a keyring call on a blocking thread, giving up after the timeout (and then never
    /// asking that keyring again in this run).
    async fn call<T: Send + 'static>(
        &self,
        keyring: &Keyring,
        call: impl FnOnce() -> Result<T, String> + Send + 'static,
    ) -> Result<T, String> {
        let task = tokio::task::spawn_blocking(call);
        match tokio::time::timeout(self.timeout, task).await {
            Ok(Ok(result)) => result,
            Ok(Err(e)) => Err(e.to_string()),
            Err(_) => {
                keyring.silent.store(true, Ordering::Relaxed);
                Err(self.said(
                    "shared-secret-keyring-timeout",
                    &[("keyring", keyring.location.short_in(self.lang).into())],
                ))
            }
        }
    }
}

fn entry(store: &Arc<CredentialStore>, name: &str) -> Result<keyring_core::Entry, String> {
    store.build(SERVICE, name, None).map_err(|e| e.to_string())
}

/// This platform's keyrings, best first.
#[cfg(target_os = "linux")]
fn platform_keyrings() -> Vec<Keyring> {
    vec![
        Keyring::new(Location::Keyring, || {
            let store =
                dbus_secret_service_keyring_store::Store::new().map_err(|e| e.to_string())?;
            Ok(store)
        }),
        Keyring::new(Location::KernelKeyring, || {
            let store = linux_keyutils_keyring_store::Store::new().map_err(|e| e.to_string())?;
            Ok(store)
        }),
    ]
}

#[cfg(target_os = "macos")]
fn platform_keyrings() -> Vec<Keyring> {
    vec![Keyring::new(Location::Keyring, || {
        let store =
            apple_native_keyring_store::keychain::Store::new().map_err(|e| e.to_string())?;
        Ok(store)
    })]
}

#[cfg(windows)]
fn platform_keyrings() -> Vec<Keyring> {
    vec![Keyring::new(Location::Keyring, || {
        let store = windows_native_keyring_store::Store::new().map_err(|e| e.to_string())?;
        Ok(store)
    })]
}

#[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
fn platform_keyrings() -> Vec<Keyring> {
    Vec::new()
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::sync::atomic::AtomicUsize;

    use keyring_core::api::CredentialStoreApi;
    use keyring_core::mock;

    use super::*;

    /// A data directory of this test's own, removed when the test ends.
    struct DataDir(PathBuf);

    impl std::ops::Deref for DataDir {
        type Target = Path;
        fn deref(&self) -> &Path {
            &self.0
        }
    }

    impl Drop for DataDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn dir(tag: &str) -> DataDir {
        let d =
            std::env::temp_dir().join(format!("cloudboard-secrets-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        DataDir(d)
    }

    const QUICK: Duration = Duration::from_millis(200);

    /// An in-memory keyring that counts how often it is opened.
    struct Mock {
        store: Arc<mock::Store>,
        opened: Arc<AtomicUsize>,
    }

    impl Mock {
        fn new() -> Mock {
            Mock {
                store: mock::Store::new().unwrap(),
                opened: Arc::new(AtomicUsize::new(0)),
            }
        }

        fn keyring(&self, location: Location) -> Keyring {
            let store = self.store.clone();
            let opened = self.opened.clone();
            Keyring::new(location, move || {
                opened.fetch_add(1, Ordering::SeqCst);
                Ok(store.clone() as Arc<CredentialStore>)
            })
        }

        fn put(&self, name: &str, value: &str) {
            let entry = self.store.build(SERVICE, name, None).unwrap();
            entry.set_password(value).unwrap();
        }

        fn held(&self, name: &str) -> Option<String> {
            let entry = self.store.build(SERVICE, name, None).unwrap();
            entry.get_password().ok()
        }

        /// The next call on `name`'s entry fails.
        fn refuse_next(&self, name: &str) {
            let entry = self.store.build(SERVICE, name, None).unwrap();
            let cred: &mock::Cred = entry.as_any().downcast_ref().unwrap();
            cred.set_error(keyring_core::Error::NoStorageAccess("locked".into()));
        }

        fn opened(&self) -> usize {
            self.opened.load(Ordering::SeqCst)
        }
    }

    /// A keyring whose service is not there (no D-Bus session, say).
    fn absent(location: Location) -> Keyring {
        Keyring::new(location, || Err("no session bus".into()))
    }

    /// A store that opens and then fails every call, as the kernel keyring can.
    #[derive(Debug)]
    struct Broken;

    impl CredentialStoreApi for Broken {
        fn vendor(&self) -> String {
            "broken".into()
        }
        fn id(&self) -> String {
            "broken".into()
        }
        fn build(
            &self,
            _service: &str,
            _user: &str,
            _modifiers: Option<&HashMap<&str, &str>>,
        ) -> keyring_core::Result<keyring_core::Entry> {
            Err(keyring_core::Error::NoStorageAccess("denied".into()))
        }
        fn as_any(&self) -> &dyn std::any::Any {
            self
        }
    }

    fn broken(location: Location) -> Keyring {
        Keyring::new(location, || Ok(Arc::new(Broken) as Arc<CredentialStore>))
    }

    /// A keyring that never answers in time (a locked desktop keyring waiting for its
    /// password), counting how often it is asked.
    fn hanging(location: Location, asked: Arc<AtomicUsize>) -> Keyring {
        Keyring::new(location, move || {
            asked.fetch_add(1, Ordering::SeqCst);
            std::thread::sleep(QUICK * 3);
            Err("too late".into())
        })
    }

    fn secrets(mode: SecretStore, data: &Path, keyrings: Vec<Keyring>) -> Secrets {
        Secrets::with_keyrings(mode, data, keyrings, QUICK)
    }

    /// `desktop` and `kernel` as the desktop and the kernel keyrings, in that order.
    fn both(desktop: &Mock, kernel: &Mock, mode: SecretStore, data: &Path) -> Secrets {
        let keyrings = vec![
            desktop.keyring(Location::Keyring),
            kernel.keyring(Location::KernelKeyring),
        ];
        secrets(mode, data, keyrings)
    }

    async fn save(secrets: &Secrets, name: &str, value: &str) -> Result<Location, String> {
        secrets.save(name, &SecretString::from(value)).await
    }

    fn file_of(data: &Path, name: &str) -> PathBuf {
        data.join("secrets").join(format!("{name}.secret"))
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
        // The screens' long and short words name the same file the same way.
        let kept = Location::FallbackFile(home.join("a/token"));
        assert_eq!(kept.short(), "~/a/token");
        assert!(
            kept.describe_in(Lang::En)
                .starts_with("~/a/token (no keyring answered"),
            "{}",
            kept.describe_in(Lang::En)
        );
        assert_eq!(
            home_as_tilde(Path::new("/elsewhere/token")),
            "/elsewhere/token"
        );
    }

    #[test]
    fn each_place_is_named_in_words() {
        #[cfg(target_os = "linux")]
        {
            assert_eq!(
                Location::Keyring.describe_in(Lang::En),
                "the desktop keyring (Secret Service)"
            );
            assert_eq!(Location::Keyring.short(), "the desktop keyring");
        }
        #[cfg(target_os = "macos")]
        assert_eq!(
            Location::Keyring.describe_in(Lang::En),
            "the macOS Keychain"
        );
        #[cfg(windows)]
        assert_eq!(
            Location::Keyring.describe_in(Lang::En),
            "Windows Credential Manager"
        );
        assert_eq!(
            Location::KernelKeyring.describe_in(Lang::En),
            "the kernel keyring (forgotten at reboot)"
        );
        assert_eq!(
            Location::KernelKeyring.short(),
            "the kernel keyring (until reboot)"
        );
        let path = PathBuf::from("/data/secrets/cleura.secret");
        assert_eq!(
            Location::File(path.clone()).describe_in(Lang::En),
            "/data/secrets/cleura.secret (a file only you can read)"
        );
        assert_eq!(
            Location::FallbackFile(path.clone()).describe_in(Lang::En),
            "/data/secrets/cleura.secret (no keyring answered; only you can read this file)"
        );
        assert_eq!(
            Location::FallbackFile(path).short(),
            "/data/secrets/cleura.secret"
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
        assert!(location.describe_in(Lang::En).contains("only you can read"));
        assert!(
            !location.describe_in(Lang::En).contains("no keyring"),
            "the file was chosen"
        );
        secrets.forget("cleura").await.unwrap();
        assert!(secrets.load("cleura").await.unwrap().is_none());
    }

    #[tokio::test]
    async fn the_file_setting_never_asks_a_keyring() {
        let data = dir("file-only");
        let (desktop, kernel) = (Mock::new(), Mock::new());
        let secrets = both(&desktop, &kernel, SecretStore::File, &data);
        let location = save(&secrets, "cleura", "tok").await.unwrap();
        assert_eq!(location, Location::File(file_of(&data, "cleura")));
        assert!(secrets.load("cleura").await.unwrap().is_some());
        secrets.forget("cleura").await.unwrap();
        assert_eq!((desktop.opened(), kernel.opened()), (0, 0));
    }

    #[tokio::test]
    async fn the_desktop_keyring_comes_first() {
        let data = dir("order");
        let (desktop, kernel) = (Mock::new(), Mock::new());
        let secrets = both(&desktop, &kernel, SecretStore::Auto, &data);
        let location = save(&secrets, "cloudsigma", "session").await.unwrap();
        assert_eq!(location, Location::Keyring);
        assert_eq!(desktop.held("cloudsigma").as_deref(), Some("session"));
        assert_eq!(kernel.held("cloudsigma"), None);
        assert_eq!(desktop.held("probe"), None, "the probe cleans up");
        assert!(!file_of(&data, "cloudsigma").exists());
        let (back, at) = secrets.load("cloudsigma").await.unwrap().unwrap();
        assert_eq!((back.expose_secret(), at), ("session", Location::Keyring));
        assert_eq!(desktop.opened(), 1, "probed once, then kept");
    }

    #[tokio::test]
    async fn without_a_desktop_keyring_the_kernel_keyring_holds_it_and_says_so() {
        let data = dir("kernel");
        let kernel = Mock::new();
        let secrets = secrets(
            SecretStore::Auto,
            &data,
            vec![
                absent(Location::Keyring),
                kernel.keyring(Location::KernelKeyring),
            ],
        );
        let location = save(&secrets, "cloudsigma", "session").await.unwrap();
        assert_eq!(location, Location::KernelKeyring);
        assert!(
            location
                .describe_in(Lang::En)
                .contains("forgotten at reboot")
        );
        assert_eq!(kernel.held("cloudsigma").as_deref(), Some("session"));
        let (_, at) = secrets.load("cloudsigma").await.unwrap().unwrap();
        assert_eq!(at, Location::KernelKeyring);
    }

    #[tokio::test]
    async fn keyrings_that_fail_their_round_trip_leave_it_to_the_file() {
        let data = dir("broken");
        let secrets = secrets(
            SecretStore::Auto,
            &data,
            vec![broken(Location::Keyring), broken(Location::KernelKeyring)],
        );
        let location = save(&secrets, "cleura", "tok").await.unwrap();
        assert_eq!(location, Location::FallbackFile(file_of(&data, "cleura")));
        assert!(
            location
                .describe_in(Lang::En)
                .contains("no keyring answered")
        );
        let (back, at) = secrets.load("cleura").await.unwrap().unwrap();
        assert_eq!((back.expose_secret(), at), ("tok", location));
    }

    #[tokio::test]
    async fn a_keyring_that_does_not_answer_is_left_for_the_run() {
        let data = dir("hang");
        let asked = Arc::new(AtomicUsize::new(0));
        let kernel = Mock::new();
        let secrets = secrets(
            SecretStore::Auto,
            &data,
            vec![
                hanging(Location::Keyring, asked.clone()),
                kernel.keyring(Location::KernelKeyring),
            ],
        );
        for value in ["one", "two"] {
            let location = save(&secrets, "cleura", value).await.unwrap();
            assert_eq!(location, Location::KernelKeyring);
        }
        let (back, _) = secrets.load("cleura").await.unwrap().unwrap();
        assert_eq!(back.expose_secret(), "two");
        secrets.forget("cleura").await.unwrap();
        assert_eq!(asked.load(Ordering::SeqCst), 1, "asked once, then left");
        assert_eq!(kernel.held("cleura"), None);
    }

    #[tokio::test]
    async fn a_keyring_that_refuses_a_secret_passes_it_on() {
        let data = dir("refuse");
        let (desktop, kernel) = (Mock::new(), Mock::new());
        let secrets = both(&desktop, &kernel, SecretStore::Auto, &data);
        desktop.refuse_next("cleura");
        let location = save(&secrets, "cleura", "tok").await.unwrap();
        assert_eq!(location, Location::KernelKeyring);
        assert_eq!(desktop.held("cleura"), None);
        assert_eq!(kernel.held("cleura").as_deref(), Some("tok"));
    }

    #[tokio::test]
    async fn the_keyring_setting_never_falls_back_to_a_file() {
        let data = dir("keyring-only");
        let secrets = secrets(
            SecretStore::Keyring,
            &data,
            vec![absent(Location::Keyring), broken(Location::KernelKeyring)],
        );
        let refused = save(&secrets, "cleura", "tok").await.unwrap_err();
        assert_eq!(
            refused,
            "no keyring answered; set secrets.store = \"auto\" to use a file"
        );
        assert!(!file_of(&data, "cleura").exists());
        assert!(secrets.load("cleura").await.unwrap().is_none());

        let desktop = Mock::new();
        desktop.refuse_next("cleura");
        let secrets = self::secrets(
            SecretStore::Keyring,
            &data,
            vec![desktop.keyring(Location::Keyring)],
        );
        let refused = save(&secrets, "cleura", "tok").await.unwrap_err();
        assert!(
            refused.starts_with("the keyring refused to store it: "),
            "{refused}"
        );
        // In French when the store is told so.
        let secrets = self::secrets(SecretStore::Keyring, &data, vec![absent(Location::Keyring)])
            .speaking(Lang::Fr);
        let refused = save(&secrets, "cleura", "tok").await.unwrap_err();
        assert!(
            refused.starts_with("aucun trousseau n’a répondu"),
            "{refused}"
        );
    }

    #[test]
    fn where_a_secret_is_kept_is_said_in_french() {
        assert_eq!(
            Location::KernelKeyring.short_in(Lang::Fr),
            "le trousseau du noyau (jusqu’au redémarrage)"
        );
        let path = PathBuf::from("/data/secrets/cleura.secret");
        assert_eq!(
            Location::FallbackFile(path).describe_in(Lang::Fr),
            "/data/secrets/cleura.secret (aucun trousseau n’a répondu\u{202f}; vous seul pouvez \
             lire ce fichier)"
        );
        // What the state file recorded, said in French; a path as it is.
        assert_eq!(
            kept_in(Lang::Fr, &Location::KernelKeyring.short()),
            "le trousseau du noyau (jusqu’au redémarrage)"
        );
        assert_eq!(kept_in(Lang::Fr, "~/a/token"), "~/a/token");
        assert_eq!(
            kept_in(Lang::En, &Location::Keyring.short()),
            Location::Keyring.short()
        );
    }

    #[tokio::test]
    async fn a_secret_left_in_the_kernel_keyring_is_found_and_moved_up() {
        let data = dir("move-kernel");
        let (desktop, kernel) = (Mock::new(), Mock::new());
        kernel.put("cloudsigma", "old run");
        let secrets = both(&desktop, &kernel, SecretStore::Auto, &data);
        let (back, at) = secrets.load("cloudsigma").await.unwrap().unwrap();
        assert_eq!((back.expose_secret(), at), ("old run", Location::Keyring));
        assert_eq!(desktop.held("cloudsigma").as_deref(), Some("old run"));
        assert_eq!(kernel.held("cloudsigma"), None);
    }

    #[tokio::test]
    async fn a_secret_kept_in_a_file_is_found_once_a_keyring_answers() {
        let data = dir("move-file");
        let before = secrets(SecretStore::Auto, &data, vec![absent(Location::Keyring)]);
        let location = save(&before, "cleura", "tok").await.unwrap();
        assert_eq!(location, Location::FallbackFile(file_of(&data, "cleura")));

        // The next run: the desktop keyring answers now.
        let desktop = Mock::new();
        let after = secrets(
            SecretStore::Auto,
            &data,
            vec![desktop.keyring(Location::Keyring)],
        );
        let (back, at) = after.load("cleura").await.unwrap().unwrap();
        assert_eq!((back.expose_secret(), at), ("tok", Location::Keyring));
        assert_eq!(desktop.held("cleura").as_deref(), Some("tok"));
        assert!(!file_of(&data, "cleura").exists(), "the file copy goes");
    }

    /// A keyring that passes its probe and then refuses every secret.
    #[derive(Debug)]
    struct ProbeOnly(Arc<mock::Store>);

    impl CredentialStoreApi for ProbeOnly {
        fn vendor(&self) -> String {
            "probe only".into()
        }
        fn id(&self) -> String {
            "probe only".into()
        }
        fn build(
            &self,
            service: &str,
            user: &str,
            modifiers: Option<&HashMap<&str, &str>>,
        ) -> keyring_core::Result<keyring_core::Entry> {
            if user == "probe" {
                self.0.build(service, user, modifiers)
            } else {
                Err(keyring_core::Error::NoStorageAccess("locked".into()))
            }
        }
        fn as_any(&self) -> &dyn std::any::Any {
            self
        }
    }

    #[tokio::test]
    async fn a_secret_that_cannot_move_up_is_still_read_where_it_is() {
        let data = dir("stay");
        let kernel = Mock::new();
        kernel.put("cleura", "tok");
        let picky = Arc::new(ProbeOnly(mock::Store::new().unwrap()));
        let secrets = secrets(
            SecretStore::Auto,
            &data,
            vec![
                Keyring::new(Location::Keyring, move || {
                    Ok(picky.clone() as Arc<CredentialStore>)
                }),
                kernel.keyring(Location::KernelKeyring),
            ],
        );
        let (back, at) = secrets.load("cleura").await.unwrap().unwrap();
        assert_eq!((back.expose_secret(), at), ("tok", Location::KernelKeyring));
        assert_eq!(kernel.held("cleura").as_deref(), Some("tok"));
    }

    #[tokio::test]
    async fn saving_removes_older_copies_everywhere_else() {
        let data = dir("stale");
        let desktop = Mock::new();
        let kernel = Mock::new();
        kernel.put("cloudsigma", "stale");
        let old = secrets(SecretStore::Auto, &data, Vec::new());
        save(&old, "cloudsigma", "stale").await.unwrap();
        let secrets = secrets(
            SecretStore::Auto,
            &data,
            vec![
                desktop.keyring(Location::Keyring),
                kernel.keyring(Location::KernelKeyring),
            ],
        );
        let location = save(&secrets, "cloudsigma", "fresh").await.unwrap();
        assert_eq!(location, Location::Keyring);
        assert_eq!(desktop.held("cloudsigma").as_deref(), Some("fresh"));
        assert_eq!(kernel.held("cloudsigma"), None);
        assert!(!file_of(&data, "cloudsigma").exists());

        // Kept in a file (no keyring takes it): a keyring's older copy would be read first.
        desktop.refuse_next("cloudsigma");
        kernel.refuse_next("cloudsigma");
        let location = save(&secrets, "cloudsigma", "newest").await.unwrap();
        assert_eq!(
            location,
            Location::FallbackFile(file_of(&data, "cloudsigma"))
        );
        assert_eq!(desktop.held("cloudsigma"), None);
    }

    #[tokio::test]
    async fn forgetting_removes_every_copy() {
        let data = dir("forget");
        let (desktop, kernel) = (Mock::new(), Mock::new());
        let old = secrets(SecretStore::Auto, &data, Vec::new());
        save(&old, "cleura", "c").await.unwrap();
        desktop.put("cleura", "a");
        kernel.put("cleura", "b");
        let secrets = both(&desktop, &kernel, SecretStore::Auto, &data);
        secrets.forget("cleura").await.unwrap();
        assert_eq!(
            (desktop.held("cleura"), kernel.held("cleura")),
            (None, None)
        );
        assert!(!file_of(&data, "cleura").exists());
        assert!(secrets.load("cleura").await.unwrap().is_none());
        // Nothing there: still a success.
        secrets.forget("cleura").await.unwrap();

        kernel.put("cleura", "b");
        kernel.refuse_next("cleura");
        let failed = secrets.forget("cleura").await.unwrap_err();
        assert!(
            failed.starts_with("the kernel keyring (until reboot) could not remove it: "),
            "{failed}"
        );
    }

    #[tokio::test]
    async fn auto_falls_back_or_uses_the_keyring_and_says_which() {
        let data = dir("auto");
        let secrets = Secrets::new(SecretStore::Auto, &data);
        let location = save(&secrets, "probe-test", "s3cret").await.unwrap();
        let (back, at) = secrets.load("probe-test").await.unwrap().unwrap();
        assert_eq!(back.expose_secret(), "s3cret");
        assert_eq!(at, location);
        secrets.forget("probe-test").await.unwrap();
        assert!(secrets.load("probe-test").await.unwrap().is_none());
    }
}
