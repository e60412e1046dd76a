//! The Cleura flow's screens. Each screen is laid out once, as pieces with their places
//! (`layout`); drawing paints those pieces and the mouse tests clicks against the same
//! places (`hits`), so what is clicked is what was drawn. The region table has a layout of
//! its own (`regions`), shared the same way.

mod forms;
pub mod regions;

use std::time::Instant;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use super::widgets;
use crate::app::App;
use crate::app::cleura::code::{CODE_LEN, CodeStep};
use crate::app::cleura::input::{Button, Hit};
use crate::app::cleura::{Cleura, Step};
use crate::app::field::TextField;
use crate::config::CleuraApi;

/// How a piece of text reads; each also reads without colour (a symbol or emphasis).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Dim,
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
        hit: Hit,
    },
    /// The API version: a label and both choices, each with its place.
    Version {
        current: CleuraApi,
        focused: bool,
        options: Vec<(Rect, CleuraApi)>,
    },
    /// The six code boxes.
    Code {
        step: &'a CodeStep,
        focused: bool,
    },
    Buttons(Vec<(Rect, &'static str, Button)>),
    Working(String),
}

/// A screen: its heading, where it stands in the flow, and its pieces in place.
pub struct Screen<'a> {
    pub heading: String,
    pub step: Option<String>,
    pub pieces: Vec<(Rect, Piece<'a>)>,
}

/// Lays out a step other than the regions.
pub fn layout(flow: &Cleura, body: Rect, now: Instant) -> Screen<'_> {
    let area = widgets::screen_area(body);
    let mut screen = forms::layout(flow, area, now);
    screen
        .pieces
        .retain(|(rect, _)| rect.height > 0 && rect.width > 0);
    screen
}

/// What a click at each place does, from the same layout the view draws.
pub fn hits(flow: &Cleura, body: Rect, now: Instant) -> Vec<(Rect, Hit)> {
    if let Step::Regions(r) = &flow.step {
        return regions::hits(r, &regions::layout(flow, r, body));
    }
    let mut hits = Vec::new();
    for (rect, piece) in layout(flow, body, now).pieces {
        match piece {
            Piece::Field { hit, .. } => hits.push((rect, hit)),
            Piece::Version { options, .. } => {
                hits.extend(options.into_iter().map(|(r, api)| (r, Hit::Version(api))))
            }
            Piece::Code { .. } => hits.push((rect, Hit::Code)),
            Piece::Buttons(buttons) => {
                hits.extend(buttons.into_iter().map(|(r, _, b)| (r, Hit::Button(b))))
            }
            _ => {}
        }
    }
    hits
}

/// How many table rows the regions screen shows in `body` (for paging and scrolling).
pub fn table_rows(flow: &Cleura, body: Rect) -> usize {
    match &flow.step {
        Step::Regions(r) => usize::from(regions::layout(flow, r, body).rows.height).max(1),
        _ => 1,
    }
}

pub fn draw(flow: &Cleura, app: &App, frame: &mut Frame, body: Rect, theme: &Theme) {
    if let Step::Regions(r) = &flow.step {
        regions::draw(flow, r, app, frame, body, theme);
        return;
    }
    let screen = layout(flow, body, app.now);
    widgets::screen(frame, body, &screen.heading, screen.step.as_deref(), theme);
    for (rect, piece) in &screen.pieces {
        draw_piece(piece, *rect, app, frame, theme);
    }
}

fn draw_piece(piece: &Piece, rect: Rect, app: &App, frame: &mut Frame, theme: &Theme) {
    match piece {
        Piece::Text(lines, tone) => {
            let lines: Vec<Line> = lines
                .iter()
                .map(|l| Line::styled(l.clone(), tone_style(*tone, theme)))
                .collect();
            frame.render_widget(Paragraph::new(lines), rect);
        }
        Piece::Field { field, focused, .. } => widgets::field(frame, rect, field, *focused, theme),
        Piece::Version {
            current,
            focused,
            options,
        } => {
            let marker = if *focused { "› " } else { "  " };
            let label = Line::from(vec![
                Span::styled(marker, theme.key()),
                Span::styled(
                    "API version",
                    if *focused {
                        theme.title()
                    } else {
                        theme.base()
                    },
                ),
            ]);
            frame.render_widget(Paragraph::new(label), rect);
            for (r, api) in options {
                let chosen = api == current;
                let text = format!("({}) {}", if chosen { "•" } else { " " }, api.label());
                let style = match (chosen, *focused) {
                    (true, true) => theme.selected(),
                    (true, false) => theme.title(),
                    _ => theme.base(),
                };
                frame.render_widget(Paragraph::new(Span::styled(text, style)), *r);
            }
        }
        Piece::Code { step, focused } => draw_code(step, *focused, rect, frame, theme),
        Piece::Buttons(buttons) => {
            for (r, label, _) in buttons {
                frame.render_widget(
                    Paragraph::new(Line::from(widgets::button(label, false, theme))),
                    *r,
                );
            }
        }
        Piece::Working(text) => {
            frame.render_widget(
                Paragraph::new(widgets::working(app.spinner, text, theme)),
                rect,
            );
        }
    }
}

/// Each box is `┌───┐ │ 1 │ └───┘`; digits are masked unless shown (Ctrl-R). The box the
/// next digit goes in has the cursor and a heavier frame, so it reads without colour.
pub const BOX_WIDTH: u16 = 5;
pub const BOX_GAP: u16 = 1;

pub fn code_width() -> u16 {
    CODE_LEN as u16 * BOX_WIDTH + (CODE_LEN as u16 - 1) * BOX_GAP
}

fn draw_code(step: &CodeStep, focused: bool, rect: Rect, frame: &mut Frame, theme: &Theme) {
    let shown: Vec<char> = step.code.display().chars().collect();
    let next = shown.len().min(CODE_LEN - 1);
    let mut rows: [Vec<Span>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    for i in 0..CODE_LEN {
        let current = focused && i == next;
        let style = if current {
            theme.title()
        } else {
            theme.border(false)
        };
        let (top, side, bottom) = if current {
            ("┏━━━┓", "┃", "┗━━━┛")
        } else {
            ("┌───┐", "│", "└───┘")
        };
        let digit = shown.get(i).map(|c| c.to_string()).unwrap_or(" ".into());
        if i > 0 {
            for row in rows.iter_mut() {
                row.push(Span::raw(" ".repeat(usize::from(BOX_GAP))));
            }
        }
        rows[0].push(Span::styled(top, style));
        rows[1].push(Span::styled(side, style));
        rows[1].push(Span::styled(format!(" {digit} "), theme.title()));
        rows[1].push(Span::styled(side, style));
        rows[2].push(Span::styled(bottom, style));
    }
    let lines: Vec<Line> = rows.into_iter().map(Line::from).collect();
    frame.render_widget(Paragraph::new(lines), rect);
    if focused && shown.len() < CODE_LEN {
        let x = rect.x + next as u16 * (BOX_WIDTH + BOX_GAP) + 2;
        if x < rect.x + rect.width && rect.height >= 2 {
            frame.set_cursor_position((x, rect.y + 1));
        }
    }
}

pub fn tone_style(tone: Tone, theme: &Theme) -> Style {
    match tone {
        Tone::Plain => theme.base(),
        Tone::Dim => theme.dim(),
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
    let width = usize::from(width).saturating_sub(prefix.width()).max(8);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word = word.to_string();
        loop {
            let room = if line.is_empty() {
                width
            } else {
                width.saturating_sub(line.width() + 1)
            };
            if word.width() <= room {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(&word);
                break;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                continue;
            }
            let mut cut = String::new();
            let mut rest = String::new();
            for c in word.chars() {
                if rest.is_empty() && cut.width() + c.to_string().width() <= width {
                    cut.push(c);
                } else {
                    rest.push(c);
                }
            }
            lines.push(cut);
            word = rest;
            if word.is_empty() {
                break;
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| format!("{}{l}", if i == 0 { prefix } else { &indent }))
        .collect()
}

/// Cuts `text` to `width` cells, ending in `…` when it was longer.
pub fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    for c in text.chars() {
        if out.width() + c.to_string().width() + 1 > width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// Takes rows from the top of an area.
pub struct Stack {
    area: Rect,
    used: u16,
}

impl Stack {
    pub fn new(area: Rect) -> Stack {
        Stack { area, used: 0 }
    }

    pub fn room(&self) -> u16 {
        self.area.height.saturating_sub(self.used)
    }

    pub fn take(&mut self, height: u16) -> Rect {
        let height = height.min(self.room());
        let rect = Rect {
            x: self.area.x,
            y: self.area.y + self.used,
            width: self.area.width,
            height,
        };
        self.used += height;
        rect
    }

    pub fn gap(&mut self, height: u16) {
        self.used = (self.used + height).min(self.area.height);
    }

    pub fn text<'a>(
        &mut self,
        pieces: &mut Vec<(Rect, Piece<'a>)>,
        lines: Vec<String>,
        tone: Tone,
    ) {
        if lines.is_empty() {
            return;
        }
        let rect = self.take(lines.len() as u16);
        pieces.push((rect, Piece::Text(lines, tone)));
    }

    pub fn buttons<'a>(
        &mut self,
        pieces: &mut Vec<(Rect, Piece<'a>)>,
        buttons: &[(&'static str, Button)],
    ) {
        let row = self.take(1);
        pieces.push((row, Piece::Buttons(place_buttons(row, buttons))));
    }
}

/// A row of buttons, each `[ label ]`, two cells apart; those that do not fit are left out.
pub fn place_buttons(
    row: Rect,
    buttons: &[(&'static str, Button)],
) -> Vec<(Rect, &'static str, Button)> {
    let mut x = row.x;
    let mut placed = Vec::new();
    for (label, button) in buttons {
        let width = label.width() as u16 + 4;
        if x + width > row.x + row.width || row.height == 0 {
            break;
        }
        placed.push((Rect::new(x, row.y, width, 1), *label, *button));
        x += width + 2;
    }
    placed
}
