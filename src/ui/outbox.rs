//! The sandbox's outbox panel: the emails and SMS it "sent", newest first.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::theme::Theme;
use crate::app::Outbox;

pub fn draw(outbox: &Outbox, frame: &mut Frame, area: Rect, theme: &Theme) {
    draw_titled(outbox, frame, area, " Sandbox outbox (F2 hides) ", theme);
}

/// Over the body, on a terminal too small for the panel.
pub fn draw_over(outbox: &Outbox, frame: &mut Frame, area: Rect, theme: &Theme) {
    frame.render_widget(Clear, area);
    draw_titled(
        outbox,
        frame,
        area,
        " Sandbox outbox (any key closes) ",
        theme,
    );
}

fn draw_titled(outbox: &Outbox, frame: &mut Frame, area: Rect, title: &str, theme: &Theme) {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border(false))
        .title(Span::styled(title.to_string(), theme.title()));
    let mut lines: Vec<Line> = Vec::new();
    if let Some(why) = &outbox.unavailable {
        lines.push(Line::styled(
            format!("Cannot read the outbox: {why}"),
            theme.error(),
        ));
    }
    if outbox.messages.is_empty() {
        lines.push(Line::styled(
            "Nothing sent yet. Emails with links and SMS with codes appear here.",
            theme.dim(),
        ));
    }
    for m in outbox.messages.iter().rev() {
        let kind = if m.kind == "sms" { "SMS" } else { "Email" };
        lines.push(Line::from(vec![
            Span::styled(format!("{kind} "), theme.key()),
            Span::raw(format!("to {}", m.to)),
        ]));
        lines.push(Line::styled(m.subject.clone(), theme.title()));
        if let Some(code) = &m.code {
            lines.push(Line::from(vec![
                Span::raw("code "),
                Span::styled(code.clone(), theme.ok()),
            ]));
        }
        if let Some(link) = &m.link {
            lines.push(Line::styled(link.clone(), theme.link()));
        }
        lines.push(Line::raw(""));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block),
        area,
    );
}
