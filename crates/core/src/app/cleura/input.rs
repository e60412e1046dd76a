//! Keys, pastes, clicks and scripted answers, for each step of the Cleura flow.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::code::CODE_LENGTH;
use super::regions::{COLUMNS, Column, ProjectsView, Row};
use super::sign_in::Part;
use super::{Cleura, Step, Target};
use crate::app::ask::{choice, yes_no};
use crate::app::problem::Problem;
use crate::app::{Ctx, Effect, Hit, Key, Keymap, Nav, Scroll};
use crate::lang::tr;
use crate::tr;

/// What a key stands for in this flow; the key maps below say which key, and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    /// Esc: cancel what is in flight, or one step back (see `Cleura::back`): out of a
    /// question, the projects, the filter, a step.
    Back,
    /// Into the focused field (or the code's boxes, or the filter).
    Edit,
    SignIn,
    /// Tab, Shift-Tab, ↑, ↓ between the form's parts.
    Focus,
    SwitchApi,
    /// Show or hide the API version and the endpoint.
    Advanced,
    /// Show or hide the password, or the code.
    Reveal,
    SendCode,
    NewCode,
    CodeFromOutbox,
    SignInAgain,
    /// ↑, ↓, PgUp, PgDn, Home, End in a list.
    Move,
    Projects,
    Filter,
    KeepFilter,
    /// s (next column), S (reverse), 1-6 (that column).
    Sort,
    Group,
    CopyTag,
    Reload,
    AskSignOut,
    SignOut,
}

const MOVE: [Key; 6] = [
    Key::Up,
    Key::Down,
    Key::PageUp,
    Key::PageDown,
    Key::Home,
    Key::End,
];

impl Cleura {
    /// The keys of the step in front, for dispatch and for the key bar alike.
    pub fn keymap(&self) -> Keymap<Act> {
        let lang = self.lang;
        let map = Keymap::new(lang);
        if self.is_pending() {
            return map.bind(&[Key::Esc], "cleura-key-cancel", Act::Back);
        }
        match &self.step {
            Step::Resuming => map.bind(&[Key::Esc], "cleura-key-cancel", Act::Back),
            Step::SignIn => {
                let focus = self.form.focus;
                let submit: &[Key] = match focus {
                    Part::Submit => &[Key::Enter, Key::Space],
                    Part::Advanced => &[],
                    _ => &[Key::Enter],
                };
                map.bind_if(
                    focus == Part::Advanced,
                    &[Key::Enter, Key::Space],
                    if self.form.advanced {
                        "cleura-key-close-advanced"
                    } else {
                        "cleura-key-open-advanced"
                    },
                    Act::Advanced,
                )
                .bind_if(
                    !submit.is_empty(),
                    submit,
                    "cleura-key-sign-in",
                    Act::SignIn,
                )
                .bind(
                    &[Key::Tab, Key::BackTab, Key::Up, Key::Down],
                    "cleura-key-next-field",
                    Act::Focus,
                )
                .bind_if(
                    focus == Part::Api,
                    &[Key::Space, Key::Left, Key::Right],
                    "cleura-key-switch-api",
                    Act::SwitchApi,
                )
                .bind(&[Key::Ctrl('r')], "cleura-key-reveal-password", Act::Reveal)
                .bind(&[Key::Esc], "cleura-key-back-to-menu", Act::Back)
            }
            // Short words: the footer shows these in order, as many as fit on one line.
            Step::Code(_) => map
                .bind(&[Key::Digits('0', '9')], "cleura-key-code", Act::Edit)
                .bind_if(
                    self.secret == super::SANDBOX_SECRET,
                    &[Key::Ctrl('t')],
                    "cleura-key-code-from-outbox",
                    Act::CodeFromOutbox,
                )
                .bind(&[Key::Esc], "cleura-key-back", Act::Back)
                .bind(&[Key::Ctrl('n')], "cleura-key-new-code", Act::NewCode)
                .bind(&[Key::Ctrl('r')], "cleura-key-reveal-code", Act::Reveal)
                .bind(&[Key::Enter], "cleura-key-send", Act::SendCode),
            Step::SignInAgain { .. } => map
                .bind(
                    &[Key::Char('y'), Key::Enter],
                    "cleura-key-sign-in-again",
                    Act::SignInAgain,
                )
                .bind(
                    &[Key::Char('n'), Key::Esc],
                    "cleura-key-no-back-to-sign-in",
                    Act::Back,
                ),
            Step::SecondFactorUnusable { .. } => map.bind(
                &[Key::Enter, Key::Esc],
                "cleura-key-back-to-sign-in",
                Act::Back,
            ),
            Step::Regions(regions) if regions.projects.is_some() => map
                .bind_if(
                    regions.projects.as_ref().map_or(0, ProjectsView::count) > 1,
                    &[Key::Up, Key::Down],
                    "cleura-key-move",
                    Act::Move,
                )
                .bind(
                    &[Key::Esc, Key::Enter],
                    "cleura-key-back-to-regions",
                    Act::Back,
                ),
            Step::Regions(regions) if regions.asking_sign_out => map
                .bind(&[Key::Char('y')], "cleura-key-sign-out", Act::SignOut)
                .bind(
                    &[Key::Char('n'), Key::Esc],
                    "cleura-key-stay-signed-in",
                    Act::Back,
                ),
            Step::Regions(regions) if regions.filtering => map
                .bind(&[Key::Typing], "cleura-key-filter-regions", Act::Edit)
                .bind(&[Key::Enter], "cleura-key-keep-filter", Act::KeepFilter)
                .bind(&[Key::Esc], "cleura-key-clear-filter", Act::Back)
                .bind_if(
                    regions.view.len() > 1,
                    &MOVE[..4],
                    "cleura-key-move",
                    Act::Move,
                ),
            Step::Regions(regions) => map
                .bind_if(
                    regions.view.len() > 1,
                    &MOVE[..2],
                    "cleura-key-move",
                    Act::Move,
                )
                .bind_if(
                    regions.selected_row().is_some(),
                    &[Key::Enter],
                    "cleura-key-projects",
                    Act::Projects,
                )
                .bind(&[Key::Char('/')], "cleura-key-filter", Act::Filter)
                .bind(
                    &[Key::Char('s'), Key::Char('S'), Key::Digits('1', '6')],
                    "cleura-key-sort",
                    Act::Sort,
                )
                .bind_if(
                    regions.sort != Column::Area,
                    &[Key::Char('g')],
                    if regions.grouped {
                        "cleura-key-ungroup"
                    } else {
                        "cleura-key-group"
                    },
                    Act::Group,
                )
                .bind_if(
                    regions.selected_row().is_some_and(|r| !r.tag.is_empty()),
                    &[Key::Char('c')],
                    "cleura-key-copy-tag",
                    Act::CopyTag,
                )
                .bind(&[Key::Char('r')], "cleura-key-reload", Act::Reload)
                .bind(
                    &[Key::Char('x')],
                    "cleura-key-ask-sign-out",
                    Act::AskSignOut,
                )
                .bind_if(
                    regions.view.len() > 1,
                    &MOVE[2..],
                    "cleura-key-page",
                    Act::Move,
                )
                .bind(&[Key::Esc], "cleura-key-back-to-menu", Act::Back),
            Step::SignedOut { .. } => map.bind(
                &[Key::Enter, Key::Esc],
                "cleura-key-back-to-menu",
                Act::Back,
            ),
        }
    }

    pub(super) fn key(&mut self, key: KeyEvent, ctx: &mut Ctx) {
        match self.keymap().action(&key) {
            Some(act) => self.act(act, &key, ctx),
            // Keys no binding takes are the focused field's to edit with (Backspace, ←...).
            None if !self.is_pending() => self.act(Act::Edit, &key, ctx),
            None => {}
        }
    }

    fn act(&mut self, act: Act, key: &KeyEvent, ctx: &mut Ctx) {
        // The rows the table shows at this size: what a page move moves by.
        let page = ctx.viewport.table_rows;
        match (act, &mut self.step) {
            (Act::Back, _) => self.back(ctx),
            (Act::SignIn, _) => self.submit_sign_in(ctx),
            (Act::Edit, _) => self.edit(key, page, ctx),
            (Act::Focus, _) => {
                let forward = matches!(key.code, KeyCode::Tab | KeyCode::Down);
                self.form.step_focus(forward);
            }
            (Act::SwitchApi, _) => self.form.toggle_api(),
            (Act::Advanced, _) => self.form.toggle_advanced(),
            (Act::SendCode, _) => self.submit_code(ctx),
            (Act::NewCode, _) => self.resend(ctx),
            (Act::Reveal, Step::Code(code)) => code.field.revealed ^= true,
            (Act::Reveal, _) => self.form.password.revealed ^= true,
            (Act::CodeFromOutbox, Step::Code(code)) => match ctx.outbox.latest_code() {
                Some(sent) => {
                    code.field.clear();
                    code.paste(sent);
                    self.submit_code_if_complete(ctx);
                }
                None => {
                    self.problem = Some(Problem::invalid(tr(self.lang, "cleura-code-outbox-empty")))
                }
            },
            (Act::SignInAgain, _) => self.sign_in_again(ctx),
            (Act::Move, Step::Regions(regions)) => {
                if let Some(view) = &mut regions.projects {
                    let last = view.count().saturating_sub(1);
                    view.selected = match key.code {
                        KeyCode::Up => view.selected.saturating_sub(1),
                        _ => (view.selected + 1).min(last),
                    };
                    return;
                }
                match key.code {
                    KeyCode::Up => regions.move_by(-1),
                    KeyCode::Down => regions.move_by(1),
                    KeyCode::PageUp => regions.page_by(-1, page),
                    KeyCode::PageDown => regions.page_by(1, page),
                    KeyCode::Home => regions.move_by(isize::MIN / 2),
                    _ => regions.move_by(isize::MAX / 2),
                }
                regions.follow(page);
            }
            (Act::KeepFilter, Step::Regions(regions)) => regions.keep_filter(),
            (Act::Filter, Step::Regions(regions)) => regions.start_filter(),
            (Act::Sort, Step::Regions(regions)) => {
                match key.code {
                    KeyCode::Char('s') => regions.next_sort(),
                    KeyCode::Char('S') => regions.reverse_sort(),
                    KeyCode::Char(c) => {
                        let index = usize::from((c as u8).saturating_sub(b'1'));
                        regions.sort_by(COLUMNS[index.min(COLUMNS.len() - 1)]);
                    }
                    _ => {}
                }
                regions.reveal(page);
            }
            (Act::Group, Step::Regions(regions)) => {
                regions.toggle_grouped();
                regions.reveal(page);
            }
            (Act::CopyTag, Step::Regions(regions)) => {
                if let Some(row) = regions.selected_row() {
                    let tag = row.tag.clone();
                    ctx.toast =
                        Some(tr!(self.lang, "cleura-tag-copied", tag = tag.as_str()).into_owned());
                    ctx.out.push(Effect::CopyToClipboard(tag));
                }
            }
            (Act::Reload, _) => self.refresh(ctx),
            (Act::AskSignOut, Step::Regions(regions)) => regions.asking_sign_out = true,
            (Act::SignOut, Step::Regions(regions)) => {
                regions.asking_sign_out = false;
                self.sign_out(ctx);
            }
            (Act::Projects, _) => self.open_selected(ctx),
            _ => {}
        }
    }

    /// The projects of the selected row's region.
    fn open_selected(&mut self, ctx: &mut Ctx) {
        if let Step::Regions(regions) = &self.step
            && let Some((domain, region)) = regions.selected_row().map(Row::key)
        {
            self.load_projects(ctx, domain, region);
        }
    }

    /// A key for the focused field: the form's, the code's boxes or the filter.
    fn edit(&mut self, key: &KeyEvent, page: usize, ctx: &mut Ctx) {
        match &mut self.step {
            Step::SignIn => self.form.edit(key),
            Step::Code(code) => {
                if !code.field.handle_key(key) {
                    return;
                }
                self.submit_code_if_complete(ctx);
            }
            Step::Regions(regions) => {
                if !regions.filtering || !regions.filter.handle_key(key) {
                    return;
                }
                regions.recompute();
                regions.reveal(page);
            }
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
                } else if part == Part::Advanced {
                    self.form.toggle_advanced();
                }
            }
            // A click outside a list of projects closes it, as Esc does.
            (Step::Regions(regions), target)
                if regions.projects.is_some() && target != Some(Target::Projects) =>
            {
                regions.projects = None;
            }
            (Step::Regions(regions), _) if regions.projects.is_some() => {}
            // A click, as any way out of the question but y, stays signed in.
            (Step::Regions(regions), _) if regions.asking_sign_out => {
                regions.asking_sign_out = false
            }
            (Step::Regions(regions), Some(Target::Row(at))) => {
                if at == regions.selected {
                    self.open_selected(ctx);
                } else {
                    regions.selected = at;
                    regions.follow(page);
                }
            }
            (Step::Regions(regions), Some(Target::Header(column))) => {
                regions.sort_by(column);
                regions.reveal(page);
            }
            _ => {}
        }
    }

    pub(super) fn scroll(&mut self, scroll: Scroll, ctx: &mut Ctx) {
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
        // An answer submits the step again: its last problem goes.
        self.problem = None;
        match &mut self.step {
            Step::SignIn => {
                if !self.login_settled {
                    // An empty answer keeps the login shown as the default; any other is
                    // taken exactly, or refused with the rule under the field.
                    if !text.trim().is_empty() && self.form.login.answer(text.trim()).is_err() {
                        return;
                    }
                    if self.form.login_value().is_empty() {
                        self.form.login.problem =
                            Some(Problem::invalid(tr(self.lang, "cleura-login-missing")));
                    } else {
                        self.form.login.problem = None;
                        self.login_settled = true;
                    }
                } else {
                    // Sent exactly as given, or refused with the reason: never altered.
                    if self.form.password.answer(&text).is_err() {
                        self.form.password.clear();
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
                    code.field.problem = Some(Problem::invalid(tr!(
                        self.lang,
                        "cleura-code-is-digits",
                        length = CODE_LENGTH
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
            Step::SecondFactorUnusable { .. } => self.go(Step::SignIn),
            Step::Regions(regions) => {
                let text = text.trim();
                let lang = self.lang;
                let not_a_choice = || {
                    Some(Problem::invalid(tr!(
                        lang,
                        "cleura-not-a-choice",
                        answer = text
                    )))
                };
                if regions.asking_region {
                    if text.is_empty() {
                        regions.asking_region = false;
                    } else {
                        self.open_region(text, ctx);
                    }
                    return;
                }
                if regions.projects.is_some() {
                    match choice(text, &super::questions::projects_options(lang)) {
                        Some(0) => regions.projects = None,
                        Some(_) => {
                            regions.projects = None;
                            ctx.nav = Some(Nav::Home);
                        }
                        None => self.problem = not_a_choice(),
                    }
                    return;
                }
                let (verb, rest) = text.split_once(' ').unwrap_or((text, ""));
                // The options by their number or their words in the run's language; the
                // verbs, the same in every language, are a script's.
                match (choice(text, &super::questions::regions_options(lang)), verb) {
                    (_, "projects") if !rest.trim().is_empty() => self.open_region(rest, ctx),
                    (Some(0), _) | (_, "projects") => regions.asking_region = true,
                    (Some(1), _) | (_, "refresh") => self.refresh(ctx),
                    (Some(2), _) | (_, "sign-out" | "signout" | "logout") => self.sign_out(ctx),
                    (Some(_), _) | (_, "menu") => ctx.nav = Some(Nav::Home),
                    (None, _) => self.problem = not_a_choice(),
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
                regions.asking_region = false;
                self.load_projects(ctx, domain, region);
            }
            None => {
                regions.asking_region = true;
                self.problem = Some(Problem::invalid(tr!(
                    self.lang,
                    "cleura-no-such-region",
                    name
                )))
            }
        }
    }
}
