//! The XDG locations (through `directories`): the config file, the data directory for state
//! and secrets that have no keyring, and the log file.

use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Paths {
    pub config_file: PathBuf,
    pub data_dir: PathBuf,
    pub log_file: PathBuf,
}

impl Paths {
    /// The platform's directories for cloudboard, or `.cloudboard` under the current
    /// directory when the platform has no home (a bare container).
    pub fn discover(config_override: Option<&Path>) -> Paths {
        let (config_dir, data_dir) = match directories::ProjectDirs::from("", "", "cloudboard") {
            Some(dirs) => (
                dirs.config_dir().to_path_buf(),
                dirs.data_local_dir().to_path_buf(),
            ),
            None => {
                let base = PathBuf::from(".cloudboard");
                (base.clone(), base)
            }
        };
        Paths::at(
            config_override
                .map(Path::to_path_buf)
                .unwrap_or_else(|| config_dir.join("config.toml")),
            data_dir,
        )
    }

    pub fn at(config_file: PathBuf, data_dir: PathBuf) -> Paths {
        let log_file = data_dir.join("cloudboard.log");
        Paths {
            config_file,
            data_dir,
            log_file,
        }
    }
}
