//! The two forms of step 3, and the checks made on this machine before anything is sent:
//! create an account (email, optional promo code) and sign in (email, password).

use email_address::{EmailAddress, Options};
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use crate::app::field::{CharRule, TextField};

pub const EMAIL_MAX: usize = 254;
pub const PROMO_MAX: usize = 64;
pub const PASSWORD_MAX: usize = 256;

/// Which field of a two-field form has focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    First,
    Second,
}

impl Focus {
    fn other(self) -> Focus {
        match self {
            Focus::First => Focus::Second,
            Focus::Second => Focus::First,
        }
    }
}

/// What a key did in a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Nothing,
    /// Enter in the last field (or on a filled form): check everything and send.
    Submit,
    Back,
}

/// An email field and a second field (promo code, or password). Enter in the email field
/// checks it and moves on; Enter in the second field submits.
#[derive(Debug)]
pub struct Form {
    pub email: TextField,
    pub second: TextField,
    pub focus: Focus,
}

impl Form {
    pub fn create() -> Form {
        Form {
            email: email_field(),
            second: TextField::new("Promo code (optional)", CharRule::NoSpace, PROMO_MAX)
                .placeholder("leave empty if you have none"),
            focus: Focus::First,
        }
    }

    pub fn sign_in() -> Form {
        Form {
            email: email_field(),
            second: TextField::new("Password", CharRule::Printable, PASSWORD_MAX).secret(),
            focus: Focus::First,
        }
    }

    pub fn focused_mut(&mut self) -> &mut TextField {
        match self.focus {
            Focus::First => &mut self.email,
            Focus::Second => &mut self.second,
        }
    }

    pub fn focused(&self) -> &TextField {
        match self.focus {
            Focus::First => &self.email,
            Focus::Second => &self.second,
        }
    }

    pub fn key(&mut self, key: KeyEvent) -> Outcome {
        match key.code {
            KeyCode::Esc => Outcome::Back,
            KeyCode::Tab | KeyCode::BackTab | KeyCode::Up | KeyCode::Down => {
                self.focus = self.focus.other();
                Outcome::Nothing
            }
            KeyCode::Enter => self.enter(),
            _ => {
                self.focused_mut().handle_key(&key);
                Outcome::Nothing
            }
        }
    }

    /// Enter: in the email field, check it and go to the next field; in the second, send.
    pub fn enter(&mut self) -> Outcome {
        match self.focus {
            Focus::First => match check_email(self.email.value()) {
                Ok(()) => {
                    self.focus = Focus::Second;
                    Outcome::Nothing
                }
                Err(why) => {
                    self.email.error = Some(why);
                    Outcome::Nothing
                }
            },
            Focus::Second => Outcome::Submit,
        }
    }

    pub fn paste(&mut self, text: &str) {
        self.focused_mut().paste(text);
    }

    /// Checks the email field; on a problem it gets the error and the focus.
    pub fn checked_email(&mut self) -> Option<String> {
        let email = self.email.value().trim().to_string();
        match check_email(&email) {
            Ok(()) => Some(email),
            Err(why) => {
                self.email.error = Some(why);
                self.focus = Focus::First;
                None
            }
        }
    }
}

fn email_field() -> TextField {
    TextField::new("Email address", CharRule::NoSpace, EMAIL_MAX).placeholder("you@example.org")
}

/// An address CloudSigma can write to: one `@`, a domain with a dot, no display name.
pub fn check_email(value: &str) -> Result<(), String> {
    use email_address::Error as E;
    let value = value.trim();
    if value.is_empty() {
        return Err("Enter your email address.".into());
    }
    let options = Options::default()
        .without_display_text()
        .without_domain_literal()
        .with_required_tld();
    match EmailAddress::parse_with_options(value, options) {
        Ok(_) => Ok(()),
        Err(e) => Err(match e {
            E::MissingSeparator => "An email address has an @, as in name@example.org.".into(),
            E::LocalPartEmpty => "Nothing comes before the @.".into(),
            E::DomainEmpty => "Nothing comes after the @.".into(),
            E::DomainTooFew => "The part after the @ needs a dot, as in name@example.org.".into(),
            E::LocalPartTooLong | E::DomainTooLong | E::SubDomainTooLong => {
                "This address is too long to be an email address.".into()
            }
            _ => format!("“{value}” is not an email address ({e})"),
        }),
    }
}

/// A promo code: empty for none, else letters, digits, `-` and `_`.
pub fn check_promo(value: &str) -> Result<Option<String>, String> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    match value
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        Some(c) => Err(format!(
            "“{c}” is not allowed: a promo code has letters, digits, - and _ only"
        )),
        None => Ok(Some(value.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_checked_in_words() {
        assert!(check_email("demo@example.org").is_ok());
        assert!(check_email(" demo@example.org ").is_ok());
        assert!(check_email("").unwrap_err().contains("Enter"));
        assert!(check_email("demo.example.org").unwrap_err().contains("@"));
        assert!(check_email("demo@localhost").unwrap_err().contains("dot"));
        assert!(check_email("@example.org").unwrap_err().contains("before"));
        assert!(check_email("Demo <demo@example.org>").is_err());
    }

    #[test]
    fn promo_codes_are_optional_and_plain() {
        assert_eq!(check_promo("  ").unwrap(), None);
        assert_eq!(
            check_promo("SPRING-2026").unwrap().as_deref(),
            Some("SPRING-2026")
        );
        assert!(check_promo("50%off").unwrap_err().contains("“%”"));
    }
}
