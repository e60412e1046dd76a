//! The home menu.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::layout::centered_column;
use super::theme::Theme;
use crate::app::home::Home;
use crate::app::{App, Hit};

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
    let mut intro_lines = vec![Line::styled(
        "Open a cloud account from your terminal.",
        theme.title(),
    )];
    intro_lines.push(Line::styled(
        if app.sandbox_url.is_some() {
            "Sandbox: every provider is simulated here; nothing real is created."
        } else {
            "Choose what to do; Enter opens it, ? lists every key."
        },
        theme.dim(),
    ));
    frame.render_widget(Paragraph::new(intro_lines), intro);

    let entries = app.home_entries();
    let height = entry_height(list, entries.len());
    for (index, entry) in entries.iter().enumerate() {
        let y = list.y + index as u16 * height;
        if y >= list.y + list.height {
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
        let title = Line::from(vec![
            Span::styled(marker, theme.key()),
            Span::styled(format!("{number}{}", entry.title), title_style),
        ]);
        frame.render_widget(Paragraph::new(title), Rect::new(list.x, y, list.width, 1));
        // The title and its blurb, not the gap under them.
        let rows = (height.max(2) - 1).min(list.y + list.height - y);
        hits.push((Rect::new(list.x, y, list.width, rows), Hit::Home(index)));
        if height < 3 {
            continue;
        }
        let blurb = Line::from(vec![
            Span::raw("     "),
            Span::styled(entry.blurb.clone(), theme.dim()),
        ]);
        frame.render_widget(
            Paragraph::new(blurb),
            Rect::new(list.x, y + 1, list.width, 1),
        );
    }
    hits
}

/// The height of one entry on screen: title, blurb and a gap when the list has room, else
/// the title alone.
fn entry_height(list: Rect, count: usize) -> u16 {
    if usize::from(list.height) >= count * 3 {
        3
    } else {
        1
    }
}
