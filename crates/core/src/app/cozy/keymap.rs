//! The Cozy flow's key maps: each step's bindings, declared once. Dispatch and the key bar
//! both read them (`Cozy::keymap`), and a click on a button is the same action as its key.

use super::confirm::Edit;
use super::{Button, Cozy, Step, address, passphrase::Working};
use crate::app::{Key, Keymap};

/// What a key or a click asks of a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Do {
    /// Enter in a field: check it and move on.
    Enter,
    Press(Button),
    /// To the next field (`true`) or the previous one.
    Field(bool),
    /// To the next domain (`true`) or the previous one.
    Domain(bool),
    Reveal,
    WebOnboarding,
    /// Open the page the activation link leads to, in a browser.
    OpenInBrowser,
    Edit(Edit),
    /// Stop following the activation link.
    Stop,
}

const BACK: &[Key] = &[Key::Esc];

impl Cozy {
    pub(super) fn keymap(&self) -> Keymap<Do> {
        let map = Keymap::new();
        if self.web.is_some() {
            return map
                .bind(
                    &[Key::Char('o'), Key::Enter],
                    "open in the browser",
                    Do::Press(Button::Open),
                )
                .bind(&[Key::Char('c')], "copy the link", Do::Press(Button::Copy))
                .bind(BACK, "back", Do::Press(Button::Back));
        }
        match &self.step {
            Step::Email => map
                .bind(&[Key::Enter], "next", Do::Enter)
                .bind_if(
                    self.token_missing,
                    &[Key::Ctrl('o')],
                    "the web onboarding instead",
                    Do::WebOnboarding,
                )
                .bind(BACK, "back to the menu", Do::Press(Button::Back)),
            Step::Address { focus } => {
                let map = map.bind(&[Key::Enter], "next", Do::Enter);
                let map = match focus {
                    address::Focus::Slug => map.bind_if(
                        self.settings.domains.len() > 1,
                        &[Key::Tab, Key::BackTab, Key::Up, Key::Down],
                        "to the domain",
                        Do::Field(true),
                    ),
                    address::Focus::Domain => map
                        .bind(&[Key::Left], "change the domain", Do::Domain(false))
                        .and(&[Key::Right, Key::Space], Do::Domain(true))
                        .bind(
                            &[Key::Tab, Key::BackTab, Key::Up, Key::Down],
                            "to the address",
                            Do::Field(true),
                        ),
                };
                map.bind(BACK, "back", Do::Press(Button::Back))
            }
            // The terms scroll as well: their own map (`terms.rs`).
            Step::Terms => Keymap::new(),
            Step::Confirm { sending: true } => map,
            Step::Confirm { sending: false } => map
                .bind(&[Key::Enter], "create my Cozy", Do::Press(Button::Next))
                .bind(
                    &[Key::Char('e')],
                    "edit the email, address, terms",
                    Do::Edit(Edit::Email),
                )
                .and(&[Key::Char('a')], Do::Edit(Edit::Address))
                .and(&[Key::Char('t')], Do::Edit(Edit::Terms))
                .bind(BACK, "back", Do::Press(Button::Back)),
            Step::Creating(_) => map.bind(
                BACK,
                "to the menu (the creation goes on)",
                Do::Press(Button::Back),
            ),
            Step::Stopped(_) => map
                .bind(
                    &[Key::Enter, Key::Char('r')],
                    "try again",
                    Do::Press(Button::Retry),
                )
                .bind(
                    &[Key::Esc, Key::Char('b')],
                    "back to the details",
                    Do::Press(Button::Back),
                ),
            Step::CheckEmail if self.following_link => map.bind(BACK, "stop", Do::Stop),
            Step::CheckEmail => map
                .bind(&[Key::Enter], "next", Do::Enter)
                .bind_if(
                    self.browser_link.is_some(),
                    &[Key::Ctrl('o')],
                    "open it in the browser",
                    Do::OpenInBrowser,
                )
                .bind_if(
                    self.sandbox,
                    &[Key::Ctrl('t')],
                    "take the link from the sandbox outbox",
                    Do::Press(Button::TakeFromOutbox),
                )
                .bind(
                    BACK,
                    "to the menu (come back any time)",
                    Do::Press(Button::Back),
                ),
            Step::Passphrase {
                working: Some(Working::Hashing | Working::Registering),
                ..
            } => map,
            Step::Passphrase { working: None, .. } => map
                .bind(
                    &[Key::Enter],
                    "next field, then set the passphrase",
                    Do::Enter,
                )
                .bind(
                    &[Key::Up, Key::BackTab],
                    "move between fields",
                    Do::Field(false),
                )
                .and(&[Key::Down, Key::Tab], Do::Field(true))
                .bind(&[Key::Ctrl('r')], "show/hide the passphrase", Do::Reveal)
                .bind(BACK, "back", Do::Press(Button::Back)),
            Step::Done(_) => map
                .bind(
                    &[Key::Char('o'), Key::Enter],
                    "open it in the browser",
                    Do::Press(Button::Open),
                )
                .bind(
                    &[Key::Char('c')],
                    "copy the address",
                    Do::Press(Button::Copy),
                )
                .bind(BACK, "to the menu", Do::Press(Button::Back)),
        }
    }
}
