//! The sign-in form: login, password, and where to sign in (endpoint and API version, from
//! the config, visible and changeable). Checked on this machine before anything is sent.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::Target;
use crate::app::field::{CharRule, TextField};
use crate::config::{CleuraApi, CleuraConfig, check_endpoint};

pub const LOGIN_MAX: usize = 128;
pub const PASSWORD_MAX: usize = 256;
pub const ENDPOINT_MAX: usize = 512;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Login,
    Password,
    Endpoint,
    /// The API version: a choice of two, not text.
    Version,
}

impl Field {
    pub const ALL: [Field; 4] = [
        Field::Login,
        Field::Password,
        Field::Endpoint,
        Field::Version,
    ];

    fn index(self) -> usize {
        Field::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }

    pub fn next(self) -> Field {
        Field::ALL[(self.index() + 1) % Field::ALL.len()]
    }

    pub fn prev(self) -> Field {
        Field::ALL[(self.index() + Field::ALL.len() - 1) % Field::ALL.len()]
    }
}

/// What a key did in the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Nothing,
    Submit,
    Back,
}

#[derive(Debug)]
pub struct SignInForm {
    pub login: TextField,
    pub password: TextField,
    pub endpoint: TextField,
    pub api: CleuraApi,
    pub focus: Field,
    /// The config's endpoint the field was last set from: while the person has not changed
    /// the field, it follows the config (the sandbox coming up points it elsewhere).
    synced: String,
}

impl SignInForm {
    pub fn new(config: &CleuraConfig, login: &str) -> SignInForm {
        SignInForm {
            login: TextField::new("Login", CharRule::NoSpace, LOGIN_MAX)
                .placeholder("your Cleura Cloud username")
                .with_value(login),
            password: TextField::new("Password", CharRule::Printable, PASSWORD_MAX).secret(),
            endpoint: TextField::new("API endpoint", CharRule::NoSpace, ENDPOINT_MAX)
                .with_value(&config.endpoint),
            api: config.api,
            focus: if login.is_empty() {
                Field::Login
            } else {
                Field::Password
            },
            synced: config.endpoint.clone(),
        }
    }

    pub fn sync(&mut self, config: &CleuraConfig) {
        if config.endpoint != self.synced && self.endpoint.value() == self.synced {
            self.endpoint.set_value(&config.endpoint);
            self.synced = config.endpoint.clone();
        }
    }

    pub fn field_mut(&mut self, field: Field) -> Option<&mut TextField> {
        match field {
            Field::Login => Some(&mut self.login),
            Field::Password => Some(&mut self.password),
            Field::Endpoint => Some(&mut self.endpoint),
            Field::Version => None,
        }
    }

    pub fn toggle_api(&mut self) {
        self.api = match self.api {
            CleuraApi::V1 => CleuraApi::V2,
            CleuraApi::V2 => CleuraApi::V1,
        };
    }

    pub fn key(&mut self, key: KeyEvent) -> Outcome {
        match key.code {
            KeyCode::Esc => Outcome::Back,
            KeyCode::Tab | KeyCode::Down => {
                self.focus = self.focus.next();
                Outcome::Nothing
            }
            KeyCode::BackTab | KeyCode::Up => {
                self.focus = self.focus.prev();
                Outcome::Nothing
            }
            KeyCode::Enter => self.enter(),
            KeyCode::Left | KeyCode::Right | KeyCode::Char(' ') if self.focus == Field::Version => {
                self.toggle_api();
                Outcome::Nothing
            }
            _ => {
                let focus = self.focus;
                if let Some(field) = self.field_mut(focus) {
                    field.handle_key(&key);
                }
                Outcome::Nothing
            }
        }
    }

    /// Enter in the login goes on to the password (when the login is valid); anywhere else
    /// it signs in.
    pub fn enter(&mut self) -> Outcome {
        if self.focus == Field::Login {
            match check_login(self.login.value()) {
                Ok(()) => self.focus = Field::Password,
                Err(why) => self.login.error = Some(why),
            }
            return Outcome::Nothing;
        }
        Outcome::Submit
    }

    pub fn paste(&mut self, text: &str) {
        let focus = self.focus;
        if let Some(field) = self.field_mut(focus) {
            field.paste(text);
        }
    }

    /// Checks every field; the first with a problem gets the focus and its error.
    pub fn checked(&mut self) -> Option<Target> {
        let login = self.login.value().trim().to_string();
        if let Err(why) = check_login(&login) {
            self.login.error = Some(why);
            self.focus = Field::Login;
            return None;
        }
        if self.password.is_empty() {
            self.password.error = Some("Enter your password.".into());
            self.focus = Field::Password;
            return None;
        }
        let endpoint = self.endpoint.value().trim().to_string();
        if let Err(why) = check_endpoint(&endpoint) {
            self.endpoint.error = Some(if why.starts_with("plain http") {
                "Use https (plain http is only for this machine).".into()
            } else {
                format!("Not usable: {why}.")
            });
            self.focus = Field::Endpoint;
            return None;
        }
        Some(Target {
            endpoint: endpoint.trim_end_matches('/').to_string(),
            api: self.api,
            login,
        })
    }

    pub fn first_error(&self) -> Option<String> {
        [&self.login, &self.password, &self.endpoint]
            .iter()
            .find_map(|f| f.error.clone())
    }
}

/// A Cleura Cloud login: not empty, no white space.
pub fn check_login(value: &str) -> Result<(), String> {
    if value.trim().is_empty() {
        return Err("Enter your Cleura Cloud login (your username).".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_starts_from_the_config_and_follows_it_until_edited() {
        let mut config = CleuraConfig::default();
        let mut form = SignInForm::new(&config, "bob");
        assert_eq!(form.focus, Field::Password);
        assert_eq!(form.endpoint.value(), "https://rest.cleura.cloud");
        config.endpoint = "http://127.0.0.1:9/cleura".into();
        form.sync(&config);
        assert_eq!(form.endpoint.value(), "http://127.0.0.1:9/cleura");
        form.endpoint
            .set_value("https://rest.compliant.cleura.cloud");
        config.endpoint = "http://127.0.0.1:10/cleura".into();
        form.sync(&config);
        assert_eq!(form.endpoint.value(), "https://rest.compliant.cleura.cloud");
    }

    #[test]
    fn a_plain_http_endpoint_off_this_machine_is_refused_before_sending() {
        let mut form = SignInForm::new(&CleuraConfig::default(), "bob");
        form.password.set_value("pw");
        form.endpoint.set_value("http://rest.cleura.cloud");
        assert!(form.checked().is_none());
        assert_eq!(form.focus, Field::Endpoint);
        assert!(
            form.endpoint
                .error
                .as_deref()
                .unwrap_or("")
                .contains("https")
        );
    }
}
