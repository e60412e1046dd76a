//! The home menu.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::layout::centered_column;
use super::theme::Theme;
use crate::app::home::{Entry, Home};
use crate::app::{App, Hit};
use crate::lang::tr;
use crate::text::ellipsize;

const INTRO_HEIGHT: u16 = 3;

/// Where the entries are drawn in the body.
fn list_area(body: Rect) -> Rect {
    let column = centered_column(body, 76);
    let top = if body.height > 20 { 2 } else { 1 };
    Rect {
        x: column.x,
        y: column.y + top + INTRO_HEIGHT,
        width: column.width,
        height: column.height.saturating_sub(top + INTRO_HEIGHT),
    }
}

/// Draws the menu; each entry drawn is where a click opens it.
pub fn draw(
    home: &Home,
    app: &App,
    frame: &mut Frame,
    body: Rect,
    theme: &Theme,
) -> Vec<(Rect, Hit)> {
    let mut hits = Vec::new();
    let list = list_area(body);
    let intro = Rect {
        x: list.x,
        y: list.y.saturating_sub(INTRO_HEIGHT),
        width: list.width,
        height: INTRO_HEIGHT.min(body.height),
    };
    let lang = app.config.lang();
    let mut intro_lines = vec![Line::styled(tr(lang, "home-intro"), theme.title())];
    intro_lines.push(Line::styled(
        tr(
            lang,
            if app.sandbox_url.is_some() {
                "home-intro-sandbox"
            } else {
                "home-intro-keys"
            },
        ),
        theme.dim(),
    ));
    frame.render_widget(Paragraph::new(intro_lines), intro);

    let entries = app.home_entries();
    let layout = Layout::fitting(list.height, &entries);
    let bottom = list.y + list.height;
    let mut y = list.y;
    for (index, entry) in entries.iter().enumerate() {
        if y >= bottom {
            break;
        }
        let selected = index == home.selected;
        let marker = if selected { "› " } else { "  " };
        let number = match entry.digit {
            Some(d) => format!("{d}. "),
            None => "   ".into(),
        };
        let title_style = if selected {
            theme.selected()
        } else {
            theme.title()
        };
        let mut title = vec![
            Span::styled(marker, theme.key()),
            Span::styled(format!("{number}{}", entry.title), title_style),
        ];
        let second = layout.second_line(entry);
        if layout == Layout::Inline
            && let Some(status) = &entry.status
        {
            title.push(Span::styled(format!(" · {status}"), theme.dim()));
        }
        frame.render_widget(
            Paragraph::new(Line::from(title)),
            Rect::new(list.x, y, list.width, 1),
        );
        let rows = if second.is_some() { 2 } else { 1 };
        // The title and the line under it, not the gap after them.
        let rows = rows.min(bottom - y);
        hits.push((Rect::new(list.x, y, list.width, rows), Hit::Home(index)));
        if let Some(line) = second
            && y + 1 < bottom
        {
            let style = if entry.status.is_some() {
                theme.base()
            } else {
                theme.dim()
            };
            let room = list.width.saturating_sub(INDENT.len() as u16);
            let line = Line::from(vec![
                Span::raw(INDENT),
                Span::styled(ellipsize(&line, usize::from(room)).into_owned(), style),
            ]);
            frame.render_widget(
                Paragraph::new(line),
                Rect::new(list.x, y + 1, list.width, 1),
            );
        }
        y += layout.height(entry);
    }
    hits
}

/// What goes before the line under a title, to align it with the title's text.
const INDENT: &str = "     ";

/// How the entries share the list's rows, the roomiest that fits: each entry's title, then
/// under it what is known of the flow (its status) or else its blurb, then a gap; without
/// room for gaps, no gaps; then only the statuses under their titles; at the least one row
/// each, a status after its title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    Spacious,
    Packed,
    Statuses,
    Inline,
}

impl Layout {
    fn fitting(rows: u16, entries: &[Entry]) -> Layout {
        [Layout::Spacious, Layout::Packed, Layout::Statuses]
            .into_iter()
            .find(|layout| {
                entries
                    .iter()
                    .map(|e| usize::from(layout.height(e)))
                    .sum::<usize>()
                    <= usize::from(rows)
            })
            .unwrap_or(Layout::Inline)
    }

    /// The rows an entry takes, its gap included.
    fn height(self, entry: &Entry) -> u16 {
        match self {
            Layout::Spacious => 3,
            Layout::Packed => 2,
            Layout::Statuses if entry.status.is_some() => 2,
            Layout::Statuses | Layout::Inline => 1,
        }
    }

    /// What goes under the entry's title, if anything.
    fn second_line(self, entry: &Entry) -> Option<String> {
        match self {
            Layout::Spacious | Layout::Packed => {
                Some(entry.status.clone().unwrap_or_else(|| entry.blurb.clone()))
            }
            Layout::Statuses => entry.status.clone(),
            Layout::Inline => None,
        }
    }
}
