//! The Cozy flow's screens, each laid out once as pieces (`ui::screen`).

mod check_email;
mod confirm;
mod creating;
mod done;
mod email;
mod passphrase;
mod qr;
mod terms;

use std::borrow::Cow;

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use super::screen::{Pieces, Screen, Tone, styled, wrap};
use super::theme::Theme;
use super::widgets;
use crate::app::App;
use crate::app::cozy::{Button, Cozy, STEPS, Step, Target};
use crate::lang::tr;
use crate::tr;

pub use terms::{terms_lines, terms_page, terms_scroll_max};

/// The screen in front, laid out: the view draws it and takes its hits from it.
pub(crate) fn layout<'a>(
    flow: &'a Cozy,
    app: &App,
    body: Rect,
    theme: &Theme,
) -> Screen<'a, Target> {
    if let Some(web) = &flow.web {
        let mut s = Pieces::new(widgets::screen_area(body), *theme);
        s.fit(|s| done::web(flow, web, s));
        return s.screen(tr(flow.lang, "cozy-web-title").into_owned(), None);
    }
    let mut s = Pieces::new(widgets::screen_area(body), *theme);
    s.fit(|s| match &flow.step {
        Step::Email => email::email(flow, s),
        Step::Address { focus } => email::address(flow, *focus, s),
        Step::Terms => terms::layout(flow, s),
        Step::Confirm { sending } => confirm::layout(flow, *sending, app, s),
        Step::Creating(following) => creating::layout(flow, following, app, s),
        Step::Stopped(stopped) => creating::stopped(flow, stopped, s),
        Step::CheckEmail => check_email::layout(flow, s),
        Step::Passphrase { focus, working } => passphrase::layout(flow, *focus, *working, app, s),
        Step::Done(done) => done::done(flow, done, s),
    });
    let step = tr!(
        flow.lang,
        "cozy-step",
        step = flow.step.number(),
        steps = STEPS
    );
    s.screen(heading(flow), Some(step.into_owned()))
}

fn heading(flow: &Cozy) -> String {
    let id = match &flow.step {
        Step::Email => "cozy-heading-email",
        Step::Address { .. } => "cozy-heading-address",
        Step::Terms => "cozy-heading-terms",
        Step::Confirm { .. } => "cozy-heading-confirm",
        Step::Creating(_) | Step::Stopped(_) => "cozy-heading-creating",
        Step::CheckEmail => "cozy-heading-check-email",
        Step::Passphrase { .. } => "cozy-heading-passphrase",
        Step::Done(_) => "cozy-heading-done",
    };
    tr!(flow.lang, id, fqdn = flow.fqdn()).into_owned()
}

/// A row of the flow's buttons (their messages' ids), two cells in, the focused one marked.
fn buttons(flow: &Cozy, s: &mut Pieces<Target>, ids: &[(&str, Button)]) {
    let labels: Vec<(Cow<str>, Button)> = ids
        .iter()
        .map(|(id, button)| (tr(flow.lang, id), *button))
        .collect();
    let focused = flow.focused().map(|(button, _)| button);
    s.buttons(2, &labels, focused, Target::Button);
}

/// `text` wrapped at `width`, as lines: the layout counts them, the view draws them.
fn paragraph<'a>(text: &str, width: u16) -> Vec<Line<'a>> {
    styled(wrap(text, width, Tone::Plain), Style::default())
}

/// A problem with the whole screen, wrapped under what is above it.
fn screen_problem(flow: &Cozy, s: &mut Pieces<Target>) {
    if let Some(problem) = &flow.problem {
        s.text(&problem.message, Tone::Problem);
    }
}
