//! Step 8: the Cozy is active. Its address, to open in the browser here or on a phone
//! through a QR code.

use std::borrow::Cow;

use super::qr::Qr;
use super::{Button, Cozy, Do, action_of};
use crate::app::ask::{Ask, AskKind};
use crate::app::{Command, Ctx, Effect, Input, Nav};
use crate::lang::{Lang, tr};
use crate::tr;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Done {
    pub address: String,
    pub qr: Option<Qr>,
    /// Not seen to succeed: an earlier passphrase whose answer was lost most likely took,
    /// since the instance now says its link is spent.
    pub probably: bool,
}

impl Done {
    pub fn new(address: String) -> Done {
        Done {
            qr: Qr::new(&address),
            address,
            probably: false,
        }
    }

    /// The passphrase sent earlier most likely took (see `probably`).
    pub fn probably(address: String) -> Done {
        Done {
            probably: true,
            ..Done::new(address)
        }
    }

    /// What to do next, in words, for the screen and `ask()`.
    pub fn sign_in(&self, lang: Lang) -> Cow<'static, str> {
        if self.probably {
            tr(lang, "cozy-done-sign-in-probably")
        } else {
            tr(lang, "cozy-done-sign-in")
        }
    }
}

impl Cozy {
    pub(super) fn done_input(&mut self, input: Input, ctx: &mut Ctx) {
        let super::Step::Done(done) = &self.step else {
            return;
        };
        let open = Command::OpenUrl(done.address.clone()).into();
        let copy = Effect::CopyToClipboard(done.address.clone());
        let action = match action_of(&input, &self.keymap()) {
            Some(Do::Press(button)) => Some(button),
            _ => None,
        };
        match action {
            Some(Button::Open) => ctx.out.push(open),
            Some(Button::Copy) => {
                ctx.out.push(copy);
                ctx.toast = Some(tr(self.lang, "cozy-address-copied").into_owned());
            }
            Some(Button::Back) => ctx.nav = Some(Nav::Home),
            _ => {}
        }
    }

    pub(super) fn done_ask(&self, done: &Done) -> Ask {
        Ask {
            key: "done",
            kind: AskKind::Done,
            prompt: tr(self.lang, "cozy-done-prompt").into_owned(),
            context: vec![
                tr!(
                    self.lang,
                    if done.probably {
                        "cozy-done-probably-active"
                    } else {
                        "cozy-done-ready"
                    },
                    address = &done.address
                )
                .into_owned(),
                done.sign_in(self.lang).into_owned(),
            ],
            default: None,
            problem: None,
            conceal: None,
        }
    }
}
