//! Step 2: the address — a slug under one of the partner's domains. The slug rule is applied
//! as the person types: uppercase is lowered and other characters refused with the reason
//! (`CharRule::Slug`), "starts with a letter" and the length are shown live.

use super::email::non_empty;
use super::{Act, Button, Cozy, Do, FieldId, Step, Target, on_field, target_of};
use crate::app::Input;
use crate::app::ask::{Ask, AskKind};
use crate::app::checks;
use crate::app::problem::Problem;
use crate::lang::tr;
use crate::tr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Slug,
    /// Only when the partner has more than one domain.
    Domain,
}

impl Cozy {
    pub(super) fn address_input(&mut self, input: Input) {
        let Step::Address { focus } = self.step else {
            return;
        };
        let domains = self.settings.domains.len();
        if focus == Focus::Domain {
            return self.domain_input(input);
        }
        let keys = self.keymap();
        match on_field(&mut self.form.slug, input, &keys) {
            Act::Do(Do::Enter) => self.slug_submit(domains),
            Act::Do(Do::Press(button)) => self.address_click(Some(Target::Button(button)), domains),
            Act::Click(target) => self.address_click(target, domains),
            _ => {}
        }
    }

    fn domain_input(&mut self, input: Input) {
        let count = self.settings.domains.len().max(1);
        match input {
            Input::Key(key) => match self.keymap().action(&key) {
                Some(Do::Domain(false)) => {
                    self.form.domain = (self.form.domain + count - 1) % count
                }
                Some(Do::Domain(true)) => self.form.domain = (self.form.domain + 1) % count,
                Some(Do::Enter) => self.domain_submit(),
                Some(Do::Press(Button::Back)) => self.back_to(Step::Email),
                _ => {}
            },
            Input::Answer(text) => {
                let text = text.trim();
                let chosen = text
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| n.checked_sub(1))
                    .filter(|i| *i < self.settings.domains.len())
                    .or_else(|| {
                        self.settings
                            .domains
                            .iter()
                            .position(|d| d.eq_ignore_ascii_case(text.trim_start_matches('.')))
                    });
                match chosen {
                    Some(index) => {
                        self.form.domain = index;
                        self.domain_submit();
                    }
                    None => self.refuse(
                        Problem::invalid(tr!(
                            self.lang,
                            "cozy-domain-unknown",
                            text,
                            domains = self.settings.domains.join(", ")
                        )),
                        None,
                    ),
                }
            }
            Input::Click(hit) => self.address_click(target_of(hit), self.settings.domains.len()),
            _ => {}
        }
    }

    fn address_click(&mut self, target: Option<Target>, domains: usize) {
        match target {
            Some(Target::Field(FieldId::Slug)) => self.step = Step::Address { focus: Focus::Slug },
            Some(Target::Domain) if domains > 1 => {
                if self.step_is_domain_focus() {
                    self.form.domain = (self.form.domain + 1) % domains;
                }
                self.step = Step::Address {
                    focus: Focus::Domain,
                };
            }
            Some(Target::Button(Button::Next)) => {
                if let Err(why) = checks::valid_slug(self.form.slug.value()) {
                    self.step = Step::Address { focus: Focus::Slug };
                    self.refuse(Problem::invalid(why.said(self.lang)), Some(FieldId::Slug));
                } else {
                    self.on_to(Step::Terms);
                }
            }
            Some(Target::Button(Button::Back)) => self.back_to(Step::Email),
            _ => {}
        }
    }

    fn step_is_domain_focus(&self) -> bool {
        matches!(
            self.step,
            Step::Address {
                focus: Focus::Domain
            }
        )
    }

    fn slug_submit(&mut self, domains: usize) {
        if let Err(why) = checks::valid_slug(self.form.slug.value()) {
            return self.refuse(Problem::invalid(why.said(self.lang)), Some(FieldId::Slug));
        }
        if domains > 1 {
            self.problem = None;
            self.step = Step::Address {
                focus: Focus::Domain,
            };
        } else {
            self.on_to(Step::Terms);
        }
    }

    fn domain_submit(&mut self) {
        match checks::valid_slug(self.form.slug.value()) {
            Err(why) => {
                self.step = Step::Address { focus: Focus::Slug };
                self.refuse(Problem::invalid(why.said(self.lang)), Some(FieldId::Slug));
            }
            Ok(_) => self.on_to(Step::Terms),
        }
    }

    pub(super) fn address_ask(&self, focus: Focus) -> Ask {
        match focus {
            Focus::Slug => Ask::text("slug", tr(self.lang, "cozy-slug-prompt"), false)
                .with_context(vec![
                    tr(self.lang, "cozy-slug-context-step").into_owned(),
                    tr(self.lang, "cozy-slug-context-rules").into_owned(),
                ])
                .with_default(non_empty(self.form.slug.value())),
            Focus::Domain => Ask {
                key: "domain",
                kind: AskKind::Choice {
                    options: self.settings.domains.clone(),
                },
                prompt: tr!(
                    self.lang,
                    "cozy-domain-prompt",
                    slug = self.form.slug.value()
                )
                .into_owned(),
                context: Vec::new(),
                default: Some(self.form.domain(&self.settings.domains).to_string()),
                problem: None,
                conceal: None,
            },
        }
    }
}
