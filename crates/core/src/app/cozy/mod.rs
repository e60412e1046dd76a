//! Create a Cozy, screen by screen as Cozy's web onboarding does it: email, address, terms,
//! confirm; then the creation followed live, the activation link from the email, and the
//! first passphrase, hashed on this machine. One file per step; this one holds the flow's
//! state, what it asks the backend and what comes back.

pub mod activation;
pub mod form;
pub mod qr;
pub mod strength;
pub mod web;

mod address;
mod check_email;
mod confirm;
mod creating;
mod done;
mod email;
#[cfg(test)]
mod french_tests;
mod keymap;
mod passphrase;
mod ring;
mod terms;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod unanswered_tests;

use std::borrow::Cow;
use std::time::Duration;

use secrecy::SecretString;

use super::ask::{Ask, AskKind};
use super::field::TextField;
use super::in_flight::{self, InFlight};
use super::problem::{self, Problem, ProblemKind};
use super::{Command, Ctx, FlowScreen, Hit, Input, KeyHelp, Keymap, Nav, RequestId};
use crate::api::ApiError;
use crate::api::cozy::{NewInstance, RouteSet};
use crate::config::{CozyConfig, CozyRoutes};
use crate::lang::{Lang, tr, tr_static};
use crate::store::resume::{CozyResume, Remember};
use crate::store::sent::{Lost, Sent};
use crate::tr;
use activation::Activation;
use form::Form;
use keymap::Do;
use web::WebOnboarding;

pub use address::Focus as AddressFocus;
pub use confirm::{Edit, SummaryLine};
pub use creating::{Following, Retry, Stopped, clock};
pub use done::Done;
pub use passphrase::{PassFocus, Working, hashing, registering};
pub use terms::terms_summary;

/// Following a creation gives up after this long (shown to the person; retry follows on).
pub const FOLLOW_DEADLINE: Duration = Duration::from_secs(10 * 60);
/// The Cloudery has just been asked: the first look is this soon after.
pub const FIRST_POLL: Duration = Duration::from_millis(500);
/// Steps of the flow, for "Step n of 8".
pub const STEPS: u8 = 8;

/// What this flow asks the backend to do. Each carries everything it needs: the backend
/// knows nothing of the flow.
#[derive(Debug)]
pub enum Request {
    /// Create the instance at the first pair of `routes`, then, only if that route is not
    /// there (404), at the second. Without a token in the config the backend reads
    /// `CLOUDBOARD_COZY_TOKEN`.
    Create {
        api: String,
        token: Option<SecretString>,
        instance: NewInstance,
        routes: Box<[(RouteSet, CozyRoutes); 2]>,
    },
    /// Follow a workflow to its end: one long task answering `Progress` after each look and
    /// `Ended` once; `Command::Cancel` stops it.
    Follow {
        api: String,
        token: Option<SecretString>,
        workflow: String,
        /// The workflow route of the pair that created it.
        route: String,
        /// When the creation was sent (seconds since the epoch): a workflow unknown for a
        /// while after it is "not yet readable", not gone.
        created_at: u64,
        first_poll: Duration,
        deadline: Duration,
    },
    /// Follow the activation email's link (to the Cloudery) to the address it leads to.
    FollowLink { link: String },
    /// Hash the passphrase here (answering `Hashed`), then register it on the instance.
    Register {
        /// The instance's address (`instance_url` with the fqdn filled in).
        instance: String,
        /// Salts the hash.
        fqdn: String,
        register_token: SecretString,
        passphrase: SecretString,
        hint: Option<String>,
    },
}

/// The backend's answers.
#[derive(Debug)]
pub enum Reply {
    Created(Result<Created, Failure>),
    /// One look at the workflow: its status, or the trouble met getting it (retried).
    Progress {
        status: Option<String>,
        attempt: u32,
        trouble: Option<String>,
        next_in: Duration,
    },
    Ended(End),
    /// Where the activation link led.
    LinkFollowed(Result<crate::api::cozy::LinkEnd, ApiError>),
    /// The passphrase is hashed; it is being registered.
    Hashed,
    /// Registered; the instance's redirect when it gave one.
    Registered(Result<Option<String>, Failure>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Created {
    pub instance: String,
    pub workflow: String,
    /// Seconds since the Unix epoch, read by the backend (update reads no clock).
    pub at: u64,
    /// The pair of routes that took the creation.
    pub routes: RouteSet,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// Neither the config nor the environment has a partner token.
    MissingToken,
    Api(ApiError),
    /// The passphrase could not be hashed here.
    Hash(String),
}

/// What to do when no partner token is set.
pub fn missing_token(lang: Lang) -> String {
    tr(lang, "cozy-missing-token").into_owned()
}

/// What went wrong in a few words, without advice (a refusal's own words, an error's
/// name): for a sentence that says what to do itself. Only an answer that never came is
/// said this way, and that is always an API error: the others are said in English here.
impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said(Lang::En))
    }
}

impl Failure {
    /// The request may have been done though no answer says so (see
    /// `ApiError::outcome_unknown`).
    pub fn outcome_unknown(&self) -> bool {
        matches!(self, Failure::Api(e) if e.outcome_unknown())
    }

    /// What went wrong in a few words, in `lang` (as `Display` says it in English).
    pub fn said(&self, lang: Lang) -> String {
        match self {
            Failure::Api(e) => api_error_in_few_words(lang, e),
            other => other
                .problem(lang)
                .message
                .trim_end_matches('.')
                .to_string(),
        }
    }

    pub fn problem(&self, lang: Lang) -> Problem {
        match self {
            Failure::MissingToken => Problem::invalid(missing_token(lang)),
            Failure::Api(e) => Problem::from_api_in(lang, e),
            Failure::Hash(why) => Problem {
                message: tr!(lang, "cozy-hash-failed", why).into_owned(),
                kind: ProblemKind::Failed,
            },
        }
    }
}

/// An API error in a few words, in `lang`, without the advice `ApiError::advice_in` adds:
/// for a sentence that says what to do itself; but a redirect keeps its advice, which a
/// person needs whole.
pub fn api_error_in_few_words(lang: Lang, error: &ApiError) -> String {
    match error {
        ApiError::Moved { .. } => error.advice_in(lang),
        _ => error.said_in(lang),
    }
}

/// How following a workflow ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum End {
    Succeeded,
    Failed,
    Stopped,
    /// The deadline passed with the workflow still working.
    GaveUp {
        after: Duration,
    },
    Failure(Failure),
}

/// A headline and its explanation, for the activation screen when the way there was not
/// the usual one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub headline: String,
    pub text: String,
    /// What to do with the link on this step, when `text` does not say it: the wizard's
    /// words (paste it here); a command says its own.
    pub here: Option<String>,
    /// Esc goes back to the summary, to create the instance again.
    pub create_again: bool,
}

impl Notice {
    /// `text`, then what to do here: as the step says it.
    pub fn said_here(&self) -> String {
        match &self.here {
            Some(here) => format!("{} {here}", self.text),
            None => self.text.clone(),
        }
    }
}

/// The flow's steps; what exists only in one step lives in its variant.
#[derive(Clone, Debug)]
pub enum Step {
    Email,
    Address {
        focus: address::Focus,
    },
    Terms,
    Confirm {
        sending: bool,
    },
    Creating(Following),
    Stopped(Stopped),
    CheckEmail,
    Passphrase {
        focus: PassFocus,
        working: Option<Working>,
    },
    Done(Done),
}

impl Step {
    /// "Step n of 8" and the report's name for it.
    pub fn number(&self) -> u8 {
        match self {
            Step::Email => 1,
            Step::Address { .. } => 2,
            Step::Terms => 3,
            Step::Confirm { .. } => 4,
            Step::Creating(_) | Step::Stopped(_) => 5,
            Step::CheckEmail => 6,
            Step::Passphrase { .. } => 7,
            Step::Done(_) => 8,
        }
    }

    pub fn name(&self) -> &'static str {
        match self {
            Step::Email => "email",
            Step::Address { .. } => "address",
            Step::Terms => "terms",
            Step::Confirm { .. } => "confirm",
            Step::Creating(_) => "creating",
            Step::Stopped(_) => "stopped",
            Step::CheckEmail => "check_email",
            Step::Passphrase { .. } => "passphrase",
            Step::Done(_) => "done",
        }
    }
}

/// What a request of this flow is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Work {
    Creating,
    Following,
    FollowingLink,
    SettingPassphrase,
}

impl Work {
    fn message(self) -> &'static str {
        match self {
            Work::Creating => "cozy-work-creating",
            Work::Following => "cozy-work-following",
            Work::FollowingLink => "cozy-work-following-link",
            Work::SettingPassphrase => "cozy-work-setting-passphrase",
        }
    }
}

impl in_flight::Work for Work {
    fn words(self) -> &'static str {
        tr_static(Lang::En, self.message())
    }

    fn said(self, lang: Lang) -> Cow<'static, str> {
        tr(lang, self.message())
    }
}

/// A field of the flow, to say where a problem belongs and what a click landed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldId {
    Email,
    Slug,
    Link,
    Passphrase,
    Again,
    Hint,
}

/// What a click can land on; the view's layout says where each is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Field(FieldId),
    Domain,
    Accept,
    TermsLink,
    Edit(confirm::Edit),
    Button(Button),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Button {
    /// The step's own way on (Next, Create, Set my passphrase).
    Next,
    Back,
    Retry,
    TakeFromOutbox,
    Open,
    Copy,
}

#[derive(Debug, Clone)]
pub struct Cozy {
    pub form: Form,
    pub step: Step,
    /// The request whose answers this flow waits for; any other answer is late and dropped.
    pending: InFlight<Work>,
    /// The instance asked for, once the Cloudery answered with its workflow (also what the
    /// state file keeps while it needs following or activating).
    pub created: Option<CozyResume>,
    activation: Option<Activation>,
    /// What went wrong with the step as a whole (see `problem`): one with a value is under
    /// its field.
    pub problem: Option<Problem>,
    /// The web onboarding screen, over the step, until Esc.
    pub web: Option<WebOnboarding>,
    /// The activation link is being followed to the address it leads to.
    pub following_link: bool,
    /// A link to finish in a browser (a page that wants a click, a magic link).
    pub browser_link: Option<String>,
    /// A sandbox is up: its outbox can hand over the activation link.
    pub sandbox: bool,
    /// No partner token is set (nor a sandbox up): creating from here cannot work until
    /// one is, and the first screen says so.
    pub token_missing: bool,
    /// An earlier request for the creation in flight, sent and never answered (see
    /// `store::sent`): a "taken" then is most likely the person's own.
    earlier: Option<Sent>,
    /// What the activation screen says instead of "an activation link was sent" when that
    /// is not known (an unanswered request, an address taken by the person's own).
    pub notice: Option<Notice>,
    /// The request in flight that cannot be asked twice, while it is unanswered.
    in_flight: Option<Sent>,
    /// Such a request whose answer was lost, until it is sent again.
    lost: Option<Lost>,
    /// The Cozy part of the config as it stands (it changes when the sandbox comes up),
    /// without the token, for `ask()` and the view.
    pub settings: CozyConfig,
    /// The run's language: the locale the new Cozy is created in and the terms page follow
    /// it unless the config file sets them.
    pub lang: Lang,
    /// The button the person moved the focus to, if any (see `ring`).
    pub focused_button: Option<Button>,
    /// A detail is being changed from the confirm screen (or after the Cloudery refused
    /// it): once it is right the flow returns there, the terms' acceptance kept.
    pub changing: bool,
}

impl Cozy {
    pub fn new(ctx: &mut Ctx) -> Cozy {
        let mut flow = Cozy {
            form: Form::new(ctx.config.lang()),
            step: Step::Email,
            pending: InFlight::default(),
            created: None,
            activation: None,
            problem: None,
            web: None,
            following_link: false,
            browser_link: None,
            sandbox: ctx.sandbox.is_some(),
            token_missing: token_missing(ctx),
            earlier: None,
            notice: None,
            in_flight: None,
            lost: None,
            settings: settings(ctx),
            lang: ctx.config.lang(),
            focused_button: None,
            changing: false,
        };
        if let Some(email) = ctx.given.get("email") {
            flow.form.email.set_value(email);
        }
        if let Some(slug) = ctx.given.get("slug") {
            flow.form.slug.set_value(slug);
        }
        if let Some(domain) = ctx.given.get("domain")
            && let Some(index) = flow.settings.domains.iter().position(|d| d == domain)
        {
            flow.form.domain = index;
        }
        flow
    }

    /// Catches up with what changed around the flow (the sandbox came up).
    fn sync(&mut self, ctx: &Ctx) {
        self.sandbox = ctx.sandbox.is_some();
        self.token_missing = token_missing(ctx);
        self.settings = settings(ctx);
        self.lang = ctx.config.lang();
    }

    /// Follows a creation an earlier run started, from step 5.
    pub fn resume(ctx: &mut Ctx, resume: CozyResume) -> Cozy {
        let mut flow = Cozy::resume_form(ctx, &resume);
        flow.created = Some(resume);
        flow.follow(ctx, Duration::ZERO);
        flow
    }

    /// Opens the activation step for a creation an earlier run saw succeed: the instance
    /// exists, its activation link went to the email; nothing is followed again.
    pub fn finish_activating(ctx: &mut Ctx, resume: CozyResume) -> Cozy {
        let mut flow = Cozy::resume_form(ctx, &resume);
        flow.created = Some(resume);
        flow.step = Step::CheckEmail;
        flow
    }

    /// The form as it was filled for the creation `resume` records.
    fn resume_form(ctx: &mut Ctx, resume: &CozyResume) -> Cozy {
        let mut flow = Cozy::new(ctx);
        flow.form.email.set_value(&resume.email);
        flow.form.slug.set_value(&resume.slug);
        if let Some(index) = ctx
            .config
            .cozy
            .domains
            .iter()
            .position(|d| *d == resume.domain)
        {
            flow.form.domain = index;
        }
        flow.form.accepted = true;
        flow
    }

    /// The creation this flow follows ended well: the state file records that the instance
    /// exists, so the menu offers to finish activating it rather than to follow it again.
    fn remember_created(&mut self, ctx: &mut Ctx) {
        let Some(record) = self.created.as_mut() else {
            return;
        };
        let kept = ctx
            .saved
            .cozy
            .as_ref()
            .is_some_and(|r| r.workflow == record.workflow && !r.created);
        if kept {
            record.created = true;
            ctx.remember(Remember::CozyResume(Some(record.clone())));
        }
    }

    /// Starts at the activation step for an instance created elsewhere (`cozy activate`):
    /// the link from its email is the next answer. Without `fqdn`, the link says which
    /// instance it is.
    pub fn activating(ctx: &mut Ctx, fqdn: Option<&str>) -> Cozy {
        let mut flow = Cozy::new(ctx);
        if let Some(fqdn) = fqdn {
            flow.activate_elsewhere(fqdn, &ctx.config.cozy.api);
        }
        flow.step = Step::CheckEmail;
        flow
    }

    /// Opens the request an earlier run sent and never saw answered (a menu entry): the
    /// activation screen for it, saying what is known and what to do.
    pub fn unanswered(ctx: &mut Ctx, sent: &Sent) -> Cozy {
        let lang = ctx.config.lang();
        let when = sent.when_in(lang);
        let known = if when.is_some() { "yes" } else { "no" };
        let when = when.unwrap_or_default();
        match sent {
            Sent::CozyCreate {
                api,
                slug,
                domain,
                email,
                sent_at,
            } => {
                let mut flow = Cozy::new(ctx);
                flow.form.email.set_value(email);
                flow.form.slug.set_value(slug);
                if let Some(index) = flow.settings.domains.iter().position(|d| d == domain) {
                    flow.form.domain = index;
                }
                flow.form.accepted = true;
                flow.created = Some(CozyResume {
                    workflow: String::new(),
                    instance: None,
                    slug: slug.clone(),
                    domain: domain.clone(),
                    email: email.clone(),
                    api: api.clone(),
                    started_at: *sent_at,
                    routes: None,
                    created: false,
                });
                flow.step = Step::CheckEmail;
                let fqdn = format!("{slug}.{domain}");
                flow.notice = Some(Notice {
                    headline: tr!(lang, "cozy-unanswered-create-headline", fqdn = &fqdn)
                        .into_owned(),
                    text: tr!(
                        lang,
                        "cozy-unanswered-create-text",
                        fqdn = &fqdn,
                        email,
                        known,
                        when = &when
                    )
                    .into_owned(),
                    here: None,
                    create_again: true,
                });
                flow
            }
            Sent::CozyPassphrase { fqdn, address, .. } => {
                let mut flow = Cozy::activating(ctx, Some(fqdn));
                flow.notice = Some(Notice {
                    headline: tr!(lang, "cozy-unanswered-passphrase-headline", fqdn).into_owned(),
                    text: tr!(
                        lang,
                        "cozy-unanswered-passphrase-text",
                        known,
                        when = &when,
                        address
                    )
                    .into_owned(),
                    here: None,
                    create_again: false,
                });
                flow
            }
            Sent::CloudSigmaCreate { .. } => Cozy::new(ctx),
        }
    }

    /// The instance to activate is `fqdn`, created by another run or another tool.
    fn activate_elsewhere(&mut self, fqdn: &str, api: &str) {
        let (slug, domain) = fqdn.split_once('.').unwrap_or((fqdn, ""));
        self.form.slug.set_value(slug);
        self.created = Some(CozyResume {
            workflow: String::new(),
            instance: None,
            slug: slug.to_string(),
            domain: domain.to_string(),
            email: String::new(),
            api: api.to_string(),
            started_at: 0,
            routes: None,
            created: false,
        });
    }

    /// Shows the web onboarding link built from what was typed so far, and opens it.
    pub fn web_onboarding(&mut self, ctx: &mut Ctx) {
        match web::onboarding_link(
            &ctx.config.cozy,
            self.form.email.value(),
            self.form.slug.value(),
        ) {
            // Opened in a browser when the person asks (Enter), never by surprise.
            Ok(link) => {
                self.web = Some(WebOnboarding {
                    qr: qr::Qr::new(&link),
                    link,
                });
            }
            Err(why) => {
                ctx.toast = Some(
                    tr!(self.lang, "cozy-web-link-failed", why = why.said(self.lang)).into_owned(),
                );
                ctx.nav = Some(Nav::Home);
            }
        }
    }

    /// An answer from the backend. One that is not for the request in flight is late (for
    /// a screen the person left, or work that was stopped) and dropped.
    pub fn reply(&mut self, id: RequestId, reply: Reply, ctx: &mut Ctx) {
        self.sync(ctx);
        if self.pending.id() != Some(id) {
            tracing::debug!(?id, "a late Cozy answer was dropped");
            return;
        }
        // Progress and the hash are news of the work in flight; the other answers end it.
        let ends = !matches!(reply, Reply::Progress { .. } | Reply::Hashed);
        if ends {
            self.pending.answer(id);
        }
        match reply {
            Reply::Created(result) => self.created_reply(result, ctx),
            Reply::Progress {
                status,
                attempt,
                trouble,
                next_in,
            } => self.progress(status, attempt, trouble, next_in),
            Reply::Ended(end) => {
                if end == End::Succeeded {
                    self.remember_created(ctx);
                }
                self.ended(end)
            }
            Reply::LinkFollowed(result) => self.link_followed(result, ctx),
            Reply::Hashed => self.hashed(),
            Reply::Registered(result) => self.registered(result, ctx),
        }
    }

    /// Moves to `step`; the problem of the step left behind goes with it.
    fn go(&mut self, step: Step) {
        if matches!(step, Step::Confirm { .. }) {
            self.changing = false;
        }
        self.step = step;
        self.focused_button = None;
        self.problem = None;
        self.notice = None;
    }

    /// Shows `problem` under `field`, or for the whole step. Every refusal comes of a
    /// submit, so it replaces the step's last problem.
    fn refuse(&mut self, problem: Problem, field: Option<FieldId>) {
        self.problem = None;
        match field {
            Some(id) => self.field_mut(id).problem = Some(problem),
            None => self.problem = Some(problem),
        }
    }

    /// The text fields the step shows, in order.
    fn step_fields(&self) -> Vec<&TextField> {
        let form = &self.form;
        match self.step {
            Step::Email => vec![&form.email],
            Step::Address { .. } => vec![&form.slug],
            Step::CheckEmail => vec![&form.link],
            Step::Passphrase { .. } => vec![&form.passphrase, &form.again, &form.hint],
            _ => Vec::new(),
        }
    }

    fn field_mut(&mut self, id: FieldId) -> &mut TextField {
        match id {
            FieldId::Email => &mut self.form.email,
            FieldId::Slug => &mut self.form.slug,
            FieldId::Link => &mut self.form.link,
            FieldId::Passphrase => &mut self.form.passphrase,
            FieldId::Again => &mut self.form.again,
            FieldId::Hint => &mut self.form.hint,
        }
    }

    /// The instance this flow creates or created: its record once the Cloudery answered,
    /// else what the form says.
    pub fn fqdn(&self) -> String {
        match &self.created {
            Some(created) => created.fqdn(),
            None => self.form.fqdn(&self.settings.domains),
        }
    }

    pub fn email(&self) -> &str {
        match &self.created {
            Some(created) => &created.email,
            None => self.form.email.value(),
        }
    }

    fn token(ctx: &Ctx) -> Option<SecretString> {
        ctx.config
            .cozy
            .token
            .as_deref()
            .filter(|t| !t.is_empty())
            .map(SecretString::from)
    }

    /// Starts following the created instance's workflow.
    fn follow(&mut self, ctx: &mut Ctx, first_poll: Duration) {
        self.cancel(ctx);
        let Some(created) = &self.created else {
            return;
        };
        let routes = created
            .routes
            .unwrap_or_else(|| preferred_routes(ctx, &created.api));
        let request = Request::Follow {
            api: created.api.clone(),
            token: Cozy::token(ctx),
            workflow: created.workflow.clone(),
            route: routes.paths(&ctx.config.cozy).workflow.clone(),
            created_at: created.started_at,
            first_poll,
            deadline: FOLLOW_DEADLINE,
        };
        self.pending
            .send(ctx, Work::Following, |id| Command::Cozy(id, request));
        self.go(Step::Creating(Following::new(ctx.now)));
    }

    /// Stops waiting for the request in flight, and its task: a new one replaces it.
    fn cancel(&mut self, ctx: &mut Ctx) {
        self.pending.cancel(ctx);
    }

    fn done_at(&self) -> bool {
        matches!(self.step, Step::Done(_))
    }
}

fn token_missing(ctx: &Ctx) -> bool {
    ctx.sandbox.is_none()
        && ctx
            .config
            .cozy
            .token
            .as_deref()
            .is_none_or(|t| t.trim().is_empty())
}

/// The pair of routes to try first at `api`: the one that worked there before, else the
/// public one (the guide's prose names it for a public token).
pub fn preferred_routes(ctx: &Ctx, api: &str) -> RouteSet {
    ctx.saved
        .cozy_routes
        .get(api)
        .copied()
        .unwrap_or(RouteSet::Public)
}

/// The Cozy config without its token: a copy kept in the flow must hold no secret (and the
/// token is not even copied on the way).
fn settings(ctx: &Ctx) -> CozyConfig {
    let c = &ctx.config.cozy;
    CozyConfig {
        api: c.api.clone(),
        web: c.web.clone(),
        partner: c.partner.clone(),
        token: None,
        offer: c.offer.clone(),
        domains: c.domains.clone(),
        locale: c.locale.clone(),
        redirect: c.redirect.clone(),
        instance_url: c.instance_url.clone(),
        terms_version: c.terms_version.clone(),
        terms_url: c.terms_url.clone(),
        public_routes: c.public_routes.clone(),
        partner_routes: c.partner_routes.clone(),
    }
}

impl Cozy {
    /// Where the terms are read (the config file's page, else Cozy's in the run's language).
    pub fn terms_url(&self) -> String {
        self.settings.terms_url_in(self.lang).into_owned()
    }
}

/// What a key, paste, click or answer did to a step's text field.
enum Act {
    Do(Do),
    Edited,
    /// A click on something of this flow other than a button.
    Click(Option<Target>),
    Nothing,
}

/// Applies `input` to `field`: a key the step binds acts (`keys`), any other edits; an
/// answer is taken as typed and entered; a button clicked is its action.
fn on_field(field: &mut TextField, input: Input, keys: &Keymap<Do>) -> Act {
    match input {
        Input::Key(key) => match keys.action(&key) {
            Some(action) => Act::Do(action),
            None if field.handle_key(&key) => Act::Edited,
            None => Act::Nothing,
        },
        Input::Paste(text) => {
            field.paste(&text);
            Act::Edited
        }
        Input::Answer(mut text) => {
            // A secret is taken whole (spaces may be part of it); other values without the
            // white space around them.
            let value = if field.secret {
                text.as_str()
            } else {
                text.trim()
            };
            let taken = field.answer(value).is_ok();
            zeroize::Zeroize::zeroize(&mut text);
            // A refused answer leaves its reason under the field.
            if taken {
                Act::Do(Do::Enter)
            } else {
                Act::Nothing
            }
        }
        Input::Click(hit) => match target_of(hit) {
            Some(Target::Button(button)) => Act::Do(Do::Press(button)),
            target => Act::Click(target),
        },
        Input::Scroll(_) | Input::Viewport | Input::Tick => Act::Nothing,
    }
}

/// What a key or a click on a button asks of a step without a text field.
fn action_of(input: &Input, keys: &Keymap<Do>) -> Option<Do> {
    match input {
        Input::Key(key) => keys.action(key),
        Input::Click(hit) => match target_of(*hit) {
            Some(Target::Button(button)) => Some(Do::Press(button)),
            Some(Target::Edit(edit)) => Some(Do::Edit(edit)),
            _ => None,
        },
        _ => None,
    }
}

/// This flow's target under a click, if the click landed on one.
fn target_of(hit: Option<Hit>) -> Option<Target> {
    match hit {
        Some(Hit::Cozy(target)) => Some(target),
        _ => None,
    }
}

impl FlowScreen for Cozy {
    fn input(&mut self, input: Input, ctx: &mut Ctx) {
        self.sync(ctx);
        if matches!(input, Input::Tick) {
            return;
        }
        if matches!(input, Input::Answer(_)) {
            // An answer submits the step again: its last problem goes.
            self.problem = None;
        }
        let mut input = input;
        if let Input::Key(key) = &input {
            let action = self.keymap().action(key);
            if let Some(Do::Tab(forward)) = action {
                return self.tab(forward);
            }
            if self.fields() > 0 && matches!(self.slot(), Some(ring::Slot::Button(_))) {
                // On a button, a key is its binding or nothing: never typed into a field.
                match action {
                    Some(Do::Press(button)) => {
                        input = Input::Click(Some(Hit::Cozy(Target::Button(button))))
                    }
                    Some(_) => {}
                    None => return,
                }
            }
        }
        if self.web.is_some() {
            self.web_input(input, ctx);
            return;
        }
        match self.step {
            Step::Email => self.email_input(input, ctx),
            Step::Address { .. } => self.address_input(input),
            Step::Terms => self.terms_input(input, ctx),
            Step::Confirm { .. } => self.confirm_input(input, ctx),
            Step::Creating(_) => self.creating_input(input, ctx),
            Step::Stopped(_) => self.stopped_input(input, ctx),
            Step::CheckEmail => self.check_email_input(input, ctx),
            Step::Passphrase { .. } => self.passphrase_input(input, ctx),
            Step::Done(_) => self.done_input(input, ctx),
        }
    }

    fn keys(&self) -> Vec<KeyHelp> {
        self.keymap().help()
    }

    fn text_focused(&self) -> bool {
        if self.web.is_some() || matches!(self.slot(), Some(ring::Slot::Button(_))) {
            return false;
        }
        match &self.step {
            Step::Email | Step::CheckEmail => true,
            Step::Address { focus } => *focus == address::Focus::Slug,
            Step::Passphrase { working, .. } => working.is_none(),
            _ => false,
        }
    }

    fn busy(&self) -> Option<String> {
        let id = match &self.step {
            Step::Confirm { sending: true } => "cozy-busy-asking",
            Step::Creating(_) => "cozy-busy-creating",
            Step::Passphrase {
                working: Some(Working::Hashing),
                ..
            } => "cozy-busy-hashing",
            Step::Passphrase {
                working: Some(Working::Registering),
                ..
            } => "cozy-busy-registering",
            Step::CheckEmail if self.following_link => "cozy-busy-opening-link",
            _ => return None,
        };
        Some(tr!(self.lang, id, fqdn = self.fqdn()).into_owned())
    }

    /// Following a workflow is only reading it: it is remembered and resumed from the menu,
    /// so quitting then loses nothing. The creation request (its answer carries the
    /// workflow) and the passphrase on its way would be left half done.
    fn unfinished(&self) -> Option<String> {
        match &self.step {
            Step::Creating(_) => None,
            _ => self.busy(),
        }
    }

    fn sent_unanswered(&self) -> Option<&Sent> {
        self.in_flight.as_ref()
    }

    fn answer_lost(&self) -> Option<&Lost> {
        self.lost.as_ref()
    }

    fn title(&self) -> String {
        let id = if self.web.is_some() {
            "cozy-title-web"
        } else {
            "cozy-title"
        };
        tr(self.lang, id).into_owned()
    }

    fn failed(&mut self, id: RequestId, why: String, _ctx: &mut Ctx) {
        if self.pending.answer(id).is_none() {
            return;
        }
        let problem = Problem {
            message: why,
            kind: ProblemKind::Failed,
        };
        match &mut self.step {
            Step::Confirm { sending } => {
                *sending = false;
                // The request may have left before the task stopped.
                self.creation_unanswered(self.in_flight.clone(), &problem.message);
            }
            Step::Creating(_) => {
                self.go(Step::Stopped(Stopped {
                    problem,
                    retry: Retry::Follow,
                }));
            }
            Step::Passphrase { working, .. } => {
                let sent = *working == Some(Working::Registering);
                *working = None;
                if sent {
                    self.passphrase_unanswered(self.in_flight.clone(), &problem.message);
                } else {
                    self.refuse(problem, None);
                }
            }
            _ => self.refuse(problem, None),
        }
    }

    fn ask(&self) -> Ask {
        if let Some(web) = &self.web {
            return Ask {
                key: "web_onboarding",
                kind: AskKind::Done,
                prompt: tr(self.lang, "cozy-web-prompt").into_owned(),
                context: vec![tr!(self.lang, "cozy-web-context", link = &web.link).into_owned()],
                default: None,
                problem: None,
                conceal: None,
            };
        }
        let ask = match &self.step {
            Step::Email => self.email_ask(),
            Step::Address { focus } => self.address_ask(*focus),
            Step::Terms => self.terms_ask(),
            Step::Confirm { sending } => self.confirm_ask(*sending),
            Step::Creating(following) => self.creating_ask(following),
            Step::Stopped(stopped) => self.stopped_ask(stopped),
            Step::CheckEmail => self.check_email_ask(),
            Step::Passphrase { focus, working } => self.passphrase_ask(*focus, *working),
            Step::Done(done) => self.done_ask(done),
        };
        match (&ask.kind, &ask.problem) {
            (AskKind::Wait | AskKind::Done | AskKind::Stopped, _) | (_, Some(_)) => ask,
            _ => ask.with_problem(problem::asked(self.problem.as_ref(), self.step_fields())),
        }
    }

    fn finished(&self) -> bool {
        self.done_at()
    }
}
