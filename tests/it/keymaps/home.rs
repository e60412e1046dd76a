//! The home menu in each state an earlier run can leave it: a Cozy creation to resume, one
//! to finish activating, one whose sandbox is gone (Del forgets each), and a flow's entry
//! with a status under it.

use cloudboard::app::App;
use cloudboard::store::sent::Sent;
use ratatui::crossterm::event::KeyCode;

use super::Screen;
use crate::common::key;
use crate::home_screens::with_states;

const CLOUDERY: &str = "https://manager.cozycloud.cc/api";

/// The menu with `cozy_api`'s creation selected: below a request left unanswered, so that
/// every way of moving has somewhere to go.
fn selected(cozy_api: &str, created: bool) -> App {
    let mut app = with_states(80, 24, cozy_api, created);
    app.saved.state.unanswered = vec![Sent::CloudSigmaCreate {
        api: "https://zrh.cloudsigma.com/api/2.0/".into(),
        email: "sam@example.org".into(),
        sent_at: 1_765_100_000,
    }];
    key(&mut app, KeyCode::Down);
    app
}

pub fn screens() -> Vec<Screen> {
    let resume = selected(CLOUDERY, false);
    let finish = selected(CLOUDERY, true);
    let gone = selected("http://127.0.0.1:4000/cozy/api", false);
    let mut on_a_flow = with_states(80, 24, CLOUDERY, true);
    key(&mut on_a_flow, KeyCode::Down);
    key(&mut on_a_flow, KeyCode::Down);
    vec![
        Screen::new("home, a creation to resume", resume),
        Screen::new("home, a creation to finish activating", finish),
        Screen::new("home, a creation whose sandbox is gone", gone),
        Screen::new("home, on a flow with its status", on_a_flow),
    ]
}
