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
    /// Ask line by line on the normal screen instead of the full-screen UI (also with
    /// ACCESSIBLE=1 or TERM=dumb): no cursor tricks, no colour, read well by screen readers.
    #[arg(long, global = true)]
    pub plain: bool,
    /// Pre-fill the wizard's fields from a TOML answers file (see assets/answers.sample.toml).
    #[arg(long, global = true, value_name = "FILE")]
    pub answers: Option<PathBuf>,
    /// With --answers: run the flow to its end without asking what the file answers.
    #[arg(long, global = true, requires = "answers")]
    pub yes: bool,
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
    /// Create a Cozy, follow its creation, activate it.
    #[command(subcommand)]
    Cozy(CozyCommand),
    /// Sign in to Cleura's REST API (SMS two-factor) and list regions and projects.
    #[command(subcommand)]
    Cleura(CleuraCommand),
    /// Create or sign in to a CloudSigma account.
    #[command(subcommand)]
    Cloudsigma(CloudSigmaCommand),
    /// Run the provider simulator until stopped, for tests and demos.
    Sandbox(SandboxArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `cloudboard man | man -l -`.
    Man,
}

/// Output options every scriptable subcommand takes.
#[derive(Debug, Clone, Args, Default)]
pub struct Output {
    /// Print a JSON object on standard output instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum CozyCommand {
    /// Create a Cozy and follow its creation to the end.
    Create {
        #[arg(long, value_name = "EMAIL")]
        email: String,
        /// The address: SLUG.DOMAIN (lowercase letters and digits, a letter first).
        #[arg(long, value_name = "SLUG")]
        slug: String,
        /// One of the partner's domains (default: the first configured).
        #[arg(long, value_name = "DOMAIN")]
        domain: Option<String>,
        #[arg(long, value_name = "OFFER")]
        offer: Option<String>,
        /// A universal link for mobile onboarding.
        #[arg(long, value_name = "URL")]
        redirect: Option<String>,
        /// State that you accept the current terms (their version is sent and reported).
        #[arg(long)]
        accept_terms: bool,
        #[command(flatten)]
        output: Output,
    },
    /// Show the state of a creation workflow.
    Status {
        workflow: String,
        #[command(flatten)]
        output: Output,
    },
    /// Activate a new Cozy from the link in its activation email, choosing the passphrase.
    Activate {
        /// The activation link (or the bare register token of the Cozy just created).
        link: String,
        /// Read the passphrase from standard input instead of prompting without echo.
        #[arg(long)]
        passphrase_stdin: bool,
        /// A hint to remember the passphrase by.
        #[arg(long, value_name = "HINT")]
        hint: Option<String>,
        #[command(flatten)]
        output: Output,
    },
    /// Print the Cloudery's web onboarding link (to do the same in a browser).
    OnboardLink {
        #[arg(long, value_name = "EMAIL")]
        email: Option<String>,
        #[arg(long, value_name = "SLUG")]
        slug: Option<String>,
        /// Also draw it as a QR code, for a phone.
        #[arg(long)]
        qr: bool,
        #[command(flatten)]
        output: Output,
    },
}

#[derive(Debug, Subcommand)]
pub enum CleuraCommand {
    /// Sign in and keep the token (keyring, or a file only you can read).
    Login {
        #[arg(long, value_name = "LOGIN")]
        login: String,
        /// Read the password from standard input (else CLOUDBOARD_CLEURA_PASSWORD, else a
        /// prompt without echo).
        #[arg(long)]
        password_stdin: bool,
        /// Read the SMS code from standard input (after the password line, if both).
        #[arg(long)]
        sms_code_stdin: bool,
        #[command(flatten)]
        output: Output,
    },
    /// List the regions your account can use.
    Regions {
        #[command(flatten)]
        output: Output,
    },
    /// List the projects of a domain (its id, or its region tag such as Sto2).
    Projects {
        domain: String,
        #[command(flatten)]
        output: Output,
    },
    /// Revoke the token on the server and forget it.
    Logout {
        #[command(flatten)]
        output: Output,
    },
}

#[derive(Debug, Subcommand)]
pub enum CloudSigmaCommand {
    /// Create an account; a confirmation email follows.
    CreateAccount {
        #[arg(long, value_name = "EMAIL")]
        email: String,
        #[arg(long, value_name = "CODE")]
        promo: Option<String>,
        /// A location code (see `locations`), or an API address.
        #[arg(long, value_name = "LOC")]
        location: Option<String>,
        #[command(flatten)]
        output: Output,
    },
    /// Sign in and keep the session (keyring, or a file only you can read).
    Login {
        #[arg(long, value_name = "EMAIL")]
        email: String,
        /// Read the password from standard input (else CLOUDBOARD_CLOUDSIGMA_PASSWORD, else
        /// a prompt without echo).
        #[arg(long)]
        password_stdin: bool,
        #[arg(long, value_name = "LOC")]
        location: Option<String>,
        #[command(flatten)]
        output: Output,
    },
    /// Show the signed-in account.
    Whoami {
        #[command(flatten)]
        output: Output,
    },
    /// Sign out and forget the session.
    Logout {
        #[command(flatten)]
        output: Output,
    },
    /// List the locations.
    Locations {
        #[command(flatten)]
        output: Output,
    },
}

#[derive(Debug, Clone, Args)]
pub struct SandboxArgs {
    /// The address to serve on.
    #[arg(long, default_value = "127.0.0.1:8787", value_name = "ADDR")]
    pub listen: SocketAddr,
    /// How long a Cozy creation workflow takes, in seconds.
    #[arg(long, default_value_t = 3.0, value_name = "N")]
    pub workflow_secs: f64,
    /// How many Cleura regions the accounts see: the guide's three, then made-up ones (to
    /// try a long region table).
    #[arg(long, default_value_t = 3, value_name = "N", value_parser = clap::value_parser!(u32).range(3..=100_000))]
    pub regions: u32,
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
