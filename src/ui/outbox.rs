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
            // Broken only between its parts, so that it can be read and copied whole.
            let inner = usize::from(area.width.saturating_sub(2));
            for part in crate::ui::cozy::wrap_link(link, inner) {
                lines.push(Line::styled(part, theme.link()));
            }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::OutboxMessage;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    #[test]
    fn a_link_is_broken_only_between_its_parts() {
        let link = "http://127.0.0.1:40587/cozy/instances/bench1.mycozy.cloud/?registerToken=0123456789abcdef";
        let outbox = Outbox {
            messages: vec![OutboxMessage {
                id: 1,
                kind: "email".into(),
                to: "me@example.org".into(),
                subject: "Activate your Cozy".into(),
                body: String::new(),
                link: Some(link.into()),
                code: None,
                at: String::new(),
            }],
            ..Outbox::default()
        };
        let mut terminal = Terminal::new(TestBackend::new(40, 12)).unwrap();
        terminal
            .draw(|f| draw_over(&outbox, f, f.area(), &Theme::new(false)))
            .unwrap();
        let screen = terminal.backend().to_string();
        let rows: Vec<String> = screen
            .lines()
            .map(|l| l.trim_matches('"').trim_matches('│').trim_end().to_string())
            .collect();
        let start = rows
            .iter()
            .position(|r| r.starts_with("http://"))
            .expect(&screen);
        let mut joined = String::new();
        for row in &rows[start..] {
            if row.trim().is_empty() || row.starts_with('└') {
                break;
            }
            if !joined.is_empty() {
                assert!(joined.ends_with(['/', '?']), "broken mid-word:\n{screen}");
            }
            joined.push_str(row);
        }
        assert_eq!(joined, link, "{screen}");
    }
}
