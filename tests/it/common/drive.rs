//! The wizard's state machine in memory, driven with the verbs of the script driver
//! (`src/script/driver.rs`): keys and text as a person gives them, an `answer` to the front
//! flow's question as a script gives it, and the backend's `reply` to a request, fed in by
//! hand. Also included by `benches/render.rs`: it stands alone.

use std::time::Instant;

use cloudboard::app::{App, Command, Commands, Effect, Event, EventBody, Msg, RequestId, update};
use cloudboard::config::Config;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

thread_local! {
    /// The language of the apps `app` makes on this thread (`speaking`); unset, English.
    static SPEAKING: std::cell::Cell<Option<cloudboard::lang::Lang>> =
        const { std::cell::Cell::new(None) };
}

/// What `make` returns, every app it makes with `app` speaking `lang` from the start, as a
/// run started with `--lang` does (a flow reads the language as it opens).
pub fn speaking<T>(lang: cloudboard::lang::Lang, make: impl FnOnce() -> T) -> T {
    let before = SPEAKING.replace(Some(lang));
    let made = make();
    SPEAKING.set(before);
    made
}

/// Every app `app` makes on this thread from now on speaks `lang` (unset: English).
pub fn speak(lang: Option<cloudboard::lang::Lang>) {
    SPEAKING.set(lang);
}

/// A fresh app as the wizard starts it, at `width` x `height`, told the room its screens
/// have as the run loop tells it after the first frame.
pub fn app(width: u16, height: u16) -> App {
    let config = Config {
        lang: SPEAKING.get(),
        ..Config::default()
    };
    let mut app = App::new(config, (width, height), Instant::now());
    let viewport = cloudboard::ui::viewport(&app);
    update(&mut app, Msg::Viewport(viewport));
    app
}

/// Starts `app` as a run with a sandbox already up at `url` does.
pub fn start_at_sandbox(app: &mut App, url: &str) {
    let start = cloudboard::app::Start {
        sandbox: cloudboard::app::SandboxAt::Url(url.to_string()),
        ..Default::default()
    };
    update(app, Msg::Start(start));
}

/// Draws `app` on a TestBackend of its size and returns the screen, one line per row.
pub fn render(app: &App) -> String {
    drawn(app).to_string()
}

/// Whether `words` are read on `screen` (as `render` returns it), whole, over the rows they
/// are wrapped on.
pub fn reads(screen: &str, words: &str) -> bool {
    let rows: Vec<&str> = screen
        .lines()
        .map(|row| row.trim_matches('"').trim())
        .collect();
    rows.join(" ").contains(words)
}

/// Draws `app` on a TestBackend of its size and returns its cells, with their styles.
pub fn buffer(app: &App) -> ratatui::buffer::Buffer {
    drawn(app).buffer().clone()
}

fn drawn(app: &App) -> TestBackend {
    let (w, h) = app.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    terminal
        .draw(|frame| {
            cloudboard::ui::view(app, frame);
        })
        .expect("draw");
    terminal.backend().clone()
}

/// One key pressed, without modifiers: what the app asks for.
pub fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

/// `text` typed a key at a time: everything the app asked for on the way.
pub fn typed(app: &mut App, text: &str) -> Vec<Effect> {
    text.chars()
        .flat_map(|c| key(app, KeyCode::Char(c)))
        .collect()
}

/// An answer to the front flow's question, as the plain mode and scripts give it.
pub fn answer(app: &mut App, text: &str) -> Vec<Effect> {
    update(app, Msg::Answer(text.into()))
}

/// The id of the request to a provider among `commands` (the last, if several).
pub fn request_id(commands: &[Effect]) -> RequestId {
    commands
        .commands()
        .rev()
        .find_map(|c| match c {
            Command::Cozy(id, _) | Command::Cleura(id, _) | Command::CloudSigma(id, _) => Some(*id),
            _ => None,
        })
        .expect("a request to a provider")
}

/// A flow's reply from the backend.
pub trait FlowReply {
    fn body(self) -> EventBody;
}

impl FlowReply for cloudboard::app::cozy::Reply {
    fn body(self) -> EventBody {
        EventBody::Cozy(self)
    }
}

impl FlowReply for cloudboard::app::cleura::Reply {
    fn body(self) -> EventBody {
        EventBody::Cleura(self)
    }
}

impl FlowReply for cloudboard::app::cloudsigma::Reply {
    fn body(self) -> EventBody {
        EventBody::CloudSigma(self)
    }
}

/// The backend's reply to request `id`, fed in as the run loop does: what the app asks
/// for next.
pub fn reply(app: &mut App, id: RequestId, reply: impl FlowReply) -> Vec<Effect> {
    update(
        app,
        Msg::Backend(Event {
            id,
            body: reply.body(),
        }),
    )
}
