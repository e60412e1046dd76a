//! The sandbox: an offline simulator of the Cloudery, Cleura and CloudSigma, faithful to
//! `docs/PROVIDERS.md`, so that anyone can walk every flow with no account and every test has
//! a server to talk to.
//!
//! Layout under its root: the Cloudery at `/cozy/api/...` and `/cozy/v2/...`, each new
//! instance at `/cozy/instances/{fqdn}/...`, Cleura at `/cleura/...`, CloudSigma at
//! `/cloudsigma/api/2.0/...`, and the sandbox's own routes at `/_sandbox/...` (outbox,
//! faults, reset, stats, clock). State is in memory; the fixtures of PROVIDERS.md §4 are
//! there on every start and after every reset.
//!
//! Where the public documentation is silent, each module says what the sandbox chose,
//! marked "(sandbox choice)". Choices shared by all:
//! - A body is read as JSON whatever its Content-Type says (the providers' own examples send
//!   JSON as a form); bad JSON, missing fields and wrong types get the provider's own error
//!   shape with a 4xx, never a 500.
//! - Faults apply to provider routes only, never to `/_sandbox/*`.
//! - `POST /_sandbox/clock {"advance_secs": N}` moves the sandbox's clock forward (sandbox
//!   choice, for tests of expiry: SMS codes, tokens, workflows).
//! - `GET /_sandbox/stats` counts provider requests served and TCP connections accepted, for
//!   benchmarks of request counts and connection reuse.

// Handlers return a ready `Response` as their error: it is built once, where the refusal is
// decided, in the provider's own shape; boxing it would only add noise.
#![allow(clippy::result_large_err)]

mod cleura;
mod cloudsigma;
mod cozy;
mod faults;
pub mod listener;
mod outbox;
mod routes;
mod throttle;
mod util;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use tokio::sync::{Notify, oneshot};

pub use faults::Faults;

pub struct Options {
    /// How long a Cozy creation workflow takes.
    pub workflow_secs: f64,
    /// One line per request on stderr (method, path, status, time; never a secret).
    pub log_requests: bool,
    /// How many Cleura regions the accounts see (the guide's three, then made-up ones).
    pub regions: usize,
    /// When a slow or idle connection is closed.
    pub timeouts: listener::Timeouts,
}

/// The regions of the guide's examples.
pub const GUIDE_REGIONS: usize = 3;

impl Default for Options {
    fn default() -> Options {
        Options {
            workflow_secs: 3.0,
            log_requests: false,
            regions: GUIDE_REGIONS,
            timeouts: listener::Timeouts::default(),
        }
    }
}

/// Everything the simulated providers hold.
pub(crate) struct World {
    pub cozy: cozy::CozyState,
    pub cleura: cleura::CleuraState,
    pub sigma: cloudsigma::SigmaState,
    pub outbox: outbox::Outbox,
    pub faults: faults::FaultState,
    /// Locked logins and recent SMS, by login.
    pub throttle: throttle::Throttle,
    /// How far the sandbox's clock was moved forward.
    pub clock_offset: Duration,
    pub requests: u64,
}

impl World {
    fn fresh() -> World {
        World {
            cozy: cozy::CozyState::fixtures(),
            cleura: cleura::CleuraState::fixtures(),
            sigma: cloudsigma::SigmaState::fixtures(),
            outbox: outbox::Outbox::default(),
            faults: faults::FaultState::default(),
            throttle: throttle::Throttle::default(),
            clock_offset: Duration::ZERO,
            requests: 0,
        }
    }

    pub fn now(&self) -> Instant {
        Instant::now() + self.clock_offset
    }
}

/// What every handler shares.
#[derive(Clone)]
pub(crate) struct Shared {
    world: Arc<Mutex<World>>,
    pub base_url: Arc<str>,
    pub workflow: Duration,
    pub log_requests: bool,
    /// Woken when the outbox grows, for long polls.
    pub outbox_changed: Arc<Notify>,
    pub connections: listener::Connections,
    pub cleura_domains: Arc<[cleura::Domain]>,
}

impl Shared {
    /// The world, locked. Never held across an await; a poisoned lock (a panic while held)
    /// is taken over rather than failing every later request.
    pub fn world(&self) -> MutexGuard<'_, World> {
        self.world
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

pub struct Sandbox {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl Sandbox {
    /// Binds `addr` (port 0 for a free one), serves on the current tokio runtime, and
    /// returns at once.
    pub async fn start(addr: SocketAddr, opts: Options) -> std::io::Result<Sandbox> {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let shared = Shared {
            world: Arc::new(Mutex::new(World::fresh())),
            base_url: format!("http://{addr}").into(),
            workflow: Duration::from_secs_f64(opts.workflow_secs.clamp(0.0, 3600.0)),
            log_requests: opts.log_requests,
            outbox_changed: Arc::new(Notify::new()),
            connections: listener::Connections::default(),
            cleura_domains: cleura::domains(opts.regions).into(),
        };
        let connections = shared.connections.clone();
        let router = routes::router(shared);
        let (stop, stopped) = oneshot::channel::<()>();
        let timeouts = opts.timeouts;
        let task = tokio::spawn(listener::serve(
            listener,
            connections,
            timeouts,
            router,
            async {
                let _ = stopped.await;
            },
        ));
        Ok(Sandbox {
            addr,
            stop: Some(stop),
            task: Some(task),
        })
    }

    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops serving and waits for the server to end.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            // Open keep-alive connections would hold a graceful end: give it a moment.
            if tokio::time::timeout(Duration::from_secs(2), task)
                .await
                .is_err()
            {
                tracing::warn!("the sandbox did not stop in time");
            }
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

/// The fixture credentials and where each provider lives.
pub fn banner(base_url: &str) -> String {
    banner_in(crate::lang::Lang::En, base_url)
}

/// The banner in `lang`, for a person at `cloudboard sandbox` (its web page says it in
/// English, as an API does). Its first line holds the address as a word of its own: scripts
/// read it there.
pub fn banner_in(lang: crate::lang::Lang, base_url: &str) -> String {
    let mut text =
        crate::lang::tr_args(lang, "scripts-sandbox-banner", &[("url", base_url.into())])
            .into_owned();
    text.push('\n');
    text
}

/// Serves until Ctrl-C or SIGTERM, for `cloudboard sandbox`.
pub async fn serve_forever(
    addr: SocketAddr,
    opts: Options,
    lang: crate::lang::Lang,
) -> std::io::Result<()> {
    let sandbox = Sandbox::start(addr, opts).await?;
    for line in banner_in(lang, &sandbox.base_url()).lines() {
        crate::script::output::raw_line(line);
    }
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = terminate.recv() => {}
    }
    crate::script::output::error_line(&crate::lang::tr(lang, "scripts-sandbox-stopping"));
    sandbox.shutdown().await;
    Ok(())
}

#[cfg(test)]
mod banner_tests {
    /// The banner as it was written before it came from the catalogue: English is the same,
    /// space for space.
    #[test]
    fn the_english_banner_is_today_s() {
        let base_url = "http://127.0.0.1:8787";
        let today = format!(
            "cloudboard sandbox at {base_url}\n\
             \n\
             Cozy (Cloudery)  {base_url}/cozy/api      public token sandbox-token (partner routes:\n\
             \x20                                          sandbox-partner-token), partner cozy, offer cozy_default,\n\
             \x20                                          domain mycozy.cloud; slug `taken` is used, `fail…` fails\n\
             Cleura           {base_url}/cleura        alice / alice-password (no 2FA), bob / bob-password (SMS),\n\
             \x20                                          carol / carol-password (WebAuthn only),\n\
             \x20                                          dave / dave-password (Stockholm's projects only)\n\
             CloudSigma       {base_url}/cloudsigma/api/2.0/   demo@example.org / demo-password\n\
             Outbox           {base_url}/_sandbox/outbox  (emails and SMS the providers \"sent\")\n\
             \n\
             Try the wizard against it: cloudboard --sandbox-url {base_url}\n"
        );
        assert_eq!(super::banner(base_url), today);
        let french = super::banner_in(crate::lang::Lang::Fr, base_url);
        let first = french.lines().next().unwrap_or_default();
        assert!(first.split_whitespace().any(|w| w == base_url), "{first:?}");
    }
}
