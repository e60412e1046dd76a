//! cloudboard: a terminal wizard to open a cloud account (Cozy, Cleura, CloudSigma).
//!
//! The binary is a thin shell over this library so that tests and benchmarks drive the
//! same state machine, views, API clients and sandbox that people use.

pub mod crypto;
pub mod sandbox;
