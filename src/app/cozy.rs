//! Create a Cozy: placeholder until the Cloudery signup flow lands.

use std::time::Instant;

use ratatui::crossterm::event::KeyCode;

use crate::store::resume::CozyResume;

use super::{Ctx, FlowScreen, Input, KeyHelp, Nav, RequestId};

/// What this flow asks the backend to do.
#[derive(Debug)]
pub enum Request {}

/// The backend's answers.
#[derive(Debug)]
pub enum Reply {}

#[derive(Debug)]
pub struct Cozy {
    opened_at: Instant,
}

impl Cozy {
    pub fn new(ctx: &mut Ctx) -> Cozy {
        Cozy { opened_at: ctx.now }
    }

    pub fn reply(&mut self, _id: RequestId, reply: Reply, _ctx: &mut Ctx) {
        match reply {}
    }

    /// Follows a creation an earlier run started.
    pub fn resume(ctx: &mut Ctx, _resume: CozyResume) -> Cozy {
        Cozy::new(ctx)
    }

    /// Shows the web onboarding link built from what was typed so far.
    pub fn web_onboarding(&mut self, _ctx: &mut Ctx) {}

    pub fn opened_at(&self) -> Instant {
        self.opened_at
    }
}

impl FlowScreen for Cozy {
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
        "Create a Cozy".into()
    }
}
