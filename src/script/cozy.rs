//! The `cozy` subcommands.

use crate::cli::{CozyCommand, GlobalArgs};
use crate::store::Paths;

use super::Failure;
use super::output::Printer;

pub fn json_flag(command: &CozyCommand) -> bool {
    match command {
        CozyCommand::Create { output, .. }
        | CozyCommand::Status { output, .. }
        | CozyCommand::Activate { output, .. }
        | CozyCommand::OnboardLink { output, .. } => output.json,
    }
}

pub async fn run(
    _global: &GlobalArgs,
    _paths: &Paths,
    _command: CozyCommand,
    _printer: &Printer,
) -> Result<(serde_json::Value, Vec<String>), Failure> {
    Err(Failure::usage(
        "the cozy commands arrive with the Cozy flow",
    ))
}
