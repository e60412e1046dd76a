//! Where cloudboard keeps things on disk, and how it writes them so that a crash or a full
//! disk never leaves half a file behind.

pub mod paths;
pub mod resume;
pub mod secrets;
pub mod sent;

use std::io::Write;
use std::path::Path;

pub use paths::Paths;

/// The largest file cloudboard reads as text it was given (a config, an answers file): a
/// larger one is not what it seems and is refused, not read into memory.
pub const MAX_TEXT_FILE: u64 = 256 * 1024;

/// Reads a small text file whole, or says why not (too large, not UTF-8, unreadable).
pub fn read_small_text(path: &Path) -> std::io::Result<String> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let mut text = String::new();
    let read = file.take(MAX_TEXT_FILE + 1).read_to_string(&mut text)?;
    if read as u64 > MAX_TEXT_FILE {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            TooLarge {
                kib: MAX_TEXT_FILE / 1024,
            },
        ));
    }
    Ok(text)
}

/// A file refused by its size; said in words only when said to a person (`io_said_in`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLarge {
    pub kib: u64,
}

impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said_in(crate::lang::Lang::En))
    }
}

impl std::error::Error for TooLarge {}

impl TooLarge {
    pub fn said_in(&self, lang: crate::lang::Lang) -> String {
        crate::lang::tr_args(lang, "shared-file-too-large", &[("kib", self.kib.into())])
            .into_owned()
    }
}

/// Why a file could not be read, for a person: cloudboard's own refusal in `lang`, the
/// system's words as it said them.
pub fn io_said_in(lang: crate::lang::Lang, error: &std::io::Error) -> String {
    match error.get_ref().and_then(|e| e.downcast_ref::<TooLarge>()) {
        Some(too_large) => too_large.said_in(lang),
        None => error.to_string(),
    }
}

/// Writes `bytes` to `path` through a temporary file in the same directory, fsynced and then
/// renamed over the target: a reader sees the old file or the new one, never a mix. The file
/// gets `mode` (0600 for anything that holds a secret) before any byte is written.
pub fn write_atomic(path: &Path, bytes: &[u8], mode: u32) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "state".into());
    let tmp = dir.join(format!(".{name}.tmp{}", std::process::id()));
    let result = (|| {
        let mut file = open_with_mode(&tmp, mode)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)?;
        // The rename is durable only once the directory entry is.
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(unix)]
fn open_with_mode(path: &Path, mode: u32) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(mode)
        .open(path)
}

#[cfg(not(unix))]
fn open_with_mode(path: &Path, _mode: u32) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)
}

/// Creates `dir` (and its parents) readable by the user only.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
        // An existing directory keeps its mode on create: tighten it.
        let mut perms = std::fs::metadata(dir)?.permissions();
        if perms.mode() & 0o077 != 0 {
            perms.set_mode(0o700);
            std::fs::set_permissions(dir, perms)?;
        }
        Ok(())
    }
    #[cfg(not(unix))]
    {
        std::fs::create_dir_all(dir)
    }
}

/// Seconds since the Unix epoch, as records on disk keep time.
pub fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Moves a file that could not be read aside (`name.broken-<unix time>`), so that the person
/// keeps it for inspection and cloudboard starts clean. Returns where it went.
pub fn set_aside(path: &Path) -> std::io::Result<std::path::PathBuf> {
    let stamp = now_secs();
    let mut aside = path.as_os_str().to_owned();
    aside.push(format!(".broken-{stamp}"));
    let aside = std::path::PathBuf::from(aside);
    std::fs::rename(path, &aside)?;
    Ok(aside)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(tag: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "cloudboard-store-{tag}-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn atomic_write_replaces_whole_and_sets_the_mode() {
        let dir = temp_dir("atomic");
        create_private_dir(&dir).unwrap();
        let path = dir.join("state.json");
        write_atomic(&path, b"first", 0o600).unwrap();
        write_atomic(&path, b"second", 0o600).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
            let dmode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
            assert_eq!(dmode, 0o700);
        }
        let leftovers: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().contains(".tmp"))
            .collect();
        assert!(leftovers.is_empty());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn set_aside_keeps_the_broken_file() {
        let dir = temp_dir("aside");
        create_private_dir(&dir).unwrap();
        let path = dir.join("config.toml");
        std::fs::write(&path, "[[[").unwrap();
        let aside = set_aside(&path).unwrap();
        assert!(!path.exists());
        assert_eq!(std::fs::read_to_string(&aside).unwrap(), "[[[");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
