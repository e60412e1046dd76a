//! The sign-in form: login, password (masked, Ctrl-R reveals), and behind "Advanced" the
//! API version and the endpoint, which a newcomer does not need.

use ratatui::crossterm::event::KeyEvent;
use secrecy::SecretString;

use crate::api::ApiError;
use crate::api::error::Refusal;
use crate::app::Ctx;
use crate::app::ask::Problem;
use crate::app::field::{CharRule, TextField};
use crate::config::CleuraApi;
use crate::lang::{Lang, tr, tr_args};

use crate::lang::tr_static;

/// The form's parts, in focus order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Login,
    Password,
    /// The line that shows or hides the API version and the endpoint.
    Advanced,
    Api,
    Endpoint,
    Submit,
}

/// Every part, in focus order, as drawn with "Advanced" open.
pub const PARTS: [Part; 6] = [
    Part::Login,
    Part::Password,
    Part::Advanced,
    Part::Api,
    Part::Endpoint,
    Part::Submit,
];

const SIMPLE: [Part; 4] = [Part::Login, Part::Password, Part::Advanced, Part::Submit];

#[derive(Clone, Debug)]
pub struct SignInForm {
    pub login: TextField,
    pub password: TextField,
    pub api: CleuraApi,
    pub endpoint: TextField,
    pub focus: Part,
    /// About the whole sign-in (the server's refusal, why the person is here again).
    pub problem: Option<Problem>,
    /// The login was given for this run: nothing remembered replaces it.
    pub login_given: bool,
    /// The API version and the endpoint are shown.
    pub advanced: bool,
    pub lang: Lang,
}

impl SignInForm {
    /// The form as a run starts it: what was given for this run (answers file, options)
    /// first, then the login remembered from an earlier run, then the config.
    pub fn new(ctx: &Ctx) -> SignInForm {
        let lang = ctx.config.lang();
        let login_label = tr_static(lang, "cleura-login");
        let given_login = ctx.given.get("login").map(|l| l.trim().to_string());
        // A given login that breaks the field's rule is not given: it is refused with the
        // rule, and asked for.
        let mut refused = None;
        if let Some(login) = given_login.as_deref().filter(|l| !l.is_empty()) {
            let mut check = TextField::new(login_label, CharRule::NoSpace, 128).lang(lang);
            if let Err(why) = check.answer(login) {
                refused = Some(why);
            }
        }
        let given_login = given_login.filter(|_| refused.is_none());
        let login_given = given_login.as_ref().is_some_and(|l| !l.is_empty());
        let login = given_login
            .filter(|l| !l.is_empty())
            .or_else(|| ctx.saved.cleura_login.clone())
            .or_else(|| ctx.config.cleura.login.clone())
            .unwrap_or_default();
        let login = if refused.is_some() {
            String::new()
        } else {
            login
        };
        let focus = if login.is_empty() {
            Part::Login
        } else {
            Part::Password
        };
        let endpoint = ctx
            .given
            .get("endpoint")
            .map(|e| e.trim())
            .filter(|e| !e.is_empty())
            .unwrap_or(&ctx.config.cleura.endpoint);
        let api = match ctx.given.get("api").map(|a| a.trim()) {
            Some("v1") => CleuraApi::V1,
            Some("v2") => CleuraApi::V2,
            _ => ctx.config.cleura.api,
        };
        let mut login_field = TextField::new(login_label, CharRule::NoSpace, 128)
            .lang(lang)
            .placeholder(tr_static(lang, "cleura-login-placeholder"))
            .with_value(&login);
        login_field.error = refused.clone();
        // Open from the start when something other than the defaults is in use, so that
        // what the sign-in goes to is never hidden; the sandbox's own address is the run's
        // default (the closed line says it), not a choice to show.
        let defaults = crate::config::CleuraConfig::default();
        let advanced =
            ctx.sandbox.is_none() && (api != defaults.api || endpoint != defaults.endpoint);
        SignInForm {
            login: login_field,
            password: TextField::new(tr_static(lang, "cleura-password"), CharRule::Printable, 256)
                .lang(lang)
                .secret(),
            api,
            endpoint: TextField::new(tr_static(lang, "cleura-endpoint"), CharRule::NoSpace, 512)
                .lang(lang)
                .with_value(endpoint),
            focus,
            problem: refused.map(Problem::invalid),
            login_given,
            advanced,
            lang,
        }
    }

    pub fn login_value(&self) -> String {
        self.login.value().trim().to_string()
    }

    pub fn endpoint_value(&self) -> String {
        self.endpoint
            .value()
            .trim()
            .trim_end_matches('/')
            .to_string()
    }

    /// The login a kept token belongs to, shown in the form unless one was given for this
    /// run.
    pub fn set_login(&mut self, login: &str) {
        if !self.login_given && self.login.value() != login {
            self.login.set_value(login);
        }
    }

    /// The password is never kept longer than the sign-in needs it.
    pub fn forget_password(&mut self) {
        self.password.clear();
        self.password.revealed = false;
    }

    pub fn text_focused(&self) -> bool {
        matches!(self.focus, Part::Login | Part::Password | Part::Endpoint)
    }

    pub fn field_mut(&mut self, part: Part) -> Option<&mut TextField> {
        match part {
            Part::Login => Some(&mut self.login),
            Part::Password => Some(&mut self.password),
            Part::Endpoint => Some(&mut self.endpoint),
            Part::Advanced | Part::Api | Part::Submit => None,
        }
    }

    /// The parts shown, in focus order.
    pub fn parts(&self) -> &'static [Part] {
        if self.advanced { &PARTS } else { &SIMPLE }
    }

    pub fn step_focus(&mut self, forward: bool) {
        self.focus = crate::app::focus::step(self.parts(), self.focus, forward);
    }

    pub fn toggle_advanced(&mut self) {
        self.advanced = !self.advanced;
    }

    pub fn toggle_api(&mut self) {
        self.api = match self.api {
            CleuraApi::V1 => CleuraApi::V2,
            CleuraApi::V2 => CleuraApi::V1,
        };
    }

    /// An editing key for the focused field (the form's own keys are its key map's).
    pub fn edit(&mut self, key: &KeyEvent) {
        let focus = self.focus;
        if self
            .field_mut(focus)
            .is_some_and(|field| field.handle_key(key))
        {
            self.problem = None;
        }
    }

    pub fn paste(&mut self, text: &str) {
        let focus = self.focus;
        if let Some(field) = self.field_mut(focus) {
            field.paste(text);
            self.problem = None;
        }
    }

    /// The values to sign in with, or None with each problem named under its field.
    pub fn validated(&mut self) -> Option<(String, CleuraApi, String, SecretString)> {
        let mut first_bad = None;
        if self.login_value().is_empty() {
            self.login.error = Some(tr(self.lang, "cleura-login-missing").into_owned());
            first_bad.get_or_insert(Part::Login);
        }
        if self.password.is_empty() {
            self.password.error = Some(tr(self.lang, "cleura-password-missing").into_owned());
            first_bad.get_or_insert(Part::Password);
        }
        if let Err(unusable) = crate::config::usable_endpoint(&self.endpoint_value()) {
            self.endpoint.error = Some(
                tr_args(
                    self.lang,
                    "cleura-endpoint-unusable",
                    &[("why", unusable.said(self.lang).into())],
                )
                .into_owned(),
            );
            first_bad.get_or_insert(Part::Endpoint);
            // A refusal is never hidden behind "Advanced".
            self.advanced = true;
        }
        if let Some(part) = first_bad {
            self.focus = part;
            return None;
        }
        self.password.revealed = false;
        self.problem = None;
        Some((
            self.endpoint_value(),
            self.api,
            self.login_value(),
            SecretString::from(self.password.value().to_string()),
        ))
    }

    /// The server refused the sign-in: say so where it belongs, keep the login.
    pub fn refused(&mut self, error: &ApiError) {
        if !error.is_refusal() {
            // The network or the server failed: nothing typed was wrong, keep it all.
            self.problem = Some(Problem::from_api_in(self.lang, error));
            return;
        }
        self.forget_password();
        self.focus = Part::Password;
        if error.refusal() == Some(&Refusal::WrongCredentials) {
            self.password.error = Some(tr(self.lang, "cleura-wrong-credentials").into_owned());
        }
        let said = error.advice_in(self.lang);
        self.problem = Some(Problem::refused(tr_args(
            self.lang,
            "cleura-sign-in-refused",
            &[("said", said.trim_end_matches('.').into())],
        )));
    }
}
