//! The text field as every screen draws it: its label, its value with the cursor, and under
//! the value its error (✗) or note (i), wrapped. A layout asks `rows` how tall the field is at
//! a width, so that a long refusal moves what follows down rather than being cut.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, StatefulWidget, Widget};

use super::screen::{Tone, styled, wrap};
use super::theme::Theme;
use super::widgets::Cut;
use crate::app::field::TextField;

/// Cells between the field's left edge and its value and message: the focus marker's.
const INDENT: u16 = 2;

/// Rows the field takes at `width`: its label, its value and its message, with one row kept
/// when it has no message, so that the screen does not jump when one appears.
pub fn rows(field: &TextField, width: u16) -> u16 {
    rows_without_spare(field, width).max(3)
}

/// Rows the field takes at `width` when a short screen cannot keep a row for a message the
/// field does not have.
pub fn rows_without_spare(field: &TextField, width: u16) -> u16 {
    2 + message(field, width.saturating_sub(INDENT), &Theme::new(false)).len() as u16
}

/// The text field as a widget, drawn into any buffer. Where the terminal's cursor belongs
/// (in its value, when focused and in view) is its state: a widget cannot place the cursor,
/// the frame that renders it does.
pub struct Field<'a> {
    pub field: &'a TextField,
    pub focused: bool,
    pub theme: &'a Theme,
}

impl StatefulWidget for Field<'_> {
    type State = Option<Position>;

    /// In `area` (`rows` high, or less: the message gives way first, cut with "…").
    fn render(self, area: Rect, buf: &mut Buffer, cursor: &mut Option<Position>) {
        let Field {
            field,
            focused,
            theme,
        } = self;
        if area.height == 0 || area.width < 4 {
            return;
        }
        let marker = if focused { "› " } else { "  " };
        let label = Line::from(vec![
            Span::styled(marker, theme.key()),
            Span::styled(
                field.label.as_ref(),
                if focused { theme.title() } else { theme.base() },
            ),
        ]);
        label.render(Rect { height: 1, ..area }, buf);
        if area.height < 2 {
            return;
        }
        let under = indented(Rect {
            y: area.y + 1,
            height: area.height - 1,
            ..area
        });
        let value = Rect { height: 1, ..under };
        *cursor = render_value(buf, value, field, focused, theme);
        let below = Rect {
            y: value.y + 1,
            height: under.height - 1,
            ..under
        };
        Cut(message(field, below.width, theme)).render(below, buf);
    }
}

/// The value on its row, scrolled to keep the cursor in view, or the placeholder while
/// empty; where the cursor is, when focused.
fn render_value(
    buf: &mut Buffer,
    row: Rect,
    field: &TextField,
    focused: bool,
    theme: &Theme,
) -> Option<Position> {
    let inner_width = usize::from(row.width.saturating_sub(1));
    let (cursor_col, start) = field.visual_cursor(inner_width);
    let shown: String = field.display().chars().skip(start).collect();
    let line = if shown.is_empty() && !field.placeholder.is_empty() {
        Line::from(vec![
            Span::styled(" ", theme.input(focused)),
            // A hint, never to be read as typed text: dim and slanted over the field's own
            // style, focused or not, with or without colour.
            Span::styled(field.placeholder.as_ref(), theme.placeholder(focused)),
        ])
    } else {
        Line::from(vec![
            Span::styled(" ", theme.input(focused)),
            Span::styled(shown, theme.input(focused)),
        ])
    };
    Paragraph::new(line)
        .style(theme.input(focused))
        .render(row, buf);
    let x = row.x + 1 + cursor_col as u16;
    (focused && x < row.right()).then_some(Position::new(x, row.y))
}

/// The field's error, else its note, wrapped at `width` behind its symbol (it reads without
/// colour): what `draw` puts under the value, for a screen that shows it elsewhere (under a
/// strength meter, under the boxes of a code).
pub fn message<'a>(field: &TextField, width: u16, theme: &Theme) -> Vec<Line<'a>> {
    let (said, tone) = match (field.error(), &field.note) {
        (Some(error), _) => (error, Tone::Problem),
        (None, Some(note)) => (note.as_str(), Tone::Info),
        (None, None) => return Vec::new(),
    };
    styled(wrap(said, width, tone), tone.style(theme))
}

/// The part of `area` under the field's label where its value and message go.
pub fn indented(area: Rect) -> Rect {
    Rect {
        x: area.x + INDENT,
        width: area.width.saturating_sub(INDENT),
        ..area
    }
}

#[cfg(test)]
#[path = "field_tests.rs"]
mod tests;
