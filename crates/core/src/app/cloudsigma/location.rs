//! Step 1: where the account lives. Each CloudSigma location is its own cloud with its own
//! API; a partner's cloud is reached through a custom API address. Typing filters the list
//! (the filter is a text field, so letters are text there: ↑/↓ move, Enter chooses).
//!
//! The list is CloudSigma's own (`cloudsigma/cloudsigma-docs` `dumps/locations.csv`), built
//! in, and replaced by the API's `GET locations/` when that answers: locations come and go
//! (SJC was removed in November 2025), and several live on partners' hosts.

use ratatui::crossterm::event::KeyEvent;

use crate::app::field::{CharRule, TextField};
use crate::app::problem::Problem;
use crate::config::{CloudSigmaConfig, usable_endpoint};
use crate::lang::tr_static;
use crate::lang::{Lang, tr};
use crate::tr;

/// A location: its code, its name and its API address, as CloudSigma's list gives them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// `ZRH`, `MNL2`: compared without regard to case.
    pub code: String,
    /// "Switzerland, Zurich" in the built-in list, "Zurich, Switzerland" from the API.
    pub name: String,
    /// `https://zrh.cloudsigma.com/api/2.0/`, or a partner's host.
    pub api: String,
}

/// CloudSigma's locations as `dumps/locations.csv` lists them (cloudsigma-docs, January
/// 2026): name, code, API address, as given.
pub const BUILT_IN: [(&str, &str, &str); 16] = [
    (
        "Australia, Perth",
        "PER",
        "https://per.cloudsigma.com/api/2.0/",
    ),
    (
        "Germany, Dusseldorf",
        "DUS",
        "https://dus.cloudsigma.com/api/2.0/",
    ),
    (
        "Germany, Frankfurt",
        "FRA",
        "https://fra.cloudsigma.com/api/2.0/",
    ),
    (
        "Ireland, Dublin",
        "DUB",
        "https://ec.servecentric.com/api/2.0/",
    ),
    ("Japan, Tokyo", "TYO", "https://tyo.cloudsigma.com/api/2.0/"),
    (
        "Philippines, Clark",
        "CRK",
        "https://crk.cloudsigma.com/api/2.0/",
    ),
    (
        "Philippines, Manila",
        "MNL",
        "https://mnl.cloudsigma.com/api/2.0/",
    ),
    (
        "Philippines, Manila-2",
        "MNL2",
        "https://mnl2.cloudsigma.com/api/2.0/",
    ),
    (
        "Saudi Arabia, Riyadh",
        "RUH",
        "https://ruh.cld.v2.sa/api/2.0/",
    ),
    (
        "Switzerland, Geneva",
        "GVA",
        "https://gva.cloudsigma.com/api/2.0/",
    ),
    (
        "Switzerland, Zurich",
        "ZRH",
        "https://zrh.cloudsigma.com/api/2.0/",
    ),
    ("Turkey, Izmir", "ADB", "https://siaflex.cloud/api/2.0/"),
    ("UK, Cardiff", "CWL", "https://cwl.cloudsigma.com/api/2.0/"),
    ("UK, London", "LON", "https://lon.cloudsigma.com/api/2.0/"),
    (
        "United States, Honolulu",
        "HNL",
        "https://hnl.cloudsigma.com/api/2.0/",
    ),
    (
        "United States, Washington DC",
        "WDC",
        "https://wdc.alpha3cloud.com/api/2.0/",
    ),
];

/// The code kept for a partner's cloud, whose address is kept beside it.
pub const CUSTOM_CODE: &str = "custom";

/// The location whose API is asked for the current list, and the default one.
pub const HOME_CODE: &str = "ZRH";

pub fn built_in() -> Vec<Place> {
    BUILT_IN
        .iter()
        .map(|(name, code, api)| Place {
            code: (*code).into(),
            name: (*name).into(),
            api: (*api).into(),
        })
        .collect()
}

impl Place {
    pub fn is(&self, code: &str) -> bool {
        self.code.eq_ignore_ascii_case(code.trim())
    }

    /// Where its API answers: its own address, unless the config puts every location at
    /// one address pattern (the sandbox does).
    pub fn api(&self, config: &CloudSigmaConfig) -> String {
        match &config.api_template {
            Some(template) => api_for(template, &self.code),
            None => self.api.clone(),
        }
    }

    fn matches(&self, filter: &str) -> bool {
        let filter = filter.trim().to_lowercase();
        filter.is_empty()
            || [&self.code, &self.name]
                .iter()
                .any(|s| s.to_lowercase().contains(&filter))
    }
}

/// A template's address for a code: `{loc}` is the code in lowercase, as hosts are.
pub fn api_for(template: &str, code: &str) -> String {
    template.replace("{loc}", &code.to_lowercase())
}

/// Where the list shown comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListSource {
    /// The built-in list; CloudSigma has not been asked (yet).
    BuiltIn,
    /// The built-in list, while CloudSigma is asked for the current one.
    Asking,
    /// CloudSigma's current list, from its API.
    Live,
    /// The built-in list: the current one could not be read, for this reason.
    Unavailable(String),
}

/// A row of the list: a location (its index in the form's list) or the custom address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Place(usize),
    Custom,
}

/// Where the account is, once chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chosen {
    Place(Place),
    Custom(String),
}

impl Chosen {
    pub fn api(&self, config: &CloudSigmaConfig) -> String {
        match self {
            Chosen::Place(place) => place.api(config),
            Chosen::Custom(url) => url.clone(),
        }
    }

    /// In words: "Switzerland, Zurich (ZRH)" or the custom address's host.
    pub fn label(&self) -> String {
        match self {
            Chosen::Place(place) => format!("{} ({})", place.name, place.code),
            Chosen::Custom(url) => url::Url::parse(url)
                .ok()
                .and_then(|u| u.host_str().map(str::to_string))
                .unwrap_or_else(|| url.clone()),
        }
    }

    /// A short form for the header's breadcrumb.
    pub fn short(&self) -> String {
        match self {
            Chosen::Place(place) => place.name.clone(),
            Chosen::Custom(_) => self.label(),
        }
    }

    /// What `--location` takes to name it again: the code, or a partner's API address.
    pub fn given(&self) -> &str {
        match self {
            Chosen::Place(place) => &place.code,
            Chosen::Custom(url) => url,
        }
    }

    /// What the state file and a kept session keep: a code, or `custom` with the address.
    pub fn code(&self) -> &str {
        match self {
            Chosen::Place(place) => &place.code,
            Chosen::Custom(_) => CUSTOM_CODE,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Filter,
    Custom,
}

/// What a key did on this screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Nothing,
    /// A location was chosen (`chosen` is set): go on.
    Chosen,
}

#[derive(Clone, Debug)]
pub struct LocationForm {
    /// The locations offered: the built-in list, or CloudSigma's current one.
    pub places: Vec<Place>,
    pub source: ListSource,
    pub filter: TextField,
    pub custom: TextField,
    /// The highlighted row (kept by identity, not position, so filtering does not move it
    /// to another location).
    pub selected: Row,
    pub focus: Focus,
    pub chosen: Option<Chosen>,
}

pub const CUSTOM_PLACEHOLDER: &str = "https://cloud.example.com/api/2.0/";

impl LocationForm {
    /// Starts on the remembered choice, else the configured default.
    pub fn new(
        config: &CloudSigmaConfig,
        saved_code: Option<&str>,
        saved_custom: Option<&str>,
        sandbox: bool,
        lang: Lang,
    ) -> LocationForm {
        let (code, custom) = match saved_code {
            Some(code) => (code, saved_custom),
            None => (config.location.as_str(), config.custom_api.as_deref()),
        };
        let mut custom_field = TextField::new(
            tr_static(lang, "cloudsigma-field-custom"),
            CharRule::NoSpace,
            300,
        )
        .lang(lang)
        .placeholder(CUSTOM_PLACEHOLDER);
        if let Some(url) = custom {
            custom_field.set_value(url);
        }
        let places = built_in();
        let default_place = place_index(&places, &config.location)
            .or_else(|| place_index(&places, HOME_CODE))
            .unwrap_or(0);
        // In the sandbox every location is the sandbox; a partner's address remembered from
        // a real run is offered in its field but not preselected, so nothing leaves the
        // machine unless asked for.
        let selected = match place_index(&places, code) {
            Some(i) => Row::Place(i),
            None if code == CUSTOM_CODE && custom.is_some() && !sandbox => Row::Custom,
            None => Row::Place(default_place),
        };
        LocationForm {
            places,
            source: ListSource::BuiltIn,
            filter: TextField::new(
                tr_static(lang, "cloudsigma-field-filter"),
                CharRule::Printable,
                40,
            )
            .lang(lang)
            .placeholder(tr_static(lang, "cloudsigma-field-filter-placeholder")),
            custom: custom_field,
            selected,
            focus: Focus::Filter,
            chosen: None,
        }
    }

    /// The rows shown: the locations the filter matches, then the custom address (always
    /// there, so a partner's cloud is never filtered away).
    pub fn rows(&self) -> Vec<Row> {
        let mut rows: Vec<Row> = self
            .places
            .iter()
            .enumerate()
            .filter(|(_, p)| p.matches(self.filter.value()))
            .map(|(i, _)| Row::Place(i))
            .collect();
        rows.push(Row::Custom);
        rows
    }

    pub fn selected_index(&self) -> usize {
        let rows = self.rows();
        rows.iter().position(|r| *r == self.selected).unwrap_or(0)
    }

    /// After the filter changed: a location still shown stays highlighted; otherwise the
    /// best (first) match is, and the custom address only when no location matches.
    fn keep_selection_visible(&mut self) {
        let rows = self.rows();
        let keep = matches!(self.selected, Row::Place(_)) && rows.contains(&self.selected);
        if !keep {
            self.selected = rows[0];
        }
    }

    pub fn move_selection(&mut self, down: bool) {
        let rows = self.rows();
        let at = self.selected_index();
        let next = if down {
            (at + 1).min(rows.len() - 1)
        } else {
            at.saturating_sub(1)
        };
        self.selected = rows[next];
    }

    /// A key the focused field takes as an edit; the filter's highlight follows it.
    pub fn type_key(&mut self, key: &KeyEvent) {
        match self.focus {
            Focus::Filter => {
                self.filter.handle_key(key);
                self.keep_selection_visible();
            }
            Focus::Custom => {
                self.custom.handle_key(key);
            }
        }
    }

    pub fn paste(&mut self, text: &str) {
        match self.focus {
            Focus::Filter => {
                self.filter.paste(text);
                self.keep_selection_visible();
            }
            Focus::Custom => self.custom.paste(text),
        }
    }

    pub fn focus_custom(&mut self) {
        self.focus = Focus::Custom;
        self.selected = Row::Custom;
    }

    /// The highlighted location, when a location (not the custom row) is highlighted.
    pub fn selected_place(&self) -> Option<&Place> {
        match self.selected {
            Row::Place(i) => self.places.get(i),
            Row::Custom => None,
        }
    }

    /// The index of the location with this code, in the list shown now.
    pub fn index_of(&self, code: &str) -> Option<usize> {
        place_index(&self.places, code)
    }

    /// CloudSigma's current list replaces the one shown; the highlighted location stays
    /// highlighted while it is still listed. An empty list changes nothing.
    pub fn use_list(&mut self, places: Vec<Place>, lang: Lang) {
        if places.is_empty() {
            self.source =
                ListSource::Unavailable(tr(lang, "cloudsigma-location-listed-none").into_owned());
            return;
        }
        let keep = self.selected_place().map(|p| p.code.clone());
        self.places = places;
        self.source = ListSource::Live;
        if let Some(code) = keep {
            self.selected = match self.index_of(&code) {
                Some(i) => Row::Place(i),
                None => Row::Place(self.index_of(HOME_CODE).unwrap_or(0)),
            };
            self.keep_selection_visible();
        }
    }

    /// Enter on the list: a location is chosen; the custom row leads into its field.
    pub fn choose_selected(&mut self) -> Outcome {
        match self.selected {
            Row::Place(i) => {
                let Some(place) = self.places.get(i) else {
                    return Outcome::Nothing;
                };
                self.chosen = Some(Chosen::Place(place.clone()));
                Outcome::Chosen
            }
            Row::Custom => {
                self.focus_custom();
                Outcome::Nothing
            }
        }
    }

    /// Enter in the custom field: the address is checked (https, or http on this machine
    /// only) before it is used.
    pub fn choose_custom(&mut self, lang: Lang) -> Outcome {
        match check_custom(self.custom.value(), lang) {
            Ok(url) => {
                if url != self.custom.value() {
                    self.custom.set_value(&url);
                }
                self.chosen = Some(Chosen::Custom(url));
                Outcome::Chosen
            }
            Err(why) => {
                self.custom.problem = Some(Problem::invalid(why));
                Outcome::Nothing
            }
        }
    }

    /// The location a kept session belongs to, as it was opened: a partner's address when
    /// it was opened at one (`opened_at` is `custom`); the location of the code it was opened
    /// at (`opened_at`) when that still answers at `api`, or when this list lacks it
    /// (CloudSigma's current list had it: it is known by the code and name kept with it);
    /// else the location whose address is `api`, else `api` as a custom address. Where
    /// several locations share one address (the sandbox serves them all), only what is kept
    /// with the session tells them apart.
    ///
    /// It is named as it was when it was opened (`named`, kept with it), not as this list
    /// words it: the built-in list's names differ from the current list's, and one session
    /// has one name. Copies kept without a name take the list's.
    pub fn set_kept(
        &mut self,
        api: &str,
        config: &CloudSigmaConfig,
        opened_at: Option<&str>,
        named: Option<&str>,
    ) {
        let chosen = match self.kept_place(api, config, opened_at, named) {
            Some((row, place)) => {
                if let Some(i) = row {
                    self.selected = Row::Place(i);
                }
                Chosen::Place(place)
            }
            None => {
                self.custom.set_value(api);
                self.selected = Row::Custom;
                Chosen::Custom(api.to_string())
            }
        };
        self.chosen = Some(chosen);
    }

    /// `set_kept`'s location, with its row when listed; None for a custom address.
    fn kept_place(
        &self,
        api: &str,
        config: &CloudSigmaConfig,
        opened_at: Option<&str>,
        named: Option<&str>,
    ) -> Option<(Option<usize>, Place)> {
        let at_address = || {
            let i = self.places.iter().position(|p| p.api(config) == api)?;
            Some((Some(i), self.places[i].clone()))
        };
        let Some(code) = opened_at else {
            return at_address();
        };
        if code.eq_ignore_ascii_case(CUSTOM_CODE) {
            return None;
        }
        match (self.index_of(code), named) {
            (Some(i), _) if self.places[i].api(config) == api => {
                let mut place = self.places[i].clone();
                if let Some(name) = named {
                    place.name = name.to_string();
                }
                Some((Some(i), place))
            }
            (None, Some(name)) => Some((
                None,
                Place {
                    code: code.to_string(),
                    name: name.to_string(),
                    api: api.to_string(),
                },
            )),
            _ => at_address(),
        }
    }
}

pub fn place_index(places: &[Place], code: &str) -> Option<usize> {
    places.iter().position(|p| p.is(code))
}

/// A partner's API address, checked and normalised to end in `/` (the paths are relative).
pub fn check_custom(value: &str, lang: Lang) -> Result<String, String> {
    let value = value.trim();
    let refused = |id| Err(tr!(lang, id, example = CUSTOM_PLACEHOLDER).into_owned());
    if value.is_empty() {
        return refused("cloudsigma-custom-empty");
    }
    if !value.contains("://") {
        return refused("cloudsigma-custom-not-whole");
    }
    let url = usable_endpoint(value).map_err(|why| why.said(lang))?;
    if url.host_str().is_none_or(str::is_empty) {
        return Err(tr(lang, "cloudsigma-custom-no-host").into_owned());
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(tr(lang, "cloudsigma-custom-query").into_owned());
    }
    let mut text = url.to_string();
    if !text.ends_with('/') {
        text.push('/');
    }
    Ok(text)
}

#[cfg(test)]
#[path = "location_tests.rs"]
mod tests;
