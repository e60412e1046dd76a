//! Step 1: the email address, where the activation link will be sent.

use super::{Act, Button, Cozy, FieldId, Step, Target, address, on_field};
use crate::app::ask::{Ask, Problem};
use crate::app::checks;
use crate::app::{Ctx, Input, Key, KeyHelp, Nav};

impl Cozy {
    pub(super) fn email_input(&mut self, input: Input, ctx: &mut Ctx) {
        match on_field(&mut self.form.email, input) {
            Act::Submit => self.email_submit(),
            Act::Refused(why) => self.refuse(Problem::invalid(why), Some(FieldId::Email)),
            Act::Back => ctx.nav = Some(Nav::Home),
            Act::Key(key) if self.token_missing && super::ctrl(&key, 'o') => {
                self.web_onboarding(ctx)
            }
            Act::Click(Some(Target::Button(Button::Next))) => self.email_submit(),
            _ => {}
        }
    }

    fn email_submit(&mut self) {
        match checks::email(self.form.email.value()) {
            Err(why) => self.refuse(Problem::invalid(why), Some(FieldId::Email)),
            Ok(_) => self.go(Step::Address {
                focus: address::Focus::Slug,
            }),
        }
    }

    pub(super) fn email_keys(&self) -> Vec<KeyHelp> {
        let mut keys = vec![KeyHelp::new(&[Key::Enter], "next")];
        if self.token_missing {
            keys.push(KeyHelp::new(
                &[Key::Ctrl('o')],
                "the web onboarding instead",
            ));
        }
        keys.push(KeyHelp::new(&[Key::Esc], "back to the menu"));
        keys
    }

    pub(super) fn email_ask(&self) -> Ask {
        let mut context = vec![
            "Create your Cozy (step 1 of 8).".into(),
            "The activation link is sent to this address.".into(),
        ];
        if self.token_missing {
            context.push(super::TOKEN_NEEDED.into());
        }
        Ask::text("email", "Your email address", false)
            .with_context(context)
            .with_default(non_empty(self.form.email.value()))
    }
}

pub(super) fn non_empty(value: &str) -> Option<String> {
    (!value.is_empty()).then(|| value.to_string())
}
