//! The command line, one clap definition for the wizard, the sandbox and (later) every
//! scriptable subcommand, so that help, completions and the man page cannot drift apart.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "cloudboard",
    version,
    about = "Open a cloud account from your terminal: create a Cozy, sign in to Cleura, or open a CloudSigma account",
    long_about = "cloudboard is a keyboard-driven wizard that creates a Cozy (Cozy Cloud), signs in to \
Cleura Cloud's REST API with SMS two-factor and browses its regions, and creates or signs in to a \
CloudSigma account.\n\nTry every flow offline, with no account: cloudboard --sandbox",
    after_help = "Files: the config file is config.toml in the config directory (see --config); state \
and the log live in the data directory. CLOUDBOARD_LOG sets the log level (e.g. debug)."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Args, Default)]
pub struct GlobalArgs {
    /// Read the configuration from FILE instead of the default location.
    #[arg(long, global = true, value_name = "FILE", env = "CLOUDBOARD_CONFIG")]
    pub config: Option<PathBuf>,
    /// Start a built-in simulator of all three providers and point every flow at it.
    #[arg(long, global = true, conflicts_with = "sandbox_url")]
    pub sandbox: bool,
    /// Point every provider at a sandbox already running at URL (see `cloudboard sandbox`).
    #[arg(long, global = true, value_name = "URL")]
    pub sandbox_url: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the provider simulator until stopped, for tests and demos.
    Sandbox(SandboxArgs),
}

#[derive(Debug, Clone, Args)]
pub struct SandboxArgs {
    /// The address to serve on.
    #[arg(long, default_value = "127.0.0.1:8787", value_name = "ADDR")]
    pub listen: SocketAddr,
    /// How long a Cozy creation workflow takes, in seconds.
    #[arg(long, default_value_t = 3.0, value_name = "N")]
    pub workflow_secs: f64,
    /// Do not log each request on standard error.
    #[arg(long)]
    pub quiet: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn sandbox_and_sandbox_url_exclude_each_other() {
        let err = Cli::try_parse_from(["cloudboard", "--sandbox", "--sandbox-url", "http://x"])
            .unwrap_err();
        assert_eq!(err.kind(), clap::error::ErrorKind::ArgumentConflict);
    }
}
