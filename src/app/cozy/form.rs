//! What the person typed and chose along the flow, kept whole while they go back and forth,
//! and the rules each value must meet before anything is sent.

use email_address::{EmailAddress, Options};

use super::strength::Strength;
use crate::app::field::{CharRule, TextField};

/// PROVIDERS.md: `^[a-z][a-z0-9]{0,29}$`.
pub const SLUG_MAX: usize = 30;
const EMAIL_MAX: usize = 254;
const LINK_MAX: usize = 2048;
const PASSPHRASE_MAX: usize = 256;
const HINT_MAX: usize = 200;

#[derive(Debug)]
pub struct Form {
    pub email: TextField,
    pub slug: TextField,
    /// Index into `config.cozy.domains` (clamped on use: the list may change under it when
    /// the sandbox comes up).
    pub domain: usize,
    pub accepted: bool,
    /// First line of the terms shown.
    pub terms_scroll: usize,
    pub link: TextField,
    pub passphrase: TextField,
    pub again: TextField,
    pub hint: TextField,
    /// The strength of `passphrase` as it stands, measured on each edit (not on each frame).
    pub strength: Option<Strength>,
}

impl Default for Form {
    fn default() -> Form {
        Form {
            email: TextField::new("Email address", CharRule::NoSpace, EMAIL_MAX)
                .placeholder("alice@example.org"),
            slug: TextField::new("Address", CharRule::Slug, SLUG_MAX).placeholder("alice"),
            domain: 0,
            accepted: false,
            terms_scroll: 0,
            link: TextField::new("Activation link or token", CharRule::NoSpace, LINK_MAX)
                .concealed_by(super::activation::conceal)
                .placeholder("https://…/?registerToken=…"),
            passphrase: TextField::new("Passphrase", CharRule::Printable, PASSPHRASE_MAX).secret(),
            again: TextField::new("Passphrase again", CharRule::Printable, PASSPHRASE_MAX).secret(),
            hint: TextField::new("Hint (optional)", CharRule::Printable, HINT_MAX)
                .placeholder("something only you would understand"),
            strength: None,
        }
    }
}

impl Form {
    /// The chosen domain, from the partner's list as it stands.
    pub fn domain<'a>(&self, domains: &'a [String]) -> &'a str {
        domains
            .get(self.domain.min(domains.len().saturating_sub(1)))
            .map(String::as_str)
            .unwrap_or("")
    }

    pub fn fqdn(&self, domains: &[String]) -> String {
        format!("{}.{}", self.slug.value(), self.domain(domains))
    }

    /// Words that make a passphrase easy to guess for this person.
    pub fn personal_words(&self) -> Vec<String> {
        let email = self.email.value();
        let mut words = vec![
            email.to_string(),
            self.slug.value().to_string(),
            "cozy".to_string(),
        ];
        if let Some((local, _)) = email.split_once('@') {
            words.push(local.to_string());
        }
        words.retain(|w| !w.is_empty());
        words
    }
}

/// Why `value` cannot be used as an email address, in words; None when it can.
pub fn email_problem(value: &str) -> Option<String> {
    if value.is_empty() {
        return Some("Type your email address: the activation link is sent there.".into());
    }
    let options = Options::default()
        .with_required_tld()
        .without_display_text()
        .without_domain_literal();
    use email_address::Error as E;
    let why = match EmailAddress::parse_with_options(value, options) {
        Ok(_) => return None,
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
    Some(why.into())
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

/// Why `slug` cannot be an address, in words; None when it can.
pub fn slug_problem(slug: &str) -> Option<String> {
    let checks = SlugChecks::of(slug);
    if checks.length == 0 {
        return Some(format!(
            "Choose an address: 1 to {SLUG_MAX} lowercase letters and digits."
        ));
    }
    if !checks.starts_with_letter {
        return Some("An address starts with a letter (a–z), not a digit.".into());
    }
    if !checks.only_allowed {
        return Some("Use only lowercase letters a–z and digits 0–9.".into());
    }
    if !checks.length_ok() {
        return Some(format!("An address has at most {SLUG_MAX} characters."));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_addresses_are_checked_by_a_real_parser_and_explained() {
        assert_eq!(email_problem("alice@example.org"), None);
        assert_eq!(email_problem("a.b+c@sub.example.co.uk"), None);
        assert!(email_problem("alice").unwrap().contains("“@”"));
        assert!(email_problem("@example.org").unwrap().contains("before"));
        assert!(email_problem("alice@").unwrap().contains("after"));
        assert!(email_problem("alice@localhost").unwrap().contains("dot"));
        assert!(email_problem("alice@example..org").is_some());
        assert!(email_problem("Alice <alice@example.org>").is_some());
        assert!(email_problem("").is_some());
    }

    #[test]
    fn slugs_follow_the_cloudery_rule() {
        assert_eq!(slug_problem("alice"), None);
        assert_eq!(slug_problem("a"), None);
        assert_eq!(slug_problem(&"a".repeat(30)), None);
        assert!(
            slug_problem(&"a".repeat(31))
                .unwrap()
                .contains("at most 30")
        );
        assert!(
            slug_problem("1alice")
                .unwrap()
                .contains("starts with a letter")
        );
        assert!(slug_problem("").unwrap().contains("1 to 30"));
        assert!(slug_problem("al-ice").unwrap().contains("lowercase"));
        assert!(slug_problem("Alice").is_some());
    }
}
