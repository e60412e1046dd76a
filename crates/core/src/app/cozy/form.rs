//! What the person typed and chose along the flow, kept whole while they go back and forth,
//! and how each field takes what is typed (the rules a value must meet are in `checks`).

use super::strength::Strength;
use crate::app::field::{CharRule, TextField};
use crate::lang::{Lang, tr_static};

pub use crate::app::checks::SLUG_MAX;
const EMAIL_MAX: usize = 254;
const LINK_MAX: usize = 2048;
const PASSPHRASE_MAX: usize = 256;
const HINT_MAX: usize = 200;

#[derive(Clone, Debug)]
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
        Form::new(Lang::En)
    }
}

impl Form {
    /// An empty form, its fields labelled in `lang`.
    pub fn new(lang: Lang) -> Form {
        let words = |id| tr_static(lang, id);
        Form {
            email: TextField::new(words("cozy-field-email"), CharRule::NoSpace, EMAIL_MAX)
                .placeholder("alice@example.org")
                .lang(lang),
            slug: TextField::new(words("cozy-field-address"), CharRule::Slug, SLUG_MAX)
                .placeholder("alice")
                .lang(lang),
            domain: 0,
            accepted: false,
            terms_scroll: 0,
            link: TextField::new(words("cozy-field-link"), CharRule::NoSpace, LINK_MAX)
                .concealed_by(super::activation::conceal)
                .placeholder("https://…/?registerToken=…")
                .lang(lang),
            passphrase: TextField::new(
                words("cozy-field-passphrase"),
                CharRule::Printable,
                PASSPHRASE_MAX,
            )
            .secret()
            .lang(lang),
            again: TextField::new(
                words("cozy-field-again"),
                CharRule::Printable,
                PASSPHRASE_MAX,
            )
            .secret()
            .lang(lang),
            hint: TextField::new(words("cozy-field-hint"), CharRule::Printable, HINT_MAX)
                .placeholder(words("cozy-field-hint-placeholder"))
                .lang(lang),
            strength: None,
        }
    }

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
