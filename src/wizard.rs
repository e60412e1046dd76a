//! Starting the full-screen wizard: configuration, logging, the terminal, the backend on its
//! own threads, signals, and the run loop; and giving everything back at the end.

use std::process::ExitCode;
use std::time::Instant;

use color_eyre::eyre::WrapErr;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::EventStream;
use tokio::io::Interest;
use tokio::io::unix::AsyncFd;
use tokio::signal::unix::{SignalKind, signal};

use crate::app::{App, Effect, Msg, SandboxAt, Start};
use crate::backend::{self, Setup};
use crate::cli::{GlobalArgs, WizardArgs};
use crate::config::{Config, ConfigError};
use crate::run::{self, Channels, Exit, Host, Signal, Signals};
use crate::script::{said, said_with};
use crate::store::Paths;
use crate::terminal::{self, TerminalGuard};

pub fn run(wizard_args: WizardArgs, global: GlobalArgs) -> color_eyre::Result<ExitCode> {
    terminal::install_hooks()?;
    let paths = Paths::discover(global.config.as_deref());
    // What is said before the screens (an answers file refused, a broken config file) is
    // said in the run's language too.
    crate::script::speak_as(&global, &paths);
    let (mut config, config_notice) = load_config(&paths);
    config.choose_lang(global.lang);
    config.take_environment();
    if let Some(url) = &global.sandbox_url {
        crate::config::check_endpoint(url).map_err(|why| {
            color_eyre::eyre::eyre!(crate::script::option_refused("--sandbox-url", url, &why))
        })?;
        config.point_at_sandbox(url);
    }
    let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());

    let ui_runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .wrap_err_with(|| said("scripts-cannot-start-loop"))?;

    let size = ratatui::crossterm::terminal::size().unwrap_or((80, 24));
    let mut start = Start {
        color,
        notice: config_notice,
        sandbox: if global.sandbox {
            SandboxAt::InProcess
        } else {
            global
                .sandbox_url
                .clone()
                .map_or(SandboxAt::None, SandboxAt::Url)
        },
        ..Start::default()
    };
    if let Some(path) = &wizard_args.answers {
        let answers = crate::script::answers::Answers::load(path)
            .map_err(|f| color_eyre::eyre::eyre!(f.message))?;
        start.given = answers.values.clone();
        start.open_at_start = answers.flow;
    }
    let mut app = App::new(config, size, Instant::now());
    let startup = crate::app::update_now(&mut app, Msg::Start(start));

    let guard = TerminalGuard::enter().wrap_err_with(|| said("scripts-cannot-set-up-terminal"))?;
    let (command_tx, command_rx) = tokio::sync::mpsc::unbounded_channel();
    let (event_tx, event_rx) = tokio::sync::mpsc::unbounded_channel();
    // Starting asks only the backend for things (the state file, the sandbox's outbox).
    for effect in startup {
        if let Effect::Backend(command) = effect {
            let _ = command_tx.send(command);
        }
    }
    // Logging and the backend (its own threads and runtime, which end with the process)
    // start once the first frame is on screen: nothing they do is needed to draw it.
    let setup = Setup {
        start_sandbox: global.sandbox,
        workflow_secs: 3.0,
        paths: paths.clone(),
        secret_store: app.config.secrets.store,
    };
    let log_file = paths.log_file.clone();
    let lang = app.config.lang();
    let mut host = RealHost {
        guard: &guard,
        after_first_frame: Some(Box::new(move || {
            let log = crate::logging::init(&log_file);
            let backend_done = start_backend(command_rx, event_tx, setup, lang);
            (log, backend_done)
        })),
        log: None,
        backend_done: None,
    };
    let exit = ui_runtime.block_on(async {
        let mut terminal = Terminal::new(CrosstermBackend::new(std::io::stdout()))?;
        #[cfg(debug_assertions)]
        test_panic::on_ui_thread(&mut terminal, &app)?;
        let mut signals = UnixSignals::new()?;
        let channels = Channels {
            events: event_rx,
            commands: command_tx,
        };
        run::run(
            &mut terminal,
            &mut app,
            EventStream::new(),
            channels,
            &mut host,
            &mut signals,
        )
        .await
    });
    tracing::info!(?exit, "cloudboard ends");
    let backend_done = host.backend_done.take();
    let log = host.log.take();
    drop(host);
    drop(guard);
    // The run loop's end closed the command channel; the backend still writes what it was
    // asked to remember before that (a creation just answered, a choice just made). The
    // terminal is already given back while it does.
    if let Some(done) = backend_done {
        let _ = done.recv_timeout(BACKEND_DRAIN);
    }
    drop(log);
    Ok(ExitCode::from(exit_status(exit?)))
}

/// The process's status for how the loop ended. A terminal that went away is a hang-up,
/// whether a SIGHUP said so or the input just ended.
fn exit_status(exit: Exit) -> u8 {
    match exit {
        Exit::Quit => 0,
        Exit::Signal(Signal::Interrupt) => 130,
        Exit::Signal(Signal::Hangup) | Exit::InputClosed => 129,
        Exit::Signal(_) => 143,
    }
}

/// The config file, or the defaults with a notice when the file is broken: the broken file
/// is moved aside (kept for the person to look at), never a crash.
fn load_config(paths: &Paths) -> (Config, Option<String>) {
    match Config::load(&paths.config_file) {
        Ok(config) => (config, None),
        Err(ConfigError::Read { path, source }) => (
            Config::default(),
            Some(
                said_with(
                    "scripts-config-unreadable",
                    &[
                        ("path", path.display().to_string().into()),
                        (
                            "why",
                            crate::store::io_said_in(crate::script::lang(), &source).into(),
                        ),
                    ],
                )
                .into_owned(),
            ),
        ),
        Err(err @ (ConfigError::Parse { .. } | ConfigError::Invalid { .. })) => {
            let err = err.said_in(crate::script::lang());
            let notice = match crate::store::set_aside(&paths.config_file) {
                Ok(aside) => said_with(
                    "scripts-config-set-aside",
                    &[
                        ("error", err.into()),
                        ("aside", aside.display().to_string().into()),
                    ],
                ),
                Err(_) => said_with("scripts-config-defaults", &[("error", err.into())]),
            }
            .into_owned();
            tracing::warn!(%notice, "config set aside");
            (Config::default(), Some(notice))
        }
    }
}

/// Starts the backend on its own thread; the receiver hears when it has run every command
/// sent before the command channel closed.
fn start_backend(
    commands: tokio::sync::mpsc::UnboundedReceiver<crate::app::Command>,
    events: tokio::sync::mpsc::UnboundedSender<crate::app::Event>,
    setup: Setup,
    lang: crate::lang::Lang,
) -> Option<std::sync::mpsc::Receiver<()>> {
    let (done_tx, done_rx) = std::sync::mpsc::sync_channel(1);
    let spawned = std::thread::Builder::new()
        .name("backend".into())
        .spawn(move || {
            // One thread is plenty for a handful of requests at a time, and every worker
            // thread costs memory; hashing runs on the blocking pool, not here.
            // A blocking-pool thread (file and keyring calls, hashing) that lingered the
            // default 10 s would wake the idle wizard just to end: it goes after a second.
            match tokio::runtime::Builder::new_current_thread()
                .thread_keep_alive(std::time::Duration::from_secs(1))
                .enable_all()
                .build()
            {
                Ok(rt) => rt.block_on(async {
                    #[cfg(debug_assertions)]
                    test_panic::in_a_backend_task();
                    backend::run_in(lang, commands, events, setup).await;
                    let _ = done_tx.send(());
                }),
                Err(e) => tracing::error!(error = %e, "cannot start the backend"),
            }
        });
    match spawned {
        Ok(_) => Some(done_rx),
        Err(e) => {
            // Without a backend every request stays unanswered; the screens say what they
            // wait for, and the log says why.
            tracing::error!(error = %e, "cannot start the backend thread");
            None
        }
    }
}

/// The longest the wizard waits, once quitting, for the backend to finish the commands it
/// was sent; state writes take milliseconds, so this only bounds a stuck disk.
const BACKEND_DRAIN: std::time::Duration = std::time::Duration::from_secs(3);

type LogGuard = tracing_appender::non_blocking::WorkerGuard;
type AfterFirstFrame =
    Box<dyn FnOnce() -> (Option<LogGuard>, Option<std::sync::mpsc::Receiver<()>>)>;

struct RealHost<'a> {
    guard: &'a TerminalGuard,
    after_first_frame: Option<AfterFirstFrame>,
    /// Flushes the log when dropped, after the run loop ends.
    log: Option<LogGuard>,
    /// Hears (or sees closed) when the backend has run every command sent to it.
    backend_done: Option<std::sync::mpsc::Receiver<()>>,
}

impl Host for RealHost<'_> {
    fn first_frame_drawn(&mut self) {
        if let Some(start) = self.after_first_frame.take() {
            (self.log, self.backend_done) = start();
        }
    }

    fn suspend(&mut self) -> std::io::Result<()> {
        self.guard.suspend()
    }

    fn copy_to_clipboard(&mut self, text: &str) -> std::io::Result<()> {
        terminal::copy_to_clipboard(text)
    }
}

struct UnixSignals {
    terminate: tokio::signal::unix::Signal,
    hangup: tokio::signal::unix::Signal,
    interrupt: tokio::signal::unix::Signal,
    stop: tokio::signal::unix::Signal,
    /// The terminal itself, watched for going away without a SIGHUP (a process outside the
    /// terminal's session, a pty closed under it): its input then ends for good.
    tty: Option<AsyncFd<std::os::fd::OwnedFd>>,
}

impl UnixSignals {
    fn new() -> std::io::Result<UnixSignals> {
        Ok(UnixSignals {
            terminate: signal(SignalKind::terminate())?,
            hangup: signal(SignalKind::hangup())?,
            interrupt: signal(SignalKind::interrupt())?,
            stop: signal(SignalKind::from_raw(rustix::process::Signal::TSTP.as_raw()))?,
            tty: watch_terminal(),
        })
    }
}

/// A watch on stdin's terminal for its hang-up. The terminal reader (crossterm) reads the
/// end of input in a tight loop rather than report it; this sees the hang-up itself. It
/// wakes on each keystroke (the same readiness) and nothing else: idle stays idle.
fn watch_terminal() -> Option<AsyncFd<std::os::fd::OwnedFd>> {
    use std::os::fd::AsFd;
    let fd = std::io::stdin().as_fd().try_clone_to_owned().ok()?;
    register(fd)
}

#[expect(
    unsafe_code,
    reason = "tokio has no safe way to watch a descriptor: its safe constructors are deprecated as unsound"
)]
fn register(fd: std::os::fd::OwnedFd) -> Option<AsyncFd<std::os::fd::OwnedFd>> {
    // SAFETY: the descriptor is owned by the AsyncFd from here on and stays the same; it is
    // a duplicate of our own, so closing it closes nothing anyone else holds.
    unsafe { AsyncFd::register_with_interest(fd, Interest::READABLE) }.ok()
}

/// Ends when the watched terminal has hung up (never, without one).
async fn terminal_gone(tty: &Option<AsyncFd<std::os::fd::OwnedFd>>) {
    let Some(tty) = tty else {
        return std::future::pending().await;
    };
    loop {
        let Ok(mut guard) = tty.readable().await else {
            return;
        };
        let ready = guard.ready();
        if ready.is_read_closed() || ready.is_error() {
            return;
        }
        // Input to read, which is the terminal reader's: only its arrival was of interest.
        guard.clear_ready();
    }
}

impl Signals for UnixSignals {
    async fn recv(&mut self) -> Signal {
        tokio::select! {
            _ = self.terminate.recv() => Signal::Terminate,
            _ = self.hangup.recv() => Signal::Hangup,
            _ = terminal_gone(&self.tty) => Signal::Hangup,
            _ = self.interrupt.recv() => Signal::Interrupt,
            _ = self.stop.recv() => Signal::Stop,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_terminal_that_goes_away_is_a_hang_up() {
        assert_eq!(exit_status(Exit::InputClosed), 129);
        assert_eq!(exit_status(Exit::Signal(Signal::Hangup)), 129);
        assert_eq!(exit_status(Exit::Quit), 0);
    }

    #[test]
    fn the_terminal_watch_sees_a_hang_up_and_not_a_keystroke() {
        use rustix::fs::{Mode, OFlags};
        use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
        use std::io::Write;
        #[cfg(target_os = "linux")]
        let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY | OpenptFlags::CLOEXEC);
        #[cfg(not(target_os = "linux"))]
        let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY);
        let master = master.unwrap();
        grantpt(&master).unwrap();
        unlockpt(&master).unwrap();
        let name = ptsname(&master, Vec::new()).unwrap();
        let flags = OFlags::RDWR | OFlags::NOCTTY | OFlags::CLOEXEC;
        let slave = rustix::fs::open(name.as_c_str(), flags, Mode::empty()).unwrap();
        let mut master = std::fs::File::from(master);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            let tty = register(slave);
            assert!(tty.is_some());
            master.write_all(b"x").unwrap();
            let typed =
                tokio::time::timeout(std::time::Duration::from_millis(300), terminal_gone(&tty))
                    .await;
            assert!(typed.is_err(), "a keystroke is not a hang-up");
            drop(master);
            tokio::time::timeout(std::time::Duration::from_secs(5), terminal_gone(&tty))
                .await
                .expect("the hang-up is seen");
        });
    }
}

/// Debug builds only: deliberate panics that the end-to-end tests use to prove the terminal
/// is given back after a panic on the UI thread, and left alone (the UI keeps running) after
/// a panic in a background task.
#[cfg(debug_assertions)]
mod test_panic {
    const VAR: &str = "CLOUDBOARD_TEST_PANIC";

    pub fn on_ui_thread<B: ratatui::backend::Backend>(
        terminal: &mut ratatui::Terminal<B>,
        app: &crate::app::App,
    ) -> color_eyre::Result<()>
    where
        B::Error: std::error::Error + Send + Sync + 'static,
    {
        if std::env::var(VAR).is_ok_and(|v| v == "ui") {
            terminal.draw(|frame| {
                crate::ui::view(app, frame);
            })?;
            panic!("deliberate panic on the UI thread ({VAR}=ui)");
        }
        Ok(())
    }

    pub fn in_a_backend_task() {
        if std::env::var(VAR).is_ok_and(|v| v == "backend") {
            tokio::spawn(async { panic!("deliberate panic in a backend task ({VAR}=backend)") });
        }
    }
}
