//! The backend: a tokio task that owns all IO. It takes `Command`s from one channel, runs
//! each as its own task (so a long poll never holds up a click), and answers with `Event`s
//! tagged with the request they answer.

pub mod cleura;
pub mod cloudsigma;
pub mod cozy;
pub mod http;
pub mod outbox;

use std::collections::HashMap;
use std::future::Future;

use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};
use tokio::task::AbortHandle;

use crate::app::{Command, Event, EventBody, RequestId};
use crate::config::SecretStore;
use crate::lang::{Lang, tr};
use crate::store::Paths;
use crate::store::resume::{self, Remember};
use crate::store::secrets::Secrets;
use http::Http;

/// What the backend starts with.
pub struct Setup {
    /// Start an in-process sandbox and report its address.
    pub start_sandbox: bool,
    pub workflow_secs: f64,
    pub paths: Paths,
    pub secret_store: SecretStore,
}

/// What every request's task may use: the one HTTP client, the secret store, the files,
/// and the language its own words (not the providers') are said in.
#[derive(Clone)]
pub struct Services {
    pub http: Http,
    pub secrets: Secrets,
    pub paths: Paths,
    pub lang: Lang,
}

/// Sends answers back to the UI; a closed channel means the UI is gone and the answer is
/// dropped, which is the right thing to do with it.
#[derive(Clone)]
pub struct Reply {
    id: RequestId,
    tx: UnboundedSender<Event>,
}

impl Reply {
    pub fn send(&self, body: EventBody) {
        let _ = self.tx.send(Event { id: self.id, body });
    }
}

/// Runs the commands `update` asks for until their channel closes, answering on `events`;
/// its own words (a request that failed, the outbox out of reach, an account read in part)
/// are said in `lang`.
pub async fn run_in(
    lang: Lang,
    mut commands: UnboundedReceiver<Command>,
    events: UnboundedSender<Event>,
    setup: Setup,
) {
    // Kept alive for as long as the backend runs: dropping it stops the server.
    let mut _sandbox = None;
    if setup.start_sandbox {
        let reply = Reply {
            id: RequestId(0),
            tx: events.clone(),
        };
        let options = crate::sandbox::Options {
            workflow_secs: setup.workflow_secs,
            log_requests: false,
            ..Default::default()
        };
        let loopback = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
        match crate::sandbox::Sandbox::start(loopback, options).await {
            Ok(sandbox) => {
                tracing::info!(url = %sandbox.base_url(), "sandbox started");
                reply.send(EventBody::SandboxReady {
                    base_url: sandbox.base_url(),
                });
                _sandbox = Some(sandbox);
            }
            Err(e) => {
                tracing::error!(error = %e, "sandbox failed to start");
                reply.send(EventBody::SandboxFailed(e.to_string()));
            }
        }
    }
    let services = Services {
        http: Http::default(),
        secrets: Secrets::new(setup.secret_store, &setup.paths.data_dir).speaking(lang),
        paths: setup.paths,
        lang,
    };
    let http = services.http.clone();
    let reply_to = |id| Reply {
        id,
        tx: events.clone(),
    };
    let mut tasks = Tasks::default();
    while let Some(command) = commands.recv().await {
        tasks.forget_finished();
        match command {
            Command::Cancel(id) => tasks.cancel(id),
            Command::LoadState(id) => {
                let reply = reply_to(id);
                let file = resume::state_file(&services.paths.data_dir);
                spawn_task(&mut tasks, id, reply.clone(), lang, async move {
                    let loaded = tokio::task::spawn_blocking(move || resume::load(&file)).await;
                    let (state, notice) = loaded.unwrap_or_default();
                    reply.send(EventBody::State {
                        state: Box::new(state),
                        notice,
                    });
                });
            }
            Command::Remember(what) => {
                let file = resume::state_file(&services.paths.data_dir);
                let what = match what {
                    Remember::Sent(sent) => Remember::Sent(sent.stamped(crate::store::now_secs())),
                    other => other,
                };
                // Awaited here, so writes land in the order they were asked for; each is
                // whole (atomic).
                let _ = tokio::task::spawn_blocking(move || {
                    let (mut state, _) = resume::load(&file);
                    state.apply(what);
                    if let Err(e) = resume::save(&file, &state) {
                        tracing::error!(error = %e, file = %file.display(), "cannot save state");
                    }
                })
                .await;
            }
            Command::OpenUrl(url) => {
                let reply = reply_to(RequestId(0));
                spawn_task(&mut tasks, RequestId(0), reply.clone(), lang, async move {
                    let result = tokio::task::spawn_blocking(move || open::that_detached(&url))
                        .await
                        .map_err(|e| e.to_string())
                        .and_then(|r| r.map_err(|e| e.to_string()));
                    reply.send(EventBody::Opened(result));
                });
            }
            Command::WatchOutbox { id, base, after } => {
                let reply = reply_to(id);
                let http = http.clone();
                tasks.endless.insert(id);
                spawn_task(
                    &mut tasks,
                    id,
                    reply.clone(),
                    lang,
                    outbox::watch(lang, http, base, after, reply),
                );
            }
            Command::ReadOutbox { id, base, after } => {
                let reply = reply_to(id);
                let http = http.clone();
                spawn_task(
                    &mut tasks,
                    id,
                    reply.clone(),
                    lang,
                    outbox::read(lang, http, base, after, reply),
                );
            }
            Command::Cozy(id, request) => {
                let reply = reply_to(id);
                let work = cozy::run(services.clone(), request, reply.clone());
                spawn_task(&mut tasks, id, reply, lang, work);
            }
            Command::Cleura(id, request) => {
                let reply = reply_to(id);
                let work = cleura::run(services.clone(), request, reply.clone());
                spawn_task(&mut tasks, id, reply, lang, work);
            }
            Command::CloudSigma(id, request) => {
                let reply = reply_to(id);
                let work = cloudsigma::run(services.clone(), request, reply.clone());
                spawn_task(&mut tasks, id, reply, lang, work);
            }
        }
    }
    // No more commands: the work already asked for gets a moment to end (a secret
    // forgotten, a state written: milliseconds), or a script's "forgotten" would be said of
    // a file the process's end left behind. A watch of the outbox never ends by itself: it
    // stops here; work waiting on the network is not waited for past the moment.
    tasks.finish(FINISHING).await;
}

/// The work the backend started: each task under its request, to cancel it, and how each
/// ends, to wait for it.
#[derive(Default)]
struct Tasks {
    running: HashMap<RequestId, AbortHandle>,
    ending: Vec<tokio::task::JoinHandle<()>>,
    /// Requests whose work never ends by itself (a watch of the outbox).
    endless: std::collections::HashSet<RequestId>,
}

impl Tasks {
    fn forget_finished(&mut self) {
        self.running.retain(|_, task| !task.is_finished());
        self.ending.retain(|ending| !ending.is_finished());
        let running = &self.running;
        self.endless.retain(|id| running.contains_key(id));
    }

    fn cancel(&mut self, id: RequestId) {
        if let Some(task) = self.running.remove(&id) {
            task.abort();
        }
    }

    async fn finish(mut self, at_most: std::time::Duration) {
        for id in std::mem::take(&mut self.endless) {
            self.cancel(id);
        }
        let _ = tokio::time::timeout(at_most, futures::future::join_all(self.ending)).await;
    }
}

/// How long work still running when the commands end may take to finish.
const FINISHING: std::time::Duration = std::time::Duration::from_secs(1);

/// Runs `work` as its own task, remembered under `id` so it can be cancelled. A panic in it
/// is logged (by the panic hook) and turned into a failure event for the screen waiting on
/// it, never a torn-down UI.
fn spawn_task(
    tasks: &mut Tasks,
    id: RequestId,
    reply: Reply,
    lang: Lang,
    work: impl Future<Output = ()> + Send + 'static,
) {
    let handle = tokio::spawn(work);
    tasks.running.insert(id, handle.abort_handle());
    let ending = tokio::spawn(async move {
        if let Err(e) = handle.await
            && e.is_panic()
        {
            reply.send(EventBody::TaskFailed(
                tr(lang, "shared-task-failed").into_owned(),
            ));
        }
    });
    tasks.ending.push(ending);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::SecretStore;
    use crate::store::paths::Paths;

    /// Work asked for just before the commands end still ends: a script's last request (a
    /// token forgotten) is not cut off by the end of the process that follows.
    #[tokio::test(flavor = "current_thread")]
    async fn work_sent_before_the_commands_end_still_ends() {
        let data = std::env::temp_dir().join(format!(
            "cloudboard-backend-finishes-{}",
            std::process::id()
        ));
        let kept = data.join("secrets").join("cleura-finishing.secret");
        std::fs::create_dir_all(kept.parent().unwrap()).unwrap();
        std::fs::write(&kept, "{}").unwrap();
        let (commands, received) = tokio::sync::mpsc::unbounded_channel();
        let (events, _answers) = tokio::sync::mpsc::unbounded_channel();
        let forget = crate::app::cleura::Request::Forget {
            secret: "cleura-finishing",
        };
        commands
            .send(Command::Cleura(RequestId(1), forget))
            .unwrap();
        drop(commands);
        let setup = Setup {
            start_sandbox: false,
            workflow_secs: 1.0,
            paths: Paths::at(data.join("config.toml"), data.clone()),
            secret_store: SecretStore::File,
        };
        run_in(Lang::En, received, events, setup).await;
        let left = kept.exists();
        let _ = std::fs::remove_dir_all(&data);
        assert!(!left, "the forgetting was cut off");
    }
}
