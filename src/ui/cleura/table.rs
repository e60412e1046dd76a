//! The regions table: only the rows on screen are drawn (a page of the filtered, sorted view
//! that `update` keeps), so a thousand regions cost what a screenful does.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::app::App;
use crate::app::cleura::regions::{COLUMNS, Column, Regions, Widths};
use crate::app::cleura::{Cleura, Work};
use crate::lang::{tr, tr_args};
use crate::ui::theme::Theme;
use crate::ui::widgets;

/// Lines above the table: who is signed in, the filter, a notice.
const ABOVE: u16 = 4;
/// Tags are shown in full up to this many cells (the line under the table shows the
/// selected one whole whatever its length).
const TAG_MAX: u16 = 16;
/// The least an area or region name is given before the tag gives up room too.
const NAME_MIN: u16 = 4;

/// Where the table's parts are for a body of this size (drawn, and where clicks land).
pub struct TableLayout {
    pub header: Rect,
    pub rows: Rect,
    /// The first row of the view shown (see `Regions::first_shown`).
    pub first: usize,
    /// How many rows are drawn from `first` on.
    pub shown: usize,
    pub columns: Vec<(Column, u16, u16)>,
    /// Cells between two columns (one when the table packs tight).
    pub gap: u16,
}

/// The screen's area inside the body's margins.
fn inner(body: Rect) -> Rect {
    Rect {
        x: body.x + 1,
        y: body.y + 1,
        width: body.width.saturating_sub(2),
        height: body.height.saturating_sub(1),
    }
}

/// How many rows the table shows in this body: a page, what PageUp and PageDown move by.
pub fn page_rows(body: Rect) -> usize {
    // The header above the rows, and one line under them for the selection and the count.
    usize::from(inner(body).height.saturating_sub(ABOVE + 2).max(1))
}

pub fn table_layout(body: Rect, regions: &Regions) -> TableLayout {
    let area = inner(body);
    let header = Rect::new(area.x, area.y + ABOVE, area.width, 1);
    let rows_height = area.height.saturating_sub(ABOVE + 2);
    let rows = Rect::new(area.x, area.y + ABOVE + 1, area.width, rows_height);
    let first = regions.first_shown(page_rows(body));
    let shown = regions
        .view
        .len()
        .saturating_sub(first)
        .min(usize::from(rows_height));
    let (columns, gap) = columns(area.x, area.width, regions.widths);
    TableLayout {
        header,
        rows,
        first,
        shown,
        columns,
        gap,
    }
}

/// Each column's start and width: the fixed ones first, the area and region share the rest.
/// `widths` are the widest names and tag: the tag column is as wide as its widest tag
/// (within reason); when the names would be cut, the table first packs tighter (one cell
/// between columns, the status column at its least), then the "Enabled" and "Domain status"
/// columns give way to their marks ("yes", "✓ …"), then the area's name, then the region's;
/// the tag gives up room last.
fn columns(x: u16, width: u16, widths: Widths) -> (Vec<(Column, u16, u16)>, u16) {
    // Room for the titles and their sort mark ("Area ▲", "Region ▲", "Tag ▲").
    let names = (widths.area.max(6), widths.region.max(8));
    let least_tag = (widths.tag_title + 2).max(5);
    let tag = widths.tag.clamp(least_tag, TAG_MAX.max(least_tag));
    // Narrow terminals give the names what the status column can spare.
    let roomy = (2, tag.max(6), if width >= 100 { 13 } else { 10 });
    let tight = (1, tag, 8);
    let rest_of = |(gap, tag, status): (u16, u16, u16), domain: u16, enabled: u16| {
        width.saturating_sub(tag + status + domain + enabled + gap * 5 + 2)
    };
    let (gap, tag, status) = if rest_of(roomy, 13, 7) >= names.0 + names.1 {
        roomy
    } else if rest_of(tight, 13, 7) > rest_of(roomy, 13, 7) {
        tight
    } else {
        roomy
    };
    // What the names still lack is taken from "Enabled" (down to "yes"), then from
    // "Domain status" (down to its mark and an ellipsis).
    let lack = (names.0 + names.1).saturating_sub(rest_of((gap, tag, status), 13, 7));
    let enabled = 7 - lack.min(4);
    let domain = 13 - lack.saturating_sub(4).min(10);
    // Only when both names are down to their least does the tag give up room (to its title).
    let short = (2 * NAME_MIN).saturating_sub(rest_of((gap, tag, status), domain, enabled));
    let tag = tag.saturating_sub(short).max(least_tag);
    let fixed = [
        (Column::Tag, tag),
        (Column::Status, status),
        (Column::Domain, domain),
        (Column::Enabled, enabled),
    ];
    let rest = rest_of((gap, tag, status), domain, enabled);
    let (area_w, region_w) = if names.0 + names.1 <= rest {
        // Both in full; what is left is shared, but wide terminals do not stretch names
        // into a sea of spaces.
        let extra = rest - names.0 - names.1;
        (
            (names.0 + extra / 2).min(34.max(names.0)),
            (names.1 + extra - extra / 2).min(34.max(names.1)),
        )
    } else {
        // The region's name is what a row is read by: it keeps its room, the area's gives.
        let region_w = names
            .1
            .min(rest.saturating_sub(NAME_MIN))
            .clamp(NAME_MIN, 34);
        (rest.saturating_sub(region_w).clamp(NAME_MIN, 34), region_w)
    };
    let mut at = x + 2;
    let mut out = Vec::new();
    for column in COLUMNS {
        let w = match column {
            Column::Area => area_w,
            Column::Region => region_w,
            other => fixed
                .iter()
                .find(|(c, _)| *c == other)
                .map(|(_, w)| *w)
                .unwrap_or(6),
        };
        out.push((column, at, w));
        at = at.saturating_add(w + gap);
    }
    (out, gap)
}

/// `text` cut to `width` cells, with an ellipsis when cut.
fn cut(text: &str, width: u16) -> std::borrow::Cow<'_, str> {
    if text.width() <= usize::from(width) {
        return text.into();
    }
    let mut out: String = within(text.chars(), width).collect();
    out.push('…');
    out.into()
}

/// `text` cut to `width` cells from its start, with an ellipsis when cut: the end of a path
/// (the file's name) says more than its start.
fn cut_front(text: &str, width: u16) -> std::borrow::Cow<'_, str> {
    if text.width() <= usize::from(width) {
        return text.into();
    }
    let kept: Vec<char> = within(text.chars().rev(), width).collect();
    std::iter::once('…')
        .chain(kept.into_iter().rev())
        .collect::<String>()
        .into()
}

/// The leading `chars` that fit in `width` cells with one left for an ellipsis.
fn within(chars: impl Iterator<Item = char>, width: u16) -> impl Iterator<Item = char> {
    let mut used = 0;
    chars.take_while(move |&c| {
        used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        used < usize::from(width)
    })
}

/// `text` cut to `width` cells, then padded to exactly `width`.
fn fit(text: &str, width: u16) -> String {
    let cut = cut(text, width);
    let pad = usize::from(width).saturating_sub(cut.width());
    format!("{cut}{}", " ".repeat(pad))
}

/// The line under the table: the selected row in full (the columns may have cut it) at the
/// left, and how many rows the view has at the right, where it is never cut: the row gives
/// way first (cut with an ellipsis), and the order is said only when everything fits.
fn under_table(regions: &Regions, layout: &TableLayout, width: u16) -> String {
    let width = usize::from(width);
    let lang = regions.lang;
    // What the page cuts, said in words: a full page looks the same as a whole list.
    let above = layout.first > 0;
    let below = layout.first + layout.shown < regions.view.len();
    let count_id = match (above, below) {
        (true, true) => "cleura-count-above-below",
        (true, false) => "cleura-count-above",
        (false, true) => "cleura-count-below",
        (false, false) => "cleura-count",
    };
    let count = tr_args(
        lang,
        count_id,
        &[
            ("shown", regions.view.len().into()),
            ("total", regions.rows.len().into()),
        ],
    )
    .into_owned();
    let grouped = regions.grouped && regions.sort != Column::Area;
    let sorted_id = match (regions.descending, grouped) {
        (false, false) => "cleura-sorted",
        (true, false) => "cleura-sorted-reversed",
        (false, true) => "cleura-sorted-grouped",
        (true, true) => "cleura-sorted-reversed-grouped",
    };
    let sorted = tr_args(
        lang,
        sorted_id,
        &[
            ("count", count.as_str().into()),
            ("column", regions.sort.title(lang).into_owned().into()),
        ],
    )
    .into_owned();
    let selected = regions
        .selected_row()
        .map(|r| {
            tr_args(
                lang,
                "cleura-selected-row",
                &[
                    ("area", r.area.as_str().into()),
                    ("region", r.region.as_str().into()),
                    ("tag", r.tag.as_str().into()),
                    ("domain", r.domain_id.as_str().into()),
                ],
            )
            .into_owned()
        })
        .unwrap_or_default();
    let right = if selected.width() + 2 + sorted.width() <= width {
        sorted
    } else {
        count
    };
    let room = width.saturating_sub(right.width() + 2);
    // A row cut to a few cells says nothing: then only the count.
    let left = if room >= 8 {
        fit(&selected, room as u16)
    } else {
        " ".repeat(room)
    };
    format!("{left}  {right}")
}

/// A status as a word with a symbol, so it reads without colour.
fn status_cell(status: &str) -> (String, fn(&Theme) -> Style) {
    match status.to_ascii_lowercase().as_str() {
        "active" | "provisioned" | "enabled" => (format!("✓ {status}"), Theme::ok),
        "—" | "" => ("—".into(), Theme::dim),
        _ => (format!("! {status}"), Theme::warn),
    }
}

pub fn draw(
    flow: &Cleura,
    regions: &Regions,
    app: &App,
    frame: &mut Frame,
    body: Rect,
    theme: &Theme,
) {
    let layout = table_layout(body, regions);
    let area = inner(body);
    let session = &regions.session;
    let lang = regions.lang;
    let kept = match &regions.kept {
        Ok(location) => {
            let kept_in =
                |place: &str| tr_args(lang, "cleura-token-kept", &[("place", place.into())]);
            // The place, at the end of the line, gives way from its start.
            let lead = kept_in("").width() as u16;
            let room = area.width.saturating_sub(lead);
            kept_in(&cut_front(&location.short_in(lang), room)).into_owned()
        }
        Err(why) => tr_args(lang, "cleura-token-not-kept", &[("why", why.into())]).into_owned(),
    };
    let mut above = vec![
        Line::from(vec![
            Span::styled(
                tr_args(
                    lang,
                    "cleura-regions-of",
                    &[("login", session.login.as_str().into())],
                ),
                theme.title(),
            ),
            Span::styled(
                format!("  ·  {} ({})", session.endpoint, session.api.label()),
                theme.dim(),
            ),
        ]),
        Line::styled(kept, theme.dim()),
    ];
    let filter_label = format!("{} ", tr(lang, "cleura-filter"));
    above.push(if regions.filtering || !regions.filter.is_empty() {
        Line::from(vec![
            Span::styled("/ ", theme.key()),
            Span::styled(
                filter_label.clone(),
                if regions.filtering {
                    theme.title()
                } else {
                    theme.base()
                },
            ),
            Span::styled(
                regions.filter.value().to_string(),
                theme.input(regions.filtering),
            ),
            Span::styled(
                if regions.filtering {
                    format!("  {}", tr(lang, "cleura-filter-keys"))
                } else {
                    String::new()
                },
                theme.dim(),
            ),
        ])
    } else {
        // Every key named in full where it fits; "Enter projects", also on the key bar,
        // gives way first on a narrow terminal.
        let keys = [
            tr(lang, "cleura-regions-keys"),
            tr(lang, "cleura-regions-keys-short"),
        ];
        let fits = keys
            .iter()
            .find(|k| k.width() <= usize::from(area.width))
            .unwrap_or(&keys[1]);
        Line::styled(fits.clone(), theme.dim())
    });
    if let Some(words) = flow.working() {
        above.push(widgets::working(app.spinner, &format!("{words}…"), theme));
    } else if regions.asking_sign_out {
        above.push(Line::from(vec![
            Span::styled(
                format!(
                    "{} ",
                    tr_args(
                        lang,
                        "cleura-sign-out-question",
                        &[("login", session.login.as_str().into())],
                    )
                ),
                theme.title(),
            ),
            Span::styled("y", theme.key()),
            Span::raw(format!(" {} · ", tr(lang, "cleura-yes"))),
            Span::styled("n", theme.key()),
            Span::raw("/"),
            Span::styled("Esc", theme.key()),
            Span::raw(format!(" {}", tr(lang, "cleura-no"))),
        ]));
    } else if let Some(error) = &regions.error {
        above.push(widgets::problem(error, theme));
    } else if let Some(notice) = &regions.notice {
        above.push(Line::styled(notice.clone(), theme.warn()));
    }
    frame.render_widget(
        Paragraph::new(above),
        Rect {
            height: ABOVE.min(area.height),
            ..area
        },
    );
    if regions.filtering {
        // After "/ ", the label and what is typed.
        let x = area.x + 2 + (filter_label.width() + regions.filter.value().width()) as u16;
        if x < area.x + area.width && area.height > 2 {
            frame.set_cursor_position((x, area.y + 2));
        }
    }
    if layout.header.y >= body.y + body.height {
        return;
    }

    let mut header = vec![Span::raw("  ")];
    for (column, _, width) in &layout.columns {
        let mark = if *column == regions.sort {
            if regions.descending { " ▼" } else { " ▲" }
        } else {
            ""
        };
        header.push(Span::styled(
            fit(&format!("{}{mark}", column.title(lang)), *width),
            theme.key(),
        ));
        header.push(Span::raw(" ".repeat(usize::from(layout.gap))));
    }
    frame.render_widget(Paragraph::new(Line::from(header)), layout.header);

    // Rows are written cell by cell into their columns, not as padded lines: the padding
    // would be walked grapheme by grapheme on every frame, and a thousand-row table must
    // stay well under a millisecond a frame.
    let buf = frame.buffer_mut();
    let right = layout.rows.x + layout.rows.width;
    let shown = regions
        .view
        .iter()
        .enumerate()
        .skip(layout.first)
        .take(layout.shown);
    let mut previous_area: Option<&str> = None;
    let together = regions.grouped || regions.sort == Column::Area;
    let (yes, no) = (tr(lang, "cleura-yes"), tr(lang, "cleura-no"));
    for (y, (at, &index)) in (layout.rows.y..).zip(shown) {
        let row = &regions.rows[index];
        let selected = at == regions.selected;
        // Grouped by area: the name only where a group starts on screen.
        let area_text = if together && previous_area == Some(row.area.as_str()) {
            ""
        } else {
            &row.area
        };
        previous_area = Some(&row.area);
        let base = if selected {
            theme.selected()
        } else {
            theme.base()
        };
        buf.set_style(Rect::new(layout.rows.x, y, layout.rows.width, 1), base);
        buf.set_stringn(
            layout.rows.x,
            y,
            if selected { "›" } else { " " },
            usize::from(layout.rows.width),
            base,
        );
        for &(column, x, width) in &layout.columns {
            if x >= right {
                break;
            }
            let status;
            let (text, style): (&str, Style) = match column {
                Column::Area => (area_text, base),
                Column::Region => (&row.region, base),
                Column::Tag => (&row.tag, base),
                Column::Status | Column::Domain => {
                    let (t, s) = status_cell(if column == Column::Status {
                        &row.status
                    } else {
                        &row.domain_status
                    });
                    status = t;
                    (&status, if selected { base } else { s(theme) })
                }
                Column::Enabled => (
                    if row.enabled { &yes } else { &no },
                    if selected || row.enabled {
                        base
                    } else {
                        theme.warn()
                    },
                ),
            };
            let room = width.min(right - x);
            buf.set_stringn(x, y, cut(text, room), usize::from(room), style);
        }
    }
    if regions.view.is_empty() {
        let empty = if regions.rows.is_empty() {
            "cleura-no-region"
        } else {
            "cleura-no-region-matches"
        };
        frame.render_widget(
            Paragraph::new(Line::styled(format!("  {}", tr(lang, empty)), theme.dim())),
            layout.rows,
        );
    }
    let count = Rect::new(area.x, layout.rows.y + layout.rows.height, area.width, 1);
    if count.y < body.y + body.height {
        frame.render_widget(
            Paragraph::new(Line::styled(
                under_table(regions, &layout, count.width),
                theme.dim(),
            )),
            count,
        );
    }
    if regions.projects.is_some() {
        projects(regions, app, frame, body, theme);
    }
}

/// The box the projects are shown in: a click outside closes it.
pub fn projects_area(body: Rect) -> Rect {
    crate::ui::layout::centered_box(body, 76, body.height.saturating_sub(4).max(6))
}

fn projects(regions: &Regions, app: &App, frame: &mut Frame, body: Rect, theme: &Theme) {
    let Some(view) = &regions.projects else {
        return;
    };
    let lang = regions.lang;
    let area = projects_area(body);
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border(true))
        .title(Span::styled(
            format!(
                " {} ",
                tr_args(
                    lang,
                    "cleura-projects-title",
                    &[("region", view.label.as_str().into())],
                )
            ),
            theme.title(),
        ));
    let inner = block.inner(area);
    let mut lines: Vec<Line> = Vec::new();
    if view.own {
        let heading = view.heading(&regions.session.login);
        for line in crate::text::wrap_hanging(&heading, usize::from(inner.width), "", "") {
            lines.push(Line::styled(line, theme.dim()));
        }
    }
    match &view.projects {
        None => lines.push(widgets::working(
            app.spinner,
            &format!(
                "{}…",
                crate::text::capitalized(Work::ListingProjects.said(lang))
            ),
            theme,
        )),
        Some(Err(e)) => lines.push(widgets::problem(e, theme)),
        Some(Ok(list)) if list.is_empty() && view.own => lines.push(Line::styled(
            tr_args(
                lang,
                "cleura-no-project-own",
                &[("login", regions.session.login.as_str().into())],
            ),
            theme.dim(),
        )),
        Some(Ok(list)) if list.is_empty() => {
            lines.push(Line::styled(tr(lang, "cleura-no-project"), theme.dim()))
        }
        Some(Ok(list)) => {
            let entries: Vec<Vec<Line>> = list
                .iter()
                .enumerate()
                .map(|(i, p)| project_lines(lang, p, i == view.selected, theme))
                .collect();
            // The room left under the heading, above the blank line and the way back.
            let room = usize::from(inner.height).saturating_sub(lines.len() + 2);
            let (first, last) = window(&entries, view.selected, room);
            if first > 0 {
                lines.push(Line::styled(
                    tr_args(lang, "cleura-more-above", &[("count", first.into())]),
                    theme.dim(),
                ));
            }
            lines.extend(entries[first..=last].iter().flatten().cloned());
            if last + 1 < entries.len() {
                let below = entries.len() - last - 1;
                lines.push(Line::styled(
                    tr_args(lang, "cleura-more-below", &[("count", below.into())]),
                    theme.dim(),
                ));
            }
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        tr(lang, "cleura-back-to-regions-keys"),
        theme.dim(),
    ));
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// A project as the list shows it: its name and flags, its id, its description.
fn project_lines(
    lang: crate::lang::Lang,
    p: &crate::api::cleura::Project,
    selected: bool,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let style = if selected {
        theme.selected()
    } else {
        theme.base()
    };
    let mut flags = Vec::new();
    if p.default == Some(true) {
        flags.push(tr(lang, "cleura-project-default"));
    }
    flags.push(tr(
        lang,
        if p.enabled {
            "cleura-project-enabled"
        } else {
            "cleura-project-disabled"
        },
    ));
    let mut lines = vec![
        Line::from(vec![
            Span::styled(if selected { "› " } else { "  " }, style),
            Span::styled(p.name.clone(), style),
            Span::styled(format!("  ({})", flags.join(", ")), theme.dim()),
        ]),
        Line::styled(format!("    {}", p.id), theme.dim()),
    ];
    if !p.description.is_empty() {
        lines.push(Line::styled(format!("    {}", p.description), theme.dim()));
    }
    lines
}

/// The first and last entries shown in `room` lines, the selected one among them, with a
/// line for what is cut above and one for what is cut below, when anything is: the entries
/// above the selected one first, so that moving down scrolls once the last one shown is
/// left.
fn window<T>(entries: &[Vec<T>], selected: usize, room: usize) -> (usize, usize) {
    let last = entries.len().saturating_sub(1);
    let selected = selected.min(last);
    let fits = |first: usize, end: usize| {
        let lines: usize = entries[first..=end].iter().map(Vec::len).sum();
        lines + usize::from(first > 0) + usize::from(end < last) <= room
    };
    let (mut first, mut end) = (selected, selected);
    loop {
        if first > 0 && fits(first - 1, end) {
            first -= 1;
        } else if end < last && fits(first, end + 1) {
            end += 1;
        } else {
            return (first, end);
        }
    }
}

#[cfg(test)]
#[path = "table_tests.rs"]
mod tests;
