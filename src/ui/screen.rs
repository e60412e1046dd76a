//! The one screen model of every flow. A screen is laid out once, as pieces in their places
//! (`Pieces`, on the one row allocator `Stack`); drawing paints those pieces and says what
//! a click on each lands on, from the same list, so what is clicked is what was drawn.

use std::borrow::Cow;
use std::ops::{Deref, DerefMut};

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::field::{self, Field};
use super::layout::Stack;
use super::theme::Theme;
use super::widgets::{self, Cut};
use crate::app::field::TextField;

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
    /// `!` first: a warning, not a refusal.
    Warning,
}

impl Tone {
    pub fn style(self, theme: &Theme) -> Style {
        match self {
            Tone::Plain => theme.base(),
            Tone::Dim => theme.dim(),
            Tone::Link => theme.link(),
            Tone::Ok => theme.ok(),
            Tone::Problem => theme.error(),
            Tone::Info | Tone::Warning => theme.warn(),
        }
    }

    fn symbol(self) -> &'static str {
        match self {
            Tone::Ok => "✓ ",
            Tone::Problem => "✗ ",
            Tone::Info => "i ",
            Tone::Warning => "! ",
            _ => "",
        }
    }
}

/// Wraps `text` to `width` cells at spaces (a word longer than the line is cut), with the
/// tone's symbol before the first line and an indent before the others.
pub fn wrap(text: &str, width: u16, tone: Tone) -> Vec<String> {
    wrap_indented(text, width, tone, 0)
}

/// `wrap`, every line `indent` cells in: text set under something that is indented itself.
pub fn wrap_indented(text: &str, width: u16, tone: Tone, indent: u16) -> Vec<String> {
    let first = format!("{}{}", " ".repeat(usize::from(indent)), tone.symbol());
    let rest = " ".repeat(first.width());
    let width = usize::from(width).max(8 + first.width());
    crate::text::wrap_hanging(text, width, &first, &rest)
}

/// Lines already wrapped, each in `style`.
pub fn styled(lines: Vec<String>, style: Style) -> Vec<Line<'static>> {
    lines
        .into_iter()
        .map(|line| Line::styled(line, style))
        .collect()
}

pub enum Piece<'a> {
    /// Lines as they are; cut by a short terminal, the last row shown ends in "…".
    Lines(Vec<Line<'a>>),
    /// The one text field (`field::Field`): its label, its value, its message wrapped under
    /// it.
    Field { field: &'a TextField, focused: bool },
    /// `[ label ]`, marked when it has the focus (what Enter presses).
    Button {
        label: Cow<'static, str>,
        focused: bool,
    },
    /// Lines inside a box over whatever is behind it; the block carries its titles and
    /// margins.
    Boxed(Box<Block<'a>>, Vec<Line<'a>>),
    /// Drawn by the screen that placed it, for what no other piece draws: a table's row
    /// written cell by cell, the cursor in something typed that is not a text field.
    Drawn(Draw<'a>),
}

/// How a piece the screen draws itself is drawn, in the place it was given.
pub type Draw<'a> = Box<dyn FnOnce(&mut Frame, Rect) + 'a>;

impl Piece<'_> {
    fn draw(self, frame: &mut Frame, rect: Rect, theme: &Theme) {
        match self {
            Piece::Lines(lines) => frame.render_widget(Cut(lines), rect),
            Piece::Field { field, focused } => {
                let mut cursor = None;
                let field = Field {
                    field,
                    focused,
                    theme,
                };
                frame.render_stateful_widget(field, rect, &mut cursor);
                if let Some(at) = cursor {
                    frame.set_cursor_position(at);
                }
            }
            Piece::Button { label, focused } => frame.render_widget(
                Paragraph::new(Line::from(widgets::button(&label, focused, theme))),
                rect,
            ),
            Piece::Boxed(block, lines) => {
                frame.render_widget(Clear, rect);
                frame.render_widget(Paragraph::new(lines).block(*block), rect)
            }
            Piece::Drawn(draw) => draw(frame, rect),
        }
    }
}

/// A screen: its heading and where it stands in the flow (if it has one), and its pieces in
/// place, each with what a click on it lands on (`T`, the flow's targets), if anything.
pub struct Screen<'a, T> {
    heading: Option<(String, Option<String>)>,
    pieces: Vec<(Rect, Piece<'a>, Option<T>)>,
}

impl<T: Copy> Screen<'_, T> {
    /// What a click at each place lands on, later entries over earlier ones.
    pub fn hits(&self) -> Vec<(Rect, T)> {
        self.pieces
            .iter()
            .filter_map(|(rect, _, target)| target.map(|target| (*rect, target)))
            .collect()
    }

    /// Draws the screen in `body`, under its heading; returns `hits`.
    pub fn draw(self, frame: &mut Frame, body: Rect, theme: &Theme) -> Vec<(Rect, T)> {
        if let Some((heading, step)) = &self.heading {
            widgets::screen(frame, body, heading, step.as_deref(), theme);
        }
        let hits = self.hits();
        for (rect, piece, _) in self.pieces {
            piece.draw(frame, rect, theme);
        }
        hits
    }
}

/// Lays a screen out: hands out rows from the top of its area (a `Stack`, which it derefs
/// to) and keeps the pieces placed in them.
pub struct Pieces<'a, T> {
    rows: Stack,
    width: u16,
    pub theme: Theme,
    placed: Vec<(Rect, Piece<'a>, Option<T>)>,
    /// The kinds of part that gave way (none, unless `fit` found the screen too short for
    /// them).
    gone: Vec<GivesWay>,
    /// Rows asked for, other than blank ones, that the area did not have.
    short: u16,
}

/// What a screen can do without on a short terminal, in the order it gives way (`fit`): all
/// of a kind go together, and a kind goes only when those before it did not make room
/// enough; one of those comes back if the room the last to go left holds it. What a person
/// must read to go on (a field and its problem, a button, what went wrong) never gives way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GivesWay {
    /// A help the screen can do without (the sandbox's logins; a note's long form where a
    /// shorter one says the same).
    Hint,
    /// A row kept empty so that the parts stand still: for a message a field does not have
    /// yet, under an intro shorter than in other languages.
    Spare,
    /// A blank row between parts (`gap`).
    Blank,
    /// What the screen is for, said before it.
    Intro,
    /// A part of a form that is there when wanted (the advanced settings, while none of them
    /// has the focus).
    Optional,
    /// What a person must read to go on.
    Never,
}

impl<T> Deref for Pieces<'_, T> {
    type Target = Stack;
    fn deref(&self) -> &Stack {
        &self.rows
    }
}

impl<T> DerefMut for Pieces<'_, T> {
    fn deref_mut(&mut self) -> &mut Stack {
        &mut self.rows
    }
}

impl<'a, T> Pieces<'a, T> {
    pub fn new(area: Rect, theme: Theme) -> Self {
        Pieces {
            rows: Stack::new(area),
            width: area.width,
            theme,
            placed: Vec::new(),
            gone: Vec::new(),
            short: 0,
        }
    }

    /// Lays out in the room left what `lay` places, keeping as much as fits: what gives way
    /// goes kind by kind (`GivesWay`), each kind tried in the same room first. `lay` asks
    /// `keeps` before placing a part that can give way; a blank row (`gap`) asks itself.
    pub fn fit(&mut self, lay: impl Fn(&mut Self)) {
        use GivesWay::*;
        const ORDER: [GivesWay; 5] = [Hint, Spare, Blank, Intro, Optional];
        let (left, theme) = (self.left(), self.theme);
        let trial = |gone: Vec<GivesWay>| {
            let mut trial = Pieces::new(left, theme);
            trial.gone = gone;
            lay(&mut trial);
            trial
        };
        // The trial that fits is the layout kept: a screen with room is laid out once.
        let mut went = 0;
        let mut chosen = trial(Vec::new());
        while chosen.short > 0 && went < ORDER.len() {
            went += 1;
            chosen = trial(ORDER[..went].to_vec());
        }
        // What went before the last kind to go comes back where that kind made room for it,
        // the kind a screen gives up last first: blank rows where an intro went.
        if chosen.short == 0 {
            for kind in ORDER[..went.saturating_sub(1)].iter().rev() {
                let back = trial(chosen.gone.iter().copied().filter(|k| k != kind).collect());
                if back.short == 0 {
                    chosen = back;
                }
            }
        }
        self.rows = chosen.rows;
        self.placed.extend(chosen.placed);
        self.gone = chosen.gone;
        self.short += chosen.short;
    }

    /// Whether a part of this kind is kept (see `fit`).
    pub fn keeps(&self, kind: GivesWay) -> bool {
        !self.gone.contains(&kind)
    }

    /// `height` rows from the top of what is left (fewer, or none, if the area ends).
    pub fn take(&mut self, height: u16) -> Rect {
        let rect = self.rows.take(height);
        self.short += height - rect.height;
        rect
    }

    /// Rows for a list that scrolls, `wanted` if they fit above the `below` rows kept for
    /// what comes under it, else fewer (one at least): the rows it goes without count as
    /// rows short, so that `fit` lets what can give way go before the list scrolls.
    pub fn scrolling(&mut self, wanted: u16, below: u16) -> Rect {
        let height = wanted.min(self.room().saturating_sub(below)).max(1);
        self.short += wanted.saturating_sub(height);
        self.take(height)
    }

    /// `height` blank rows, while blank rows are kept.
    pub fn gap(&mut self, height: u16) {
        if self.keeps(GivesWay::Blank) {
            self.rows.take(height);
        }
    }

    /// Lays out what comes next in `area` instead (a column beside something else).
    pub fn narrow(&mut self, area: Rect) {
        self.rows = Stack::new(area);
        self.width = area.width;
    }

    /// Cells in a row.
    pub fn width(&self) -> u16 {
        self.width
    }

    /// `piece` at `rect`, a click there landing on `target` if given.
    pub fn put(&mut self, rect: Rect, piece: Piece<'a>, target: Option<T>) {
        // Nothing is placed outside the area, whatever the terminal's size.
        if rect.height > 0 && rect.width > 0 {
            self.placed.push((rect, piece, target));
        }
    }

    /// `lines` in rows of their own, if any; where they went.
    pub fn lines(&mut self, lines: Vec<Line<'a>>) -> Rect {
        if lines.is_empty() {
            return Rect::default();
        }
        let rect = self.take(lines.len() as u16);
        self.put(rect, Piece::Lines(lines), None);
        rect
    }

    /// The text field, as many rows high as `field_rows` says; a click on any of them lands
    /// on `target`.
    pub fn field(&mut self, field: &'a TextField, focused: bool, target: T) {
        let rows = self.field_rows(field);
        self.field_in(rows, field, focused, target);
    }

    /// The rows `field` takes here: with the row it keeps for a message it does not have
    /// while spare rows are kept (`GivesWay::Spare`).
    pub fn field_rows(&self, field: &TextField) -> u16 {
        if self.keeps(GivesWay::Spare) {
            field::rows(field, self.width)
        } else {
            field::rows_without_spare(field, self.width)
        }
    }

    /// The text field in `rows` (fewer than `field::rows` on a short screen: its message gives
    /// way first, cut with "…").
    pub fn field_in(&mut self, rows: u16, field: &'a TextField, focused: bool, target: T) {
        let rect = self.take(rows);
        self.put(rect, Piece::Field { field, focused }, Some(target));
    }

    /// `lines` in all the rows left.
    pub fn rest(&mut self, lines: Vec<Line<'a>>) {
        let room = self.room();
        let rect = self.take(room);
        self.put(rect, Piece::Lines(lines), None);
    }

    /// Lines already wrapped, in `tone`.
    pub fn wrapped(&mut self, lines: Vec<String>, tone: Tone) -> Rect {
        let lines = styled(lines, tone.style(&self.theme));
        self.lines(lines)
    }

    /// `text` wrapped to the width, in `tone`.
    pub fn text(&mut self, text: &str, tone: Tone) -> Rect {
        self.text_indented(text, tone, 0)
    }

    /// `text` wrapped to the width `indent` cells in, in `tone`.
    pub fn text_indented(&mut self, text: &str, tone: Tone, indent: u16) -> Rect {
        self.wrapped(wrap_indented(text, self.width, tone, indent), tone)
    }

    /// A row of buttons, each `[ label ]`, two cells apart from `indent` cells in; the one
    /// with the focus marked. A click on one lands on `target` of it.
    pub fn buttons<B: Copy + PartialEq>(
        &mut self,
        indent: u16,
        buttons: &[(Cow<'static, str>, B)],
        focused: Option<B>,
        target: fn(B) -> T,
    ) {
        let row = self.take(1);
        let mut x = row.x + indent;
        for (label, button) in buttons {
            let width = label.width() as u16 + 4;
            // The buttons that do not fit in the row are left out.
            if row.height == 0 || x + width > row.right() {
                break;
            }
            let piece = Piece::Button {
                label: label.clone(),
                focused: focused == Some(*button),
            };
            self.put(Rect::new(x, row.y, width, 1), piece, Some(target(*button)));
            x += width + 2;
        }
    }

    pub fn screen(self, heading: String, step: Option<String>) -> Screen<'a, T> {
        Screen {
            heading: Some((heading, step)),
            pieces: self.placed,
        }
    }

    /// A screen without a heading: its first lines say what it shows (a table under who is
    /// signed in).
    pub fn untitled(self) -> Screen<'a, T> {
        Screen {
            heading: None,
            pieces: self.placed,
        }
    }
}

#[cfg(test)]
#[path = "screen_tests.rs"]
mod tests;
