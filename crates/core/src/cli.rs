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
    pub wizard: WizardArgs,
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// The command line in `lang`: its about lines, every option's and subcommand's help,
    /// and in French the headings clap lets us word (clap's own messages, such as its
    /// errors and "[default: …]", stay English). English is the definition's text, word for
    /// word (a test holds the catalogue to it).
    pub fn command_in(lang: crate::lang::Lang) -> clap::Command {
        // Every run parses its command line with this: English, the definition's own words,
        // costs nothing more.
        if lang == crate::lang::Lang::En {
            return <Cli as clap::CommandFactory>::command();
        }
        Cli::translated(lang)
    }

    /// The command line with every word of ours taken from the catalogue of `lang`.
    fn translated(lang: crate::lang::Lang) -> clap::Command {
        use crate::lang::tr;
        let command = <Cli as clap::CommandFactory>::command()
            .about(tr(lang, "cli-about").into_owned())
            .long_about(tr(lang, "cli-long-about").into_owned())
            .after_help(tr(lang, "scripts-cli-after-help").into_owned());
        let mut command = help::walk(command, lang, &[], help::translated);
        // clap adds its own --help, --version and help subcommand as it builds: built
        // first, their words can be ours too. The help subcommand copies the abouts above.
        command.build();
        help::walk(command, lang, &[], help::translated_built_ins)
    }

    /// Parses the process's arguments, `--help` in the language `--lang` or the environment
    /// names (the config file, not read yet, does not count here); exits on an error, as
    /// `Parser::parse` does.
    pub fn parse_in_language() -> Cli {
        use clap::FromArgMatches;
        let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
        let lang = crate::lang::flag_in(&args).unwrap_or_else(crate::lang::from_environment);
        Cli::command_in(lang)
            .try_get_matches_from(&args)
            .and_then(|matches| Cli::from_arg_matches(&matches))
            .unwrap_or_else(|e| e.exit())
    }
}

/// The options' and subcommands' help in a language, from the catalogue's `scripts-cli-`
/// messages: `scripts-cli-<subcommand path>-<option>` for an option of one subcommand,
/// `scripts-cli-<option>` for one every subcommand shares, `scripts-cli-<path>-about`
/// for a subcommand's description.
mod help {
    use crate::lang::{Lang, tr};

    /// Options with the same help wherever they are taken.
    const SHARED: [&str; 8] = [
        "config",
        "sandbox",
        "sandbox_url",
        "lang",
        "json",
        "plain",
        "answers",
        "yes",
    ];

    pub(super) fn message_id(path: &[&str], arg: &str) -> String {
        let what = arg.replace('_', "-");
        if path.is_empty() || SHARED.contains(&arg) {
            format!("scripts-cli-{what}")
        } else {
            format!("scripts-cli-{}-{what}", path.join("-"))
        }
    }

    fn text(lang: Lang, id: &str) -> String {
        tr(lang, id).into_owned()
    }

    /// `command` and each of its subcommands, at any depth, changed by `change` (given the
    /// subcommands' names from the top, `path`).
    pub(super) fn walk(
        command: clap::Command,
        lang: Lang,
        path: &[&str],
        change: fn(clap::Command, Lang, &[&str]) -> clap::Command,
    ) -> clap::Command {
        let mut command = change(command, lang, path);
        let names: Vec<String> = command
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        for name in names {
            let inner: Vec<&str> = path.iter().copied().chain([name.as_str()]).collect();
            command = command.mut_subcommand(&name, |sub| walk(sub, lang, &inner, change));
        }
        command
    }

    /// The options' help and the description of one command, before clap builds.
    pub(super) fn translated(
        mut command: clap::Command,
        lang: Lang,
        path: &[&str],
    ) -> clap::Command {
        let ids: Vec<(String, bool, bool)> = command
            .get_arguments()
            .map(|a| {
                (
                    a.get_id().to_string(),
                    a.get_help().is_some(),
                    a.get_long_help().is_some(),
                )
            })
            .collect();
        for (id, help, long) in ids {
            let message = message_id(path, &id);
            if help {
                let said = text(lang, &message);
                command = command.mut_arg(&id, |a| a.help(said));
            }
            if long {
                let said = text(lang, &format!("{message}-long"));
                command = command.mut_arg(&id, |a| a.long_help(said));
            }
        }
        if !path.is_empty() {
            let about = format!("scripts-cli-{}-about", path.join("-"));
            if command.get_about().is_some() {
                command = command.about(text(lang, &about));
            }
            if command.get_long_about().is_some() {
                command = command.long_about(text(lang, &format!("{about}-long")));
            }
        }
        headings(command, lang)
    }

    /// clap's --help, --version and help subcommand of one command, once built.
    pub(super) fn translated_built_ins(
        mut command: clap::Command,
        lang: Lang,
        path: &[&str],
    ) -> clap::Command {
        let built_ins: Vec<(String, Option<String>, bool)> = command
            .get_arguments()
            .filter(|a| matches!(a.get_id().as_str(), "help" | "version" | "subcommand"))
            .map(|a| {
                (
                    a.get_id().to_string(),
                    a.get_help().map(ToString::to_string),
                    a.get_long_help().is_some(),
                )
            })
            .collect();
        for (id, help, long) in built_ins {
            // clap words --help by whether the command has a longer help to show.
            let message = match (id.as_str(), help.as_deref()) {
                ("help", Some("Print help")) => "scripts-cli-help",
                ("help", _) => "scripts-cli-help-more",
                ("version", _) => "scripts-cli-version",
                _ if path.first() == Some(&"help") => "scripts-cli-help-subcommand",
                _ => continue,
            };
            let said = text(lang, message);
            command = command.mut_arg(&id, |a| a.help(said));
            if long {
                let said = text(lang, "scripts-cli-help-summary");
                command = command.mut_arg(&id, |a| a.long_help(said));
            }
        }
        if path.last() == Some(&"help") {
            command = command.about(text(lang, "scripts-cli-help-about"));
        }
        headings(command, lang)
    }

    /// The headings clap lets a program word, from the catalogue: the usage line's (through
    /// the template), the subcommands' and their name in the usage, the options' and the
    /// arguments'. English keeps clap's own, which the English catalogue says alike.
    fn headings(mut command: clap::Command, lang: Lang) -> clap::Command {
        if lang == Lang::En {
            return command;
        }
        let args: Vec<(String, bool)> = command
            .get_arguments()
            .map(|a| (a.get_id().to_string(), a.is_positional()))
            .collect();
        for (id, positional) in args {
            let heading = crate::lang::tr_static(
                lang,
                if positional {
                    "scripts-cli-heading-arguments"
                } else {
                    "scripts-cli-heading-options"
                },
            );
            command = command.mut_arg(&id, |a| a.help_heading(heading));
        }
        let usage = text(lang, "scripts-cli-heading-usage");
        command
            .help_template(format!(
                "{{before-help}}{{about-with-newline}}\n{usage}: {{usage}}\n\n{{all-args}}{{after-help}}"
            ))
            .subcommand_help_heading(crate::lang::tr_static(lang, "scripts-cli-heading-commands"))
            .subcommand_value_name(crate::lang::tr_static(
                lang,
                "scripts-cli-command-placeholder",
            ))
    }
}

/// How the wizard runs; a subcommand takes its answers from its own options instead.
#[derive(Debug, Clone, Args, Default)]
pub struct WizardArgs {
    /// Ask line by line on the normal screen instead of the full-screen UI (also with
    /// ACCESSIBLE=1 or TERM=dumb): no cursor tricks, no colour, read well by screen readers.
    #[arg(long)]
    pub plain: bool,
    /// Pre-fill the wizard's fields from a TOML answers file (see assets/answers.sample.toml).
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,
    /// With --answers: run the flow to its end without asking what the file answers.
    #[arg(long, requires = "answers")]
    pub yes: bool,
}

impl WizardArgs {
    pub fn any(&self) -> bool {
        self.plain || self.answers.is_some() || self.yes
    }
}

/// Where cloudboard reads its configuration and which providers it talks to: taken before
/// a subcommand's name or among its options.
#[derive(Debug, Clone, Args, Default)]
pub struct GlobalArgs {
    /// Read the configuration from FILE instead of the default location.
    #[arg(long, value_name = "FILE", env = "CLOUDBOARD_CONFIG")]
    pub config: Option<PathBuf>,
    /// Start a built-in simulator of all three providers and point every flow at it.
    #[arg(long, conflicts_with = "sandbox_url")]
    pub sandbox: bool,
    /// Point every provider at a sandbox already running at URL (see `cloudboard sandbox`).
    #[arg(long, value_name = "URL")]
    pub sandbox_url: Option<String>,
    /// The language to speak (else the config file's `lang`, else the one LANGUAGE, LC_ALL,
    /// LC_MESSAGES or LANG names, else English).
    #[arg(long, value_name = "LANG", value_enum)]
    pub lang: Option<crate::lang::Lang>,
}

impl GlobalArgs {
    /// These options as given before the subcommand, completed (or overridden) by the
    /// same options given after it.
    pub fn merged(&self, after: &GlobalArgs) -> Result<GlobalArgs, String> {
        let merged = GlobalArgs {
            config: after.config.clone().or_else(|| self.config.clone()),
            sandbox: self.sandbox || after.sandbox,
            sandbox_url: after
                .sandbox_url
                .clone()
                .or_else(|| self.sandbox_url.clone()),
            lang: after.lang.or(self.lang),
        };
        if merged.sandbox && merged.sandbox_url.is_some() {
            // Said before any config file is read: in the flag's language or the
            // environment's.
            let lang = merged.lang.unwrap_or_else(crate::lang::from_environment);
            return Err(crate::lang::tr(lang, "scripts-sandbox-and-url").into_owned());
        }
        Ok(merged)
    }
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
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `cloudboard man | man -l -`.
    Man,
}

/// Options every scriptable subcommand takes.
#[derive(Debug, Clone, Args, Default)]
pub struct Output {
    /// Print a JSON object on standard output instead of text (see docs/SCRIPTING.md).
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub global: GlobalArgs,
}

impl Command {
    /// The options a scriptable subcommand takes besides its own (None for the others).
    pub fn output(&self) -> Option<&Output> {
        match self {
            Command::Cozy(c) => Some(match c {
                CozyCommand::Create { output, .. }
                | CozyCommand::Status { output, .. }
                | CozyCommand::Activate { output, .. }
                | CozyCommand::OnboardLink { output, .. } => output,
            }),
            Command::Cleura(c) => Some(match c {
                CleuraCommand::Login { output, .. }
                | CleuraCommand::Regions { output }
                | CleuraCommand::Projects { output, .. }
                | CleuraCommand::Logout { output } => output,
            }),
            Command::Cloudsigma(c) => Some(match c {
                CloudSigmaCommand::CreateAccount { output, .. }
                | CloudSigmaCommand::Login { output, .. }
                | CloudSigmaCommand::Whoami { output, .. }
                | CloudSigmaCommand::Logout { output, .. }
                | CloudSigmaCommand::Locations { output } => output,
            }),
            Command::Sandbox(_) | Command::Completions { .. } | Command::Man => None,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum CozyCommand {
    /// Create a Cozy and follow its creation to the end.
    Create {
        /// Your email address: the activation email goes there.
        #[arg(long, value_name = "EMAIL")]
        email: String,
        /// The address: SLUG.DOMAIN (lowercase letters and digits, a letter first).
        #[arg(long, value_name = "SLUG")]
        slug: String,
        /// One of the partner's domains (default: the first configured).
        #[arg(long, value_name = "DOMAIN")]
        domain: Option<String>,
        /// The partner's offer to create the Cozy with (default: the configured one).
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
    /// Show the state of a creation workflow; without one, the creations this machine
    /// remembers (one being followed, requests whose answer never came).
    Status {
        /// The workflow id `cozy create` printed (a UUID).
        workflow: Option<String>,
        #[command(flatten)]
        output: Output,
    },
    /// Activate a new Cozy from the link in its activation email, choosing the passphrase.
    Activate {
        /// Refused: the link carries a secret (see --link-stdin).
        #[arg(hide = true)]
        link: Option<String>,
        /// Read the activation link from standard input (else CLOUDBOARD_COZY_LINK, else a
        /// prompt that does not echo it), before the passphrase if both are read there.
        #[arg(long)]
        link_stdin: bool,
        /// Read the passphrase from standard input (else CLOUDBOARD_COZY_PASSPHRASE, else a
        /// prompt without echo, twice).
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
        /// Your email address, filled in on the web page.
        #[arg(long, value_name = "EMAIL")]
        email: Option<String>,
        /// The address you want (SLUG.DOMAIN), filled in on the web page.
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
        /// Your Cleura Cloud login (it wins over the one remembered from an earlier run).
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
        /// A domain id, or a region tag such as Sto2 (see `cleura regions`).
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
        /// The email address of the new account: its confirmation email goes there.
        #[arg(long, value_name = "EMAIL")]
        email: String,
        /// A promotional code, if you were given one.
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
        /// The email address of the account.
        #[arg(long, value_name = "EMAIL")]
        email: String,
        /// Read the password from standard input (else CLOUDBOARD_CLOUDSIGMA_PASSWORD, else
        /// a prompt without echo).
        #[arg(long)]
        password_stdin: bool,
        /// The location the account was opened at: a code (see `locations`), or an API
        /// address (default: the one remembered from an earlier run, else zrh).
        #[arg(long, value_name = "LOC")]
        location: Option<String>,
        #[command(flatten)]
        output: Output,
    },
    /// Show the signed-in account, at the location its session was opened at.
    Whoami {
        /// Only if the kept session was opened at this location (a code, or an API address).
        #[arg(long, value_name = "LOC")]
        location: Option<String>,
        #[command(flatten)]
        output: Output,
    },
    /// Sign out and forget the session, at the location it was opened at.
    Logout {
        /// Only if the kept session was opened at this location (a code, or an API address).
        #[arg(long, value_name = "LOC")]
        location: Option<String>,
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
    /// How long a Cozy creation workflow takes, in seconds (0 to 3600).
    #[arg(long, default_value_t = 3.0, value_name = "N", value_parser = workflow_secs)]
    pub workflow_secs: f64,
    /// How many Cleura regions the accounts see: the guide's three, then made-up ones (to
    /// try a long region table); at most as many as a client reads in one answer.
    #[arg(long, default_value_t = 3, value_name = "N", value_parser = clap::value_parser!(u32).range(3..=MAX_SANDBOX_REGIONS))]
    pub regions: u32,
    /// Do not log each request on standard error.
    #[arg(long)]
    pub quiet: bool,
}

/// The most regions the sandbox serves: their list stays well under the largest answer a
/// client reads (`api::MAX_BODY`, checked by a test).
pub const MAX_SANDBOX_REGIONS: i64 = 3000;

fn workflow_secs(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(secs) if secs.is_finite() && (0.0..=3600.0).contains(&secs) => Ok(secs),
        Ok(_) => Err("a number of seconds from 0 to 3600".into()),
        Err(e) => Err(format!("not a number ({e})")),
    }
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
    fn every_argument_says_what_it_is() {
        fn walk(command: &clap::Command, path: &str) {
            for arg in command.get_arguments() {
                if matches!(arg.get_id().as_str(), "help" | "version") {
                    continue;
                }
                assert!(
                    arg.get_help().is_some(),
                    "{path} --{} has no help line",
                    arg.get_id()
                );
            }
            for sub in command.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()));
            }
        }
        let mut command = Cli::command();
        command.build();
        walk(&command, "cloudboard");
    }

    fn help_of(path: &[&str]) -> String {
        let mut command = Cli::command();
        command.build();
        let mut at = &mut command;
        for name in path {
            at = at.find_subcommand_mut(name).expect(name);
        }
        at.render_long_help().to_string()
    }

    #[test]
    fn a_subcommand_lists_its_own_options_not_the_wizard_s() {
        let create = help_of(&["cozy", "create"]);
        for own in [
            "--email",
            "--slug",
            "--accept-terms",
            "--json",
            "--sandbox-url",
            "--config",
        ] {
            assert!(create.contains(own), "{own} missing:\n{create}");
        }
        for wizard in ["--plain", "--answers", "--yes"] {
            assert!(!create.contains(wizard), "{wizard} listed:\n{create}");
        }
        let sandbox = help_of(&["sandbox"]);
        for own in ["--listen", "--workflow-secs", "--regions", "--quiet"] {
            assert!(sandbox.contains(own), "{own} missing:\n{sandbox}");
        }
        for other in [
            "--plain",
            "--answers",
            "--yes",
            "--config",
            "--sandbox-url",
            "--json",
        ] {
            assert!(!sandbox.contains(other), "{other} listed:\n{sandbox}");
        }
    }

    #[test]
    fn the_providers_options_work_before_or_after_the_subcommand() {
        let cli = Cli::try_parse_from([
            "cloudboard",
            "--sandbox-url",
            "http://127.0.0.1:1",
            "cleura",
            "regions",
            "--config",
            "c.toml",
        ])
        .unwrap();
        let after = &cli.command.as_ref().unwrap().output().unwrap().global;
        let merged = cli.global.merged(after).unwrap();
        assert_eq!(merged.sandbox_url.as_deref(), Some("http://127.0.0.1:1"));
        assert_eq!(
            merged.config.as_deref(),
            Some(std::path::Path::new("c.toml"))
        );
        let cli = Cli::try_parse_from([
            "cloudboard",
            "--sandbox",
            "cleura",
            "regions",
            "--sandbox-url",
            "x",
        ])
        .unwrap();
        let after = &cli.command.as_ref().unwrap().output().unwrap().global;
        assert!(cli.global.merged(after).is_err());
    }

    #[test]
    fn the_language_is_chosen_before_or_after_the_subcommand_among_those_spoken() {
        use crate::lang::Lang;
        let cli = Cli::try_parse_from(["cloudboard", "--lang", "fr"]).unwrap();
        assert_eq!(cli.global.lang, Some(Lang::Fr));
        let cli = Cli::try_parse_from(["cloudboard", "--lang", "en", "cleura", "regions"]).unwrap();
        let after = &cli.command.as_ref().unwrap().output().unwrap().global;
        assert_eq!(cli.global.merged(after).unwrap().lang, Some(Lang::En));
        let cli = Cli::try_parse_from([
            "cloudboard",
            "--lang",
            "en",
            "cleura",
            "regions",
            "--lang=fr",
        ])
        .unwrap();
        let after = &cli.command.as_ref().unwrap().output().unwrap().global;
        assert_eq!(cli.global.merged(after).unwrap().lang, Some(Lang::Fr));
        let err = Cli::try_parse_from(["cloudboard", "--lang", "xx"]).unwrap_err();
        assert_eq!(err.kind(), clap::error::ErrorKind::InvalidValue);
        let said = err.to_string();
        assert!(said.contains("[possible values: en, fr]"), "{said}");
    }

    #[test]
    fn help_s_about_lines_speak_the_language_and_english_is_the_definition_s() {
        use crate::lang::Lang;
        let english = Cli::translated(Lang::En);
        let definition = Cli::command();
        assert_eq!(
            english.get_about().map(ToString::to_string),
            definition.get_about().map(ToString::to_string)
        );
        assert_eq!(
            english.get_long_about().map(ToString::to_string),
            definition.get_long_about().map(ToString::to_string)
        );
        let mut french = Cli::command_in(Lang::Fr);
        let short = french.render_help().to_string();
        assert!(
            short.starts_with("Ouvrir un compte cloud depuis votre terminal\u{A0}: créer un Cozy"),
            "{short}"
        );
        let long = french.render_long_help().to_string();
        assert!(
            long.contains("sans compte\u{A0}: cloudboard --sandbox"),
            "{long}"
        );
    }

    /// Every command of the line, as a path of subcommand names (the root first), clap's
    /// help subcommand and its copies included.
    fn paths(command: &clap::Command, path: Vec<String>, into: &mut Vec<Vec<String>>) {
        into.push(path.clone());
        for sub in command.get_subcommands() {
            let mut inner = path.clone();
            inner.push(sub.get_name().to_string());
            paths(sub, inner, into);
        }
    }

    fn find<'a>(command: &'a mut clap::Command, path: &[String]) -> &'a mut clap::Command {
        path.iter().fold(command, |at, name| {
            at.find_subcommand_mut(name).expect("the same subcommands")
        })
    }

    #[test]
    fn help_in_english_is_the_definition_s_word_for_word() {
        use crate::lang::Lang;
        let mut definition = Cli::command();
        definition.build();
        let mut english = Cli::translated(Lang::En);
        let mut all = Vec::new();
        paths(&definition, Vec::new(), &mut all);
        assert!(all.len() > 20, "{all:?}");
        for path in &all {
            let want = find(&mut definition, path);
            let (short, long) = (
                want.render_help().to_string(),
                want.render_long_help().to_string(),
            );
            let got = find(&mut english, path);
            assert_eq!(
                got.render_help().to_string(),
                short,
                "cloudboard {path:?} -h"
            );
            assert_eq!(
                got.render_long_help().to_string(),
                long,
                "cloudboard {path:?} --help"
            );
        }
    }

    #[test]
    fn every_option_and_subcommand_has_its_french_help() {
        use crate::lang::Lang;
        let mut english = Cli::translated(Lang::En);
        let mut french = Cli::command_in(Lang::Fr);
        let mut all = Vec::new();
        paths(&english, Vec::new(), &mut all);
        for path in &all {
            let en = find(&mut english, path).clone();
            let fr = find(&mut french, path).clone();
            let said = |c: &clap::Command| c.get_about().map(ToString::to_string);
            if let Some(about) = said(&en) {
                let french_about = said(&fr).unwrap_or_default();
                assert!(
                    !french_about.is_empty() && french_about != about,
                    "cloudboard {path:?}: {about:?} is not said in French"
                );
            }
            for arg in en.get_arguments() {
                let id = arg.get_id();
                let in_french = fr
                    .get_arguments()
                    .find(|a| a.get_id() == id)
                    .expect("the same options");
                for (english_help, french_help) in [
                    (arg.get_help(), in_french.get_help()),
                    (arg.get_long_help(), in_french.get_long_help()),
                ] {
                    let Some(english_help) = english_help else {
                        continue;
                    };
                    let french_help = french_help.map(ToString::to_string).unwrap_or_default();
                    assert!(
                        !french_help.is_empty() && french_help != english_help.to_string(),
                        "cloudboard {path:?} {id}: {english_help:?} is not said in French"
                    );
                }
            }
        }
        let help = french.render_long_help().to_string();
        for said in [
            "Utilisation\u{A0}: cloudboard [OPTIONS] [COMMANDE]",
            "Commandes\u{A0}:",
            "Options\u{A0}:",
            "Créer un Cozy, suivre sa création, l’activer",
            "Poser les questions ligne par ligne",
            "Afficher l’aide (un résumé avec -h)",
            "Fichiers\u{A0}: le fichier de configuration",
        ] {
            assert!(help.contains(said), "{said:?} missing:\n{help}");
        }
        let create = find(&mut french, &["cozy".into(), "create".into()]);
        let help = create.render_help().to_string();
        assert!(
            !help.contains("Usage:") && !help.contains("Options:"),
            "{help}"
        );
        assert!(
            help.contains("Votre adresse e-mail\u{A0}: l’e-mail d’activation y est envoyé"),
            "{help}"
        );
    }

    #[test]
    fn sandbox_and_sandbox_url_exclude_each_other() {
        let err = Cli::try_parse_from(["cloudboard", "--sandbox", "--sandbox-url", "http://x"])
            .unwrap_err();
        assert_eq!(err.kind(), clap::error::ErrorKind::ArgumentConflict);
    }
}
