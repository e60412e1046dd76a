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
                        Keymap::new(self.lang).bind_words(&[Key::Enter], words, Do::Press(button))
                    }
                    None => Keymap::new(self.lang),
                };
                let map = self.step_keys(map);
                if self.ring_len() > 1 {
                    map.bind(&[Key::Tab, Key::Right], "cozy-key-move", Do::Tab(true))
                        .and(&[Key::BackTab, Key::Left], Do::Tab(false))
                } else {
                    map
                }
            }
            Some(Slot::Field(_)) => self
                .step_keys(self.field_keys(Keymap::new(self.lang)))
                .bind(&[Key::Down, Key::Tab], "cozy-key-move", Do::Tab(true))
                .and(&[Key::Up, Key::BackTab], Do::Tab(false)),
            None => self.step_keys(Keymap::new(self.lang)),
        }
    }

    /// Enter on a focused field, and the domain's own keys.
    fn field_keys(&self, map: Keymap<Do>) -> Keymap<Do> {
        let enter = match self.step {
            Step::Passphrase { .. } => "cozy-key-next-passphrase",
            _ => "cozy-key-next",
        };
        let map = map.bind(&[Key::Enter], enter, Do::Enter);
        match self.step {
            Step::Address {
                focus: address::Focus::Domain,
            } => map
                .bind(&[Key::Left], "cozy-key-domain", Do::Domain(false))
                .and(&[Key::Right, Key::Space], Do::Domain(true)),
            _ => map,
        }
    }

    fn terms_keys(&self, map: Keymap<Do>) -> Keymap<Do> {
        map.bind(&[Key::Space], "cozy-key-accept", Do::Accept)
            .bind(&[Key::Up], "cozy-key-scroll", Do::Scroll(-1))
            .and(&[Key::Down], Do::Scroll(1))
            .and(&[Key::PageUp], Do::Page(-1))
            .and(&[Key::PageDown], Do::Page(1))
            .and(&[Key::Home], Do::Scroll(isize::MIN))
            .and(&[Key::End], Do::Scroll(isize::MAX))
            .bind(&[Key::Char('o')], "cozy-key-open-terms", Do::OpenTerms)
    }

    /// What a step binds wherever its focus is: letters, Ctrl keys, Esc.
    fn step_keys(&self, map: Keymap<Do>) -> Keymap<Do> {
        const BACK: &[Key] = &[Key::Esc];
        let to_confirm = "cozy-key-to-summary";
        if self.changing && matches!(self.step, Step::Email | Step::Address { .. } | Step::Terms) {
            // Changing one detail: Esc goes back to the summary, whatever the step.
            let map = match self.step {
                Step::Terms => self.terms_keys(map),
                _ => map,
            };
            return map.bind(BACK, to_confirm, Do::Press(Button::Back));
        }
        if self.web.is_some() {
            return map
                .bind(
                    &[Key::Char('o')],
                    "cozy-key-open-browser",
                    Do::Press(Button::Open),
                )
                .bind(
                    &[Key::Char('c')],
                    "cozy-key-copy-link",
                    Do::Press(Button::Copy),
                )
                .bind(BACK, "cozy-key-back", Do::Press(Button::Back));
        }
        match &self.step {
            Step::Email => map
                .bind_if(
                    self.token_missing,
                    &[Key::Ctrl('o')],
                    "cozy-key-web-onboarding",
                    Do::WebOnboarding,
                )
                .bind(BACK, "cozy-key-back-to-menu", Do::Press(Button::Back)),
            Step::Address { .. } => map.bind(BACK, "cozy-key-back", Do::Press(Button::Back)),
            Step::Terms => {
                self.terms_keys(map)
                    .bind(BACK, "cozy-key-back", Do::Press(Button::Back))
            }
            Step::Confirm { sending: true } => map,
            Step::Confirm { sending: false } => map
                .bind(&[Key::Char('e')], "cozy-key-edit", Do::Edit(Edit::Email))
                .and(&[Key::Char('a')], Do::Edit(Edit::Address))
                .and(&[Key::Char('t')], Do::Edit(Edit::Terms))
                .bind(BACK, "cozy-key-back", Do::Press(Button::Back)),
            Step::Creating(_) => map.bind(
                BACK,
                "cozy-key-to-menu-creation-goes-on",
                Do::Press(Button::Back),
            ),
            Step::Stopped(_) => map
                .bind(
                    &[Key::Char('r')],
                    "cozy-key-try-again",
                    Do::Press(Button::Retry),
                )
                .bind(
                    &[Key::Esc, Key::Char('b')],
                    "cozy-key-back-to-details",
                    Do::Press(Button::Back),
                ),
            Step::CheckEmail if self.following_link => map.bind(BACK, "cozy-key-stop", Do::Stop),
            Step::CheckEmail => map
                .bind_if(
                    self.browser_link.is_some(),
                    &[Key::Ctrl('o')],
                    "cozy-key-open-it",
                    Do::OpenInBrowser,
                )
                .bind_if(
                    self.sandbox,
                    &[Key::Ctrl('t')],
                    "cozy-key-take-from-outbox",
                    Do::Press(Button::TakeFromOutbox),
                )
                .bind(BACK, "cozy-key-to-menu-come-back", Do::Press(Button::Back)),
            Step::Passphrase {
                working: Some(_), ..
            } => map,
            Step::Passphrase { working: None, .. } => map
                .bind(&[Key::Ctrl('r')], "cozy-key-reveal", Do::Reveal)
                .bind(BACK, "cozy-key-back", Do::Press(Button::Back)),
            Step::Done(_) => map
                .bind(
                    &[Key::Char('o')],
                    "cozy-key-open-it",
                    Do::Press(Button::Open),
                )
                .bind(
                    &[Key::Char('c')],
                    "cozy-key-copy-address",
                    Do::Press(Button::Copy),
                )
                .bind(BACK, "cozy-key-to-menu", Do::Press(Button::Back)),
        }
    }
}
