//! The `?` overlay: every key of the screen in front, then the ones that work everywhere.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::theme::Theme;
use super::widgets::modal;
use crate::app::App;
use crate::lang::tr;
use crate::tr;

pub fn draw(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    let lang = app.config.lang();
    let keys = app.keys();
    let key_width = keys
        .iter()
        .map(|k| Span::raw(k.label_in(lang)).width())
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line> = keys
        .iter()
        .map(|k| {
            let label = k.label_in(lang);
            let pad = key_width - Span::raw(label.as_str()).width();
            Line::from(vec![
                Span::styled(format!("{label}{}", " ".repeat(pad)), theme.key()),
                Span::raw("  "),
                Span::raw(k.action.clone()),
            ])
        })
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::styled(tr(lang, "help-close"), theme.dim()));
    let title = match app.title() {
        t if t.is_empty() => format!(" {} ", tr(lang, "help-title")),
        t => format!(" {} ", tr!(lang, "help-title-of", screen = t)),
    };
    modal(frame, area, &title, lines, 64, theme);
}
