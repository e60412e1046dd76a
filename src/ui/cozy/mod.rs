//! The Cozy flow's screens. Each screen has one pure layout function, used both to draw it
//! and, through `hits`, to say what a click there lands on.

mod check_email;
mod confirm;
mod creating;
mod done;
mod email;
mod passphrase;
mod qr;
mod terms;

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use super::widgets;
use crate::app::App;
use crate::app::cozy::{Button, Cozy, STEPS, Step, Target};
use crate::lang::{Lang, tr, tr_args};
pub(crate) use crate::text::{wrap, wrap_link};

pub use terms::{terms_lines, terms_page, terms_scroll_max};

pub fn draw(flow: &Cozy, app: &App, frame: &mut Frame, body: Rect, theme: &Theme) {
    if let Some(web) = &flow.web {
        return done::draw_web(flow, web, frame, body, theme);
    }
    let step = tr_args(
        flow.lang,
        "cozy-step",
        &[("step", flow.step.number().into()), ("steps", STEPS.into())],
    );
    let heading = heading(flow);
    let area = widgets::screen(frame, body, &heading, Some(step.as_ref()), theme);
    if area.height == 0 {
        return;
    }
    match &flow.step {
        Step::Email => email::draw_email(flow, frame, area, theme),
        Step::Address { focus } => email::draw_address(flow, *focus, frame, area, theme),
        Step::Terms => terms::draw(flow, frame, area, theme),
        Step::Confirm { sending } => confirm::draw(flow, *sending, app, frame, area, theme),
        Step::Creating(following) => {
            creating::draw(following, focused(flow), app, frame, area, theme)
        }
        Step::Stopped(stopped) => {
            creating::draw_stopped(flow.lang, stopped, focused(flow), frame, area, theme)
        }
        Step::CheckEmail => check_email::draw(flow, frame, area, theme),
        Step::Passphrase { focus, working } => {
            passphrase::draw(flow, *focus, *working, app, frame, area, theme)
        }
        Step::Done(done) => done::draw_done(flow, done, frame, area, theme),
    }
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
    tr_args(flow.lang, id, &[("fqdn", flow.fqdn().into())]).into_owned()
}

/// A row of buttons in `lang`: each one's message, and the button.
pub(crate) fn labels(lang: Lang, buttons: &[(&str, Button)]) -> Vec<(Cow<'static, str>, Button)> {
    buttons
        .iter()
        .map(|(id, button)| (tr(lang, id), *button))
        .collect()
}

/// What a click can land on, on the screen in front, laid out in `body` as `draw` lays it.
pub fn hits(flow: &Cozy, body: Rect) -> Vec<(Rect, Target)> {
    if let Some(web) = &flow.web {
        return done::web_layout(flow.lang, web, body).hits;
    }
    let area = widgets::screen_area(body);
    match &flow.step {
        Step::Email => email::email_layout(flow, area).hits,
        Step::Address { .. } => email::address_layout(flow, area).hits,
        Step::Terms => terms::layout(flow.lang, area).hits,
        Step::Confirm { .. } => confirm::layout(flow, area).hits,
        Step::Creating(following) => creating::layout(flow.lang, following, area).hits,
        Step::Stopped(stopped) => creating::stopped_layout(flow.lang, stopped, area).hits,
        Step::CheckEmail => check_email::layout(flow, area).hits,
        Step::Passphrase { .. } => passphrase::layout(flow, area).hits,
        Step::Done(done) => done::done_layout(flow, done, area).hits,
    }
}

pub(crate) use super::layout::Stack;
pub(crate) use super::widgets::text;

/// The button the focus is on, if it is on one.
pub(crate) fn focused(flow: &Cozy) -> Option<Button> {
    flow.focused().map(|(button, _)| button)
}

/// A row of buttons, `[ Label ]` two cells apart from `x`: where each one is.
pub(crate) fn button_row(row: Rect, buttons: &[(impl AsRef<str>, Button)]) -> Vec<(Rect, Target)> {
    let widths = buttons
        .iter()
        .map(|(label, _)| Span::raw(label.as_ref()).width());
    super::layout::button_places(row, row.x + 2, widths)
        .into_iter()
        .zip(buttons)
        .map(|(place, (_, button))| (place, Target::Button(*button)))
        .collect()
}

/// Draws the buttons `button_row` placed, the one with the focus (what Enter presses)
/// marked.
pub(crate) fn draw_buttons(
    frame: &mut Frame,
    row: Rect,
    buttons: &[(impl AsRef<str>, Button)],
    focused: Option<Button>,
    theme: &Theme,
) {
    let placed = button_row(row, buttons);
    for ((rect, _), (label, button)) in placed.iter().zip(buttons) {
        frame.render_widget(
            Paragraph::new(Line::from(widgets::button(
                label.as_ref(),
                focused == Some(*button),
                theme,
            ))),
            *rect,
        );
    }
}

/// `text` wrapped at `width`, as lines: the layout counts them, the view draws them.
pub(crate) fn paragraph<'a>(text: &str, width: u16) -> Vec<Line<'a>> {
    wrap(text, usize::from(width.max(1)))
        .into_iter()
        .map(Line::raw)
        .collect()
}

/// A problem in words with a symbol in front (it reads without colour), wrapped at `width`.
pub(crate) fn problem_lines<'a>(text: &str, width: u16, theme: &Theme) -> Vec<Line<'a>> {
    wrap(text, usize::from(width.saturating_sub(2).max(1)))
        .into_iter()
        .enumerate()
        .map(|(index, line)| {
            if index == 0 {
                widgets::problem(&line, theme)
            } else {
                Line::styled(format!("  {line}"), theme.error())
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
