//! The Cloudery's own web onboarding, as an alternative: the link carries what was typed so
//! far, opens in a browser, and shows as a QR code for a phone.

use super::qr::Qr;
use super::{Button, Cozy, Do, action_of};
use crate::app::{Command, Ctx, Effect, Input, Nav};
use crate::config::CozyConfig;
use crate::lang::Lang;
use crate::tr;

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
            BadWebAddress::NotAUrl { web, error } => {
                tr!(lang, "cozy-web-not-a-url", setting = setting(web), error)
            }
            BadWebAddress::NoPath { web } => tr!(lang, "cozy-web-no-path", setting = setting(web)),
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
#[path = "web_tests.rs"]
mod tests;
