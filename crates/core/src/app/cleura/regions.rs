//! The regions the account can use: one row per region of each domain, filtered and sorted
//! here (never per frame: a table of a thousand rows stays quick), and the projects of a
//! domain on request.

use crate::api::ApiError;
use crate::api::cleura::{Domain, Project};
use crate::api::error::Refusal;
use crate::app::field::{CharRule, TextField};
use crate::app::problem::Problem;
use crate::config::CleuraApi;
use crate::lang::{Lang, tr, tr_static};
use crate::store::secrets::Location;
use crate::tr;

use super::Session;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Area,
    Region,
    Tag,
    Status,
    Domain,
    Enabled,
}

pub const COLUMNS: [Column; 6] = [
    Column::Area,
    Column::Region,
    Column::Tag,
    Column::Status,
    Column::Domain,
    Column::Enabled,
];

impl Column {
    pub fn title(self, lang: Lang) -> std::borrow::Cow<'static, str> {
        tr(
            lang,
            match self {
                Column::Area => "cleura-column-area",
                Column::Region => "cleura-column-region",
                Column::Tag => "cleura-column-tag",
                Column::Status => "cleura-column-status",
                Column::Domain => "cleura-column-domain-status",
                Column::Enabled => "cleura-column-enabled",
            },
        )
    }
}

/// One region of one domain, as a table row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub area: String,
    pub area_tag: String,
    pub region: String,
    pub tag: String,
    /// The region's status, or "—" when the API version does not give one.
    pub status: String,
    pub domain_id: String,
    pub domain_name: String,
    pub domain_status: String,
    pub enabled: bool,
    /// Lowercased text the filter searches.
    haystack: String,
}

impl Row {
    /// What its projects are asked for by: the domain and the region's tag.
    pub fn key(&self) -> (String, String) {
        (self.domain_id.clone(), self.tag.clone())
    }

    fn cell(&self, column: Column) -> &str {
        match column {
            Column::Area => &self.area,
            Column::Region => &self.region,
            Column::Tag => &self.tag,
            Column::Status => &self.status,
            Column::Domain => &self.domain_status,
            Column::Enabled => {
                if self.enabled {
                    "yes"
                } else {
                    "no"
                }
            }
        }
    }
}

impl ProjectsView {
    /// How many projects are listed (none while loading or when they could not be).
    pub fn count(&self) -> usize {
        self.projects
            .as_ref()
            .map_or(0, |p| p.as_ref().map_or(0, Vec::len))
    }

    /// Whose projects these are, in words, for the line above them.
    pub fn heading(&self, login: &str) -> String {
        let id = if self.own {
            "cleura-projects-own"
        } else {
            "cleura-projects-of"
        };
        tr!(self.lang, id, login, region = self.label.as_str()).into_owned()
    }
}

pub fn rows_of(lang: Lang, domains: &[Domain]) -> Vec<Row> {
    let mut rows = Vec::new();
    for d in domains {
        let regions = if d.area.regions.is_empty() {
            // A domain with no region listed still shows, so it can be opened.
            vec![None]
        } else {
            d.area.regions.iter().map(Some).collect()
        };
        for r in regions {
            let (region, tag, status) = match r {
                Some(r) => (
                    r.name.clone(),
                    r.tag.clone(),
                    r.status.clone().unwrap_or_else(|| "—".into()),
                ),
                None => (
                    tr(lang, "cleura-no-region-listed").into_owned(),
                    String::new(),
                    "—".into(),
                ),
            };
            let haystack = format!(
                "{} {} {} {} {} {} {}",
                d.area.name, d.area.tag, region, tag, d.name, d.id, d.status
            )
            .to_lowercase();
            rows.push(Row {
                area: d.area.name.clone(),
                area_tag: d.area.tag.clone(),
                region,
                tag,
                status,
                domain_id: d.id.clone(),
                domain_name: d.name.clone(),
                domain_status: d.status.clone(),
                enabled: d.enabled,
                haystack,
            });
        }
    }
    rows
}

#[derive(Clone, Debug)]
pub struct ProjectsView {
    pub domain: String,
    /// The region's tag: v2 lists projects by region.
    pub region: String,
    /// The region the person opened it from, for the heading.
    pub label: String,
    /// These are the signed-in login's own projects in the region (v2, whose API has no
    /// list of a domain's projects), not every project of the domain (v1).
    pub own: bool,
    /// None while loading.
    pub projects: Option<Result<Vec<Project>, Problem>>,
    pub selected: usize,
    pub lang: Lang,
}

#[derive(Clone, Debug)]
pub struct Regions {
    pub lang: Lang,
    pub session: Session,
    pub rows: Vec<Row>,
    /// Indexes into `rows`, filtered and sorted: what the table shows, in order.
    pub view: Vec<usize>,
    /// A position in `view`.
    pub selected: usize,
    /// The position in `view` of the first row on screen. `update` keeps it (see `follow`
    /// and `reveal`) so that the selection stays in sight and the last page is full; the
    /// view and the mouse read it through `first_shown`.
    pub top: usize,
    pub filter: TextField,
    pub filtering: bool,
    /// The selected row (an index into `rows`) and `top` when filtering began on the whole
    /// list: Esc goes back to that very screen if the selection has not moved since.
    unfiltered: Option<(usize, usize)>,
    pub sort: Column,
    pub descending: bool,
    /// Rows of one area kept together, ordered by the sort within it (`g`).
    pub grouped: bool,
    pub projects: Option<ProjectsView>,
    /// `x` was pressed: "sign out?" stands over the table until y, n or Esc.
    pub asking_sign_out: bool,
    /// A script or the plain mode chose "Projects of a region" and is asked which one.
    pub asking_region: bool,
    /// The session came from a token kept by an earlier run, not from a sign-in now.
    pub resumed: bool,
    /// Where the token is kept, or why it could not be.
    pub kept: Result<Location, String>,
    /// A passing remark (signed in from a kept token, a sign-out that stopped on the way).
    pub notice: Option<String>,
    /// Why the list could not be read, when it could not: a refusal or a failure, as a
    /// script's exit status tells them apart.
    pub not_listed: Option<Problem>,
    /// The widest area name, region name and tag, measured when the list changes (never
    /// per frame), so the table can give them the room they need.
    pub widths: Widths,
}

/// The widest cell of the columns whose width follows their text, in terminal cells.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Widths {
    pub area: u16,
    pub region: u16,
    pub tag: u16,
    /// The tag column's title, which its column shows whole.
    pub tag_title: u16,
}

impl Regions {
    pub fn new(
        lang: Lang,
        session: Session,
        domains: Result<Vec<Domain>, ApiError>,
        kept: Result<Location, String>,
        notice: Option<String>,
    ) -> Regions {
        let mut regions = Regions {
            lang,
            session,
            rows: Vec::new(),
            view: Vec::new(),
            selected: 0,
            top: 0,
            filter: TextField::new(
                tr_static(lang, "cleura-filter-field"),
                CharRule::Printable,
                64,
            )
            .lang(lang),
            filtering: false,
            unfiltered: None,
            sort: Column::Area,
            descending: false,
            grouped: false,
            projects: None,
            asking_sign_out: false,
            asking_region: false,
            resumed: false,
            kept,
            notice,
            not_listed: None,
            widths: Widths::default(),
        };
        regions.refreshed(domains);
        regions
    }

    pub fn refreshed(&mut self, domains: Result<Vec<Domain>, ApiError>) {
        match domains {
            Ok(domains) => {
                let keep = self
                    .selected_row()
                    .map(|r| (r.domain_id.clone(), r.tag.clone()));
                self.rows = rows_of(self.lang, &domains);
                // Indexes into the old rows mean nothing now.
                self.unfiltered = None;
                self.widths = widths(self.lang, &self.rows);
                self.not_listed = None;
                // The same region stays selected; when it is gone, the row at its place.
                let keep = keep.and_then(|(id, tag)| {
                    self.rows
                        .iter()
                        .position(|r| r.domain_id == id && r.tag == tag)
                });
                self.sift(keep, self.selected);
            }
            Err(e) => self.unlisted(Problem::from_api_in(self.lang, &e)),
        }
    }

    /// The list could not be read: said over the table until a refresh reads it.
    pub fn unlisted(&mut self, problem: Problem) {
        self.not_listed = Some(problem.within(self.lang, "cleura-regions-not-listed"));
    }

    pub fn selected_row(&self) -> Option<&Row> {
        self.view.get(self.selected).map(|&i| &self.rows[i])
    }

    /// Filters and sorts again (the filter or the order changed). The selected region stays
    /// selected wherever it moves to, as long as the view still has it; otherwise the first
    /// row is.
    pub fn recompute(&mut self) {
        let keep = self.view.get(self.selected).copied();
        self.sift(keep, 0);
    }

    /// Filters and sorts: by the chosen column over all rows (ties by area, then region), or
    /// within each area when grouped (areas by name). Then selects `keep` (an index into `rows`) if the view has it, else the row at
    /// `otherwise`.
    fn sift(&mut self, keep: Option<usize>, otherwise: usize) {
        let needle = self.filter.value().trim().to_lowercase();
        let mut view: Vec<usize> = (0..self.rows.len())
            .filter(|&i| needle.is_empty() || self.rows[i].haystack.contains(&needle))
            .collect();
        let (rows, sort, descending) = (&self.rows, self.sort, self.descending);
        let grouped = self.grouped && sort != Column::Area;
        view.sort_by(|&a, &b| {
            let (a, b) = (&rows[a], &rows[b]);
            let by_area = natural(&a.area, &b.area);
            let by_column = natural(a.cell(sort), b.cell(sort));
            let by_column = if descending {
                by_column.reverse()
            } else {
                by_column
            };
            if grouped {
                by_area.then(by_column)
            } else {
                by_column
            }
            .then(by_area)
            .then_with(|| natural(&a.region, &b.region))
        });
        self.selected = keep
            .and_then(|k| view.iter().position(|&i| i == k))
            .unwrap_or(otherwise)
            .min(view.len().saturating_sub(1));
        self.view = view;
    }

    pub fn next_sort(&mut self) {
        let at = COLUMNS.iter().position(|c| *c == self.sort).unwrap_or(0);
        self.sort = COLUMNS[(at + 1) % COLUMNS.len()];
        self.descending = false;
        self.recompute();
    }

    pub fn toggle_grouped(&mut self) {
        self.grouped = !self.grouped;
        self.recompute();
    }

    pub fn reverse_sort(&mut self) {
        self.descending = !self.descending;
        self.recompute();
    }

    pub fn sort_by(&mut self, column: Column) {
        if self.sort == column {
            self.descending = !self.descending;
        } else {
            self.sort = column;
            self.descending = false;
        }
        self.recompute();
    }

    pub fn start_filter(&mut self) {
        self.filtering = true;
        if self.filter.is_empty() {
            self.unfiltered = self.view.get(self.selected).map(|&row| (row, self.top));
        }
    }

    /// Leaves the filter field, keeping what it filters (Enter).
    pub fn keep_filter(&mut self) {
        self.filtering = false;
    }

    /// Leaves the filter field and empties it (Esc). The selected region stays selected; if
    /// it is the one selected before filtering, the page is back where it was too.
    pub fn stop_filter(&mut self) {
        self.filtering = false;
        self.filter.clear();
        self.recompute();
        if let Some((row, top)) = self.unfiltered.take()
            && self.view.get(self.selected) == Some(&row)
        {
            self.top = top;
        }
    }

    pub fn move_by(&mut self, delta: isize) {
        if self.view.is_empty() {
            return;
        }
        let last = self.view.len() - 1;
        let at = self.selected as isize + delta;
        self.selected = at.clamp(0, last as isize) as usize;
    }

    /// The first row on screen for a page of `page` rows: `top`, moved as little as needed
    /// to show the selection, and never so far down that the page ends with blank rows
    /// while rows exist above. Cheap and pure: the view and the mouse both call it.
    pub fn first_shown(&self, page: usize) -> usize {
        let page = page.max(1);
        let last_top = self.view.len().saturating_sub(page);
        let top = self
            .top
            .min(self.selected)
            .max((self.selected + 1).saturating_sub(page));
        top.min(last_top)
    }

    /// After a move: the page scrolls as little as keeps the selection in sight.
    pub fn follow(&mut self, page: usize) {
        self.top = self.first_shown(page);
    }

    /// After the view changed (filtered, sorted, refreshed): the page stays where it was if
    /// the selection is still on it; otherwise the selection is shown in its middle.
    pub fn reveal(&mut self, page: usize) {
        let page = page.max(1);
        let last_top = self.view.len().saturating_sub(page);
        let top = self.top.min(last_top);
        self.top = if (top..top + page).contains(&self.selected) {
            top
        } else {
            self.selected.saturating_sub(page / 2).min(last_top)
        };
    }

    /// PageDown (`pages` 1) or PageUp (-1): the selection and the page move by exactly the
    /// rows a page shows, so the selection keeps its line on screen; at either end the page
    /// stops and the selection goes on to the first or last row.
    pub fn page_by(&mut self, pages: isize, page: usize) {
        if self.view.is_empty() {
            return;
        }
        let page = page.max(1);
        let step = pages.saturating_mul(page as isize);
        let last_top = self.view.len().saturating_sub(page);
        let top = self.first_shown(page) as isize + step;
        self.move_by(step);
        self.top = top.clamp(0, last_top as isize) as usize;
        self.follow(page);
    }

    pub fn opening(&mut self, domain: &str, region: &str) {
        let label = self
            .rows
            .iter()
            .find(|r| r.domain_id == domain && r.tag == region)
            .map(|r| format!("{} ({})", r.area, r.tag))
            .unwrap_or_else(|| domain.to_string());
        self.projects = Some(ProjectsView {
            domain: domain.to_string(),
            region: region.to_string(),
            label,
            own: self.session.api == CleuraApi::V2,
            projects: None,
            selected: 0,
            lang: self.lang,
        });
    }

    pub fn projects_loaded(
        &mut self,
        domain: &str,
        region: &str,
        projects: Result<Vec<Project>, ApiError>,
    ) {
        let lang = self.lang;
        if let Some(view) = &mut self.projects
            && view.domain == domain
            && view.region == region
        {
            view.projects = Some(projects.map_err(|e| match e.refusal() {
                // The token works (the regions were listed with it); this login lacks access
                // to these projects, which only an administrator of the account can give.
                Some(Refusal::NoAccess) => Problem::refused(tr!(
                    lang,
                    "cleura-projects-no-access",
                    login = self.session.login.as_str(),
                    region = view.label.as_str(),
                    said = e.said_in(lang)
                )),
                _ => Problem::from_api_in(lang, &e),
            }));
        }
    }

    /// A domain named by its id, its region tag (case-sensitive first, then not), or its
    /// area's name: how a script names one.
    pub fn find_domain(&self, name: &str) -> Option<&Row> {
        let lower = name.to_lowercase();
        self.rows
            .iter()
            .find(|r| r.domain_id == name || r.tag == name)
            .or_else(|| {
                self.rows.iter().find(|r| {
                    r.tag.to_lowercase() == lower
                        || r.area.to_lowercase() == lower
                        || r.area_tag.to_lowercase() == lower
                })
            })
    }
}

/// The widest area name, region name and tag, and the tag column's title, in terminal cells.
fn widths(lang: Lang, rows: &[Row]) -> Widths {
    use unicode_width::UnicodeWidthStr;
    let widest = |f: fn(&Row) -> &str| {
        rows.iter()
            .map(|r| f(r).width())
            .max()
            .unwrap_or(0)
            .min(usize::from(u16::MAX)) as u16
    };
    Widths {
        area: widest(|r| &r.area),
        region: widest(|r| &r.region),
        tag: widest(|r| &r.tag),
        tag_title: Column::Tag.title(lang).width().min(usize::from(u16::MAX)) as u16,
    }
}

/// Text order with numbers compared as numbers ("Sto2" before "Sto10").
fn natural(a: &str, b: &str) -> std::cmp::Ordering {
    let (mut a, mut b) = (a.chars().peekable(), b.chars().peekable());
    loop {
        match (a.peek().copied(), b.peek().copied()) {
            (None, None) => return std::cmp::Ordering::Equal,
            (None, Some(_)) => return std::cmp::Ordering::Less,
            (Some(_), None) => return std::cmp::Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let mut na = String::new();
                while let Some(c) = a.peek().copied().filter(char::is_ascii_digit) {
                    na.push(c);
                    a.next();
                }
                let mut nb = String::new();
                while let Some(c) = b.peek().copied().filter(char::is_ascii_digit) {
                    nb.push(c);
                    b.next();
                }
                let order = na
                    .trim_start_matches('0')
                    .len()
                    .cmp(&nb.trim_start_matches('0').len())
                    .then_with(|| na.trim_start_matches('0').cmp(nb.trim_start_matches('0')));
                if order != std::cmp::Ordering::Equal {
                    return order;
                }
            }
            (Some(x), Some(y)) => {
                let order = x.to_lowercase().cmp(y.to_lowercase());
                if order != std::cmp::Ordering::Equal {
                    return order;
                }
                a.next();
                b.next();
            }
        }
    }
}

#[cfg(test)]
#[path = "regions_tests.rs"]
mod tests;
