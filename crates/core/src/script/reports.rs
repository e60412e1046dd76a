//! What each subcommand prints with `--json`: one shape per command, every field true or
//! absent (never `null`, never an empty string standing for "unknown"). docs/SCRIPTING.md
//! describes them; `tests/script_json.rs` parses them.

use serde::Serialize;

use crate::app::cleura::Regions;
use crate::app::cleura::regions::Row;
use crate::app::cloudsigma::Account;
use crate::store::secrets::Location;

/// Where a signed-in session came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SessionOrigin {
    /// Signed in now, with the password (and code) given.
    New,
    /// A session an earlier run kept, still valid: nothing given was used.
    Kept,
}

/// `cozy create`: the Cozy the Cloudery created and whose workflow ended.
#[derive(Debug, Serialize)]
pub struct CozyCreated {
    pub fqdn: String,
    pub slug: String,
    pub domain: String,
    pub email: String,
    /// The instance's address, once activated.
    pub address: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// Absent when the address was found taken by the person's own earlier, unanswered
    /// request: its workflow was never seen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workflow: Option<String>,
    /// The workflow's final status (`succeeded`), or `probably_created` (see `workflow`).
    pub status: String,
    pub terms_version: String,
}

/// `cozy status` without a workflow: what this machine remembers.
#[derive(Debug, Serialize)]
pub struct CozyRemembered {
    /// A creation being followed (resumed from the wizard's menu).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub following: Option<Following>,
    /// Requests sent whose answer never came.
    pub unanswered: Vec<crate::store::sent::Sent>,
}

#[derive(Debug, Serialize)]
pub struct Following {
    pub fqdn: String,
    pub email: String,
    pub workflow: String,
    pub started_at: u64,
}

/// `cozy status`.
#[derive(Debug, Serialize)]
pub struct WorkflowStatus {
    pub workflow: String,
    pub status: String,
}

/// `cozy activate`.
#[derive(Debug, Serialize)]
pub struct CozyActivated {
    pub fqdn: String,
    pub address: String,
    pub activated: bool,
    /// Present when the activation was not seen: an earlier passphrase whose answer was lost
    /// most likely set it (the link is now spent).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub probably: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// `cozy onboard-link`.
#[derive(Debug, Serialize)]
pub struct OnboardLink {
    pub link: String,
}

/// One region of one Cleura domain.
#[derive(Debug, Serialize)]
pub struct Region {
    pub area: String,
    pub area_tag: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    pub domain_id: String,
    pub domain_name: String,
    pub domain_status: String,
    pub enabled: bool,
}

impl From<&Row> for Region {
    fn from(r: &Row) -> Region {
        let given = |s: &str| (!s.is_empty() && s != "—").then(|| s.to_string());
        Region {
            area: r.area.clone(),
            area_tag: r.area_tag.clone(),
            region: given(&r.region).filter(|_| !r.tag.is_empty()),
            tag: given(&r.tag),
            status: given(&r.status),
            domain_id: r.domain_id.clone(),
            domain_name: r.domain_name.clone(),
            domain_status: r.domain_status.clone(),
            enabled: r.enabled,
        }
    }
}

/// Where a secret is kept, as JSON says it: in English whatever the run's language, as
/// every JSON value is.
fn kept_in(kept: &Result<Location, String>) -> Option<String> {
    kept.as_ref()
        .ok()
        .map(|kept| kept.describe_in(crate::lang::Lang::En))
}

/// `cleura login`: who is signed in, where, and the regions the sign-in listed.
#[derive(Debug, Serialize)]
pub struct CleuraSession {
    pub login: String,
    pub endpoint: String,
    pub api: &'static str,
    pub session: SessionOrigin,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token_kept_in: Option<String>,
    pub regions: Vec<Region>,
}

impl CleuraSession {
    pub fn of(regions: &Regions) -> CleuraSession {
        CleuraSession {
            login: regions.session.login.clone(),
            endpoint: regions.session.endpoint.clone(),
            api: regions.session.api.label(),
            session: if regions.resumed {
                SessionOrigin::Kept
            } else {
                SessionOrigin::New
            },
            token_kept_in: kept_in(&regions.kept),
            regions: region_list(regions),
        }
    }
}

pub fn region_list(regions: &Regions) -> Vec<Region> {
    regions
        .view
        .iter()
        .map(|&i| Region::from(&regions.rows[i]))
        .collect()
}

/// `cleura regions`.
#[derive(Debug, Serialize)]
pub struct CleuraRegions {
    pub login: String,
    pub endpoint: String,
    pub api: &'static str,
    pub regions: Vec<Region>,
}

/// `cleura projects DOMAIN`.
#[derive(Debug, Serialize)]
pub struct CleuraProjects {
    pub login: String,
    pub domain_id: String,
    pub projects: Vec<CleuraProject>,
}

#[derive(Debug, Serialize)]
pub struct CleuraProject {
    pub id: String,
    pub name: String,
    pub enabled: bool,
    /// Absent where the API does not say (v2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl From<&crate::api::cleura::Project> for CleuraProject {
    fn from(p: &crate::api::cleura::Project) -> CleuraProject {
        CleuraProject {
            id: p.id.clone(),
            name: p.name.clone(),
            enabled: p.enabled,
            default: p.default,
            description: (!p.description.is_empty()).then(|| p.description.clone()),
        }
    }
}

/// `cleura logout` and `cloudsigma logout`.
#[derive(Debug, Default, Serialize)]
pub struct SignedOut {
    /// False when nothing was kept on this machine: there was nothing to do.
    pub was_signed_in: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// The provider confirmed the session ended.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ended_on_server: Option<bool>,
    /// The secret is no longer kept on this machine.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forgotten: Option<bool>,
}

/// `cloudsigma create-account`.
#[derive(Debug, Serialize)]
pub struct SigmaCreated {
    pub email: String,
    pub location: String,
    pub api: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// Present when the account was not seen created: CloudSigma refused the email after
    /// an earlier, unanswered request to create it, which most likely opened it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub probably: bool,
}

/// What CloudSigma says about the signed-in account.
#[derive(Debug, Serialize)]
pub struct SigmaProfile {
    pub email: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub balance: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
}

/// `cloudsigma login` and `cloudsigma whoami`.
#[derive(Debug, Serialize)]
pub struct SigmaAccount {
    pub location: String,
    pub api: String,
    pub session: SessionOrigin,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_kept_in: Option<String>,
    pub account: SigmaProfile,
}

impl SigmaAccount {
    pub fn of(account: &Account, location: &str) -> SigmaAccount {
        let info = &account.info;
        SigmaAccount {
            location: location.to_string(),
            api: account.api.clone(),
            session: if account.resumed {
                SessionOrigin::Kept
            } else {
                SessionOrigin::New
            },
            session_kept_in: kept_in(&account.kept),
            account: SigmaProfile {
                email: account.email.clone(),
                uuid: info.uuid.clone(),
                state: info.state.clone(),
                balance: info.balance.clone(),
                currency: info.currency.clone(),
            },
        }
    }

    /// The account as text lines, for stdout.
    pub fn lines(&self) -> Vec<String> {
        let a = &self.account;
        let label = |id: &str| super::said(id).into_owned();
        let mut rows = vec![vec![label("scripts-label-email"), a.email.clone()]];
        if let Some(uuid) = &a.uuid {
            rows.push(vec![label("scripts-label-uuid"), uuid.clone()]);
        }
        if let Some(state) = &a.state {
            rows.push(vec![label("scripts-label-state"), state.clone()]);
        }
        if let Some(balance) = &a.balance {
            let amount = crate::text::amount_in(super::lang(), balance, a.currency.as_deref());
            rows.push(vec![label("scripts-label-balance"), amount]);
        }
        rows.push(vec![label("scripts-label-location"), self.location.clone()]);
        crate::text::columns(&rows)
    }
}

/// One CloudSigma location, for `cloudsigma locations`: its code and name as CloudSigma
/// writes them, and where its API answers.
#[derive(Debug, Serialize)]
pub struct SigmaLocation {
    pub code: String,
    pub name: String,
    pub api: String,
}

/// `cloudsigma locations`: `current` when CloudSigma's API gave the list, `built-in` when
/// it did not answer.
#[derive(Debug, Serialize)]
pub struct SigmaLocations {
    pub source: &'static str,
    pub locations: Vec<SigmaLocation>,
}
