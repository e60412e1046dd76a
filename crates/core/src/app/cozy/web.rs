//! The Cloudery's own web onboarding, as an alternative: the link carries what was typed so
//! far, opens in a browser, and shows as a QR code for a phone.

use super::qr::Qr;
use super::{Button, Cozy, Do, action_of};
use crate::app::{Command, Ctx, Effect, Input, Nav};
use crate::config::CozyConfig;
use crate::lang::{Lang, tr_args};

/// The web onboarding screen, opened from the menu over the flow's step; Esc closes it and
/// goes back to the menu, the flow left as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebOnboarding {
    pub link: String,
    pub qr: Option<Qr>,
}

/// Why the configured web onboarding address cannot carry a link, as a value: the caller
/// says it in the person's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadWebAddress {
    /// Not a URL; the URL reader's own words on why.
    NotAUrl { web: String, error: String },
    /// A URL that cannot have a path (`mailto:`, `data:`).
    NoPath { web: String },
}

impl BadWebAddress {
    pub fn said(&self, lang: Lang) -> String {
        // The setting as the config file holds it: its syntax, the same in every language.
        let setting = |web: &str| format!("cozy.web = \"{web}\"");
        match self {
            BadWebAddress::NotAUrl { web, error } => tr_args(
                lang,
                "cozy-web-not-a-url",
                &[("setting", setting(web).into()), ("error", error.into())],
            ),
            BadWebAddress::NoPath { web } => tr_args(
                lang,
                "cozy-web-no-path",
                &[("setting", setting(web).into())],
            ),
        }
        .into_owned()
    }
}

/// `{web}/v2/{partner}/onboard` with the email and address typed so far (each only when
/// typed), the partner's offer, and the mobile redirect when one is configured.
pub fn onboarding_link(
    config: &CozyConfig,
    email: &str,
    slug: &str,
) -> Result<String, BadWebAddress> {
    let mut url = url::Url::parse(&config.web).map_err(|e| BadWebAddress::NotAUrl {
        web: config.web.clone(),
        error: e.to_string(),
    })?;
    url.path_segments_mut()
        .map_err(|()| BadWebAddress::NoPath {
            web: config.web.clone(),
        })?
        .pop_if_empty()
        .extend(["v2", config.partner.as_str(), "onboard"]);
    {
        let mut query = url.query_pairs_mut();
        if !email.is_empty() {
            query.append_pair("email", email);
        }
        if !slug.is_empty() {
            query.append_pair("slug", slug);
        }
        if !config.offer.is_empty() {
            query.append_pair("offer", &config.offer);
        }
        if let Some(redirect) = &config.redirect {
            query.append_pair("redirect", redirect);
        }
    }
    // An empty query leaves a bare "?" behind.
    if url.query() == Some("") {
        url.set_query(None);
    }
    Ok(url.to_string())
}

impl Cozy {
    pub(super) fn web_input(&mut self, input: Input, ctx: &mut Ctx) {
        let Some(web) = &self.web else {
            return;
        };
        let button = match action_of(&input, &self.keymap()) {
            Some(Do::Press(button)) => Some(button),
            _ => None,
        };
        match button {
            Some(Button::Open) => ctx.out.push(Command::OpenUrl(web.link.clone()).into()),
            Some(Button::Copy) => {
                ctx.out.push(Effect::CopyToClipboard(web.link.clone()));
                ctx.toast = Some(crate::lang::tr(self.lang, "cozy-link-copied").into_owned());
            }
            Some(Button::Back) => {
                ctx.nav = Some(Nav::Home);
                self.web = None;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `onboarding_link`, its refusal in English words.
    fn link(config: &CozyConfig, email: &str, slug: &str) -> Result<String, String> {
        onboarding_link(config, email, slug).map_err(|why| why.said(Lang::En))
    }

    #[test]
    fn the_link_carries_what_was_typed_encoded() {
        let config = CozyConfig::default();
        assert_eq!(
            link(&config, "", "").unwrap(),
            "https://manager.cozycloud.cc/v2/cozy/onboard?offer=cozy_default"
        );
        assert_eq!(
            link(&config, "a+b@example.org", "alice").unwrap(),
            "https://manager.cozycloud.cc/v2/cozy/onboard?email=a%2Bb%40example.org&slug=alice&offer=cozy_default"
        );
        let no_offer = CozyConfig {
            offer: String::new(),
            ..CozyConfig::default()
        };
        assert_eq!(
            link(&no_offer, "", "").unwrap(),
            "https://manager.cozycloud.cc/v2/cozy/onboard"
        );
    }

    #[test]
    fn a_bad_web_address_is_said_in_the_persons_language() {
        let config = CozyConfig {
            web: "mailto:someone".into(),
            ..CozyConfig::default()
        };
        assert_eq!(
            link(&config, "", "").unwrap_err(),
            "cozy.web = \"mailto:someone\" cannot hold a path"
        );
        let why = onboarding_link(&config, "", "").unwrap_err();
        assert_eq!(
            why.said(Lang::Fr),
            "cozy.web = \"mailto:someone\" ne peut pas contenir de chemin"
        );
        let config = CozyConfig {
            web: "nowhere".into(),
            ..CozyConfig::default()
        };
        let why = onboarding_link(&config, "", "").unwrap_err();
        assert!(why.said(Lang::Fr).contains("n’est pas une URL"), "{why:?}");
        assert!(link(&config, "", "").unwrap_err().contains("is not a URL"));
    }

    #[test]
    fn the_sandbox_and_the_redirect() {
        let config = CozyConfig {
            web: "http://127.0.0.1:4000/cozy".into(),
            partner: "my partner".into(),
            redirect: Some("https://app.example.org/done?x=1".into()),
            ..CozyConfig::default()
        };
        assert_eq!(
            link(&config, "", "bob").unwrap(),
            "http://127.0.0.1:4000/cozy/v2/my%20partner/onboard?slug=bob&offer=cozy_default&redirect=https%3A%2F%2Fapp.example.org%2Fdone%3Fx%3D1"
        );
    }
}
