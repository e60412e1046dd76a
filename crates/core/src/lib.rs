//! cloudboard's core: the state machine (`app`), the provider clients (`api`), the backend
//! that performs what the state machine asks (`backend`), what is kept between runs
//! (`store`), the sandbox that simulates the providers, and the scripts and plain mode that
//! drive the state machine line by line.
//!
//! Nothing here draws. The screens live in the `cloudboard` crate, which depends on this
//! one: this crate cannot depend on it back, so the state machine importing drawing code is a
//! build error, not a convention.

pub mod api;
pub mod app;
pub mod backend;
pub mod cli;
pub mod config;
pub mod crypto;
pub mod lang;
pub mod logging;
pub mod process;
pub mod sandbox;
pub mod script;
pub mod store;
/// The passphrase strength estimate: its own crate in the workspace (`crates/strength`).
pub use cloudboard_strength as strength;
pub mod text;
