//! Step 6: the instance is ready and an activation link went to the person's email. They
//! paste the link (or its bare token); in the sandbox, Ctrl-T takes it from the outbox.

use ratatui::crossterm::event::MouseEventKind;

use super::activation::{self, TOKEN_LEN};
use super::{Act, Button, Cozy, FieldId, PassFocus, Step, Target, ctrl, on_field};
use crate::app::ask::{Ask, Problem};
use crate::app::{Ctx, Input, KeyHelp, Nav};

impl Cozy {
    pub(super) fn check_email_input(&mut self, input: Input, ctx: &mut Ctx) {
        match on_field(&mut self.form.link, input) {
            Act::Submit => self.link_submit(),
            Act::Back => ctx.nav = Some(Nav::Home),
            Act::Key(key) if ctrl(&key, 't') => self.take_from_outbox(ctx),
            Act::Mouse(mouse) if matches!(mouse.kind, MouseEventKind::Down(_)) => {
                match crate::ui::cozy::target_at(self, ctx, &mouse) {
                    Some(Target::Button(Button::TakeFromOutbox)) => self.take_from_outbox(ctx),
                    Some(Target::Button(Button::Next)) => self.link_submit(),
                    _ => {}
                }
            }
            _ => {}
        }
    }

    fn take_from_outbox(&mut self, ctx: &mut Ctx) {
        if !self.sandbox {
            return self.refuse(
                Problem::invalid(
                    "There is no sandbox outbox here: open the activation email and paste its link.",
                ),
                Some(FieldId::Link),
            );
        }
        let email = self.email().to_string();
        match ctx.outbox.latest_link(Some(&email)) {
            Some(link) => {
                self.form.link.set_value(link);
                self.link_submit();
            }
            None => self.refuse(
                Problem::invalid(format!(
                    "No activation email to {email} is in the sandbox outbox yet (F2 shows it); \
                     try again in a moment."
                )),
                Some(FieldId::Link),
            ),
        }
    }

    fn link_submit(&mut self) {
        match activation::parse(
            self.form.link.value(),
            &self.fqdn(),
            &self.settings.instance_url,
        ) {
            Ok(parsed) => {
                self.activation = Some(parsed);
                self.go(Step::Passphrase {
                    focus: PassFocus::Passphrase,
                    working: None,
                });
            }
            Err(why) => self.refuse(Problem::invalid(why), Some(FieldId::Link)),
        }
    }

    pub(super) fn check_email_keys(&self) -> Vec<KeyHelp> {
        let mut keys = vec![KeyHelp::new("Enter", "next")];
        if self.sandbox {
            keys.push(KeyHelp::new(
                "Ctrl-T",
                "take the link from the sandbox outbox",
            ));
        }
        keys.push(KeyHelp::new("Esc", "to the menu (come back any time)"));
        keys
    }

    pub(super) fn check_email_ask(&self) -> Ask {
        Ask::text(
            "activation_link",
            "The activation link (or its token)",
            false,
        )
        .concealed_by(super::activation::conceal)
        .with_context(vec![
            format!("{} is ready (step 6 of 8).", self.fqdn()),
            format!(
                "An activation link was sent to {}: give that link, or its \
                     {TOKEN_LEN}-character token.",
                self.email()
            ),
        ])
    }
}
