//! The rules a value must meet before anything is sent, one signature for all: the value as
//! it will be sent (white space around it removed), or why it cannot be (`Invalid`, which the
//! caller says in the person's language). Every flow, the plain mode and the subcommands
//! check with these, so a value is refused the same way wherever it is given.

use email_address::{EmailAddress, Options};

use crate::lang::{Lang, tr};
use crate::tr;

/// The Cloudery's rule for an address: `^[a-z][a-z0-9]{0,29}$` (PROVIDERS.md).
pub const SLUG_MAX: usize = 30;

/// Why a value cannot be sent, as a value: the caller says it in the person's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invalid {
    EmailEmpty,
    EmailNoAt,
    EmailNothingBeforeAt,
    EmailNoDomain,
    EmailDomainWithoutDot,
    EmailMisplacedDot,
    EmailTooLong,
    EmailUnbalancedQuotes,
    EmailBadCharacter,
    NotAnEmail,
    SlugEmpty,
    SlugStartsWithDigit,
    SlugCharacters,
    SlugTooLong,
    /// A promo code holds this character, which it cannot.
    PromoCharacter(char),
}

impl Invalid {
    /// Why, in `lang`, in words a person can act on.
    pub fn said(self, lang: Lang) -> String {
        let id = match self {
            Invalid::EmailEmpty => "shared-check-email-empty",
            Invalid::EmailNoAt => "shared-check-email-no-at",
            Invalid::EmailNothingBeforeAt => "shared-check-email-nothing-before-at",
            Invalid::EmailNoDomain => "shared-check-email-no-domain",
            Invalid::EmailDomainWithoutDot => "shared-check-email-domain-without-dot",
            Invalid::EmailMisplacedDot => "shared-check-email-misplaced-dot",
            Invalid::EmailTooLong => "shared-check-email-too-long",
            Invalid::EmailUnbalancedQuotes => "shared-check-email-quotes",
            Invalid::EmailBadCharacter => "shared-check-email-character",
            Invalid::NotAnEmail => "shared-check-not-an-email",
            Invalid::SlugEmpty => {
                return tr!(lang, "shared-check-slug-empty", max = SLUG_MAX).into_owned();
            }
            Invalid::SlugStartsWithDigit => "shared-check-slug-digit-first",
            Invalid::SlugCharacters => "shared-check-slug-characters",
            Invalid::SlugTooLong => {
                return tr!(lang, "shared-check-slug-too-long", max = SLUG_MAX).into_owned();
            }
            Invalid::PromoCharacter(c) => {
                return tr!(lang, "shared-check-promo-character", char = c.to_string())
                    .into_owned();
            }
        };
        tr(lang, id).into_owned()
    }
}

/// In English.
impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said(Lang::En))
    }
}

/// An address mail can be sent to: one `@`, a domain with a dot, no display name, no
/// domain literal.
pub fn valid_email(value: &str) -> Result<String, Invalid> {
    use email_address::Error as E;
    let value = value.trim();
    if value.is_empty() {
        return Err(Invalid::EmailEmpty);
    }
    let options = Options::default()
        .with_required_tld()
        .without_display_text()
        .without_domain_literal();
    Err(match EmailAddress::parse_with_options(value, options) {
        Ok(_) => return Ok(value.to_string()),
        Err(E::MissingSeparator) => Invalid::EmailNoAt,
        Err(E::LocalPartEmpty) => Invalid::EmailNothingBeforeAt,
        Err(E::DomainEmpty) => Invalid::EmailNoDomain,
        Err(E::DomainTooFew) => Invalid::EmailDomainWithoutDot,
        Err(E::SubDomainEmpty | E::DomainInvalidSeparator) => Invalid::EmailMisplacedDot,
        Err(E::LocalPartTooLong | E::DomainTooLong | E::SubDomainTooLong) => Invalid::EmailTooLong,
        Err(E::UnbalancedQuotes) => Invalid::EmailUnbalancedQuotes,
        Err(E::InvalidCharacter) => Invalid::EmailBadCharacter,
        Err(_) => Invalid::NotAnEmail,
    })
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
pub fn valid_slug(value: &str) -> Result<String, Invalid> {
    let value = value.trim();
    let checks = SlugChecks::of(value);
    if checks.length == 0 {
        return Err(Invalid::SlugEmpty);
    }
    if !checks.starts_with_letter {
        return Err(Invalid::SlugStartsWithDigit);
    }
    if !checks.only_allowed {
        return Err(Invalid::SlugCharacters);
    }
    if !checks.length_ok() {
        return Err(Invalid::SlugTooLong);
    }
    Ok(value.to_string())
}

/// A promo code: empty for none, else letters, digits, `-` and `_`.
pub fn valid_promo(value: &str) -> Result<String, Invalid> {
    let value = value.trim();
    match value
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        Some(c) => Err(Invalid::PromoCharacter(c)),
        None => Ok(value.to_string()),
    }
}

#[cfg(test)]
#[path = "checks_tests.rs"]
mod tests;
