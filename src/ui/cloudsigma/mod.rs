//! The CloudSigma flow's screens. Each screen is laid out once, as a list of pieces with
//! their places (`layout`); drawing paints those pieces and the mouse tests clicks against
//! the same list (`hits`), so what is clicked is what was drawn.

mod location;
mod screens;

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use super::widgets;
use crate::app::cloudsigma::{Action, Button, CloudSigma, Place, Row, STEPS, Step, Target};
use crate::app::field::TextField;
use crate::app::{App, Outbox};
use crate::config::CloudSigmaConfig;
use crate::lang::{Lang, tr_args};

/// How a piece of text reads; each also reads without colour (a symbol or emphasis).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Dim,
    Link,
    /// `✓` first.
    Ok,
    /// `✗` first.
    Problem,
    /// `i` first: a remark, not a failure.
    Info,
}

pub enum Piece<'a> {
    /// Lines already wrapped to the width (the first carries the tone's symbol).
    Text(Vec<String>, Tone),
    Field {
        field: &'a TextField,
        focused: bool,
        target: Target,
    },
    Buttons(Vec<(Rect, Cow<'static, str>, Button)>),
    Row {
        row: Row,
        /// The location the row stands for (none for the custom address).
        place: Option<&'a Place>,
        selected: bool,
        /// The list has the keys (the filter has focus): the selection shows its marker.
        active: bool,
    },
    Action {
        action: Action,
        selected: bool,
    },
    /// `label  value` pairs, the labels padded to one width.
    Pairs(Vec<(String, String)>),
    Working(String),
}

/// A screen: its heading, where it stands in the flow, and its pieces in place.
pub struct Screen<'a> {
    pub heading: String,
    pub step: Option<String>,
    pub pieces: Vec<(Rect, Piece<'a>)>,
}

/// What the screen depends on besides the flow: the body's area, where the locations answer
/// as the config says now, and the confirmation link when the outbox has it.
pub struct Env<'a> {
    pub body: Rect,
    pub config: &'a CloudSigmaConfig,
    pub link: Option<&'a str>,
}

/// Lays out the step in front.
pub fn layout<'a>(flow: &'a CloudSigma, env: &Env) -> Screen<'a> {
    let area = widgets::screen_area(env.body);
    let mut screen = match &flow.step {
        Step::Location => location::layout(flow, area, env.config),
        _ => screens::layout(flow, area, env),
    };
    // Nothing is placed outside the content area, whatever the terminal's size.
    screen
        .pieces
        .retain(|(rect, _)| rect.height > 0 && rect.width > 0);
    screen
}

/// What a click at each place does, from the same layout the view draws.
pub fn hits(
    flow: &CloudSigma,
    body: Rect,
    config: &CloudSigmaConfig,
    outbox: &Outbox,
) -> Vec<(Rect, Target)> {
    let env = Env {
        body,
        config,
        link: flow.confirmation_link(outbox),
    };
    let mut hits = Vec::new();
    for (rect, piece) in layout(flow, &env).pieces {
        match piece {
            Piece::Field { target, .. } => hits.push((rect, target)),
            Piece::Buttons(buttons) => hits.extend(
                buttons
                    .into_iter()
                    .map(|(r, _, button)| (r, Target::Button(button))),
            ),
            Piece::Row { row, .. } => hits.push((rect, Target::Row(row))),
            Piece::Action { action, .. } => hits.push((rect, Target::Action(action))),
            _ => {}
        }
    }
    hits
}

pub fn draw(flow: &CloudSigma, app: &App, frame: &mut Frame, body: Rect, theme: &Theme) {
    let env = Env {
        body,
        config: &app.config.cloudsigma,
        link: flow.confirmation_link(&app.outbox),
    };
    let screen = layout(flow, &env);
    widgets::screen(frame, body, &screen.heading, screen.step.as_deref(), theme);
    let focused = flow.focused_button();
    for (rect, piece) in &screen.pieces {
        draw_piece(piece, *rect, focused, app, frame, theme);
    }
}

fn draw_piece(
    piece: &Piece,
    rect: Rect,
    focused: Option<Button>,
    app: &App,
    frame: &mut Frame,
    theme: &Theme,
) {
    match piece {
        Piece::Text(lines, tone) => {
            let lines: Vec<Line> = lines
                .iter()
                .map(|l| Line::styled(l.clone(), tone_style(*tone, theme)))
                .collect();
            frame.render_widget(Paragraph::new(lines), rect);
        }
        Piece::Field { field, focused, .. } => {
            super::field::draw(frame, rect, field, *focused, theme)
        }
        Piece::Buttons(buttons) => {
            for (r, label, button) in buttons {
                let focused = focused == Some(*button);
                frame.render_widget(
                    Paragraph::new(Line::from(widgets::button(label, focused, theme))),
                    *r,
                );
            }
        }
        Piece::Row {
            place,
            selected,
            active,
            ..
        } => {
            let line = location::row_line(
                app.config.lang(),
                *place,
                *selected,
                *active,
                &app.config.cloudsigma,
                rect.width,
                theme,
            );
            frame.render_widget(Paragraph::new(line), rect);
        }
        Piece::Action { action, selected } => {
            frame.render_widget(
                Paragraph::new(screens::action_lines(
                    app.config.lang(),
                    *action,
                    *selected,
                    theme,
                )),
                rect,
            );
        }
        Piece::Pairs(pairs) => {
            let width = pairs.iter().map(|(l, _)| l.width()).max().unwrap_or(0);
            let lines: Vec<Line> = pairs
                .iter()
                .map(|(label, value)| {
                    Line::from(vec![
                        Span::styled(format!("{label:<width$}  "), theme.dim()),
                        Span::styled(value.clone(), theme.title()),
                    ])
                })
                .collect();
            frame.render_widget(Paragraph::new(lines), rect);
        }
        Piece::Working(text) => {
            frame.render_widget(
                Paragraph::new(widgets::working(app.spinner, text, theme)),
                rect,
            );
        }
    }
}

fn tone_style(tone: Tone, theme: &Theme) -> ratatui::style::Style {
    match tone {
        Tone::Plain => theme.base(),
        Tone::Dim => theme.dim(),
        Tone::Link => theme.link(),
        Tone::Ok => theme.ok(),
        Tone::Problem => theme.error(),
        Tone::Info => theme.warn(),
    }
}

/// Wraps `text` to `width` cells at spaces (a word longer than the line is cut), with the
/// tone's symbol before the first line and an indent before the others.
pub fn wrap(text: &str, width: u16, tone: Tone) -> Vec<String> {
    let prefix = match tone {
        Tone::Ok => "✓ ",
        Tone::Problem => "✗ ",
        Tone::Info => "i ",
        _ => "",
    };
    let indent = " ".repeat(prefix.width());
    let width = usize::from(width).max(8 + prefix.width());
    crate::text::wrap_hanging(text, width, prefix, &indent)
}

pub use super::layout::Stack;

/// "Step n of 3", for the screens of the steps before the account.
pub fn step(lang: Lang, n: u8) -> Option<String> {
    Some(
        tr_args(
            lang,
            "cloudsigma-step",
            &[("n", n.into()), ("count", STEPS.into())],
        )
        .into_owned(),
    )
}

/// What the CloudSigma screens place with a `Stack` besides plain rows.
pub trait Pieces {
    /// Places `lines` of `tone` if any.
    fn text<'a>(&mut self, pieces: &mut Vec<(Rect, Piece<'a>)>, lines: Vec<String>, tone: Tone);
    /// A row of buttons, each `[ label ]`, two cells apart.
    fn buttons<'a>(
        &mut self,
        pieces: &mut Vec<(Rect, Piece<'a>)>,
        buttons: &[(Cow<'static, str>, Button)],
    );
}

impl Pieces for Stack {
    /// Places `lines` of `tone` if any.
    fn text<'a>(&mut self, pieces: &mut Vec<(Rect, Piece<'a>)>, lines: Vec<String>, tone: Tone) {
        if lines.is_empty() {
            return;
        }
        let rect = self.take(lines.len() as u16);
        pieces.push((rect, Piece::Text(lines, tone)));
    }

    /// A row of buttons, each `[ label ]`, two cells apart.
    fn buttons<'a>(
        &mut self,
        pieces: &mut Vec<(Rect, Piece<'a>)>,
        buttons: &[(Cow<'static, str>, Button)],
    ) {
        let row = self.take(1);
        let widths = buttons.iter().map(|(label, _)| label.width());
        let placed = super::layout::button_places(row, row.x, widths)
            .into_iter()
            .zip(buttons)
            .map(|(place, (label, button))| (place, label.clone(), *button))
            .collect();
        pieces.push((row, Piece::Buttons(placed)));
    }
}

#[cfg(test)]
mod tests;
