//! The scriptable subcommands, each a flow driven to its end (or a single call where the
//! wizard itself makes just that call).

use crate::cli::{Command, GlobalArgs};
use crate::store::Paths;

use super::Failure;
use super::output::Printer;

pub async fn run(global: &GlobalArgs, paths: &Paths, command: Command) -> u8 {
    let _ = (global, paths);
    let printer = Printer::new(false);
    let what = match command {
        Command::Cozy(_) => "cozy",
        Command::Cleura(_) => "cleura",
        Command::Cloudsigma(_) => "cloudsigma",
        _ => "this command",
    };
    printer.fail(&Failure::usage(format!(
        "`cloudboard {what}` is not available in this build yet"
    )))
}
