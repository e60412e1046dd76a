//! The Cozy flow's screens (placeholder until the flow lands).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::layout::centered_column;
use super::theme::Theme;
use crate::app::App;
use crate::app::cozy::Cozy;

pub fn draw(_flow: &Cozy, _app: &App, frame: &mut Frame, body: Rect, theme: &Theme) {
    let column = centered_column(body, 72);
    let lines = vec![
        Line::raw(""),
        Line::styled("Not here yet", theme.title()),
        Line::raw(""),
        Line::raw("This flow is being built. Press Esc or Enter to go back to the menu."),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), column);
}
