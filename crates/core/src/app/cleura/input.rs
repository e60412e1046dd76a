//! Keys, pastes, clicks and scripted answers, for each step of the Cleura flow.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::code::CODE_LENGTH;
use super::regions::Row;
use super::sign_in::{FormAction, Part};
use super::{Cleura, Step, Target};
use crate::app::ask::{Problem, choice, yes_no};
use crate::app::{Command, Ctx, Hit, Nav, Scroll};

impl Cleura {
    pub(super) fn key(&mut self, key: KeyEvent, ctx: &mut Ctx) {
        if key.code == KeyCode::Esc {
            if let Step::Regions(regions) = &mut self.step
                && regions.filtering
            {
                regions.stop_filter();
                regions.reveal(ctx.viewport.table_rows);
                return;
            }
            self.back(ctx);
            return;
        }
        if self.is_pending() {
            // While a request is in flight only Esc (cancel) acts; typing goes nowhere.
            return;
        }
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match &mut self.step {
            Step::Resuming => {}
            Step::SignIn => match self.form.key(key) {
                FormAction::Submit => self.submit_sign_in(ctx),
                FormAction::Back => self.back(ctx),
                FormAction::Handled | FormAction::Ignored => {}
            },
            Step::Code(code) => match key.code {
                KeyCode::Enter => self.submit_code(ctx),
                // Ctrl-R shows what was typed, as on the password; a new code is Ctrl-N.
                KeyCode::Char('r') if ctrl => code.field.revealed = !code.field.revealed,
                KeyCode::Char('n') if ctrl => self.resend(ctx),
                KeyCode::Char('t') if ctrl => {
                    if let Some(sent) = ctx.outbox.latest_code() {
                        code.field.clear();
                        code.paste(sent);
                        self.submit_code_if_complete(ctx);
                    } else {
                        code.problem = Some(Problem::invalid("The outbox has no code yet."));
                    }
                }
                _ => {
                    if code.field.handle_key(&key) {
                        code.problem = None;
                        self.submit_code_if_complete(ctx);
                    }
                }
            },
            Step::SignInAgain { .. } => match key.code {
                KeyCode::Enter | KeyCode::Char('y' | 'Y') => self.sign_in_again(ctx),
                KeyCode::Char('n' | 'N') => self.decline_sign_in_again(),
                _ => {}
            },
            Step::SecondFactorUnusable { .. } => {
                if key.code == KeyCode::Enter {
                    self.step = Step::SignIn;
                }
            }
            Step::Regions(regions) => {
                if regions.projects.is_some() {
                    self.projects_key(key);
                    return;
                }
                // The rows the table shows at this size: what a page move moves by.
                let page = ctx.viewport.table_rows;
                if regions.filtering {
                    match key.code {
                        KeyCode::Enter => regions.keep_filter(),
                        KeyCode::Up => regions.move_by(-1),
                        KeyCode::Down => regions.move_by(1),
                        KeyCode::PageUp => regions.page_by(-1, page),
                        KeyCode::PageDown => regions.page_by(1, page),
                        _ => {
                            if regions.filter.handle_key(&key) {
                                regions.recompute();
                                regions.reveal(page);
                            }
                        }
                    }
                    regions.follow(page);
                    return;
                }
                match key.code {
                    KeyCode::Up | KeyCode::Char('k') => regions.move_by(-1),
                    KeyCode::Down | KeyCode::Char('j') => regions.move_by(1),
                    KeyCode::PageUp => regions.page_by(-1, page),
                    KeyCode::PageDown => regions.page_by(1, page),
                    KeyCode::Home | KeyCode::Char('g') => regions.move_by(isize::MIN / 2),
                    KeyCode::End | KeyCode::Char('G') => regions.move_by(isize::MAX / 2),
                    KeyCode::Char('/') => regions.start_filter(),
                    KeyCode::Char('s') => {
                        regions.next_sort();
                        regions.reveal(page);
                    }
                    KeyCode::Char('S') => {
                        regions.reverse_sort();
                        regions.reveal(page);
                    }
                    KeyCode::Char(c @ '1'..='6') => {
                        let index = usize::from(c as u8 - b'1');
                        regions.sort_by(super::regions::COLUMNS[index]);
                        regions.reveal(page);
                    }
                    KeyCode::Char('y') => {
                        if let Some(row) = regions.selected_row().filter(|r| !r.tag.is_empty()) {
                            let tag = row.tag.clone();
                            ctx.toast = Some(format!("Copied {tag} to the clipboard."));
                            ctx.out.push(Command::CopyToClipboard(tag));
                        }
                    }
                    KeyCode::Char('r') => self.refresh(ctx),
                    KeyCode::Char('o') => self.sign_out(ctx),
                    KeyCode::Enter => {
                        if let Some((domain, region)) = regions.selected_row().map(Row::key) {
                            self.load_projects(ctx, domain, region);
                        }
                    }
                    _ => {}
                }
                if let Step::Regions(regions) = &mut self.step {
                    regions.follow(page);
                }
            }
            Step::SignedOut { .. } => {
                if key.code == KeyCode::Enter {
                    ctx.nav = Some(crate::app::Nav::Home);
                }
            }
        }
    }

    fn projects_key(&mut self, key: KeyEvent) {
        let Step::Regions(regions) = &mut self.step else {
            return;
        };
        let Some(view) = &mut regions.projects else {
            return;
        };
        let count = match &view.projects {
            Some(Ok(list)) => list.len(),
            _ => 0,
        };
        match key.code {
            KeyCode::Up | KeyCode::Char('k') => view.selected = view.selected.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => {
                view.selected = (view.selected + 1).min(count.saturating_sub(1))
            }
            KeyCode::Enter => regions.projects = None,
            _ => {}
        }
    }

    fn submit_code_if_complete(&mut self, ctx: &mut Ctx) {
        if let Step::Code(code) = &self.step
            && code.complete()
        {
            self.submit_code(ctx);
        }
    }

    pub(super) fn paste(&mut self, text: &str, ctx: &mut Ctx) {
        if self.is_pending() {
            return;
        }
        match &mut self.step {
            Step::SignIn => self.form.paste(text),
            Step::Code(code) => {
                code.paste(text);
                self.submit_code_if_complete(ctx);
            }
            Step::Regions(regions) if regions.filtering => {
                regions.filter.paste(text);
                regions.recompute();
                regions.reveal(ctx.viewport.table_rows);
            }
            _ => {}
        }
    }

    pub(super) fn click(&mut self, hit: Option<Hit>, ctx: &mut Ctx) {
        if self.is_pending() {
            return;
        }
        let target = match hit {
            Some(Hit::Cleura(target)) => Some(target),
            _ => None,
        };
        let page = ctx.viewport.table_rows;
        match (&mut self.step, target) {
            (Step::SignIn, Some(Target::SignIn(part))) => {
                self.form.focus = part;
                if part == Part::Submit {
                    self.submit_sign_in(ctx);
                } else if part == Part::Api {
                    self.form.toggle_api();
                }
            }
            // A click outside a list of projects closes it, as Esc does.
            (Step::Regions(regions), target)
                if regions.projects.is_some() && target != Some(Target::Projects) =>
            {
                regions.projects = None;
            }
            (Step::Regions(regions), _) if regions.projects.is_some() => {}
            (Step::Regions(regions), Some(Target::Row(at))) => {
                if at == regions.selected {
                    if let Some((domain, region)) = regions.selected_row().map(Row::key) {
                        self.load_projects(ctx, domain, region);
                    }
                } else {
                    regions.selected = at;
                    regions.follow(page);
                }
            }
            (Step::Regions(regions), Some(Target::Header(column))) => {
                regions.sort_by(column);
                regions.reveal(page);
                regions.follow(page);
            }
            _ => {}
        }
    }

    pub(super) fn scroll(&mut self, scroll: Scroll, ctx: &mut Ctx) {
        if self.is_pending() {
            return;
        }
        if let Step::Regions(regions) = &mut self.step
            && regions.projects.is_none()
        {
            regions.move_by(match scroll {
                Scroll::Down => 3,
                Scroll::Up => -3,
            });
            regions.follow(ctx.viewport.table_rows);
        }
    }

    /// A scripted answer, applied as if typed into the step's field and submitted.
    pub(super) fn answer(&mut self, text: String, ctx: &mut Ctx) {
        if self.is_pending() {
            return;
        }
        match &mut self.step {
            Step::SignIn => {
                if !self.login_settled {
                    // An empty answer keeps the login shown as the default; any other is
                    // taken exactly, or refused with the rule.
                    self.form.problem = None;
                    if !text.trim().is_empty()
                        && let Err(why) = self.form.login.answer(text.trim())
                    {
                        self.form.login.error = Some(why.clone());
                        self.form.problem = Some(Problem::invalid(why));
                        return;
                    }
                    if self.form.login_value().is_empty() {
                        self.form.login.error = Some("Type your Cleura login.".into());
                    } else {
                        self.form.login.error = None;
                        self.login_settled = true;
                    }
                } else {
                    // Sent exactly as given, or refused with the reason: never altered.
                    if let Err(why) = self.form.password.answer(&text) {
                        self.form.password.clear();
                        self.form.password.error = Some(why.clone());
                        self.form.problem = Some(Problem::invalid(why));
                        return;
                    }
                    self.submit_sign_in(ctx);
                }
            }
            Step::Code(code) => {
                let trimmed = text.trim();
                if trimmed.eq_ignore_ascii_case("resend") || trimmed.eq_ignore_ascii_case("r") {
                    self.resend(ctx);
                    return;
                }
                code.field.clear();
                // The code's six digits, grouped as an SMS may show them ("123 456",
                // "123-456"); anything else is refused, never read into another code.
                let digits = trimmed.chars().filter(char::is_ascii_digit).count();
                let exact = digits == CODE_LENGTH
                    && trimmed
                        .chars()
                        .all(|c| c.is_ascii_digit() || c == ' ' || c == '-');
                if exact {
                    code.paste(trimmed);
                }
                if !exact || code.field.value().len() != CODE_LENGTH {
                    code.field.clear();
                    code.problem = Some(Problem::invalid(format!(
                        "The code is {CODE_LENGTH} digits."
                    )));
                    return;
                }
                self.submit_code(ctx);
            }
            Step::SignInAgain { .. } => match yes_no(&text) {
                Some(true) => self.sign_in_again(ctx),
                Some(false) => self.decline_sign_in_again(),
                None => {}
            },
            Step::SecondFactorUnusable { .. } => self.step = Step::SignIn,
            Step::Regions(regions) => {
                let text = text.trim();
                regions.not_understood = None;
                if regions.asking_region.is_some() {
                    if text.is_empty() {
                        regions.asking_region = None;
                    } else {
                        self.open_region(text, ctx);
                    }
                    return;
                }
                if regions.projects.is_some() {
                    match choice(text, &super::questions::PROJECTS_OPTIONS) {
                        Some(0) => regions.projects = None,
                        Some(_) => {
                            regions.projects = None;
                            ctx.nav = Some(Nav::Home);
                        }
                        None => {
                            regions.not_understood =
                                Some(format!("“{text}” is not one of the choices."))
                        }
                    }
                    return;
                }
                let (verb, rest) = text.split_once(' ').unwrap_or((text, ""));
                match (choice(text, &super::questions::REGIONS_OPTIONS), verb) {
                    (_, "projects") if !rest.trim().is_empty() => self.open_region(rest, ctx),
                    (Some(0), _) | (_, "projects") => regions.asking_region = Some(None),
                    (Some(1), _) | (_, "refresh") => self.refresh(ctx),
                    (Some(2), _) | (_, "sign-out" | "signout" | "logout") => self.sign_out(ctx),
                    (Some(_), _) | (_, "menu") => ctx.nav = Some(Nav::Home),
                    (None, _) => {
                        regions.not_understood =
                            Some(format!("“{text}” is not one of the choices."))
                    }
                }
            }
            Step::Resuming | Step::SignedOut { .. } => {}
        }
    }

    /// The projects of the region (or domain) a script named; the question is asked again
    /// when no region has that name.
    fn open_region(&mut self, name: &str, ctx: &mut Ctx) {
        let Step::Regions(regions) = &mut self.step else {
            return;
        };
        let name = name.trim();
        match regions.find_domain(name).map(Row::key) {
            Some((domain, region)) => {
                regions.asking_region = None;
                self.load_projects(ctx, domain, region);
            }
            None => {
                regions.asking_region = Some(Some(format!("No domain or region named {name}.")))
            }
        }
    }
}
