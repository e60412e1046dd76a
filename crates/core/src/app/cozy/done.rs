//! Step 8: the Cozy is active. Its address, to open in the browser here or on a phone
//! through a QR code.

use super::qr::Qr;
use super::{Button, Cozy, Do, action_of};
use crate::app::ask::{Ask, AskKind};
use crate::app::{Command, Ctx, Input, Nav};

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
    pub fn sign_in(&self) -> &'static str {
        if self.probably {
            "Your earlier passphrase most likely reached it, though its answer was lost: the \
             activation link is now spent. Sign in there with the passphrase you chose then; if \
             it refuses it, use “Forgot your password?” on its sign-in page."
        } else {
            "Sign in there with the passphrase you just chose."
        }
    }
}

impl Cozy {
    pub(super) fn done_input(&mut self, input: Input, ctx: &mut Ctx) {
        let super::Step::Done(done) = &self.step else {
            return;
        };
        let open = Command::OpenUrl(done.address.clone());
        let copy = Command::CopyToClipboard(done.address.clone());
        let action = match action_of(&input, &self.keymap()) {
            Some(Do::Press(button)) => Some(button),
            _ => None,
        };
        match action {
            Some(Button::Open) => ctx.out.push(open),
            Some(Button::Copy) => {
                ctx.out.push(copy);
                ctx.toast = Some("Address sent to the terminal's clipboard.".into());
            }
            Some(Button::Back) => ctx.nav = Some(Nav::Home),
            _ => {}
        }
    }

    pub(super) fn done_ask(&self, done: &Done) -> Ask {
        Ask {
            key: "done",
            kind: AskKind::Done,
            prompt: "Your Cozy is ready".into(),
            context: vec![
                if done.probably {
                    format!("Your Cozy is most likely active: {}", done.address)
                } else {
                    format!("Your Cozy is ready: {}", done.address)
                },
                done.sign_in().into(),
            ],
            default: None,
            problem: None,
            conceal: None,
        }
    }
}
