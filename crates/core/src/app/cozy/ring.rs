//! The focus ring of a step: its fields, then its buttons. Tab goes round it; Enter on a
//! button presses that button, so the one a person moved to is the one that acts.

use std::borrow::Cow;

use super::address::Focus;
use super::{Button, Cozy, PassFocus, Step, passphrase::Working};
use crate::lang::tr;

/// A place in the ring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// The step's field at this index (in the order the screen shows them).
    Field(usize),
    Button(Button),
}

impl Cozy {
    /// The buttons of the step in front, in the order the screen shows them, each with the
    /// message saying what it does in the key bar.
    pub fn buttons(&self) -> &'static [(Button, &'static str)] {
        if self.web.is_some() {
            return &[
                (Button::Open, "cozy-key-open-browser"),
                (Button::Copy, "cozy-key-copy-link"),
                (Button::Back, "cozy-key-back"),
            ];
        }
        match &self.step {
            Step::Email => &[(Button::Next, "cozy-key-next")],
            Step::Address { .. } | Step::Terms => &[
                (Button::Next, "cozy-key-next"),
                (Button::Back, "cozy-key-back"),
            ],
            Step::Confirm { sending: false } => &[
                (Button::Next, "cozy-key-create"),
                (Button::Back, "cozy-key-back"),
            ],
            Step::Creating(_) => &[(Button::Back, "cozy-key-to-menu-creation-goes-on")],
            Step::Stopped(_) => &[
                (Button::Retry, "cozy-key-try-again"),
                (Button::Back, "cozy-key-back-to-details"),
            ],
            Step::CheckEmail if self.following_link => &[],
            Step::CheckEmail if self.sandbox => &[
                (Button::Next, "cozy-key-next"),
                (Button::TakeFromOutbox, "cozy-key-take-from-outbox"),
            ],
            Step::CheckEmail => &[(Button::Next, "cozy-key-next")],
            Step::Passphrase { working: None, .. } => &[
                (Button::Next, "cozy-key-set-passphrase"),
                (Button::Back, "cozy-key-back"),
            ],
            Step::Done(_) => &[
                (Button::Open, "cozy-key-open-it"),
                (Button::Copy, "cozy-key-copy-address"),
                (Button::Back, "cozy-key-to-menu"),
            ],
            Step::Confirm { sending: true }
            | Step::Passphrase {
                working: Some(Working::Hashing | Working::Registering),
                ..
            } => &[],
        }
    }

    /// How many fields the step in front has for typing or choosing.
    pub(super) fn fields(&self) -> usize {
        if self.web.is_some() {
            return 0;
        }
        match &self.step {
            Step::Email => 1,
            Step::Address { .. } => {
                if self.settings.domains.len() > 1 {
                    2
                } else {
                    1
                }
            }
            Step::CheckEmail if !self.following_link => 1,
            Step::Passphrase { working: None, .. } => 3,
            _ => 0,
        }
    }

    pub(super) fn ring_len(&self) -> usize {
        self.ring().len()
    }

    fn ring(&self) -> Vec<Slot> {
        (0..self.fields())
            .map(Slot::Field)
            .chain(
                self.buttons()
                    .iter()
                    .map(|(button, _)| Slot::Button(*button)),
            )
            .collect()
    }

    /// Where the focus is. A step without fields has it on a button, the first unless the
    /// person moved.
    pub fn slot(&self) -> Option<Slot> {
        let on_button = self
            .focused_button
            .filter(|b| self.buttons().iter().any(|(button, _)| button == b));
        if let Some(button) = on_button {
            return Some(Slot::Button(button));
        }
        if self.fields() == 0 {
            return self
                .buttons()
                .first()
                .map(|(button, _)| Slot::Button(*button));
        }
        Some(Slot::Field(match self.step {
            Step::Address {
                focus: Focus::Domain,
            } => 1,
            Step::Passphrase { focus, .. } => match focus {
                PassFocus::Passphrase => 0,
                PassFocus::Again => 1,
                PassFocus::Hint => 2,
            },
            _ => 0,
        }))
    }

    /// The button the focus is on, if it is on one, and what it does in words.
    pub fn focused(&self) -> Option<(Button, Cow<'static, str>)> {
        match self.slot()? {
            Slot::Button(button) => self
                .buttons()
                .iter()
                .find(|(b, _)| *b == button)
                .map(|(button, id)| (*button, tr(self.lang, id))),
            Slot::Field(_) => None,
        }
    }

    /// One place on round the ring, forward or back.
    pub(super) fn tab(&mut self, forward: bool) {
        let ring = self.ring();
        let Some(at) = self
            .slot()
            .and_then(|slot| ring.iter().position(|s| *s == slot))
        else {
            return;
        };
        let next = if forward {
            (at + 1) % ring.len()
        } else {
            (at + ring.len() - 1) % ring.len()
        };
        self.set_slot(ring[next]);
    }

    fn set_slot(&mut self, slot: Slot) {
        match slot {
            Slot::Button(button) => self.focused_button = Some(button),
            Slot::Field(index) => {
                self.focused_button = None;
                match &mut self.step {
                    Step::Address { focus } => {
                        *focus = if index == 1 {
                            Focus::Domain
                        } else {
                            Focus::Slug
                        }
                    }
                    Step::Passphrase { focus, .. } => {
                        *focus = match index {
                            0 => PassFocus::Passphrase,
                            1 => PassFocus::Again,
                            _ => PassFocus::Hint,
                        }
                    }
                    _ => {}
                }
            }
        }
    }
}
