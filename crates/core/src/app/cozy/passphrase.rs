//! Step 7: the first passphrase — typed twice, masked unless revealed, measured as it is
//! typed, with an optional hint. It is hashed on this machine (in the backend, off the UI
//! thread) and only the hash and a protected key go to the new instance.

use secrecy::SecretString;

use super::strength::Strength;
use super::{Act, Button, Cozy, Do, Done, Failure, FieldId, Request, Step, Target, Work, on_field};
use crate::api::ApiError;
use crate::api::cozy::instance_url;
use crate::app::ask::Ask;
use crate::app::problem::{Problem, ProblemKind};
use crate::app::{Command, Ctx, Input, focus};
use crate::lang::{Lang, tr};
use crate::store::resume::{CozyActive, Remember};
use crate::store::sent::{Lost, Sent, Settled};
use crate::tr;

/// What the flow says while the passphrase is hashed (the screen adds "…").
pub fn hashing(lang: Lang) -> String {
    tr!(
        lang,
        "cozy-hashing",
        iterations = crate::crypto::DEFAULT_ITERATIONS
    )
    .into_owned()
}

/// What the flow says while the passphrase is registered on `fqdn`.
pub fn registering(lang: Lang, fqdn: &str) -> String {
    tr!(lang, "cozy-registering", fqdn).into_owned()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassFocus {
    Passphrase,
    Again,
    Hint,
}

/// The passphrase screen's fields, in focus order.
const PASS_RING: [PassFocus; 3] = [PassFocus::Passphrase, PassFocus::Again, PassFocus::Hint];

/// What the backend is doing with the passphrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Working {
    Hashing,
    Registering,
}

impl Cozy {
    pub(super) fn passphrase_input(&mut self, input: Input, ctx: &mut Ctx) {
        let Step::Passphrase {
            focus,
            working: None,
        } = self.step
        else {
            // The passphrase is on its way: nothing to change until it arrives.
            return;
        };
        let keys = self.keymap();
        let field = match focus {
            PassFocus::Passphrase => &mut self.form.passphrase,
            PassFocus::Again => &mut self.form.again,
            PassFocus::Hint => &mut self.form.hint,
        };
        match on_field(field, input, &keys) {
            Act::Do(Do::Enter) => self.passphrase_enter(focus, ctx),
            Act::Do(Do::Press(Button::Back)) => self.go(Step::CheckEmail),
            Act::Edited if focus == PassFocus::Passphrase => self.measure(),
            Act::Do(Do::Reveal) => {
                let reveal = !self.form.passphrase.revealed;
                self.form.passphrase.revealed = reveal;
                self.form.again.revealed = reveal;
            }
            Act::Do(Do::Press(Button::Next)) => self.passphrase_submit(ctx),
            Act::Click(target) => match target {
                Some(Target::Field(FieldId::Passphrase)) => self.focus(PassFocus::Passphrase),
                Some(Target::Field(FieldId::Again)) => self.focus(PassFocus::Again),
                Some(Target::Field(FieldId::Hint)) => self.focus(PassFocus::Hint),
                _ => {}
            },
            _ => {}
        }
    }

    fn focus(&mut self, focus: PassFocus) {
        self.step = Step::Passphrase {
            focus,
            working: None,
        };
    }

    fn measure(&mut self) {
        self.form.strength = (!self.form.passphrase.is_empty())
            .then(|| Strength::measure(self.form.passphrase.value(), &self.form.personal_words()));
    }

    /// Enter on a field: checks it and moves on; on the last, registers.
    fn passphrase_enter(&mut self, focus: PassFocus, ctx: &mut Ctx) {
        let checked = match focus {
            PassFocus::Passphrase => self.check_strength(),
            PassFocus::Again => self.check_again(),
            PassFocus::Hint => return self.passphrase_submit(ctx),
        };
        if checked {
            self.problem = None;
            self.focus(focus::step(&PASS_RING, focus, true));
        }
    }

    fn check_strength(&mut self) -> bool {
        self.measure();
        let refusal = match &self.form.strength {
            None => Some(tr(self.lang, "cozy-passphrase-empty").into_owned()),
            Some(strength) if !strength.enough() => Some(strength.refusal(self.lang)),
            Some(_) => None,
        };
        match refusal {
            Some(why) => {
                self.focus(PassFocus::Passphrase);
                self.refuse(Problem::invalid(why), Some(FieldId::Passphrase));
                false
            }
            None => true,
        }
    }

    fn check_again(&mut self) -> bool {
        if self.form.again.value() == self.form.passphrase.value() {
            return true;
        }
        self.focus(PassFocus::Again);
        let why = if self.form.again.is_empty() {
            "cozy-again-empty"
        } else {
            "cozy-again-differs"
        };
        self.refuse(Problem::invalid(tr(self.lang, why)), Some(FieldId::Again));
        false
    }

    fn check_hint(&mut self) -> bool {
        let hint = self.form.hint.value().to_lowercase();
        let passphrase = self.form.passphrase.value().to_lowercase();
        if hint.is_empty() || !hint.contains(&passphrase) {
            return true;
        }
        self.focus(PassFocus::Hint);
        self.refuse(
            Problem::invalid(tr(self.lang, "cozy-hint-gives-away")),
            Some(FieldId::Hint),
        );
        false
    }

    /// Checks every field and sends the passphrase to be hashed and registered.
    fn passphrase_submit(&mut self, ctx: &mut Ctx) {
        if !(self.check_strength() && self.check_again() && self.check_hint()) {
            return;
        }
        let Some(activation) = &self.activation else {
            self.go(Step::CheckEmail);
            return self.refuse(
                Problem::invalid(tr(self.lang, "cozy-link-needed-first")),
                Some(FieldId::Link),
            );
        };
        let fqdn = self.fqdn();
        let token = activation.token.clone();
        let address = instance_url(&self.settings.instance_url, &fqdn);
        let sent = Sent::CozyPassphrase {
            fqdn: fqdn.clone(),
            address: address.clone(),
            sent_at: 0,
        };
        self.earlier = ctx.saved.unanswered_like(&sent).cloned();
        ctx.remember(Remember::Sent(sent.clone()));
        self.in_flight = Some(sent);
        self.lost = None;
        self.cancel(ctx);
        let request = Request::Register {
            instance: address,
            fqdn,
            register_token: token,
            passphrase: SecretString::from(self.form.passphrase.value()),
            hint: Some(self.form.hint.value().trim().to_string()).filter(|h| !h.is_empty()),
        };
        self.pending.send(ctx, Work::SettingPassphrase, |id| {
            Command::Cozy(id, request)
        });
        self.form.passphrase.revealed = false;
        self.form.again.revealed = false;
        self.problem = None;
        self.step = Step::Passphrase {
            focus: PassFocus::Hint,
            working: Some(Working::Hashing),
        };
    }

    pub(super) fn hashed(&mut self) {
        if let Step::Passphrase { working, .. } = &mut self.step {
            *working = Some(Working::Registering);
        }
    }

    pub(super) fn registered(&mut self, result: Result<Option<String>, Failure>, ctx: &mut Ctx) {
        if let Step::Passphrase { working, .. } = &mut self.step {
            *working = None;
        }
        let sent = self.in_flight.take();
        if let Err(failure) = &result
            && failure.outcome_unknown()
        {
            return self.passphrase_unanswered(sent, &failure.said(self.lang));
        }
        let earlier = self.earlier.take();
        let active = match &result {
            Ok(_) => true,
            // The link is spent and the last passphrase sent for this instance was never
            // answered: that one most likely took.
            Err(Failure::Api(ApiError::Refused { status: 400, .. })) => earlier.is_some(),
            Err(_) => false,
        };
        if !active && let Some(sent) = sent {
            ctx.remember(Remember::Settled(Settled::Request(sent)));
        }
        match result {
            Err(Failure::Api(ApiError::Refused { status: 400, .. })) if active => {
                ctx.remember(Remember::CozyResume(None));
                ctx.remember(Remember::Settled(Settled::Cozy(self.fqdn())));
                ctx.remember(Remember::CozyActive(CozyActive {
                    fqdn: self.fqdn(),
                    api: self.settings.api.clone(),
                }));
                self.clear_passphrase();
                let address = instance_url(&self.settings.instance_url, &self.fqdn());
                self.go(Step::Done(Done::probably(address)));
            }
            Ok(_redirect) => {
                // Activated: there is nothing left to resume or to wonder about, and
                // nothing to keep typed.
                ctx.remember(Remember::CozyResume(None));
                ctx.remember(Remember::Settled(Settled::Cozy(self.fqdn())));
                ctx.remember(Remember::CozyActive(CozyActive {
                    fqdn: self.fqdn(),
                    api: self.settings.api.clone(),
                }));
                self.clear_passphrase();
                let address = instance_url(&self.settings.instance_url, &self.fqdn());
                self.go(Step::Done(Done::new(address)));
            }
            // cozy-stack answers 400 on this route for a register token it does not take
            // (spent: "Empty register token"; wrong: "Invalid register token"; not hex), and
            // for a body it cannot read, which cloudboard does not send
            // (`web/settings/passphrase.go`, `model/instance/errors.go`).
            Err(Failure::Api(ApiError::Refused {
                status: 400,
                message,
                ..
            })) => {
                self.activation = None;
                self.go(Step::CheckEmail);
                self.refuse(
                    Problem {
                        message: tr!(
                            self.lang,
                            "cozy-link-spent",
                            message = message.in_words(self.lang, 400)
                        )
                        .into_owned(),
                        kind: ProblemKind::Refused,
                    },
                    Some(FieldId::Link),
                );
            }
            Err(Failure::Api(ApiError::Refused {
                status: 422,
                message,
                ..
            })) => self.refuse(
                Problem {
                    message: tr!(
                        self.lang,
                        "cozy-hash-refused",
                        message = message.in_words(self.lang, 422)
                    )
                    .into_owned(),
                    kind: ProblemKind::Refused,
                },
                None,
            ),
            Err(Failure::Api(ApiError::Refused {
                status, message, ..
            })) => {
                self.focus(PassFocus::Passphrase);
                self.refuse(
                    Problem {
                        message: tr!(
                            self.lang,
                            "cozy-passphrase-refused",
                            message = message.in_words(self.lang, status)
                        )
                        .into_owned(),
                        kind: ProblemKind::Refused,
                    },
                    Some(FieldId::Passphrase),
                );
            }
            Err(failure) => {
                let mut problem = failure.problem(self.lang);
                problem.message =
                    tr!(self.lang, "cozy-try-again", problem = &problem.message).into_owned();
                self.refuse(problem, None);
            }
        }
    }

    fn clear_passphrase(&mut self) {
        self.form.passphrase.clear();
        self.form.again.clear();
        self.form.strength = None;
        self.activation = None;
    }

    /// The passphrase left and no answer came: the instance may have taken it. The record
    /// stays; the person reads how to find out, and may send it again (a spent link then
    /// means the first one took).
    pub(super) fn passphrase_unanswered(&mut self, sent: Option<Sent>, why: &str) {
        self.lost = sent.map(|sent| Lost {
            sent,
            why: why.to_string(),
        });
        let address = instance_url(&self.settings.instance_url, &self.fqdn());
        self.refuse(
            Problem::failed(tr!(
                self.lang,
                "cozy-passphrase-unanswered",
                why = why.trim_end_matches('.'),
                address
            )),
            None,
        );
    }

    pub(super) fn passphrase_ask(&self, focus: PassFocus, working: Option<Working>) -> Ask {
        let lang = self.lang;
        match working {
            Some(Working::Hashing) => {
                return Ask::wait(hashing(lang));
            }
            Some(Working::Registering) => {
                return Ask::wait(registering(lang, &self.fqdn()));
            }
            None => {}
        }
        match focus {
            PassFocus::Passphrase => {
                Ask::text("passphrase", tr(lang, "cozy-passphrase-prompt"), true).with_context(
                    vec![
                        tr!(lang, "cozy-passphrase-context-step", fqdn = self.fqdn()).into_owned(),
                        tr(lang, "cozy-passphrase-context-why").into_owned(),
                    ],
                )
            }
            PassFocus::Again => Ask::text("passphrase_again", tr(lang, "cozy-again-prompt"), true),
            PassFocus::Hint => Ask::text("hint", tr(lang, "cozy-hint-prompt"), false),
        }
    }
}
