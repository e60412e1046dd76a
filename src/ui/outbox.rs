//! The sandbox's outbox panel: the emails and SMS it "sent", newest first.
//!
//! A link is drawn whole, on a row of its own and never broken inside the box's borders, so
//! that a mouse selection in the terminal copies the link and nothing else. The panel beside
//! the body is made as wide as its longest link when there is room (`layout::split`); a link
//! still wider than the box runs past the box's edge on its row, within the panel. Over the
//! body or below it, where the box is as wide as the terminal, a link longer than the
//! terminal takes whole rows from its first column to its last, broken only at its edge (a
//! copy then holds the link and line breaks, which a paste into a field joins). Only a link
//! wider than a panel beside the body, on a terminal too narrow to widen it, is broken
//! inside the box, between its parts: a paste into a field strips the borders a copy of it
//! brings.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::theme::Theme;
use crate::app::Outbox;
use crate::lang::{Lang, tr};
use crate::tr;

pub fn draw(outbox: &Outbox, lang: Lang, frame: &mut Frame, area: Rect, theme: &Theme) {
    let span = link_span(frame, area);
    let title = format!(" {} ", tr(lang, "shared-outbox-title"));
    draw_titled(outbox, lang, frame, area, span, &title, theme);
}

/// Over the body, on a terminal too small for the panel.
pub fn draw_over(outbox: &Outbox, lang: Lang, frame: &mut Frame, area: Rect, theme: &Theme) {
    frame.render_widget(Clear, area);
    let span = link_span(frame, area);
    let title = format!(" {} ", tr(lang, "shared-outbox-title-over"));
    draw_titled(outbox, lang, frame, area, span, &title, theme);
}

/// The columns a link may use: the terminal's, when the box is as wide as it (below the
/// body, or over it); else the box's own, so as not to cover the screen beside it.
fn link_span(frame: &Frame, area: Rect) -> Rect {
    if area.width == frame.area().width {
        frame.area()
    } else {
        area
    }
}

/// One thing the outbox shows: a line of text within the box, or a link drawn whole.
enum Row {
    Text(Line<'static>),
    Link(String),
}

fn rows(outbox: &Outbox, lang: Lang, width: usize, theme: &Theme) -> Vec<Row> {
    let text = |text: &str, style: Style| -> Vec<Row> {
        crate::text::wrap(text, width)
            .into_iter()
            .map(|piece| Row::Text(Line::styled(piece, style)))
            .collect()
    };
    let mut rows: Vec<Row> = Vec::new();
    if let Some(why) = &outbox.unavailable {
        rows.extend(text(
            &tr!(lang, "shared-outbox-unavailable", why),
            theme.error(),
        ));
    }
    if outbox.messages.is_empty() {
        rows.extend(text(&tr(lang, "shared-outbox-empty"), theme.dim()));
    }
    for m in outbox.messages.iter().rev() {
        let (kind, to) = if m.kind == "sms" {
            ("shared-outbox-sms", "shared-outbox-sms-to")
        } else {
            ("shared-outbox-email", "shared-outbox-email-to")
        };
        let kind = tr(lang, kind);
        let to = tr!(lang, to, to = &m.to);
        // The kind is drawn as a key is when the words start with it.
        for (index, piece) in crate::text::wrap(&to, width).into_iter().enumerate() {
            let line = match piece.strip_prefix(kind.as_ref()) {
                Some(rest) if index == 0 => Line::from(vec![
                    Span::styled(kind.to_string(), theme.key()),
                    Span::raw(rest.to_string()),
                ]),
                _ => Line::raw(piece),
            };
            rows.push(Row::Text(line));
        }
        rows.extend(text(&m.subject, theme.title()));
        if let Some(code) = &m.code {
            rows.push(Row::Text(Line::from(vec![
                Span::raw(format!("{} ", tr(lang, "shared-outbox-code"))),
                Span::styled(code.clone(), theme.ok()),
            ])));
        }
        if let Some(link) = &m.link {
            rows.push(Row::Link(link.clone()));
        }
        rows.push(Row::Text(Line::raw("")));
    }
    rows
}

/// Where a link goes, for a box whose inside is `inner`, when it may use the columns of
/// `span`: the column of its first row and the pieces, one a row. On one row when `span`
/// holds it (in the box when it fits, else as far left as it needs); else, when `span` is
/// the whole terminal, cut at its edge, every row from its first column; else broken between
/// its parts inside the box.
fn place_link(link: &str, inner: Rect, span: Rect, screen: Rect) -> (u16, Vec<String>) {
    let width = link.width();
    if width <= usize::from(inner.width) {
        return (inner.x, vec![link.to_string()]);
    }
    if width <= usize::from(span.width) {
        let shift = span
            .right()
            .saturating_sub(u16::try_from(width).unwrap_or(span.width));
        return (inner.x.min(shift).max(span.x), vec![link.to_string()]);
    }
    if span.x != screen.x || span.width != screen.width {
        return (
            inner.x,
            crate::text::wrap_link(link, usize::from(inner.width)),
        );
    }
    let room = usize::from(span.width.max(1));
    let mut pieces = Vec::new();
    let mut piece = String::new();
    let mut used = 0;
    for c in link.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > room && !piece.is_empty() {
            pieces.push(std::mem::take(&mut piece));
            used = 0;
        }
        piece.push(c);
        used += w;
    }
    if !piece.is_empty() {
        pieces.push(piece);
    }
    (span.x, pieces)
}

fn draw_titled(
    outbox: &Outbox,
    lang: Lang,
    frame: &mut Frame,
    area: Rect,
    span: Rect,
    title: &str,
    theme: &Theme,
) {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border(false))
        .title(Span::styled(title.to_string(), theme.title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let screen = frame.area();
    let bottom = inner.bottom();
    let mut y = inner.y;
    for row in rows(outbox, lang, usize::from(inner.width), theme) {
        if y >= bottom {
            break;
        }
        match row {
            Row::Text(line) => {
                frame.render_widget(
                    Paragraph::new(line),
                    Rect {
                        y,
                        height: 1,
                        ..inner
                    },
                );
                y += 1;
            }
            Row::Link(link) => {
                let (x, pieces) = place_link(&link, inner, span, screen);
                let whole_rows = pieces.len() > 1 && x == screen.x;
                // A link cut by the bottom would be copied in part: it is shown whole or not
                // at all.
                let needed = u16::try_from(pieces.len()).unwrap_or(u16::MAX);
                if y.saturating_add(needed) > bottom {
                    break;
                }
                let buffer = frame.buffer_mut();
                for piece in pieces {
                    if whole_rows {
                        // Nothing else on the row: a selection of it is the link's piece.
                        buffer.set_string(
                            screen.x,
                            y,
                            " ".repeat(usize::from(screen.width)),
                            Style::default(),
                        );
                    }
                    buffer.set_string(x, y, &piece, theme.link());
                    y += 1;
                }
            }
        }
    }
}

#[cfg(test)]
#[path = "outbox_tests.rs"]
mod tests;
