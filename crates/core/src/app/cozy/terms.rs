//! Step 3: the terms — a plain summary to scroll through, the full terms a key away, and
//! "I accept" to tick before going on. The version accepted is sent with the creation.

use std::borrow::Cow;

use super::{Button, Cozy, Do, Step, Target, address, target_of};
use crate::app::ask::{Ask, AskKind, yes_no};
use crate::app::problem::Problem;
use crate::app::{Command, Ctx, Input, Scroll};
use crate::lang::{Lang, tr};
use crate::tr;

/// The summary the screen shows, in `lang` (it says so itself: the link is authoritative).
pub fn terms_summary(lang: Lang) -> Cow<'static, str> {
    tr(lang, "cozy-terms-summary")
}

impl Cozy {
    pub(super) fn terms_input(&mut self, input: Input, ctx: &mut Ctx) {
        let max = ctx.viewport.terms_max;
        let action = match input {
            Input::Key(key) => self.keymap().action(&key),
            Input::Scroll(Scroll::Up) => Some(Do::Scroll(-3)),
            Input::Scroll(Scroll::Down) => Some(Do::Scroll(3)),
            Input::Click(hit) => match target_of(hit) {
                Some(Target::Accept) => Some(Do::Accept),
                Some(Target::TermsLink) => Some(Do::OpenTerms),
                Some(Target::Button(button)) => Some(Do::Press(button)),
                _ => None,
            },
            Input::Answer(text) => {
                match yes_no(&text) {
                    Some(true) => {
                        self.form.accepted = true;
                        self.terms_submit();
                    }
                    Some(false) => {
                        self.form.accepted = false;
                        self.refuse(Problem::invalid(tr(self.lang, "cozy-terms-refused")), None);
                    }
                    None => self.refuse(
                        Problem::invalid(tr(self.lang, "cozy-terms-answer-yes-no")),
                        None,
                    ),
                }
                None
            }
            Input::Viewport => Some(Do::Scroll(0)),
            Input::Paste(_) | Input::Tick => None,
        };
        let page = isize::try_from(ctx.viewport.terms_rows.max(1)).unwrap_or(isize::MAX);
        let scroll = &mut self.form.terms_scroll;
        match action {
            Some(Do::Scroll(lines)) => *scroll = scroll.saturating_add_signed(lines).min(max),
            Some(Do::Page(pages)) => *scroll = scroll.saturating_add_signed(pages * page).min(max),
            Some(Do::Accept) => self.toggle_accept(),
            Some(Do::OpenTerms) => ctx.out.push(Command::OpenUrl(self.terms_url()).into()),
            Some(Do::Press(Button::Next)) => self.terms_submit(),
            Some(Do::Press(Button::Back)) => self.back_to(Step::Address {
                focus: address::Focus::Slug,
            }),
            _ => {}
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
        self.refuse(
            Problem::invalid(tr(self.lang, "cozy-terms-not-accepted")),
            None,
        );
    }

    pub(super) fn terms_ask(&self) -> Ask {
        if self.form.accepted {
            // Accepted once in this run (the same version): not read out again after a
            // change of address.
            return Ask {
                key: "accept_terms",
                kind: AskKind::YesNo,
                prompt: tr(self.lang, "cozy-terms-still-accept").into_owned(),
                context: vec![
                    tr!(
                        self.lang,
                        "cozy-terms-accepted-earlier",
                        version = &self.settings.terms_version,
                        url = self.terms_url()
                    )
                    .into_owned(),
                ],
                default: Some("y".into()),
                problem: None,
                conceal: None,
            };
        }
        let mut context = vec![tr(self.lang, "cozy-terms-context-step").into_owned()];
        context.extend(terms_summary(self.lang).lines().map(str::to_string));
        context.push(
            tr!(
                self.lang,
                "cozy-terms-full",
                version = &self.settings.terms_version,
                url = self.terms_url()
            )
            .into_owned(),
        );
        Ask {
            key: "accept_terms",
            kind: AskKind::YesNo,
            prompt: tr(self.lang, "cozy-terms-accept-question").into_owned(),
            context,
            default: None,
            problem: None,
            conceal: None,
        }
    }
}
