//! Work the providers started that must survive quitting or a crash: a Cozy being created is
//! remembered (its workflow id) until it ends, so the home menu can offer to follow it again.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::sent::{Sent, Settled};
use crate::api::cozy::RouteSet;
use crate::lang::{Lang, tr_args};

/// A Cozy creation that was sent and has not been seen to end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CozyResume {
    pub workflow: String,
    #[serde(default)]
    pub instance: Option<String>,
    pub slug: String,
    pub domain: String,
    pub email: String,
    /// The Cloudery it was created on: following it elsewhere would not find it.
    pub api: String,
    /// Seconds since the Unix epoch when the creation was sent.
    pub started_at: u64,
    /// The Cloudery's pair of routes that took it (absent in records of older versions).
    #[serde(default)]
    pub routes: Option<RouteSet>,
    /// Its workflow was seen to end well: the instance exists and waits for activation
    /// (absent, false, in records of older versions and while it is being created).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub created: bool,
}

impl CozyResume {
    pub fn fqdn(&self) -> String {
        format!("{}.{}", self.slug, self.domain)
    }

    /// Created on a sandbox (a loopback address with a port) that is not the one this run
    /// uses (`sandbox`, the run's sandbox address if any): that sandbox is gone with its
    /// run, and following the creation there would only wait on a dead port.
    pub fn sandbox_gone(&self, sandbox: Option<&str>) -> bool {
        sandbox_gone(&self.api, sandbox)
    }
}

/// `api` is a sandbox's (a loopback address with a port) that is not the one this run uses
/// (`sandbox`, the run's sandbox address if any): that sandbox is gone with its run.
pub fn sandbox_gone(api: &str, sandbox: Option<&str>) -> bool {
    let Some(origin) = loopback_origin(api) else {
        return false;
    };
    sandbox.and_then(loopback_origin) != Some(origin)
}

/// A Cozy seen activated, and the Cloudery it was created on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CozyActive {
    pub fqdn: String,
    pub api: String,
}

/// `scheme://host:port` of a URL whose host is a loopback address and that names a port.
fn loopback_origin(url: &str) -> Option<String> {
    let url = url::Url::parse(url).ok()?;
    let loopback = match url.host()? {
        url::Host::Domain(name) => name.eq_ignore_ascii_case("localhost"),
        url::Host::Ipv4(ip) => ip.is_loopback(),
        url::Host::Ipv6(ip) => ip.is_loopback(),
    };
    let port = url.port()?;
    loopback.then(|| format!("{}://{}:{port}", url.scheme(), url.host_str().unwrap_or("")))
}

/// A token or session a flow kept in the secret store, as that flow last saw it: who it
/// belongs to and where it is kept, never the secret itself. The menu says from it who is
/// signed in without asking the store (which may prompt or hang) or the network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kept {
    /// The login or email it belongs to.
    pub who: String,
    /// The API it is for: a token for another endpoint is not this run's.
    pub api: String,
    /// The location's name, where a provider has locations.
    #[serde(default)]
    pub place: Option<String>,
    /// Where it is kept, in a few words (`Location::short`).
    pub store: String,
}

/// Everything kept in `state.json` (never a secret: those go to `secrets`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    #[serde(default)]
    pub cozy: Option<CozyResume>,
    /// The last Cleura login that signed in, to start the sign-in screen with.
    #[serde(default)]
    pub cleura_login: Option<String>,
    /// The CloudSigma location last chosen: a code, or `custom` with `cloudsigma_custom_api`.
    #[serde(default)]
    pub cloudsigma_location: Option<String>,
    #[serde(default)]
    pub cloudsigma_custom_api: Option<String>,
    /// Which pair of routes each Cloudery (by API root) took a creation on.
    #[serde(default)]
    pub cozy_routes: std::collections::BTreeMap<String, RouteSet>,
    /// Actions sent whose answer was not seen (see `sent`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unanswered: Vec<Sent>,
    /// Tokens and sessions kept in the secret store, by the secret's name (see `Kept`); None
    /// when the flow saw that none is kept. A name missing was never recorded (by an earlier
    /// version, or a flow never opened): whether one is kept is not known.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub kept: std::collections::BTreeMap<String, Option<Kept>>,
    /// The last Cozy seen activated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cozy_active: Option<CozyActive>,
}

impl State {
    /// The record of an earlier request for the same action as `sent`, if one is kept.
    pub fn unanswered_like(&self, sent: &Sent) -> Option<&Sent> {
        self.unanswered.iter().find(|r| r.same_action(sent))
    }
}

/// A choice to remember in the state file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remember {
    /// A Cozy creation to follow again after a crash, or None once it needs no following.
    CozyResume(Option<CozyResume>),
    CleuraLogin(String),
    CloudSigmaLocation {
        code: String,
        custom_api: Option<String>,
    },
    CozyRoutes {
        api: String,
        routes: RouteSet,
    },
    /// Written before a request that cannot be asked twice leaves.
    Sent(Sent),
    /// Its answer came, or the person knows what became of it: crossed out.
    Settled(Settled),
    /// A token or session was kept under this secret name (None: it is kept no longer).
    Kept {
        secret: String,
        kept: Option<Kept>,
    },
    /// This Cozy is activated.
    CozyActive(CozyActive),
}

impl State {
    pub fn apply(&mut self, remember: Remember) {
        match remember {
            Remember::CozyResume(record) => self.cozy = record,
            Remember::CleuraLogin(login) => self.cleura_login = Some(login),
            Remember::CloudSigmaLocation { code, custom_api } => {
                self.cloudsigma_location = Some(code);
                self.cloudsigma_custom_api = custom_api;
            }
            Remember::CozyRoutes { api, routes } => {
                self.cozy_routes.insert(api, routes);
            }
            Remember::Sent(sent) => super::sent::keep(&mut self.unanswered, sent),
            Remember::Settled(settled) => super::sent::settle(&mut self.unanswered, &settled),
            Remember::Kept { secret, kept } => {
                self.kept.insert(secret, kept);
            }
            Remember::CozyActive(active) => self.cozy_active = Some(active),
        }
    }
}

pub fn state_file(data_dir: &Path) -> PathBuf {
    data_dir.join("state.json")
}

/// Reads the state; a missing file is an empty state. A file that cannot be parsed is moved
/// aside and reported with both paths: it is never a crash and never silently lost.
pub fn load(path: &Path) -> (State, Option<StateNotice>) {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (State::default(), None),
        Err(e) => {
            return (
                State::default(),
                Some(StateNotice::Unreadable {
                    path: path.to_path_buf(),
                    error: e.to_string(),
                }),
            );
        }
    };
    match serde_json::from_str(&text) {
        Ok(state) => (state, None),
        Err(e) => {
            let notice = StateNotice::Damaged {
                path: path.to_path_buf(),
                error: e.to_string(),
                aside: super::set_aside(path).ok(),
            };
            (State::default(), Some(notice))
        }
    }
}

/// What became of a state file that could not be used, said to the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StateNotice {
    /// It could not be read (`error`, the system's words).
    Unreadable { path: PathBuf, error: String },
    /// It did not parse (`error`, the parser's words): moved `aside`, or ignored when it could
    /// not be moved.
    Damaged {
        path: PathBuf,
        error: String,
        aside: Option<PathBuf>,
    },
}

impl StateNotice {
    pub fn said(&self, lang: Lang) -> String {
        let shown = |path: &Path| path.display().to_string();
        match self {
            StateNotice::Unreadable { path, error } => tr_args(
                lang,
                "shared-state-unreadable",
                &[("path", shown(path).into()), ("error", error.into())],
            ),
            StateNotice::Damaged {
                path,
                error,
                aside: Some(aside),
            } => tr_args(
                lang,
                "shared-state-damaged-moved",
                &[
                    ("path", shown(path).into()),
                    ("error", error.into()),
                    ("aside", shown(aside).into()),
                ],
            ),
            StateNotice::Damaged {
                path,
                error,
                aside: None,
            } => tr_args(
                lang,
                "shared-state-damaged",
                &[("path", shown(path).into()), ("error", error.into())],
            ),
        }
        .into_owned()
    }
}

/// In English.
impl std::fmt::Display for StateNotice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said(Lang::En))
    }
}

pub fn save(path: &Path, state: &State) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        super::create_private_dir(dir)?;
    }
    let json = serde_json::to_vec_pretty(state).map_err(std::io::Error::other)?;
    super::write_atomic(path, &json, 0o600)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(tag: &str) -> PathBuf {
        let d =
            std::env::temp_dir().join(format!("cloudboard-resume-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        d
    }

    fn sample() -> CozyResume {
        CozyResume {
            workflow: "wf-1".into(),
            instance: None,
            slug: "alice".into(),
            domain: "mycozy.cloud".into(),
            email: "alice@example.org".into(),
            api: "https://manager.cozycloud.cc/api".into(),
            started_at: 1,
            routes: None,
            created: false,
        }
    }

    #[test]
    fn a_creation_on_a_loopback_port_is_gone_unless_this_run_is_that_sandbox() {
        let mut record = sample();
        assert!(!record.sandbox_gone(None));
        record.api = "http://127.0.0.1:4000/cozy/api".into();
        assert!(record.sandbox_gone(None));
        assert!(record.sandbox_gone(Some("http://127.0.0.1:4001")));
        assert!(!record.sandbox_gone(Some("http://127.0.0.1:4000/")));
        record.api = "http://localhost:4000/cozy/api".into();
        assert!(record.sandbox_gone(Some("http://127.0.0.1:4000")));
        // A loopback address without a port is not a sandbox's.
        record.api = "http://127.0.0.1/cozy/api".into();
        assert!(!record.sandbox_gone(None));
    }

    #[test]
    fn kept_sessions_are_remembered_and_forgotten_by_secret_name() {
        let mut state = State::default();
        let kept = Kept {
            who: "bob".into(),
            api: "https://rest.cleura.cloud".into(),
            place: None,
            store: "the desktop keyring".into(),
        };
        state.apply(Remember::Kept {
            secret: "cleura".into(),
            kept: Some(kept.clone()),
        });
        assert_eq!(state.kept.get("cleura"), Some(&Some(kept)));
        state.apply(Remember::Kept {
            secret: "cleura".into(),
            kept: None,
        });
        assert_eq!(state.kept.get("cleura"), Some(&None), "known not kept");
        assert_eq!(state.kept.get("cloudsigma"), None, "not known");
    }

    #[test]
    fn round_trip() {
        let d = dir("rt");
        let path = state_file(&d);
        let mut state = State {
            cozy: Some(sample()),
            ..State::default()
        };
        state.apply(Remember::CleuraLogin("bob".into()));
        save(&path, &state).unwrap();
        assert_eq!(load(&path), (state, None));
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn a_truncated_file_is_set_aside_and_reported() {
        let d = dir("broken");
        let path = state_file(&d);
        let state = State {
            cozy: Some(sample()),
            ..State::default()
        };
        save(&path, &state).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, &text[..text.len() / 2]).unwrap();
        let (state, notice) = load(&path);
        assert_eq!(state, State::default());
        let notice = notice.unwrap().to_string();
        assert!(notice.contains("state.json"), "{notice}");
        assert!(notice.contains("moved to"), "{notice}");
        assert!(!path.exists());
        let _ = std::fs::remove_dir_all(&d);
    }
}
