//! What the home menu says of each flow: its entries as they stand, and each provider's
//! sign-in in words, from the state file and what the flows saw in this run.

use super::{App, SandboxStatus, cleura, cloudsigma, home};
use crate::lang::{Lang, tr, tr_args};
use crate::tr;

impl App {
    /// The menu's entries as they stand (a Cozy creation left by an earlier run adds one).
    pub fn home_entries(&self) -> Vec<home::Entry> {
        let left = self.resumable_cozy().map(|record| home::Left {
            record,
            gone: record.sandbox_gone(self.sandbox_url.as_deref()),
        });
        home::entries(
            self.config.lang(),
            left,
            &self.unanswered(),
            self.cozy_token_missing(),
            &self.home_status(),
        )
    }

    /// What is known of each flow, from the state file and what the flows saw in this run:
    /// nothing before the state file is read. Who is signed in is what the flows recorded
    /// when they kept (or forgot) a token or session; a flow that checked it in this run
    /// says "signed in".
    pub fn home_status(&self) -> home::Status {
        if !self.saved.loaded {
            return home::Status::default();
        }
        let lang = self.config.lang();
        let state = &self.saved.state;
        let sandbox = self.sandbox_status != SandboxStatus::Off;
        let of = |id: &str, fqdn: &str| tr!(lang, id, fqdn).into_owned();
        let cozy = match &state.cozy {
            Some(record) if record.sandbox_gone(self.sandbox_url.as_deref()) => {
                Some(of("home-status-cozy-gone", &record.fqdn()))
            }
            Some(record) if record.created => Some(of("home-status-cozy-waiting", &record.fqdn())),
            Some(record) => Some(of("home-status-cozy-creating", &record.fqdn())),
            // One activated on a sandbox that is gone is not this run's to speak of.
            None => state
                .cozy_active
                .as_ref()
                .filter(|active| {
                    !crate::store::resume::sandbox_gone(&active.api, self.sandbox_url.as_deref())
                })
                .map(|active| of("home-status-cozy-active", &active.fqdn)),
        };

        let secret = if sandbox {
            cleura::SANDBOX_SECRET
        } else {
            cleura::SECRET
        };
        let endpoint = self.config.cleura.endpoint.trim().trim_end_matches('/');
        let kept = match state.kept.get(secret) {
            Some(Some(kept)) if kept.api == endpoint => KeptNow::Kept(kept),
            // Recorded as not kept, or kept for another endpoint: none is for this one.
            Some(_) => KeptNow::No,
            // The last login that signed in hints at a token an earlier version kept.
            None if state.cleura_login.is_some() => KeptNow::Unknown,
            None => KeptNow::No,
        };
        let signed_in = match self.flows.cleura.as_ref().map(|f| &f.step) {
            Some(cleura::Step::Regions(regions)) => Some(regions.session.login.clone()),
            _ => None,
        };
        let cleura = Some(signed_in_words(lang, signed_in, kept, Kind::Token));

        let secret = if sandbox {
            cloudsigma::SANDBOX_SECRET
        } else {
            cloudsigma::SECRET
        };
        // A sandbox's session is for that sandbox only.
        let kept = match state.kept.get(secret) {
            Some(Some(kept))
                if !sandbox
                    || self
                        .sandbox_url
                        .as_deref()
                        .is_some_and(|url| kept.api.starts_with(url.trim_end_matches('/'))) =>
            {
                KeptNow::Kept(kept)
            }
            Some(_) => KeptNow::No,
            // A location chosen hints at a session an earlier version kept.
            None if state.cloudsigma_location.is_some() => KeptNow::Unknown,
            None => KeptNow::No,
        };
        let signed_in = self.flows.cloudsigma.as_ref().and_then(|f| f.signed_in());
        let cloudsigma = Some(signed_in_words(lang, signed_in, kept, Kind::Session));
        home::Status {
            cozy,
            cleura,
            cloudsigma,
        }
    }
}

/// What the state file says of a provider's kept token or session, for this run.
enum KeptNow<'a> {
    Kept(&'a crate::store::resume::Kept),
    /// Recorded as not kept (or kept for another endpoint, or a sandbox that is gone).
    No,
    /// Never recorded (an earlier version signed in): only opening the flow can tell.
    Unknown,
}

/// What a provider keeps to stay signed in; the catalogue picks its word (and, in French,
/// the words that agree with it) by this name.
#[derive(Clone, Copy)]
enum Kind {
    Token,
    Session,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Token => "token",
            Kind::Session => "session",
        }
    }
}

/// A provider's sign-in in words: checked in this run (`signed_in`, who), else what the
/// state file says is kept, else not signed in.
fn signed_in_words(lang: Lang, signed_in: Option<String>, kept: KeptNow, what: Kind) -> String {
    let kept_message = |id: &str, who: &str, kept: &crate::store::resume::Kept| {
        let store = crate::store::secrets::kept_in(lang, &kept.store);
        let mut args = vec![
            ("who", who.into()),
            ("what", what.name().into()),
            ("store", store.into()),
        ];
        let id = match &kept.place {
            Some(place) => {
                args.push(("place", place.into()));
                format!("{id}-at")
            }
            None => id.to_string(),
        };
        tr_args(lang, &id, &args).into_owned()
    };
    match (signed_in, kept) {
        (Some(who), KeptNow::Kept(kept)) if kept.who == who => {
            kept_message("home-status-signed-in-kept", &who, kept)
        }
        (Some(who), _) => tr!(
            lang,
            "home-status-signed-in-not-kept",
            who,
            what = what.name()
        )
        .into_owned(),
        (None, KeptNow::Kept(kept)) => kept_message("home-status-kept", &kept.who, kept),
        (None, KeptNow::No) => tr(lang, "home-status-signed-out").into_owned(),
        (None, KeptNow::Unknown) => {
            tr!(lang, "home-status-maybe-kept", what = what.name()).into_owned()
        }
    }
}

#[cfg(test)]
#[path = "home_status_tests.rs"]
mod tests;
