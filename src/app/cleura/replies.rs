//! What the backend answers, and where each answer takes the flow. An answer for a request
//! the flow no longer waits for is dropped.

use super::code::{self, CodeStep, Refusal};
use super::regions::{self, ProjectsState};
use super::{
    Cleura, Field, Kept, Reply, Request, Saved, Session, SignInAnswer, SignedOut, Step, Work,
};
use crate::api::ApiError;
use crate::api::cleura::{Domain, Project, SMS, is_token_refused};
use crate::app::ask::{Problem, ProblemKind};
use crate::app::{Ctx, RequestId};
use crate::store::resume::Remember;

impl Cleura {
    /// An answer from the backend. One that is not for the request in flight (a screen the
    /// person left, a request cancelled) is dropped.
    pub fn reply(&mut self, id: RequestId, reply: Reply, ctx: &mut Ctx) {
        self.sync(ctx);
        if let Reply::Forgot(result) = reply {
            // Forgetting runs beside the flow's own requests; only a failure is worth a word.
            if let Err(why) = result {
                ctx.toast = Some(format!("The ended session could not be removed: {why}"));
            }
            return;
        }
        if self.pending() != Some(id) {
            tracing::debug!(?id, "dropping a Cleura answer nobody waits for");
            return;
        }
        self.pending = None;
        match reply {
            Reply::Saved(result) => self.on_saved(result, ctx),
            Reply::SignedIn(result) => self.on_signed_in(result, ctx),
            Reply::CodeSent(result) => self.on_code_sent(result, ctx),
            Reply::Verified(result) => self.on_verified(result, ctx),
            Reply::Validated(result) => self.on_validated(result, ctx),
            Reply::Domains(result) => self.on_domains(result, ctx),
            Reply::Projects(result) => self.on_projects(result, ctx),
            Reply::SignedOut { remote, local } => self.on_signed_out(remote, local),
            Reply::Forgot(_) => {}
        }
    }

    fn on_saved(&mut self, result: Result<Option<Saved>, String>, ctx: &mut Ctx) {
        match result {
            Ok(Some(saved)) => {
                if self.sandbox && saved.session.endpoint != ctx.config.cleura.endpoint {
                    // A session from a sandbox that is gone (another port): nothing to check.
                    self.forget(ctx);
                    self.go(Step::SignIn);
                    return;
                }
                if !matches!(self.step, Step::Loading) {
                    // The person went on (Esc to the menu, then back) and signs in anew.
                    return;
                }
                self.form.login.set_value(&saved.session.login);
                let session = saved.session.clone();
                self.go(Step::CheckingSaved(saved));
                self.send(ctx, Work::CheckingSaved, Request::Validate { session });
            }
            Ok(None) => self.go(Step::SignIn),
            Err(why) => {
                self.go(Step::SignIn);
                self.fail(Problem {
                    message: format!("The saved session could not be read ({why}); sign in again."),
                    kind: ProblemKind::Failed,
                });
            }
        }
    }

    fn on_validated(&mut self, result: Result<(), ApiError>, ctx: &mut Ctx) {
        let step = std::mem::replace(&mut self.step, Step::Loading);
        let Step::CheckingSaved(saved) = step else {
            self.step = step;
            return;
        };
        match result {
            Ok(()) => self.go_regions(ctx, saved.session, Ok(saved.kept)),
            Err(ApiError::Unauthorized { message, .. }) => {
                self.session_ended(ctx, &saved.session.login.clone(), &message)
            }
            Err(error) => {
                self.go(Step::Unchecked(saved));
                self.fail(Problem::from_api(&error));
            }
        }
    }

    fn on_signed_in(&mut self, result: Result<SignInAnswer, ApiError>, ctx: &mut Ctx) {
        let Some(attempt) = self.attempt.clone() else {
            return;
        };
        match result {
            Ok(SignInAnswer::Token(kept)) => self.signed_in(ctx, attempt.to, kept),
            Ok(SignInAnswer::Sms { verification }) => {
                let mut step = CodeStep::new(attempt.to.clone(), verification, attempt.restart);
                step.code.clear();
                self.request_code(ctx, &mut step);
                self.go(Step::Code(Box::new(step)));
            }
            Ok(SignInAnswer::Options(options)) => {
                let sms = options.iter().any(|o| o.eq_ignore_ascii_case(SMS));
                if sms && !attempt.followed_options {
                    if let Some(a) = self.attempt.as_mut() {
                        a.followed_options = true;
                    }
                    self.sign_in_with(ctx, Some(SMS));
                } else if !sms {
                    self.webauthn_only(&attempt.to.login, None, &options);
                } else {
                    self.sign_in_failed(Problem {
                        message: "Cleura offered SMS again after it was chosen; try again, or \
                                  sign in with the other API version."
                            .into(),
                        kind: ProblemKind::Failed,
                    });
                }
            }
            Ok(SignInAnswer::FactorRequired(message)) => {
                if attempt.tried_sms {
                    self.sign_in_failed(Problem {
                        message: format!("Cleura asks for the second factor again: {message}."),
                        kind: ProblemKind::Refused,
                    });
                } else {
                    self.sign_in_with(ctx, Some(SMS));
                }
            }
            Ok(SignInAnswer::WebAuthnOnly(message)) => {
                self.webauthn_only(&attempt.to.login, Some(message), &[])
            }
            Err(ApiError::Unauthorized { message, .. }) => {
                self.form.password.clear();
                self.form.password.revealed = false;
                self.form.focus = Field::Password;
                self.form.password.error = Some("Not accepted (see below).".into());
                let said = message.trim().trim_end_matches('.');
                self.sign_in_failed(Problem {
                    message: format!(
                        "Cleura refused the sign-in: {said}. Check the login and the password."
                    ),
                    kind: ProblemKind::Refused,
                });
            }
            Err(ApiError::Refused { status: 400, .. })
                if attempt.tried_sms && !attempt.tried_plain && attempt.restart.is_none() =>
            {
                // Some servers may refuse the SMS choice for an account without a second
                // factor: once more without it, and that answer is the one shown.
                self.sign_in_with(ctx, None);
            }
            Err(error) => self.sign_in_failed(Problem::from_api(&error)),
        }
    }

    /// A sign-in that ends on the sign-in screen with a problem (also when it was a restart
    /// of an expired verification).
    fn sign_in_failed(&mut self, problem: Problem) {
        self.attempt = None;
        if !matches!(self.step, Step::SignIn) {
            self.go(Step::SignIn);
        }
        self.fail(problem);
    }

    fn webauthn_only(&mut self, login: &str, message: Option<String>, options: &[String]) {
        self.attempt = None;
        self.form.password.clear();
        let message = match message {
            Some(m) => m,
            None => format!(
                "Cleura offers only {} as the second factor for this account",
                if options.is_empty() {
                    "a factor other than SMS".to_string()
                } else {
                    options.join(", ")
                }
            ),
        };
        self.go(Step::WebAuthnOnly {
            login: login.to_string(),
            message,
        });
    }

    fn request_code(&mut self, ctx: &mut Ctx, step: &mut CodeStep) {
        step.sent_at = None;
        let request = Request::SendCode {
            to: step.to.clone(),
            verification: step.verification.clone(),
        };
        self.send(ctx, Work::SendingCode, request);
    }

    /// Asks for a new code in the code step, if one may be asked for now.
    pub(super) fn resend(&mut self, ctx: &mut Ctx, forced: Option<String>) {
        if self.pending.is_some() {
            return;
        }
        let mut step = match std::mem::replace(&mut self.step, Step::Loading) {
            Step::Code(step) => step,
            other => {
                self.step = other;
                return;
            }
        };
        let allowed = forced.is_some() || step.sent_at.is_none() || step.can_resend(ctx.now);
        if allowed {
            step.code.clear();
            step.code.error = None;
            step.notice = forced;
            self.trouble = None;
            self.request_code(ctx, &mut step);
        } else if let Some(secs) = step.countdown(ctx.now) {
            ctx.toast = Some(format!("A new code can be asked for in {secs} s."));
        }
        self.step = Step::Code(step);
    }

    fn on_code_sent(&mut self, result: Result<(), ApiError>, ctx: &mut Ctx) {
        let Step::Code(step) = &mut self.step else {
            return;
        };
        match result {
            Ok(()) => {
                step.sent_at = Some(ctx.now);
                step.sent += 1;
                step.tries_left = None;
            }
            Err(ApiError::Refused { message, .. })
                if code::classify(&message) == Refusal::StartOver =>
            {
                let to = step.to.clone();
                self.start_over(
                    ctx,
                    to,
                    format!(
                        "The previous verification ended (Cleura: “{}”), so cloudboard signed \
                         in again for a new one.",
                        message.trim().trim_end_matches('.')
                    ),
                );
            }
            Err(error) => {
                // The screen stays; "resend" asks again.
                self.fail(Problem {
                    message: format!("The SMS could not be sent: {}", error.advice()),
                    kind: Problem::from_api(&error).kind,
                });
            }
        }
    }

    /// Sends the code typed (six digits).
    pub(super) fn submit_code(&mut self, ctx: &mut Ctx) {
        if self.pending.is_some() {
            return;
        }
        let Step::Code(step) = &mut self.step else {
            return;
        };
        if !step.complete() {
            let why = format!(
                "A code has {} digits; this one has {}.",
                code::CODE_LEN,
                step.code.value().chars().count()
            );
            step.code.error = Some(why.clone());
            self.set_trouble(Problem::invalid(why), true);
            return;
        }
        step.code.revealed = false;
        let request = Request::Verify {
            to: step.to.clone(),
            verification: step.verification.clone(),
            code: step.secret(),
            secret: self.secret(),
        };
        self.trouble = None;
        self.send(ctx, Work::Verifying, request);
    }

    fn on_verified(&mut self, result: Result<Kept, ApiError>, ctx: &mut Ctx) {
        let Step::Code(step) = &mut self.step else {
            return;
        };
        match result {
            Ok(kept) => {
                let to = step.to.clone();
                self.signed_in(ctx, to, kept);
            }
            Err(ApiError::Refused { message, .. })
            | Err(ApiError::Unauthorized { message, .. }) => {
                let said = message.trim().trim_end_matches('.').to_string();
                match code::classify(&message) {
                    Refusal::Wrong { tries_left } => {
                        step.code.clear();
                        step.tries_left = tries_left;
                        let left = match tries_left {
                            Some(1) => " 1 try left.".to_string(),
                            Some(n) => format!(" {n} tries left."),
                            None => String::new(),
                        };
                        let text = format!("Wrong code ({said}).{left}");
                        step.code.error = Some(match tries_left {
                            Some(1) => "Wrong code: 1 try left.".into(),
                            Some(n) => format!("Wrong code: {n} tries left."),
                            None => "Wrong code.".into(),
                        });
                        self.set_trouble(
                            Problem {
                                message: text,
                                kind: ProblemKind::Refused,
                            },
                            true,
                        );
                    }
                    Refusal::NewCode => {
                        self.resend(
                            ctx,
                            Some(format!(
                                "The code had expired ({said}); a new code was sent."
                            )),
                        );
                    }
                    Refusal::StartOver => {
                        let to = step.to.clone();
                        let why = format!(
                            "The previous verification ended (Cleura: “{said}”), so cloudboard \
                             signed in again and a new code was sent."
                        );
                        self.start_over(ctx, to, why);
                    }
                }
            }
            Err(error) => self.fail(Problem::from_api(&error)),
        }
    }

    /// A token: remember the login, forget the password, and show the regions.
    fn signed_in(&mut self, ctx: &mut Ctx, to: super::Target, kept: Kept) {
        ctx.remember(Remember::CleuraLogin(to.login.clone()));
        self.form.password.clear();
        self.form.password.revealed = false;
        self.attempt = None;
        self.notice = None;
        let session = Session {
            endpoint: to.endpoint,
            api: to.api,
            login: to.login,
            token: kept.token,
        };
        self.go_regions(ctx, session, kept.kept);
    }

    fn on_domains(&mut self, result: Result<Vec<Domain>, ApiError>, ctx: &mut Ctx) {
        let Step::Regions(regions) = &mut self.step else {
            return;
        };
        match result {
            Ok(domains) => {
                regions.table.set_rows(regions::rows(&domains));
                regions.loaded = true;
                regions.problem = None;
            }
            Err(error) if is_token_refused(&error) => {
                let login = regions.session.login.clone();
                self.session_ended(ctx, &login, &error.to_string());
            }
            Err(error) => {
                regions.problem = Some(format!("{error}. Press r to try again."));
                self.fail(Problem::from_api(&error));
            }
        }
    }

    fn on_projects(&mut self, result: Result<Vec<Project>, ApiError>, ctx: &mut Ctx) {
        let Step::Regions(regions) = &mut self.step else {
            return;
        };
        match result {
            Err(error) if is_token_refused(&error) => {
                let login = regions.session.login.clone();
                self.session_ended(ctx, &login, &error.to_string());
            }
            result => {
                if let Some(projects) = regions.projects.as_mut() {
                    projects.state = match result {
                        Ok(list) => ProjectsState::Loaded(list),
                        Err(error) => ProjectsState::Failed(error.advice()),
                    };
                }
            }
        }
    }

    fn on_signed_out(&mut self, remote: Result<(), ApiError>, local: Result<(), String>) {
        let login = self
            .session()
            .map(|s| s.login.clone())
            .unwrap_or_else(|| self.form.login.value().to_string());
        let remote = match remote {
            Ok(()) => None,
            // A token that had already ended is as signed out as can be.
            Err(ApiError::Unauthorized { .. }) => None,
            Err(error) => Some(error.advice()),
        };
        self.signed_out = true;
        self.go(Step::SignedOut(SignedOut {
            login,
            remote,
            local: local.err(),
        }));
    }
}
