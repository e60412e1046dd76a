//! The state machine: `App`, the messages it takes (`Msg`), the effects it asks for
//! (`Command`) and the answers those effects bring back (`Event`). `update` is pure and
//! synchronous: every transition, validation and message a person sees is decided here, so a
//! test drives whole flows by feeding messages and reading the commands that come out.

pub mod ask;
pub mod cleura;
pub mod cloudsigma;
pub mod cozy;
pub mod field;
pub mod home;
pub mod keys;
pub mod outbox;

use std::time::{Duration, Instant};

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind,
};
use ratatui::layout::Rect;

use crate::config::Config;
pub use keys::KeyHelp;
pub use outbox::{Outbox, OutboxMessage};

/// Below this the screens cannot be laid out; the view says so instead.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;
/// The spinner's frame interval: 10 frames a second at most.
pub const SPINNER_INTERVAL: Duration = Duration::from_millis(100);
const TOAST_FOR: Duration = Duration::from_secs(3);

/// Tags a request so that its answer finds the screen that asked, and an answer for a screen
/// the person already left is recognised and dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RequestId(pub u64);

#[derive(Debug)]
pub enum Msg {
    Key(KeyEvent),
    Paste(String),
    Mouse(MouseEvent),
    Resize(u16, u16),
    /// Time passed: a spinner frame, a countdown second, a toast to expire.
    Tick,
    Backend(Event),
}

/// Effects, as data. The run loop performs the terminal ones; the rest go to the backend.
#[derive(Debug)]
pub enum Command {
    /// Stop the process as Ctrl-Z does, giving the terminal back meanwhile.
    Suspend,
    CopyToClipboard(String),
    OpenUrl(String),
    /// Stop the work started by that request (a workflow being followed, a long poll).
    Cancel(RequestId),
    /// Start following the sandbox's outbox from message `after` on (a long poll: no CPU
    /// while nothing arrives).
    WatchOutbox {
        id: RequestId,
        base: String,
        after: u64,
    },
    Cozy(RequestId, cozy::Request),
    Cleura(RequestId, cleura::Request),
    CloudSigma(RequestId, cloudsigma::Request),
}

/// An answer from the backend, tagged with the request it answers.
#[derive(Debug)]
pub struct Event {
    pub id: RequestId,
    pub body: EventBody,
}

#[derive(Debug)]
pub enum EventBody {
    /// The in-process sandbox is up: every provider now points at it.
    SandboxReady {
        base_url: String,
    },
    SandboxFailed(String),
    /// New messages the sandbox "sent"; the watch continues by itself.
    Outbox(Vec<OutboxMessage>),
    OutboxUnavailable(String),
    Opened(Result<(), String>),
    /// The task running that request ended without answering (it panicked).
    TaskFailed(String),
    Cozy(cozy::Reply),
    Cleura(cleura::Reply),
    CloudSigma(cloudsigma::Reply),
}

/// Which screen is in front.
#[derive(Debug)]
pub enum Screen {
    Home(home::Home),
    Cozy(cozy::Cozy),
    Cleura(cleura::Cleura),
    CloudSigma(cloudsigma::CloudSigma),
}

/// Where a flow asks to go next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Home,
}

/// What a flow's update may read and do besides its own state.
pub struct Ctx<'a> {
    pub now: Instant,
    pub config: &'a Config,
    pub outbox: &'a Outbox,
    pub sandbox: Option<&'a str>,
    /// The body's area (below the header, above the footer), for mouse hit tests.
    pub body: Rect,
    next_id: &'a mut u64,
    pub out: Vec<Command>,
    pub nav: Option<Nav>,
    pub toast: Option<String>,
}

impl Ctx<'_> {
    pub fn next_id(&mut self) -> RequestId {
        *self.next_id += 1;
        RequestId(*self.next_id)
    }
}

/// A flow's screen as the App sees it.
pub trait FlowScreen {
    /// A key, paste, mouse event or tick for this screen.
    fn input(&mut self, input: Input, ctx: &mut Ctx);
    /// Every key this screen answers to, for the footer and the help overlay.
    fn keys(&self) -> Vec<KeyHelp>;
    /// A text field has focus: letters are text, never shortcuts.
    fn text_focused(&self) -> bool;
    /// What is in flight, in words, if anything (the spinner runs and quitting asks first).
    fn busy(&self) -> Option<String>;
    /// When this screen next needs a Tick without any input (a countdown).
    fn next_deadline(&self, _now: Instant) -> Option<Instant> {
        None
    }
    /// The breadcrumb shown in the header.
    fn title(&self) -> String;
    /// A request of this screen ended without an answer; the screen stops waiting for it
    /// and says so.
    fn failed(&mut self, id: RequestId, why: String, ctx: &mut Ctx);
    /// The step in front as a question, for the plain mode and scripts (see `ask`).
    fn ask(&self) -> ask::Ask;
    /// What the flow has done so far, for `--json` output (ids, addresses, states; never a
    /// secret).
    fn report(&self) -> serde_json::Value {
        serde_json::Value::Null
    }
}

#[derive(Debug)]
pub enum Input {
    Key(KeyEvent),
    Paste(String),
    Mouse(MouseEvent),
    Tick,
    /// An answer to `ask()`, applied as if typed into the step's field and submitted.
    Answer(String),
}

#[derive(Debug)]
pub struct App {
    pub config: Config,
    pub screen: Screen,
    pub size: (u16, u16),
    pub now: Instant,
    pub help_open: bool,
    /// Ctrl-C was pressed while work is in flight: waiting for y/n.
    pub confirm_quit: bool,
    pub should_quit: bool,
    pub outbox: Outbox,
    pub sandbox_url: Option<String>,
    /// The sandbox was asked for and is not up yet (or failed: the reason).
    pub sandbox_status: SandboxStatus,
    pub toast: Option<(String, Instant)>,
    pub spinner: usize,
    last_tick: Option<Instant>,
    next_id: u64,
    /// The last message changed what is on screen.
    pub redraw: bool,
    pub color: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SandboxStatus {
    Off,
    Starting,
    Ready,
    Failed(String),
}

impl App {
    pub fn new(config: Config, size: (u16, u16), now: Instant) -> App {
        App {
            config,
            screen: Screen::Home(home::Home::default()),
            size,
            now,
            help_open: false,
            confirm_quit: false,
            should_quit: false,
            outbox: Outbox::default(),
            sandbox_url: None,
            sandbox_status: SandboxStatus::Off,
            toast: None,
            spinner: 0,
            last_tick: None,
            next_id: 0,
            redraw: true,
            color: true,
        }
    }

    fn flow(&self) -> Option<&dyn FlowScreen> {
        match &self.screen {
            Screen::Home(_) => None,
            Screen::Cozy(f) => Some(f),
            Screen::Cleura(f) => Some(f),
            Screen::CloudSigma(f) => Some(f),
        }
    }

    pub fn text_focused(&self) -> bool {
        self.flow().is_some_and(|f| f.text_focused())
    }

    /// What is in flight, in words.
    pub fn busy(&self) -> Option<String> {
        self.flow().and_then(|f| f.busy())
    }

    /// The keys of the screen in front.
    pub fn screen_keys(&self) -> Vec<KeyHelp> {
        match &self.screen {
            Screen::Home(home) => home.keys(),
            _ => self.flow().map(|f| f.keys()).unwrap_or_default(),
        }
    }

    /// The keys of the screen in front, then the ones that work everywhere.
    pub fn keys(&self) -> Vec<KeyHelp> {
        let mut keys = self.screen_keys();
        keys.extend(keys::global(
            self.text_focused(),
            self.sandbox_url.is_some(),
        ));
        keys
    }

    pub fn title(&self) -> String {
        self.flow().map(|f| f.title()).unwrap_or_default()
    }

    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_WIDTH || self.size.1 < MIN_HEIGHT
    }

    /// When the loop must wake without input: the next spinner frame while work is in
    /// flight, a countdown, a toast to clear. None means sleep until something happens.
    pub fn next_deadline(&self) -> Option<Instant> {
        let mut deadlines = Vec::new();
        if self.busy().is_some() || self.sandbox_status == SandboxStatus::Starting {
            deadlines.push(self.last_tick.unwrap_or(self.now) + SPINNER_INTERVAL);
        }
        if let Some((_, until)) = &self.toast {
            deadlines.push(*until);
        }
        if let Some(d) = self.flow().and_then(|f| f.next_deadline(self.now)) {
            deadlines.push(d);
        }
        deadlines.into_iter().min()
    }

    /// The body's area for a terminal of the current size.
    pub fn body_area(&self) -> Rect {
        crate::ui::layout::body(Rect::new(0, 0, self.size.0, self.size.1), self)
    }

    /// Starts the in-process sandbox's bookkeeping: the backend starts it.
    pub fn expect_sandbox(&mut self) {
        self.sandbox_status = SandboxStatus::Starting;
    }

    pub fn point_at_sandbox(&mut self, base_url: &str) -> Vec<Command> {
        self.config.point_at_sandbox(base_url);
        self.sandbox_url = Some(base_url.to_string());
        self.sandbox_status = SandboxStatus::Ready;
        self.next_id += 1;
        vec![Command::WatchOutbox {
            id: RequestId(self.next_id),
            base: base_url.trim_end_matches('/').to_string(),
            after: self.outbox.last_id(),
        }]
    }

    fn ctx(&mut self) -> (Ctx<'_>, &mut Screen) {
        let body = crate::ui::layout::body(Rect::new(0, 0, self.size.0, self.size.1), self);
        let ctx = Ctx {
            now: self.now,
            config: &self.config,
            outbox: &self.outbox,
            sandbox: self.sandbox_url.as_deref(),
            body,
            next_id: &mut self.next_id,
            out: Vec::new(),
            nav: None,
            toast: None,
        };
        (ctx, &mut self.screen)
    }

    /// Runs one input through the screen in front and applies what it asked for.
    fn send_to_screen(&mut self, input: Input) -> Vec<Command> {
        let (mut ctx, screen) = self.ctx();
        match screen {
            Screen::Home(_) => {}
            Screen::Cozy(f) => f.input(input, &mut ctx),
            Screen::Cleura(f) => f.input(input, &mut ctx),
            Screen::CloudSigma(f) => f.input(input, &mut ctx),
        }
        let effects = Effects::from(ctx);
        self.apply(effects)
    }

    fn apply(&mut self, effects: Effects) -> Vec<Command> {
        if let Some(text) = effects.toast {
            self.toast = Some((text, self.now + TOAST_FOR));
        }
        if effects.nav == Some(Nav::Home) {
            // Back on the menu, the flow just left stays selected.
            let selected = match &self.screen {
                Screen::Home(home) => home.selected,
                Screen::Cozy(_) => 0,
                Screen::Cleura(_) => 1,
                Screen::CloudSigma(_) => 2,
            };
            self.screen = Screen::Home(home::Home { selected });
        }
        effects.out
    }

    fn open(&mut self, which: home::Open) {
        let (ctx, _) = self.ctx();
        let screen = match which {
            home::Open::Cozy => Screen::Cozy(cozy::Cozy::new(&ctx)),
            home::Open::Cleura => Screen::Cleura(cleura::Cleura::new(&ctx)),
            home::Open::CloudSigma => Screen::CloudSigma(cloudsigma::CloudSigma::new(&ctx)),
            home::Open::Quit => {
                drop(ctx);
                self.should_quit = true;
                return;
            }
        };
        drop(ctx);
        self.screen = screen;
    }
}

/// What a flow asked for, taken out of its `Ctx` so the app can act on it.
struct Effects {
    out: Vec<Command>,
    nav: Option<Nav>,
    toast: Option<String>,
}

impl From<Ctx<'_>> for Effects {
    fn from(ctx: Ctx<'_>) -> Effects {
        Effects {
            out: ctx.out,
            nav: ctx.nav,
            toast: ctx.toast,
        }
    }
}

/// The one entry point: what a message does to the app, and the effects it asks for.
pub fn update(app: &mut App, msg: Msg) -> Vec<Command> {
    app.redraw = true;
    match msg {
        Msg::Key(key) => on_key(app, key),
        Msg::Paste(text) => {
            if app.help_open || app.confirm_quit || app.too_small() {
                app.redraw = false;
                return Vec::new();
            }
            app.send_to_screen(Input::Paste(text))
        }
        Msg::Mouse(mouse) => on_mouse(app, mouse),
        Msg::Resize(w, h) => {
            app.size = (w, h);
            Vec::new()
        }
        Msg::Tick => on_tick(app),
        Msg::Backend(event) => on_event(app, event),
    }
}

fn on_tick(app: &mut App) -> Vec<Command> {
    if let Some((_, until)) = &app.toast
        && *until <= app.now
    {
        app.toast = None;
    }
    if app.busy().is_some() || app.sandbox_status == SandboxStatus::Starting {
        app.spinner = app.spinner.wrapping_add(1);
    }
    app.last_tick = Some(app.now);
    app.send_to_screen(Input::Tick)
}

fn on_key(app: &mut App, key: KeyEvent) -> Vec<Command> {
    // Terminals that report releases (kitty protocol, Windows) would otherwise act twice.
    if key.kind == KeyEventKind::Release {
        app.redraw = false;
        return Vec::new();
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == KeyCode::Char('c') {
        if app.confirm_quit || app.busy().is_none() {
            app.should_quit = true;
        } else {
            app.confirm_quit = true;
        }
        return Vec::new();
    }
    if app.confirm_quit {
        match key.code {
            KeyCode::Char('y') | KeyCode::Char('Y') | KeyCode::Enter => app.should_quit = true,
            _ => app.confirm_quit = false,
        }
        return Vec::new();
    }
    if ctrl && key.code == KeyCode::Char('z') {
        return vec![Command::Suspend];
    }
    if app.help_open {
        // Any key closes the overlay; it must never also act on the screen behind.
        app.help_open = false;
        return Vec::new();
    }
    if key.code == KeyCode::F(1) || (key.code == KeyCode::Char('?') && !app.text_focused()) {
        app.help_open = true;
        return Vec::new();
    }
    if key.code == KeyCode::F(2) && app.sandbox_url.is_some() {
        app.outbox.visible = !app.outbox.visible;
        return Vec::new();
    }
    if app.too_small() {
        if key.code == KeyCode::Char('q') {
            app.should_quit = true;
        }
        app.redraw = false;
        return Vec::new();
    }
    if let Screen::Home(home) = &mut app.screen {
        let outcome = home.key(key);
        return match outcome {
            home::Outcome::Open(which) => {
                app.open(which);
                Vec::new()
            }
            home::Outcome::Moved => Vec::new(),
            home::Outcome::Ignored => {
                app.redraw = false;
                Vec::new()
            }
        };
    }
    app.send_to_screen(Input::Key(key))
}

fn on_mouse(app: &mut App, mouse: MouseEvent) -> Vec<Command> {
    if app.help_open || app.confirm_quit || app.too_small() {
        // A click closes the overlay, as a key does; moves alone change nothing.
        if matches!(mouse.kind, MouseEventKind::Down(_)) && app.help_open {
            app.help_open = false;
        } else {
            app.redraw = false;
        }
        return Vec::new();
    }
    if matches!(mouse.kind, MouseEventKind::Moved | MouseEventKind::Drag(_)) {
        app.redraw = false;
        return Vec::new();
    }
    let list = crate::ui::home::list_area(app.body_area());
    if let Screen::Home(home) = &mut app.screen {
        return match home.mouse(mouse, list) {
            home::Outcome::Open(which) => {
                app.open(which);
                Vec::new()
            }
            home::Outcome::Moved => Vec::new(),
            home::Outcome::Ignored => {
                app.redraw = false;
                Vec::new()
            }
        };
    }
    app.send_to_screen(Input::Mouse(mouse))
}

fn on_event(app: &mut App, event: Event) -> Vec<Command> {
    match event.body {
        EventBody::SandboxReady { base_url } => app.point_at_sandbox(&base_url),
        EventBody::SandboxFailed(why) => {
            app.sandbox_status = SandboxStatus::Failed(why);
            Vec::new()
        }
        EventBody::Outbox(messages) => {
            app.outbox.receive(messages);
            Vec::new()
        }
        EventBody::OutboxUnavailable(why) => {
            app.outbox.unavailable = Some(why);
            Vec::new()
        }
        EventBody::Opened(Ok(())) => Vec::new(),
        EventBody::TaskFailed(why) => {
            let (mut ctx, screen) = app.ctx();
            match screen {
                Screen::Home(_) => ctx.toast = Some(why),
                Screen::Cozy(f) => f.failed(event.id, why, &mut ctx),
                Screen::Cleura(f) => f.failed(event.id, why, &mut ctx),
                Screen::CloudSigma(f) => f.failed(event.id, why, &mut ctx),
            }
            let effects = Effects::from(ctx);
            app.apply(effects)
        }
        EventBody::Opened(Err(why)) => {
            app.toast = Some((
                format!("Could not open a browser: {why}"),
                app.now + TOAST_FOR,
            ));
            Vec::new()
        }
        EventBody::Cozy(reply) => {
            let (mut ctx, screen) = app.ctx();
            if let Screen::Cozy(f) = screen {
                f.reply(event.id, reply, &mut ctx);
            }
            let effects = Effects::from(ctx);
            app.apply(effects)
        }
        EventBody::Cleura(reply) => {
            let (mut ctx, screen) = app.ctx();
            if let Screen::Cleura(f) = screen {
                f.reply(event.id, reply, &mut ctx);
            }
            let effects = Effects::from(ctx);
            app.apply(effects)
        }
        EventBody::CloudSigma(reply) => {
            let (mut ctx, screen) = app.ctx();
            if let Screen::CloudSigma(f) = screen {
                f.reply(event.id, reply, &mut ctx);
            }
            let effects = Effects::from(ctx);
            app.apply(effects)
        }
    }
}

#[cfg(test)]
mod tests;
