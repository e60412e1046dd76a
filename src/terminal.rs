//! Entering and giving back the terminal. Every mode set here (raw mode, the alternate
//! screen, bracketed paste, mouse capture) is undone by `restore`, which is idempotent and
//! reached from every way out: the guard's Drop, the panic hook, signals and suspend.

use std::io::{self, Write};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::crossterm::{
    cursor,
    event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture},
    execute,
    terminal::{self, EnterAlternateScreen, LeaveAlternateScreen},
};

static ENTERED: AtomicBool = AtomicBool::new(false);
static UI_THREAD: OnceLock<std::thread::ThreadId> = OnceLock::new();

/// Holds the terminal in the wizard's modes for as long as it lives.
pub struct TerminalGuard(());

impl TerminalGuard {
    pub fn enter() -> io::Result<TerminalGuard> {
        let _ = UI_THREAD.set(std::thread::current().id());
        enter_modes()?;
        Ok(TerminalGuard(()))
    }

    /// Gives the terminal back, stops the process (as Ctrl-Z does in any program), and takes
    /// the terminal again once the shell resumes it.
    pub fn suspend(&self) -> io::Result<()> {
        restore();
        // SIGSTOP cannot be caught: the call returns once the shell sends SIGCONT.
        #[cfg(unix)]
        let _ =
            rustix::process::kill_process(rustix::process::getpid(), rustix::process::Signal::STOP);
        enter_modes()
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

fn enter_modes() -> io::Result<()> {
    terminal::enable_raw_mode()?;
    ENTERED.store(true, Ordering::SeqCst);
    let mut out = io::stdout();
    execute!(
        out,
        EnterAlternateScreen,
        EnableBracketedPaste,
        EnableMouseCapture,
        cursor::Hide
    )
}

/// Undoes every mode, once; safe to call from a panic hook or a signal path.
pub fn restore() {
    if !ENTERED.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    let _ = execute!(
        out,
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = terminal::disable_raw_mode();
    let _ = out.flush();
}

/// Installs color-eyre's report hooks, wrapped so that a panic on the UI thread first gives
/// the terminal back (else the report is drawn into the alternate screen and lost). A panic
/// in a background task must not touch the terminal under a live UI: it goes to the log,
/// and the backend turns the task's failure into an error event.
pub fn install_hooks() -> color_eyre::Result<()> {
    let (panic_hook, eyre_hook) = color_eyre::config::HookBuilder::default()
        .display_env_section(false)
        .try_into_hooks()?;
    eyre_hook.install()?;
    let panic_hook = panic_hook.into_panic_hook();
    std::panic::set_hook(Box::new(move |info| {
        let on_ui_thread = UI_THREAD
            .get()
            .is_none_or(|id| *id == std::thread::current().id());
        if on_ui_thread {
            restore();
            panic_hook(info);
        } else {
            tracing::error!(panic = %info, "a background task panicked");
        }
    }));
    Ok(())
}

/// Puts `text` on the system clipboard with OSC 52, which terminals, tmux and SSH sessions
/// pass to the local clipboard without any library or display server.
///
/// Written here rather than with crossterm's `CopyToClipboard` (its `osc52` feature): that
/// builds base64 0.22 beside the 0.23 that reqwest and hyper-util already use, for one line.
pub fn copy_to_clipboard(text: &str) -> io::Result<()> {
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
    let mut out = io::stdout();
    write!(out, "\x1b]52;c;{encoded}\x07")?;
    out.flush()
}
