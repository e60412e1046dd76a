//! Step 1: the email address, where the activation link will be sent.

use ratatui::crossterm::event::MouseEventKind;

use super::form::email_problem;
use super::{Act, Button, Cozy, FieldId, Step, Target, address, on_field};
use crate::app::ask::{Ask, Problem};
use crate::app::{Ctx, Input, KeyHelp, Nav};

impl Cozy {
    pub(super) fn email_input(&mut self, input: Input, ctx: &mut Ctx) {
        match on_field(&mut self.form.email, input) {
            Act::Submit => self.email_submit(),
            Act::Back => ctx.nav = Some(Nav::Home),
            Act::Mouse(mouse)
                if matches!(mouse.kind, MouseEventKind::Down(_))
                    && crate::ui::cozy::target_at(self, ctx, &mouse)
                        == Some(Target::Button(Button::Next)) =>
            {
                self.email_submit()
            }
            _ => {}
        }
    }

    fn email_submit(&mut self) {
        match email_problem(self.form.email.value()) {
            Some(why) => self.refuse(Problem::invalid(why), Some(FieldId::Email)),
            None => self.go(Step::Address {
                focus: address::Focus::Slug,
            }),
        }
    }

    pub(super) fn email_keys(&self) -> Vec<KeyHelp> {
        vec![
            KeyHelp::new("Enter", "next"),
            KeyHelp::new("Esc", "back to the menu"),
        ]
    }

    pub(super) fn email_ask(&self) -> Ask {
        Ask::text("email", "Your email address", false)
            .with_context(vec![
                "Create your Cozy (step 1 of 8).".into(),
                "The activation link is sent to this address.".into(),
            ])
            .with_default(non_empty(self.form.email.value()))
    }
}

pub(super) fn non_empty(value: &str) -> Option<String> {
    (!value.is_empty()).then(|| value.to_string())
}
