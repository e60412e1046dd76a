//! The scriptable subcommands. Each opens a flow in the headless driver and answers its
//! questions from the flags (secrets from stdin, the environment or a prompt without echo),
//! so a script goes through exactly the steps, checks and messages a person does.

use std::collections::HashSet;

use secrecy::{ExposeSecret, SecretString};
use serde_json::{Value, json};

use crate::app::ask::{Ask, AskKind};
use crate::app::home::Open;
use crate::cli::{CleuraCommand, CloudSigmaCommand, Command, GlobalArgs};
use crate::store::Paths;

use super::driver::Driver;
use super::output::Printer;
use super::{Failure, input};

/// Where a secret answer comes from, read only when the flow asks for it (so a command
/// that turns out to need no password never prompts for one).
#[derive(Debug, Clone, Copy)]
pub struct SecretSource {
    pub stdin: bool,
    pub env: Option<&'static str>,
    pub prompt: &'static str,
    /// Read once for all the keys it answers.
    pub shared: bool,
}

impl SecretSource {
    /// Reads on a blocking thread, so that Ctrl-C (and the flow's own work) is still heard
    /// while a prompt or a pipe waits.
    async fn read(self) -> Result<SecretString, Failure> {
        tokio::task::spawn_blocking(move || input::secret(self.stdin, self.env, self.prompt))
            .await
            .map_err(|e| Failure::internal(e.to_string()))?
    }
}

/// The answers a command gives, by question key.
#[derive(Debug, Default)]
pub struct Script {
    answers: Vec<(&'static str, String)>,
    secrets: Vec<(&'static str, SecretSource)>,
    /// A secret read once and given to every key that asks for it (a passphrase typed
    /// twice on screen is read once from a pipe).
    read: std::cell::RefCell<Option<SecretString>>,
    /// Questions that end the command successfully when the flow reaches them.
    stop_at: Vec<&'static str>,
}

impl Script {
    pub fn answer(mut self, key: &'static str, value: impl Into<String>) -> Script {
        self.answers.push((key, value.into()));
        self
    }

    pub fn answer_opt(self, key: &'static str, value: Option<&str>) -> Script {
        match value {
            Some(v) => self.answer(key, v),
            None => self,
        }
    }

    pub fn secret(mut self, key: &'static str, source: SecretSource) -> Script {
        self.secrets.push((key, source));
        self
    }

    pub fn stop_at(mut self, key: &'static str) -> Script {
        self.stop_at.push(key);
        self
    }

    async fn answer_for(&self, ask: &Ask) -> Result<Option<String>, Failure> {
        if let Some((_, value)) = self.answers.iter().find(|(k, _)| *k == ask.key) {
            return Ok(Some(value.clone()));
        }
        if let Some((_, source)) = self.secrets.iter().find(|(k, _)| *k == ask.key) {
            let known = self
                .read
                .borrow()
                .as_ref()
                .filter(|_| source.shared)
                .map(|s| s.expose_secret().to_string());
            if let Some(value) = known {
                return Ok(Some(value));
            }
            let secret = source.read().await?;
            let value = secret.expose_secret().to_string();
            if source.shared {
                *self.read.borrow_mut() = Some(secret);
            }
            return Ok(Some(value));
        }
        // A question with a default the command has no opinion on takes the default.
        Ok(ask.default.as_ref().map(|_| String::new()))
    }
}

/// How a driven flow ended.
pub enum Ending {
    /// Done: the last question, with its context lines (the human result).
    Done(Ask),
    /// Reached a question the script stops at.
    Stopped(Ask),
}

/// Drives the front flow to its end, answering from `script`.
pub async fn drive(
    driver: &mut Driver,
    script: &Script,
    printer: &Printer,
) -> Result<Ending, Failure> {
    let mut answered: HashSet<&'static str> = HashSet::new();
    let mut last_wait = String::new();
    loop {
        for message in driver.take_new_outbox() {
            let what = message
                .code
                .as_ref()
                .map(|c| format!("code {c}"))
                .or_else(|| message.link.clone())
                .unwrap_or_default();
            printer.progress(&format!(
                "sandbox outbox: {} to {}: {what}",
                message.subject, message.to
            ));
        }
        let ask = driver.ask();
        match ask.kind {
            AskKind::Wait => {
                if ask.prompt != last_wait {
                    printer.progress(&format!("{}…", ask.prompt));
                    last_wait = ask.prompt.clone();
                }
                if !driver.step().await {
                    return Err(Failure::internal("the backend stopped"));
                }
                continue;
            }
            AskKind::Done => return Ok(Ending::Done(ask)),
            AskKind::Stopped => {
                return Err(ask
                    .problem
                    .map(Failure::from)
                    .unwrap_or_else(|| Failure::refused(ask.context.join(" "))));
            }
            _ => {}
        }
        last_wait.clear();
        if script.stop_at.contains(&ask.key) {
            return Ok(Ending::Stopped(ask));
        }
        if answered.contains(ask.key) {
            // Asked again: the answer given was not taken.
            return Err(ask.problem.map(Failure::from).unwrap_or_else(|| {
                Failure::refused(format!("the answer to “{}” was not accepted", ask.prompt))
            }));
        }
        let Some(value) = script.answer_for(&ask).await? else {
            return Err(Failure::usage(format!(
                "{} is needed ({})",
                ask.key, ask.prompt
            )));
        };
        answered.insert(ask.key);
        driver.answer(value);
    }
}

/// Steps until the front flow has nothing in flight.
pub async fn settle(driver: &mut Driver) -> Result<Ask, Failure> {
    driver.settle().await
}

pub async fn run(global: &GlobalArgs, paths: &Paths, command: Command) -> u8 {
    let json_flag = match &command {
        Command::Cleura(c) => match c {
            CleuraCommand::Login { output, .. }
            | CleuraCommand::Regions { output }
            | CleuraCommand::Projects { output, .. }
            | CleuraCommand::Logout { output } => output.json,
        },
        Command::Cloudsigma(c) => match c {
            CloudSigmaCommand::CreateAccount { output, .. }
            | CloudSigmaCommand::Login { output, .. }
            | CloudSigmaCommand::Whoami { output }
            | CloudSigmaCommand::Logout { output }
            | CloudSigmaCommand::Locations { output } => output.json,
        },
        Command::Cozy(c) => super::cozy::json_flag(c),
        _ => false,
    };
    let printer = Printer::new(json_flag);
    let result = match command {
        Command::Cloudsigma(CloudSigmaCommand::Locations { .. }) => locations(global, paths),
        Command::Cleura(c) => match Driver::start(global, paths).await {
            Ok(mut driver) => cleura(&mut driver, c, &printer).await,
            Err(f) => Err(f),
        },
        Command::Cloudsigma(c) => match Driver::start(global, paths).await {
            Ok(mut driver) => cloudsigma(&mut driver, c, &printer).await,
            Err(f) => Err(f),
        },
        Command::Cozy(c) => super::cozy::run(global, paths, c, &printer).await,
        _ => Err(Failure::usage("this command is not a scriptable flow")),
    };
    match result {
        Ok((value, text)) => printer.done(&value, &text),
        Err(failure) => printer.fail(&failure),
    }
}

pub type Outcome = Result<(Value, Vec<String>), Failure>;

const CLEURA_PASSWORD: SecretSource = SecretSource {
    stdin: false,
    env: Some("CLOUDBOARD_CLEURA_PASSWORD"),
    prompt: "Cleura password: ",
    shared: false,
};

async fn cleura(driver: &mut Driver, command: CleuraCommand, printer: &Printer) -> Outcome {
    let not_signed_in = || {
        Failure::refused(
            "not signed in to Cleura: run `cloudboard cleura login --login LOGIN` first",
        )
    };
    match command {
        CleuraCommand::Login {
            login,
            password_stdin,
            sms_code_stdin,
            ..
        } => {
            let script = Script::default()
                .answer("login", login.clone())
                .secret(
                    "password",
                    SecretSource {
                        stdin: password_stdin,
                        ..CLEURA_PASSWORD
                    },
                )
                .secret(
                    "sms_code",
                    SecretSource {
                        stdin: sms_code_stdin,
                        env: None,
                        prompt: "The code sent by SMS: ",
                        shared: false,
                    },
                );
            driver.open(Open::Cleura);
            let Ending::Done(ask) = drive(driver, &script, printer).await? else {
                return Err(Failure::internal("the sign-in stopped early"));
            };
            let report = driver.report();
            if report["login"] != json!(login) {
                return Err(Failure::refused(format!(
                    "already signed in to Cleura as {}: run `cloudboard cleura logout` first",
                    report["login"].as_str().unwrap_or("someone else")
                )));
            }
            let mut text = vec![format!("Signed in to Cleura as {login}.")];
            text.extend(
                ask.context
                    .iter()
                    .filter(|l| l.starts_with("The token"))
                    .cloned(),
            );
            Ok((report, text))
        }
        CleuraCommand::Regions { .. } => {
            driver.open(Open::Cleura);
            let script = Script::default().stop_at("login").stop_at("password");
            match drive(driver, &script, printer).await? {
                Ending::Done(ask) if driver.report()["signed_in"] == json!(true) => {
                    Ok((driver.report(), ask.context))
                }
                _ => Err(not_signed_in()),
            }
        }
        CleuraCommand::Projects { domain, .. } => {
            driver.open(Open::Cleura);
            let script = Script::default().stop_at("login").stop_at("password");
            match drive(driver, &script, printer).await? {
                Ending::Done(_) if driver.report()["signed_in"] == json!(true) => {}
                _ => return Err(not_signed_in()),
            }
            driver.answer(format!("projects {domain}"));
            let ask = settle(driver).await?;
            let report = driver.report();
            if let Some(error) = report["projects_error"].as_str() {
                return Err(Failure::network(error.to_string()));
            }
            if report["projects"].is_null() {
                let why = report["notice"]
                    .as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| format!("no domain or region named {domain}"));
                return Err(Failure::usage(why));
            }
            let text = ask
                .context
                .iter()
                .skip_while(|l| !l.starts_with("Projects of"))
                .cloned()
                .collect();
            Ok((report["projects"].clone(), text))
        }
        CleuraCommand::Logout { .. } => {
            driver.open(Open::Cleura);
            let script = Script::default().stop_at("login").stop_at("password");
            match drive(driver, &script, printer).await? {
                Ending::Done(_) if driver.report()["signed_in"] == json!(true) => {}
                _ => {
                    return Ok((
                        json!({"signed_in": false}),
                        vec!["Not signed in to Cleura; nothing to do.".into()],
                    ));
                }
            }
            driver.answer("sign-out");
            let ask = settle(driver).await?;
            Ok((driver.report(), ask.context))
        }
    }
}

const SIGMA_PASSWORD: SecretSource = SecretSource {
    stdin: false,
    env: Some("CLOUDBOARD_CLOUDSIGMA_PASSWORD"),
    prompt: "CloudSigma password: ",
    shared: false,
};

async fn cloudsigma(driver: &mut Driver, command: CloudSigmaCommand, printer: &Printer) -> Outcome {
    let not_signed_in = || {
        Failure::refused(
            "not signed in to CloudSigma: run `cloudboard cloudsigma login --email EMAIL` first",
        )
    };
    match command {
        CloudSigmaCommand::CreateAccount {
            email,
            promo,
            location,
            ..
        } => {
            let script = Script::default()
                .answer_opt("location", location.as_deref())
                .answer("action", "create")
                .answer("email", email)
                .answer("promo", promo.unwrap_or_default())
                // A kept session for another account is not what this command is about.
                .answer("saved_session", "2")
                .stop_at("sign_in_now");
            driver.open(Open::CloudSigma);
            match drive(driver, &script, printer).await? {
                Ending::Stopped(ask) => Ok((driver.report(), ask.context)),
                Ending::Done(_) => Err(Failure::refused(
                    "signed in to CloudSigma already: run `cloudboard cloudsigma logout` first",
                )),
            }
        }
        CloudSigmaCommand::Login {
            email,
            password_stdin,
            location,
            ..
        } => {
            let script = Script::default()
                .answer_opt("location", location.as_deref())
                .answer("action", "sign in")
                .answer("email", email.clone())
                .answer("saved_session", "2")
                .secret(
                    "password",
                    SecretSource {
                        stdin: password_stdin,
                        ..SIGMA_PASSWORD
                    },
                );
            driver.open(Open::CloudSigma);
            let Ending::Done(ask) = drive(driver, &script, printer).await? else {
                return Err(Failure::internal("the sign-in stopped early"));
            };
            let report = driver.report();
            let signed_as = report["account"]["email"].as_str().unwrap_or_default();
            if !signed_as.eq_ignore_ascii_case(&email) {
                return Err(Failure::refused(format!(
                    "already signed in to CloudSigma as {signed_as}: run `cloudboard cloudsigma logout` first"
                )));
            }
            Ok((report, ask.context))
        }
        CloudSigmaCommand::Whoami { .. } => {
            driver.open(Open::CloudSigma);
            let script = Script::default()
                .stop_at("location")
                .stop_at("saved_session");
            match drive(driver, &script, printer).await? {
                Ending::Done(ask) if !driver.report()["account"].is_null() => {
                    Ok((driver.report(), ask.context))
                }
                _ => Err(not_signed_in()),
            }
        }
        CloudSigmaCommand::Logout { .. } => {
            driver.open(Open::CloudSigma);
            let script = Script::default()
                .stop_at("location")
                .stop_at("saved_session");
            match drive(driver, &script, printer).await? {
                Ending::Done(_) if !driver.report()["account"].is_null() => {}
                _ => {
                    return Ok((
                        json!({"signed_in": false}),
                        vec!["Not signed in to CloudSigma; nothing to do.".into()],
                    ));
                }
            }
            driver.answer("sign out");
            let ask = settle(driver).await?;
            Ok((driver.report(), ask.context))
        }
        CloudSigmaCommand::Locations { .. } => Err(Failure::internal("handled before")),
    }
}

/// The locations and their API addresses; no request is needed.
fn locations(global: &GlobalArgs, paths: &Paths) -> Outcome {
    let mut config = crate::config::Config::load(&paths.config_file)
        .map_err(|e| Failure::usage(e.to_string()))?;
    if let Some(url) = &global.sandbox_url {
        config.point_at_sandbox(url);
    }
    let template = &config.cloudsigma.api_template;
    let places = crate::app::cloudsigma::PLACES;
    let list: Vec<Value> = places
        .iter()
        .map(|p| {
            json!({
                "code": p.code, "city": p.city, "country": p.country,
                "api": crate::app::cloudsigma::location::api_for(template, p.code),
            })
        })
        .collect();
    let text = places
        .iter()
        .map(|p| {
            format!(
                "{:<4} {:<28} {}",
                p.code,
                format!("{}, {}", p.city, p.country),
                crate::app::cloudsigma::location::api_for(template, p.code)
            )
        })
        .collect();
    Ok((Value::Array(list), text))
}
