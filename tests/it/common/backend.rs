//! The whole backend as the wizard starts it (no sandbox of its own, secrets in files),
//! with a data directory of its own, driven over its channels.

use std::path::PathBuf;

use cloudboard::app::{Command, Event};
use cloudboard::backend::{self, Setup};
use cloudboard::config::SecretStore;
use cloudboard::store::Paths;
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};

pub type Commands = UnboundedSender<Command>;
pub type Events = UnboundedReceiver<Event>;

/// Spawns the backend on the current runtime; `tag` names its data directory.
pub fn start(tag: &str) -> (PathBuf, Commands, Events) {
    let dir = super::temp_dir(&format!("backend-{tag}"));
    let (command_tx, command_rx) = tokio::sync::mpsc::unbounded_channel();
    let (event_tx, event_rx) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(backend::run_in(
        cloudboard::lang::Lang::En,
        command_rx,
        event_tx,
        Setup {
            start_sandbox: false,
            workflow_secs: 3.0,
            paths: Paths::at(dir.join("config.toml"), dir.clone()),
            secret_store: SecretStore::File,
        },
    ));
    (dir, command_tx, event_rx)
}
