//! Step 6: the instance is ready and an activation link went to the person's email. They
//! give the link (or its bare token, or the address their browser shows after opening it);
//! in the sandbox, Ctrl-T takes it from the outbox. The email's link goes to the Cloudery
//! first: it is followed here to the instance's address, as a browser would.

use super::activation::{self, Link, TOKEN_LEN};
use super::{Act, Button, Cozy, Do, FieldId, PassFocus, Request, Step, Work, on_field};
use crate::api::ApiError;
use crate::api::cozy::LinkEnd;
use crate::app::ask::Ask;
use crate::app::problem::Problem;
use crate::app::{Command, Ctx, Input, Nav};
use crate::lang::tr;
use crate::tr;

impl Cozy {
    pub(super) fn check_email_input(&mut self, input: Input, ctx: &mut Ctx) {
        if self.following_link {
            // While the link is followed only Esc acts: it stops waiting.
            if let Input::Key(key) = &input
                && self.keymap().action(key) == Some(Do::Stop)
            {
                self.cancel(ctx);
                self.following_link = false;
            }
            return;
        }
        let keys = self.keymap();
        match on_field(&mut self.form.link, input, &keys) {
            Act::Do(Do::Enter | Do::Press(Button::Next)) => self.link_submit(ctx),
            Act::Do(Do::Press(Button::Back))
                if self.notice.as_ref().is_some_and(|n| n.create_again) =>
            {
                self.go(Step::Confirm { sending: false })
            }
            Act::Do(Do::Press(Button::Back)) => ctx.nav = Some(Nav::Home),
            Act::Do(Do::Press(Button::TakeFromOutbox)) => self.take_from_outbox(ctx),
            Act::Do(Do::OpenInBrowser) => {
                if let Some(link) = &self.browser_link {
                    ctx.out.push(Command::OpenUrl(link.clone()).into());
                }
            }
            _ => {}
        }
    }

    fn take_from_outbox(&mut self, ctx: &mut Ctx) {
        if !self.sandbox {
            return self.refuse(
                Problem::invalid(tr(self.lang, "cozy-no-outbox")),
                Some(FieldId::Link),
            );
        }
        let email = self.email().to_string();
        let to = (!email.is_empty()).then_some(email.as_str());
        match ctx.outbox.latest_link(to) {
            Some(link) => {
                self.form.link.set_value(link);
                self.link_submit(ctx);
            }
            None => self.refuse(
                Problem::invalid(tr!(self.lang, "cozy-outbox-empty", email)),
                Some(FieldId::Link),
            ),
        }
    }

    /// The instance being activated, when known (a link for another one is refused).
    fn expected_instance(&self) -> Option<String> {
        self.created.as_ref().map(|c| c.fqdn())
    }

    fn link_submit(&mut self, ctx: &mut Ctx) {
        let text = self.form.link.value().to_string();
        self.take_link(&text, ctx);
    }

    /// What a link (typed, or where the email's link led) means for the activation.
    fn take_link(&mut self, text: &str, ctx: &mut Ctx) {
        self.browser_link = None;
        let expected = self.expected_instance();
        match activation::read(
            self.lang,
            text,
            expected.as_deref(),
            &self.settings.instance_url,
        ) {
            Ok(Link::Token(parsed)) => {
                if self.created.is_none() {
                    self.activate_elsewhere(&parsed.fqdn, &ctx.config.cozy.api);
                }
                self.activation = Some(parsed);
                self.go(Step::Passphrase {
                    focus: PassFocus::Passphrase,
                    working: None,
                });
            }
            Ok(Link::Follow(url)) => {
                self.cancel(ctx);
                let request = Request::FollowLink {
                    link: url.to_string(),
                };
                self.following_link = true;
                self.problem = None;
                self.pending
                    .send(ctx, Work::FollowingLink, |id| Command::Cozy(id, request));
            }
            Ok(Link::MagicCode { link }) => {
                self.browser_link = Some(link);
                self.refuse(
                    Problem::invalid(tr(self.lang, "cozy-magic-link")),
                    Some(FieldId::Link),
                );
            }
            Err(why) => self.refuse(Problem::invalid(why), Some(FieldId::Link)),
        }
    }

    /// Where the email's link led: an address with the token (go on), a page that wants a
    /// click (ask for the address the browser shows after it), or a failure in words.
    pub(super) fn link_followed(&mut self, result: Result<LinkEnd, ApiError>, ctx: &mut Ctx) {
        self.following_link = false;
        match result {
            Ok(LinkEnd::Found(address)) => self.take_link(&address, ctx),
            Ok(LinkEnd::Page(_)) => {
                self.browser_link = Some(self.form.link.value().trim().to_string());
                self.refuse(
                    Problem::invalid(tr(self.lang, "cozy-link-wants-click")),
                    Some(FieldId::Link),
                );
            }
            Err(error) => {
                let problem = Problem::from_api_in(self.lang, &error);
                self.refuse(
                    Problem {
                        message: tr!(
                            self.lang,
                            "cozy-link-not-followed",
                            problem = &problem.message
                        )
                        .into_owned(),
                        ..problem
                    },
                    Some(FieldId::Link),
                );
            }
        }
    }

    pub(super) fn check_email_ask(&self) -> Ask {
        let lang = self.lang;
        if self.following_link {
            return Ask::wait(tr(lang, "cozy-opening-link"));
        }
        let context = match &self.created {
            Some(_) if let Some(notice) = &self.notice => {
                vec![notice.headline.clone(), notice.said_here()]
            }
            Some(_) => vec![
                tr!(lang, "cozy-check-email-ready", fqdn = self.fqdn()).into_owned(),
                tr!(
                    lang,
                    "cozy-check-email-sent",
                    email = self.email(),
                    length = TOKEN_LEN
                )
                .into_owned(),
            ],
            None => vec![tr(lang, "cozy-check-email-activate").into_owned()],
        };
        Ask::text("activation_link", tr(lang, "cozy-link-prompt"), false)
            .concealed_by(super::activation::conceal)
            .with_context(context)
    }
}
