//! What the backend answers, and where each answer takes the flow. An answer for a request
//! the flow no longer waits for is dropped.

use super::forms;
use super::{
    Account, Action, Checked, CloudSigma, CreatedAccount, Finished, KeptSessionUnused, ListSource,
    Reply, Saved, SignedIn, Step, Work,
};
use crate::api::ApiError;
use crate::api::cloudsigma::Created;
use crate::api::error::Refusal;
use crate::app::problem::{Problem, ProblemKind};
use crate::app::{Ctx, RequestId};
use crate::lang::{Lang, tr};
use crate::store::resume::Remember;
use crate::store::sent::{Lost, Sent, Settled};
use crate::tr;

impl CloudSigma {
    /// An answer from the backend. One that is not for the request in flight (a screen the
    /// person left, a request cancelled) is dropped.
    pub fn reply(&mut self, id: RequestId, reply: Reply, ctx: &mut Ctx) {
        self.sync(ctx);
        if let Reply::Forgot(result) = reply {
            // Forgetting runs beside the flow's own requests; only a failure is worth a word.
            if let Err(why) = result {
                ctx.toast_problem(tr!(self.lang, "cloudsigma-forget-failed", why).into_owned());
            }
            return;
        }
        if let Reply::Locations(result) = reply {
            // Beside the flow's own requests too.
            if self.locations_request == Some(id) {
                self.locations_request = None;
                match result {
                    Ok(places) => self.location.use_list(places, self.lang),
                    Err(error) => {
                        self.location.source = ListSource::Unavailable(error.said_in(self.lang))
                    }
                }
            }
            return;
        }
        if self.pending.answer(id).is_none() {
            return;
        }
        match reply {
            Reply::Saved(result) => self.on_saved(result, ctx),
            Reply::Created(result) => self.on_created(result, ctx),
            Reply::SignedIn(result) => self.on_signed_in(result, ctx),
            Reply::Checked(result) => self.on_checked(result, ctx),
            Reply::SignedOut { remote, local } => {
                if local.is_ok() {
                    self.keep(ctx, None);
                }
                self.on_signed_out(remote, local)
            }
            Reply::PasswordSet(result) => self.on_password_set(result),
            Reply::Forgot(_) | Reply::Locations(_) => {}
        }
    }

    /// The password is set: on to sign in, with the email and that password filled in.
    fn on_password_set(&mut self, result: Result<(), String>) {
        let Step::SetPassword(account) = &self.step else {
            return;
        };
        match result {
            Ok(()) => {
                let email = account.email.clone();
                self.go_sign_in(
                    Some(&email),
                    Some(tr(self.lang, "cloudsigma-password-set").into_owned()),
                );
                self.sign_in.second.set_value(self.password.value());
                self.password.clear();
            }
            Err(why) => self.problem = Some(Problem::failed(why)),
        }
    }

    fn on_saved(&mut self, result: Result<Option<Saved>, String>, ctx: &mut Ctx) {
        match result {
            Ok(Some(saved)) => {
                let known = self
                    .location
                    .places
                    .iter()
                    .any(|p| p.api(&ctx.config.cloudsigma) == saved.api);
                if self.sandbox && !known {
                    // A session from a sandbox that is gone (another port): nothing to check.
                    self.forget(ctx);
                    self.go_locations(ctx);
                    return;
                }
                // Where it was opened, as kept with it (or, for a copy an earlier version
                // kept, the location last chosen).
                let opened_at = saved
                    .location
                    .as_deref()
                    .or(ctx.saved.cloudsigma_location.as_deref());
                self.location.set_kept(
                    &saved.api,
                    &ctx.config.cloudsigma,
                    opened_at,
                    saved.place.as_deref(),
                );
                if saved.expired {
                    // Its cookie's lifetime is over: nothing is sent with it.
                    self.forget(ctx);
                    let notice = tr!(
                        self.lang,
                        "cloudsigma-saved-expired",
                        email = &saved.email,
                        place = self.place()
                    )
                    .into_owned();
                    self.kept_session_unused = Some(KeptSessionUnused::Expired {
                        email: saved.email.clone(),
                        place: self.place(),
                        location: self.location_given(),
                    });
                    return self.sign_in_again(ctx, &saved.email, notice);
                }
                let kept = self.kept(&saved.email, &saved.api, &saved.kept);
                self.keep(ctx, Some(kept));
                let request = self.check_saved(&saved);
                self.send(ctx, Work::CheckingSaved, request);
                self.go(Step::CheckingSaved(saved));
            }
            Ok(None) => {
                self.keep(ctx, None);
                self.go_locations(ctx)
            }
            Err(why) => {
                self.go_locations(ctx);
                self.problem = Some(Problem::failed(tr!(
                    self.lang,
                    "cloudsigma-saved-unreadable",
                    why = why.as_str()
                )));
                self.kept_session_unused = Some(KeptSessionUnused::Unreadable { why });
            }
        }
    }

    fn on_created(&mut self, result: Result<Created, ApiError>, ctx: &mut Ctx) {
        let sent = self.in_flight.take();
        if let Err(error) = &result
            && error.outcome_unknown()
        {
            return self.creation_unanswered(sent, &error.said_in(self.lang));
        }
        let earlier = self.earlier.take();
        let email_refused = matches!(
            result.as_ref().err().and_then(ApiError::refusal),
            Some(Refusal::FieldRefused { field }) if field == "email"
        );
        if earlier.is_some() && email_refused {
            // The same email was sent here before and never answered; it passed the
            // checks then as now: CloudSigma refusing it means that request opened the
            // account. Kept until a sign-in settles it.
            let account = CreatedAccount {
                email: self.create.email.value().trim().to_string(),
                uuid: None,
                place: self.place(),
                probably: true,
            };
            self.created = Some(account.clone());
            return self.go(Step::Created(account));
        }
        if let Some(sent) = sent {
            ctx.remember(Remember::Settled(Settled::Request(sent)));
        }
        match result {
            Ok(created) => {
                let account = CreatedAccount {
                    email: self.create.email.value().trim().to_string(),
                    uuid: created.uuid,
                    place: self.place(),
                    probably: false,
                };
                self.created = Some(account.clone());
                self.go(Step::Created(account));
            }
            Err(error) => {
                let field = match error.refusal() {
                    Some(Refusal::FieldRefused { field }) => Some(field.as_str()),
                    _ => None,
                };
                let problem = create_problem(self.lang, &error);
                match field {
                    Some("email") => {
                        self.create.email.problem = Some(problem);
                        self.create.focus = forms::Focus::First;
                    }
                    Some("promo") => {
                        self.create.second.problem = Some(problem);
                        self.create.focus = forms::Focus::Second;
                    }
                    _ => self.problem = Some(problem),
                }
            }
        }
    }

    fn on_signed_in(&mut self, result: Result<Box<SignedIn>, ApiError>, ctx: &mut Ctx) {
        match result.map(|signed_in| *signed_in) {
            Ok(signed_in) => {
                let email = signed_in
                    .account
                    .email
                    .clone()
                    .unwrap_or_else(|| self.sign_in.email.value().trim().to_string());
                // The account exists: a creation of it left unanswered is settled.
                let created = Sent::CloudSigmaCreate {
                    api: self.api(ctx),
                    email: self.sign_in.email.value().trim().to_string(),
                    sent_at: 0,
                };
                if ctx.saved.unanswered_like(&created).is_some() {
                    ctx.remember(Remember::Settled(Settled::Request(created)));
                }
                self.sign_in.second.clear();
                self.sign_in_notice = None;
                self.kept_session_unused = None;
                let api = self.api(ctx);
                let kept = signed_in
                    .kept
                    .as_ref()
                    .ok()
                    .map(|location| self.kept(&email, &api, location));
                self.keep(ctx, kept);
                self.go(Step::Account(Box::new(Account {
                    api,
                    place: self.place(),
                    email,
                    session: signed_in.session,
                    info: signed_in.account,
                    kept: signed_in.kept,
                    checked: false,
                    resumed: false,
                })));
            }
            Err(error) if error.refusal() == Some(&Refusal::WrongCredentials) => {
                // The email stays; the password was wrong, the account is not confirmed yet,
                // or it lives at another location. The server's own words, when it gave
                // any, say which.
                self.sign_in.second.clear();
                self.sign_in.second.revealed = false;
                self.sign_in.focus = forms::Focus::Second;
                let said = match &error {
                    ApiError::Declined {
                        said: Some(said), ..
                    } => said.trim_end_matches('.').to_string(),
                    _ => tr(self.lang, "cloudsigma-sign-in-refused-default").into_owned(),
                };
                let message = tr!(
                    self.lang,
                    "cloudsigma-sign-in-refused",
                    said,
                    place = self.place()
                )
                .into_owned();
                self.sign_in.second.problem = Some(Problem::refused(tr(
                    self.lang,
                    "cloudsigma-sign-in-not-accepted",
                )));
                self.problem = Some(Problem::refused(message));
            }
            Err(error) => {
                let field = match error.refusal() {
                    Some(Refusal::FieldRefused { field }) => Some(field.clone()),
                    _ => None,
                };
                let problem = Problem::from_api_in(self.lang, &error);
                match field.as_deref() {
                    Some("username" | "email") => {
                        self.sign_in.email.problem = Some(problem);
                        self.sign_in.focus = forms::Focus::First;
                    }
                    Some("password") => {
                        self.sign_in.second.problem = Some(problem);
                        self.sign_in.focus = forms::Focus::Second;
                    }
                    _ => self.problem = Some(problem),
                }
            }
        }
    }

    fn on_checked(&mut self, result: Result<Box<Checked>, ApiError>, ctx: &mut Ctx) {
        let step = std::mem::replace(&mut self.step, Step::Loading);
        match (step, result.map(|checked| *checked)) {
            (Step::CheckingSaved(saved), Ok(Checked { info, session })) => {
                self.kept_session_unused = None;
                let email = info.email.clone().unwrap_or_else(|| saved.email.clone());
                self.go(Step::Account(Box::new(Account {
                    api: saved.api,
                    place: self.place(),
                    email,
                    session,
                    info,
                    kept: Ok(saved.kept),
                    checked: false,
                    resumed: true,
                })));
            }
            (Step::CheckingSaved(saved), Err(e)) if e.refusal() == Some(&Refusal::SessionEnded) => {
                self.forget(ctx);
                self.kept_session_unused = Some(KeptSessionUnused::Ended {
                    email: saved.email.clone(),
                    place: self.place(),
                    location: self.location_given(),
                    why: e.said_in(self.lang),
                });
                let notice = tr(self.lang, "cloudsigma-saved-ended").into_owned();
                self.sign_in_again(ctx, &saved.email, notice);
            }
            (Step::CheckingSaved(saved), Err(error)) => {
                let email = saved.email.clone();
                self.go(Step::Unchecked(saved));
                self.problem = Some(Problem::from_api_in(self.lang, &error));
                self.kept_session_unused = Some(KeptSessionUnused::Unchecked {
                    email,
                    location: self.location_given(),
                    error,
                });
            }
            (Step::Account(mut account), Ok(Checked { info, session })) => {
                if let Some(email) = &info.email {
                    account.email = email.clone();
                }
                account.session = session;
                account.info = info;
                account.checked = true;
                self.go(Step::Account(account));
            }
            (Step::Account(account), Err(e)) if e.refusal() == Some(&Refusal::SessionEnded) => {
                self.forget(ctx);
                self.go_sign_in(
                    Some(&account.email),
                    Some(tr(self.lang, "cloudsigma-session-ended").into_owned()),
                );
            }
            (Step::Account(mut account), Err(error)) => {
                account.checked = false;
                self.step = Step::Account(account);
                self.problem = Some(Problem {
                    message: tr!(
                        self.lang,
                        "cloudsigma-account-not-checked",
                        why = error.advice_in(self.lang)
                    )
                    .into_owned(),
                    kind: Problem::from_api_in(self.lang, &error).kind,
                });
            }
            (step, _) => self.step = step,
        }
    }

    fn on_signed_out(&mut self, remote: Result<(), ApiError>, local: Result<(), String>) {
        let email = match &self.step {
            Step::Account(account) => account.email.clone(),
            _ => self.sign_in.email.value().to_string(),
        };
        let remote = match remote {
            Ok(()) => None,
            // A session that had already ended is as signed out as can be.
            Err(e) if e.refusal() == Some(&Refusal::SessionEnded) => None,
            Err(error) => Some(error.advice_in(self.lang)),
        };
        self.signed_out = true;
        self.go(Step::Finished(Finished::SignedOut {
            email,
            remote,
            local: local.err(),
        }));
    }
}

impl CloudSigma {
    /// A kept session that no longer works was forgotten: the person signs in again there
    /// (`notice` says why), unless this run was given an account to create, which needs no
    /// session: what was given wins, and the flow goes on as if none had been kept, saying
    /// once what became of it.
    fn sign_in_again(&mut self, ctx: &mut Ctx, email: &str, notice: String) {
        let given = ctx.given.get("action");
        if given.and_then(|a| super::input::action_answered(self.lang, a.trim()))
            == Some(Action::Create)
        {
            let place = self.place();
            ctx.toast =
                Some(tr!(self.lang, "cloudsigma-saved-forgotten", email, place).into_owned());
            return self.go_locations(ctx);
        }
        self.go_sign_in(Some(email), Some(notice));
    }

    /// The creation left and no answer came: CloudSigma may have opened the account. The
    /// record stays (menu); the person reads how to find out, and Enter asks again.
    pub(super) fn creation_unanswered(&mut self, sent: Option<Sent>, why: &str) {
        self.lost = sent.map(|sent| Lost {
            sent,
            why: why.to_string(),
        });
        let email = self.create.email.value().trim().to_string();
        let place = self.place();
        self.problem = Some(Problem::failed(tr!(
            self.lang,
            "cloudsigma-create-unanswered",
            email,
            place,
            why = why.trim_end_matches('.')
        )));
    }
}

/// A refused creation in words.
fn create_problem(lang: Lang, error: &ApiError) -> Problem {
    match error {
        ApiError::Declined {
            refusal: Refusal::FieldRefused { .. },
            ..
        } => Problem {
            message: error.said_in(lang),
            kind: ProblemKind::Refused,
        },
        _ => Problem::from_api_in(lang, error),
    }
}
