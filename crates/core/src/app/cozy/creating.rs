//! Step 5: the Cloudery creates the instance; its workflow is followed live (the backend
//! polls on a growing interval and streams each look). A failed or stopped creation, or one
//! that outlived the deadline, says why and offers to try again or go back.

use std::time::{Duration, Instant};

use super::{Button, Cozy, Do, End, Failure, Step, action_of};
use crate::app::ask::{Ask, AskKind, choice};
use crate::app::problem::{Problem, ProblemKind};
use crate::app::{Ctx, Input, Nav};
use crate::lang::{Lang, tr};
use crate::store::resume::Remember;
use crate::tr;

/// The workflow as last seen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Following {
    /// When following started (elapsed time is counted from it).
    pub since: Instant,
    pub status: Option<String>,
    /// Looks taken so far.
    pub attempt: u32,
    /// What went wrong with the last look (it is being retried).
    pub trouble: Option<String>,
    pub next_in: Option<Duration>,
}

impl Following {
    pub fn new(now: Instant) -> Following {
        Following {
            since: now,
            status: None,
            attempt: 0,
            trouble: None,
            next_in: None,
        }
    }

    /// What is happening, in words.
    pub fn activity(&self, lang: Lang) -> String {
        let id = match self.status.as_deref() {
            None => "cozy-activity-waiting",
            Some("pending") => "cozy-activity-pending",
            Some("running") => "cozy-activity-running",
            Some(other) => {
                return tr!(lang, "cozy-activity-other", status = other).into_owned();
            }
        };
        tr(lang, id).into_owned()
    }
}

/// What "try again" does after a stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// The workflow ended badly: ask for the instance again.
    Create,
    /// Following it failed (deadline, network): look at the same workflow again.
    Follow,
}

/// Step 5 when the creation did not go through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stopped {
    pub problem: Problem,
    pub retry: Retry,
}

impl Cozy {
    pub(super) fn progress(
        &mut self,
        status: Option<String>,
        attempt: u32,
        trouble: Option<String>,
        next_in: Duration,
    ) {
        if let Step::Creating(following) = &mut self.step {
            if status.is_some() {
                following.status = status;
            }
            following.attempt = attempt;
            following.trouble = trouble;
            following.next_in = Some(next_in);
        }
    }

    pub(super) fn ended(&mut self, end: End) {
        let fqdn = self.fqdn();
        let lang = self.lang;
        let stopped = |message: String, kind, retry| {
            Step::Stopped(Stopped {
                problem: Problem { message, kind },
                retry,
            })
        };
        let step = match end {
            End::Succeeded => Step::CheckEmail,
            End::Failed | End::Stopped => {
                let how = if end == End::Failed {
                    "failed"
                } else {
                    "stopped"
                };
                stopped(
                    tr!(lang, "cozy-creation-failed", fqdn = &fqdn, how).into_owned(),
                    ProblemKind::Refused,
                    Retry::Create,
                )
            }
            End::GaveUp { after } => stopped(
                tr!(
                    lang,
                    "cozy-creation-gave-up",
                    fqdn = &fqdn,
                    after = clock(after)
                )
                .into_owned(),
                ProblemKind::Failed,
                Retry::Follow,
            ),
            End::Failure(Failure::MissingToken) => stopped(
                super::missing_token(lang),
                ProblemKind::Invalid,
                Retry::Follow,
            ),
            End::Failure(failure) => {
                let problem = failure.problem(lang);
                stopped(
                    tr!(
                        lang,
                        "cozy-follow-failed",
                        fqdn = &fqdn,
                        problem = &problem.message
                    )
                    .into_owned(),
                    problem.kind,
                    Retry::Follow,
                )
            }
        };
        self.go(step);
    }

    pub(super) fn creating_input(&mut self, input: Input, ctx: &mut Ctx) {
        if action_of(&input, &self.keymap()) == Some(Do::Press(Button::Back)) {
            ctx.nav = Some(Nav::Home)
        }
    }

    pub(super) fn stopped_input(&mut self, input: Input, ctx: &mut Ctx) {
        let Step::Stopped(stopped) = &self.step else {
            return;
        };
        let retry = stopped.retry;
        let picked = match input {
            Input::Answer(text) => {
                let text = text.trim().to_ascii_lowercase();
                // The options as offered in this language, or as a script says them in
                // English.
                let picked = choice(&text, &stopped_options(self.lang))
                    .or_else(|| choice(&text, &STOPPED_OPTIONS));
                match (picked, text.as_str()) {
                    (Some(0), _) | (_, "r" | "retry" | "y" | "yes") => Some(true),
                    (Some(1), _) | (_, "b" | "back" | "n" | "no") => Some(false),
                    (Some(_), _) | (_, "menu") => {
                        // The failure stays in front of the flow, to be retried later.
                        ctx.nav = Some(Nav::Home);
                        None
                    }
                    _ => None,
                }
            }
            input => match action_of(&input, &self.keymap()) {
                Some(Do::Press(Button::Retry)) => Some(true),
                Some(Do::Press(Button::Back)) => Some(false),
                _ => None,
            },
        };
        match picked {
            Some(true) => match retry {
                Retry::Follow => self.follow(ctx, Duration::ZERO),
                Retry::Create => {
                    self.created = None;
                    self.create(ctx);
                }
            },
            Some(false) => {
                // The person gives this creation up: nothing is left to resume.
                self.created = None;
                ctx.remember(Remember::CozyResume(None));
                self.go(Step::Confirm { sending: false });
            }
            None => {}
        }
    }

    pub(super) fn creating_ask(&self, following: &Following) -> Ask {
        let activity = following.activity(self.lang);
        let what = match &following.trouble {
            Some(trouble) => tr!(
                self.lang,
                "cozy-creating-ask-trouble",
                activity,
                fqdn = self.fqdn(),
                trouble
            ),
            None => tr!(self.lang, "cozy-creating-ask", activity, fqdn = self.fqdn()),
        };
        Ask::wait(what)
    }

    pub(super) fn stopped_ask(&self, stopped: &Stopped) -> Ask {
        Ask {
            key: "retry",
            kind: AskKind::Choice {
                options: stopped_options(self.lang).to_vec(),
            },
            prompt: tr(self.lang, "cozy-stopped-prompt").into_owned(),
            context: Vec::new(),
            default: Some("1".into()),
            problem: Some(stopped.problem.clone()),
            conceal: None,
        }
    }
}

/// What a script or the plain mode can do after a creation stopped, as the screen offers,
/// in English (an answers file may give one by its English words whatever the language).
pub const STOPPED_OPTIONS: [&str; 3] = ["Try again", "Change the details", "Back to the menu"];

/// `STOPPED_OPTIONS` in `lang`, in the same order.
fn stopped_options(lang: Lang) -> [String; 3] {
    [
        "cozy-stopped-try-again",
        "cozy-stopped-change",
        "cozy-stopped-menu",
    ]
    .map(|id| tr(lang, id).into_owned())
}

/// A duration as m:ss.
pub fn clock(d: Duration) -> String {
    let s = d.as_secs();
    format!("{}:{:02}", s / 60, s % 60)
}
