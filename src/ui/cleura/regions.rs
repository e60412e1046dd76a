//! The regions screen: a table of areas and their regions over the whole body's width, only
//! the rows that fit drawn (filtering and sorting were done in update), and the projects of
//! a domain in a sub-screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{Tone, fit, place_buttons, tone_style};
use crate::app::App;
use crate::app::cleura::input::{Button, Hit};
use crate::app::cleura::questions::{session_lines, sort_words};
use crate::app::cleura::regions::{Column, ProjectsState, Regions, Row, status_mark};
use crate::app::cleura::{Cleura, Work};
use crate::ui::theme::Theme;
use crate::ui::widgets;

/// Cells before each row: `› ` marks the selected one (it reads without colour).
const MARKER: u16 = 2;

/// Where everything on the regions screen goes, for the view and the mouse alike.
pub struct Layout {
    pub heading: Rect,
    pub info: Rect,
    pub filter: Rect,
    pub header: Rect,
    pub rows: Rect,
    pub status: Rect,
    pub buttons: Vec<(Rect, &'static str, Button)>,
    /// Each column's first cell and width.
    pub columns: [(u16, u16); 6],
}

pub fn layout(flow: &Cleura, regions: &Regions, body: Rect) -> Layout {
    let area = Rect {
        x: body.x + 1,
        width: body.width.saturating_sub(2),
        ..body
    };
    let top = u16::from(body.height > 22);
    let line = |y: u16| Rect::new(area.x, area.y + y.min(area.height), area.width, 1);
    let heading = line(top);
    // Where the token is kept can be a long path: up to three lines when it needs them and
    // the table keeps room enough.
    let info_text = info_text(flow, regions);
    let info_height = if area.height > 20 {
        (super::wrap(&info_text, area.width, Tone::Plain).len() as u16).clamp(1, 3)
    } else {
        1
    };
    let info = Rect {
        height: info_height,
        ..line(top + 1)
    };
    let filter = line(top + 1 + info_height);
    let header = line(top + 2 + info_height);
    let first_row = top + 3 + info_height;
    // A problem may need two lines; the table gives one up for it.
    let below = if regions.problem.is_some() && regions.projects.is_none() {
        3
    } else {
        2
    };
    let rows_height = area.height.saturating_sub(first_row + below);
    let rows = Rect::new(area.x, area.y + first_row, area.width, rows_height);
    let status = Rect {
        height: below - 1,
        ..line(first_row + rows_height)
    };
    let buttons_row = line(first_row + rows_height + below - 1);
    let buttons = if regions.projects.is_some() {
        place_buttons(
            buttons_row,
            &[("Back to the regions", Button::CloseProjects)],
        )
    } else if flow.working() == Some(Work::SigningOut) {
        Vec::new()
    } else {
        place_buttons(
            buttons_row,
            &[
                ("Projects", Button::Projects),
                ("Copy tag", Button::Copy),
                ("Refresh", Button::Refresh),
                ("Sign out", Button::SignOut),
                ("Menu", Button::Menu),
            ],
        )
    };
    Layout {
        heading,
        info,
        filter,
        header,
        rows,
        status,
        buttons,
        columns: columns(
            &regions.table.widths,
            regions.table.sort,
            rows.x + MARKER,
            rows.width.saturating_sub(MARKER),
        ),
    }
}

/// Column places: natural widths two cells apart; when that is too wide, one cell apart;
/// then the widest columns give way (their text cut with `…`).
fn columns(natural: &[usize; 6], sort: Column, x: u16, width: u16) -> [(u16, u16); 6] {
    let mut widths: Vec<u16> = natural.iter().map(|w| (*w).min(60) as u16).collect();
    // The sorted column's title carries " ▲".
    let sorted = sort.index();
    widths[sorted] = widths[sorted].max(sort.title().width() as u16 + 2);
    let total = |widths: &[u16], gap: u16| widths.iter().sum::<u16>() + gap * 5;
    let gap = if total(&widths, 2) <= width { 2 } else { 1 };
    let minimum =
        |i: usize| (Column::ALL[i].title().width() as u16 + 2 * u16::from(i == sorted)).max(4);
    while total(&widths, gap) > width {
        let Some((i, _)) = widths
            .iter()
            .enumerate()
            .filter(|(i, w)| **w > minimum(*i))
            .max_by_key(|(_, w)| **w)
        else {
            break;
        };
        widths[i] -= 1;
    }
    let mut out = [(0, 0); 6];
    let mut at = x;
    for (i, w) in widths.iter().enumerate() {
        out[i] = (at, *w);
        at += w + gap;
    }
    out
}

pub fn hits(regions: &Regions, layout: &Layout) -> Vec<(Rect, Hit)> {
    let mut hits: Vec<(Rect, Hit)> = layout
        .buttons
        .iter()
        .map(|(r, _, b)| (*r, Hit::Button(*b)))
        .collect();
    if regions.projects.is_some() {
        return hits;
    }
    hits.push((layout.filter, Hit::Filter));
    for (i, (x, w)) in layout.columns.iter().enumerate() {
        hits.push((
            Rect::new(*x, layout.header.y, *w, layout.header.height),
            Hit::Header(Column::ALL[i]),
        ));
    }
    let visible = usize::from(layout.rows.height);
    for (n, (index, _, _)) in regions.table.visible(visible).enumerate() {
        let rect = Rect::new(
            layout.rows.x,
            layout.rows.y + n as u16,
            layout.rows.width,
            1,
        );
        hits.push((rect, Hit::Row(index)));
    }
    hits
}

pub fn draw(
    flow: &Cleura,
    regions: &Regions,
    app: &App,
    frame: &mut Frame,
    body: Rect,
    theme: &Theme,
) {
    let layout = layout(flow, regions, body);
    let session = &regions.session;
    let right = format!("{} · API {}", session.endpoint, session.api.label());
    let heading = match &regions.projects {
        Some(p) => format!(
            "Projects in {}",
            if p.area.is_empty() {
                &p.domain_id
            } else {
                &p.area
            }
        ),
        None => format!("Regions of {}", session.login),
    };
    let room = usize::from(layout.heading.width);
    let mut spans = vec![Span::styled(fit(&heading, room), theme.title())];
    let used = heading.width() + 2;
    if used + right.width() <= room {
        spans.push(Span::raw(" ".repeat(room - used - right.width() + 2)));
        spans.push(Span::styled(right, theme.dim()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), layout.heading);
    match &regions.projects {
        Some(_) => draw_projects(regions, &layout, app, frame, theme),
        None => draw_table(flow, regions, &layout, app, frame, theme),
    }
    for (r, label, _) in &layout.buttons {
        frame.render_widget(
            Paragraph::new(Line::from(widgets::button(label, false, theme))),
            *r,
        );
    }
}

fn draw_table(
    flow: &Cleura,
    regions: &Regions,
    layout: &Layout,
    app: &App,
    frame: &mut Frame,
    theme: &Theme,
) {
    let table = &regions.table;
    let tone = if regions.kept.is_ok() {
        Tone::Ok
    } else {
        Tone::Info
    };
    let text = info_text(flow, regions);
    let mut lines = if layout.info.height > 1 {
        super::wrap(&text, layout.info.width, Tone::Plain)
    } else {
        vec![text]
    };
    lines.truncate(usize::from(layout.info.height));
    if let Some(last) = lines.last_mut() {
        *last = fit(last, usize::from(layout.info.width));
    }
    let lines: Vec<Line> = lines
        .into_iter()
        .map(|l| Line::styled(l, tone_style(tone, theme)))
        .collect();
    frame.render_widget(Paragraph::new(lines), layout.info);
    draw_filter(regions, layout, frame, theme);
    // Column titles, the sorted one with its order.
    let mut header = vec![Span::raw(" ".repeat(usize::from(MARKER)))];
    let mut at = layout.rows.x + MARKER;
    for (i, (x, w)) in layout.columns.iter().enumerate() {
        let column = Column::ALL[i];
        let mut title = column.title().to_string();
        if table.sort == column {
            title.push_str(if table.descending { " ▼" } else { " ▲" });
        }
        header.push(Span::raw(" ".repeat(usize::from(x.saturating_sub(at)))));
        header.push(Span::styled(
            pad(&fit(&title, usize::from(*w)), usize::from(*w)),
            theme.title(),
        ));
        at = x + w;
    }
    if regions.loaded {
        frame.render_widget(Paragraph::new(Line::from(header)), layout.header);
    }
    let visible = usize::from(layout.rows.height);
    for (y, (index, row, first)) in (layout.rows.y..).zip(table.visible(visible)) {
        let selected = index == table.selected && !table.filtering;
        let line = row_line(row, first, selected, index == table.selected, layout, theme);
        frame.render_widget(
            Paragraph::new(line),
            Rect::new(layout.rows.x, y, layout.rows.width, 1),
        );
    }
    if table.view.is_empty() && regions.loaded && layout.rows.height > 0 {
        let text = if table.rows.is_empty() {
            "This account has no regions.".to_string()
        } else {
            format!("No region matches “{}”.", table.filter.value().trim())
        };
        frame.render_widget(
            Paragraph::new(Line::styled(format!("  {text}"), theme.dim())),
            Rect::new(layout.rows.x, layout.rows.y, layout.rows.width, 1),
        );
    }
    // The status line: work in flight, a problem, or what the table shows.
    let status = if let Some(work) = flow.working() {
        widgets::working(
            app.spinner,
            &format!("{}…", capitalise(work.words())),
            theme,
        )
    } else if let Some(problem) = &regions.problem {
        let lines: Vec<Line> = super::wrap(
            &format!("The regions could not be loaded: {problem}"),
            layout.status.width,
            Tone::Problem,
        )
        .into_iter()
        .take(usize::from(layout.status.height))
        .map(|l| Line::styled(fit(&l, usize::from(layout.status.width)), theme.error()))
        .collect();
        frame.render_widget(Paragraph::new(lines), layout.status);
        return;
    } else {
        let areas = {
            let mut names: Vec<&str> = table
                .view
                .iter()
                .map(|&i| table.rows[i].area.as_str())
                .collect();
            names.sort_unstable();
            names.dedup();
            names.len()
        };
        let count = if table.filter.is_empty() {
            format!("{} regions in {areas} areas", table.view.len())
        } else {
            format!(
                "{} of {} regions match “{}”",
                table.view.len(),
                table.rows.len(),
                table.filter.value().trim()
            )
        };
        Line::styled(
            fit(
                &format!("{count} · {}", sort_words(table.sort, table.descending)),
                usize::from(layout.status.width),
            ),
            theme.dim(),
        )
    };
    frame.render_widget(Paragraph::new(status), layout.status);
}

fn draw_filter(regions: &Regions, layout: &Layout, frame: &mut Frame, theme: &Theme) {
    let table = &regions.table;
    let label = "Filter: ";
    let room = usize::from(layout.filter.width).saturating_sub(label.len() + 1);
    let mut spans = vec![Span::styled(
        label,
        if table.filtering {
            theme.title()
        } else {
            theme.dim()
        },
    )];
    if table.filtering {
        let (col, start) = table.filter.visual_cursor(room);
        let shown: String = table.filter.value().chars().skip(start).collect();
        spans.push(Span::styled(
            pad(&fit(&shown, room), room),
            theme.input(true),
        ));
        let x = layout.filter.x + label.len() as u16 + col as u16;
        if x < layout.filter.x + layout.filter.width {
            frame.set_cursor_position((x, layout.filter.y));
        }
    } else if table.filter.is_empty() {
        spans.push(Span::styled("press / to filter", theme.dim()));
    } else {
        spans.push(Span::styled(fit(table.filter.value(), room), theme.base()));
        spans.push(Span::styled("  (Esc clears)", theme.dim()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), layout.filter);
}

fn row_line<'a>(
    row: &Row,
    first: bool,
    highlighted: bool,
    selected: bool,
    layout: &Layout,
    theme: &Theme,
) -> Line<'a> {
    let base = if highlighted {
        theme.selected()
    } else {
        Style::default()
    };
    let marker = if selected { "› " } else { "  " };
    let mut spans = vec![Span::styled(marker, base.patch(theme.key()))];
    let mut at = layout.rows.x + MARKER;
    for (i, (x, w)) in layout.columns.iter().enumerate() {
        let column = Column::ALL[i];
        let text = if column == Column::Area && !first {
            String::new()
        } else {
            row.cell(column)
        };
        let style = match column {
            Column::Status => mark_style(&row.status, theme),
            Column::Domain => mark_style(&row.domain_status, theme),
            Column::Enabled => match row.enabled {
                Some(true) => theme.ok(),
                Some(false) => theme.error(),
                None => theme.dim(),
            },
            Column::Tag => theme.title(),
            _ => theme.base(),
        };
        let gap = usize::from(x.saturating_sub(at));
        spans.push(Span::styled(" ".repeat(gap), base));
        spans.push(Span::styled(
            pad(&fit(&text, usize::from(*w)), usize::from(*w)),
            if highlighted { base } else { style },
        ));
        at = x + w;
    }
    Line::from(spans)
}

fn mark_style(word: &str, theme: &Theme) -> Style {
    if word.is_empty() {
        return theme.dim();
    }
    match status_mark(word) {
        "✓" => theme.ok(),
        "✗" => theme.error(),
        _ => theme.warn(),
    }
}

fn draw_projects(regions: &Regions, layout: &Layout, app: &App, frame: &mut Frame, theme: &Theme) {
    let Some(projects) = &regions.projects else {
        return;
    };
    let domain = if projects.domain.is_empty() {
        projects.domain_id.clone()
    } else {
        format!("{} ({})", projects.domain, projects.domain_id)
    };
    frame.render_widget(
        Paragraph::new(Line::styled(
            fit(&format!("Domain {domain}"), usize::from(layout.info.width)),
            theme.dim(),
        )),
        layout.info,
    );
    let area = Rect {
        y: layout.filter.y,
        height: layout.rows.height + (layout.rows.y - layout.filter.y),
        ..layout.rows
    };
    let width = usize::from(area.width);
    let lines: Vec<Line> = match &projects.state {
        ProjectsState::Loading => vec![widgets::working(
            app.spinner,
            "Loading the projects…",
            theme,
        )],
        ProjectsState::Failed(why) => super::wrap(
            &format!("The projects could not be loaded: {why}"),
            area.width,
            Tone::Problem,
        )
        .into_iter()
        .map(|l| Line::styled(l, theme.error()))
        .collect(),
        ProjectsState::Loaded(list) if list.is_empty() => {
            vec![Line::styled("  This domain has no projects.", theme.dim())]
        }
        ProjectsState::Loaded(list) => {
            let name_width = list
                .iter()
                .map(|p| p.name.as_deref().unwrap_or("—").width())
                .max()
                .unwrap_or(0)
                .clamp(4, 40);
            let mut lines = vec![Line::styled(
                fit(
                    &format!(
                        "  {:<name_width$}  {:<7}  {:<9}  Description",
                        "Name", "Enabled", "Default"
                    ),
                    width,
                ),
                theme.title(),
            )];
            let room = usize::from(area.height).saturating_sub(1);
            let offset = (projects.selected + 1).saturating_sub(room);
            for (i, p) in list.iter().enumerate().skip(offset).take(room) {
                let selected = i == projects.selected;
                let enabled = match p.enabled {
                    Some(true) => "✓ yes",
                    Some(false) => "✗ no",
                    None => "—",
                };
                let default = if p.default == Some(true) {
                    "★ default"
                } else {
                    ""
                };
                let text = format!(
                    "{}{}  {:<7}  {:<9}  {}",
                    if selected { "› " } else { "  " },
                    pad(
                        &fit(p.name.as_deref().unwrap_or("—"), name_width),
                        name_width
                    ),
                    enabled,
                    default,
                    p.description.as_deref().unwrap_or("")
                );
                let style = if selected {
                    theme.selected()
                } else {
                    theme.base()
                };
                lines.push(Line::styled(fit(&text, width), style));
            }
            lines
        }
    };
    frame.render_widget(Paragraph::new(lines), area);
    let count = match &projects.state {
        ProjectsState::Loaded(list) => format!("{} projects", list.len()),
        _ => String::new(),
    };
    frame.render_widget(
        Paragraph::new(Line::styled(count, theme.dim())),
        layout.status,
    );
}

/// Where the token is kept, with its symbol (`✓` kept, `i` only for this run).
fn info_text(flow: &Cleura, regions: &Regions) -> String {
    let kept = session_lines(flow).pop().unwrap_or_default();
    let mark = if regions.kept.is_ok() { "✓" } else { "i" };
    format!("{mark} {kept}")
}

fn pad(text: &str, width: usize) -> String {
    let w = text.width();
    if w >= width {
        text.to_string()
    } else {
        format!("{text}{}", " ".repeat(width - w))
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
