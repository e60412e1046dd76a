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
            field.label,
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
            Span::styled(field.placeholder, theme.dim().patch(theme.input(focused))),
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
