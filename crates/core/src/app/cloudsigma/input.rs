//! Keys, the mouse and `ask()` answers, step by step. An answer does what typing it into the
//! step's field and pressing Enter does, checks included.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::forms::{self, Form};
use super::location::{self, Focus as LocFocus};
use super::{ACCOUNT_BUTTONS, Act, Action, Button, CloudSigma, Finished, Row, Step, Target};
use crate::app::ask::{choice, yes_no};
use crate::app::problem::Problem;
use crate::app::{Command, Ctx, Scroll};
use crate::lang::{Lang, tr};
use crate::tr;

/// An answer among `options` in the run's language, or in English as scripts write them.
fn choice_in(lang: Lang, answer: &str, options: &[&str]) -> Option<usize> {
    let said: Vec<_> = options.iter().map(|id| tr(lang, id)).collect();
    let english: Vec<_> = options.iter().map(|id| tr(Lang::En, id)).collect();
    choice(answer, &said).or_else(|| choice(answer, &english))
}

/// "… is not one of …": the answer, in the message `id`.
fn not_one(lang: Lang, id: &str, answer: &str) -> Problem {
    Problem::invalid(tr!(lang, id, answer))
}

impl CloudSigma {
    /// A key: what the step's key map binds it to, else an edit of the focused field.
    pub(super) fn key(&mut self, key: KeyEvent, ctx: &mut Ctx) {
        match super::questions::keymap(self).action(&key) {
            Some(act) => self.act(act, &key, ctx),
            None if self.pending.is_none() => self.act(Act::Type, &key, ctx),
            None => {}
        }
    }

    fn act(&mut self, act: Act, key: &KeyEvent, ctx: &mut Ctx) {
        let forward = crate::app::focus::direction(key) == Some(true);
        match (act, &self.step) {
            (Act::Press(button), _) => self.press(button, ctx),
            (Act::Move, Step::Created(_)) => {
                let forward = !matches!(key.code, KeyCode::BackTab | KeyCode::Left);
                self.button =
                    crate::app::focus::step(self.created_buttons(), self.created_button(), forward);
            }
            (Act::Move, Step::Account(_)) => {
                let forward = !matches!(key.code, KeyCode::BackTab | KeyCode::Left);
                self.button =
                    crate::app::focus::step(&ACCOUNT_BUTTONS, self.account_button(), forward);
            }
            (Act::Move, Step::Unchecked(_)) => {
                self.button = match self.button {
                    Button::Retry => Button::Continue,
                    _ => Button::Retry,
                }
            }
            (Act::Go, Step::Location) => {
                let outcome = match self.location.focus {
                    LocFocus::Filter => self.location.choose_selected(),
                    LocFocus::Custom => self.location.choose_custom(self.lang),
                };
                if outcome == location::Outcome::Chosen {
                    self.location_chosen(ctx);
                }
            }
            (Act::Move, Step::Location) => self.location.move_selection(forward),
            (Act::Ends, _) => {
                self.location.selected = match key.code {
                    KeyCode::PageUp => self.location.rows()[0],
                    _ => Row::Custom,
                }
            }
            (Act::Custom, _) => self.location.focus_custom(),
            (Act::List, _) => self.location.focus = LocFocus::Filter,
            (Act::Type, Step::Location) => self.location.type_key(key),
            (Act::Move, Step::Choose) => {
                self.action = match self.action {
                    Action::Create => Action::SignIn,
                    Action::SignIn => Action::Create,
                }
            }
            (Act::Go, Step::Choose) => self.choose(self.action),
            (Act::Number, _) => match key.code {
                KeyCode::Char('1') => self.choose(Action::Create),
                _ => self.choose(Action::SignIn),
            },
            (Act::Back, Step::Loading | Step::CheckingSaved(_)) => {
                // Stop waiting: the saved session stays kept, for another time.
                self.cancel(ctx);
                self.go_locations(ctx);
            }
            (Act::Back, Step::Choose) => self.go_locations(ctx),
            (Act::Back, Step::Create | Step::SignIn) if self.pending.is_none() => {
                self.go(Step::Choose)
            }
            // Nothing is created by signing in or setting a password: stopping is safe.
            (Act::Back, Step::SignIn | Step::SetPassword(_)) if self.pending.is_some() => {
                self.cancel(ctx)
            }
            (Act::Back, Step::Created(_)) => self.go(Step::Create),
            (Act::Back, Step::SetPassword(account)) => {
                let account = account.clone();
                self.go(Step::Created(account));
            }
            (Act::Go, Step::Create) => self.form_enter(Which::Create, ctx),
            (Act::Go, Step::SignIn) => self.form_enter(Which::SignIn, ctx),
            (Act::Go, Step::SetPassword(_)) => self.submit_password(ctx),
            (Act::Move, Step::Create) => self.create.move_focus(forward),
            (Act::Move, Step::SignIn) => self.sign_in.move_focus(forward),
            (Act::Reveal, Step::SignIn) => {
                self.sign_in.second.revealed = !self.sign_in.second.revealed
            }
            (Act::Reveal, _) => self.password.revealed = !self.password.revealed,
            (Act::Type, Step::Create) => self.form_key(Which::Create, key),
            (Act::Type, Step::SignIn) => self.form_key(Which::SignIn, key),
            (Act::Type, Step::SetPassword(_)) => {
                self.password.handle_key(key);
            }
            _ => {}
        }
    }

    pub(super) fn paste(&mut self, text: &str) {
        if self.pending.is_some() {
            return;
        }
        match self.step {
            Step::Location => self.location.paste(text),
            Step::Create => self.create.paste(text),
            Step::SignIn => self.sign_in.paste(text),
            Step::SetPassword(_) => self.password.paste(text),
            _ => {}
        }
    }

    pub(super) fn scroll(&mut self, scroll: Scroll) {
        if matches!(self.step, Step::Location) {
            self.location.move_selection(scroll == Scroll::Down);
        }
    }

    pub(super) fn hit(&mut self, target: Target, ctx: &mut Ctx) {
        match target {
            Target::Filter => self.location.focus = LocFocus::Filter,
            Target::Custom => self.location.focus_custom(),
            Target::Row(Row::Place(i)) => {
                self.location.selected = Row::Place(i);
                if self.location.choose_selected() == location::Outcome::Chosen {
                    self.location_chosen(ctx);
                }
            }
            Target::Row(Row::Custom) => self.location.focus_custom(),
            Target::Action(action) => {
                self.action = action;
                self.choose(action);
            }
            Target::Field(focus) => {
                if self.pending.is_none() {
                    match self.step {
                        Step::Create => self.create.focus = focus,
                        Step::SignIn => self.sign_in.focus = focus,
                        _ => {}
                    }
                }
            }
            Target::Button(button) => self.press(button, ctx),
        }
    }

    fn press(&mut self, button: Button, ctx: &mut Ctx) {
        match button {
            Button::Create => self.submit_create(ctx),
            Button::SignIn => self.submit_sign_in(ctx),
            Button::GoSignIn => {
                if let Step::Created(account) = &self.step {
                    let email = account.email.clone();
                    self.go_sign_in(Some(&email), None);
                }
            }
            Button::OpenLink => self.open_link(ctx),
            Button::SetPassword => match &self.step {
                Step::Created(account) => {
                    let account = account.clone();
                    self.password.clear();
                    self.password.revealed = false;
                    self.go(Step::SetPassword(account));
                }
                Step::SetPassword(_) => self.submit_password(ctx),
                _ => {}
            },
            Button::Check => self.check_again(ctx),
            // Signing out ends the session for good: asked first.
            Button::SignOut => {
                if self.pending.is_none() && matches!(self.step, Step::Account(_)) {
                    self.sign_out_asked = true;
                }
            }
            Button::SignOutNow => self.sign_out(ctx),
            Button::Stay => self.sign_out_asked = false,
            Button::Menu => self.go_home(ctx),
            Button::Retry => self.retry_saved(ctx),
            Button::Continue => {
                if matches!(self.step, Step::Unchecked(_)) {
                    self.go_locations(ctx);
                }
            }
        }
    }

    fn open_link(&mut self, ctx: &mut Ctx) {
        if let Some(link) = self.link_or_problem(ctx) {
            ctx.out.push(Command::OpenUrl(link).into());
        }
    }

    /// Create an account or sign in, at the location chosen.
    pub(super) fn choose(&mut self, action: Action) {
        self.action = action;
        match action {
            Action::Create => {
                self.create.focus = if self.create.email.is_empty() {
                    forms::Focus::First
                } else {
                    self.create.focus
                };
                self.go(Step::Create);
            }
            Action::SignIn => {
                // Someone who just opened an account here signs in with it.
                if self.sign_in.email.is_empty()
                    && let Some(created) = &self.created
                {
                    let email = created.email.clone();
                    self.sign_in.email.set_value(&email);
                }
                if self.sign_in.email.is_empty() {
                    self.sign_in.focus = forms::Focus::First;
                }
                self.sign_in_notice = None;
                self.go(Step::SignIn);
            }
        }
    }

    fn form(&mut self, which: Which) -> &mut Form {
        match which {
            Which::Create => &mut self.create,
            Which::SignIn => &mut self.sign_in,
        }
    }

    /// Enter in a form: on to its next field, or send it. Either submits the step again:
    /// its last problem goes.
    fn form_enter(&mut self, which: Which, ctx: &mut Ctx) {
        self.problem = None;
        if !self.form(which).enter() {
            return;
        }
        match which {
            Which::Create => self.submit_create(ctx),
            Which::SignIn => self.submit_sign_in(ctx),
        }
    }

    /// A key the form's focused field takes as an edit.
    fn form_key(&mut self, which: Which, key: &KeyEvent) {
        // On the button, a key is its binding or nothing: never typed into a field.
        if let Some(field) = self.form(which).focused_mut() {
            field.handle_key(key);
        }
    }

    pub(super) fn answer(&mut self, text: &str, ctx: &mut Ctx) {
        if self.pending.is_some() {
            return;
        }
        // An answer submits the step again: its last problem goes.
        self.problem = None;
        let trimmed = text.trim();
        match &self.step {
            // Signed in, a script can still act as the account screen's keys do.
            Step::Account(_) => {
                match (
                    choice_in(self.lang, trimmed, &super::questions::ACCOUNT_OPTIONS),
                    trimmed,
                ) {
                    (Some(1), _) | (_, "sign-out" | "signout" | "logout" | "sign out") => {
                        self.sign_out(ctx)
                    }
                    (Some(0), _) | (_, "check" | "refresh") => self.check_again(ctx),
                    (Some(_), _) | (_, "menu") => ctx.nav = Some(crate::app::Nav::Home),
                    _ => {
                        self.problem = Some(not_one(
                            self.lang,
                            "cloudsigma-account-not-a-choice",
                            trimmed,
                        ))
                    }
                }
            }
            Step::Loading | Step::CheckingSaved(_) | Step::Finished(_) => {}
            Step::Unchecked(_) => match choice_in(self.lang, trimmed, &SAVED_OPTIONS) {
                Some(0) => self.retry_saved(ctx),
                Some(_) => self.go_locations(ctx),
                None => {
                    self.problem =
                        Some(not_one(self.lang, "cloudsigma-saved-not-a-choice", trimmed))
                }
            },
            Step::Location => self.answer_location(trimmed, ctx),
            Step::Choose => match action_answered(self.lang, trimmed) {
                Some(action) => self.choose(action),
                None => {
                    self.problem = Some(not_one(
                        self.lang,
                        "cloudsigma-choose-not-a-choice",
                        trimmed,
                    ))
                }
            },
            Step::Create => {
                if answer_field(&mut self.create, trimmed) {
                    self.form_enter(Which::Create, ctx);
                }
            }
            Step::Created(account) => match yes_no(trimmed) {
                Some(true) => {
                    let email = account.email.clone();
                    self.go_sign_in(Some(&email), None);
                }
                Some(false) => {
                    let account = account.clone();
                    self.go(Step::Finished(Finished::Created(account)));
                }
                None => {
                    self.problem = Some(not_one(self.lang, "cloudsigma-created-not-y-n", trimmed))
                }
            },
            Step::SetPassword(_) => {
                self.password.set_value(text.trim_end_matches(['\r', '\n']));
                self.submit_password(ctx);
            }
            Step::SignIn => {
                // A password is taken as typed: spaces around it may be part of it.
                let value = match self.sign_in.focus {
                    forms::Focus::First => trimmed,
                    forms::Focus::Second | forms::Focus::Button => {
                        text.trim_end_matches(['\r', '\n'])
                    }
                };
                if answer_field(&mut self.sign_in, value) {
                    self.form_enter(Which::SignIn, ctx);
                }
            }
        }
    }

    fn answer_location(&mut self, answer: &str, ctx: &mut Ctx) {
        // Asked for an address, a location's code still means that location: the way back
        // from "custom" without a key to go back with.
        if self.location.focus == LocFocus::Custom
            && let Some(i) = self.location.index_of(answer)
        {
            self.location.focus = LocFocus::Filter;
            self.location.selected = Row::Place(i);
        }
        if self.location.focus == LocFocus::Custom {
            self.location.custom.set_value(answer);
            // A custom address refused is said under its field.
            if self.location.choose_custom(self.lang) == location::Outcome::Chosen {
                self.location_chosen(ctx);
            }
            return;
        }
        let options = super::questions::location_options(&self.location, self.lang);
        let listed = self.location.places.len();
        let picked = if answer.is_empty() {
            Some(match self.location.selected {
                Row::Place(i) => i,
                Row::Custom => listed,
            })
        } else {
            // Its number, its code, its whole name, or one part of its name ("Zurich").
            choice(answer, &options)
                .or_else(|| self.location.index_of(answer))
                .or_else(|| {
                    self.location.places.iter().position(|p| {
                        p.name.eq_ignore_ascii_case(answer)
                            || p.name
                                .split(',')
                                .any(|part| part.trim().eq_ignore_ascii_case(answer))
                    })
                })
        };
        match picked {
            Some(i) if i < listed => {
                self.location.selected = Row::Place(i);
                if self.location.choose_selected() == location::Outcome::Chosen {
                    self.location_chosen(ctx);
                }
            }
            Some(_) => self.location.focus_custom(),
            None if answer.eq_ignore_ascii_case("custom") => self.location.focus_custom(),
            None if answer.contains("://") => {
                self.location.focus_custom();
                self.answer_location(answer, ctx);
            }
            None => self.problem = Some(not_one(self.lang, "cloudsigma-location-not-one", answer)),
        }
    }
}

/// An answer to "create an account or sign in": its number, its words in the run's
/// language or in English, or a script's word for it.
pub(super) fn action_answered(lang: Lang, answer: &str) -> Option<Action> {
    match choice_in(lang, answer, &CHOOSE_OPTIONS) {
        Some(0) => Some(Action::Create),
        Some(_) => Some(Action::SignIn),
        None => match answer.to_lowercase().as_str() {
            "create" | "c" | "new" => Some(Action::Create),
            "signin" | "sign-in" | "login" | "log in" | "s" => Some(Action::SignIn),
            _ => None,
        },
    }
}

/// The answers to "your saved session could not be checked", in order.
pub const SAVED_OPTIONS: [&str; 2] = ["cloudsigma-button-retry", "cloudsigma-button-continue"];
/// The answers to "create an account or sign in", in order.
pub const CHOOSE_OPTIONS: [&str; 2] = ["cloudsigma-choose-create", "cloudsigma-choose-sign-in"];

#[derive(Clone, Copy)]
enum Which {
    Create,
    SignIn,
}

/// Puts an answer into the form's focused field exactly as given, or refuses it with the
/// field's rule in words under the field (false): never dropped, cut or rewritten.
fn answer_field(form: &mut Form, value: &str) -> bool {
    // An answer is for a field: the button's turn is the form being sent.
    if form.focus == forms::Focus::Button {
        form.focus = forms::Focus::Second;
    }
    let Some(field) = form.focused_mut() else {
        return true;
    };
    field.answer(value).is_ok()
}
