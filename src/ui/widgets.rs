//! Pieces the screens share: a text field with its label and error, a modal box.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::layout::centered_box;
use super::theme::Theme;
use crate::app::field::TextField;

/// Lines a field takes: its label, its value, and the line for its error or note.
pub const FIELD_HEIGHT: u16 = 3;

/// Draws a field in `area` (FIELD_HEIGHT lines) and places the cursor in it when focused.
pub fn field(frame: &mut Frame, area: Rect, field: &TextField, focused: bool, theme: &Theme) {
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
    frame.render_widget(Paragraph::new(label), Rect { height: 1, ..area });
    if area.height < 2 {
        return;
    }
    let input_area = Rect {
        x: area.x + 2,
        y: area.y + 1,
        width: area.width.saturating_sub(2),
        height: 1,
    };
    let inner_width = usize::from(input_area.width.saturating_sub(1));
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
    frame.render_widget(Paragraph::new(line).style(theme.input(focused)), input_area);
    if focused {
        let x = input_area.x + 1 + cursor_col as u16;
        if x < input_area.x + input_area.width {
            frame.set_cursor_position((x, input_area.y));
        }
    }
    if area.height < 3 {
        return;
    }
    let message = if let Some(error) = &field.error {
        Some(Line::from(vec![
            Span::styled("  ✗ ", theme.error()),
            Span::styled(error.clone(), theme.error()),
        ]))
    } else {
        field.note.as_ref().map(|note| {
            Line::from(vec![
                Span::styled("  i ", theme.warn()),
                Span::styled(note.clone(), theme.warn()),
            ])
        })
    };
    if let Some(message) = message {
        frame.render_widget(
            Paragraph::new(message),
            Rect {
                y: area.y + 2,
                height: 1,
                ..area
            },
        );
    }
}

/// A bordered box over the screen, sized to its text.
pub fn modal(
    frame: &mut Frame,
    area: Rect,
    title: &str,
    lines: Vec<Line>,
    max_width: u16,
    theme: &Theme,
) {
    let width = lines
        .iter()
        .map(|l| l.width() as u16 + 4)
        .max()
        .unwrap_or(20)
        .max(title.len() as u16 + 4)
        .min(max_width);
    let height = lines.len() as u16 + 2;
    let rect = centered_box(area, width, height);
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border(true))
        .title(Span::styled(title.to_string(), theme.title()));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block),
        rect,
    );
}

/// The frame of a flow's screen: a centred column (at most 76 cells) with the screen's
/// heading and, when given, where it stands in the flow ("Step 2 of 4"). Returns the area
/// left for the screen's content.
pub fn screen(
    frame: &mut Frame,
    body: Rect,
    heading: &str,
    step: Option<&str>,
    theme: &Theme,
) -> Rect {
    let column = super::layout::centered_column(body, 76);
    let content = screen_area(body);
    if content.height == 0 {
        return content;
    }
    let top = if body.height > 22 { 1 } else { 0 };
    let mut spans = vec![Span::styled(heading.to_string(), theme.title())];
    if let Some(step) = step {
        let used = Span::raw(heading).width() + Span::raw(step).width();
        let gap = usize::from(column.width).saturating_sub(used).max(2);
        spans.push(Span::raw(" ".repeat(gap)));
        spans.push(Span::styled(step.to_string(), theme.dim()));
    }
    frame.render_widget(
        Paragraph::new(Line::from(spans)),
        Rect::new(column.x, column.y + top, column.width, 1),
    );
    content
}

/// The area `screen` leaves for a screen's content, computed without drawing: where the
/// screens drawn in it say their clickable parts are.
pub fn screen_area(body: Rect) -> Rect {
    let column = super::layout::centered_column(body, 76);
    if column.height < 3 {
        return Rect {
            height: 0,
            ..column
        };
    }
    let used = if body.height > 22 { 3 } else { 2 };
    Rect {
        x: column.x,
        y: column.y + used,
        width: column.width,
        height: column.height.saturating_sub(used),
    }
}

/// A push button: `[ Label ]`, reversed when focused so it reads without colour.
/// A button, `[ Label ]`; with the focus `[›Label ]`, a mark that reads without colour
/// and keeps the width.
pub fn button<'a>(label: &str, focused: bool, theme: &Theme) -> Span<'a> {
    if focused {
        Span::styled(format!("[›{label} ]"), theme.selected())
    } else {
        Span::styled(format!("[ {label} ]"), theme.base())
    }
}

/// A checkbox: `[x] Label` or `[ ] Label`; the mark is the state, colour only adds to it.
pub fn checkbox<'a>(label: &str, checked: bool, focused: bool, theme: &Theme) -> Line<'a> {
    let mark = if checked { "[x]" } else { "[ ]" };
    let marker = if focused { "› " } else { "  " };
    Line::from(vec![
        Span::styled(marker, theme.key()),
        Span::styled(
            format!("{mark} {label}"),
            if focused { theme.title() } else { theme.base() },
        ),
    ])
}

/// A message from the server or about the whole screen, in words, with a symbol so it
/// reads without colour.
pub fn problem<'a>(text: &str, theme: &Theme) -> Line<'a> {
    Line::from(vec![
        Span::styled("✗ ", theme.error()),
        Span::styled(text.to_string(), theme.error()),
    ])
}

pub fn success<'a>(text: &str, theme: &Theme) -> Line<'a> {
    Line::from(vec![
        Span::styled("✓ ", theme.ok()),
        Span::styled(text.to_string(), theme.ok()),
    ])
}

/// A spinner with what is happening, in words.
pub fn working<'a>(frame_index: usize, text: &str, theme: &Theme) -> Line<'a> {
    Line::from(vec![
        Span::styled(
            format!("{} ", super::theme::spinner(frame_index)),
            theme.key(),
        ),
        Span::raw(text.to_string()),
    ])
}
