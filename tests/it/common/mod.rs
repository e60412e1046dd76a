//! The one kit the integration tests share; each name in it means one thing everywhere.
//!
//! - `drive`: the wizard's state machine in memory, driven with the script driver's verbs
//!   (`key`, `typed`, `answer`; the backend's `reply` to a `request_id` fed in by hand), and
//!   drawn (`app`, `start_at_sandbox`, `render`). Re-exported here: `common::key`, `common::render`, ...
//! - `sandbox`: the sandbox in this process or as `cloudboard sandbox` in its own, always
//!   bound to port 0 and used at the address it reports; its own routes (faults, clock,
//!   counters). `outbox`: what it "sent", waited for by its long poll, never by sleeping.
//! - `home`: a home of its own (config, data, secrets in files) for the real binary, run in
//!   a pseudo-terminal (`pty`, walked a person's way by `wizard`, talked to line by line by
//!   `Talk`) or as a subcommand with piped streams (`cli`, its verbs: `cleura_login`,
//!   `cozy_create`, ...).
//! - `backend`: the backend alone, over its channels. `regions`, `counting`: the region
//!   table and a terminal that counts cells, shared with `benches/render.rs`.
//!   `cloudsigma`: the confirmation page a person fills in a browser.
#![allow(dead_code)]

pub mod backend;
pub mod cli;
pub mod cloudsigma;
pub mod counting;
pub mod drive;
pub mod home;
pub mod outbox;
pub mod pty;
pub mod regions;
pub mod sandbox;
pub mod wizard;

use std::path::PathBuf;

pub use drive::{
    answer, app, buffer, key, reads, render, reply, request_id, speak, speaking, start_at_sandbox,
    typed,
};

/// Runs `work` to its end on a runtime of its own, for a test without one.
pub fn block_on<T>(work: impl Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
        .block_on(work)
}

/// A fresh, empty directory under the system's temporary one, named after `tag` and unique
/// in this run: every test of the one binary shares its process id.
pub fn temp_dir(tag: &str) -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let dir = std::env::temp_dir().join(format!(
        "cloudboard-{tag}-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    dir
}
