//! Sign in to Cleura: placeholder until Cleura sign-in with SMS two-factor and the region browser lands.

use std::time::Instant;

use ratatui::crossterm::event::KeyCode;

use super::{Ctx, FlowScreen, Input, KeyHelp, Nav, RequestId};

/// What this flow asks the backend to do.
#[derive(Debug)]
pub enum Request {}

/// The backend's answers.
#[derive(Debug)]
pub enum Reply {}

#[derive(Debug)]
pub struct Cleura {
    opened_at: Instant,
}

impl Cleura {
    pub fn new(ctx: &mut Ctx) -> Cleura {
        Cleura { opened_at: ctx.now }
    }

    pub fn reply(&mut self, _id: RequestId, reply: Reply, _ctx: &mut Ctx) {
        match reply {}
    }

    pub fn opened_at(&self) -> Instant {
        self.opened_at
    }
}

impl FlowScreen for Cleura {
    fn input(&mut self, input: Input, ctx: &mut Ctx) {
        if let Input::Key(key) = input
            && matches!(key.code, KeyCode::Esc | KeyCode::Enter)
        {
            ctx.nav = Some(Nav::Home);
        }
    }

    fn keys(&self) -> Vec<KeyHelp> {
        vec![KeyHelp::new("Esc Enter", "back to the menu")]
    }

    fn text_focused(&self) -> bool {
        false
    }

    fn busy(&self) -> Option<String> {
        None
    }

    fn failed(&mut self, _id: RequestId, why: String, ctx: &mut Ctx) {
        ctx.toast = Some(why);
    }

    fn ask(&self) -> super::ask::Ask {
        super::ask::Ask::wait("this flow is not built yet")
    }

    fn title(&self) -> String {
        "Sign in to Cleura".into()
    }
}
