//! The `?` overlay: every key of the screen in front, then the ones that work everywhere.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::theme::Theme;
use super::widgets::modal;
use crate::app::App;

pub fn draw(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    let keys = app.keys();
    let key_width = keys
        .iter()
        .map(|k| Span::raw(k.label()).width())
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line> = keys
        .iter()
        .map(|k| {
            let label = k.label();
            let pad = key_width - Span::raw(label.as_str()).width();
            Line::from(vec![
                Span::styled(format!("{label}{}", " ".repeat(pad)), theme.key()),
                Span::raw("  "),
                Span::raw(k.action),
            ])
        })
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::styled("Press any key to close.", theme.dim()));
    let title = match app.title() {
        t if t.is_empty() => " Keys ".to_string(),
        t => format!(" Keys · {t} "),
    };
    modal(frame, area, &title, lines, 64, theme);
}
