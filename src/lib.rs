//! cloudboard: a terminal wizard to open a cloud account (Cozy, Cleura, CloudSigma).
//!
//! The binary is a thin shell over this library so that tests and benchmarks drive the
//! same state machine, views, API clients and sandbox that people use.

pub mod api;
pub mod app;
pub mod backend;
pub mod cli;
pub mod config;
pub mod crypto;
pub mod logging;
pub mod process;
pub mod run;
pub mod sandbox;
pub mod script;
pub mod store;
/// The passphrase strength estimate: its own crate in the workspace (`crates/strength`).
pub use cloudboard_strength as strength;
pub mod terminal;
pub mod text;
pub mod ui;
pub mod wizard;
