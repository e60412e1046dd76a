//! Runs the wizard's state machine without a screen: the same `App`, `update` and backend,
//! stepped question by question through each flow's `ask()`. The plain mode, answers files
//! and every scriptable subcommand go through here, so no flow has a second implementation.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Instant;

use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};
use tokio::task::JoinHandle;

use crate::app::ask::{Ask, AskKind};
use crate::app::home::Open;
use crate::app::{
    self, App, Command, Commands, Effect, Event, Msg, OutboxMessage, RequestId, SandboxAt,
    SandboxStatus, Start,
};
use crate::backend::{self, Setup};
use crate::cli::GlobalArgs;
use crate::config::Config;
use crate::store::Paths;
use crate::store::sent::Sent;

use super::{Failure, lang, said, said_with};

pub struct Driver {
    pub app: App,
    commands: UnboundedSender<Command>,
    events: UnboundedReceiver<Event>,
    /// Outbox messages already handed to `take_new_outbox`, or there before the command
    /// started (they belong to earlier runs, and other people).
    outbox_seen: u64,
    backend: Option<JoinHandle<()>>,
    /// The request the last event answered.
    last_answered: Option<RequestId>,
    /// The question the outbox was last brought up to date for.
    outbox_read_for: Option<&'static str>,
}

/// Questions whose answer the sandbox sends (a code by SMS, a link by email).
const SENT_BY_THE_PROVIDER: [&str; 2] = ["sms_code", "activation_link"];

/// Backends whose driver is gone but which may still be running the last commands it sent
/// (the state file to write when a flow ends). Whatever way a command ends — done, refused,
/// interrupted — its driver is dropped, so this is where `finish_backends` finds them.
static ENDING_BACKENDS: Mutex<Vec<JoinHandle<()>>> = Mutex::new(Vec::new());

/// A request that cannot be asked twice that a dropped driver's app had sent and not seen
/// answered: an interrupted command says so on its way out (`left_unanswered`).
static LEFT_UNANSWERED: Mutex<Option<Sent>> = Mutex::new(None);

/// What a command ended while waiting for, if it was a request that cannot be asked twice,
/// in words: what was sent, that it may still complete, and how to find out.
pub fn left_unanswered() -> Option<String> {
    let sent = LEFT_UNANSWERED.lock().ok()?.take()?;
    Some(
        said_with(
            "scripts-left-unanswered",
            &[
                (
                    "what",
                    crate::text::capitalized(&sent.what_in(lang())).into(),
                ),
                ("next", sent.next_step_in(lang()).into()),
                ("kept", sent.kept_where_in(lang()).into()),
            ],
        )
        .into_owned(),
    )
}

impl Drop for Driver {
    fn drop(&mut self) {
        if let Some(sent) = self.app.sent_unanswered()
            && let Ok(mut left) = LEFT_UNANSWERED.lock()
        {
            *left = Some(sent.clone());
        }
        if let Some(backend) = self.backend.take()
            && let Ok(mut ending) = ENDING_BACKENDS.lock()
        {
            ending.push(backend);
        }
    }
}

/// Waits, at most `limit`, for the backends of dropped drivers to run every command they
/// were sent: the command channel closes with the driver, and the backend's loop ends once
/// it has run what was queued.
pub async fn finish_backends(limit: std::time::Duration) {
    let ending: Vec<JoinHandle<()>> = match ENDING_BACKENDS.lock() {
        Ok(mut ending) => ending.drain(..).collect(),
        Err(_) => return,
    };
    let _ = tokio::time::timeout(limit, futures::future::join_all(ending)).await;
}

impl Driver {
    /// Starts the backend (and the sandbox, when asked for), reads the state file, and
    /// returns once the app is ready for a flow to be opened. `given` holds the values the
    /// person gave for this run (options, answers file): they win over remembered ones.
    pub async fn start(
        global: &GlobalArgs,
        paths: &Paths,
        given: BTreeMap<String, String>,
    ) -> Result<Driver, Failure> {
        Driver::start_with(global, paths, given, |_| Ok(())).await
    }

    /// `start`, with the configuration read first changed by `adjust` (a command's options
    /// that override it), or the command refused before anything starts.
    pub async fn start_with(
        global: &GlobalArgs,
        paths: &Paths,
        given: BTreeMap<String, String>,
        adjust: impl FnOnce(&mut Config) -> Result<(), Failure>,
    ) -> Result<Driver, Failure> {
        let mut config =
            Config::load(&paths.config_file).map_err(|e| Failure::usage(e.said_in(lang())))?;
        config.choose_lang(global.lang);
        adjust(&mut config)?;
        config.take_environment();
        if let Some(url) = &global.sandbox_url {
            crate::config::check_endpoint(url)
                .map_err(|why| Failure::usage(super::option_refused("--sandbox-url", url, &why)))?;
            config.point_at_sandbox(url);
        }
        let (command_tx, command_rx) = tokio::sync::mpsc::unbounded_channel();
        let (event_tx, event_rx) = tokio::sync::mpsc::unbounded_channel();
        let setup = Setup {
            start_sandbox: global.sandbox,
            workflow_secs: 3.0,
            paths: paths.clone(),
            secret_store: config.secrets.store,
        };
        let backend = tokio::spawn(backend::run_in(lang(), command_rx, event_tx, setup));
        let mut driver = Driver {
            app: App::new(config, (100, 40), Instant::now()),
            commands: command_tx,
            events: event_rx,
            outbox_seen: 0,
            backend: Some(backend),
            last_answered: None,
            outbox_read_for: None,
        };
        let sandbox = if global.sandbox {
            SandboxAt::InProcess
        } else {
            global
                .sandbox_url
                .clone()
                .map_or(SandboxAt::None, SandboxAt::Url)
        };
        driver.send(Msg::Start(Start {
            given,
            sandbox,
            ..Start::default()
        }));
        while !driver.app.saved.loaded || driver.app.sandbox_status == SandboxStatus::Starting {
            if !driver.step().await {
                return Err(Failure::internal(said("scripts-backend-stopped-starting")));
            }
        }
        if let SandboxStatus::Failed(why) = &driver.app.sandbox_status {
            return Err(Failure::network(said_with(
                "scripts-sandbox-failed",
                &[("why", why.into())],
            )));
        }
        // A damaged state file was set aside: said here as the wizard says it.
        if let Some(toast) = &driver.app.toast {
            super::output::error_line(&toast.text);
        }
        // What the outbox already holds was sent before this command: not shown again.
        driver.read_outbox().await;
        driver.outbox_seen = driver.app.outbox.last_id();
        Ok(driver)
    }

    /// Before a question whose answer the sandbox sends, brings the outbox up to date once,
    /// so the message shows above its prompt. True when it did: the caller shows what came
    /// and asks again.
    pub async fn read_outbox_before(&mut self, ask: &Ask) -> bool {
        if !SENT_BY_THE_PROVIDER.contains(&ask.key)
            || self.app.sandbox_url.is_none()
            || self.outbox_read_for == Some(ask.key)
        {
            return false;
        }
        self.outbox_read_for = Some(ask.key);
        self.read_outbox().await;
        true
    }

    /// Brings the sandbox's outbox up to date now (a few seconds at most), instead of when
    /// the long poll next answers: a code must be shown before the prompt that asks for it.
    pub async fn read_outbox(&mut self) {
        let effects = app::update_now(&mut self.app, Msg::ReadOutbox);
        let Some(id) = effects.commands().find_map(|command| match command {
            Command::ReadOutbox { id, .. } => Some(*id),
            _ => None,
        }) else {
            return;
        };
        self.dispatch(effects);
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(5);
        while self.last_answered != Some(id) {
            match tokio::time::timeout_at(deadline, self.step()).await {
                Ok(true) => {}
                Ok(false) | Err(_) => return,
            }
        }
    }

    /// Feeds one message through `update` and sends what it asks for to the backend.
    pub fn send(&mut self, msg: Msg) {
        let effects = app::update_now(&mut self.app, msg);
        self.dispatch(effects);
    }

    fn dispatch(&mut self, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                // Nothing to suspend and no terminal clipboard without a screen.
                Effect::Suspend | Effect::CopyToClipboard(_) => {}
                Effect::Backend(command) => {
                    let _ = self.commands.send(command);
                }
            }
        }
    }

    pub fn open(&mut self, which: Open) {
        self.send(Msg::Open(which));
    }

    pub fn answer(&mut self, text: impl Into<String>) {
        // The next question is another one, even if it has the same key.
        self.outbox_read_for = None;
        self.send(Msg::Answer(text.into()));
    }

    /// What the front flow asks now.
    pub fn ask(&self) -> Ask {
        match self.app.front_flow() {
            Some(flow) => flow.ask(),
            None => Ask::wait(said("scripts-no-flow-open")),
        }
    }

    /// Waits for one answer from the backend (or a timer the app asked for) and feeds it in.
    /// False when the backend is gone.
    pub async fn step(&mut self) -> bool {
        let deadline = self.app.next_deadline().map(tokio::time::Instant::from_std);
        let msg = tokio::select! {
            event = self.events.recv() => match event {
                Some(event) => {
                    self.last_answered = Some(event.id);
                    Msg::Backend(event)
                }
                None => return false,
            },
            _ = sleep_until(deadline), if deadline.is_some() => Msg::Tick,
        };
        self.send(msg);
        true
    }

    /// Steps until the front flow asks something other than to wait.
    pub async fn settle(&mut self) -> Result<Ask, Failure> {
        loop {
            let ask = self.ask();
            if ask.kind != AskKind::Wait {
                return Ok(ask);
            }
            if !self.step().await {
                return Err(Failure::internal(said("scripts-backend-stopped")));
            }
        }
    }

    /// Outbox messages that arrived since the last call (the sandbox's emails and SMS), so
    /// a person without the outbox panel still sees them.
    pub fn take_new_outbox(&mut self) -> Vec<OutboxMessage> {
        let new: Vec<OutboxMessage> = self
            .app
            .outbox
            .messages
            .iter()
            .filter(|m| m.id > self.outbox_seen)
            .cloned()
            .collect();
        if let Some(last) = new.iter().map(|m| m.id).max() {
            self.outbox_seen = last;
        }
        new
    }
}

async fn sleep_until(deadline: Option<tokio::time::Instant>) {
    match deadline {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}
