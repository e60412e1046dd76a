//! The rules a value must meet before anything is sent, one signature for all: the value as
//! it will be sent, or why it cannot be, in words a person can act on. Every flow, the plain
//! mode and the subcommands check with these, so a value is refused the same way wherever
//! it is given.

use email_address::{EmailAddress, Options};

/// A check: the value as it will be sent (white space around it removed), or why not.
pub type Check = fn(&str) -> Result<String, String>;

/// The Cloudery's rule for an address: `^[a-z][a-z0-9]{0,29}$` (PROVIDERS.md).
pub const SLUG_MAX: usize = 30;

/// An address mail can be sent to: one `@`, a domain with a dot, no display name, no
/// domain literal.
pub fn email(value: &str) -> Result<String, String> {
    use email_address::Error as E;
    let value = value.trim();
    if value.is_empty() {
        return Err("Type your email address.".into());
    }
    let options = Options::default()
        .with_required_tld()
        .without_display_text()
        .without_domain_literal();
    let why = match EmailAddress::parse_with_options(value, options) {
        Ok(_) => return Ok(value.to_string()),
        Err(E::MissingSeparator) => "An email address needs an “@”, as in alice@example.org.",
        Err(E::LocalPartEmpty) => "Something must come before the “@”.",
        Err(E::DomainEmpty) => "A domain must come after the “@”, as in example.org.",
        Err(E::DomainTooFew) => "The part after the “@” needs a dot, as in example.org.",
        Err(E::SubDomainEmpty | E::DomainInvalidSeparator) => {
            "The part after the “@” has a misplaced dot."
        }
        Err(E::LocalPartTooLong | E::DomainTooLong | E::SubDomainTooLong) => {
            "This address is longer than an email address can be."
        }
        Err(E::UnbalancedQuotes) => "The quotes in this address are unbalanced.",
        Err(E::InvalidCharacter) => "This address has a character email addresses cannot have.",
        Err(_) => "This is not an email address; it looks like alice@example.org.",
    };
    Err(why.into())
}

/// The slug rules that are not per-character, as the address screen shows them live.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlugChecks {
    pub length: usize,
    pub starts_with_letter: bool,
    pub only_allowed: bool,
}

impl SlugChecks {
    pub fn of(slug: &str) -> SlugChecks {
        SlugChecks {
            length: slug.chars().count(),
            starts_with_letter: slug.chars().next().is_some_and(|c| c.is_ascii_lowercase()),
            only_allowed: slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()),
        }
    }

    pub fn length_ok(&self) -> bool {
        (1..=SLUG_MAX).contains(&self.length)
    }
}

/// A Cozy's address (the part before its domain).
pub fn slug(value: &str) -> Result<String, String> {
    let value = value.trim();
    let checks = SlugChecks::of(value);
    if checks.length == 0 {
        return Err(format!(
            "Choose an address: 1 to {SLUG_MAX} lowercase letters and digits."
        ));
    }
    if !checks.starts_with_letter {
        return Err("An address starts with a letter (a–z), not a digit.".into());
    }
    if !checks.only_allowed {
        return Err("Use only lowercase letters a–z and digits 0–9.".into());
    }
    if !checks.length_ok() {
        return Err(format!("An address has at most {SLUG_MAX} characters."));
    }
    Ok(value.to_string())
}

/// A promo code: empty for none, else letters, digits, `-` and `_`.
pub fn promo(value: &str) -> Result<String, String> {
    let value = value.trim();
    match value
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        Some(c) => Err(format!(
            "“{c}” is not allowed: a promo code has letters, digits, - and _ only."
        )),
        None => Ok(value.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_addresses_are_checked_by_a_real_parser_and_explained() {
        assert_eq!(
            email(" alice@example.org ").as_deref(),
            Ok("alice@example.org")
        );
        assert!(email("a.b+c@sub.example.co.uk").is_ok());
        assert!(email("alice").unwrap_err().contains("“@”"));
        assert!(email("@example.org").unwrap_err().contains("before"));
        assert!(email("alice@").unwrap_err().contains("after"));
        assert!(email("alice@localhost").unwrap_err().contains("dot"));
        assert!(email("alice@example..org").is_err());
        assert!(email("Alice <alice@example.org>").is_err());
        assert!(email("").unwrap_err().contains("Type"));
    }

    #[test]
    fn slugs_follow_the_cloudery_rule() {
        assert_eq!(slug("alice").as_deref(), Ok("alice"));
        assert!(slug("a").is_ok());
        assert!(slug(&"a".repeat(30)).is_ok());
        assert!(slug(&"a".repeat(31)).unwrap_err().contains("at most 30"));
        assert!(slug("1alice").unwrap_err().contains("starts with a letter"));
        assert!(slug("").unwrap_err().contains("1 to 30"));
        assert!(slug("al-ice").unwrap_err().contains("lowercase"));
        assert!(slug("Alice").is_err());
    }

    #[test]
    fn promo_codes_are_optional_and_plain() {
        assert_eq!(promo("  ").as_deref(), Ok(""));
        assert_eq!(promo("SPRING-2026").as_deref(), Ok("SPRING-2026"));
        assert!(promo("50%off").unwrap_err().contains("“%”"));
    }

    #[test]
    fn every_check_has_the_one_signature() {
        let checks: [Check; 3] = [email, slug, promo];
        assert!(checks.iter().all(|check| check("%").is_err()));
    }
}
