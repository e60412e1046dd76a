//! Sign in to Cleura Cloud's REST API, with the SMS second factor when the account has it,
//! then browse the regions (domains) and projects the account can use. The token is kept
//! (keyring, or a file only the user can read) so that the next start goes straight to the
//! regions; "sign out" revokes it on the server and forgets it.
//!
//! This file holds the steps and the messages to and from the backend; `sign_in`, `code` and
//! `regions` hold each step's state and keys, `questions` what each step asks a script.

pub mod code;
pub mod input;
pub mod questions;
pub mod regions;
pub mod sign_in;
#[cfg(test)]
mod tests;

use std::time::Instant;

use secrecy::SecretString;

use super::in_flight::{self, InFlight};
use super::problem::Problem;
use super::{Ctx, FlowScreen, Input, KeyHelp, Nav, RequestId};
use crate::api::ApiError;
use crate::api::cleura::{Domain, Project};
use crate::api::error::Refusal;
use crate::config::CleuraApi;
use crate::lang::{Lang, tr, tr_static};
use crate::store::resume::{Kept, Remember};
use crate::store::secrets::Location;
use crate::tr;
pub use code::CodeStep;
pub use regions::Regions;
pub use sign_in::SignInForm;

/// Where the token is kept between runs; a sandbox token apart, so that trying the sandbox
/// never replaces a real one.
pub const SECRET: &str = "cleura";
pub const SANDBOX_SECRET: &str = "cleura-sandbox";

/// A signed-in session: everything a request needs, the token a secret.
#[derive(Debug, Clone)]
pub struct Session {
    pub endpoint: String,
    pub api: CleuraApi,
    pub login: String,
    pub token: SecretString,
}

/// An SMS code on its way to the API (a JSON integer there); never in Debug output.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct SmsCode(pub u32);

impl std::fmt::Debug for SmsCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SmsCode(..)")
    }
}

/// What this flow asks the backend to do; each request carries all it needs.
#[derive(Debug)]
pub enum Request {
    /// Read the token an earlier run kept; if there is one for this endpoint, list the
    /// domains with it (which checks it).
    Resume {
        secret: &'static str,
        endpoint: String,
    },
    /// Sign in; when a code is needed, request it at once.
    SignIn {
        endpoint: String,
        api: CleuraApi,
        login: String,
        password: SecretString,
        secret: &'static str,
    },
    /// Send a new code for the verification.
    Resend {
        endpoint: String,
        api: CleuraApi,
        login: String,
        verification: String,
    },
    /// Exchange the code for a token, keep it, list the domains.
    Verify {
        endpoint: String,
        api: CleuraApi,
        login: String,
        verification: String,
        code: SmsCode,
        secret: &'static str,
    },
    Domains {
        session: Session,
    },
    /// The projects of one region of a domain (v1: the domain's; v2: this login's own in
    /// that region).
    Projects {
        session: Session,
        domain: String,
        region: String,
    },
    /// Revoke the token, then forget it whatever the server said.
    SignOut {
        session: Session,
        secret: &'static str,
    },
    /// Forget a kept token that no longer works.
    Forget {
        secret: &'static str,
    },
}

/// The backend's answers.
#[derive(Debug)]
pub enum Reply {
    /// No kept token (or one for another endpoint).
    NothingSaved,
    /// A kept token that still works, with the domains.
    Resumed {
        session: Session,
        domains: Vec<Domain>,
        kept: Location,
    },
    /// A kept token that could not be used (it expired, or the server failed).
    ResumeFailed {
        login: String,
        error: ApiError,
    },
    /// A code was sent for this verification.
    CodeSent {
        verification: String,
    },
    CodeNotSent(ApiError),
    /// Signed in (with or without a code): the domains are listed and the token kept.
    SignedIn {
        session: Session,
        domains: Result<Vec<Domain>, ApiError>,
        kept: Result<Location, String>,
    },
    SignInFailed(ApiError),
    CodeRefused(ApiError),
    Domains(Result<Vec<Domain>, ApiError>),
    Projects {
        domain: String,
        region: String,
        projects: Result<Vec<Project>, ApiError>,
    },
    SignedOut {
        remote: Result<(), ApiError>,
        local: Result<(), String>,
    },
}

/// What a request of this flow is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Work {
    LookingForToken,
    SigningIn,
    CheckingCode,
    SendingCode,
    SigningOut,
    ListingRegions,
    ListingProjects,
}

impl Work {
    fn message(self) -> &'static str {
        match self {
            Work::LookingForToken => "cleura-work-looking-for-token",
            Work::SigningIn => "cleura-work-signing-in",
            Work::CheckingCode => "cleura-work-checking-code",
            Work::SendingCode => "cleura-work-sending-code",
            Work::SigningOut => "cleura-work-signing-out",
            Work::ListingRegions => "cleura-work-listing-regions",
            Work::ListingProjects => "cleura-work-listing-projects",
        }
    }

    /// What it is doing, in `lang`.
    pub fn said(self, lang: Lang) -> &'static str {
        tr_static(lang, self.message())
    }
}

impl in_flight::Work for Work {
    fn words(self) -> &'static str {
        Work::said(self, Lang::En)
    }

    fn said(self, lang: Lang) -> std::borrow::Cow<'static, str> {
        Work::said(self, lang).into()
    }
}

/// What a click can land on; the view says where each is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    SignIn(sign_in::Part),
    /// A row of the region table, by its index in the rows shown.
    Row(usize),
    /// A column's title (sorts by it).
    Header(regions::Column),
    /// The list of projects opened over the table.
    Projects,
}

#[derive(Clone, Debug)]
pub enum Step {
    /// Looking for a kept token (and checking it).
    Resuming,
    SignIn,
    Code(Box<CodeStep>),
    /// The verification can no longer be used (its tries are spent, or it ended): signing in
    /// again would send a new code, and is done only when the person says so, so that the
    /// provider's limit on tries holds.
    SignInAgain {
        /// Why, in the provider's words when it gave any.
        reason: String,
    },
    /// The account's second factor is not SMS, the only one the REST API can use:
    /// explained, nothing more to do here.
    SecondFactorUnusable {
        methods: Vec<String>,
    },
    Regions(Box<Regions>),
    SignedOut {
        login: String,
        /// The server confirmed the token is revoked.
        revoked: bool,
        /// The token is no longer kept on this machine.
        forgotten: bool,
        notice: String,
    },
}

#[derive(Clone, Debug)]
pub struct Cleura {
    pub step: Step,
    /// What went wrong with the step as a whole (see `problem`): one with a value is under
    /// its field.
    pub problem: Option<Problem>,
    /// The run's language, for the words of every step.
    pub lang: Lang,
    /// Kept across steps so going back, or starting over, loses nothing typed.
    pub form: SignInForm,
    pending: InFlight<Work>,
    secret: &'static str,
    /// The login in the form is the one to sign in with: given for this run, or answered.
    /// Until then a script (or the plain mode) is asked for it, with the remembered one as
    /// the default; after a refusal it is asked again.
    login_settled: bool,
    /// Why the next code screen belongs to a new verification (the person chose to sign in
    /// again after the last one ended).
    new_code_notice: Option<String>,
    /// Why the token an earlier run kept was not used: a command says so its own way, not
    /// as the sign-in form does (whose advice is to sign in now).
    pub kept_token_unused: Option<KeptTokenUnused>,
}

/// Why the token an earlier run kept was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeptTokenUnused {
    /// Cleura no longer takes it: it was forgotten.
    Ended(KeptTokenEnded),
    /// It could not be checked: Cleura was out of reach, or refused for another reason than
    /// the token. It is still kept.
    Unchecked(ApiError),
}

/// Cleura no longer takes the token an earlier run kept (it expired or was revoked).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptTokenEnded {
    /// Why, in Cleura's words (or its answer's status, in the run's language).
    pub why: String,
}

impl KeptTokenEnded {
    /// That it no longer works, as a sentence in `lang`.
    pub fn said(&self, lang: Lang) -> String {
        tr!(
            lang,
            "cleura-kept-token-no-longer-works",
            error = self.why.as_str()
        )
        .into_owned()
    }
}

impl Cleura {
    pub fn new(ctx: &mut Ctx) -> Cleura {
        let secret = if ctx.sandbox.is_some() {
            SANDBOX_SECRET
        } else {
            SECRET
        };
        let form = SignInForm::new(ctx);
        let mut flow = Cleura {
            step: Step::Resuming,
            problem: None,
            lang: ctx.config.lang(),
            login_settled: form.login_given,
            form,
            pending: InFlight::default(),
            secret,
            new_code_notice: None,
            kept_token_unused: None,
        };
        // The token kept for the endpoint this run signs in at.
        let endpoint = flow.form.endpoint_value();
        flow.send(
            ctx,
            Work::LookingForToken,
            Request::Resume { secret, endpoint },
        );
        flow
    }

    fn send(&mut self, ctx: &mut Ctx, work: Work, request: Request) {
        self.pending
            .send(ctx, work, |id| super::Command::Cleura(id, request));
    }

    fn cancel(&mut self, ctx: &mut Ctx) {
        self.pending.cancel(ctx);
    }

    /// What is in flight, in words.
    pub fn working(&self) -> Option<&'static str> {
        self.pending.work().map(|work| work.said(self.lang))
    }

    pub fn reply(&mut self, id: RequestId, reply: Reply, ctx: &mut Ctx) {
        if self.pending.answer(id).is_none() {
            // An answer for something the person already left.
            return;
        }
        let lang = self.lang;
        match reply {
            Reply::NothingSaved => {
                // A token recorded for another endpoint is still kept; none is for this.
                let endpoint = self.form.endpoint_value();
                let elsewhere = matches!(
                    ctx.saved.kept.get(self.secret),
                    Some(Some(kept)) if kept.api != endpoint
                );
                if !elsewhere {
                    self.keep(ctx, None);
                }
                self.go(Step::SignIn)
            }
            Reply::Resumed {
                session,
                domains,
                kept,
            } => {
                let notice = if self.form.login_given && session.login != self.form.login_value() {
                    tr!(
                        lang,
                        "cleura-resumed-as-other",
                        login = session.login.as_str(),
                        given = self.form.login_value()
                    )
                    .into_owned()
                } else {
                    tr(lang, "cleura-resumed").into_owned()
                };
                self.form.set_login(&session.login);
                self.keep(ctx, Some((&session, &kept)));
                let mut regions = Regions::new(lang, session, Ok(domains), Ok(kept), Some(notice));
                regions.resumed = true;
                self.go(Step::Regions(Box::new(regions)));
            }
            Reply::ResumeFailed { login, error } => {
                self.form.set_login(&login);
                if error.refusal() == Some(&Refusal::SessionEnded) {
                    let secret = self.secret;
                    let ended = KeptTokenEnded {
                        why: error.advice_in(lang),
                    };
                    self.go(Step::SignIn);
                    self.problem = Some(Problem::refused(tr!(
                        lang,
                        "cleura-kept-token-ended",
                        error = ended.why.as_str()
                    )));
                    self.kept_token_unused = Some(KeptTokenUnused::Ended(ended));
                    // Forgotten quietly: the person signs in again anyway.
                    self.keep(ctx, None);
                    let id = ctx.next_id();
                    ctx.out
                        .push(super::Command::Cleura(id, Request::Forget { secret }).into());
                } else {
                    // Refused for another reason than the token (no access), or a failure:
                    // the error's words without its advice, then the one thing to do here.
                    self.go(Step::SignIn);
                    let why = error.said_in(lang);
                    self.problem = Some(if error.is_refusal() {
                        Problem::refused(tr!(lang, "cleura-kept-token-refused", why))
                    } else {
                        Problem::failed(tr!(lang, "cleura-kept-token-unchecked", why))
                    });
                    self.kept_token_unused = Some(KeptTokenUnused::Unchecked(error));
                }
            }
            Reply::CodeSent { verification } => match &mut self.step {
                Step::Code(code) => code.sent_again(verification, ctx.now),
                _ => {
                    let mut code = CodeStep::new(lang, verification, ctx.now);
                    code.notice = self.new_code_notice.take();
                    self.go(Step::Code(Box::new(code)));
                }
            },
            Reply::CodeNotSent(error) => match (&mut self.step, error.refusal()) {
                (_, Some(Refusal::VerificationSpent)) => self.verification_ended(&error),
                (Step::Code(_), _) => self.problem = Some(Problem::from_api_in(lang, &error)),
                _ => {
                    self.go(Step::SignIn);
                    self.problem = Some(
                        Problem::from_api_in(lang, &error).within(lang, "cleura-code-not-sent"),
                    );
                }
            },
            Reply::SignedIn {
                session,
                domains,
                kept,
            } => {
                ctx.remember(Remember::CleuraLogin(session.login.clone()));
                self.kept_token_unused = None;
                self.keep(ctx, kept.as_ref().ok().map(|kept| (&session, kept)));
                self.form.forget_password();
                self.go(Step::Regions(Box::new(Regions::new(
                    lang, session, domains, kept, None,
                ))));
            }
            Reply::SignInFailed(error) => {
                if let Some(Refusal::SecondFactorUnusable { methods }) = error.refusal() {
                    self.form.forget_password();
                    let methods = methods.clone();
                    self.go(Step::SecondFactorUnusable { methods });
                } else {
                    // Refused: the login is asked again too, unless it was given for this
                    // run (a script's login is the one it means; its refusal is the answer).
                    if !error.is_transient() && !self.form.login_given {
                        self.login_settled = false;
                    }
                    self.go(Step::SignIn);
                    self.problem = Some(self.form.refused(&error));
                }
            }
            Reply::CodeRefused(error) => match (&mut self.step, error.refusal()) {
                (Step::Code(_), Some(Refusal::VerificationSpent)) => {
                    self.verification_ended(&error)
                }
                (Step::Code(code), _) => self.problem = code.refused(&error),
                _ => {}
            },
            Reply::Domains(result) => {
                if let Step::Regions(regions) = &mut self.step {
                    match result {
                        Err(e) if e.refusal() == Some(&Refusal::SessionEnded) => {
                            self.token_ended(e, ctx)
                        }
                        other => {
                            regions.refreshed(other);
                            regions.reveal(ctx.viewport.table_rows);
                        }
                    }
                }
            }
            Reply::Projects {
                domain,
                region,
                projects,
            } => {
                if let Step::Regions(regions) = &mut self.step {
                    match projects {
                        Err(e) if e.refusal() == Some(&Refusal::SessionEnded) => {
                            self.token_ended(e, ctx)
                        }
                        other => regions.projects_loaded(&domain, &region, other),
                    }
                }
            }
            Reply::SignedOut { remote, local } => {
                let login = match &self.step {
                    Step::Regions(regions) => regions.session.login.clone(),
                    _ => self.form.login_value(),
                };
                let (revoked, forgotten) = (remote.is_ok(), local.is_ok());
                if forgotten {
                    self.keep(ctx, None);
                }
                let notice = match (remote, local) {
                    (Ok(()), Ok(())) => tr(lang, "cleura-signed-out"),
                    (Err(e), Ok(())) => tr!(
                        lang,
                        "cleura-signed-out-unconfirmed",
                        error = e.said_in(lang)
                    ),
                    (_, Err(why)) => {
                        tr!(lang, "cleura-token-not-forgotten", why)
                    }
                }
                .into_owned();
                self.go(Step::SignedOut {
                    login,
                    revoked,
                    forgotten,
                    notice,
                });
            }
        }
    }

    /// The verification can no longer be used: ask before signing in again.
    fn verification_ended(&mut self, error: &ApiError) {
        self.go(Step::SignInAgain {
            reason: error.advice_in(self.lang).trim_end_matches('.').to_string(),
        });
    }

    /// The person said yes to signing in again for a new code: with the password still in
    /// memory the sign-in goes at once (and its new code screen says why); otherwise the
    /// sign-in form asks for it.
    fn sign_in_again(&mut self, ctx: &mut Ctx) {
        let Step::SignInAgain { reason } = &self.step else {
            return;
        };
        if self.form.password.is_empty() {
            let problem =
                Problem::refused(tr!(self.lang, "cleura-sign-in-again-to-get-code", reason));
            self.go(Step::SignIn);
            self.problem = Some(problem);
            return;
        }
        self.new_code_notice = Some(tr(self.lang, "cleura-sign-in-again-new").into_owned());
        self.submit_sign_in(ctx);
    }

    /// The person said no: back to the sign-in form, the password forgotten.
    fn decline_sign_in_again(&mut self) {
        let Step::SignInAgain { reason } = &self.step else {
            return;
        };
        let problem = Problem::refused(tr!(self.lang, "cleura-sign-in-again-later", reason));
        self.form.forget_password();
        self.go(Step::SignIn);
        self.problem = Some(problem);
    }

    /// The token was refused while browsing: back to sign in, saying why, login kept.
    fn token_ended(&mut self, error: ApiError, ctx: &mut Ctx) {
        self.go(Step::SignIn);
        self.problem = Some(Problem::refused(tr!(
            self.lang,
            "cleura-session-ended",
            error = error.advice_in(self.lang)
        )));
        self.keep(ctx, None);
        let secret = self.secret;
        let id = ctx.next_id();
        ctx.out
            .push(super::Command::Cleura(id, Request::Forget { secret }).into());
    }

    /// Records in the state file whose token is kept, and where (None: no token is kept), so
    /// that the menu can say it without reading the secret store; written only on a change.
    fn keep(&self, ctx: &mut Ctx, kept: Option<(&Session, &Location)>) {
        let kept = kept.map(|(session, location)| Kept {
            who: session.login.clone(),
            api: session.endpoint.clone(),
            place: None,
            store: location.short(),
        });
        if ctx.saved.kept.get(self.secret) != Some(&kept) {
            ctx.remember(Remember::Kept {
                secret: self.secret.to_string(),
                kept,
            });
        }
    }

    /// Moves to `step`; the problem of the step left behind goes with it.
    fn go(&mut self, step: Step) {
        self.step = step;
        self.problem = None;
    }

    /// Sends the sign-in form, if it is valid.
    fn submit_sign_in(&mut self, ctx: &mut Ctx) {
        self.problem = None;
        let Some((endpoint, api, login, password)) = self.form.validated() else {
            return;
        };
        let secret = self.secret;
        self.send(
            ctx,
            Work::SigningIn,
            Request::SignIn {
                endpoint,
                api,
                login,
                password,
                secret,
            },
        );
    }

    fn submit_code(&mut self, ctx: &mut Ctx) {
        let Step::Code(code) = &mut self.step else {
            return;
        };
        self.problem = None;
        let Some(value) = code.validated() else {
            return;
        };
        code.unchecked = None;
        let verification = code.verification.clone();
        let request = Request::Verify {
            endpoint: self.form.endpoint_value(),
            api: self.form.api,
            login: self.form.login_value(),
            verification,
            code: SmsCode(value),
            secret: self.secret,
        };
        self.send(ctx, Work::CheckingCode, request);
    }

    fn resend(&mut self, ctx: &mut Ctx) {
        let Step::Code(code) = &mut self.step else {
            return;
        };
        self.problem = None;
        if !code.can_resend(ctx.now) {
            self.problem = Some(Problem::invalid(tr!(
                self.lang,
                "cleura-code-resend-not-yet",
                seconds = code.seconds_left(ctx.now)
            )));
            return;
        }
        code.notice = None;
        let request = Request::Resend {
            endpoint: self.form.endpoint_value(),
            api: self.form.api,
            login: self.form.login_value(),
            verification: code.verification.clone(),
        };
        self.send(ctx, Work::SendingCode, request);
    }

    fn sign_out(&mut self, ctx: &mut Ctx) {
        let Step::Regions(regions) = &self.step else {
            return;
        };
        let request = Request::SignOut {
            session: regions.session.clone(),
            secret: self.secret,
        };
        self.send(ctx, Work::SigningOut, request);
    }

    fn refresh(&mut self, ctx: &mut Ctx) {
        let Step::Regions(regions) = &mut self.step else {
            return;
        };
        regions.notice = None;
        let session = regions.session.clone();
        self.send(ctx, Work::ListingRegions, Request::Domains { session });
    }

    fn load_projects(&mut self, ctx: &mut Ctx, domain: String, region: String) {
        let Step::Regions(regions) = &mut self.step else {
            return;
        };
        regions.opening(&domain, &region);
        let session = regions.session.clone();
        self.send(
            ctx,
            Work::ListingProjects,
            Request::Projects {
                session,
                domain,
                region,
            },
        );
    }

    /// Esc: one step back, keeping what was typed; from the first step, the menu.
    fn back(&mut self, ctx: &mut Ctx) {
        if self.pending.is_some() {
            self.cancel(ctx);
            if matches!(self.step, Step::Resuming) {
                // Still on the flow's first screen: back to the menu, as Esc always is there.
                self.go(Step::SignIn);
                ctx.nav = Some(Nav::Home);
            }
            return;
        }
        match &mut self.step {
            Step::Code(_) | Step::SecondFactorUnusable { .. } => self.go(Step::SignIn),
            Step::SignInAgain { .. } => self.decline_sign_in_again(),
            Step::Regions(regions) if regions.projects.is_some() => regions.projects = None,
            Step::Regions(regions) if regions.asking_sign_out => regions.asking_sign_out = false,
            Step::Regions(regions) if regions.filtering => {
                regions.stop_filter();
                regions.reveal(ctx.viewport.table_rows);
            }
            _ => ctx.nav = Some(Nav::Home),
        }
    }

    pub fn secret_name(&self) -> &'static str {
        self.secret
    }

    pub fn is_pending(&self) -> bool {
        self.pending.is_some()
    }
}

impl FlowScreen for Cleura {
    fn input(&mut self, input: Input, ctx: &mut Ctx) {
        match input {
            // While a request is in flight only Esc (cancel) acts: see the key map.
            Input::Paste(_) | Input::Click(_) | Input::Scroll(_) | Input::Answer(_)
                if self.is_pending() => {}
            Input::Key(key) => self.key(key, ctx),
            Input::Paste(text) => self.paste(&text, ctx),
            Input::Click(hit) => self.click(hit, ctx),
            Input::Scroll(scroll) => self.scroll(scroll, ctx),
            Input::Viewport => {
                if let Step::Regions(regions) = &mut self.step {
                    regions.follow(ctx.viewport.table_rows);
                }
            }
            Input::Tick => {}
            Input::Answer(text) => self.answer(text, ctx),
        }
    }

    fn keys(&self) -> Vec<KeyHelp> {
        self.keymap().help()
    }

    fn text_focused(&self) -> bool {
        match &self.step {
            Step::SignIn => self.form.text_focused(),
            Step::Code(_) => true,
            Step::Regions(regions) => regions.filtering,
            _ => false,
        }
    }

    fn busy(&self) -> Option<String> {
        self.working().map(str::to_string)
    }

    fn unfinished(&self) -> Option<String> {
        // Signing in (a password or a code on its way: the token Cleura issues would be
        // lost with nobody to revoke it) and signing out (a token revoked but still kept)
        // are left half done by quitting; reading the regions can simply be done again.
        match self.pending.work()? {
            Work::SigningIn | Work::CheckingCode => {
                Some(tr(self.lang, "cleura-unfinished-signing-in").into_owned())
            }
            Work::SigningOut => Some(tr(self.lang, "cleura-unfinished-signing-out").into_owned()),
            Work::LookingForToken
            | Work::SendingCode
            | Work::ListingRegions
            | Work::ListingProjects => None,
        }
    }

    fn next_deadline(&self, now: Instant) -> Option<Instant> {
        match &self.step {
            Step::Code(code) => code.next_tick(now),
            _ => None,
        }
    }

    fn title(&self) -> String {
        let id = match &self.step {
            Step::Resuming => return "Cleura".into(),
            Step::SignIn => "cleura-title-sign-in",
            Step::Code(_) | Step::SignInAgain { .. } => "cleura-title-code",
            Step::SecondFactorUnusable { .. } => "cleura-title-second-factor",
            Step::Regions(r) => {
                return tr!(
                    self.lang,
                    "cleura-title-regions",
                    login = r.session.login.as_str()
                )
                .into_owned();
            }
            Step::SignedOut { .. } => "cleura-title-signed-out",
        };
        tr(self.lang, id).into_owned()
    }

    fn failed(&mut self, id: RequestId, why: String, _ctx: &mut Ctx) {
        let Some(work) = self.pending.answer(id) else {
            return;
        };
        let problem = Problem::failed(why);
        match (&mut self.step, work) {
            (Step::Code(_), _) => self.problem = Some(problem),
            (Step::Regions(regions), Work::ListingRegions) => regions.unlisted(problem),
            (Step::Regions(regions), Work::ListingProjects) => {
                if let Some(view) = &mut regions.projects {
                    view.projects = Some(Err(problem));
                }
            }
            (Step::Regions(regions), _) => regions.notice = Some(problem.message),
            _ => {
                self.go(Step::SignIn);
                self.problem = Some(problem);
            }
        }
    }

    fn ask(&self) -> super::ask::Ask {
        questions::ask(self)
    }

    fn finished(&self) -> bool {
        matches!(self.step, Step::SignedOut { .. })
    }
}
