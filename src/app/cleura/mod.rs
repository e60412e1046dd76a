//! Cleura Cloud from the terminal: sign in to the REST API (the SMS second factor when the
//! account has one), then browse the areas and regions the account can use and each
//! domain's projects. The token is kept (keyring, or a file only the user can read) so a
//! later start goes straight to the regions once the API confirms it still works.
//!
//! How the sign-in is sent (the fewest requests the contract allows): the first request
//! already names SMS as the second factor (`twofa_method` / `two_factor_method`). An account
//! without a second factor gets its token from it all the same, an SMS account gets its
//! verification at once, and a WebAuthn-only account is refused with words that say so: an
//! SMS sign-in plus the region list is four requests (sign-in, code, verify, domains). Every
//! other answer the contract allows is still followed: v2's `twofactor_options` (sign in
//! again choosing SMS if offered), v1's "two-factor authentication required" refusal (sign
//! in again with SMS), and a server that refuses the SMS choice for an account without a
//! second factor (sign in once more without it).
//!
//! This file holds the flow's state, requests and replies; `signin`, `code` and `regions`
//! each step's own state, `input` keys, the mouse and answers, `replies` where each answer
//! leads, `questions` what each step asks and lists.

pub mod code;
pub mod questions;
pub mod regions;
pub mod signin;

pub mod input;
mod replies;
#[cfg(test)]
mod tests;

use std::time::Instant;

use secrecy::SecretString;

use super::ask::{Problem, ProblemKind};
use super::{Command, Ctx, FlowScreen, Input, KeyHelp, Nav, RequestId};
use crate::api::ApiError;
use crate::api::cleura::{Credentials, Domain, Project};
use crate::config::CleuraApi;
use crate::store::secrets::Location;
pub use code::CodeStep;
pub use regions::{Column, Regions, Table};
pub use signin::{Field, SignInForm};

/// Where the session is kept between runs.
pub const SECRET: &str = "cleura";
/// A sandbox session is kept apart, so trying the sandbox never replaces a real session.
pub const SANDBOX_SECRET: &str = "cleura-sandbox";

/// A signed-in session: the endpoint and version it belongs to, the login and its token.
#[derive(Clone)]
pub struct Session {
    pub endpoint: String,
    pub api: CleuraApi,
    pub login: String,
    pub token: SecretString,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("endpoint", &self.endpoint)
            .field("api", &self.api)
            .field("login", &self.login)
            .finish_non_exhaustive()
    }
}

impl Session {
    pub fn credentials(&self) -> Credentials {
        Credentials {
            login: self.login.clone(),
            token: self.token.clone(),
        }
    }
}

/// Where a sign-in is sent: the endpoint and version as the sign-in screen had them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub endpoint: String,
    pub api: CleuraApi,
    pub login: String,
}

/// What this flow asks the backend to do; each carries all it needs.
#[derive(Debug)]
pub enum Request {
    /// Read the session an earlier run kept.
    LoadSaved {
        secret: &'static str,
    },
    /// Sign in; a token that comes back is kept under `secret` at once.
    SignIn {
        to: Target,
        password: SecretString,
        /// The second factor named in the request (`sms`), or none.
        method: Option<&'static str>,
        secret: &'static str,
    },
    /// Ask Cleura to send the SMS code for a verification.
    SendCode {
        to: Target,
        verification: SecretString,
    },
    /// Send the code; the token that comes back is kept under `secret`.
    Verify {
        to: Target,
        verification: SecretString,
        code: SecretString,
        secret: &'static str,
    },
    /// `POST /auth/v1/tokens/validate` for a kept token.
    Validate {
        session: Session,
    },
    Domains {
        session: Session,
    },
    Projects {
        session: Session,
        domain: String,
    },
    /// Revoke the token, then forget it here whatever the server said.
    SignOut {
        session: Session,
        secret: &'static str,
    },
    /// Forget a kept token that no longer works.
    Forget {
        secret: &'static str,
    },
}

/// A token and where it was kept (or why it could not be).
#[derive(Debug)]
pub struct Kept {
    pub token: SecretString,
    pub kept: Result<Location, String>,
}

/// What a sign-in request answered.
#[derive(Debug)]
pub enum SignInAnswer {
    Token(Kept),
    Sms { verification: SecretString },
    Options(Vec<String>),
    FactorRequired(String),
    WebAuthnOnly(String),
}

/// The backend's answers.
#[derive(Debug)]
pub enum Reply {
    Saved(Result<Option<Saved>, String>),
    SignedIn(Result<SignInAnswer, ApiError>),
    CodeSent(Result<(), ApiError>),
    Verified(Result<Kept, ApiError>),
    Validated(Result<(), ApiError>),
    Domains(Result<Vec<Domain>, ApiError>),
    Projects(Result<Vec<Project>, ApiError>),
    SignedOut {
        remote: Result<(), ApiError>,
        local: Result<(), String>,
    },
    Forgot(Result<(), String>),
}

/// A session kept by an earlier run, and where it was found.
#[derive(Debug, Clone)]
pub struct Saved {
    pub session: Session,
    pub kept: Location,
}

/// What is in flight, for the spinner and for quitting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Work {
    /// Reading a local secret: not work a person waits on (quitting does not ask).
    Loading,
    CheckingSaved,
    SigningIn,
    SendingCode,
    Verifying,
    LoadingRegions,
    LoadingProjects,
    SigningOut,
}

impl Work {
    pub fn words(self) -> &'static str {
        match self {
            Work::Loading => "looking for a saved Cleura session",
            Work::CheckingSaved => "checking the saved Cleura session",
            Work::SigningIn => "signing in to Cleura",
            Work::SendingCode => "asking Cleura to send the SMS code",
            Work::Verifying => "checking the code with Cleura",
            Work::LoadingRegions => "loading the regions",
            Work::LoadingProjects => "loading the projects",
            Work::SigningOut => "signing out of Cleura",
        }
    }
}

/// A sign-in on its way: which requests were tried, so each answer leads to the next one
/// at most once (never a loop).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    pub to: Target,
    pub tried_sms: bool,
    pub tried_plain: bool,
    /// A `twofactor_options` answer was followed by choosing SMS (done once at most).
    pub followed_options: bool,
    /// Why this sign-in was started again by itself (an expired verification).
    pub restart: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedOut {
    pub login: String,
    /// Set when the server could not be told: the token was forgotten here only.
    pub remote: Option<String>,
    /// Set when the kept copy could not be removed.
    pub local: Option<String>,
}

#[derive(Debug)]
pub enum Step {
    /// Looking for a session an earlier run kept (a local read: nothing to wait for).
    Loading,
    CheckingSaved(Saved),
    /// The kept session could not be checked (the API was unreachable).
    Unchecked(Saved),
    SignIn,
    /// The account's only second factor is WebAuthn: the REST API cannot be used.
    WebAuthnOnly {
        login: String,
        message: String,
    },
    Code(Box<CodeStep>),
    Regions(Box<Regions>),
    SignedOut(SignedOut),
}

/// The problem with the last answer; `on_field` when a field shows it under itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trouble {
    pub problem: Problem,
    pub on_field: bool,
}

#[derive(Debug)]
pub struct Cleura {
    pub step: Step,
    pub form: SignInForm,
    /// Why the sign-in screen is shown again (a session that ended).
    pub notice: Option<String>,
    pub trouble: Option<Trouble>,
    pending: Option<(RequestId, Work)>,
    pub attempt: Option<Attempt>,
    pub sandbox: bool,
    /// For the report.
    pub signed_out: bool,
}

impl Cleura {
    /// Opens the flow and looks for a session kept by an earlier run.
    pub fn new(ctx: &mut Ctx) -> Cleura {
        let login = ctx
            .saved
            .cleura_login
            .clone()
            .or_else(|| ctx.config.cleura.login.clone())
            .unwrap_or_default();
        let mut flow = Cleura {
            step: Step::Loading,
            form: SignInForm::new(&ctx.config.cleura, &login),
            notice: None,
            trouble: None,
            pending: None,
            attempt: None,
            sandbox: ctx.sandbox.is_some(),
            signed_out: false,
        };
        let id = ctx.next_id();
        ctx.out.push(Command::Cleura(
            id,
            Request::LoadSaved {
                secret: flow.secret(),
            },
        ));
        flow.pending = Some((id, Work::Loading));
        flow
    }

    /// Where the session is kept: a sandbox's apart from the real one. Read when used, as
    /// the sandbox may come up after the flow was opened.
    pub fn secret(&self) -> &'static str {
        if self.sandbox { SANDBOX_SECRET } else { SECRET }
    }

    /// The id of the request this flow waits for, if any.
    pub fn pending(&self) -> Option<RequestId> {
        self.pending.map(|(id, _)| id)
    }

    pub fn working(&self) -> Option<Work> {
        self.pending.map(|(_, work)| work)
    }

    fn send(&mut self, ctx: &mut Ctx, work: Work, request: Request) {
        let id = ctx.next_id();
        ctx.out.push(Command::Cleura(id, request));
        self.pending = Some((id, work));
    }

    /// Stops waiting for the request in flight; its answer, if it comes, is dropped.
    fn cancel(&mut self, ctx: &mut Ctx) {
        if let Some((id, _)) = self.pending.take() {
            ctx.out.push(Command::Cancel(id));
        }
    }

    /// Follows the config as it is now (the sandbox may have come up since the flow opened).
    fn sync(&mut self, ctx: &Ctx) {
        self.sandbox = ctx.sandbox.is_some();
        self.form.sync(&ctx.config.cleura);
    }

    fn set_trouble(&mut self, problem: Problem, on_field: bool) {
        self.trouble = Some(Trouble { problem, on_field });
    }

    fn fail(&mut self, problem: Problem) {
        self.set_trouble(problem, false);
    }

    /// Goes to `step`, leaving the previous step's problem behind.
    fn go(&mut self, step: Step) {
        self.trouble = None;
        self.step = step;
    }

    /// The sign-in screen, with the login kept and a reason to show when there is one.
    fn go_sign_in(&mut self, login: Option<&str>, notice: Option<String>) {
        if let Some(login) = login {
            self.form.login.set_value(login);
        }
        self.form.focus = if self.form.login.is_empty() {
            Field::Login
        } else {
            Field::Password
        };
        self.notice = notice;
        self.attempt = None;
        self.go(Step::SignIn);
    }

    fn go_home(&mut self, ctx: &mut Ctx) {
        ctx.nav = Some(Nav::Home);
    }

    fn forget(&mut self, ctx: &mut Ctx) {
        let id = ctx.next_id();
        ctx.out.push(Command::Cleura(
            id,
            Request::Forget {
                secret: self.secret(),
            },
        ));
    }

    /// Checks the sign-in form and sends the first sign-in request.
    fn submit_sign_in(&mut self, ctx: &mut Ctx) {
        if self.pending.is_some() {
            return;
        }
        self.trouble = None;
        let Some(to) = self.form.checked() else {
            let error = self.form.first_error();
            if let Some(message) = error {
                self.set_trouble(Problem::invalid(message), true);
            }
            return;
        };
        self.notice = None;
        // Masked again once sent: the next look at the screen should not show it.
        self.form.password.revealed = false;
        self.attempt = Some(Attempt {
            to,
            tried_sms: false,
            tried_plain: false,
            followed_options: false,
            restart: None,
        });
        self.sign_in_with(ctx, Some(crate::api::cleura::SMS));
    }

    /// Sends the sign-in of the attempt in flight, naming `method` or not.
    fn sign_in_with(&mut self, ctx: &mut Ctx, method: Option<&'static str>) {
        let Some(attempt) = self.attempt.as_mut() else {
            return;
        };
        if method.is_some() {
            attempt.tried_sms = true;
        } else {
            attempt.tried_plain = true;
        }
        let request = Request::SignIn {
            to: attempt.to.clone(),
            password: SecretString::from(self.form.password.value().to_string()),
            method,
            secret: self.secret(),
        };
        self.send(ctx, Work::SigningIn, request);
    }

    /// Starts a verification again by itself: a new sign-in (with SMS), then a new code.
    fn start_over(&mut self, ctx: &mut Ctx, to: Target, why: String) {
        self.attempt = Some(Attempt {
            to,
            tried_sms: false,
            tried_plain: false,
            followed_options: false,
            restart: Some(why),
        });
        self.sign_in_with(ctx, Some(crate::api::cleura::SMS));
    }

    /// The regions of a session: the table, loading.
    fn go_regions(&mut self, ctx: &mut Ctx, session: Session, kept: Result<Location, String>) {
        let request = Request::Domains {
            session: session.clone(),
        };
        self.go(Step::Regions(Box::new(Regions::new(session, kept))));
        self.send(ctx, Work::LoadingRegions, request);
    }

    /// The session in use ended (expired or revoked token): back to sign in, login kept.
    fn session_ended(&mut self, ctx: &mut Ctx, login: &str, message: &str) {
        self.forget(ctx);
        let said = message.trim().trim_end_matches('.');
        self.go_sign_in(
            Some(login),
            Some(format!(
                "Your Cleura session has ended ({said}); sign in again."
            )),
        );
    }

    fn session(&self) -> Option<&Session> {
        match &self.step {
            Step::Regions(regions) => Some(&regions.session),
            Step::CheckingSaved(saved) | Step::Unchecked(saved) => Some(&saved.session),
            _ => None,
        }
    }

    fn sign_out(&mut self, ctx: &mut Ctx) {
        if self.pending.is_some() {
            return;
        }
        if let Some(session) = self.session().cloned() {
            self.trouble = None;
            let secret = self.secret();
            self.send(ctx, Work::SigningOut, Request::SignOut { session, secret });
        }
    }

    fn retry_saved(&mut self, ctx: &mut Ctx) {
        let step = std::mem::replace(&mut self.step, Step::Loading);
        match step {
            Step::Unchecked(saved) => {
                let session = saved.session.clone();
                self.go(Step::CheckingSaved(saved));
                self.send(ctx, Work::CheckingSaved, Request::Validate { session });
            }
            other => self.step = other,
        }
    }

    fn refresh(&mut self, ctx: &mut Ctx) {
        if self.pending.is_some() {
            return;
        }
        if let Step::Regions(regions) = &mut self.step {
            regions.problem = None;
            let session = regions.session.clone();
            self.trouble = None;
            self.send(ctx, Work::LoadingRegions, Request::Domains { session });
        }
    }

    /// Loads the projects of the selected row's domain, in the sub-screen.
    fn open_projects(&mut self, ctx: &mut Ctx) {
        if self.pending.is_some() {
            return;
        }
        let Step::Regions(regions) = &mut self.step else {
            return;
        };
        let Some(row) = regions.table.selected_row() else {
            return;
        };
        let domain = row.domain_id.clone();
        regions.projects = Some(regions::Projects::loading(row));
        let session = regions.session.clone();
        self.send(
            ctx,
            Work::LoadingProjects,
            Request::Projects { session, domain },
        );
    }

    fn close_projects(&mut self, ctx: &mut Ctx) {
        if self.working() == Some(Work::LoadingProjects) {
            self.cancel(ctx);
        }
        if let Step::Regions(regions) = &mut self.step {
            regions.projects = None;
        }
    }

    fn copy_tag(&mut self, ctx: &mut Ctx) {
        let Step::Regions(regions) = &self.step else {
            return;
        };
        match regions.table.selected_row() {
            Some(row) if !row.tag.is_empty() => {
                ctx.out.push(Command::CopyToClipboard(row.tag.clone()));
                ctx.toast = Some(format!("Copied {}", row.tag));
            }
            Some(_) => ctx.toast = Some("This region has no tag to copy.".into()),
            None => {}
        }
    }
}

impl FlowScreen for Cleura {
    fn input(&mut self, input: Input, ctx: &mut Ctx) {
        self.sync(ctx);
        match input {
            Input::Key(key) => self.key(key, ctx),
            Input::Paste(text) => self.paste(&text, ctx),
            Input::Mouse(mouse) => self.mouse(mouse, ctx),
            Input::Tick => {}
            Input::Answer(text) => self.answer(&text, ctx),
        }
    }

    fn keys(&self) -> Vec<KeyHelp> {
        questions::keys(self)
    }

    fn text_focused(&self) -> bool {
        match &self.step {
            Step::SignIn => self.pending.is_none() && self.form.focus != Field::Version,
            Step::Code(_) => true,
            Step::Regions(regions) => regions.table.filtering && regions.projects.is_none(),
            _ => false,
        }
    }

    fn busy(&self) -> Option<String> {
        match self.working() {
            None | Some(Work::Loading) => None,
            Some(work) => Some(work.words().to_string()),
        }
    }

    fn next_deadline(&self, now: Instant) -> Option<Instant> {
        match &self.step {
            Step::Code(code) => code.next_tick(now),
            _ => None,
        }
    }

    fn title(&self) -> String {
        match &self.step {
            Step::Regions(regions) => format!("Cleura › {}", regions.session.login),
            Step::Code(code) => format!("Cleura › {}", code.to.login),
            _ => "Sign in to Cleura".into(),
        }
    }

    fn failed(&mut self, id: RequestId, why: String, _ctx: &mut Ctx) {
        if self.pending() != Some(id) {
            return;
        }
        let work = self.pending.take().map(|(_, w)| w);
        let problem = Problem {
            message: why,
            kind: ProblemKind::Failed,
        };
        match std::mem::replace(&mut self.step, Step::Loading) {
            Step::Loading => self.go(Step::SignIn),
            Step::CheckingSaved(saved) => self.go(Step::Unchecked(saved)),
            Step::Regions(mut regions) if work == Some(Work::LoadingProjects) => {
                if let Some(projects) = regions.projects.as_mut() {
                    projects.state = regions::ProjectsState::Failed(problem.message.clone());
                }
                self.step = Step::Regions(regions);
            }
            Step::Regions(mut regions) => {
                regions.problem = Some(problem.message.clone());
                self.step = Step::Regions(regions);
            }
            other => self.step = other,
        }
        self.fail(problem);
    }

    fn ask(&self) -> super::ask::Ask {
        questions::ask(self)
    }

    fn report(&self) -> serde_json::Value {
        questions::report(self)
    }

    fn finished(&self) -> bool {
        matches!(self.step, Step::SignedOut(_))
    }
}
