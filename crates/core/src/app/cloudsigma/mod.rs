//! A CloudSigma account from the terminal: choose the location, then create an account (a
//! confirmation email follows, whose page sets the password) or sign in with a cookie
//! session; see who is signed in, check the session again, sign out. The session is kept
//! (keyring, or a file only the user can read) so that a later start resumes it once the
//! API confirms it still works.
//!
//! This file holds the flow's state, its requests and replies; `input` handles keys, the
//! mouse and answers, `questions` what each step asks and lists.

pub mod forms;
pub mod location;

pub mod questions;

mod input;
mod replies;
#[cfg(test)]
mod tests;

use crate::app::checks;
use crate::app::field::{CharRule, TextField};
use crate::lang::{Lang, tr, tr_args};
use secrecy::SecretString;
use std::borrow::Cow;

use super::in_flight::{self, InFlight};
use super::problem::Problem;
use super::{Command, Ctx, FlowScreen, Hit, Input, KeyHelp, Nav, RequestId};
use crate::api::ApiError;
use crate::api::cloudsigma::{Created, NewAccount, Session};
use crate::store::resume::{Kept, Remember};
use crate::store::secrets::Location;
use crate::store::sent::{Lost, Sent};
use forms::Form;
pub use location::{Chosen, ListSource, LocationForm, Place, Row};

/// Steps before the account, for "Step n of 3": location, create-or-sign-in, the form.
pub const STEPS: u8 = 3;
/// Where the session is kept between runs.
pub const SECRET: &str = "cloudsigma";
/// A sandbox session is kept apart, so trying the sandbox never replaces a real session.
pub const SANDBOX_SECRET: &str = "cloudsigma-sandbox";

/// What this flow asks the backend to do; each carries all it needs.
#[derive(Debug)]
pub enum Request {
    /// Read the session an earlier run kept.
    LoadSaved { secret: &'static str },
    /// CloudSigma's current list of locations (`GET locations/` at `api`), quickly or not at
    /// all: the built-in list stands in meanwhile.
    Locations { api: String },
    /// `accounts/action/?do=create`, sent once.
    Create { api: String, account: NewAccount },
    /// Sign in, read who is signed in (uuid, profile, balance), then keep the session with
    /// the location it was opened at: its code, and its name as shown then (`place`).
    SignIn {
        api: String,
        location: Option<String>,
        place: Option<String>,
        email: String,
        password: SecretString,
        secret: &'static str,
    },
    /// `check_login`; while it holds, who is signed in again. Cookies the answers set are
    /// kept (in `secret`), so the newest CSRF token is the one sent next.
    Check {
        api: String,
        location: Option<String>,
        place: Option<String>,
        email: String,
        session: Session,
        secret: &'static str,
    },
    /// `logout`, then forget the kept session whatever the server said.
    SignOut {
        api: String,
        session: Session,
        secret: &'static str,
    },
    /// Forget a kept session that no longer works.
    Forget { secret: &'static str },
    /// In the sandbox: set a new account's password through its confirmation page (`link`,
    /// from the sandbox outbox), as the page's form does in a browser.
    SetPassword {
        link: String,
        password: SecretString,
    },
}

/// The backend's answers.
#[derive(Debug)]
pub enum Reply {
    Saved(Result<Option<Saved>, String>),
    Locations(Result<Vec<Place>, ApiError>),
    Created(Result<Created, ApiError>),
    SignedIn(Result<Box<SignedIn>, ApiError>),
    Checked(Result<Box<Checked>, ApiError>),
    SignedOut {
        remote: Result<(), ApiError>,
        local: Result<(), String>,
    },
    Forgot(Result<(), String>),
    PasswordSet(Result<(), String>),
}

/// A session kept by an earlier run.
#[derive(Debug, Clone)]
pub struct Saved {
    pub api: String,
    pub email: String,
    /// The code of the location it was opened at (copies kept by earlier versions lack it).
    pub location: Option<String>,
    /// That location's name as it was shown when the session was opened: a session is named
    /// the same way each time it is used, whichever list (built in, or CloudSigma's current
    /// one) named it then. Copies kept by earlier versions lack it.
    pub place: Option<String>,
    pub session: Session,
    pub kept: Location,
    /// Its cookie's lifetime is over: nothing is sent with it.
    pub expired: bool,
}

/// A session that still holds, with who is signed in, and its cookies as the API last set
/// them.
#[derive(Debug)]
pub struct Checked {
    pub info: AccountInfo,
    pub session: Session,
}

#[derive(Debug)]
pub struct SignedIn {
    pub session: Session,
    pub account: AccountInfo,
    /// Where the session was kept, or why it could not be.
    pub kept: Result<Location, String>,
}

/// Who is signed in. Each part the API would not give is missing, with a note saying why.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccountInfo {
    pub email: Option<String>,
    pub uuid: Option<String>,
    pub state: Option<String>,
    pub balance: Option<String>,
    pub currency: Option<String>,
    pub notes: Vec<String>,
}

/// What is in flight, for the spinner and for quitting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Work {
    Loading,
    CheckingSaved,
    Creating,
    SigningIn,
    Checking,
    SigningOut,
    SettingPassword,
}

impl Work {
    /// What is in flight, in the run's language (`words` is its English).
    pub fn said(self, lang: Lang) -> Cow<'static, str> {
        let id = match self {
            Work::Loading => "cloudsigma-work-loading",
            Work::CheckingSaved => "cloudsigma-work-checking-saved",
            Work::Creating => "cloudsigma-work-creating",
            Work::SigningIn => "cloudsigma-work-signing-in",
            Work::Checking => "cloudsigma-work-checking",
            Work::SigningOut => "cloudsigma-work-signing-out",
            Work::SettingPassword => "cloudsigma-work-setting-password",
        };
        tr(lang, id)
    }

    pub const ALL: [Work; 7] = [
        Work::Loading,
        Work::CheckingSaved,
        Work::Creating,
        Work::SigningIn,
        Work::Checking,
        Work::SigningOut,
        Work::SettingPassword,
    ];
}

impl in_flight::Work for Work {
    fn words(self) -> &'static str {
        match self {
            Work::Loading => "looking for a saved CloudSigma session",
            Work::CheckingSaved => "checking the saved CloudSigma session",
            Work::Creating => "creating the CloudSigma account",
            Work::SigningIn => "signing in to CloudSigma",
            Work::Checking => "checking the CloudSigma session",
            Work::SigningOut => "signing out of CloudSigma",
            Work::SettingPassword => "setting the password through the confirmation page",
        }
    }
}

/// Create an account or sign in, on the screen after the location.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Create,
    SignIn,
}

/// What the mouse can hit; the layout functions in `ui::cloudsigma` say where each is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Filter,
    Custom,
    Row(Row),
    Action(Action),
    Field(forms::Focus),
    Button(Button),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Button {
    Create,
    SignIn,
    GoSignIn,
    OpenLink,
    Check,
    SignOut,
    Menu,
    Retry,
    Continue,
    /// In the sandbox: the new account's password, set from the terminal.
    SetPassword,
    /// The answers to "Sign out?".
    SignOutNow,
    Stay,
}

/// What a key does in this flow. Each step declares its keys once, as a `Keymap<Act>`
/// (`questions::keymap`): the key dispatch and the key bar both read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    /// What the button does.
    Press(Button),
    /// Enter: the highlighted row, choice or button, or the focused field's next step.
    Go,
    /// One screen back (or out of what is in flight, or the question).
    Back,
    /// To the next (Tab, ↓) or the previous (Shift-Tab, ↑) row, choice, field or button.
    Move,
    /// The list's first row (PgUp) or the custom address (PgDn).
    Ends,
    /// From the list to the custom address field, and back.
    Custom,
    List,
    /// A numbered choice, by its digit.
    Number,
    /// Show or hide the password.
    Reveal,
    /// The focused field takes the key.
    Type,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreatedAccount {
    pub email: String,
    pub uuid: Option<String>,
    pub place: String,
    /// Not seen created: CloudSigma refused the email after an earlier request to create
    /// the same account was never answered, so that request most likely opened it.
    pub probably: bool,
}

/// Signed in: the session and what the API says about the account.
#[derive(Clone, Debug)]
pub struct Account {
    pub api: String,
    pub place: String,
    pub email: String,
    pub session: Session,
    pub info: AccountInfo,
    pub kept: Result<Location, String>,
    /// A check that worked, said once ("still signed in").
    pub checked: bool,
    /// The session was kept by an earlier run, not opened by a sign-in now.
    pub resumed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finished {
    SignedOut {
        email: String,
        /// Set when the server could not be told: the session was forgotten here only.
        remote: Option<String>,
        /// Set when the kept copy could not be removed.
        local: Option<String>,
    },
    Created(CreatedAccount),
}

#[derive(Clone, Debug)]
pub enum Step {
    Loading,
    CheckingSaved(Saved),
    /// The saved session could not be checked (the API was unreachable): try again, or go
    /// on without it.
    Unchecked(Saved),
    Location,
    Choose,
    Create,
    Created(CreatedAccount),
    /// In the sandbox: the new account's password, asked here and set through its
    /// confirmation page.
    SetPassword(CreatedAccount),
    SignIn,
    Account(Box<Account>),
    Finished(Finished),
}

#[derive(Clone, Debug)]
pub struct CloudSigma {
    pub step: Step,
    pub location: LocationForm,
    pub action: Action,
    pub create: Form,
    pub sign_in: Form,
    /// Why the sign-in screen is shown again (a session that ended).
    pub sign_in_notice: Option<String>,
    /// What went wrong with the step as a whole (see `problem`): one with a value is under
    /// its field.
    pub problem: Option<Problem>,
    pending: InFlight<Work>,
    /// The request for CloudSigma's current list of locations, while it is out; it runs
    /// beside the flow's own requests.
    locations_request: Option<RequestId>,
    /// Read from the config at each input: every location's address pattern, when the
    /// config gives one (the sandbox does).
    pub template: Option<String>,
    pub sandbox: bool,
    /// For the report: what the flow did.
    pub created: Option<CreatedAccount>,
    /// The creation in flight, written down before it left, while it is unanswered.
    in_flight: Option<Sent>,
    /// An earlier request to create the same account that was never answered.
    earlier: Option<Sent>,
    /// The creation this run sent whose answer was lost, until it is sent again.
    lost: Option<Lost>,
    /// What the choice screen says first when the flow was opened for an unanswered
    /// creation (a menu entry).
    pub unanswered_notice: Option<String>,
    pub signed_out: bool,
    /// The new password, on the sandbox's set-password step.
    pub password: TextField,
    /// "Sign out?" is asked on the account screen.
    pub sign_out_asked: bool,
    /// The button Enter presses on the saved-session screen (Tab moves it).
    pub button: Button,
    /// The run's language, for the words of the screens, the key map and the problems.
    pub lang: Lang,
    /// Why the session an earlier run kept was not used: a command says so its own way, not
    /// as the screens do (whose advice is to sign in now, or to try again from here).
    pub kept_session_unused: Option<KeptSessionUnused>,
}

/// Why the session an earlier run kept was not used. `place` names where it was opened;
/// `location` is what `--location` takes to sign in there again (`Chosen::given`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeptSessionUnused {
    /// Its cookie's lifetime was over: nothing was sent with it, and it was forgotten.
    Expired {
        email: String,
        place: String,
        location: String,
    },
    /// CloudSigma no longer took it (`why`, in its words): it was forgotten.
    Ended {
        email: String,
        place: String,
        location: String,
        why: String,
    },
    /// It could not be read (`why`): nothing was sent with it.
    Unreadable { why: String },
    /// It could not be checked: CloudSigma refused it for another reason than its end, or
    /// could not be reached. It is still kept.
    Unchecked {
        email: String,
        location: String,
        error: ApiError,
    },
}

impl CloudSigma {
    /// Opens the flow and looks for a session kept by an earlier run.
    pub fn new(ctx: &mut Ctx) -> CloudSigma {
        let sandbox = ctx.sandbox.is_some();
        // A location given for this run wins over the one remembered.
        let (code, custom) = match ctx.given.get("location").map(|l| l.trim()) {
            Some(address) if address.contains("://") => {
                (Some(location::CUSTOM_CODE), Some(address))
            }
            Some(code) => (Some(code), None),
            None => (
                ctx.saved.cloudsigma_location.as_deref(),
                ctx.saved.cloudsigma_custom_api.as_deref(),
            ),
        };
        let lang = ctx.config.lang();
        let location = LocationForm::new(&ctx.config.cloudsigma, code, custom, sandbox, lang);
        let mut flow = CloudSigma {
            step: Step::Loading,
            location,
            action: Action::Create,
            create: Form::create(lang),
            sign_in: Form::sign_in(lang),
            sign_in_notice: None,
            problem: None,
            pending: InFlight::default(),
            locations_request: None,
            template: ctx.config.cloudsigma.api_template.clone(),
            sandbox,
            created: None,
            in_flight: None,
            earlier: None,
            lost: None,
            unanswered_notice: None,
            signed_out: false,
            password: TextField::new(
                crate::lang::tr_static(lang, "cloudsigma-field-new-password"),
                CharRule::Printable,
                forms::PASSWORD_MAX,
            )
            .lang(lang)
            .secret(),
            sign_out_asked: false,
            button: Button::Retry,
            lang,
            kept_session_unused: None,
        };
        // Given values are taken exactly or refused under their field, never rewritten: a
        // refusal waits there for the person to see.
        if let Some(email) = ctx.given.get("email").map(|e| e.trim()) {
            for field in [&mut flow.create.email, &mut flow.sign_in.email] {
                let _ = field.answer(email);
            }
        }
        if let Some(promo) = ctx.given.get("promo") {
            let _ = flow.create.second.answer(promo.trim());
        }
        let secret = flow.secret();
        flow.send(ctx, Work::Loading, Request::LoadSaved { secret });
        flow
    }

    /// Where the session is kept: a sandbox's apart from the real one. Read when used, as
    /// the sandbox may come up after the flow was opened.
    fn secret(&self) -> &'static str {
        if self.sandbox { SANDBOX_SECRET } else { SECRET }
    }

    /// The id of the request this flow waits for, if any.
    pub fn pending(&self) -> Option<RequestId> {
        self.pending.id()
    }

    pub fn working(&self) -> Option<Work> {
        self.pending.work()
    }

    fn send(&mut self, ctx: &mut Ctx, work: Work, request: Request) {
        self.pending
            .send(ctx, work, |id| Command::CloudSigma(id, request));
    }

    /// Stops waiting for the request in flight; its answer, if it comes, is dropped.
    fn cancel(&mut self, ctx: &mut Ctx) {
        self.pending.cancel(ctx);
    }

    /// Endpoints are read from the config as it is now (the sandbox may have come up).
    fn sync(&mut self, ctx: &Ctx) {
        self.template = ctx.config.cloudsigma.api_template.clone();
        self.sandbox = ctx.sandbox.is_some();
        self.lang = ctx.config.lang();
    }

    /// Opens the flow for a creation an earlier run sent and never saw answered (a menu
    /// entry): the email filled in, and the choice screen saying what is known.
    pub fn unanswered(ctx: &mut Ctx, sent: &Sent) -> CloudSigma {
        let mut flow = CloudSigma::new(ctx);
        if let Sent::CloudSigmaCreate { api, email, .. } = sent {
            flow.create.email.set_value(email);
            flow.sign_in.email.set_value(email);
            let mut args = vec![("api", api.into()), ("email", email.into())];
            let id = match sent.when_in(flow.lang) {
                Some(when) => {
                    args.push(("when", when.into()));
                    "cloudsigma-unanswered-notice-when"
                }
                None => "cloudsigma-unanswered-notice",
            };
            flow.unanswered_notice = Some(tr_args(flow.lang, id, &args).into_owned());
        }
        flow
    }

    /// The API address of the chosen location (before one is chosen, the default's).
    pub fn api(&self, ctx: &Ctx) -> String {
        match &self.location.chosen {
            Some(chosen) => chosen.api(&ctx.config.cloudsigma),
            None => self.home_api(ctx),
        }
    }

    /// The API of CloudSigma's own home location, asked for the list of locations.
    fn home_api(&self, ctx: &Ctx) -> String {
        let home = location::place_index(&self.location.places, location::HOME_CODE)
            .map(|i| self.location.places[i].clone())
            .unwrap_or_else(|| location::built_in().swap_remove(0));
        home.api(&ctx.config.cloudsigma)
    }

    /// The location screen. The first time, CloudSigma is asked for its current list; the
    /// built-in one is shown meanwhile (and stays if the API does not answer).
    fn go_locations(&mut self, ctx: &mut Ctx) {
        self.go(Step::Location);
        if self.location.source != ListSource::BuiltIn {
            return;
        }
        let id = ctx.next_id();
        let api = self.home_api(ctx);
        ctx.out
            .push(Command::CloudSigma(id, Request::Locations { api }).into());
        self.locations_request = Some(id);
        self.location.source = ListSource::Asking;
    }

    /// Waiting for CloudSigma's current list of locations.
    pub fn asking_for_locations(&self) -> bool {
        self.locations_request.is_some()
    }

    pub fn place(&self) -> String {
        self.location
            .chosen
            .as_ref()
            .map(Chosen::label)
            .unwrap_or_default()
    }

    /// The chosen location as `--location` takes it.
    fn location_given(&self) -> String {
        self.location
            .chosen
            .as_ref()
            .map(|chosen| chosen.given().to_string())
            .unwrap_or_default()
    }

    /// Goes to `step`, leaving the previous step's problem behind.
    fn go(&mut self, step: Step) {
        self.problem = None;
        self.sign_out_asked = false;
        self.button = Button::Retry;
        self.step = step;
    }

    fn go_sign_in(&mut self, email: Option<&str>, notice: Option<String>) {
        if let Some(email) = email {
            self.sign_in.email.set_value(email);
        }
        self.sign_in.second.clear();
        self.sign_in.focus = if self.sign_in.email.is_empty() {
            forms::Focus::First
        } else {
            forms::Focus::Second
        };
        self.sign_in_notice = notice;
        self.go(Step::SignIn);
    }

    fn forget(&mut self, ctx: &mut Ctx) {
        self.keep(ctx, None);
        let id = ctx.next_id();
        let forget = Request::Forget {
            secret: self.secret(),
        };
        ctx.out.push(Command::CloudSigma(id, forget).into());
    }

    /// Who is signed in, when the flow shows an account (a sign-in or a kept session that
    /// held when checked).
    pub fn signed_in(&self) -> Option<String> {
        match &self.step {
            Step::Account(account) => Some(account.email.clone()),
            _ => None,
        }
    }

    /// Records in the state file whose session is kept, at which location and where (None:
    /// none is kept), so that the menu can say it without reading the secret store; written
    /// only on a change.
    fn keep(&self, ctx: &mut Ctx, kept: Option<Kept>) {
        let secret = self.secret();
        if ctx.saved.kept.get(secret) != Some(&kept) {
            ctx.remember(Remember::Kept {
                secret: secret.to_string(),
                kept,
            });
        }
    }

    /// What `keep` records for a session of `email` at `api`, kept in `location`.
    fn kept(&self, email: &str, api: &str, location: &Location) -> Kept {
        Kept {
            who: email.to_string(),
            api: api.to_string(),
            place: self.place_name(),
            store: location.short(),
        }
    }

    /// The location was chosen: remember it, and ask what to do there.
    fn location_chosen(&mut self, ctx: &mut Ctx) {
        if let Some(chosen) = &self.location.chosen {
            ctx.remember(Remember::CloudSigmaLocation {
                code: chosen.code().to_string(),
                custom_api: match chosen {
                    Chosen::Custom(url) => Some(url.clone()),
                    Chosen::Place(_) => None,
                },
            });
        }
        self.go(Step::Choose);
    }

    fn submit_create(&mut self, ctx: &mut Ctx) {
        if self.pending.is_some() {
            return;
        }
        self.problem = None;
        let Some(email) = self.create.checked_email() else {
            return;
        };
        let promo = match checks::valid_promo(self.create.second.value()) {
            Ok(promo) => Some(promo).filter(|p| !p.is_empty()),
            Err(why) => {
                self.create.second.problem = Some(Problem::invalid(why.said(self.lang)));
                self.create.focus = forms::Focus::Second;
                return;
            }
        };
        let api = self.api(ctx);
        let sent = Sent::CloudSigmaCreate {
            api: api.clone(),
            email: email.clone(),
            sent_at: 0,
        };
        self.earlier = ctx.saved.unanswered_like(&sent).cloned();
        // On disk before the request leaves: an account cannot be asked for twice.
        ctx.remember(Remember::Sent(sent.clone()));
        self.in_flight = Some(sent);
        self.lost = None;
        self.send(
            ctx,
            Work::Creating,
            Request::Create {
                api,
                account: NewAccount { email, promo },
            },
        );
    }

    fn submit_sign_in(&mut self, ctx: &mut Ctx) {
        if self.pending.is_some() {
            return;
        }
        self.problem = None;
        self.sign_in_notice = None;
        let Some(email) = self.sign_in.checked_email() else {
            return;
        };
        if self.sign_in.second.is_empty() {
            let why = tr(self.lang, "cloudsigma-sign-in-no-password");
            self.sign_in.second.problem = Some(Problem::invalid(why));
            self.sign_in.focus = forms::Focus::Second;
            return;
        }
        // Masked again once sent: the next look at the screen should not show it.
        self.sign_in.second.revealed = false;
        let password = SecretString::from(self.sign_in.second.value().to_string());
        let api = self.api(ctx);
        let location = self.location_code();
        let place = self.place_name();
        self.send(
            ctx,
            Work::SigningIn,
            Request::SignIn {
                api,
                location,
                place,
                email,
                password,
                secret: self.secret(),
            },
        );
    }

    fn check_again(&mut self, ctx: &mut Ctx) {
        if self.pending.is_some() {
            return;
        }
        if let Step::Account(account) = &self.step {
            let request = Request::Check {
                api: account.api.clone(),
                location: self.location_code(),
                place: self.place_name(),
                email: account.email.clone(),
                session: account.session.clone(),
                secret: self.secret(),
            };
            self.problem = None;
            self.send(ctx, Work::Checking, request);
        }
    }

    fn sign_out(&mut self, ctx: &mut Ctx) {
        if self.pending.is_some() {
            return;
        }
        if let Step::Account(account) = &self.step {
            let request = Request::SignOut {
                api: account.api.clone(),
                session: account.session.clone(),
                secret: self.secret(),
            };
            self.problem = None;
            self.sign_out_asked = false;
            self.send(ctx, Work::SigningOut, request);
        }
    }

    fn retry_saved(&mut self, ctx: &mut Ctx) {
        let step = std::mem::replace(&mut self.step, Step::Loading);
        match step {
            Step::Unchecked(saved) => {
                let request = self.check_saved(&saved);
                self.send(ctx, Work::CheckingSaved, request);
                self.go(Step::CheckingSaved(saved));
            }
            other => self.step = other,
        }
    }

    /// Checks a kept session at the location it was opened at.
    fn check_saved(&self, saved: &Saved) -> Request {
        Request::Check {
            api: saved.api.clone(),
            location: saved.location.clone().or_else(|| self.location_code()),
            place: saved.place.clone().or_else(|| self.place_name()),
            email: saved.email.clone(),
            session: saved.session.clone(),
            secret: self.secret(),
        }
    }

    /// The chosen location's code, kept with a session: `custom` for a partner's address.
    fn location_code(&self) -> Option<String> {
        self.location
            .chosen
            .as_ref()
            .map(|chosen| chosen.code().to_string())
    }

    /// The chosen location as the header names it (the place's name, or a custom address's
    /// host): kept with a session, and in the state file's record of it.
    fn place_name(&self) -> Option<String> {
        self.location.chosen.as_ref().map(Chosen::short)
    }

    /// The link from the confirmation email, when the sandbox's outbox has it.
    pub fn confirmation_link<'a>(&self, outbox: &'a super::Outbox) -> Option<&'a str> {
        match &self.step {
            Step::Created(account) | Step::SetPassword(account) => {
                outbox.latest_link(Some(&account.email))
            }
            _ => None,
        }
    }

    /// The confirmation link, or a problem saying it has not come yet.
    fn link_or_problem(&mut self, ctx: &Ctx) -> Option<String> {
        let link = self.confirmation_link(ctx.outbox).map(str::to_string);
        if link.is_none() {
            let why = tr(self.lang, "cloudsigma-created-no-link");
            self.problem = Some(Problem::invalid(why));
        }
        link
    }

    /// In the sandbox: the new password, checked as the confirmation page checks it, sent
    /// to that page.
    fn submit_password(&mut self, ctx: &mut Ctx) {
        if self.pending.is_some() {
            return;
        }
        self.problem = None;
        let Some(link) = self.link_or_problem(ctx) else {
            return;
        };
        if self.password.value().chars().count() < 8 {
            let why = tr(self.lang, "cloudsigma-password-short");
            self.password.problem = Some(Problem::invalid(why));
            return;
        }
        self.password.revealed = false;
        let password = SecretString::from(self.password.value().to_string());
        self.send(
            ctx,
            Work::SettingPassword,
            Request::SetPassword { link, password },
        );
    }

    /// The button Enter presses, shown as such: on the saved-session screen and the
    /// account's.
    pub fn focused_button(&self) -> Option<Button> {
        match self.step {
            Step::Unchecked(_) => Some(self.button),
            Step::Create if self.create.focus == forms::Focus::Button => Some(Button::Create),
            Step::SignIn if self.sign_in.focus == forms::Focus::Button => Some(Button::SignIn),
            Step::Created(_) => Some(self.created_button()),
            Step::Finished(_) => Some(Button::Menu),
            Step::Account(_) if !self.sign_out_asked && self.working().is_none() => {
                Some(self.account_button())
            }
            _ => None,
        }
    }

    /// The buttons of "check your email", in the order drawn: in the sandbox the password
    /// can be set here and the link opened.
    pub fn created_buttons(&self) -> &'static [Button] {
        if self.sandbox {
            &[Button::GoSignIn, Button::SetPassword, Button::OpenLink]
        } else {
            &[Button::GoSignIn]
        }
    }

    /// The "check your email" button with the focus: Sign in unless the person moved.
    pub fn created_button(&self) -> Button {
        if self.created_buttons().contains(&self.button) {
            self.button
        } else {
            Button::GoSignIn
        }
    }

    /// The account screen's button with the focus: Menu unless the person moved.
    pub fn account_button(&self) -> Button {
        if ACCOUNT_BUTTONS.contains(&self.button) {
            self.button
        } else {
            Button::Menu
        }
    }

    fn go_home(&mut self, ctx: &mut Ctx) {
        ctx.nav = Some(Nav::Home);
    }
}

/// The account screen's buttons, in the order drawn.
pub const ACCOUNT_BUTTONS: [Button; 3] = [Button::Check, Button::SignOut, Button::Menu];

impl FlowScreen for CloudSigma {
    fn input(&mut self, input: Input, ctx: &mut Ctx) {
        self.sync(ctx);
        match input {
            Input::Key(key) => self.key(key, ctx),
            Input::Paste(text) => self.paste(&text),
            Input::Click(Some(Hit::CloudSigma(target))) => self.hit(target, ctx),
            Input::Scroll(scroll) => self.scroll(scroll),
            Input::Click(_) | Input::Viewport | Input::Tick => {}
            Input::Answer(text) => self.answer(&text, ctx),
        }
    }

    fn keys(&self) -> Vec<KeyHelp> {
        questions::keymap(self).help()
    }

    fn text_focused(&self) -> bool {
        match self.step {
            Step::Create => self.create.focus != forms::Focus::Button,
            Step::SignIn => self.sign_in.focus != forms::Focus::Button,
            Step::Location | Step::SetPassword(_) => true,
            _ => false,
        }
    }

    fn busy(&self) -> Option<String> {
        self.working().map(|w| w.said(self.lang).into_owned())
    }

    fn unfinished(&self) -> Option<String> {
        // Creating an account, signing in (a session opened that nobody keeps or ends) or
        // signing out would be left half done; reading or checking can simply be done again.
        self.working()
            .filter(|w| matches!(w, Work::Creating | Work::SigningIn | Work::SigningOut))
            .map(|w| w.said(self.lang).into_owned())
    }

    fn title(&self) -> String {
        match &self.location.chosen {
            Some(chosen)
                if !matches!(
                    self.step,
                    Step::Location | Step::Loading | Step::Finished(_)
                ) =>
            {
                format!("CloudSigma › {}", chosen.short())
            }
            _ => "CloudSigma".into(),
        }
    }

    fn sent_unanswered(&self) -> Option<&Sent> {
        self.in_flight.as_ref()
    }

    fn answer_lost(&self) -> Option<&Lost> {
        self.lost.as_ref()
    }

    fn failed(&mut self, id: RequestId, why: String, ctx: &mut Ctx) {
        if self.locations_request == Some(id) {
            self.locations_request = None;
            self.location.source = ListSource::Unavailable(why);
            return;
        }
        let Some(work) = self.pending.answer(id) else {
            return;
        };
        if work == Work::Creating {
            // The request may have left before the task stopped.
            let sent = self.in_flight.take();
            return self.creation_unanswered(sent, &why);
        }
        match std::mem::replace(&mut self.step, Step::Loading) {
            Step::Loading => self.go_locations(ctx),
            Step::CheckingSaved(saved) => self.go(Step::Unchecked(saved)),
            other => self.step = other,
        }
        self.problem = Some(Problem::failed(why));
    }

    fn ask(&self) -> super::ask::Ask {
        questions::ask(self)
    }

    fn finished(&self) -> bool {
        matches!(self.step, Step::Finished(_))
    }
}
