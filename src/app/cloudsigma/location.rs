//! Step 1: where the account lives. Each CloudSigma location is its own cloud with its own
//! API; a partner's cloud is reached through a custom API address. Typing filters the list
//! (the filter is a text field, so letters are text there: ↑/↓ move, Enter chooses).

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use crate::app::field::{CharRule, TextField};
use crate::config::{CloudSigmaConfig, check_endpoint};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub code: &'static str,
    pub city: &'static str,
    pub country: &'static str,
}

/// CloudSigma's public locations; each answers at `api_template` with `{loc}` = its code.
pub const PLACES: [Place; 9] = [
    place("zrh", "Zurich", "Switzerland"),
    place("fra", "Frankfurt", "Germany"),
    place("sjc", "San Jose", "USA"),
    place("wdc", "Washington, DC", "USA"),
    place("mia", "Miami", "USA"),
    place("hnl", "Honolulu", "USA"),
    place("mnl", "Manila", "Philippines"),
    place("per", "Perth", "Australia"),
    place("tyo", "Tokyo", "Japan"),
];

const fn place(code: &'static str, city: &'static str, country: &'static str) -> Place {
    Place {
        code,
        city,
        country,
    }
}

impl Place {
    pub fn name(&self) -> String {
        format!("{}, {}", self.city, self.country)
    }

    pub fn api(&self, config: &CloudSigmaConfig) -> String {
        api_for(&config.api_template, self.code)
    }

    fn matches(&self, filter: &str) -> bool {
        let filter = filter.trim().to_lowercase();
        filter.is_empty()
            || [self.code, self.city, self.country]
                .iter()
                .any(|s| s.to_lowercase().contains(&filter))
    }
}

pub fn api_for(template: &str, code: &str) -> String {
    template.replace("{loc}", code)
}

/// A row of the list: a location (its index in PLACES) or the custom address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Place(usize),
    Custom,
}

/// Where the account is, once chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chosen {
    Place(usize),
    Custom(String),
}

impl Chosen {
    pub fn api(&self, config: &CloudSigmaConfig) -> String {
        match self {
            Chosen::Place(i) => PLACES[*i].api(config),
            Chosen::Custom(url) => url.clone(),
        }
    }

    /// In words: "Zurich, Switzerland (zrh)" or the custom address's host.
    pub fn label(&self) -> String {
        match self {
            Chosen::Place(i) => format!("{} ({})", PLACES[*i].name(), PLACES[*i].code),
            Chosen::Custom(url) => url::Url::parse(url)
                .ok()
                .and_then(|u| u.host_str().map(str::to_string))
                .unwrap_or_else(|| url.clone()),
        }
    }

    /// A short form for the header's breadcrumb.
    pub fn short(&self) -> String {
        match self {
            Chosen::Place(i) => PLACES[*i].city.to_string(),
            Chosen::Custom(_) => self.label(),
        }
    }

    /// What the state file keeps: a code, or `custom` with the address.
    pub fn code(&self) -> &str {
        match self {
            Chosen::Place(i) => PLACES[*i].code,
            Chosen::Custom(_) => "custom",
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
    /// Esc: leave the screen.
    Back,
}

#[derive(Debug)]
pub struct LocationForm {
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
    ) -> LocationForm {
        let (code, custom) = match saved_code {
            Some(code) => (code, saved_custom),
            None => (config.location.as_str(), config.custom_api.as_deref()),
        };
        let mut custom_field = TextField::new("Custom API address", CharRule::NoSpace, 300)
            .placeholder(CUSTOM_PLACEHOLDER);
        if let Some(url) = custom {
            custom_field.set_value(url);
        }
        let default_place = place_index(&config.location).unwrap_or(0);
        // In the sandbox every location is the sandbox; a partner's address remembered from
        // a real run is offered in its field but not preselected, so nothing leaves the
        // machine unless asked for.
        let selected = match place_index(code) {
            Some(i) => Row::Place(i),
            None if code == "custom" && custom.is_some() && !sandbox => Row::Custom,
            None => Row::Place(default_place),
        };
        LocationForm {
            filter: TextField::new("Filter", CharRule::Printable, 40)
                .placeholder("type a city, country or code"),
            custom: custom_field,
            selected,
            focus: Focus::Filter,
            chosen: None,
        }
    }

    /// The rows shown: the locations the filter matches, then the custom address (always
    /// there, so a partner's cloud is never filtered away).
    pub fn rows(&self) -> Vec<Row> {
        let mut rows: Vec<Row> = PLACES
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

    pub fn key(&mut self, key: KeyEvent) -> Outcome {
        if key.code == KeyCode::Esc {
            return Outcome::Back;
        }
        match self.focus {
            Focus::Filter => match key.code {
                KeyCode::Up => self.move_selection(false),
                KeyCode::Down => self.move_selection(true),
                KeyCode::PageUp => self.selected = self.rows()[0],
                KeyCode::PageDown => self.selected = Row::Custom,
                KeyCode::Tab | KeyCode::BackTab => self.focus_custom(),
                KeyCode::Enter => return self.choose_selected(),
                _ => {
                    self.filter.handle_key(&key);
                    self.keep_selection_visible();
                }
            },
            Focus::Custom => match key.code {
                KeyCode::Up | KeyCode::Tab | KeyCode::BackTab => self.focus = Focus::Filter,
                KeyCode::Enter => return self.choose_custom(),
                _ => {
                    self.custom.handle_key(&key);
                }
            },
        }
        Outcome::Nothing
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

    /// Enter on the list: a location is chosen; the custom row leads into its field.
    pub fn choose_selected(&mut self) -> Outcome {
        match self.selected {
            Row::Place(i) => {
                self.chosen = Some(Chosen::Place(i));
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
    pub fn choose_custom(&mut self) -> Outcome {
        match check_custom(self.custom.value()) {
            Ok(url) => {
                if url != self.custom.value() {
                    self.custom.set_value(&url);
                }
                self.chosen = Some(Chosen::Custom(url));
                Outcome::Chosen
            }
            Err(why) => {
                self.custom.error = Some(why);
                Outcome::Nothing
            }
        }
    }

    /// Points the form at a saved session's API address: a known location when it is one,
    /// else the custom address.
    /// The location whose API a kept session belongs to. Where several locations share one
    /// address (the sandbox serves them all), the one remembered (`remembered`, a code) is
    /// where the session was opened.
    pub fn set_api(&mut self, api: &str, config: &CloudSigmaConfig, remembered: Option<&str>) {
        let remembered = remembered
            .and_then(place_index)
            .filter(|&i| PLACES[i].api(config) == api);
        let found = remembered.or_else(|| PLACES.iter().position(|p| p.api(config) == api));
        let chosen = match found {
            Some(i) => {
                self.selected = Row::Place(i);
                Chosen::Place(i)
            }
            None => {
                self.custom.set_value(api);
                self.selected = Row::Custom;
                Chosen::Custom(api.to_string())
            }
        };
        self.chosen = Some(chosen);
    }
}

pub fn place_index(code: &str) -> Option<usize> {
    PLACES
        .iter()
        .position(|p| p.code.eq_ignore_ascii_case(code))
}

/// A partner's API address, checked and normalised to end in `/` (the paths are relative).
pub fn check_custom(value: &str) -> Result<String, String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(format!(
            "Enter your provider's CloudSigma API address, such as {CUSTOM_PLACEHOLDER}"
        ));
    }
    if !value.contains("://") {
        return Err(format!(
            "Write the whole address, starting with https://, such as {CUSTOM_PLACEHOLDER}"
        ));
    }
    let url = check_endpoint(value)?;
    if url.host_str().is_none_or(str::is_empty) {
        return Err("the address has no host name".into());
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err("an API address has no ?query or #fragment".into());
    }
    let mut text = url.to_string();
    if !text.ends_with('/') {
        text.push('/');
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_addresses_are_checked_and_normalised() {
        assert_eq!(
            check_custom(" https://cloud.example.com/api/2.0 ").unwrap(),
            "https://cloud.example.com/api/2.0/"
        );
        assert!(check_custom("http://127.0.0.1:9/api/2.0/").is_ok());
        let e = check_custom("http://cloud.example.com/api/2.0/").unwrap_err();
        assert!(e.contains("https"), "{e}");
        assert!(check_custom("").unwrap_err().contains("API address"));
        assert!(check_custom("cloud.example.com").is_err());
        assert!(check_custom("https://x.example/api/?a=1").is_err());
    }

    #[test]
    fn the_filter_matches_code_city_and_country_without_case() {
        let config = CloudSigmaConfig::default();
        let mut form = LocationForm::new(&config, None, None, false);
        form.filter.set_value("GERM");
        assert_eq!(form.rows(), vec![Row::Place(1), Row::Custom]);
        form.filter.set_value("usa");
        assert_eq!(form.rows().len(), 5);
        form.filter.set_value("tyo");
        assert_eq!(form.rows(), vec![Row::Place(8), Row::Custom]);
    }
}
