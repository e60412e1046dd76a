//! The home menu: the three flows, each with what is known of it (who is signed in, the Cozy
//! being created or waiting for activation), a Cozy creation to resume or to finish
//! activating when an earlier run left one, a request an earlier run sent and never saw
//! answered, the Cozy web onboarding as an alternative, and quitting.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::{Front, Key, KeyHelp, Keymap, Scroll};
use crate::lang::{Lang, tr};
use crate::store::resume::CozyResume;
use crate::store::sent::{Sent, SentKind};
use crate::tr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Open {
    Cozy,
    /// Follow the Cozy creation an earlier run started.
    CozyResume,
    /// Activate the Cozy an earlier run saw created.
    CozyFinish,
    /// Forget the Cozy creation an earlier run left on a sandbox that is gone.
    CozyForget,
    /// See to a request an earlier run sent and never saw answered: the state's record
    /// at `index`.
    Unanswered {
        index: usize,
        kind: SentKind,
    },
    /// Build the Cloudery's web onboarding link instead, to open in a browser or on a phone.
    CozyWeb,
    Cleura,
    CloudSigma,
    Quit,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub open: Open,
    /// The digit that opens it directly, for the three flows.
    pub digit: Option<char>,
    pub title: String,
    pub blurb: String,
    /// What is known of this flow's state (who is signed in, a Cozy's progress), shown
    /// instead of the blurb.
    pub status: Option<String>,
}

impl Entry {
    /// The flow this entry shows, to keep it selected when that flow goes back to the menu.
    pub fn front(&self) -> Option<Front> {
        match self.open {
            Open::Cozy
            | Open::CozyResume
            | Open::CozyFinish
            | Open::CozyForget
            | Open::CozyWeb
            | Open::Unanswered {
                kind: SentKind::CozyCreate | SentKind::CozyPassphrase,
                ..
            } => Some(Front::Cozy),
            Open::Unanswered {
                kind: SentKind::CloudSigmaCreate,
                ..
            } => Some(Front::CloudSigma),
            Open::Cleura => Some(Front::Cleura),
            Open::CloudSigma => Some(Front::CloudSigma),
            Open::Quit => None,
        }
    }
}

fn entry(
    open: Open,
    digit: Option<char>,
    title: impl Into<String>,
    blurb: impl Into<String>,
) -> Entry {
    Entry {
        open,
        digit,
        title: title.into(),
        blurb: blurb.into(),
        status: None,
    }
}

/// A Cozy creation an earlier run left in the state file, and what can be done with it.
#[derive(Debug, Clone, Copy)]
pub struct Left<'a> {
    pub record: &'a CozyResume,
    /// Created on a sandbox that no longer runs (`CozyResume::sandbox_gone`).
    pub gone: bool,
}

/// What is known of each flow, as the menu says it under the flow's entry (None: nothing
/// to say, the blurb stands).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Status {
    pub cozy: Option<String>,
    pub cleura: Option<String>,
    pub cloudsigma: Option<String>,
}

/// The menu as it stands, in `lang`; without a Cozy partner token, the Cozy entry says so
/// and points to the web onboarding, which needs none.
pub fn entries(
    lang: Lang,
    left: Option<Left>,
    unanswered: &[(usize, &Sent)],
    cozy_token_missing: bool,
    status: &Status,
) -> Vec<Entry> {
    let mut entries = Vec::new();
    for (index, sent) in unanswered {
        entries.push(unanswered_entry(lang, *index, sent));
    }
    if let Some(left) = left {
        entries.push(left_entry(lang, left));
    }
    let said = |id: &str| tr(lang, id);
    entries.extend([
        entry(
            Open::Cozy,
            Some('1'),
            said("home-cozy-title"),
            said(if cozy_token_missing {
                "home-cozy-blurb-no-token"
            } else {
                "home-cozy-blurb"
            }),
        ),
        entry(
            Open::Cleura,
            Some('2'),
            said("home-cleura-title"),
            said("home-cleura-blurb"),
        ),
        entry(
            Open::CloudSigma,
            Some('3'),
            said("home-cloudsigma-title"),
            said("home-cloudsigma-blurb"),
        ),
        entry(
            Open::CozyWeb,
            None,
            said("home-web-title"),
            said("home-web-blurb"),
        ),
        entry(
            Open::Quit,
            None,
            said("home-quit-title"),
            said("home-quit-blurb"),
        ),
    ]);
    for entry in &mut entries {
        entry.status = match entry.open {
            Open::Cozy => status.cozy.clone(),
            Open::Cleura => status.cleura.clone(),
            Open::CloudSigma => status.cloudsigma.clone(),
            _ => None,
        };
    }
    entries
}

/// The entry for the Cozy creation an earlier run left: follow it while it is being
/// created, activate it once it exists, forget it when its sandbox is gone.
fn left_entry(lang: Lang, left: Left) -> Entry {
    let fqdn = left.record.fqdn();
    if left.gone {
        let at = left
            .record
            .api
            .split_once("://")
            .map_or(left.record.api.as_str(), |(_, rest)| rest);
        let at = at.split('/').next().unwrap_or(at);
        return entry(
            Open::CozyForget,
            None,
            tr!(lang, "home-forget-title", fqdn = &fqdn),
            tr!(lang, "home-forget-blurb", at),
        );
    }
    if left.record.created {
        entry(
            Open::CozyFinish,
            None,
            tr!(lang, "home-finish-title", fqdn = &fqdn),
            tr(lang, "home-finish-blurb"),
        )
    } else {
        entry(
            Open::CozyResume,
            None,
            tr!(lang, "home-resume-title", fqdn = &fqdn),
            tr(lang, "home-resume-blurb"),
        )
    }
}

fn unanswered_entry(lang: Lang, index: usize, sent: &Sent) -> Entry {
    let (title, blurb) = match sent {
        Sent::CozyCreate { slug, domain, .. } => (
            tr!(
                lang,
                "home-unanswered-cozy-create-title",
                fqdn = format!("{slug}.{domain}")
            ),
            "home-unanswered-cozy-create-blurb",
        ),
        Sent::CozyPassphrase { fqdn, .. } => (
            tr!(lang, "home-unanswered-cozy-passphrase-title", fqdn),
            "home-unanswered-cozy-passphrase-blurb",
        ),
        Sent::CloudSigmaCreate { email, .. } => (
            tr!(lang, "home-unanswered-cloudsigma-title", email),
            "home-unanswered-cloudsigma-blurb",
        ),
    };
    entry(
        Open::Unanswered {
            index,
            kind: sent.kind(),
        },
        None,
        title,
        tr(lang, blurb),
    )
}

/// An entry for something an earlier run left (a request unanswered, a Cozy creation):
/// Del forgets it.
fn forgettable(open: Open) -> bool {
    matches!(
        open,
        Open::Unanswered { .. } | Open::CozyResume | Open::CozyFinish | Open::CozyForget
    )
}

#[derive(Clone, Debug, Default)]
pub struct Home {
    pub selected: usize,
}

pub enum Outcome {
    Open(Open),
    /// Forget what this entry remembers: the person knows what became of it.
    Forget(Open),
    Moved,
    Ignored,
}

/// What a key does on the menu.
#[derive(Debug, Clone, Copy)]
enum Action {
    Previous,
    Next,
    First,
    Last,
    Open,
    OpenDigit,
    Quit,
    Forget,
}

impl Home {
    /// The bindings, their words in `lang` (what a key does never depends on them).
    fn keymap(&self, entries: &[Entry], lang: Lang) -> Keymap<Action> {
        let forgettable = entries
            .get(self.selected)
            .is_some_and(|e| forgettable(e.open));
        Keymap::new(lang)
            .bind(
                &[Key::Up, Key::BackTab],
                "home-key-choose",
                Action::Previous,
            )
            .and(&[Key::Down, Key::Tab], Action::Next)
            .bind(&[Key::Enter], "home-key-open", Action::Open)
            .bind_if(
                forgettable,
                &[Key::Delete],
                "home-key-forget",
                Action::Forget,
            )
            .bind(
                &[Key::Digits('1', '3')],
                "home-key-open-flow",
                Action::OpenDigit,
            )
            .bind(&[Key::Char('q')], "home-key-quit", Action::Quit)
            // Last: the key bar shows it when there is room, the help always.
            .bind(&[Key::Home], "home-key-first-last", Action::First)
            .and(&[Key::End], Action::Last)
    }

    pub fn key(&mut self, key: KeyEvent, entries: &[Entry]) -> Outcome {
        let last = entries.len().saturating_sub(1);
        self.selected = self.selected.min(last);
        let Some(action) = self.keymap(entries, Lang::En).action(&key) else {
            return Outcome::Ignored;
        };
        match action {
            Action::Previous => {
                self.selected = self.selected.checked_sub(1).unwrap_or(last);
                Outcome::Moved
            }
            Action::Next => {
                self.selected = if self.selected >= last {
                    0
                } else {
                    self.selected + 1
                };
                Outcome::Moved
            }
            Action::First => {
                self.selected = 0;
                Outcome::Moved
            }
            Action::Last => {
                self.selected = last;
                Outcome::Moved
            }
            Action::Open => match entries.get(self.selected) {
                Some(entry) => Outcome::Open(entry.open),
                None => Outcome::Ignored,
            },
            Action::OpenDigit => {
                let KeyCode::Char(digit) = key.code else {
                    return Outcome::Ignored;
                };
                match entries.iter().position(|e| e.digit == Some(digit)) {
                    Some(index) => {
                        self.selected = index;
                        Outcome::Open(entries[index].open)
                    }
                    None => Outcome::Ignored,
                }
            }
            Action::Quit => Outcome::Open(Open::Quit),
            Action::Forget => match entries.get(self.selected) {
                Some(entry) if forgettable(entry.open) => Outcome::Forget(entry.open),
                _ => Outcome::Ignored,
            },
        }
    }

    /// A click selects an entry and opens it, as Enter would.
    pub fn click(&mut self, index: usize, entries: &[Entry]) -> Outcome {
        match entries.get(index) {
            Some(entry) => {
                self.selected = index;
                Outcome::Open(entry.open)
            }
            None => Outcome::Ignored,
        }
    }

    /// The wheel moves the selection.
    pub fn scroll(&mut self, scroll: Scroll, entries: &[Entry]) -> Outcome {
        self.selected = match scroll {
            Scroll::Down => (self.selected + 1).min(entries.len().saturating_sub(1)),
            Scroll::Up => self.selected.saturating_sub(1),
        };
        Outcome::Moved
    }

    /// The menu's keys, said in `lang`.
    pub fn keys(&self, entries: &[Entry], lang: Lang) -> Vec<KeyHelp> {
        self.keymap(entries, lang).help()
    }
}
