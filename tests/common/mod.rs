//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod backend;
pub mod cloudsigma;
pub mod counting;
pub mod pty;
pub mod regions;
pub mod sandbox;
pub mod script;
pub mod world;

use std::time::Instant;

use cloudboard::app::App;
use cloudboard::config::Config;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// A fresh app as the wizard starts it, at `width` x `height`, told the room its screens
/// have as the run loop tells it after the first frame.
pub fn app(width: u16, height: u16) -> App {
    let mut app = App::new(Config::default(), (width, height), Instant::now());
    let viewport = cloudboard::ui::viewport(&app);
    cloudboard::app::update(&mut app, cloudboard::app::Msg::Viewport(viewport));
    app
}

/// Starts `app` as a run with a sandbox already up at `url` does.
pub fn start_at_sandbox(app: &mut App, url: &str) {
    let start = cloudboard::app::Start {
        sandbox: cloudboard::app::SandboxAt::Url(url.to_string()),
        ..Default::default()
    };
    cloudboard::app::update(app, cloudboard::app::Msg::Start(start));
}

/// Draws `app` on a TestBackend of its size and returns the screen, one line per row.
pub fn render(app: &App) -> String {
    let (w, h) = app.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    terminal
        .draw(|frame| {
            cloudboard::ui::view(app, frame);
        })
        .expect("draw");
    terminal.backend().to_string()
}
