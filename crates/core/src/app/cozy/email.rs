//! Step 1: the email address, where the activation link will be sent.

use super::{Act, Button, Cozy, Do, FieldId, Step, address, on_field};
use crate::app::ask::Ask;
use crate::app::checks;
use crate::app::problem::Problem;
use crate::app::{Ctx, Input, Nav};
use crate::lang::tr;

impl Cozy {
    pub(super) fn email_input(&mut self, input: Input, ctx: &mut Ctx) {
        let keys = self.keymap();
        match on_field(&mut self.form.email, input, &keys) {
            Act::Do(Do::Enter | Do::Press(Button::Next)) => self.email_submit(),
            Act::Do(Do::Press(Button::Back)) if self.changing => {
                self.go(Step::Confirm { sending: false })
            }
            Act::Do(Do::Press(Button::Back)) => ctx.nav = Some(Nav::Home),
            Act::Do(Do::WebOnboarding) => self.web_onboarding(ctx),
            _ => {}
        }
    }

    fn email_submit(&mut self) {
        match checks::valid_email(self.form.email.value()) {
            Err(why) => self.refuse(Problem::invalid(why.said(self.lang)), Some(FieldId::Email)),
            Ok(_) => self.on_to(Step::Address {
                focus: address::Focus::Slug,
            }),
        }
    }

    pub(super) fn email_ask(&self) -> Ask {
        let words = |id| tr(self.lang, id).into_owned();
        let mut context = vec![
            words("cozy-email-context-step"),
            words("cozy-email-context-link"),
        ];
        if self.token_missing {
            context.push(words("cozy-token-needed"));
        }
        Ask::text("email", words("cozy-email-prompt"), false)
            .with_context(context)
            .with_default(non_empty(self.form.email.value()))
    }
}

pub(super) fn non_empty(value: &str) -> Option<String> {
    (!value.is_empty()).then(|| value.to_string())
}
