//! Step 8: the Cozy is active. Its address, to open in the browser here or on a phone
//! through a QR code.

use ratatui::crossterm::event::{KeyCode, MouseEventKind};

use super::qr::Qr;
use super::{Button, Cozy, Target, press};
use crate::app::ask::{Ask, AskKind};
use crate::app::{Command, Ctx, Input, KeyHelp, Nav};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Done {
    pub address: String,
    pub qr: Option<Qr>,
}

impl Done {
    pub fn new(address: String) -> Done {
        Done {
            qr: Qr::new(&address),
            address,
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
        let action = match input {
            Input::Key(key) if press(&key, KeyCode::Char('o')) || press(&key, KeyCode::Enter) => {
                Some(Button::Open)
            }
            Input::Key(key) if press(&key, KeyCode::Char('c')) => Some(Button::Copy),
            Input::Key(key) if press(&key, KeyCode::Esc) => Some(Button::Back),
            Input::Mouse(mouse) if matches!(mouse.kind, MouseEventKind::Down(_)) => {
                match crate::ui::cozy::target_at(self, ctx, &mouse) {
                    Some(Target::Button(button)) => Some(button),
                    _ => None,
                }
            }
            _ => None,
        };
        match action {
            Some(Button::Open) => ctx.out.push(open),
            Some(Button::Copy) => {
                ctx.out.push(copy);
                ctx.toast = Some("Address copied.".into());
            }
            Some(Button::Back) => ctx.nav = Some(Nav::Home),
            _ => {}
        }
    }

    pub(super) fn done_keys(&self) -> Vec<KeyHelp> {
        vec![
            KeyHelp::new("o Enter", "open it in the browser"),
            KeyHelp::new("c", "copy the address"),
            KeyHelp::new("Esc", "to the menu"),
        ]
    }

    pub(super) fn done_ask(&self, done: &Done) -> Ask {
        Ask {
            key: "done",
            kind: AskKind::Done,
            prompt: "Your Cozy is ready".into(),
            context: vec![
                format!("Your Cozy is ready: {}", done.address),
                "Sign in there with your passphrase.".into(),
            ],
            default: None,
            problem: None,
            conceal: None,
        }
    }
}
