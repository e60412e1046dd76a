//! The integration tests, in one binary: one link instead of one per file, and one set
//! of helpers (`common`) whose names mean one thing everywhere.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic here is a test failing

mod common;

mod cleura_api;
mod cleura_backend;
mod cleura_e2e;
mod cleura_screens;
mod clicks;
mod cloudsigma_api;
mod cloudsigma_e2e;
mod cloudsigma_screens;
mod cozy_api;
mod cozy_e2e;
mod cozy_screens;
mod french_cleura;
mod french_cloudsigma;
mod french_cozy;
mod french_home;
mod french_scripts;
mod french_shared;
mod home_screens;
mod input_props;
mod keymaps;
mod language;
mod reliability_broken_servers;
mod reliability_faults;
mod reliability_limits;
mod reliability_lost_answers;
mod reliability_secrets;
mod reliability_tls;
mod render_diff;
mod sandbox_cleura;
mod sandbox_cloudsigma;
mod sandbox_command;
mod sandbox_core;
mod sandbox_cozy;
mod sandbox_seeds;
mod script_commands;
mod script_plain;
mod terminal_e2e;
mod untranslated;
