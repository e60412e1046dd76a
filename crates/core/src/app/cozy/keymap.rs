//! The Cozy flow's key maps: each step's bindings, declared once. Dispatch and the key bar
//! both read them (`Cozy::keymap`), and a click on a button is the same action as its key.

use super::confirm::Edit;
use super::ring::Slot;
use super::{Button, Cozy, Step, address};
use crate::app::{Key, Keymap};

/// What a key or a click asks of a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Do {
    /// Enter in a field: check it and move on.
    Enter,
    Press(Button),
    /// One place on round the focus ring (`true`), or back.
    Tab(bool),
    /// To the next domain (`true`) or the previous one.
    Domain(bool),
    Reveal,
    WebOnboarding,
    /// Open the page the activation link leads to, in a browser.
    OpenInBrowser,
    Edit(Edit),
    /// Stop following the activation link.
    Stop,
    /// The terms, by lines (`isize::MIN`/`MAX`: to the top/bottom) or by pages.
    Scroll(isize),
    Page(isize),
    Accept,
    OpenTerms,
}

impl Cozy {
    pub(super) fn keymap(&self) -> Keymap<Do> {
        // Enter first, the step's own keys next, moving round the ring last: a short key
        // bar drops it first (the help lists everything).
        match self.slot() {
            Some(Slot::Button(_)) => {
                let map = match self.focused() {
                    Some((button, words)) => {
                        Keymap::new().bind(&[Key::Enter], words, Do::Press(button))
                    }
                    None => Keymap::new(),
                };
                let map = self.step_keys(map);
                if self.ring_len() > 1 {
                    map.bind(&[Key::Tab, Key::Right], "move", Do::Tab(true))
                        .and(&[Key::BackTab, Key::Left], Do::Tab(false))
                } else {
                    map
                }
            }
            Some(Slot::Field(_)) => self
                .step_keys(self.field_keys(Keymap::new()))
                .bind(&[Key::Down, Key::Tab], "move", Do::Tab(true))
                .and(&[Key::Up, Key::BackTab], Do::Tab(false)),
            None => self.step_keys(Keymap::new()),
        }
    }

    /// Enter on a focused field, and the domain's own keys.
    fn field_keys(&self, map: Keymap<Do>) -> Keymap<Do> {
        let enter = match self.step {
            Step::Passphrase { .. } => "next field, then set the passphrase",
            _ => "next",
        };
        let map = map.bind(&[Key::Enter], enter, Do::Enter);
        match self.step {
            Step::Address {
                focus: address::Focus::Domain,
            } => map
                .bind(&[Key::Left], "change the domain", Do::Domain(false))
                .and(&[Key::Right, Key::Space], Do::Domain(true)),
            _ => map,
        }
    }

    fn terms_keys(&self, map: Keymap<Do>) -> Keymap<Do> {
        map.bind(&[Key::Space], "tick/untick “I accept”", Do::Accept)
            .bind(&[Key::Up], "scroll (or the mouse wheel)", Do::Scroll(-1))
            .and(&[Key::Down], Do::Scroll(1))
            .and(&[Key::PageUp], Do::Page(-1))
            .and(&[Key::PageDown], Do::Page(1))
            .and(&[Key::Home], Do::Scroll(isize::MIN))
            .and(&[Key::End], Do::Scroll(isize::MAX))
            .bind(
                &[Key::Char('o')],
                "open the full terms in the browser",
                Do::OpenTerms,
            )
    }

    /// What a step binds wherever its focus is: letters, Ctrl keys, Esc.
    fn step_keys(&self, map: Keymap<Do>) -> Keymap<Do> {
        const BACK: &[Key] = &[Key::Esc];
        const TO_CONFIRM: &str = "back to the summary";
        if self.changing && matches!(self.step, Step::Email | Step::Address { .. } | Step::Terms) {
            // Changing one detail: Esc goes back to the summary, whatever the step.
            let map = match self.step {
                Step::Terms => self.terms_keys(map),
                _ => map,
            };
            return map.bind(BACK, TO_CONFIRM, Do::Press(Button::Back));
        }
        if self.web.is_some() {
            return map
                .bind(
                    &[Key::Char('o')],
                    "open in the browser",
                    Do::Press(Button::Open),
                )
                .bind(&[Key::Char('c')], "copy the link", Do::Press(Button::Copy))
                .bind(BACK, "back", Do::Press(Button::Back));
        }
        match &self.step {
            Step::Email => map
                .bind_if(
                    self.token_missing,
                    &[Key::Ctrl('o')],
                    "the web onboarding instead",
                    Do::WebOnboarding,
                )
                .bind(BACK, "back to the menu", Do::Press(Button::Back)),
            Step::Address { .. } => map.bind(BACK, "back", Do::Press(Button::Back)),
            Step::Terms => map
                .bind(&[Key::Space], "tick/untick “I accept”", Do::Accept)
                .bind(&[Key::Up], "scroll (or the mouse wheel)", Do::Scroll(-1))
                .and(&[Key::Down], Do::Scroll(1))
                .and(&[Key::PageUp], Do::Page(-1))
                .and(&[Key::PageDown], Do::Page(1))
                .and(&[Key::Home], Do::Scroll(isize::MIN))
                .and(&[Key::End], Do::Scroll(isize::MAX))
                .bind(
                    &[Key::Char('o')],
                    "open the full terms in the browser",
                    Do::OpenTerms,
                )
                .bind(BACK, "back", Do::Press(Button::Back)),
            Step::Confirm { sending: true } => map,
            Step::Confirm { sending: false } => map
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
                .bind(&[Key::Char('r')], "try again", Do::Press(Button::Retry))
                .bind(
                    &[Key::Esc, Key::Char('b')],
                    "back to the details",
                    Do::Press(Button::Back),
                ),
            Step::CheckEmail if self.following_link => map.bind(BACK, "stop", Do::Stop),
            Step::CheckEmail => map
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
                working: Some(_), ..
            } => map,
            Step::Passphrase { working: None, .. } => map
                .bind(&[Key::Ctrl('r')], "show/hide the passphrase", Do::Reveal)
                .bind(BACK, "back", Do::Press(Button::Back)),
            Step::Done(_) => map
                .bind(
                    &[Key::Char('o')],
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
