//! Step 3: the terms — a plain summary to scroll through, the full terms a key away, and
//! "I accept" to tick before going on. The version accepted is sent with the creation.

use ratatui::crossterm::event::KeyCode;

use super::{Button, Cozy, Step, Target, address, target_of};
use crate::app::ask::{Ask, AskKind, Problem, yes_no};
use crate::app::{Command, Ctx, Input, Key, KeyHelp, Scroll};

/// The summary the screen shows (see the file: the link is authoritative).
pub const TERMS: &str = include_str!("../../../../../assets/cozy-terms.txt");

const NOT_ACCEPTED: &str = "Tick “I accept” (Space) to go on: a Cozy cannot be created without \
     accepting the terms.";

impl Cozy {
    pub(super) fn terms_input(&mut self, input: Input, ctx: &mut Ctx) {
        let max = ctx.viewport.terms_max;
        let page = ctx.viewport.terms_rows.max(1);
        let scroll = &mut self.form.terms_scroll;
        match input {
            Input::Key(key) => match key.code {
                KeyCode::Up | KeyCode::Char('k') => *scroll = scroll.saturating_sub(1),
                KeyCode::Down | KeyCode::Char('j') => *scroll = (*scroll + 1).min(max),
                KeyCode::PageUp => *scroll = scroll.saturating_sub(page),
                KeyCode::PageDown => *scroll = (*scroll + page).min(max),
                KeyCode::Home | KeyCode::Char('g') => *scroll = 0,
                KeyCode::End | KeyCode::Char('G') => *scroll = max,
                KeyCode::Char(' ') | KeyCode::Char('x') => self.toggle_accept(),
                KeyCode::Char('o') => ctx
                    .out
                    .push(Command::OpenUrl(self.settings.terms_url.clone())),
                KeyCode::Enter => self.terms_submit(),
                KeyCode::Esc => self.go(Step::Address {
                    focus: address::Focus::Slug,
                }),
                _ => {}
            },
            Input::Scroll(Scroll::Up) => *scroll = scroll.saturating_sub(3),
            Input::Scroll(Scroll::Down) => *scroll = (*scroll + 3).min(max),
            Input::Click(hit) => match target_of(hit) {
                Some(Target::Accept) => self.toggle_accept(),
                Some(Target::TermsLink) => ctx
                    .out
                    .push(Command::OpenUrl(self.settings.terms_url.clone())),
                Some(Target::Button(Button::Next)) => self.terms_submit(),
                Some(Target::Button(Button::Back)) => self.go(Step::Address {
                    focus: address::Focus::Slug,
                }),
                _ => {}
            },
            Input::Answer(text) => match yes_no(&text) {
                Some(true) => {
                    self.form.accepted = true;
                    self.terms_submit();
                }
                Some(false) => {
                    self.form.accepted = false;
                    self.refuse(
                        Problem::invalid("A Cozy cannot be created without accepting the terms."),
                        None,
                    );
                }
                None => self.refuse(Problem::invalid("Answer y (I accept) or n."), None),
            },
            Input::Viewport => *scroll = (*scroll).min(max),
            Input::Paste(_) | Input::Tick => {}
        }
    }

    fn toggle_accept(&mut self) {
        self.form.accepted = !self.form.accepted;
        if self.form.accepted {
            self.problem = None;
        }
    }

    fn terms_submit(&mut self) {
        if self.form.accepted {
            self.go(Step::Confirm { sending: false });
        } else {
            self.terms_refused();
        }
    }

    pub(super) fn terms_refused(&mut self) {
        self.refuse(Problem::invalid(NOT_ACCEPTED), None);
    }

    pub(super) fn terms_keys(&self) -> Vec<KeyHelp> {
        vec![
            KeyHelp::new(&[Key::Space], "tick/untick “I accept”"),
            KeyHelp::new(&[Key::Enter], "next"),
            KeyHelp::new(
                &[
                    Key::Up,
                    Key::Down,
                    Key::PageUp,
                    Key::PageDown,
                    Key::Home,
                    Key::End,
                ],
                "scroll (or the mouse wheel)",
            ),
            KeyHelp::new(&[Key::Char('o')], "open the full terms in the browser"),
            KeyHelp::new(&[Key::Esc], "back"),
        ]
    }

    pub(super) fn terms_ask(&self) -> Ask {
        if self.form.accepted {
            // Accepted once in this run (the same version): not read out again after a
            // change of address.
            return Ask {
                key: "accept_terms",
                kind: AskKind::YesNo,
                prompt: "Do you still accept Cozy Cloud's terms of service and privacy policy?"
                    .into(),
                context: vec![format!(
                    "You accepted the terms (version {}) earlier: {}",
                    self.settings.terms_version, self.settings.terms_url
                )],
                default: Some("y".into()),
                problem: None,
                conceal: None,
            };
        }
        let mut context = vec!["The terms (step 3 of 8):".to_string()];
        context.extend(TERMS.lines().map(str::to_string));
        context.push(format!(
            "The full terms (version {}): {}",
            self.settings.terms_version, self.settings.terms_url
        ));
        Ask {
            key: "accept_terms",
            kind: AskKind::YesNo,
            prompt: "Do you accept Cozy Cloud's terms of service and privacy policy?".into(),
            context,
            default: None,
            problem: None,
            conceal: None,
        }
    }
}
