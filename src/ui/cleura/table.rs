//! The regions table: only the rows on screen are drawn (a page of the filtered, sorted view
//! that `update` keeps), so a thousand regions cost what a screenful does.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::app::App;
use crate::app::cleura::regions::{COLUMNS, Column, ProjectsView, Regions, Widths};
use crate::app::cleura::{Cleura, Target, Work};
use crate::lang::tr;
use crate::text::{ellipsize, ellipsize_front};
use crate::tr;
use crate::ui::layout::Stack;
use crate::ui::screen::{Piece, Pieces, Screen, Tone, styled, wrap, wrap_indented};
use crate::ui::theme::Theme;
use crate::ui::widgets;

/// Lines above the table when none wraps: who is signed in, the filter, a notice.
const ABOVE: u16 = 4;
/// Tags are shown in full up to this many cells (the line under the table shows the
/// selected one whole whatever its length).
const TAG_MAX: u16 = 16;
/// The least an area or region name is given before the tag gives up room too.
const NAME_MIN: u16 = 4;

/// The screen's area inside the body's margins.
fn inner(body: Rect) -> Rect {
    Rect {
        x: body.x + 1,
        y: body.y + 1,
        width: body.width.saturating_sub(2),
        height: body.height.saturating_sub(1),
    }
}

/// The regions screen laid out in `body`: what is above the table, the table and the line
/// under it, and the projects over it while open.
pub fn layout<'a>(
    flow: &Cleura,
    regions: &'a Regions,
    app: &App,
    body: Rect,
    theme: &Theme,
) -> Screen<'a, Target> {
    let mut s = Pieces::new(inner(body), *theme);
    above(flow, regions, app, &mut s);
    let under = table(regions, &mut s);
    if let Some(view) = &regions.projects {
        projects(regions, view, app, (body, under), &mut s);
    }
    s.untitled()
}

/// How many rows the table of `shown` (the flow and its regions, once listed) has in `body`:
/// a page, what PageUp and PageDown move by.
pub fn page_rows(shown: Option<(&Cleura, &Regions)>, app: &App, body: Rect) -> usize {
    let mut s = Pieces::new(inner(body), Theme::new(false));
    match shown {
        Some((flow, regions)) => above(flow, regions, app, &mut s),
        // Before the table is shown: its page with nothing wrapped above it.
        None => s.gap(ABOVE),
    }
    usize::from(rows_under(&s).max(1))
}

/// Rows for the table's rows in what is left: under the header, above the line under them.
fn rows_under(s: &Stack) -> u16 {
    s.room().saturating_sub(2)
}

/// Each column's start and width: the fixed ones first, the area and region share the rest.
/// `widths` are the widest names and tag: the tag column is as wide as its widest tag
/// (within reason); when the names would be cut, the table first packs tighter (one cell
/// between columns, the status column at its least), then the "Enabled" and "Domain status"
/// columns give way to their marks ("yes", "✓ …"), then the area's name, then the region's;
/// the tag gives up room last.
fn columns(x: u16, width: u16, widths: Widths) -> Vec<(Column, u16, u16)> {
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
    out
}

/// `text` cut to `width` cells, then padded to exactly `width`.
fn fit(text: &str, width: u16) -> String {
    let cut = ellipsize(text, usize::from(width));
    let pad = usize::from(width).saturating_sub(cut.width());
    format!("{cut}{}", " ".repeat(pad))
}

/// The line under the table: the selected row in full (the columns may have cut it) at the
/// left, and how many rows the view has at the right, where it is never cut: the row gives
/// way first (cut with an ellipsis), and the order is said only when everything fits.
fn under_table(regions: &Regions, (first, shown): (usize, usize), width: u16) -> String {
    let width = usize::from(width);
    let lang = regions.lang;
    // What the page cuts, said in words: a full page looks the same as a whole list.
    let above = first > 0;
    let below = first + shown < regions.view.len();
    let count_id = match (above, below) {
        (true, true) => "cleura-count-above-below",
        (true, false) => "cleura-count-above",
        (false, true) => "cleura-count-below",
        (false, false) => "cleura-count",
    };
    let count = tr!(
        lang,
        count_id,
        shown = regions.view.len(),
        total = regions.rows.len()
    )
    .into_owned();
    let grouped = regions.grouped && regions.sort != Column::Area;
    let sorted_id = match (regions.descending, grouped) {
        (false, false) => "cleura-sorted",
        (true, false) => "cleura-sorted-reversed",
        (false, true) => "cleura-sorted-grouped",
        (true, true) => "cleura-sorted-reversed-grouped",
    };
    let sorted = tr!(
        lang,
        sorted_id,
        count = count.as_str(),
        column = regions.sort.title(lang).into_owned()
    )
    .into_owned();
    let selected = regions
        .selected_row()
        .map(|r| {
            tr!(
                lang,
                "cleura-selected-row",
                area = r.area.as_str(),
                region = r.region.as_str(),
                tag = r.tag.as_str(),
                domain = r.domain_id.as_str()
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

/// Who is signed in and where the token is kept, the filter (or the keys), and what is being
/// done, asked, went wrong or is worth knowing: at least `ABOVE` rows.
fn above(flow: &Cleura, regions: &Regions, app: &App, s: &mut Pieces<Target>) {
    let theme = s.theme;
    let width = s.width();
    let session = &regions.session;
    let lang = regions.lang;
    let kept = match &regions.kept {
        Ok(location) => {
            let kept_in = |place: &str| tr!(lang, "cleura-token-kept", place);
            // The place, at the end of the line, gives way from its start.
            let lead = kept_in("").width() as u16;
            let room = width.saturating_sub(lead);
            kept_in(&ellipsize_front(
                &location.short_in(lang),
                usize::from(room),
            ))
            .into_owned()
        }
        Err(why) => tr!(lang, "cleura-token-not-kept", why).into_owned(),
    };
    s.lines(vec![
        Line::from(vec![
            Span::styled(
                tr!(lang, "cleura-regions-of", login = session.login.as_str()),
                theme.title(),
            ),
            Span::styled(
                format!("  ·  {} ({})", session.endpoint, session.api.label()),
                theme.dim(),
            ),
        ]),
        Line::styled(kept, theme.dim()),
    ]);
    if regions.filtering || !regions.filter.is_empty() {
        filter_line(regions, s);
    } else {
        // Every key named in full where it fits; "Enter projects", also on the key bar,
        // gives way first on a narrow terminal.
        let keys = [
            tr(lang, "cleura-regions-keys"),
            tr(lang, "cleura-regions-keys-short"),
        ];
        let fits = keys
            .iter()
            .find(|k| k.width() <= usize::from(width))
            .unwrap_or(&keys[1]);
        s.lines(vec![Line::styled(fits.clone(), theme.dim())]);
    }
    let said = if let Some(words) = flow.working() {
        s.lines(vec![widgets::working(
            app.spinner,
            &format!("{words}…"),
            &theme,
        )])
    } else if regions.asking_sign_out {
        s.lines(vec![sign_out_question(regions, &theme)])
    } else if let Some(problem) = &regions.not_listed {
        s.text(&problem.message, Tone::Problem)
    } else if let Some(notice) = &regions.notice {
        s.lines(styled(wrap(notice, width, Tone::Plain), theme.warn()))
    } else {
        Rect::default()
    };
    // The row is kept when there is nothing to say, so that the table does not move.
    if said.height == 0 {
        s.gap(1);
    }
}

/// "/ Filter: what is typed", the cursor after it while typing.
fn filter_line(regions: &Regions, s: &mut Pieces<Target>) {
    let theme = s.theme;
    let lang = regions.lang;
    let filtering = regions.filtering;
    let label = format!("{} ", tr(lang, "cleura-filter"));
    let typed = regions.filter.value().to_string();
    // After "/ ", the label and what is typed.
    let cursor = filtering.then(|| 2 + (label.width() + typed.width()) as u16);
    let line = Line::from(vec![
        Span::styled("/ ", theme.key()),
        Span::styled(
            label,
            if filtering {
                theme.title()
            } else {
                theme.base()
            },
        ),
        Span::styled(typed, theme.input(filtering)),
        Span::styled(
            if filtering {
                format!("  {}", tr(lang, "cleura-filter-keys"))
            } else {
                String::new()
            },
            theme.dim(),
        ),
    ]);
    let row = s.take(1);
    let typing = Box::new(move |frame: &mut Frame, row: Rect| {
        frame.render_widget(Paragraph::new(line), row);
        if let Some(x) = cursor.map(|x| row.x + x).filter(|x| *x < row.right()) {
            frame.set_cursor_position((x, row.y));
        }
    });
    s.put(row, Piece::Drawn(typing), None);
}

/// "Sign out of login? y yes · n/Esc no".
fn sign_out_question<'a>(regions: &Regions, theme: &Theme) -> Line<'a> {
    let lang = regions.lang;
    let question = tr!(
        lang,
        "cleura-sign-out-question",
        login = regions.session.login.as_str()
    );
    Line::from(vec![
        Span::styled(format!("{question} "), theme.title()),
        Span::styled("y", theme.key()),
        Span::raw(format!(" {} · ", tr(lang, "cleura-yes"))),
        Span::styled("n", theme.key()),
        Span::raw("/"),
        Span::styled("Esc", theme.key()),
        Span::raw(format!(" {}", tr(lang, "cleura-no"))),
    ])
}

/// The columns' titles (a click sorts by one), a page of rows (a click selects one), and
/// the line under them: where that line went.
fn table(regions: &Regions, s: &mut Pieces<Target>) -> Rect {
    let theme = s.theme;
    let lang = regions.lang;
    let page = rows_under(s);
    let header = s.take(1);
    let rows = s.take(page);
    let under = s.take(1);
    let columns = columns(header.x, header.width, regions.widths);
    let first = regions.first_shown(usize::from(page.max(1)));
    let shown = regions
        .view
        .len()
        .saturating_sub(first)
        .min(usize::from(page));
    for &(column, x, width) in &columns {
        let mark = if column == regions.sort {
            if regions.descending { " ▼" } else { " ▲" }
        } else {
            ""
        };
        let title = fit(&format!("{}{mark}", column.title(lang)), width);
        let cell = Rect::new(x, header.y, width, 1).intersection(header);
        let title = Line::styled(title, theme.key());
        s.put(
            cell,
            Piece::Lines(vec![title]),
            Some(Target::Header(column)),
        );
    }
    let mut previous_area: Option<&str> = None;
    let together = regions.grouped || regions.sort == Column::Area;
    let (yes, no) = (tr(lang, "cleura-yes"), tr(lang, "cleura-no"));
    let page_of_rows = regions.view.iter().enumerate().skip(first).take(shown);
    for (y, (at, &index)) in (rows.y..).zip(page_of_rows) {
        let row = &regions.rows[index];
        let selected = at == regions.selected;
        // Grouped by area: the name only where a group starts on screen.
        let area = if together && previous_area == Some(row.area.as_str()) {
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
        let right = rows.right();
        let mut cells = Vec::new();
        for &(column, x, width) in columns.iter().take_while(|(_, x, _)| *x < right) {
            let status;
            let (text, style): (&str, Style) = match column {
                Column::Area => (area, base),
                Column::Region => (&row.region, base),
                Column::Tag => (&row.tag, base),
                Column::Status | Column::Domain => {
                    let (t, s) = status_cell(if column == Column::Status {
                        &row.status
                    } else {
                        &row.domain_status
                    });
                    status = t;
                    (&status, if selected { base } else { s(&theme) })
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
            cells.push((x, ellipsize(text, usize::from(room)).into_owned(), style));
        }
        let line = Rect::new(rows.x, y, rows.width, 1);
        let draw = Box::new(move |frame: &mut Frame, line: Rect| {
            row_cells(frame.buffer_mut(), line, selected, base, cells)
        });
        s.put(line, Piece::Drawn(draw), Some(Target::Row(at)));
    }
    if regions.view.is_empty() {
        let empty = if regions.rows.is_empty() {
            "cleura-no-region"
        } else {
            "cleura-no-region-matches"
        };
        let empty = Line::styled(format!("  {}", tr(lang, empty)), theme.dim());
        s.put(rows, Piece::Lines(vec![empty]), None);
    }
    let under_line = under_table(regions, (first, shown), under.width);
    s.put(
        under,
        Piece::Lines(vec![Line::styled(under_line, theme.dim())]),
        None,
    );
    under
}

/// A row written cell by cell into its columns, not as a padded line: the padding would be
/// walked grapheme by grapheme on every frame, and a thousand-row table must stay well under
/// a millisecond a frame.
fn row_cells(
    buf: &mut Buffer,
    line: Rect,
    selected: bool,
    base: Style,
    cells: Vec<(u16, String, Style)>,
) {
    buf.set_style(line, base);
    let width = usize::from(line.width);
    buf.set_stringn(
        line.x,
        line.y,
        if selected { "›" } else { " " },
        width,
        base,
    );
    for (x, text, style) in cells {
        let room = usize::from(line.right().saturating_sub(x));
        buf.set_stringn(x, line.y, text, room, style);
    }
}

/// The box the projects are shown in: a click outside closes it.
fn projects_area(body: Rect) -> Rect {
    crate::ui::layout::centered_box(body, 76, body.height.saturating_sub(4).max(6))
}

/// The projects of the region opened, in a box over the table (in `body`, above the line
/// `under` it).
fn projects(
    regions: &Regions,
    view: &ProjectsView,
    app: &App,
    (body, under): (Rect, Rect),
    s: &mut Pieces<Target>,
) {
    let theme = s.theme;
    let lang = regions.lang;
    let area = projects_area(body);
    // The box owns its rows from side to side, down to the line under the table (which
    // names the region): a table cut off by its border would read as part of the box.
    let owned = Rect::new(body.x, area.y, body.width, under.y.saturating_sub(area.y));
    let clear = Box::new(|frame: &mut Frame, rect: Rect| frame.render_widget(Clear, rect));
    s.put(area.union(owned), Piece::Drawn(clear), None);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border(true))
        .title(Span::styled(
            format!(
                " {} ",
                tr!(lang, "cleura-projects-title", region = view.label.as_str())
            ),
            theme.title(),
        ));
    let inner = block.inner(area);
    // Words stand two cells in, under the projects' names; marks (the selection, a spinner,
    // a problem's, what is cut above or below) in the column before them.
    let said = |text: &str, tone: Tone| {
        styled(
            wrap_indented(text, inner.width, tone, 2),
            tone.style(&theme),
        )
    };
    let mut lines: Vec<Line> = Vec::new();
    if view.own {
        lines.extend(said(&view.heading(&regions.session.login), Tone::Dim));
    }
    let mut blank = true;
    match &view.projects {
        None => lines.push(widgets::working(
            app.spinner,
            &format!(
                "{}…",
                crate::text::capitalized(Work::ListingProjects.said(lang))
            ),
            &theme,
        )),
        Some(Err(problem)) => lines.extend(styled(
            wrap(&problem.message, inner.width, Tone::Problem),
            theme.error(),
        )),
        Some(Ok(list)) if list.is_empty() && view.own => lines.extend(said(
            &tr!(
                lang,
                "cleura-no-project-own",
                login = regions.session.login.as_str()
            ),
            Tone::Dim,
        )),
        Some(Ok(list)) if list.is_empty() => {
            lines.extend(said(&tr(lang, "cleura-no-project"), Tone::Dim))
        }
        Some(Ok(list)) => {
            let entries: Vec<Vec<Line>> = list
                .iter()
                .enumerate()
                .map(|(i, p)| project_lines(lang, p, i == view.selected, &theme))
                .collect();
            // The room left under the heading, above the way back; the blank row before it
            // gives way when that shows more projects.
            let room = usize::from(inner.height).saturating_sub(lines.len() + 1);
            let spaced = window(&entries, view.selected, room.saturating_sub(1));
            let packed = window(&entries, view.selected, room);
            blank = packed.1 - packed.0 == spaced.1 - spaced.0;
            let (first, last) = if blank { spaced } else { packed };
            if first > 0 {
                lines.push(Line::styled(
                    tr!(lang, "cleura-more-above", count = first),
                    theme.dim(),
                ));
            }
            lines.extend(entries[first..=last].iter().flatten().cloned());
            if last + 1 < entries.len() {
                let below = entries.len() - last - 1;
                lines.push(Line::styled(
                    tr!(lang, "cleura-more-below", count = below),
                    theme.dim(),
                ));
            }
        }
    }
    if blank {
        lines.push(Line::raw(""));
    }
    lines.extend(said(&tr(lang, "cleura-back-to-regions-keys"), Tone::Dim));
    let boxed = Piece::Boxed(Box::new(block), lines);
    s.put(area, boxed, Some(Target::Projects));
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
