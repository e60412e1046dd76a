//! The scriptable subcommands. Each opens a flow in the headless driver and answers its
//! questions from the options (secrets from stdin, the environment or a prompt without
//! echo), so a script goes through exactly the steps, checks and messages a person does.
//! What it prints comes from the flow's state, in the shapes of `reports`.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

use secrecy::{ExposeSecret, SecretString};

use crate::app::ask::{Ask, AskKind};
use crate::app::home::Open;
use crate::app::{OutboxMessage, cleura, cloudsigma};
use crate::cli::{CleuraCommand, CloudSigmaCommand, Command, GlobalArgs};
use crate::store::Paths;

use super::driver::Driver;
use super::input::{self, SecretOrigin};
use super::output::{Done, Printer};
use super::reports::{self, SessionOrigin};
use super::{Exit, Failure, said, said_with};
use crate::lang::Arg;
use crate::tr;

/// Where a secret answer comes from, read only when the flow asks for it (so a command
/// that turns out to need no password never reads one).
#[derive(Debug, Clone, Copy)]
pub struct SecretSource {
    /// The option that reads it from standard input, and whether it was given.
    pub stdin_option: &'static str,
    pub stdin: bool,
    pub env: Option<&'static str>,
}

impl SecretSource {
    /// How to give it without a terminal, in words.
    fn otherwise(&self) -> String {
        match self.env {
            Some(var) => said_with(
                "scripts-secret-otherwise",
                &[
                    ("option", self.stdin_option.into()),
                    ("variable", var.into()),
                ],
            )
            .into_owned(),
            None => self.stdin_option.to_string(),
        }
    }

    /// Reads on a blocking thread, so that Ctrl-C (and the flow's own work) is still heard
    /// while a prompt or a pipe waits.
    async fn read(self, prompt: String) -> Result<(SecretString, SecretOrigin), Failure> {
        let otherwise = self.otherwise();
        tokio::task::spawn_blocking(move || {
            input::secret(self.stdin, self.env, &prompt, &otherwise)
        })
        .await
        .map_err(|e| Failure::internal(e.to_string()))?
    }
}

/// A person at a prompt who gives an answer that is not taken is asked again, this often.
const PROMPT_TRIES: u32 = 5;

/// The answers a command gives, by question key.
#[derive(Debug, Default)]
pub struct Script {
    answers: Vec<(&'static str, String)>,
    secrets: Vec<(&'static str, SecretSource)>,
    /// Keys that ask for a secret again (`passphrase_again`), with the key they repeat.
    repeats: Vec<(&'static str, &'static str)>,
    /// Secrets read so far, by key, and where they came from.
    read: RefCell<HashMap<&'static str, (SecretString, SecretOrigin)>>,
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

    /// `key` asks for the secret `of` again: a script's pipe or variable gives the same
    /// value (it is read once); a person types it a second time, as on the screen.
    pub fn repeat(mut self, key: &'static str, of: &'static str) -> Script {
        self.repeats.push((key, of));
        self
    }

    pub fn stop_at(mut self, key: &'static str) -> Script {
        self.stop_at.push(key);
        self
    }

    /// The answers given as options, by key: the values a flow starts with.
    pub fn given(&self) -> BTreeMap<String, String> {
        self.answers
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect()
    }

    /// The source of the secret `key` asks for (its own, or the one it repeats).
    fn source(&self, key: &str) -> Option<(&'static str, SecretSource)> {
        let key = self
            .repeats
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, of)| *of)
            .unwrap_or(key);
        self.secrets.iter().find(|(k, _)| *k == key).copied()
    }

    /// A person typed the last answer to `key` (and may be asked again).
    fn prompted(&self, key: &str) -> bool {
        self.source(key).is_some_and(|(own, _)| {
            self.read
                .borrow()
                .get(own)
                .is_some_and(|(_, origin)| *origin == SecretOrigin::Prompt)
        })
    }

    async fn answer_for(&self, ask: &Ask) -> Result<Option<String>, Failure> {
        if let Some((_, value)) = self.answers.iter().find(|(k, _)| *k == ask.key) {
            return Ok(Some(value.clone()));
        }
        if let Some((own, source)) = self.source(ask.key) {
            let repeating = own != ask.key;
            if repeating
                && let Some((secret, origin)) = self.read.borrow().get(own)
                && *origin != SecretOrigin::Prompt
            {
                return Ok(Some(secret.expose_secret().to_string()));
            }
            let prompt = said_with("scripts-ask", &[("prompt", (&ask.prompt).into())]);
            let (secret, origin) = source.read(format!("{prompt} ")).await?;
            let value = secret.expose_secret().to_string();
            if !repeating {
                self.read.borrow_mut().insert(own, (secret, origin));
            }
            return Ok(Some(value));
        }
        // A question with a default the command has no opinion on takes the default.
        Ok(ask.default.as_ref().map(|_| String::new()))
    }
}

/// How a driven flow ended.
pub enum Ending {
    /// The flow did what it was opened for: the last question, with its context lines.
    Done(Ask),
    /// Reached a question the script stops at.
    Stopped(Ask),
}

/// An outbox message in one line, for a person without the outbox panel.
pub fn outbox_line(message: &OutboxMessage) -> String {
    let what = match (&message.code, &message.link) {
        (Some(code), _) => said_with("scripts-outbox-code", &[("code", code.into())]).into_owned(),
        (None, Some(link)) => link.clone(),
        (None, None) => message.subject.clone(),
    };
    outbox_said(message, &what)
}

/// "The sandbox sent this, to this person: `what`".
pub fn outbox_said(message: &OutboxMessage, what: &str) -> String {
    // The kind chooses the word, never shown as it is: `sms` or anything else, an email.
    let kind = if message.kind == "sms" {
        "sms"
    } else {
        "email"
    };
    said_with(
        "scripts-outbox",
        &[
            ("kind", kind.into()),
            ("to", (&message.to).into()),
            ("what", what.into()),
        ],
    )
    .into_owned()
}

/// Drives the front flow to its end, answering from `script`. A request that cannot be
/// asked twice whose answer was lost ends it in a command's words.
pub async fn drive(
    driver: &mut Driver,
    script: &Script,
    printer: &Printer,
) -> Result<Ending, Failure> {
    let ended = drive_answering(driver, script, printer).await;
    match answer_lost(driver) {
        Some(lost) if ended.is_err() => Err(lost),
        _ => ended,
    }
}

/// What may have happened to a request whose answer this command lost, how to find out,
/// and that running the command again asks again: the screens' key for that is no way for
/// a script.
fn answer_lost(driver: &Driver) -> Option<Failure> {
    use crate::store::sent::Sent;
    let lost = driver.app.answer_lost()?;
    let lang = super::lang();
    let why = lost.why.trim_end_matches('.');
    let kept = lost.sent.kept_where_in(lang);
    let said = match &lost.sent {
        Sent::CozyCreate { email, .. } => tr!(
            lang,
            "scripts-cozy-creation-unanswered",
            fqdn = lost.sent.cozy_fqdn().unwrap_or_default(),
            why,
            email,
            kept
        ),
        Sent::CozyPassphrase { address, .. } => {
            tr!(lang, "scripts-cozy-passphrase-unanswered", why, address)
        }
        Sent::CloudSigmaCreate { email, .. } => {
            let place = driver.app.flows.cloudsigma.as_ref().map(|f| f.place());
            tr!(
                lang,
                "scripts-cloudsigma-create-unanswered",
                email,
                place = place.unwrap_or_default(),
                why,
                kept
            )
        }
    };
    Some(Failure::network(said))
}

async fn drive_answering(
    driver: &mut Driver,
    script: &Script,
    printer: &Printer,
) -> Result<Ending, Failure> {
    let mut asked: HashMap<&'static str, u32> = HashMap::new();
    let mut last_wait = String::new();
    loop {
        for message in driver.take_new_outbox() {
            printer.notice(&outbox_line(&message));
        }
        let ask = driver.ask();
        match &ask.kind {
            AskKind::Wait => {
                if ask.prompt != last_wait {
                    printer.progress(&format!("{}…", ask.prompt));
                    last_wait = ask.prompt.clone();
                }
                if !driver.step().await {
                    return Err(Failure::internal(said("scripts-backend-stopped")));
                }
                continue;
            }
            AskKind::Done | AskKind::Rest { .. } => return Ok(Ending::Done(ask)),
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
        if driver.read_outbox_before(&ask).await {
            continue;
        }
        let times = asked.entry(ask.key).or_insert(0);
        if *times > 0 {
            // Asked again: the answer given was not taken. A person at a prompt is told
            // why and asked again; a script's answer will not change.
            let again = script.prompted(ask.key) && *times < PROMPT_TRIES;
            match (&ask.problem, again) {
                (Some(problem), true) => printer.notice(&problem.message),
                (_, true) => {}
                (Some(problem), false) => return Err(Failure::from(problem.clone())),
                (None, false) => {
                    return Err(Failure::refused(said_with(
                        "scripts-answer-not-accepted",
                        &[("prompt", (&ask.prompt).into())],
                    )));
                }
            }
        }
        *times += 1;
        let Some(value) = script.answer_for(&ask).await? else {
            // Nothing to answer with: a question that carries a problem ends on it.
            return Err(ask.problem.map(Failure::from).unwrap_or_else(|| {
                Failure::usage(said_with(
                    "scripts-answer-needed",
                    &[("key", ask.key.into()), ("prompt", (&ask.prompt).into())],
                ))
            }));
        };
        driver.answer(value);
    }
}

pub async fn run(global: &GlobalArgs, paths: &Paths, command: Command) -> Exit {
    let json = command.output().is_some_and(|o| o.json);
    let printer = Printer::new(json);
    let result = match command {
        Command::Cloudsigma(CloudSigmaCommand::Locations { .. }) => locations(global, paths).await,
        Command::Cleura(c) => cleura_command(global, paths, c, &printer).await,
        Command::Cloudsigma(c) => cloudsigma_command(global, paths, c, &printer).await,
        Command::Cozy(c) => super::cozy::run(global, paths, c, &printer).await,
        _ => Err(Failure::usage(said("scripts-not-scriptable"))),
    };
    match result {
        Ok(done) => printer.done(&done),
        Err(failure) => printer.fail(&failure),
    }
}

pub type Outcome = Result<Done, Failure>;

const CLEURA_PASSWORD_ENV: &str = "CLOUDBOARD_CLEURA_PASSWORD";
const SIGMA_PASSWORD_ENV: &str = "CLOUDBOARD_CLOUDSIGMA_PASSWORD";

/// The Cleura flow's regions step, once signed in.
fn cleura_regions(driver: &Driver) -> Option<&cleura::Regions> {
    match driver.app.flows.cleura.as_ref().map(|f| &f.step) {
        Some(cleura::Step::Regions(regions)) => Some(regions),
        _ => None,
    }
}

/// The token an earlier run kept, when the Cleura flow opened without it, with its login.
fn cleura_kept_token_unused(driver: &Driver) -> Option<(&cleura::KeptTokenUnused, String)> {
    let flow = driver.app.flows.cleura.as_ref()?;
    let unused = flow.kept_token_unused.as_ref()?;
    Some((unused, flow.form.login_value()))
}

/// What stopped a flow that kept nothing it could use: its own problem, as it is (a check
/// whose task failed is a failure, not a reason to sign in), else `not_signed_in` (usage).
fn stopped_or(
    problem: Option<&crate::app::problem::Problem>,
    not_signed_in: std::borrow::Cow<str>,
) -> Failure {
    match problem {
        Some(problem) => Failure::new(problem.kind.into(), problem.message.clone()),
        None => Failure::usage(not_signed_in),
    }
}

/// Why a command that needs a Cleura sign-in has none, and the one thing to do: nothing
/// kept (usage: sign in), a kept token Cleura no longer takes (refused, forgotten: sign in
/// again), one it refused for another reason (refused: sign in as a login it lets list),
/// or Cleura out of reach (failure: the error's own advice, to try again).
fn cleura_not_signed_in(driver: &Driver) -> Failure {
    let lang = super::lang();
    match cleura_kept_token_unused(driver) {
        None => stopped_or(
            driver
                .app
                .flows
                .cleura
                .as_ref()
                .and_then(|f| f.problem.as_ref()),
            said("scripts-cleura-not-signed-in"),
        ),
        Some((cleura::KeptTokenUnused::Ended(ended), login)) => Failure::refused(said_with(
            "scripts-cleura-kept-token-ended",
            &[("login", login.into()), ("why", (&ended.why).into())],
        )),
        Some((cleura::KeptTokenUnused::Unchecked(error), login)) if error.is_refusal() => {
            Failure::refused(said_with(
                "scripts-cleura-kept-token-refused",
                &[("login", login.into()), ("why", error.said_in(lang).into())],
            ))
        }
        Some((cleura::KeptTokenUnused::Unchecked(error), login)) => Failure::network(said_with(
            "scripts-cleura-kept-token-unchecked",
            &[
                ("login", login.into()),
                ("advice", error.advice_in(lang).into()),
            ],
        )),
    }
}

async fn cleura_command(
    global: &GlobalArgs,
    paths: &Paths,
    command: CleuraCommand,
    printer: &Printer,
) -> Outcome {
    // Every command but login only reads what an earlier sign-in kept.
    let kept_only = Script::default().stop_at("login").stop_at("password");
    match command {
        CleuraCommand::Login {
            login,
            password_stdin,
            sms_code_stdin,
            ..
        } => {
            let script = Script::default()
                .answer("login", login.trim())
                .secret(
                    "password",
                    SecretSource {
                        stdin_option: "--password-stdin",
                        stdin: password_stdin,
                        env: Some(CLEURA_PASSWORD_ENV),
                    },
                )
                .secret(
                    "sms_code",
                    SecretSource {
                        stdin_option: "--sms-code-stdin",
                        stdin: sms_code_stdin,
                        env: None,
                    },
                );
            let mut driver = Driver::start(global, paths, script.given()).await?;
            driver.open(Open::Cleura);
            let driven = drive(&mut driver, &script, printer).await;
            // A code no verdict came for is sent again by a key on the screen; a script's
            // code is read once, and a new one needs a new sign-in.
            if driven.is_err()
                && let Some(cleura::Step::Code(code)) =
                    driver.app.flows.cleura.as_ref().map(|f| &f.step)
                && let Some(error) = &code.unchecked
            {
                let why = error.said_in(super::lang());
                return Err(Failure::network(said_with(
                    "scripts-cleura-code-unchecked",
                    &[("why", why.trim_end_matches('.').into())],
                )));
            }
            driven?;
            let regions = cleura_regions(&driver)
                .ok_or_else(|| Failure::internal(said("scripts-sign-in-stopped-early")))?;
            let signed_in_as = &regions.session.login;
            if signed_in_as != login.trim() {
                return Err(Failure::usage(said_with(
                    "scripts-cleura-signed-in-as-other",
                    &[("account", signed_in_as.into()), ("login", (&login).into())],
                )));
            }
            if let Err(why) = &regions.kept {
                return Err(Failure::internal(said_with(
                    "scripts-cleura-token-not-kept",
                    &[("why", why.into())],
                )));
            }
            let report = reports::CleuraSession::of(regions);
            let id = match report.session {
                SessionOrigin::Kept => "scripts-cleura-already-signed-in",
                SessionOrigin::New => "scripts-cleura-signed-in",
            };
            let mut notices = vec![said_with(id, &[("account", signed_in_as.into())]).into_owned()];
            notices.extend(regions.not_listed.as_ref().map(|p| p.message.clone()));
            if let Ok(kept) = &regions.kept {
                notices.push(
                    said_with("scripts-cleura-token-kept-in", &[("place", kept_in(kept))])
                        .into_owned(),
                );
            }
            Ok(Done::new(report, Vec::new()).notices(notices))
        }
        CleuraCommand::Regions { .. } => {
            let mut driver = Driver::start(global, paths, BTreeMap::new()).await?;
            driver.open(Open::Cleura);
            drive(&mut driver, &kept_only, printer).await?;
            let Some(regions) = cleura_regions(&driver) else {
                return Err(cleura_not_signed_in(&driver));
            };
            if let Some(problem) = &regions.not_listed {
                return Err(Failure::from(problem.clone()));
            }
            let report = reports::CleuraRegions {
                login: regions.session.login.clone(),
                endpoint: regions.session.endpoint.clone(),
                api: regions.session.api.label(),
                regions: reports::region_list(regions),
            };
            Ok(Done::new(report, cleura::questions::table_lines(regions)))
        }
        CleuraCommand::Projects { domain, .. } => {
            let mut driver = Driver::start(global, paths, BTreeMap::new()).await?;
            driver.open(Open::Cleura);
            drive(&mut driver, &kept_only, printer).await?;
            if cleura_regions(&driver).is_none() {
                return Err(cleura_not_signed_in(&driver));
            }
            driver.answer(format!("projects {domain}"));
            driver.settle().await?;
            let regions = cleura_regions(&driver)
                .ok_or_else(|| Failure::refused(said("scripts-session-ended")))?;
            // Still asked which region: none has that name.
            if regions.asking_region
                && let Some(problem) = driver.ask().problem
            {
                return Err(Failure::from(problem));
            }
            let not_listed = || Failure::internal(said("scripts-cleura-projects-not-listed"));
            let view = regions.projects.as_ref().ok_or_else(not_listed)?;
            let list = match &view.projects {
                Some(Ok(list)) => list,
                Some(Err(problem)) => return Err(Failure::from(problem.clone())),
                None => return Err(not_listed()),
            };
            let report = reports::CleuraProjects {
                login: regions.session.login.clone(),
                domain_id: view.domain.clone(),
                projects: list.iter().map(reports::CleuraProject::from).collect(),
            };
            let lines = cleura::questions::project_lines(view)
                .into_iter()
                .map(|l| l.trim_start().to_string())
                .collect();
            Ok(Done::new(report, lines).notice(view.heading(&regions.session.login)))
        }
        CleuraCommand::Logout { .. } => {
            let mut driver = Driver::start(global, paths, BTreeMap::new()).await?;
            driver.open(Open::Cleura);
            drive(&mut driver, &kept_only, printer).await?;
            if cleura_regions(&driver).is_none() {
                return cleura_nothing_to_sign_out(&driver);
            }
            driver.answer("sign-out");
            driver.settle().await?;
            let Some(cleura::Step::SignedOut {
                login,
                revoked,
                forgotten,
                notice,
            }) = driver.app.flows.cleura.as_ref().map(|f| &f.step)
            else {
                return Err(Failure::internal(said("scripts-sign-out-did-not-end")));
            };
            let report = reports::SignedOut {
                was_signed_in: true,
                account: Some(login.clone()),
                ended_on_server: Some(*revoked),
                forgotten: Some(*forgotten),
            };
            if !*revoked || !*forgotten {
                return Err(Failure::network(notice.clone()));
            }
            Ok(Done::new(report, Vec::new()).notice(notice.clone()))
        }
    }
}

/// `cleura logout` with no session to end: nothing kept (done), a kept token Cleura no
/// longer took (forgotten: done), one it refused for another reason (still kept: refused),
/// or Cleura out of reach (still kept, to try again: a failure). Each said without the
/// sign-in form's advice to sign in now, which is no advice here.
fn cleura_nothing_to_sign_out(driver: &Driver) -> Outcome {
    let lang = super::lang();
    let signed_out = Done::new(reports::SignedOut::default(), Vec::new());
    let (error, login) = match cleura_kept_token_unused(driver) {
        None => return Ok(signed_out.notice(said("scripts-cleura-nothing-to-do"))),
        Some((cleura::KeptTokenUnused::Ended(ended), _)) => {
            return Ok(signed_out.notice(said_with(
                "scripts-cleura-logout-forgotten",
                &[("problem", ended.said(lang).into())],
            )));
        }
        Some((cleura::KeptTokenUnused::Unchecked(error), login)) => (error, login),
    };
    let (id, exit) = if error.is_refusal() {
        ("scripts-cleura-logout-refused", Exit::Refused)
    } else {
        ("scripts-cleura-logout-unreachable", Exit::Failed)
    };
    Err(Failure::new(
        exit,
        said_with(
            id,
            &[("login", login.into()), ("why", error.said_in(lang).into())],
        ),
    ))
}

/// The CloudSigma flow's account step, once signed in.
fn sigma_account(driver: &Driver) -> Option<(&cloudsigma::Account, String)> {
    let flow = driver.app.flows.cloudsigma.as_ref()?;
    match &flow.step {
        cloudsigma::Step::Account(account) => {
            let code = flow
                .location
                .chosen
                .as_ref()
                .map(|c| c.code().to_string())
                .unwrap_or_default();
            Some((account, code))
        }
        _ => None,
    }
}

/// Why the kept session was not used, when the CloudSigma flow opened without it.
fn sigma_kept_session_unused(driver: &Driver) -> Option<&cloudsigma::KeptSessionUnused> {
    let flow = driver.app.flows.cloudsigma.as_ref()?;
    flow.kept_session_unused.as_ref()
}

/// Why a command that needs a CloudSigma session has none, and the one thing to do: nothing
/// kept (usage: sign in), a kept session that expired or ended (refused, forgotten: sign in
/// again), one that could not be read (failure: sign in again), one CloudSigma refused for
/// another reason (refused, still kept: sign in again to replace it), or CloudSigma out of
/// reach (failure: the error's own advice, to try again). Signing in again is advised at the
/// session's own location: without `--location`, `login` would open the new one at the
/// location last chosen.
fn sigma_not_signed_in(driver: &Driver) -> Failure {
    use cloudsigma::KeptSessionUnused as Unused;
    let lang = super::lang();
    match sigma_kept_session_unused(driver) {
        None => stopped_or(
            driver
                .app
                .flows
                .cloudsigma
                .as_ref()
                .and_then(|f| f.problem.as_ref()),
            said("scripts-cloudsigma-not-signed-in"),
        ),
        Some(Unused::Expired {
            email,
            place,
            location,
        }) => Failure::refused(tr!(
            lang,
            "scripts-cloudsigma-kept-session-expired",
            email,
            place,
            location
        )),
        Some(Unused::Ended {
            email,
            place,
            location,
            why,
        }) => Failure::refused(tr!(
            lang,
            "scripts-cloudsigma-kept-session-ended",
            email,
            place,
            location,
            why
        )),
        Some(Unused::Unreadable { why }) => {
            Failure::network(tr!(lang, "scripts-cloudsigma-kept-session-unreadable", why))
        }
        Some(Unused::Unchecked {
            email,
            location,
            error,
        }) if error.is_refusal() => Failure::refused(tr!(
            lang,
            "scripts-cloudsigma-kept-session-refused",
            email,
            location,
            why = error.said_in(lang)
        )),
        Some(Unused::Unchecked { email, error, .. }) => Failure::network(tr!(
            lang,
            "scripts-cloudsigma-kept-session-unchecked",
            email,
            advice = error.advice_in(lang)
        )),
    }
}

/// A kept session that did not stand in the way of creating an account, because it was
/// forgotten (expired, ended, or unreadable), in words; one still kept goes unsaid.
fn sigma_kept_session_forgotten(driver: &Driver) -> Option<String> {
    use cloudsigma::KeptSessionUnused as Unused;
    let lang = super::lang();
    let said = match sigma_kept_session_unused(driver)? {
        Unused::Expired { email, place, .. } => {
            tr!(lang, "scripts-cloudsigma-create-kept-expired", email, place)
        }
        Unused::Ended {
            email, place, why, ..
        } => tr!(
            lang,
            "scripts-cloudsigma-create-kept-ended",
            email,
            place,
            why
        ),
        Unused::Unreadable { why } => tr!(lang, "scripts-cloudsigma-create-kept-unreadable", why),
        Unused::Unchecked { .. } => return None,
    };
    Some(said.into_owned())
}

/// `cloudsigma logout` with no session to end: nothing kept (done), a kept session that
/// expired or ended (forgotten: done), one that could not be read (a failure), one
/// CloudSigma refused for another reason (still kept: refused), or CloudSigma out of reach
/// (still kept, to try again: a failure). Each said without the advice to sign in, which is
/// no advice here.
fn sigma_nothing_to_sign_out(driver: &Driver) -> Outcome {
    use cloudsigma::KeptSessionUnused as Unused;
    let lang = super::lang();
    let signed_out = Done::new(reports::SignedOut::default(), Vec::new());
    match sigma_kept_session_unused(driver) {
        None => Ok(signed_out.notice(said("scripts-cloudsigma-nothing-to-do"))),
        Some(Unused::Expired { .. } | Unused::Ended { .. }) => {
            Ok(signed_out.notice(said("scripts-cloudsigma-logout-ended")))
        }
        Some(Unused::Unreadable { why }) => Err(Failure::network(tr!(
            lang,
            "scripts-cloudsigma-logout-unreadable",
            why
        ))),
        Some(Unused::Unchecked { email, error, .. }) if error.is_refusal() => {
            Err(Failure::refused(tr!(
                lang,
                "scripts-cloudsigma-logout-refused",
                email,
                why = error.said_in(lang)
            )))
        }
        Some(Unused::Unchecked { email, error, .. }) => Err(Failure::network(tr!(
            lang,
            "scripts-cloudsigma-logout-unreachable",
            email,
            why = error.said_in(lang)
        ))),
    }
}

/// A kept session is used only where it was opened: a location given (a code or an API
/// address) that is not that one is bad usage, and nothing is done there.
fn sigma_kept_at(
    account: &cloudsigma::Account,
    code: &str,
    wanted: Option<&str>,
) -> Result<(), Failure> {
    let Some(wanted) = wanted.map(str::trim) else {
        return Ok(());
    };
    if wanted.eq_ignore_ascii_case(code) || wanted.eq_ignore_ascii_case(&account.api) {
        return Ok(());
    }
    Err(Failure::usage(said_with(
        "scripts-cloudsigma-kept-elsewhere",
        &[
            ("place", (&account.place).into()),
            ("wanted", wanted.into()),
        ],
    )))
}

/// Stops where a command that only reads the kept session has nothing more to read.
fn sigma_kept_only() -> Script {
    Script::default()
        .stop_at("location")
        .stop_at("api_address")
        .stop_at("saved_session")
        .stop_at("action")
        .stop_at("email")
        .stop_at("password")
}

async fn cloudsigma_command(
    global: &GlobalArgs,
    paths: &Paths,
    command: CloudSigmaCommand,
    printer: &Printer,
) -> Outcome {
    match command {
        CloudSigmaCommand::CreateAccount {
            email,
            promo,
            location,
            ..
        } => {
            let script = |stop| {
                Script::default()
                    .answer_opt("location", location.as_deref())
                    .answer("action", "create")
                    .answer("email", email.trim())
                    .answer("promo", promo.clone().unwrap_or_default())
                    // A kept session that cannot be checked is not what this command is about.
                    .answer("saved_session", "2")
                    .stop_at(stop)
            };
            let mut driver = Driver::start(global, paths, script("action").given()).await?;
            driver.open(Open::CloudSigma);
            // As far as the choice to create: what became of a kept session is said first,
            // whatever follows.
            let chosen = drive(&mut driver, &script("action"), printer).await;
            if let Some(said) = sigma_kept_session_forgotten(&driver) {
                printer.notice(&said);
            }
            chosen?;
            if let Some((account, _)) = sigma_account(&driver) {
                return Err(Failure::usage(said_with(
                    "scripts-cloudsigma-signed-in-already",
                    &[("account", (&account.email).into())],
                )));
            }
            drive(&mut driver, &script("sign_in_now"), printer).await?;
            // The confirmation email is the next step: in the sandbox its link is shown.
            driver.read_outbox().await;
            for message in driver.take_new_outbox() {
                printer.notice(&outbox_line(&message));
            }
            let flow = driver.app.flows.cloudsigma.as_ref();
            let created = flow
                .and_then(|f| f.created.clone())
                .ok_or_else(|| Failure::internal(said("scripts-cloudsigma-not-created")))?;
            let chosen = flow.and_then(|f| f.location.chosen.as_ref());
            let (location, api) = chosen
                .map(|c| (c.code().to_string(), c.api(&driver.app.config.cloudsigma)))
                .unwrap_or_default();
            // The wizard's next step has a key to press; a script's is a command to run.
            let lang = super::lang();
            let mut notices = cloudsigma::questions::created_said(lang, &created);
            let next = if flow.is_some_and(|f| f.sandbox) {
                "scripts-cloudsigma-created-next-sandbox"
            } else {
                "scripts-cloudsigma-created-next"
            };
            notices.push(
                tr!(
                    lang,
                    next,
                    email = &created.email,
                    location = chosen.map(|c| c.given()).unwrap_or_default()
                )
                .into_owned(),
            );
            let report = reports::SigmaCreated {
                email: created.email.clone(),
                location,
                api,
                uuid: created.uuid.clone(),
                probably: created.probably,
            };
            let mut rows = vec![vec![
                said("scripts-label-email").into_owned(),
                created.email.clone(),
            ]];
            rows.extend(
                created
                    .uuid
                    .iter()
                    .map(|u| vec![said("scripts-label-uuid").into_owned(), u.clone()]),
            );
            Ok(Done::new(report, crate::text::columns(&rows)).notices(notices))
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
                .answer("email", email.trim())
                .answer("saved_session", "2")
                .secret(
                    "password",
                    SecretSource {
                        stdin_option: "--password-stdin",
                        stdin: password_stdin,
                        env: Some(SIGMA_PASSWORD_ENV),
                    },
                );
            let mut driver = Driver::start(global, paths, script.given()).await?;
            driver.open(Open::CloudSigma);
            drive(&mut driver, &script, printer).await?;
            let (account, code) = sigma_account(&driver)
                .ok_or_else(|| Failure::internal(said("scripts-sign-in-stopped-early")))?;
            let wanted_place = location.as_deref().map(str::trim);
            let other_place = wanted_place.is_some_and(|w| {
                !w.eq_ignore_ascii_case(&code) && !w.eq_ignore_ascii_case(&account.api)
            });
            if !account.email.eq_ignore_ascii_case(email.trim()) || other_place {
                return Err(Failure::usage(said_with(
                    "scripts-cloudsigma-signed-in-as-other",
                    &[
                        ("account", (&account.email).into()),
                        ("place", (&account.place).into()),
                        ("email", email.trim().into()),
                    ],
                )));
            }
            if let Err(why) = &account.kept {
                return Err(Failure::internal(said_with(
                    "scripts-cloudsigma-session-not-kept",
                    &[("why", why.into())],
                )));
            }
            let report = reports::SigmaAccount::of(account, &code);
            let id = match report.session {
                SessionOrigin::Kept => "scripts-cloudsigma-already-signed-in",
                SessionOrigin::New => "scripts-cloudsigma-signed-in",
            };
            let mut notices = vec![
                said_with(
                    id,
                    &[
                        ("account", (&account.email).into()),
                        ("place", (&account.place).into()),
                    ],
                )
                .into_owned(),
            ];
            if let Ok(kept) = &account.kept {
                notices.push(
                    said_with(
                        "scripts-cloudsigma-session-kept-in",
                        &[("place", kept_in(kept))],
                    )
                    .into_owned(),
                );
            }
            notices.extend(account.info.notes.iter().cloned());
            let lines = report.lines();
            Ok(Done::new(report, lines).notices(notices))
        }
        CloudSigmaCommand::Whoami { location, .. } => {
            let mut driver = Driver::start(global, paths, BTreeMap::new()).await?;
            driver.open(Open::CloudSigma);
            drive(&mut driver, &sigma_kept_only(), printer).await?;
            let Some((account, code)) = sigma_account(&driver) else {
                return Err(sigma_not_signed_in(&driver));
            };
            sigma_kept_at(account, &code, location.as_deref())?;
            let report = reports::SigmaAccount::of(account, &code);
            let lines = report.lines();
            let notes = account.info.notes.clone();
            Ok(Done::new(report, lines).notices(notes))
        }
        CloudSigmaCommand::Logout { location, .. } => {
            let mut driver = Driver::start(global, paths, BTreeMap::new()).await?;
            driver.open(Open::CloudSigma);
            drive(&mut driver, &sigma_kept_only(), printer).await?;
            let Some((account, code)) = sigma_account(&driver) else {
                return sigma_nothing_to_sign_out(&driver);
            };
            sigma_kept_at(account, &code, location.as_deref())?;
            driver.answer("sign out");
            let ask = driver.settle().await?;
            let Some(cloudsigma::Step::Finished(cloudsigma::Finished::SignedOut {
                email,
                remote,
                local,
            })) = driver.app.flows.cloudsigma.as_ref().map(|f| &f.step)
            else {
                return Err(Failure::internal(said("scripts-sign-out-did-not-end")));
            };
            let report = reports::SignedOut {
                was_signed_in: true,
                account: Some(email.clone()),
                ended_on_server: Some(remote.is_none()),
                forgotten: Some(local.is_none()),
            };
            if remote.is_some() || local.is_some() {
                return Err(Failure::network(ask.context.join(" ")));
            }
            Ok(Done::new(report, Vec::new()).notices(ask.context))
        }
        CloudSigmaCommand::Locations { .. } => Err(Failure::internal("handled before")),
    }
}

/// The operating system's keyring, as `Location::Keyring` names it.
#[cfg(target_os = "linux")]
const KEYRING: &str = "scripts-kept-in-desktop-keyring";
#[cfg(target_os = "macos")]
const KEYRING: &str = "scripts-kept-in-keychain";
#[cfg(windows)]
const KEYRING: &str = "scripts-kept-in-credential-manager";
#[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
const KEYRING: &str = "scripts-kept-in-system-keyring";

/// Where a secret is kept, in this command's words (the JSON report keeps the store's own).
fn kept_in(location: &crate::store::secrets::Location) -> Arg<'static> {
    use crate::store::secrets::Location;
    let path = |path: &std::path::Path| Arg::from(path.display().to_string());
    Arg::from(
        match location {
            Location::Keyring => said(KEYRING),
            Location::KernelKeyring => said("scripts-kept-in-kernel-keyring"),
            Location::File(file) => said_with("scripts-kept-in-file", &[("path", path(file))]),
            Location::FallbackFile(file) => {
                said_with("scripts-kept-in-fallback-file", &[("path", path(file))])
            }
        }
        .into_owned(),
    )
}

/// The locations and their API addresses: CloudSigma's current list when its API answers
/// quickly, else the built-in one; which it is, is said.
async fn locations(global: &GlobalArgs, paths: &Paths) -> Outcome {
    use cloudsigma::location::{self, ListSource};
    let mut config = crate::config::Config::load(&paths.config_file)
        .map_err(|e| Failure::usage(e.said_in(super::lang())))?;
    if let Some(url) = &global.sandbox_url {
        config.point_at_sandbox(url);
    }
    let config = &config.cloudsigma;
    let built_in = location::built_in();
    let home = built_in
        .iter()
        .find(|p| p.is(location::HOME_CODE))
        .map(|p| p.api(config))
        .unwrap_or_default();
    let http = crate::backend::http::Http::default();
    let current = match http.client() {
        Ok(client) => crate::backend::cloudsigma::current_locations(client, &home)
            .await
            .map_err(|e| e.to_string()),
        Err(why) => Err(why.in_words(super::lang())),
    };
    let (places, source) = match current {
        Ok(places) if !places.is_empty() => (places, ListSource::Live),
        Ok(_) => (
            built_in,
            ListSource::Unavailable(said("scripts-cloudsigma-no-location").into_owned()),
        ),
        Err(why) => (built_in, ListSource::Unavailable(why)),
    };
    let list: Vec<reports::SigmaLocation> = places
        .iter()
        .map(|p| reports::SigmaLocation {
            code: p.code.clone(),
            name: p.name.clone(),
            api: p.api(config),
        })
        .collect();
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|l| vec![l.code.clone(), l.name.clone(), l.api.clone()])
        .collect();
    let lines = crate::text::columns(&rows);
    let said = cloudsigma::questions::list_source(&source, config);
    let report = reports::SigmaLocations {
        source: if source == ListSource::Live {
            "current"
        } else {
            "built-in"
        },
        locations: list,
    };
    Ok(Done::new(report, lines).notice(said))
}

#[cfg(test)]
#[path = "commands_tests.rs"]
mod tests;
