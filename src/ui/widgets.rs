//! Pieces the screens share: text cut with a sign, a modal box, the screen's frame, buttons,
//! checkboxes, a spinner (the text field is `field`; text in a tone is `screen`'s).

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use super::layout::centered_box;
use super::theme::Theme;

/// Lines already wrapped: more than the room, the last row shown ends in "…", never cut
/// without a sign.
pub struct Cut<'a>(pub Vec<Line<'a>>);

impl Widget for Cut<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Cut(mut lines) = self;
        if area.height == 0 {
            return;
        }
        if lines.len() > usize::from(area.height) {
            lines.truncate(usize::from(area.height));
            if let Some(last) = lines.last_mut() {
                end_in_ellipsis(last, usize::from(area.width));
            }
        }
        Paragraph::new(lines).render(area, buf);
    }
}

/// `line` shortened to leave room for "…" within `width` cells, then "…" after it.
fn end_in_ellipsis(line: &mut Line<'_>, width: usize) {
    use unicode_width::UnicodeWidthStr;
    while line.width() + 1 > width {
        let Some(span) = line.spans.last_mut() else {
            break;
        };
        let mut content = span.content.to_string();
        if content.pop().is_none() {
            line.spans.pop();
            continue;
        }
        span.content = content.into();
        if span.content.width() == 0 {
            line.spans.pop();
        }
    }
    let style = line.spans.last().map(|s| s.style).unwrap_or_default();
    line.spans.push(Span::styled("…", style));
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
