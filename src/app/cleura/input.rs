//! Keys, the mouse and `ask()` answers, step by step. An answer does what typing it into the
//! step's field and pressing Enter does, checks included.

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::regions::{Column, ProjectsState};
use super::signin::{self, Field};
use super::{Cleura, Step, Work};
use crate::app::Ctx;
use crate::app::ask::Problem;
use crate::config::CleuraApi;

/// What the mouse can hit; `ui::cleura::hits` says where each is, from the layout it draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    Field(Field),
    Version(CleuraApi),
    Code,
    Button(Button),
    /// A row of the table, by its index in the view.
    Row(usize),
    Header(Column),
    Filter,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Button {
    SignIn,
    Verify,
    Resend,
    BackToSignIn,
    Retry,
    SignInAnew,
    Projects,
    Copy,
    Refresh,
    SignOut,
    CloseProjects,
    Menu,
}

impl Cleura {
    pub(super) fn key(&mut self, key: KeyEvent, ctx: &mut Ctx) {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match &self.step {
            Step::Loading | Step::CheckingSaved(_) => {
                if key.code == KeyCode::Esc {
                    // The check goes on behind the menu; its answer is shown on return.
                    self.go_home(ctx);
                }
            }
            Step::Unchecked(_) => match key.code {
                KeyCode::Enter | KeyCode::Char('r') => self.retry_saved(ctx),
                KeyCode::Char('s') => self.sign_in_anew(),
                KeyCode::Esc => self.go_home(ctx),
                _ => {}
            },
            Step::SignIn => {
                if self.pending.is_some() {
                    if key.code == KeyCode::Esc {
                        // Nothing is created by signing in: stopping is safe.
                        self.cancel(ctx);
                        self.attempt = None;
                    }
                    return;
                }
                if ctrl && key.code == KeyCode::Char('r') {
                    self.form.password.revealed = !self.form.password.revealed;
                    return;
                }
                match self.form.key(key) {
                    signin::Outcome::Submit => self.submit_sign_in(ctx),
                    signin::Outcome::Back => self.go_home(ctx),
                    signin::Outcome::Nothing => self.form_trouble(),
                }
            }
            Step::WebAuthnOnly { .. } => {
                if matches!(key.code, KeyCode::Enter | KeyCode::Esc) {
                    self.back_to_sign_in(ctx);
                }
            }
            Step::Code(_) => self.code_key(key, ctx),
            Step::Regions(_) => self.regions_key(key, ctx),
            Step::SignedOut(_) => {
                if matches!(key.code, KeyCode::Enter | KeyCode::Esc) {
                    self.go_home(ctx);
                }
            }
        }
    }

    fn code_key(&mut self, key: KeyEvent, ctx: &mut Ctx) {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if key.code == KeyCode::Esc {
            self.back_to_sign_in(ctx);
            return;
        }
        if self.pending.is_some() {
            return;
        }
        let Step::Code(step) = &mut self.step else {
            return;
        };
        match key.code {
            KeyCode::Char('r') if ctrl => step.code.revealed = !step.code.revealed,
            KeyCode::Char('n') if ctrl => self.resend(ctx, None),
            KeyCode::Char('t') if ctrl => self.code_from_outbox(ctx),
            KeyCode::Enter => self.submit_code(ctx),
            _ => {
                step.code.handle_key(&key);
                let complete = step.complete();
                if complete {
                    self.submit_code(ctx);
                } else {
                    self.code_trouble();
                }
            }
        }
    }

    /// In the sandbox, the code the outbox shows, as if typed.
    fn code_from_outbox(&mut self, ctx: &mut Ctx) {
        if ctx.sandbox.is_none() {
            return;
        }
        let Some(code) = ctx.outbox.latest_code().map(str::to_string) else {
            ctx.toast = Some("No SMS in the sandbox's outbox yet.".into());
            return;
        };
        if let Step::Code(step) = &mut self.step {
            step.set(&code);
            if step.complete() {
                self.submit_code(ctx);
            }
        }
    }

    /// Keeps ask()'s problem in step with the code field's error.
    fn code_trouble(&mut self) {
        if let Step::Code(step) = &self.step
            && step.code.error.is_none()
            && self.trouble.as_ref().is_some_and(|t| t.on_field)
        {
            self.trouble = None;
        }
    }

    /// Back from the code (or WebAuthn) screen to sign-in, everything typed kept.
    fn back_to_sign_in(&mut self, ctx: &mut Ctx) {
        self.cancel(ctx);
        self.attempt = None;
        self.form.focus = if self.form.password.is_empty() {
            Field::Password
        } else {
            self.form.focus
        };
        if self.form.login.is_empty() {
            self.form.focus = Field::Login;
        }
        self.go(Step::SignIn);
    }

    fn sign_in_anew(&mut self) {
        if let Step::Unchecked(saved) = &self.step {
            let login = saved.session.login.clone();
            self.go_sign_in(Some(&login), None);
        }
    }

    fn regions_key(&mut self, key: KeyEvent, ctx: &mut Ctx) {
        let visible = crate::ui::cleura::table_rows(self, ctx.body);
        let signing_out = self.working() == Some(Work::SigningOut);
        let Step::Regions(regions) = &mut self.step else {
            return;
        };
        if let Some(projects) = &mut regions.projects {
            match key.code {
                KeyCode::Esc | KeyCode::Backspace | KeyCode::Left => self.close_projects(ctx),
                KeyCode::Up | KeyCode::Char('k') => {
                    projects.selected = projects.selected.saturating_sub(1)
                }
                KeyCode::Down | KeyCode::Char('j') => {
                    if let ProjectsState::Loaded(list) = &projects.state {
                        projects.selected =
                            (projects.selected + 1).min(list.len().saturating_sub(1));
                    }
                }
                _ => {}
            }
            return;
        }
        let table = &mut regions.table;
        if table.filtering {
            match key.code {
                KeyCode::Enter | KeyCode::Esc | KeyCode::Tab => table.filtering = false,
                KeyCode::Up => table.move_by(-1, visible),
                KeyCode::Down => table.move_by(1, visible),
                _ => {
                    if table.filter.handle_key(&key) {
                        table.apply();
                        table.scroll(visible);
                    }
                }
            }
            return;
        }
        if signing_out {
            if key.code == KeyCode::Esc {
                self.go_home(ctx);
            }
            return;
        }
        let page = visible.max(1) as isize;
        match key.code {
            KeyCode::Up | KeyCode::Char('k') => table.move_by(-1, visible),
            KeyCode::Down | KeyCode::Char('j') => table.move_by(1, visible),
            KeyCode::PageUp => table.move_by(-page, visible),
            KeyCode::PageDown => table.move_by(page, visible),
            KeyCode::Home | KeyCode::Char('g') => table.move_by(isize::MIN / 2, visible),
            KeyCode::End | KeyCode::Char('G') => table.move_by(isize::MAX / 2, visible),
            KeyCode::Char('/') => table.filtering = true,
            KeyCode::Char('s') => table.cycle_sort(),
            KeyCode::Char(c @ '1'..='6') => {
                let index = c as usize - '1' as usize;
                table.sort_by(Column::ALL[index]);
            }
            KeyCode::Enter => self.open_projects(ctx),
            KeyCode::Char('r') => self.refresh(ctx),
            KeyCode::Char('y') => self.copy_tag(ctx),
            KeyCode::Char('x') => self.sign_out(ctx),
            KeyCode::Esc => {
                if table.filter.is_empty() {
                    self.go_home(ctx);
                } else {
                    table.filter.clear();
                    table.apply();
                    table.scroll(visible);
                }
            }
            _ => {}
        }
    }

    pub(super) fn paste(&mut self, text: &str, ctx: &mut Ctx) {
        if self.pending.is_some() {
            return;
        }
        match &mut self.step {
            Step::SignIn => self.form.paste(text),
            Step::Code(step) => {
                step.paste(text);
                if step.complete() {
                    self.submit_code(ctx);
                }
            }
            Step::Regions(regions) if regions.table.filtering => {
                regions.table.filter.paste(text);
                regions.table.apply();
            }
            _ => {}
        }
    }

    pub(super) fn mouse(&mut self, mouse: MouseEvent, ctx: &mut Ctx) {
        let visible = crate::ui::cleura::table_rows(self, ctx.body);
        match mouse.kind {
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
                let delta = if mouse.kind == MouseEventKind::ScrollDown {
                    1
                } else {
                    -1
                };
                if let Step::Regions(regions) = &mut self.step
                    && regions.projects.is_none()
                {
                    regions.table.move_by(delta, visible);
                }
            }
            MouseEventKind::Down(MouseButton::Left) => {
                let hits = crate::ui::cleura::hits(self, ctx.body, ctx.now);
                let hit = hits.into_iter().find_map(|(rect, hit)| {
                    rect.contains(ratatui::layout::Position::new(mouse.column, mouse.row))
                        .then_some(hit)
                });
                if let Some(hit) = hit {
                    self.hit(hit, visible, ctx);
                }
            }
            _ => {}
        }
    }

    fn hit(&mut self, hit: Hit, visible: usize, ctx: &mut Ctx) {
        match hit {
            Hit::Field(field) => {
                if self.pending.is_none() && matches!(self.step, Step::SignIn) {
                    self.form.focus = field;
                }
            }
            Hit::Version(api) => {
                if self.pending.is_none() && matches!(self.step, Step::SignIn) {
                    self.form.focus = Field::Version;
                    self.form.api = api;
                }
            }
            Hit::Code => {}
            Hit::Row(index) => {
                if let Step::Regions(regions) = &mut self.step {
                    regions.table.filtering = false;
                    if regions.table.selected == index {
                        self.open_projects(ctx);
                    } else {
                        regions.table.select(index, visible);
                    }
                }
            }
            Hit::Header(column) => {
                if let Step::Regions(regions) = &mut self.step {
                    regions.table.sort_by(column);
                }
            }
            Hit::Filter => {
                if let Step::Regions(regions) = &mut self.step {
                    regions.table.filtering = true;
                }
            }
            Hit::Button(button) => self.press(button, ctx),
        }
    }

    fn press(&mut self, button: Button, ctx: &mut Ctx) {
        match button {
            Button::SignIn => self.submit_sign_in(ctx),
            Button::Verify => self.submit_code(ctx),
            Button::Resend => self.resend(ctx, None),
            Button::BackToSignIn => self.back_to_sign_in(ctx),
            Button::Retry => self.retry_saved(ctx),
            Button::SignInAnew => self.sign_in_anew(),
            Button::Projects => self.open_projects(ctx),
            Button::Copy => self.copy_tag(ctx),
            Button::Refresh => self.refresh(ctx),
            Button::SignOut => self.sign_out(ctx),
            Button::CloseProjects => self.close_projects(ctx),
            Button::Menu => self.go_home(ctx),
        }
    }

    /// Keeps the ask() problem in step with the field errors the last key set or cleared.
    fn form_trouble(&mut self) {
        match self.form.first_error() {
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
        match &mut self.step {
            Step::Loading | Step::CheckingSaved(_) | Step::SignedOut(_) => {}
            Step::Regions(_) => {}
            Step::Unchecked(_) => match choice(trimmed, &UNCHECKED_OPTIONS) {
                Some(0) => self.retry_saved(ctx),
                Some(_) => self.sign_in_anew(),
                None => self.fail(Problem::invalid(format!(
                    "“{trimmed}” is not one of the choices: answer 1 (try again) or 2 (sign in \
                     again)."
                ))),
            },
            Step::WebAuthnOnly { .. } => self.back_to_sign_in(ctx),
            Step::SignIn => {
                // A password is taken as typed: spaces around it may be part of it.
                let value = match self.form.focus {
                    Field::Password => text.trim_end_matches(['\r', '\n']),
                    _ => trimmed,
                };
                match self.form.focus {
                    Field::Version => match trimmed.to_lowercase().as_str() {
                        "" => {}
                        "v1" | "1" => self.form.api = CleuraApi::V1,
                        "v2" | "2" => self.form.api = CleuraApi::V2,
                        _ => {
                            self.fail(Problem::invalid(format!(
                                "“{trimmed}” is not an API version: answer v1 or v2."
                            )));
                            return;
                        }
                    },
                    focus => {
                        if let Some(field) = self.form.field_mut(focus) {
                            field.set_value(value);
                            field.error = None;
                        }
                    }
                }
                match self.form.enter() {
                    signin::Outcome::Submit => self.submit_sign_in(ctx),
                    _ => self.form_trouble(),
                }
            }
            Step::Code(step) => {
                if matches!(trimmed.to_lowercase().as_str(), "resend" | "new code" | "r") {
                    self.resend(ctx, None);
                    return;
                }
                step.set(trimmed);
                step.code.error = None;
                let refused = step.code.note.clone();
                if let Some(why) = refused.filter(|_| !step.complete()) {
                    step.code.error = Some(format!("{why}; a code has 6 digits."));
                    self.set_trouble(
                        Problem::invalid(format!("{why}; a code has 6 digits.")),
                        true,
                    );
                    return;
                }
                self.submit_code(ctx);
            }
        }
    }
}

pub const UNCHECKED_OPTIONS: [&str; 2] = ["Try again", "Sign in again"];

/// The option an answer names: its number from 1, or its text (without case).
pub fn choice(answer: &str, options: &[impl AsRef<str>]) -> Option<usize> {
    if let Ok(n) = answer.parse::<usize>() {
        return (1..=options.len()).contains(&n).then(|| n - 1);
    }
    options
        .iter()
        .position(|o| o.as_ref().eq_ignore_ascii_case(answer))
}
