//! The rules a value must meet before anything is sent, one signature for all: the value as
//! it will be sent, or why it cannot be, in words a person can act on. Every flow, the plain
//! mode and the subcommands check with these, so a value is refused the same way wherever
//! it is given.

use email_address::{EmailAddress, Options};

use crate::lang::{Lang, tr, tr_args};

/// A check: the value as it will be sent (white space around it removed), or why not, in
/// English words (`Invalid::said` says it in another language).
pub type Check = fn(&str) -> Result<String, String>;

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
                return tr_args(lang, "shared-check-slug-empty", &[("max", SLUG_MAX.into())])
                    .into_owned();
            }
            Invalid::SlugStartsWithDigit => "shared-check-slug-digit-first",
            Invalid::SlugCharacters => "shared-check-slug-characters",
            Invalid::SlugTooLong => {
                return tr_args(
                    lang,
                    "shared-check-slug-too-long",
                    &[("max", SLUG_MAX.into())],
                )
                .into_owned();
            }
            Invalid::PromoCharacter(c) => {
                return tr_args(
                    lang,
                    "shared-check-promo-character",
                    &[("char", c.to_string().into())],
                )
                .into_owned();
            }
        };
        tr(lang, id).into_owned()
    }
}

/// In English, as a `Check` says it.
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
mod tests {
    use super::*;

    /// Each check with its refusal in English words.
    fn email(value: &str) -> Result<String, String> {
        valid_email(value).map_err(|why| why.to_string())
    }

    fn slug(value: &str) -> Result<String, String> {
        valid_slug(value).map_err(|why| why.to_string())
    }

    fn promo(value: &str) -> Result<String, String> {
        valid_promo(value).map_err(|why| why.to_string())
    }

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
    fn refusals_are_said_in_french_too() {
        assert_eq!(
            valid_email("alice").unwrap_err().said(Lang::Fr),
            "Une adresse e-mail a besoin d’un « @ », comme dans alice@example.org."
                .replace("« ", "«\u{A0}")
                .replace(" »", "\u{A0}»")
        );
        assert!(
            valid_slug("")
                .unwrap_err()
                .said(Lang::Fr)
                .contains("1 à 30")
        );
        assert!(
            valid_promo("50%off")
                .unwrap_err()
                .said(Lang::Fr)
                .contains("%")
        );
        for value in ["", "alice", "@x.org", "a@", "a@b", "a@b..c", "Al <a@b.c>"] {
            let why = valid_email(value).unwrap_err();
            assert_eq!(email(value), Err(why.said(Lang::En)), "{value}");
            assert_ne!(why.said(Lang::Fr), why.said(Lang::En), "{value}");
        }
    }

    #[test]
    fn every_check_has_the_one_signature() {
        let checks: [Check; 3] = [email, slug, promo];
        assert!(checks.iter().all(|check| check("%").is_err()));
    }
}
