//! Actions a provider cannot be asked twice — creating a Cozy, setting its first passphrase,
//! opening a CloudSigma account — written down before they are sent and crossed out when
//! their answer comes. One still written after its request ended was done or not, nobody
//! knows: it stays on the menu and in `cozy status` so that the person is never left
//! believing it lost, and a later "already taken" or "already used" is read as what it most
//! likely is, the person's own earlier request.

use serde::{Deserialize, Serialize};

use crate::lang::{Lang, tr, tr_args};

/// A request sent whose answer has not been seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Sent {
    /// The Cloudery was asked to create `slug.domain` for `email`.
    CozyCreate {
        api: String,
        slug: String,
        domain: String,
        email: String,
        /// Seconds since the Unix epoch (0 until the state file stamps it).
        sent_at: u64,
    },
    /// The instance `fqdn` was sent its first passphrase.
    CozyPassphrase {
        fqdn: String,
        /// The instance's address, to sign in at.
        address: String,
        sent_at: u64,
    },
    /// CloudSigma was asked to open an account for `email` at `api`.
    #[serde(rename = "cloudsigma_create")]
    CloudSigmaCreate {
        api: String,
        email: String,
        sent_at: u64,
    },
}

/// A request of this run that left and whose answer never came, with why (in words): each
/// reader says what to do about it its own way (the wizard has a key to ask again).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lost {
    pub sent: Sent,
    pub why: String,
}

/// Which action a record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SentKind {
    CozyCreate,
    CozyPassphrase,
    CloudSigmaCreate,
}

impl Sent {
    pub fn kind(&self) -> SentKind {
        match self {
            Sent::CozyCreate { .. } => SentKind::CozyCreate,
            Sent::CozyPassphrase { .. } => SentKind::CozyPassphrase,
            Sent::CloudSigmaCreate { .. } => SentKind::CloudSigmaCreate,
        }
    }

    /// The Cozy instance it was for, for the Cozy actions.
    pub fn cozy_fqdn(&self) -> Option<String> {
        match self {
            Sent::CozyCreate { slug, domain, .. } => Some(format!("{slug}.{domain}")),
            Sent::CozyPassphrase { fqdn, .. } => Some(fqdn.clone()),
            Sent::CloudSigmaCreate { .. } => None,
        }
    }

    pub fn sent_at(&self) -> u64 {
        match self {
            Sent::CozyCreate { sent_at, .. }
            | Sent::CozyPassphrase { sent_at, .. }
            | Sent::CloudSigmaCreate { sent_at, .. } => *sent_at,
        }
    }

    /// When it was sent, as an HTTP date says it ("Mon, 07 Dec 2026 11:56:34 GMT").
    pub fn when(&self) -> Option<String> {
        let at = self.sent_at();
        (at > 0).then(|| {
            httpdate::fmt_http_date(std::time::UNIX_EPOCH + std::time::Duration::from_secs(at))
        })
    }

    /// When it left, for a sentence in `lang`. English keeps the HTTP date its records have
    /// always been shown with; any other language reads the instant as `2025-12-07 09:33 UTC`:
    /// numbers in ISO 8601's order, with no weekday or month names to translate (UTC stays:
    /// the state machine reads no clock and no time zone).
    pub fn when_in(&self, lang: Lang) -> Option<String> {
        if lang == Lang::En {
            return self.when();
        }
        let at = self.sent_at();
        (at > 0).then(|| {
            let (days, seconds) = (at / 86_400, at % 86_400);
            let (year, month, day) = civil_date(days);
            let (hour, minute) = (seconds / 3600, seconds % 3600 / 60);
            // No-break spaces: the date, its time and UTC are one thing, never split at a
            // line's end.
            format!("{year:04}-{month:02}-{day:02}\u{a0}{hour:02}:{minute:02}\u{a0}UTC")
        })
    }

    /// The same action for the same person and place, whenever it was sent.
    pub fn same_action(&self, other: &Sent) -> bool {
        self.clone().stamped_as(0) == other.clone().stamped_as(0)
    }

    fn stamped_as(mut self, at: u64) -> Sent {
        match &mut self {
            Sent::CozyCreate { sent_at, .. }
            | Sent::CozyPassphrase { sent_at, .. }
            | Sent::CloudSigmaCreate { sent_at, .. } => *sent_at = at,
        }
        self
    }

    /// Gives the record its time when it has none yet (the state machine reads no clock).
    pub fn stamped(self, now: u64) -> Sent {
        if self.sent_at() == 0 {
            self.stamped_as(now)
        } else {
            self
        }
    }

    /// `what`, in `lang`.
    pub fn what_in(&self, lang: Lang) -> String {
        match self {
            Sent::CozyCreate {
                slug,
                domain,
                email,
                ..
            } => tr_args(
                lang,
                "shared-sent-cozy-create",
                &[
                    ("fqdn", format!("{slug}.{domain}").into()),
                    ("email", email.into()),
                ],
            ),
            Sent::CozyPassphrase { fqdn, .. } => tr_args(
                lang,
                "shared-sent-cozy-passphrase",
                &[("fqdn", fqdn.into())],
            ),
            Sent::CloudSigmaCreate { api, email, .. } => tr_args(
                lang,
                "shared-sent-cloudsigma-create",
                &[("email", email.into()), ("host", host_of(api).into())],
            ),
        }
        .into_owned()
    }

    /// `kept_where`, in `lang`.
    pub fn kept_where_in(&self, lang: Lang) -> String {
        let id = match self {
            Sent::CozyCreate { .. } | Sent::CozyPassphrase { .. } => "shared-sent-kept-cozy",
            Sent::CloudSigmaCreate { .. } => "shared-sent-kept-cloudsigma",
        };
        tr(lang, id).into_owned()
    }

    /// `next_step`, in `lang`.
    pub fn next_step_in(&self, lang: Lang) -> String {
        match self {
            Sent::CozyCreate {
                slug,
                domain,
                email,
                ..
            } => tr_args(
                lang,
                "shared-sent-next-cozy-create",
                &[
                    ("email", email.into()),
                    ("fqdn", format!("{slug}.{domain}").into()),
                ],
            ),
            Sent::CozyPassphrase { address, .. } => tr_args(
                lang,
                "shared-sent-next-cozy-passphrase",
                &[("address", address.into())],
            ),
            Sent::CloudSigmaCreate { email, .. } => tr_args(
                lang,
                "shared-sent-next-cloudsigma-create",
                &[("email", email.into())],
            ),
        }
        .into_owned()
    }
}

fn host_of(api: &str) -> String {
    url::Url::parse(api)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| api.to_string())
}

/// What an answer settles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Settled {
    /// This request: its answer came, or the person knows what became of it.
    Request(Sent),
    /// Everything sent for this Cozy instance (fqdn): it is active.
    Cozy(String),
}

/// The fewest records kept: a person's unanswered requests are few, and a flood of them is
/// no record.
pub const MAX_RECORDS: usize = 20;

/// Keeps `sent`, the latest of its action (an older copy of the same action goes).
pub fn keep(records: &mut Vec<Sent>, sent: Sent) {
    records.retain(|r| !r.same_action(&sent));
    records.push(sent);
    if records.len() > MAX_RECORDS {
        records.remove(0);
    }
}

/// Crosses out what `settled` settles.
pub fn settle(records: &mut Vec<Sent>, settled: &Settled) {
    records.retain(|r| match settled {
        Settled::Request(sent) => !r.same_action(sent),
        Settled::Cozy(fqdn) => r.cozy_fqdn().as_deref() != Some(fqdn.as_str()),
    });
}

/// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_date(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn create(slug: &str) -> Sent {
        Sent::CozyCreate {
            api: "https://manager.cozycloud.cc/api".into(),
            slug: slug.into(),
            domain: "mycozy.cloud".into(),
            email: "alice@example.org".into(),
            sent_at: 0,
        }
    }

    #[test]
    fn each_action_is_kept_once_and_settled_on_its_own() {
        let mut records = Vec::new();
        keep(&mut records, create("first").stamped(1));
        keep(
            &mut records,
            Sent::CloudSigmaCreate {
                api: "https://zrh.cloudsigma.com/api/2.0/".into(),
                email: "a@b.org".into(),
                sent_at: 5,
            },
        );
        keep(&mut records, create("second"));
        keep(&mut records, create("first").stamped(9));
        assert_eq!(records.len(), 3);
        assert_eq!(records[2], create("first").stamped(9));
        settle(&mut records, &Settled::Request(create("second")));
        assert_eq!(records.len(), 2);
        keep(
            &mut records,
            Sent::CozyPassphrase {
                fqdn: "first.mycozy.cloud".into(),
                address: "https://first.mycozy.cloud/".into(),
                sent_at: 0,
            },
        );
        settle(&mut records, &Settled::Cozy("first.mycozy.cloud".into()));
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].kind(), SentKind::CloudSigmaCreate);
    }

    #[test]
    fn records_are_bounded_the_oldest_dropped() {
        let mut records = Vec::new();
        for i in 0..MAX_RECORDS + 5 {
            keep(&mut records, create(&format!("s{i}")));
        }
        assert_eq!(records.len(), MAX_RECORDS);
        assert_eq!(records[0], create("s5"));
    }

    #[test]
    fn a_record_is_stamped_once() {
        let sent = create("a").stamped(100).stamped(200);
        assert_eq!(sent.sent_at(), 100);
        assert!(sent.same_action(&create("a")));
        assert!(!sent.same_action(&create("b")));
        assert_eq!(
            sent.when().as_deref(),
            Some("Thu, 01 Jan 1970 00:01:40 GMT")
        );
        assert_eq!(create("a").when(), None);
    }

    #[test]
    fn the_words_name_what_for_whom_and_the_next_step() {
        let sent = create("alice");
        assert_eq!(
            sent.what_in(Lang::En),
            "the creation of alice.mycozy.cloud for alice@example.org"
        );
        assert!(sent.next_step_in(Lang::En).contains("alice@example.org"));
        assert!(sent.next_step_in(Lang::En).contains("already taken"));
        assert_eq!(
            sent.what_in(Lang::Fr),
            "la création d’alice.mycozy.cloud pour alice@example.org"
        );
        assert!(sent.next_step_in(Lang::Fr).contains("alice@example.org"));
        let json = serde_json::to_string(&sent).unwrap();
        assert!(json.contains(r#""action":"cozy_create""#), "{json}");
    }
}
