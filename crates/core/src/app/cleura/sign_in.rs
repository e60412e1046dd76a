//! The sign-in form: login, password (masked, Ctrl-R reveals), and behind "Advanced" the
//! API version and the endpoint, which a newcomer does not need.

use ratatui::crossterm::event::KeyEvent;
use secrecy::SecretString;

use crate::api::ApiError;
use crate::api::error::Refusal;
use crate::app::Ctx;
use crate::app::field::{CharRule, TextField};
use crate::app::problem::Problem;
use crate::config::CleuraApi;
use crate::lang::{Lang, tr};
use crate::tr;

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
        let mut login = TextField::new(tr_static(lang, "cleura-login"), CharRule::NoSpace, 128)
            .lang(lang)
            .placeholder(tr_static(lang, "cleura-login-placeholder"));
        // A given login that breaks the field's rule is not given: it is refused under the
        // field, and asked for.
        let given = ctx
            .given
            .get("login")
            .map(|l| l.trim())
            .filter(|l| !l.is_empty());
        let login_given = given.is_some_and(|given| login.answer(given).is_ok());
        if given.is_none() {
            let remembered = ctx.saved.cleura_login.as_ref();
            if let Some(remembered) = remembered.or(ctx.config.cleura.login.as_ref()) {
                login.set_value(remembered);
            }
        }
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
        // Open from the start when something other than the defaults is in use, so that
        // what the sign-in goes to is never hidden; the sandbox's own address is the run's
        // default (the closed line says it), not a choice to show.
        let defaults = crate::config::CleuraConfig::default();
        let advanced =
            ctx.sandbox.is_none() && (api != defaults.api || endpoint != defaults.endpoint);
        SignInForm {
            login,
            password: TextField::new(tr_static(lang, "cleura-password"), CharRule::Printable, 256)
                .lang(lang)
                .secret(),
            api,
            endpoint: TextField::new(tr_static(lang, "cleura-endpoint"), CharRule::NoSpace, 512)
                .lang(lang)
                .with_value(endpoint),
            focus,
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
        if let Some(field) = self.field_mut(focus) {
            field.handle_key(key);
        }
    }

    pub fn paste(&mut self, text: &str) {
        let focus = self.focus;
        if let Some(field) = self.field_mut(focus) {
            field.paste(text);
        }
    }

    /// The values to sign in with, or None with each problem named under its field.
    pub fn validated(&mut self) -> Option<(String, CleuraApi, String, SecretString)> {
        let mut first_bad = None;
        if self.login_value().is_empty() {
            self.login.problem = Some(Problem::invalid(tr(self.lang, "cleura-login-missing")));
            first_bad.get_or_insert(Part::Login);
        }
        if self.password.is_empty() {
            self.password.problem =
                Some(Problem::invalid(tr(self.lang, "cleura-password-missing")));
            first_bad.get_or_insert(Part::Password);
        }
        if let Err(unusable) = crate::config::usable_endpoint(&self.endpoint_value()) {
            self.endpoint.problem = Some(Problem::invalid(tr!(
                self.lang,
                "cleura-endpoint-unusable",
                why = unusable.said(self.lang)
            )));
            first_bad.get_or_insert(Part::Endpoint);
            // A refusal is never hidden behind "Advanced".
            self.advanced = true;
        }
        if let Some(part) = first_bad {
            self.focus = part;
            return None;
        }
        self.password.revealed = false;
        Some((
            self.endpoint_value(),
            self.api,
            self.login_value(),
            SecretString::from(self.password.value().to_string()),
        ))
    }

    /// The server refused the sign-in: names the field it was wrong about, keeps the login,
    /// and says what befell the sign-in as a whole.
    pub fn refused(&mut self, error: &ApiError) -> Problem {
        if !error.is_refusal() {
            // The network or the server failed: nothing typed was wrong, keep it all.
            return Problem::from_api_in(self.lang, error);
        }
        self.forget_password();
        self.focus = Part::Password;
        if error.refusal() == Some(&Refusal::WrongCredentials) {
            self.password.problem =
                Some(Problem::refused(tr(self.lang, "cleura-wrong-credentials")));
        }
        let said = error.advice_in(self.lang);
        Problem::refused(tr!(
            self.lang,
            "cleura-sign-in-refused",
            said = said.trim_end_matches('.')
        ))
    }
}
