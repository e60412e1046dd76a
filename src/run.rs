//! The run loop, generic over the ratatui Backend and over where input comes from, so a test
//! runs the very loop people use on a `TestBackend` with a scripted stream of events.
//!
//! It sleeps when idle: it waits on the terminal's events, the backend's answers and signals,
//! plus a timer only when the app asks for one (a spinner while work is in flight, a
//! countdown). A frame is drawn only after a message changed something.

use std::future::Future;
use std::io;

use futures::{Stream, StreamExt};
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{Event as CtEvent, MouseButton, MouseEventKind};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};

use crate::app::{self, App, Command, Effect, Event, Msg, Scroll};
use crate::ui::Drawn;

/// What the loop asks of the terminal it runs in, beyond drawing.
pub trait Host {
    /// Called once, after the first frame is on screen: the place to start what the first
    /// frame does not need (logging, the backend).
    fn first_frame_drawn(&mut self) {}
    /// Give the terminal back, stop, and take it again on resume (Ctrl-Z).
    fn suspend(&mut self) -> io::Result<()>;
    fn copy_to_clipboard(&mut self, text: &str) -> io::Result<()>;
}

/// A signal that ends or pauses the program from outside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    Terminate,
    Hangup,
    Interrupt,
    /// SIGTSTP sent by something other than the Ctrl-Z key (which raw mode delivers as a key).
    Stop,
}

/// Where signals come from; a test passes one that never fires.
pub trait Signals {
    fn recv(&mut self) -> impl Future<Output = Signal>;
}

/// Why the loop ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Quit,
    Signal(Signal),
    /// The terminal's event stream ended (the terminal went away).
    InputClosed,
}

pub struct Channels {
    pub events: UnboundedReceiver<Event>,
    pub commands: UnboundedSender<Command>,
}

pub async fn run<B, I>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    mut inputs: I,
    mut channels: Channels,
    host: &mut impl Host,
    signals: &mut impl Signals,
) -> color_eyre::Result<Exit>
where
    B: Backend,
    B::Error: std::error::Error + Send + Sync + 'static,
    I: Stream<Item = io::Result<CtEvent>> + Unpin,
{
    let mut events_open = true;
    let mut first_frame = true;
    let mut drawn = Drawn::default();
    // The first frame, then one after each message that changed the screen, and after the
    // shell drew over it.
    let mut frame_due = true;
    loop {
        if frame_due {
            terminal.draw(|frame| drawn = crate::ui::view(app, frame))?;
            frame_due = false;
            if first_frame {
                first_frame = false;
                host.first_frame_drawn();
            }
        }
        if app.should_quit {
            return Ok(Exit::Quit);
        }
        let deadline = app.next_deadline().map(tokio::time::Instant::from_std);
        let msg = if drawn.viewport != app.viewport {
            // The frame had more or less room than `update` last knew of.
            Msg::Viewport(drawn.viewport)
        } else {
            tokio::select! {
                input = inputs.next() => match input {
                    Some(Ok(event)) => match to_msg(event, &drawn) {
                        Some(msg) => msg,
                        None => continue,
                    },
                    // Input that cannot be read is a terminal gone (a hang-up during start-up
                    // leaves crossterm with no reader: "reader source not set"): ended as a
                    // hang-up, state saved, never an error report over a dead terminal.
                    Some(Err(e)) => {
                        tracing::warn!(error = %e, "the terminal's input cannot be read");
                        return Ok(Exit::InputClosed);
                    }
                    None => return Ok(Exit::InputClosed),
                },
                event = channels.events.recv(), if events_open => match event {
                    Some(event) => Msg::Backend(event),
                    None => {
                        events_open = false;
                        continue;
                    }
                },
                signal = signals.recv() => match signal {
                    Signal::Stop => {
                        host.suspend()?;
                        repaint_all(terminal)?;
                        frame_due = true;
                        continue;
                    }
                    other => return Ok(Exit::Signal(other)),
                },
                _ = sleep_until(deadline), if deadline.is_some() => Msg::Tick,
            }
        };
        let effects = app::update_now(app, msg);
        frame_due |= app.redraw;
        for effect in effects {
            match effect {
                Effect::Suspend => {
                    host.suspend()?;
                    repaint_all(terminal)?;
                    frame_due = true;
                }
                Effect::CopyToClipboard(text) => host.copy_to_clipboard(&text)?,
                Effect::Backend(command) => {
                    // A closed backend is reported by its silence; the screen shows what
                    // it was waiting for.
                    let _ = channels.commands.send(command);
                }
            }
        }
    }
}

/// The shell drew over the screen while we were stopped, and the size may have changed:
/// clear it and forget what was drawn, so the next frame paints every cell. (`clear()` would
/// ask the terminal for the cursor position, which not every terminal answers.)
fn repaint_all<B: Backend>(terminal: &mut Terminal<B>) -> Result<(), B::Error> {
    let size = terminal.size()?;
    terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))
}

async fn sleep_until(deadline: Option<tokio::time::Instant>) {
    match deadline {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

/// A terminal event as a message; a click becomes the thing drawn under it.
pub fn to_msg(event: CtEvent, drawn: &Drawn) -> Option<Msg> {
    match event {
        CtEvent::Key(key) => Some(Msg::Key(key)),
        CtEvent::Paste(text) => Some(Msg::Paste(text)),
        CtEvent::Mouse(mouse) => match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                Some(Msg::Click(drawn.hit_at(mouse.column, mouse.row)))
            }
            MouseEventKind::ScrollUp => Some(Msg::Scroll(Scroll::Up)),
            MouseEventKind::ScrollDown => Some(Msg::Scroll(Scroll::Down)),
            // Moves, drags, releases and other buttons change nothing.
            _ => None,
        },
        CtEvent::Resize(w, h) => Some(Msg::Resize(w, h)),
        CtEvent::FocusGained | CtEvent::FocusLost => None,
    }
}
