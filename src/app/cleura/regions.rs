//! The regions the account can use: one row per region of each domain, grouped by area,
//! filtered and sorted here in `update` (never per frame) so the view only draws the rows
//! that fit. A domain's projects open in a sub-screen.

use std::cmp::Ordering;

use unicode_width::UnicodeWidthStr;

use super::Session;
use crate::api::cleura::{Domain, Project};
use crate::app::field::{CharRule, TextField};
use crate::store::secrets::Location;

/// One region of one domain, as the table shows it ("" where the API said nothing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub area: String,
    pub area_tag: String,
    pub region: String,
    pub tag: String,
    pub status: String,
    pub domain_id: String,
    pub domain: String,
    pub domain_status: String,
    pub enabled: Option<bool>,
    /// Every cell, lowercased, for the filter.
    haystack: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Area,
    Region,
    Tag,
    Status,
    Domain,
    Enabled,
}

impl Column {
    pub const ALL: [Column; 6] = [
        Column::Area,
        Column::Region,
        Column::Tag,
        Column::Status,
        Column::Domain,
        Column::Enabled,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Column::Area => "Area",
            Column::Region => "Region",
            Column::Tag => "Tag",
            Column::Status => "Status",
            Column::Domain => "Domain",
            Column::Enabled => "Enabled",
        }
    }

    pub fn index(self) -> usize {
        Column::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }

    pub fn next(self) -> Column {
        Column::ALL[(self.index() + 1) % Column::ALL.len()]
    }
}

/// A status word with a symbol before it, so it reads without colour.
pub fn status_cell(word: &str) -> String {
    if word.is_empty() {
        return "—".into();
    }
    format!("{} {word}", status_mark(word))
}

/// `✓` for a state that works, `✗` for one that does not, `…` for one on its way.
pub fn status_mark(word: &str) -> &'static str {
    match word.to_lowercase().as_str() {
        "active" | "provisioned" | "ok" | "available" | "enabled" | "up" => "✓",
        "error" | "failed" | "deleted" | "disabled" | "suspended" | "inactive" | "down"
        | "blocked" => "✗",
        _ => "…",
    }
}

pub fn enabled_cell(enabled: Option<bool>) -> &'static str {
    match enabled {
        Some(true) => "✓ yes",
        Some(false) => "✗ no",
        None => "—",
    }
}

impl Row {
    fn new(domain: &Domain, region: Option<&crate::api::cleura::Region>) -> Row {
        let area = domain.area.as_ref();
        let text = |v: Option<&String>| v.cloned().unwrap_or_default();
        let mut row = Row {
            area: text(area.and_then(|a| a.name.as_ref())),
            area_tag: text(area.and_then(|a| a.tag.as_ref())),
            region: text(region.and_then(|r| r.name.as_ref())),
            tag: text(region.and_then(|r| r.tag.as_ref())),
            status: text(region.and_then(|r| r.status.as_ref())),
            domain_id: domain.id.text(),
            domain: text(domain.name.as_ref()),
            domain_status: text(domain.status.as_ref()),
            enabled: domain.enabled,
            haystack: String::new(),
        };
        row.haystack = Column::ALL
            .iter()
            .map(|c| row.cell(*c))
            .chain([
                row.area_tag.clone(),
                row.domain.clone(),
                row.domain_id.clone(),
            ])
            .collect::<Vec<_>>()
            .join("\u{1f}")
            .to_lowercase();
        row
    }

    /// The cell's text as shown.
    pub fn cell(&self, column: Column) -> String {
        match column {
            Column::Area => or_dash(&self.area),
            Column::Region => or_dash(&self.region),
            Column::Tag => or_dash(&self.tag),
            Column::Status => status_cell(&self.status),
            Column::Domain => status_cell(&self.domain_status),
            Column::Enabled => enabled_cell(self.enabled).into(),
        }
    }

    fn key(&self, column: Column) -> &str {
        match column {
            Column::Area => &self.area,
            Column::Region => &self.region,
            Column::Tag => &self.tag,
            Column::Status => &self.status,
            Column::Domain => &self.domain_status,
            Column::Enabled => match self.enabled {
                Some(true) => "0",
                Some(false) => "1",
                None => "2",
            },
        }
    }
}

fn or_dash(text: &str) -> String {
    if text.is_empty() {
        "—".into()
    } else {
        text.to_string()
    }
}

/// Rows from domains: each region of each domain; a domain without regions is one row.
pub fn rows(domains: &[Domain]) -> Vec<Row> {
    let mut rows = Vec::new();
    for domain in domains {
        let regions = domain
            .area
            .as_ref()
            .map(|a| a.regions.as_slice())
            .unwrap_or_default();
        if regions.is_empty() {
            rows.push(Row::new(domain, None));
        }
        for region in regions {
            rows.push(Row::new(domain, Some(region)));
        }
    }
    rows
}

#[derive(Debug)]
pub struct Table {
    pub rows: Vec<Row>,
    /// Indices into `rows`: those the filter keeps, in the sort order.
    pub view: Vec<usize>,
    pub filter: TextField,
    /// The filter field has the keys.
    pub filtering: bool,
    pub sort: Column,
    pub descending: bool,
    /// An index into `view`.
    pub selected: usize,
    /// The first row of `view` shown.
    pub offset: usize,
    /// Each column's widest cell (title included, not its sort mark), measured when the
    /// rows change.
    pub widths: [usize; 6],
}

impl Default for Table {
    fn default() -> Table {
        Table {
            rows: Vec::new(),
            view: Vec::new(),
            filter: TextField::new("Filter", CharRule::Printable, 64)
                .placeholder("area, region, tag or status"),
            filtering: false,
            sort: Column::Area,
            descending: false,
            selected: 0,
            offset: 0,
            widths: [0; 6],
        }
    }
}

impl Table {
    /// New rows (a refresh): filter, sort and the selected region are kept.
    pub fn set_rows(&mut self, rows: Vec<Row>) {
        let was = self
            .selected_row()
            .map(|r| (r.domain_id.clone(), r.tag.clone()));
        self.rows = rows;
        self.widths = Column::ALL.map(|c| {
            self.rows
                .iter()
                .map(|r| r.cell(c).width())
                .max()
                .unwrap_or(0)
                .max(c.title().width())
        });
        self.apply();
        if let Some((domain, tag)) = was
            && let Some(i) = self
                .view
                .iter()
                .position(|&i| self.rows[i].domain_id == domain && self.rows[i].tag == tag)
        {
            self.selected = i;
        }
    }

    /// Filters and sorts again (after the rows, the filter or the sort changed).
    pub fn apply(&mut self) {
        let needle = self.filter.value().trim().to_lowercase();
        let words: Vec<&str> = needle.split_whitespace().collect();
        self.view = (0..self.rows.len())
            .filter(|&i| words.iter().all(|w| self.rows[i].haystack.contains(w)))
            .collect();
        let (sort, rows) = (self.sort, &self.rows);
        self.view.sort_by(|&a, &b| {
            let (a, b) = (&rows[a], &rows[b]);
            let first = compare(a.key(sort), b.key(sort));
            let first = if self.descending {
                first.reverse()
            } else {
                first
            };
            first
                .then_with(|| compare(&a.area, &b.area))
                .then_with(|| compare(&a.region, &b.region))
                .then_with(|| a.tag.cmp(&b.tag))
        });
        self.selected = self.selected.min(self.view.len().saturating_sub(1));
        self.offset = self.offset.min(self.selected);
    }

    /// Sorts by `column`; the same column again reverses the order.
    pub fn sort_by(&mut self, column: Column) {
        if self.sort == column {
            self.descending = !self.descending;
        } else {
            self.sort = column;
            self.descending = false;
        }
        self.apply();
    }

    /// The next column, ascending.
    pub fn cycle_sort(&mut self) {
        self.sort = self.sort.next();
        self.descending = false;
        self.apply();
    }

    pub fn selected_row(&self) -> Option<&Row> {
        self.view.get(self.selected).map(|&i| &self.rows[i])
    }

    /// Moves the selection by `delta` rows (clamped), keeping it within `visible` rows of
    /// the offset.
    pub fn move_by(&mut self, delta: isize, visible: usize) {
        if self.view.is_empty() {
            return;
        }
        let last = self.view.len() - 1;
        self.selected = self.selected.saturating_add_signed(delta).min(last);
        self.scroll(visible);
    }

    pub fn select(&mut self, index: usize, visible: usize) {
        if index < self.view.len() {
            self.selected = index;
            self.scroll(visible);
        }
    }

    pub fn scroll(&mut self, visible: usize) {
        let visible = visible.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + visible {
            self.offset = self.selected + 1 - visible;
        }
    }

    /// The rows shown from `offset`, at most `visible` of them, each with whether it starts
    /// a new area (its area is then written; below it, left blank as a group).
    pub fn visible(&self, visible: usize) -> impl Iterator<Item = (usize, &Row, bool)> {
        let offset = self.shown_offset(visible);
        self.view
            .iter()
            .enumerate()
            .skip(offset)
            .take(visible)
            .map(move |(i, &r)| {
                let row = &self.rows[r];
                let first = i == offset || self.rows[self.view[i - 1]].area != row.area;
                (i, row, first)
            })
    }

    /// The offset the view uses: the stored one, moved just enough to show the selection
    /// (a terminal made smaller since the last key).
    pub fn shown_offset(&self, visible: usize) -> usize {
        let visible = visible.max(1);
        let mut offset = self.offset.min(self.view.len().saturating_sub(1));
        if self.selected < offset {
            offset = self.selected;
        } else if self.selected >= offset + visible {
            offset = self.selected + 1 - visible;
        }
        offset
    }

    /// The table as plain text lines, for `ask()` and scripts.
    pub fn text_lines(&self) -> Vec<String> {
        let widths = self.widths;
        let line = |cells: [String; 6]| {
            let mut out = String::new();
            for (i, cell) in cells.iter().enumerate() {
                if i > 0 {
                    out.push_str("  ");
                }
                out.push_str(cell);
                if i + 1 < cells.len() {
                    out.push_str(&" ".repeat(widths[i].saturating_sub(cell.width())));
                }
            }
            out.trim_end().to_string()
        };
        let mut lines = vec![line(Column::ALL.map(|c| c.title().to_string()))];
        let mut last_area: Option<&str> = None;
        for &i in &self.view {
            let row = &self.rows[i];
            let mut cells = Column::ALL.map(|c| row.cell(c));
            if last_area == Some(row.area.as_str()) {
                cells[0] = String::new();
            }
            last_area = Some(row.area.as_str());
            lines.push(line(cells));
        }
        lines
    }
}

/// Text compares without case, with numbers in text by value ("Region 9" before "Region 10").
fn compare(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a.chars().peekable(), b.chars().peekable());
    loop {
        match (a.peek().copied(), b.peek().copied()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let take = |it: &mut std::iter::Peekable<std::str::Chars>| {
                    let mut n = String::new();
                    while let Some(c) = it.peek().copied().filter(char::is_ascii_digit) {
                        n.push(c);
                        it.next();
                    }
                    n
                };
                let (na, nb) = (take(&mut a), take(&mut b));
                let (ta, tb) = (na.trim_start_matches('0'), nb.trim_start_matches('0'));
                let order = ta.len().cmp(&tb.len()).then_with(|| ta.cmp(tb));
                if order != Ordering::Equal {
                    return order;
                }
            }
            (Some(x), Some(y)) => {
                let order = x.to_lowercase().cmp(y.to_lowercase());
                if order != Ordering::Equal {
                    return order;
                }
                a.next();
                b.next();
            }
        }
    }
}

#[derive(Debug)]
pub enum ProjectsState {
    Loading,
    Loaded(Vec<Project>),
    Failed(String),
}

/// A domain's projects, in the sub-screen.
#[derive(Debug)]
pub struct Projects {
    pub domain_id: String,
    pub area: String,
    pub domain: String,
    pub state: ProjectsState,
    pub selected: usize,
}

impl Projects {
    pub fn loading(row: &Row) -> Projects {
        Projects {
            domain_id: row.domain_id.clone(),
            area: row.area.clone(),
            domain: row.domain.clone(),
            state: ProjectsState::Loading,
            selected: 0,
        }
    }
}

/// Signed in: the session, where its token is kept, and the table.
#[derive(Debug)]
pub struct Regions {
    pub session: Session,
    pub kept: Result<Location, String>,
    pub table: Table,
    /// The domains were read at least once.
    pub loaded: bool,
    /// Why the last load failed (the table keeps what it had).
    pub problem: Option<String>,
    pub projects: Option<Projects>,
}

impl Regions {
    pub fn new(session: Session, kept: Result<Location, String>) -> Regions {
        Regions {
            session,
            kept,
            table: Table::default(),
            loaded: false,
            problem: None,
            projects: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn domains(n: usize) -> Vec<Domain> {
        let list: Vec<serde_json::Value> = (0..n)
            .map(|i| {
                serde_json::json!({
                    "id": format!("d{i}"),
                    "name": "CCP",
                    "status": if i % 3 == 0 { "provisioning" } else { "provisioned" },
                    "enabled": i % 2 == 0,
                    "area": {"id": i, "name": format!("Area {}", i % 7), "tag": "X",
                        "regions": [{"id": i, "name": format!("Region {i}"), "tag": format!("R{i}")}]}
                })
            })
            .collect();
        serde_json::from_value(serde_json::Value::Array(list)).unwrap()
    }

    #[test]
    fn filter_and_sort_happen_on_the_rows_and_keep_the_selection() {
        let mut t = Table::default();
        t.set_rows(rows(&domains(12)));
        assert_eq!(t.view.len(), 12);
        assert_eq!(t.rows[t.view[0]].area, "Area 0");
        t.filter.set_value("r1");
        t.apply();
        let tags: Vec<&str> = t.view.iter().map(|&i| t.rows[i].tag.as_str()).collect();
        assert_eq!(tags, ["R1", "R10", "R11"]);
        t.filter.set_value("");
        t.apply();
        t.sort_by(Column::Region);
        let first: Vec<&str> = t
            .view
            .iter()
            .take(3)
            .map(|&i| t.rows[i].tag.as_str())
            .collect();
        assert_eq!(first, ["R0", "R1", "R2"], "numbers in names sort by value");
        t.sort_by(Column::Region);
        assert!(t.descending);
        assert_eq!(t.rows[t.view[0]].tag, "R11");
        t.select(3, 5);
        let tag = t.selected_row().unwrap().tag.clone();
        t.set_rows(rows(&domains(12)));
        assert_eq!(
            t.selected_row().unwrap().tag,
            tag,
            "a refresh keeps the selection"
        );
    }

    #[test]
    fn areas_group_their_rows() {
        let mut t = Table::default();
        t.set_rows(rows(&domains(14)));
        let firsts: Vec<bool> = t.visible(4).map(|(_, _, first)| first).collect();
        assert_eq!(firsts, [true, false, true, false], "two regions per area");
        let text = t.text_lines();
        assert!(text[0].starts_with("Area"), "{text:?}");
        assert!(
            text[2].starts_with("  "),
            "a group's second row leaves the area blank"
        );
    }

    #[test]
    fn scrolling_keeps_the_selection_in_view() {
        let mut t = Table::default();
        t.set_rows(rows(&domains(50)));
        t.move_by(20, 10);
        assert_eq!((t.selected, t.offset), (20, 11));
        t.move_by(-15, 10);
        assert_eq!((t.selected, t.offset), (5, 5));
        t.move_by(1000, 10);
        assert_eq!(t.selected, 49);
        assert_eq!(t.shown_offset(3), 47);
    }
}
