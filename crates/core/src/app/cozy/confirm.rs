//! Step 4: everything at a glance before the Cloudery is asked; each line can be edited. The
//! creation request's refusals come back here, or to the screen they belong to (a taken
//! address to the address screen).

use super::{
    Button, Cozy, Created, Do, FIRST_POLL, Failure, FieldId, Notice, Request, Step, Work,
    action_of, address,
};
use std::borrow::Cow;

use crate::api::ApiError;
use crate::api::cozy::{NewInstance, Tos};
use crate::app::ask::{Ask, AskKind, yes_no};
use crate::app::checks;
use crate::app::problem::{Problem, ProblemKind};
use crate::app::{Command, Ctx, Input};
use crate::lang::{Lang, tr};
use crate::store::resume::{CozyResume, Remember};
use crate::store::sent::{Lost, Sent, Settled};
use crate::tr;

/// An offer as a person reads it: Cozy's own default by what it is, a partner's own offer
/// by its code (the partner chose it, and its people know it by that name).
pub fn offer_name(lang: Lang, code: &str) -> String {
    match code {
        "cozy_default" => tr(lang, "cozy-offer-default").into_owned(),
        "" => tr(lang, "cozy-offer-partner-default").into_owned(),
        other => other.into(),
    }
}

/// A line of the summary that can be changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Email,
    Address,
    Terms,
}

/// One line of the summary: its label, its value, and how to change it.
pub struct SummaryLine {
    pub label: Cow<'static, str>,
    pub value: String,
    pub edit: Option<Edit>,
}

impl Cozy {
    pub(super) fn confirm_input(&mut self, input: Input, ctx: &mut Ctx) {
        if matches!(self.step, Step::Confirm { sending: true }) {
            // The Cloudery is being asked: its answer decides where to go.
            return;
        }
        match input {
            Input::Answer(text) => match yes_no(&text) {
                Some(true) => self.create(ctx),
                // Back to the start, every answer kept as the default.
                Some(false) => self.go(Step::Email),
                None => self.refuse(
                    Problem::invalid(tr(self.lang, "cozy-confirm-answer-yes-no")),
                    None,
                ),
            },
            input => match action_of(&input, &self.keymap()) {
                Some(Do::Press(Button::Next)) => self.create(ctx),
                Some(Do::Press(Button::Back)) => self.go(Step::Terms),
                Some(Do::Edit(edit)) => self.edit(edit),
                _ => {}
            },
        }
    }

    fn edit(&mut self, edit: Edit) {
        self.change(match edit {
            Edit::Email => Step::Email,
            Edit::Address => Step::Address {
                focus: address::Focus::Slug,
            },
            Edit::Terms => Step::Terms,
        });
    }

    /// To a step to change one detail; once it is right, straight back to confirm.
    pub(super) fn change(&mut self, step: Step) {
        self.go(step);
        self.changing = true;
    }

    /// Where a step goes once its detail is right: on to `next`, or back to the confirm
    /// screen when the person came from there (the terms, once accepted, stay accepted).
    pub(super) fn on_to(&mut self, next: Step) {
        if self.changing && self.form.accepted {
            self.go(Step::Confirm { sending: false });
        } else {
            self.go(next);
        }
    }

    /// Esc on a step: back one step, or to the confirm screen while changing a detail.
    pub(super) fn back_to(&mut self, previous: Step) {
        if self.changing {
            self.go(Step::Confirm { sending: false });
        } else {
            self.go(previous);
        }
    }

    /// Asks the Cloudery for the instance, after checking once more what goes in it.
    pub(super) fn create(&mut self, ctx: &mut Ctx) {
        if let Err(why) = checks::valid_email(self.form.email.value()) {
            self.change(Step::Email);
            return self.refuse(Problem::invalid(why.said(self.lang)), Some(FieldId::Email));
        }
        if let Err(why) = checks::valid_slug(self.form.slug.value()) {
            self.change(Step::Address {
                focus: address::Focus::Slug,
            });
            return self.refuse(Problem::invalid(why.said(self.lang)), Some(FieldId::Slug));
        }
        if !self.form.accepted {
            self.change(Step::Terms);
            return self.terms_refused();
        }
        self.cancel(ctx);
        let settings = &self.settings;
        let instance = NewInstance {
            offer: settings.offer.clone(),
            email: self.form.email.value().to_string(),
            slug: self.form.slug.value().to_string(),
            domain: self.form.domain(&settings.domains).to_string(),
            public_name: None,
            locale: Some(settings.locale_in(self.lang).to_string()).filter(|l| !l.is_empty()),
            tos: Some(Tos {
                version: settings.terms_version.clone(),
            }),
            redirect: settings.redirect.clone(),
        };
        let sent = Sent::CozyCreate {
            api: settings.api.clone(),
            slug: instance.slug.clone(),
            domain: instance.domain.clone(),
            email: instance.email.clone(),
            sent_at: 0,
        };
        // An earlier creation of the same address for the same person that was never
        // answered: a "taken" now is most likely that one.
        self.earlier = ctx.saved.unanswered_like(&sent).cloned();
        // On disk before the request leaves (the backend writes it before it sends).
        ctx.remember(Remember::Sent(sent.clone()));
        self.in_flight = Some(sent);
        self.lost = None;
        let first = super::preferred_routes(ctx, &settings.api);
        let routes =
            Box::new([first, first.other()].map(|set| (set, set.paths(&ctx.config.cozy).clone())));
        let request = Request::Create {
            api: settings.api.clone(),
            token: Cozy::token(ctx),
            instance,
            routes,
        };
        self.pending
            .send(ctx, Work::Creating, |id| Command::Cozy(id, request));
        self.go(Step::Confirm { sending: true });
    }

    pub(super) fn created_reply(&mut self, result: Result<Created, Failure>, ctx: &mut Ctx) {
        self.step = Step::Confirm { sending: false };
        let sent = self.in_flight.take();
        if let Err(failure) = &result
            && failure.outcome_unknown()
        {
            return self.creation_unanswered(sent, &failure.said(self.lang));
        }
        let earlier = self.earlier.take();
        // An answer came: nothing is left unknown (a "taken" with no unanswered request
        // before it is someone else's address). Crossed out after what the answer brings is
        // written, so that a crash between the two loses nothing.
        let settled = sent.filter(|_| {
            earlier.is_none()
                || !matches!(
                    &result,
                    Err(Failure::Api(ApiError::Refused { status: 409, .. }))
                )
        });
        self.answered(result, earlier, ctx);
        if let Some(sent) = settled {
            ctx.remember(Remember::Settled(Settled::Request(sent)));
        }
    }

    fn answered(&mut self, result: Result<Created, Failure>, earlier: Option<Sent>, ctx: &mut Ctx) {
        match result {
            Ok(created) => {
                let record = CozyResume {
                    workflow: created.workflow,
                    instance: Some(created.instance),
                    slug: self.form.slug.value().to_string(),
                    domain: self.form.domain(&self.settings.domains).to_string(),
                    email: self.form.email.value().to_string(),
                    api: self.settings.api.clone(),
                    started_at: created.at,
                    routes: Some(created.routes),
                    created: false,
                };
                // Kept from now on: a crash or a quit leaves it for the menu to resume.
                ctx.remember(Remember::CozyResume(Some(record.clone())));
                // The pair that took it is the one to try first next time at this Cloudery.
                ctx.remember(Remember::CozyRoutes {
                    api: self.settings.api.clone(),
                    routes: created.routes,
                });
                self.created = Some(record);
                self.follow(ctx, FIRST_POLL);
            }
            Err(Failure::Api(ApiError::Refused { status: 409, .. })) if earlier.is_some() => {
                self.taken_by_earlier_request(earlier.as_ref())
            }
            // A conflict on a creation is the address: it exists already.
            Err(Failure::Api(ApiError::Refused {
                status: 409,
                message,
                ..
            })) => {
                let fqdn = self.form.fqdn(&self.settings.domains);
                let message = tr!(
                    self.lang,
                    "cozy-address-taken",
                    fqdn,
                    message = message.in_words(self.lang, 409)
                )
                .into_owned();
                self.change(Step::Address {
                    focus: address::Focus::Slug,
                });
                self.refuse(
                    Problem {
                        message,
                        kind: ProblemKind::Refused,
                    },
                    Some(FieldId::Slug),
                );
            }
            Err(Failure::Api(error @ ApiError::Refused { status: 422, .. })) => {
                self.invalid_reply(&error)
            }
            Err(Failure::Api(error @ ApiError::Unauthorized { .. })) => self.refuse(
                Problem {
                    message: tr!(self.lang, "cozy-token-refused", error = error.to_string())
                        .into_owned(),
                    kind: ProblemKind::Refused,
                },
                None,
            ),
            Err(failure) => self.refuse(failure.problem(self.lang), None),
        }
    }

    /// The request left and its answer never came: the Cloudery may have created the
    /// instance. The record written before sending stays (menu, `cozy status`); the person
    /// reads what may have happened and how to find out, and Enter asks again.
    pub(super) fn creation_unanswered(&mut self, sent: Option<Sent>, why: &str) {
        self.lost = sent.map(|sent| Lost {
            sent,
            why: why.to_string(),
        });
        let fqdn = self.form.fqdn(&self.settings.domains);
        let email = self.form.email.value().to_string();
        self.refuse(
            Problem::failed(tr!(
                self.lang,
                "cozy-creation-unanswered",
                fqdn,
                why = why.trim_end_matches('.'),
                email
            )),
            None,
        );
    }

    /// The address is taken and an earlier request to create it for the same person was
    /// never answered: it is most likely theirs. Next is its activation link.
    fn taken_by_earlier_request(&mut self, earlier: Option<&Sent>) {
        let fqdn = self.form.fqdn(&self.settings.domains);
        let email = self.form.email.value().to_string();
        let slug = self.form.slug.value().to_string();
        let domain = self.form.domain(&self.settings.domains).to_string();
        let when = earlier.and_then(|sent| sent.when_in(self.lang));
        let known = if when.is_some() { "yes" } else { "no" };
        let when = when.unwrap_or_default();
        self.created = Some(CozyResume {
            workflow: String::new(),
            instance: None,
            slug,
            domain,
            email: email.clone(),
            api: self.settings.api.clone(),
            started_at: earlier.map(Sent::sent_at).unwrap_or(0),
            routes: None,
            created: false,
        });
        self.go(Step::CheckEmail);
        self.notice = Some(Notice {
            headline: tr!(self.lang, "cozy-taken-earlier-headline", fqdn = &fqdn).into_owned(),
            text: tr!(
                self.lang,
                "cozy-taken-earlier-text",
                fqdn = &fqdn,
                known,
                when,
                email
            )
            .into_owned(),
            here: Some(tr(self.lang, "cozy-taken-earlier-paste").into_owned()),
            create_again: true,
        });
    }

    /// A 422: the Cloudery's rules refused a value that passed ours. Shown under the field
    /// the answer names (a structured field, never a word of the message), or here.
    fn invalid_reply(&mut self, error: &ApiError) {
        let problem = Problem {
            message: tr!(
                self.lang,
                "cozy-cloudery-refused",
                error = error.to_string()
            )
            .into_owned(),
            kind: ProblemKind::Refused,
        };
        let field = match error {
            ApiError::Refused { field, .. } => field.as_deref(),
            _ => None,
        };
        match field {
            Some("email") => {
                self.change(Step::Email);
                self.refuse(problem, Some(FieldId::Email));
            }
            Some("slug" | "domain") => {
                self.change(Step::Address {
                    focus: address::Focus::Slug,
                });
                self.refuse(problem, Some(FieldId::Slug));
            }
            Some("tos") => {
                self.change(Step::Terms);
                self.refuse(problem, None);
            }
            _ => self.refuse(problem, None),
        }
    }

    /// The summary, line by line, as the screen and `ask()` show it.
    pub fn summary(&self) -> Vec<SummaryLine> {
        let settings = &self.settings;
        let lang = self.lang;
        let mut lines = vec![
            SummaryLine {
                label: tr(lang, "cozy-summary-email"),
                value: self.form.email.value().to_string(),
                edit: Some(Edit::Email),
            },
            SummaryLine {
                label: tr(lang, "cozy-summary-address"),
                value: format!("https://{}", self.form.fqdn(&settings.domains)),
                edit: Some(Edit::Address),
            },
            SummaryLine {
                label: tr(lang, "cozy-summary-offer"),
                value: offer_name(lang, &settings.offer),
                edit: None,
            },
            SummaryLine {
                label: tr(lang, "cozy-summary-terms"),
                value: if self.form.accepted {
                    tr!(
                        lang,
                        "cozy-summary-accepted",
                        version = &settings.terms_version
                    )
                    .into_owned()
                } else {
                    tr(lang, "cozy-summary-not-accepted").into_owned()
                },
                edit: Some(Edit::Terms),
            },
        ];
        if let Some(redirect) = &settings.redirect {
            lines.push(SummaryLine {
                label: tr(lang, "cozy-summary-redirect"),
                value: tr!(lang, "cozy-summary-redirect-value", redirect).into_owned(),
                edit: None,
            });
        }
        lines
    }

    pub(super) fn confirm_ask(&self, sending: bool) -> Ask {
        if sending {
            return Ask::wait(tr!(
                self.lang,
                "cozy-confirm-asking",
                fqdn = self.form.fqdn(&self.settings.domains)
            ));
        }
        let mut context = vec![tr(self.lang, "cozy-confirm-context-step").into_owned()];
        let summary = self.summary();
        // The values line up after the longest label, with a space at least ("Conditions"
        // is as long as English's column).
        let width = summary
            .iter()
            .map(|line| line.label.chars().count() + 1)
            .fold(10, usize::max);
        context.extend(
            summary
                .into_iter()
                .map(|line| format!("  {:<width$}{}", line.label, line.value)),
        );
        Ask {
            key: "confirm",
            kind: AskKind::YesNo,
            prompt: tr(self.lang, "cozy-confirm-prompt").into_owned(),
            context,
            default: None,
            problem: None,
            conceal: None,
        }
    }
}
