//! The one kit the state machine's unit tests share: the app driven in memory with the
//! script driver's verbs, as the integration tests' kit (`tests/it/common/drive.rs`) drives
//! it. Keys and text as a person gives them (`key`, `ctrl`, `typed`, `paste`, `click`), an
//! `answer` to the front flow's question as a script gives it (and the `problem_said` with
//! it), the `request` a flow sent, and the backend's `reply` to it fed in by hand (`loaded`
//! for the state file). A flow's own set-ups (walking to a step) stay in its tests.

use std::time::Instant;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{
    App, Command, Commands, Effect, Event, EventBody, Hit, Msg, RequestId, SandboxAt, Start,
    cleura, cloudsigma, cozy, update,
};
use crate::config::Config;
use crate::store::resume::{Remember, State};

/// A fresh app at 80x24, before the state file is read.
pub(crate) fn app() -> App {
    App::new(Config::default(), (80, 24), Instant::now())
}

/// One key pressed, without modifiers: what the app asks for.
pub(crate) fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

/// Ctrl and a letter: what the app asks for.
pub(crate) fn ctrl(app: &mut App, letter: char) -> Vec<Effect> {
    let pressed = KeyEvent::new(KeyCode::Char(letter), KeyModifiers::CONTROL);
    update(app, Msg::Key(pressed))
}

/// `text` typed a key at a time: what its last key asks for. No key before it asks for
/// anything: a character being typed sends nothing on its own.
pub(crate) fn typed(app: &mut App, text: &str) -> Vec<Effect> {
    let mut out = Vec::new();
    for c in text.chars() {
        assert!(out.is_empty(), "typing {text:?} sent {out:?} before {c:?}");
        out = key(app, KeyCode::Char(c));
    }
    out
}

/// `text` pasted, as a terminal's bracketed paste gives it.
pub(crate) fn paste(app: &mut App, text: &str) -> Vec<Effect> {
    update(app, Msg::Paste(text.into()))
}

/// A click on what the view drew at one place (`None`: on nothing).
pub(crate) fn click(app: &mut App, on: Option<Hit>) -> Vec<Effect> {
    update(app, Msg::Click(on))
}

/// An answer to the front flow's question, as the plain mode and scripts give it.
pub(crate) fn answer(app: &mut App, text: &str) -> Vec<Effect> {
    update(app, Msg::Answer(text.into()))
}

/// What the front flow's question says was wrong with the last answer.
pub(crate) fn problem_said(app: &App) -> String {
    let flow = app.front_flow().expect("a flow in front");
    flow.ask()
        .problem
        .expect("a problem with the last answer")
        .message
}

/// What the backend can answer a request with: a flow's reply, or one of the app's own.
pub(crate) trait ReplyBody {
    fn body(self) -> EventBody;
}

impl ReplyBody for EventBody {
    fn body(self) -> EventBody {
        self
    }
}

impl ReplyBody for cozy::Reply {
    fn body(self) -> EventBody {
        EventBody::Cozy(self)
    }
}

impl ReplyBody for cleura::Reply {
    fn body(self) -> EventBody {
        EventBody::Cleura(self)
    }
}

impl ReplyBody for cloudsigma::Reply {
    fn body(self) -> EventBody {
        EventBody::CloudSigma(self)
    }
}

/// The backend's reply to request `id`, fed in as the run loop does: what the app asks
/// for next.
pub(crate) fn reply(app: &mut App, id: RequestId, reply: impl ReplyBody) -> Vec<Effect> {
    let body = reply.body();
    update(app, Msg::Backend(Event { id, body }))
}

/// The state file read, as the backend answers the wizard's first `LoadState`.
pub(crate) fn loaded(app: &mut App, state: State) -> Vec<Effect> {
    let state = Box::new(state);
    reply(
        app,
        RequestId(1),
        EventBody::State {
            state,
            notice: None,
        },
    )
}

/// Starts `app` as a run with a sandbox already up at `url` does.
pub(crate) fn start_at_sandbox(app: &mut App, url: &str) -> Vec<Effect> {
    let start = Start {
        sandbox: SandboxAt::Url(url.into()),
        ..Start::default()
    };
    update(app, Msg::Start(start))
}

/// A flow's request to the backend, as a command carries it.
pub(crate) trait FlowRequest: Sized {
    fn sent(command: Command) -> Option<(RequestId, Self)>;
}

impl FlowRequest for cozy::Request {
    fn sent(command: Command) -> Option<(RequestId, Self)> {
        match command {
            Command::Cozy(id, request) => Some((id, request)),
            _ => None,
        }
    }
}

impl FlowRequest for cleura::Request {
    fn sent(command: Command) -> Option<(RequestId, Self)> {
        match command {
            Command::Cleura(id, request) => Some((id, request)),
            _ => None,
        }
    }
}

impl FlowRequest for cloudsigma::Request {
    fn sent(command: Command) -> Option<(RequestId, Self)> {
        match command {
            Command::CloudSigma(id, request) => Some((id, request)),
            _ => None,
        }
    }
}

/// The one request a flow sent among `out`, and its id: a flow waits for one at a time.
pub(crate) fn request<R: FlowRequest>(out: Vec<Effect>) -> (RequestId, R) {
    let said = format!("{out:?}");
    let mut sent = out.into_iter().filter_map(|effect| match effect {
        Effect::Backend(command) => R::sent(command),
        Effect::Suspend | Effect::CopyToClipboard(_) => None,
    });
    match (sent.next(), sent.next()) {
        (Some(one), None) => one,
        _ => panic!("not one request in {said}"),
    }
}

/// The id of the one request to a provider among `out`.
pub(crate) fn request_id(out: &[Effect]) -> RequestId {
    let ids: Vec<RequestId> = out
        .commands()
        .filter_map(|c| match c {
            Command::Cozy(id, _) | Command::Cleura(id, _) | Command::CloudSigma(id, _) => Some(*id),
            _ => None,
        })
        .collect();
    match ids.as_slice() {
        [id] => *id,
        _ => panic!("not one request in {out:?}"),
    }
}

/// What `out` writes to the state file, in order.
pub(crate) fn remembered(out: &[Effect]) -> Vec<&Remember> {
    out.commands()
        .filter_map(|c| match c {
            Command::Remember(r) => Some(r),
            _ => None,
        })
        .collect()
}
