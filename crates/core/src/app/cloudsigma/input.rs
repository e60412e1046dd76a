//! Keys, the mouse and `ask()` answers, step by step. An answer does what typing it into the
//! step's field and pressing Enter does, checks included.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::forms::{self, Form};
use super::location::{self, Focus as LocFocus};
use super::{Action, Button, CloudSigma, Finished, Row, Step, Target};
use crate::app::ask::{Problem, choice, yes_no};
use crate::app::{Command, Ctx, Scroll};

impl CloudSigma {
    pub(super) fn key(&mut self, key: KeyEvent, ctx: &mut Ctx) {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match &self.step {
            Step::Loading | Step::CheckingSaved(_) => {
                if key.code == KeyCode::Esc {
                    // Stop waiting: the saved session stays kept, for another time.
                    self.cancel(ctx);
                    self.go_locations(ctx);
                }
            }
            Step::Unchecked(_) => match key.code {
                KeyCode::Enter | KeyCode::Char('r') => self.retry_saved(ctx),
                KeyCode::Char('c') => self.go_locations(ctx),
                KeyCode::Esc => self.go_home(ctx),
                _ => {}
            },
            Step::Location => match self.location.key(key) {
                location::Outcome::Chosen => self.location_chosen(ctx),
                location::Outcome::Back => self.go_home(ctx),
                location::Outcome::Nothing => {}
            },
            Step::Choose => match key.code {
                KeyCode::Up
                | KeyCode::Down
                | KeyCode::Left
                | KeyCode::Right
                | KeyCode::Tab
                | KeyCode::BackTab => {
                    self.action = match self.action {
                        Action::Create => Action::SignIn,
                        Action::SignIn => Action::Create,
                    }
                }
                KeyCode::Enter | KeyCode::Char(' ') => self.choose(self.action),
                KeyCode::Char('c') => self.choose(Action::Create),
                KeyCode::Char('s') => self.choose(Action::SignIn),
                KeyCode::Esc => self.go_locations(ctx),
                _ => {}
            },
            Step::Create => {
                if self.pending.is_some() {
                    // The account may be created this very moment: the answer is still
                    // awaited, behind the menu, and shown when the person comes back.
                    if key.code == KeyCode::Esc {
                        self.go_home(ctx);
                    }
                    return;
                }
                match self.create.key(key) {
                    forms::Outcome::Submit => self.submit_create(ctx),
                    forms::Outcome::Back => self.go(Step::Choose),
                    forms::Outcome::Nothing => self.form_trouble(Which::Create),
                }
            }
            Step::Created(account) => match key.code {
                KeyCode::Enter | KeyCode::Char('s') => {
                    let email = account.email.clone();
                    self.go_sign_in(Some(&email), None);
                }
                KeyCode::Char('o') => self.open_link(ctx),
                KeyCode::Esc => self.go(Step::Create),
                _ => {}
            },
            Step::SignIn => {
                if self.pending.is_some() {
                    if key.code == KeyCode::Esc {
                        // Nothing is created by signing in: stopping is safe.
                        self.cancel(ctx);
                    }
                    return;
                }
                if ctrl && key.code == KeyCode::Char('r') {
                    self.sign_in.second.revealed = !self.sign_in.second.revealed;
                    return;
                }
                match self.sign_in.key(key) {
                    forms::Outcome::Submit => self.submit_sign_in(ctx),
                    forms::Outcome::Back => self.go(Step::Choose),
                    forms::Outcome::Nothing => self.form_trouble(Which::SignIn),
                }
            }
            Step::Account(_) => match key.code {
                KeyCode::Char('r') => self.check_again(ctx),
                KeyCode::Char('s') => self.sign_out(ctx),
                KeyCode::Esc | KeyCode::Enter => self.go_home(ctx),
                _ => {}
            },
            Step::Finished(_) => {
                if matches!(key.code, KeyCode::Enter | KeyCode::Esc) {
                    self.go_home(ctx);
                }
            }
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
            Button::Check => self.check_again(ctx),
            Button::SignOut => self.sign_out(ctx),
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
        if let Some(link) = self.confirmation_link(ctx.outbox) {
            ctx.out.push(Command::OpenUrl(link.to_string()));
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

    /// Keeps the ask() problem in step with the field errors the last key set or cleared.
    fn form_trouble(&mut self, which: Which) {
        let form = match which {
            Which::Create => &self.create,
            Which::SignIn => &self.sign_in,
        };
        let error = form
            .email
            .error
            .clone()
            .or_else(|| form.second.error.clone());
        match error {
            Some(message) => {
                let same = self
                    .trouble
                    .as_ref()
                    .is_some_and(|t| t.on_field && t.problem.message == message);
                if !same {
                    self.set_trouble(Problem::invalid(message), true);
                }
            }
            None => {
                if self.trouble.as_ref().is_some_and(|t| t.on_field) {
                    self.trouble = None;
                }
            }
        }
    }

    pub(super) fn answer(&mut self, text: &str, ctx: &mut Ctx) {
        if self.pending.is_some() {
            return;
        }
        let trimmed = text.trim();
        match &self.step {
            // Signed in, a script can still act as the account screen's keys do.
            Step::Account(_) => {
                match (choice(trimmed, &super::questions::ACCOUNT_OPTIONS), trimmed) {
                    (Some(1), _) | (_, "sign-out" | "signout" | "logout" | "sign out") => {
                        self.sign_out(ctx)
                    }
                    (Some(0), _) | (_, "check" | "refresh") => self.check_again(ctx),
                    (Some(_), _) | (_, "menu") => ctx.nav = Some(crate::app::Nav::Home),
                    _ => self.set_trouble(
                        Problem::invalid(format!("“{trimmed}” is not one of the choices.")),
                        false,
                    ),
                }
            }
            Step::Loading | Step::CheckingSaved(_) | Step::Finished(_) => {}
            Step::Unchecked(_) => match choice(trimmed, &["Try again", "Continue without it"]) {
                Some(0) => self.retry_saved(ctx),
                Some(_) => self.go_locations(ctx),
                None => self.set_trouble(
                    Problem::invalid(format!(
                        "“{trimmed}” is not one of the choices: answer 1 (try again) or 2 \
                         (continue without it)."
                    )),
                    false,
                ),
            },
            Step::Location => self.answer_location(trimmed, ctx),
            Step::Choose => match choice(trimmed, &["Create an account", "Sign in"]) {
                Some(0) => self.choose(Action::Create),
                Some(_) => self.choose(Action::SignIn),
                None => match trimmed.to_lowercase().as_str() {
                    "create" | "c" | "new" => self.choose(Action::Create),
                    "signin" | "sign-in" | "login" | "log in" | "s" => self.choose(Action::SignIn),
                    _ => self.set_trouble(
                        Problem::invalid(format!(
                            "“{trimmed}” is not one of the choices: answer 1 (create an \
                             account) or 2 (sign in)."
                        )),
                        false,
                    ),
                },
            },
            Step::Create => {
                if !answer_field(&mut self.create, trimmed) {
                    return self.form_trouble(Which::Create);
                }
                match self.create.enter() {
                    forms::Outcome::Submit => self.submit_create(ctx),
                    _ => self.form_trouble(Which::Create),
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
                None => self.set_trouble(
                    Problem::invalid(format!("“{trimmed}” is not y or n.")),
                    false,
                ),
            },
            Step::SignIn => {
                // A password is taken as typed: spaces around it may be part of it.
                let value = match self.sign_in.focus {
                    forms::Focus::First => trimmed,
                    forms::Focus::Second => text.trim_end_matches(['\r', '\n']),
                };
                if !answer_field(&mut self.sign_in, value) {
                    return self.form_trouble(Which::SignIn);
                }
                match self.sign_in.enter() {
                    forms::Outcome::Submit => self.submit_sign_in(ctx),
                    _ => self.form_trouble(Which::SignIn),
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
            match self.location.choose_custom() {
                location::Outcome::Chosen => self.location_chosen(ctx),
                _ => {
                    let why = self.location.custom.error.clone().unwrap_or_default();
                    self.set_trouble(Problem::invalid(why), true);
                }
            }
            return;
        }
        let options = super::questions::location_options(&self.location);
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
            Some(_) => {
                self.trouble = None;
                self.location.focus_custom();
            }
            None if answer.eq_ignore_ascii_case("custom") => {
                self.trouble = None;
                self.location.focus_custom();
            }
            None if answer.contains("://") => {
                self.location.focus_custom();
                self.answer_location(answer, ctx);
            }
            None => self.set_trouble(
                Problem::invalid(format!(
                    "“{answer}” is not one of the locations: give a location's code, such as \
                     zrh, or your provider's https API address."
                )),
                false,
            ),
        }
    }
}

#[derive(Clone, Copy)]
enum Which {
    Create,
    SignIn,
}

/// Puts an answer into the form's focused field exactly as given, or refuses it with the
/// field's rule in words under the field (false): never dropped, cut or rewritten.
fn answer_field(form: &mut Form, value: &str) -> bool {
    let field = form.focused_mut();
    match field.answer(value) {
        Ok(()) => true,
        Err(why) => {
            field.error = Some(why);
            false
        }
    }
}
