//! cloudboard: a terminal wizard to open a cloud account (Cozy, Cleura, CloudSigma).
//!
//! The binary is a thin shell over this library so that tests and benchmarks drive the
//! same state machine, views, API clients and sandbox that people use. The state machine and
//! everything that does not draw are in `cloudboard-core` (`crates/core`), re-exported here;
//! this crate adds the screens (`ui`), the run loop that draws them (`run`), the terminal and
//! the full-screen wizard.

pub use cloudboard_core::{
    api, app, backend, cli, config, crypto, lang, logging, process, sandbox, script, store,
    strength, text, tr,
};
pub mod run;
pub mod terminal;
pub mod ui;
pub mod wizard;
