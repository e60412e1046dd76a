//! The state machine: `App`, the messages it takes (`Msg`), the effects it asks for
//! (`Effect`: on the terminal, or a `Command` for the backend) and the answers those bring
//! back (`Event`). `update` is pure and synchronous: every transition, validation and
//! message a person sees is decided here, so a test drives whole flows by feeding messages
//! and reading the effects that come out.

pub mod advice;
pub mod ask;
pub mod checks;
pub mod cleura;
pub mod cloudsigma;
pub mod cozy;
pub mod field;
pub mod focus;
pub mod home;
mod home_status;
pub mod in_flight;
pub mod keys;
pub mod outbox;
pub mod problem;
pub mod toast;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::config::Config;
use crate::store::resume::{CozyResume, Remember, State};
use crate::store::sent::{Lost, Sent, SentKind, Settled};
use crate::tr;
pub use keys::{Key, KeyHelp, Keymap};
pub use outbox::{Outbox, OutboxMessage};
pub use toast::{Toast, Tone};

/// Below this the screens cannot be laid out; the view says so instead.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;
/// The spinner's frame interval: 10 frames a second at most.
pub const SPINNER_INTERVAL: Duration = Duration::from_millis(100);
const TOAST_FOR: Duration = Duration::from_secs(3);
/// A notice from the start (a configuration set aside) stays longer than a toast.
const NOTICE_AT_START_FOR: Duration = Duration::from_secs(15);
/// The outbox panel goes beside the body from this width on, else below it from this
/// height of the middle part on; with neither it opens over the body.
pub const PANEL_BESIDE: u16 = 110;
pub const PANEL_BELOW: u16 = 34;

/// Tags a request so that its answer finds the screen that asked, and an answer for a screen
/// the person already left is recognised and dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RequestId(pub u64);

#[derive(Debug)]
pub enum Msg {
    Key(KeyEvent),
    Paste(String),
    /// A click, on what the last frame drew there (nothing clickable: `None`).
    Click(Option<Hit>),
    /// The mouse wheel.
    Scroll(Scroll),
    Resize(u16, u16),
    /// What the last frame had room for, when it changed: paging and scrolling follow it.
    Viewport(Viewport),
    /// Time passed: a spinner frame, a countdown second, a toast to expire.
    Tick,
    Backend(Event),
    /// An answer to the front flow's `ask()`, from the plain mode or a script.
    Answer(String),
    /// The run begins (the first message of every run).
    Start(Start),
    /// A menu entry chosen by a script or an answers file.
    Open(home::Open),
    /// The Cozy flow at its activation step, for an instance created elsewhere (which one
    /// the link will say, when None).
    OpenActivation(Option<String>),
    /// Read the sandbox's outbox now (a script shows a code before its prompt).
    ReadOutbox,
}

/// What is known as a run begins, before anything is drawn or asked.
#[derive(Debug)]
pub struct Start {
    /// Values given for this run (an answers file, a subcommand's options).
    pub given: BTreeMap<String, String>,
    /// The flow an answers file names, opened once the state file is read.
    pub open_at_start: Option<home::Open>,
    /// Said in the footer for a while (a configuration problem set aside).
    pub notice: Option<String>,
    pub sandbox: SandboxAt,
    pub color: bool,
}

impl Default for Start {
    fn default() -> Self {
        Start {
            given: BTreeMap::new(),
            open_at_start: None,
            notice: None,
            sandbox: SandboxAt::None,
            color: true,
        }
    }
}

/// Where the run's sandbox is, if it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SandboxAt {
    None,
    /// Started by the backend in this process; its address comes when it is up.
    InProcess,
    /// Already running at this address.
    Url(String),
}

/// What a click can land on: the view says where each is in the frame it drew, and the run
/// loop turns a click into the thing under it, so `update` never needs a screen's geometry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// An entry of the menu, by its index.
    Home(usize),
    Cozy(cozy::Target),
    Cleura(cleura::Target),
    CloudSigma(cloudsigma::Target),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scroll {
    Up,
    Down,
}

/// How much of each scrolling part the last frame could show (lines), so that a page move
/// moves by a page and the selection stays in sight. Sent by the run loop when it changes.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Viewport {
    /// Rows of the Cleura region table.
    pub table_rows: usize,
    /// Lines of the Cozy terms' box, and how far it can scroll.
    pub terms_rows: usize,
    pub terms_max: usize,
}

/// What `update` asks for, as data. Suspending and the clipboard need the terminal itself,
/// which only the run loop holds (a script has none, and drops them); everything else is a
/// `Command` for the backend, whose channel carries nothing else, so a terminal effect
/// cannot reach it. The two terminal effects are variants here rather than a nested enum,
/// so a producer or a test names one in one step; a `Command` becomes an `Effect` with
/// `into()`, and `commands()` reads the backend's part of a list back, in order.
#[derive(Debug)]
// A command is as large as it was when it was an effect itself; boxing it would allocate
// once per request, only to move it from `update` to the channel.
#[allow(clippy::large_enum_variant)]
pub enum Effect {
    /// Stop the process as Ctrl-Z does, giving the terminal back meanwhile.
    Suspend,
    /// Put text on the clipboard through the terminal (OSC 52), the one way to the
    /// person's clipboard that also works over ssh.
    CopyToClipboard(String),
    Backend(Command),
}

/// The commands among effects: what a script or a test looks for in what `update` asked.
pub trait Commands {
    fn commands(&self) -> impl DoubleEndedIterator<Item = &Command>;
}

impl Commands for [Effect] {
    fn commands(&self) -> impl DoubleEndedIterator<Item = &Command> {
        self.iter().filter_map(|effect| match effect {
            Effect::Backend(command) => Some(command),
            Effect::Suspend | Effect::CopyToClipboard(_) => None,
        })
    }
}

impl From<Command> for Effect {
    fn from(command: Command) -> Effect {
        Effect::Backend(command)
    }
}

/// What the backend is asked to do: IO that answers with an `Event`, or none.
#[derive(Debug)]
pub enum Command {
    /// Open a link in the person's browser. The backend does it: starting a browser needs
    /// no terminal, may block, and can fail, and the failure comes back as an answer
    /// (`Opened`) that the app says in a toast, as every other answer is said.
    OpenUrl(String),
    /// Stop the work started by that request (a workflow being followed, a long poll).
    Cancel(RequestId),
    /// Read the state file (work to resume).
    LoadState(RequestId),
    /// Write a choice or a resumable piece of work to the state file (atomically).
    Remember(Remember),
    /// Start following the sandbox's outbox from message `after` on (a long poll: no CPU
    /// while nothing arrives).
    WatchOutbox {
        id: RequestId,
        base: String,
        after: u64,
    },
    /// Read the sandbox's outbox once, now, and answer even when nothing is new.
    ReadOutbox {
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
    /// What earlier runs left (the state file), and a notice if it had to be set aside.
    State {
        state: Box<State>,
        notice: Option<crate::store::resume::StateNotice>,
    },
    /// The task running that request ended without answering (it panicked).
    TaskFailed(String),
    Cozy(cozy::Reply),
    Cleura(cleura::Reply),
    CloudSigma(cloudsigma::Reply),
}

/// Which screen is in front. The flows' states live on in `Flows` while the menu is in
/// front, so going back to the menu loses nothing that was typed, and answers for a flow
/// still reach it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Front {
    Home,
    Cozy,
    Cleura,
    CloudSigma,
}

#[derive(Debug, Clone, Default)]
pub struct Flows {
    pub cozy: Option<cozy::Cozy>,
    pub cleura: Option<cleura::Cleura>,
    pub cloudsigma: Option<cloudsigma::CloudSigma>,
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
    /// What earlier runs left (remembered choices, work to resume).
    pub saved: &'a State,
    pub sandbox: Option<&'a str>,
    /// What the last frame had room for.
    pub viewport: Viewport,
    /// Values the person gave for this run (an answers file, a subcommand's options), by
    /// question key: a flow made now starts with them, and they win over anything
    /// remembered from an earlier run.
    pub given: &'a BTreeMap<String, String>,
    next_id: &'a mut u64,
    pub out: Vec<Effect>,
    pub nav: Option<Nav>,
    pub toast: Option<String>,
    /// How `toast` reads: something done unless `toast_problem` said otherwise.
    pub toast_tone: Tone,
}

impl Ctx<'_> {
    /// A toast for something that failed: it carries the problem's sign, not done's.
    pub fn toast_problem(&mut self, text: String) {
        self.toast = Some(text);
        self.toast_tone = Tone::Problem;
    }

    pub fn next_id(&mut self) -> RequestId {
        *self.next_id += 1;
        RequestId(*self.next_id)
    }

    /// Writes a choice or resumable work to the state file. The app's copy is updated from
    /// the same command (see `apply`), so the menu sees it at once.
    pub fn remember(&mut self, what: Remember) {
        self.out.push(Command::Remember(what).into());
    }
}

/// A flow's screen as the App sees it.
pub trait FlowScreen {
    /// A key, paste, mouse event, tick or answer for this screen.
    fn input(&mut self, input: Input, ctx: &mut Ctx);
    /// Every key this screen answers to, for the footer and the help overlay.
    fn keys(&self) -> Vec<KeyHelp>;
    /// A text field has focus: letters are text, never shortcuts.
    fn text_focused(&self) -> bool;
    /// What is in flight, in words, if anything (the spinner runs and quitting asks first).
    fn busy(&self) -> Option<String>;
    /// Work in flight that quitting now would lose or leave half done, in words: Ctrl-C asks
    /// first. Reading or checking something is not such work; creating or signing out is.
    fn unfinished(&self) -> Option<String> {
        self.busy()
    }
    /// A request that cannot be asked twice, sent and not answered yet.
    fn sent_unanswered(&self) -> Option<&Sent> {
        None
    }
    /// Such a request whose answer was lost, until it is sent again.
    fn answer_lost(&self) -> Option<&Lost> {
        None
    }
    /// When this screen next needs a Tick without any input (a countdown).
    fn next_deadline(&self, _now: Instant) -> Option<Instant> {
        None
    }
    /// The breadcrumb shown in the header.
    fn title(&self) -> String;
    /// A request of this flow ended without an answer; the flow stops waiting for it and
    /// says so.
    fn failed(&mut self, id: RequestId, why: String, ctx: &mut Ctx);
    /// The step in front as a question, for the plain mode and scripts (see `ask`).
    fn ask(&self) -> ask::Ask;
    /// The flow reached its end: opening it again from the menu starts a new one.
    fn finished(&self) -> bool {
        false
    }
}

#[derive(Debug)]
pub enum Input {
    Key(KeyEvent),
    Paste(String),
    /// A click; what it landed on, if anything.
    Click(Option<Hit>),
    Scroll(Scroll),
    /// The room the last frame had changed (a resize, a notice, the outbox panel).
    Viewport,
    Tick,
    /// An answer to `ask()`, applied as if typed into the step's field and submitted.
    Answer(String),
}

#[derive(Debug, Clone)]
pub struct App {
    pub config: Config,
    pub front: Front,
    pub home: home::Home,
    pub flows: Flows,
    /// Work a provider started in an earlier run (read from the state file at start).
    pub saved: SavedState,
    pub size: (u16, u16),
    /// What the last frame had room for (see `Viewport`).
    pub viewport: Viewport,
    pub now: Instant,
    pub help_open: bool,
    /// Ctrl-C was pressed while work is in flight: waiting for y/n.
    pub confirm_quit: bool,
    pub should_quit: bool,
    pub outbox: Outbox,
    pub sandbox_url: Option<String>,
    pub sandbox_status: SandboxStatus,
    pub toast: Option<Toast>,
    pub spinner: usize,
    last_tick: Option<Instant>,
    next_id: u64,
    /// The last message changed what is on screen.
    pub redraw: bool,
    pub color: bool,
    /// Values the person gave for this run (answers file, a subcommand's options): see
    /// `Ctx::given`.
    pub given: BTreeMap<String, String>,
    /// The flow an answers file names, opened once the state file is read.
    pub open_at_start: Option<home::Open>,
    /// A flow asked for while the sandbox was starting, opened once it is up.
    waiting_for_sandbox: Option<home::Open>,
}

/// What earlier runs left in the state file, as last read or written.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SavedState {
    pub loaded: bool,
    pub state: State,
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
            front: Front::Home,
            home: home::Home::default(),
            flows: Flows::default(),
            saved: SavedState::default(),
            size,
            viewport: Viewport::default(),
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
            given: BTreeMap::new(),
            open_at_start: None,
            waiting_for_sandbox: None,
        }
    }

    /// The run begins: read what earlier runs left, and find the sandbox if there is one.
    fn start(&mut self, start: Start) -> Vec<Effect> {
        self.color = start.color;
        self.given = start.given;
        self.open_at_start = start.open_at_start;
        if let Some(notice) = start.notice {
            self.toast = Some(Toast {
                text: notice,
                tone: Tone::Note,
                until: self.now + NOTICE_AT_START_FOR,
            });
        }
        self.next_id += 1;
        let mut out = vec![Command::LoadState(RequestId(self.next_id)).into()];
        match start.sandbox {
            SandboxAt::None => {}
            SandboxAt::InProcess => self.expect_sandbox(),
            SandboxAt::Url(url) => out.extend(self.point_at_sandbox(&url)),
        }
        out
    }

    /// The flow in front, if a flow is.
    pub fn front_flow(&self) -> Option<&dyn FlowScreen> {
        match self.front {
            Front::Home => None,
            Front::Cozy => self.flows.cozy.as_ref().map(|f| f as &dyn FlowScreen),
            Front::Cleura => self.flows.cleura.as_ref().map(|f| f as &dyn FlowScreen),
            Front::CloudSigma => self.flows.cloudsigma.as_ref().map(|f| f as &dyn FlowScreen),
        }
    }

    fn all_flows(&self) -> [Option<&dyn FlowScreen>; 3] {
        [
            self.flows.cozy.as_ref().map(|f| f as &dyn FlowScreen),
            self.flows.cleura.as_ref().map(|f| f as &dyn FlowScreen),
            self.flows.cloudsigma.as_ref().map(|f| f as &dyn FlowScreen),
        ]
    }

    pub fn text_focused(&self) -> bool {
        self.front_flow().is_some_and(|f| f.text_focused())
    }

    /// What is in flight in any flow, in words (a Cozy still being created while the menu
    /// is in front counts: quitting asks first).
    pub fn busy(&self) -> Option<String> {
        if let Some(busy) = self.front_flow().and_then(|f| f.busy()) {
            return Some(busy);
        }
        self.all_flows()
            .into_iter()
            .flatten()
            .find_map(|f| f.busy())
    }

    /// Work that quitting would lose, in any flow (see `FlowScreen::unfinished`).
    pub fn unfinished(&self) -> Option<String> {
        self.all_flows()
            .into_iter()
            .flatten()
            .find_map(|f| f.unfinished())
    }

    /// The keys of the screen in front.
    pub fn screen_keys(&self) -> Vec<KeyHelp> {
        match self.front_flow() {
            Some(flow) => flow.keys(),
            None => self.home.keys(&self.home_entries(), self.config.lang()),
        }
    }

    /// The keys of the screen in front, then the ones that work everywhere.
    pub fn keys(&self) -> Vec<KeyHelp> {
        let mut keys = self.screen_keys();
        keys.extend(keys::global(
            self.config.lang(),
            self.text_focused(),
            self.sandbox_url.is_some(),
        ));
        keys
    }

    pub fn title(&self) -> String {
        self.front_flow().map(|f| f.title()).unwrap_or_default()
    }

    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_WIDTH || self.size.1 < MIN_HEIGHT
    }

    /// Creating a Cozy from the terminal needs a partner token, and none is set (the
    /// sandbox brings its own).
    pub fn cozy_token_missing(&self) -> bool {
        self.sandbox_status == SandboxStatus::Off
            && self
                .config
                .cozy
                .token
                .as_deref()
                .is_none_or(|t| t.trim().is_empty())
    }

    /// A Cozy creation from an earlier run that no flow is following now.
    /// Requests earlier runs sent and never saw answered, unless the flow that would
    /// answer them is at work now.
    pub fn unanswered(&self) -> Vec<(usize, &Sent)> {
        let cozy_busy = self.flows.cozy.as_ref().is_some_and(|f| f.busy().is_some());
        let sigma_busy = self
            .flows
            .cloudsigma
            .as_ref()
            .is_some_and(|f| f.busy().is_some());
        self.saved
            .state
            .unanswered
            .iter()
            .enumerate()
            .filter(|(_, sent)| match sent.kind() {
                SentKind::CozyCreate | SentKind::CozyPassphrase => !cozy_busy,
                SentKind::CloudSigmaCreate => !sigma_busy,
            })
            .collect()
    }

    /// A request that cannot be asked twice, sent and not answered yet: quitting now leaves
    /// it to complete or not.
    pub fn sent_unanswered(&self) -> Option<&Sent> {
        self.all_flows()
            .into_iter()
            .flatten()
            .find_map(|f| f.sent_unanswered())
    }

    /// A request that cannot be asked twice whose answer this run lost.
    pub fn answer_lost(&self) -> Option<&Lost> {
        self.all_flows()
            .into_iter()
            .flatten()
            .find_map(|f| f.answer_lost())
    }

    pub fn resumable_cozy(&self) -> Option<&CozyResume> {
        let following = self.flows.cozy.as_ref().is_some_and(|f| f.busy().is_some());
        if following {
            None
        } else {
            self.saved.state.cozy.as_ref()
        }
    }

    /// When the loop must wake without input: the next spinner frame while work is in
    /// flight, a countdown, a toast to clear. None means sleep until something happens.
    pub fn next_deadline(&self) -> Option<Instant> {
        let mut deadlines = Vec::new();
        if self.busy().is_some() || self.sandbox_status == SandboxStatus::Starting {
            deadlines.push(self.last_tick.unwrap_or(self.now) + SPINNER_INTERVAL);
        }
        if let Some(toast) = &self.toast {
            deadlines.push(toast.until);
        }
        if let Some(d) = self.front_flow().and_then(|f| f.next_deadline(self.now)) {
            deadlines.push(d);
        }
        deadlines.into_iter().min()
    }

    /// Whether the terminal has room for the outbox panel beside or below the body (the
    /// header and footer take a line each); the view lays it out by the same rule.
    pub fn panel_fits(&self) -> bool {
        self.size.0 >= PANEL_BESIDE || self.size.1 >= PANEL_BELOW + 2
    }

    /// The in-process sandbox was asked for; the backend starts it.
    fn expect_sandbox(&mut self) {
        self.sandbox_status = SandboxStatus::Starting;
    }

    fn point_at_sandbox(&mut self, base_url: &str) -> Vec<Effect> {
        self.config.point_at_sandbox(base_url);
        self.sandbox_url = Some(base_url.to_string());
        self.sandbox_status = SandboxStatus::Ready;
        self.next_id += 1;
        vec![
            Command::WatchOutbox {
                id: RequestId(self.next_id),
                base: base_url.trim_end_matches('/').to_string(),
                after: self.outbox.last_id(),
            }
            .into(),
        ]
    }

    /// A one-off read of the sandbox's outbox (None without a sandbox): what the watch
    /// would bring, but at once, for a script that must show a code before its prompt.
    fn read_outbox(&mut self) -> Option<Command> {
        let base = self
            .sandbox_url
            .as_deref()?
            .trim_end_matches('/')
            .to_string();
        self.next_id += 1;
        let id = RequestId(self.next_id);
        let after = self.outbox.last_id();
        Some(Command::ReadOutbox { id, base, after })
    }

    /// A fresh `Ctx` beside the flows, borrowed apart so a flow can be updated with it.
    fn parts(&mut self) -> (Ctx<'_>, &mut Flows) {
        let ctx = Ctx {
            now: self.now,
            config: &self.config,
            outbox: &self.outbox,
            saved: &self.saved.state,
            sandbox: self.sandbox_url.as_deref(),
            viewport: self.viewport,
            given: &self.given,
            next_id: &mut self.next_id,
            out: Vec::new(),
            nav: None,
            toast: None,
            toast_tone: Tone::Done,
        };
        (ctx, &mut self.flows)
    }

    /// Runs `f` on one flow with a fresh `Ctx`, then applies what the flow asked for.
    fn with_flow(
        &mut self,
        which: Front,
        f: impl FnOnce(&mut dyn FlowScreen, &mut Ctx),
    ) -> Vec<Effect> {
        let (mut ctx, flows) = self.parts();
        let flow: Option<&mut dyn FlowScreen> = match which {
            Front::Home => None,
            Front::Cozy => flows.cozy.as_mut().map(|f| f as &mut dyn FlowScreen),
            Front::Cleura => flows.cleura.as_mut().map(|f| f as &mut dyn FlowScreen),
            Front::CloudSigma => flows.cloudsigma.as_mut().map(|f| f as &mut dyn FlowScreen),
        };
        if let Some(flow) = flow {
            f(flow, &mut ctx);
        }
        let effects = Effects::from(ctx);
        self.apply(which, effects)
    }

    fn with_cozy(&mut self, f: impl FnOnce(&mut cozy::Cozy, &mut Ctx)) -> Vec<Effect> {
        let (mut ctx, flows) = self.parts();
        if let Some(flow) = flows.cozy.as_mut() {
            f(flow, &mut ctx);
        }
        let effects = Effects::from(ctx);
        self.apply(Front::Cozy, effects)
    }

    fn with_cleura(&mut self, f: impl FnOnce(&mut cleura::Cleura, &mut Ctx)) -> Vec<Effect> {
        let (mut ctx, flows) = self.parts();
        if let Some(flow) = flows.cleura.as_mut() {
            f(flow, &mut ctx);
        }
        let effects = Effects::from(ctx);
        self.apply(Front::Cleura, effects)
    }

    fn with_cloudsigma(
        &mut self,
        f: impl FnOnce(&mut cloudsigma::CloudSigma, &mut Ctx),
    ) -> Vec<Effect> {
        let (mut ctx, flows) = self.parts();
        if let Some(flow) = flows.cloudsigma.as_mut() {
            f(flow, &mut ctx);
        }
        let effects = Effects::from(ctx);
        self.apply(Front::CloudSigma, effects)
    }

    fn apply(&mut self, from: Front, effects: Effects) -> Vec<Effect> {
        for command in effects.out.commands() {
            if let Command::Remember(what) = command {
                self.saved.state.apply(what.clone());
            }
        }
        if let Some(text) = effects.toast {
            self.toast = Some(Toast {
                text,
                tone: effects.toast_tone,
                until: self.now + TOAST_FOR,
            });
        }
        if effects.nav == Some(Nav::Home) && self.front == from {
            self.front = Front::Home;
            // Back on the menu, the flow just left stays selected.
            let entries = self.home_entries();
            if let Some(index) = entries.iter().position(|e| e.front() == Some(from)) {
                self.home.selected = index;
            }
        }
        effects.out
    }

    /// Opens the Cozy flow at its activation step, for an instance created elsewhere (which
    /// one the link says, when `fqdn` is None).
    fn open_cozy_activation(&mut self, fqdn: Option<&str>) -> Vec<Effect> {
        let (mut ctx, flows) = self.parts();
        flows.cozy = Some(cozy::Cozy::activating(&mut ctx, fqdn));
        let effects = Effects::from(ctx);
        self.front = Front::Cozy;
        self.apply(Front::Cozy, effects)
    }

    /// Forgets what a menu entry remembers (an unanswered request, a Cozy creation left by
    /// an earlier run): the person knows what became of it.
    pub fn forget(&mut self, which: home::Open) -> Vec<Effect> {
        let remember = match which {
            home::Open::Unanswered { index, .. } => {
                match self.saved.state.unanswered.get(index).cloned() {
                    Some(sent) => Remember::Settled(Settled::Request(sent)),
                    None => return Vec::new(),
                }
            }
            home::Open::CozyResume | home::Open::CozyFinish | home::Open::CozyForget => {
                match &self.saved.state.cozy {
                    Some(record) => {
                        self.toast = Some(Toast {
                            text: tr!(self.config.lang(), "home-forgot", fqdn = record.fqdn())
                                .into_owned(),
                            tone: Tone::Done,
                            until: self.now + TOAST_FOR,
                        });
                        Remember::CozyResume(None)
                    }
                    None => return Vec::new(),
                }
            }
            _ => return Vec::new(),
        };
        self.saved.state.apply(remember.clone());
        let entries = self.home_entries();
        self.home.selected = self.home.selected.min(entries.len().saturating_sub(1));
        vec![Command::Remember(remember).into()]
    }

    /// Opens the flow that waited for the sandbox, once it is up.
    fn open_waiting(&mut self) -> Vec<Effect> {
        if self.sandbox_status == SandboxStatus::Starting {
            return Vec::new();
        }
        match self.waiting_for_sandbox.take() {
            Some(which) => self.open(which),
            None => Vec::new(),
        }
    }

    /// Opens what a menu entry names. A flow already started is shown where it was left;
    /// one that finished starts anew.
    fn open(&mut self, which: home::Open) -> Vec<Effect> {
        if which == home::Open::Quit {
            self.should_quit = true;
            return Vec::new();
        }
        if which == home::Open::CozyForget {
            return self.forget(which);
        }
        if self.sandbox_status == SandboxStatus::Starting {
            // A flow opened now would use the real endpoints: it opens as soon as the
            // sandbox is up.
            self.waiting_for_sandbox = Some(which);
            return Vec::new();
        }
        let resume = self.saved.state.cozy.clone();
        let unanswered = match which {
            home::Open::Unanswered { index, .. } => self.saved.state.unanswered.get(index).cloned(),
            _ => None,
        };
        // A flow made now starts with the given values (`Ctx::given`); a flow shown again
        // keeps what the person typed since.
        let (mut ctx, flows) = self.parts();
        let front = match which {
            home::Open::Quit => Front::Home,
            home::Open::Cozy => {
                if flows.cozy.as_ref().is_none_or(|f| f.finished()) {
                    flows.cozy = Some(cozy::Cozy::new(&mut ctx));
                }
                Front::Cozy
            }
            home::Open::Unanswered { .. } => match unanswered {
                Some(sent @ (Sent::CozyCreate { .. } | Sent::CozyPassphrase { .. })) => {
                    flows.cozy = Some(cozy::Cozy::unanswered(&mut ctx, &sent));
                    Front::Cozy
                }
                Some(sent @ Sent::CloudSigmaCreate { .. }) => {
                    flows.cloudsigma = Some(cloudsigma::CloudSigma::unanswered(&mut ctx, &sent));
                    Front::CloudSigma
                }
                None => Front::Home,
            },
            home::Open::CozyResume => match resume {
                Some(resume) => {
                    flows.cozy = Some(cozy::Cozy::resume(&mut ctx, resume));
                    Front::Cozy
                }
                None => Front::Home,
            },
            home::Open::CozyFinish => match resume {
                Some(resume) => {
                    flows.cozy = Some(cozy::Cozy::finish_activating(&mut ctx, resume));
                    Front::Cozy
                }
                None => Front::Home,
            },
            // Its entry forgets it (see `App::forget`).
            home::Open::CozyForget => Front::Home,
            home::Open::CozyWeb => {
                if flows.cozy.as_ref().is_none_or(|f| f.finished()) {
                    flows.cozy = Some(cozy::Cozy::new(&mut ctx));
                }
                if let Some(flow) = flows.cozy.as_mut() {
                    flow.web_onboarding(&mut ctx);
                }
                Front::Cozy
            }
            home::Open::Cleura => {
                if flows.cleura.as_ref().is_none_or(|f| f.finished()) {
                    flows.cleura = Some(cleura::Cleura::new(&mut ctx));
                }
                Front::Cleura
            }
            home::Open::CloudSigma => {
                if flows.cloudsigma.as_ref().is_none_or(|f| f.finished()) {
                    flows.cloudsigma = Some(cloudsigma::CloudSigma::new(&mut ctx));
                }
                Front::CloudSigma
            }
        };
        let effects = Effects::from(ctx);
        self.front = front;
        self.apply(front, effects)
    }
}

/// What a flow asked for, taken out of its `Ctx` so the app can act on it.
struct Effects {
    out: Vec<Effect>,
    nav: Option<Nav>,
    toast: Option<String>,
    toast_tone: Tone,
}

impl From<Ctx<'_>> for Effects {
    fn from(ctx: Ctx<'_>) -> Effects {
        Effects {
            out: ctx.out,
            nav: ctx.nav,
            toast: ctx.toast,
            toast_tone: ctx.toast_tone,
        }
    }
}

/// `update` with the clock read now: how the run loops and scripts feed a message.
pub fn update_now(app: &mut App, msg: Msg) -> Vec<Effect> {
    app.now = Instant::now();
    update(app, msg)
}

/// The one entry point: what a message does to the app, and the effects it asks for.
pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    app.redraw = true;
    match msg {
        Msg::Key(key) => on_key(app, key),
        Msg::Paste(text) => {
            if app.help_open || app.outbox.overlay || app.confirm_quit || app.too_small() {
                app.redraw = false;
                return Vec::new();
            }
            app.with_flow(app.front, |flow, ctx| flow.input(Input::Paste(text), ctx))
        }
        Msg::Click(hit) => on_click(app, hit),
        Msg::Scroll(scroll) => on_scroll(app, scroll),
        Msg::Resize(w, h) => {
            app.size = (w, h);
            Vec::new()
        }
        Msg::Viewport(viewport) => {
            app.viewport = viewport;
            app.with_flow(app.front, |flow, ctx| flow.input(Input::Viewport, ctx))
        }
        Msg::Tick => on_tick(app),
        Msg::Backend(event) => on_event(app, event),
        Msg::Answer(text) => {
            app.with_flow(app.front, |flow, ctx| flow.input(Input::Answer(text), ctx))
        }
        Msg::Start(start) => app.start(start),
        Msg::Open(which) => app.open(which),
        Msg::OpenActivation(fqdn) => app.open_cozy_activation(fqdn.as_deref()),
        Msg::ReadOutbox => app.read_outbox().map(Effect::from).into_iter().collect(),
    }
}

fn on_tick(app: &mut App) -> Vec<Effect> {
    if let Some(toast) = &app.toast
        && toast.until <= app.now
    {
        app.toast = None;
    }
    if app.busy().is_some() || app.sandbox_status == SandboxStatus::Starting {
        app.spinner = app.spinner.wrapping_add(1);
    }
    app.last_tick = Some(app.now);
    let mut out = Vec::new();
    for which in [Front::Cozy, Front::Cleura, Front::CloudSigma] {
        out.extend(app.with_flow(which, |flow, ctx| flow.input(Input::Tick, ctx)));
    }
    out
}

fn on_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    // Terminals that report releases (kitty protocol, Windows) would otherwise act twice.
    if key.kind == KeyEventKind::Release {
        app.redraw = false;
        return Vec::new();
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == KeyCode::Char('c') {
        if app.confirm_quit || app.unfinished().is_none() {
            app.should_quit = true;
        } else {
            app.confirm_quit = true;
        }
        return Vec::new();
    }
    if app.confirm_quit {
        // Quitting now loses work: only an explicit y does it. Enter, the key a person
        // presses by reflex, stays, as every other key does.
        match key.code {
            KeyCode::Char('y') | KeyCode::Char('Y') => app.should_quit = true,
            _ => app.confirm_quit = false,
        }
        return Vec::new();
    }
    if ctrl && key.code == KeyCode::Char('z') {
        return vec![Effect::Suspend];
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
        // Beside or below the body when the terminal has room; over it when not.
        if app.panel_fits() {
            app.outbox.visible = !app.outbox.visible;
        } else {
            app.outbox.overlay = !app.outbox.overlay;
        }
        return Vec::new();
    }
    if app.outbox.overlay {
        // Like help, the overlay closes on any key and the key does nothing else.
        app.outbox.overlay = false;
        return Vec::new();
    }
    if app.too_small() {
        if key.code == KeyCode::Char('q') {
            // As Ctrl-C: work in flight is asked about first, even on a screen too small to
            // show it.
            if app.unfinished().is_none() {
                app.should_quit = true;
            } else {
                app.confirm_quit = true;
                return Vec::new();
            }
        }
        app.redraw = false;
        return Vec::new();
    }
    if app.front == Front::Home {
        let entries = app.home_entries();
        let outcome = app.home.key(key, &entries);
        return on_home(app, outcome);
    }
    app.with_flow(app.front, |flow, ctx| flow.input(Input::Key(key), ctx))
}

/// A click closes an overlay, as a key does; on the menu it opens the entry under it.
fn on_click(app: &mut App, hit: Option<Hit>) -> Vec<Effect> {
    if app.help_open || app.outbox.overlay {
        app.help_open = false;
        app.outbox.overlay = false;
        return Vec::new();
    }
    if app.confirm_quit || app.too_small() {
        app.redraw = false;
        return Vec::new();
    }
    if app.front == Front::Home {
        let entries = app.home_entries();
        let outcome = match hit {
            Some(Hit::Home(index)) => app.home.click(index, &entries),
            _ => home::Outcome::Ignored,
        };
        return on_home(app, outcome);
    }
    app.with_flow(app.front, |flow, ctx| flow.input(Input::Click(hit), ctx))
}

fn on_scroll(app: &mut App, scroll: Scroll) -> Vec<Effect> {
    if app.help_open || app.outbox.overlay || app.confirm_quit || app.too_small() {
        app.redraw = false;
        return Vec::new();
    }
    if app.front == Front::Home {
        let entries = app.home_entries();
        let outcome = app.home.scroll(scroll, &entries);
        return on_home(app, outcome);
    }
    app.with_flow(app.front, |flow, ctx| {
        flow.input(Input::Scroll(scroll), ctx)
    })
}

fn on_home(app: &mut App, outcome: home::Outcome) -> Vec<Effect> {
    match outcome {
        home::Outcome::Open(which) => app.open(which),
        home::Outcome::Forget(which) => app.forget(which),
        home::Outcome::Moved => Vec::new(),
        home::Outcome::Ignored => {
            app.redraw = false;
            Vec::new()
        }
    }
}

fn on_event(app: &mut App, event: Event) -> Vec<Effect> {
    let id = event.id;
    match event.body {
        EventBody::SandboxReady { base_url } => {
            let mut out = app.point_at_sandbox(&base_url);
            out.extend(app.open_waiting());
            out
        }
        EventBody::SandboxFailed(why) => {
            app.sandbox_status = SandboxStatus::Failed(why);
            Vec::new()
        }
        EventBody::State { state, notice } => {
            app.saved = SavedState {
                loaded: true,
                state: *state,
            };
            if let Some(notice) = notice {
                app.toast = Some(Toast {
                    text: notice.said(app.config.lang()),
                    tone: Tone::Note,
                    until: app.now + TOAST_FOR * 5,
                });
            }
            // The flow an answers file names opens with what earlier runs left in hand.
            match app.open_at_start.take() {
                Some(which) => app.open(which),
                None => Vec::new(),
            }
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
        EventBody::Opened(Err(why)) => {
            app.toast = Some(Toast {
                text: toast::no_browser_in(app.config.lang(), &why),
                tone: Tone::Problem,
                until: app.now + TOAST_FOR * 3,
            });
            Vec::new()
        }
        EventBody::TaskFailed(why) => {
            // The request belongs to one flow; each ignores ids it does not know.
            let mut out = Vec::new();
            for which in [Front::Cozy, Front::Cleura, Front::CloudSigma] {
                let why = why.clone();
                out.extend(app.with_flow(which, |flow, ctx| flow.failed(id, why, ctx)));
            }
            out
        }
        EventBody::Cozy(reply) => app.with_cozy(|flow, ctx| flow.reply(id, reply, ctx)),
        EventBody::Cleura(reply) => app.with_cleura(|flow, ctx| flow.reply(id, reply, ctx)),
        EventBody::CloudSigma(reply) => app.with_cloudsigma(|flow, ctx| flow.reply(id, reply, ctx)),
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_kit;
