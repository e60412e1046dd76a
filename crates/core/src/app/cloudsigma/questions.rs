//! What each step asks (`ask()`, for the plain mode and scripts), the keys it answers to, and
//! the flow's report. Never a secret in any of them.

use std::borrow::Cow;

use super::location::{self, Focus as LocFocus, ListSource, LocationForm};
use super::{Act, Action, Button, CloudSigma, Finished, Step, forms};
use crate::app::Key;
use crate::app::ask::{Ask, AskKind};
use crate::app::checks;
use crate::app::field::TextField;
use crate::app::keys::Keymap;
use crate::app::problem;
use crate::config::CloudSigmaConfig;
use crate::lang::{Lang, tr};
use crate::tr;

/// The location question's options: every location listed, then the custom address.
pub fn location_options(form: &LocationForm, lang: Lang) -> Vec<String> {
    let mut options: Vec<String> = form
        .places
        .iter()
        .map(|p| format!("{} — {}", p.code, p.name))
        .collect();
    options.push(tr(lang, CUSTOM_OPTION).into_owned());
    options
}

/// Where the list of locations comes from, and where they answer, in a sentence (English).
pub fn list_source(source: &ListSource, config: &CloudSigmaConfig) -> String {
    list_source_in(Lang::En, source, config)
}

/// Where the list of locations comes from, and where they answer, in a sentence.
pub fn list_source_in(lang: Lang, source: &ListSource, config: &CloudSigmaConfig) -> String {
    let list = match source {
        ListSource::Live => tr(lang, "cloudsigma-location-live"),
        ListSource::BuiltIn => tr(lang, "cloudsigma-location-built-in"),
        ListSource::Asking => tr(lang, "cloudsigma-location-asking"),
        ListSource::Unavailable(why) => tr!(
            lang,
            "cloudsigma-location-unavailable",
            why = why.trim_end_matches('.')
        ),
    };
    match &config.api_template {
        Some(template) => format!(
            "{list} {}",
            tr!(lang, "cloudsigma-location-every-at", template)
        ),
        None => list.into_owned(),
    }
}

/// What the sandbox's set-password step does, in a sentence (a message id).
pub const SET_PASSWORD: &str = "cloudsigma-password-how";

/// The custom address's row and option (a message id).
pub const CUSTOM_OPTION: &str = "cloudsigma-location-custom-option";

/// What a script or the plain mode can do once signed in (message ids).
pub const ACCOUNT_OPTIONS: [&str; 3] = [
    "cloudsigma-account-check",
    "cloudsigma-account-sign-out",
    "cloudsigma-account-menu",
];

fn choice(key: &'static str, prompt: &str, options: Vec<String>) -> Ask {
    Ask {
        key,
        kind: AskKind::Choice { options },
        prompt: prompt.into(),
        context: Vec::new(),
        default: None,
        problem: None,
        conceal: None,
    }
}

fn done(lang: Lang, context: Vec<String>) -> Ask {
    Ask {
        key: "done",
        kind: AskKind::Done,
        prompt: tr(lang, "cloudsigma-done").into_owned(),
        context,
        default: None,
        problem: None,
        conceal: None,
    }
}

/// The lines that say who is signed in: the Account step's context and its screen.
pub fn account_lines(flow: &CloudSigma) -> Vec<String> {
    let Step::Account(account) = &flow.step else {
        return Vec::new();
    };
    let lang = flow.lang;
    let mut lines = vec![
        tr!(
            lang,
            "cloudsigma-account-signed-in-to",
            place = &account.place
        )
        .into_owned(),
    ];
    lines.extend(
        account_pairs(flow)
            .into_iter()
            .map(|(label, value)| tr!(lang, "cloudsigma-account-line", label, value).into_owned()),
    );
    lines.push(match &account.kept {
        Ok(location) => tr!(
            lang,
            "cloudsigma-account-kept-short",
            store = location.describe_in(lang)
        )
        .into_owned(),
        Err(why) => not_kept(lang, why),
    });
    lines.extend(account.info.notes.iter().cloned());
    lines
}

/// Who is signed in, as labels and values: what the account screen lists.
pub fn account_pairs(flow: &CloudSigma) -> Vec<(String, String)> {
    let Step::Account(account) = &flow.step else {
        return Vec::new();
    };
    let lang = flow.lang;
    let info = &account.info;
    let unknown = || tr(lang, "cloudsigma-account-unknown").into_owned();
    let label = |id| tr(lang, id).into_owned();
    vec![
        (label("cloudsigma-account-email"), account.email.clone()),
        (
            label("cloudsigma-account-uuid"),
            info.uuid.clone().unwrap_or_else(unknown),
        ),
        (
            label("cloudsigma-account-state"),
            info.state.clone().unwrap_or_else(unknown),
        ),
        (
            label("cloudsigma-account-balance"),
            match &info.balance {
                Some(balance) => crate::text::amount_in(lang, balance, info.currency.as_deref()),
                None => unknown(),
            },
        ),
    ]
}

/// The session could not be kept, and why.
pub fn not_kept(lang: Lang, why: &str) -> String {
    tr!(lang, "cloudsigma-account-not-kept", why).into_owned()
}

/// What the Created step says happened: the account, and where its confirmation email went.
/// What to do next is said by each reader its own way: the screen has a key to set the
/// password in the sandbox, a question asked line by line has none, and a command names the
/// command that signs in.
pub fn created_said(lang: Lang, account: &super::CreatedAccount) -> Vec<String> {
    let (email, place) = (&account.email, &account.place);
    let lines = if account.probably {
        [
            tr!(lang, "cloudsigma-created-probably", email, place),
            tr!(lang, "cloudsigma-created-probably-email", email),
        ]
    } else {
        [
            tr!(lang, "cloudsigma-created", place),
            tr!(lang, "cloudsigma-created-email-sent", email),
        ]
    };
    lines.into_iter().map(Cow::into_owned).collect()
}

/// What the Created screen says: what happened, then what to do with the email.
pub fn created_lines(flow: &CloudSigma, account: &super::CreatedAccount) -> Vec<String> {
    let next = if flow.sandbox {
        "cloudsigma-created-next-sandbox"
    } else {
        "cloudsigma-created-next"
    };
    created_then(flow.lang, account, next)
}

/// `created_said`, then the message `next`.
fn created_then(lang: Lang, account: &super::CreatedAccount, next: &str) -> Vec<String> {
    let mut lines = created_said(lang, account);
    lines.push(tr(lang, next).into_owned());
    lines
}

pub fn finished_lines(finished: &Finished, lang: Lang) -> Vec<String> {
    let lines = match finished {
        Finished::SignedOut {
            email,
            remote,
            local,
        } => {
            let mut lines = match remote {
                None => vec![tr!(lang, "cloudsigma-signed-out", email)],
                Some(why) => vec![
                    tr!(lang, "cloudsigma-signed-out-not-told", email, why),
                    tr(lang, "cloudsigma-signed-out-forgotten"),
                ],
            };
            lines.push(match local {
                Some(why) => tr!(lang, "cloudsigma-signed-out-not-removed", why),
                None => tr(lang, "cloudsigma-signed-out-none-kept"),
            });
            lines
        }
        Finished::Created(account) => vec![
            tr!(
                lang,
                "cloudsigma-finished-created",
                place = &account.place,
                email = &account.email
            ),
            tr(lang, "cloudsigma-finished-created-next"),
        ],
    };
    lines.into_iter().map(Cow::into_owned).collect()
}

/// The text fields the step shows, in order.
fn fields(flow: &CloudSigma) -> Vec<&TextField> {
    match flow.step {
        Step::Location if flow.location.focus == LocFocus::Custom => vec![&flow.location.custom],
        Step::Create => vec![&flow.create.email, &flow.create.second],
        Step::SignIn => vec![&flow.sign_in.email, &flow.sign_in.second],
        Step::SetPassword(_) => vec![&flow.password],
        _ => Vec::new(),
    }
}

pub fn ask(flow: &CloudSigma) -> Ask {
    let lang = flow.lang;
    let said = |id| tr(lang, id).into_owned();
    if let Some(work) = flow.working() {
        return Ask::wait(crate::text::capitalized(&work.said(lang)));
    }
    let ask = match &flow.step {
        Step::Loading | Step::CheckingSaved(_) => Ask::wait(said("cloudsigma-saved-wait")),
        Step::Unchecked(saved) => choice(
            "saved_session",
            &said("cloudsigma-saved-question"),
            super::input::SAVED_OPTIONS.map(said).to_vec(),
        )
        .with_context(vec![
            tr!(
                lang,
                "cloudsigma-saved-context",
                email = &saved.email,
                api = &saved.api
            )
            .into_owned(),
        ])
        .with_default(Some("1".into())),
        Step::Location if flow.asking_for_locations() => {
            Ask::wait(said("cloudsigma-location-wait"))
        }
        Step::Location => match flow.location.focus {
            LocFocus::Filter => {
                let default = match flow.location.selected_place() {
                    Some(place) => place.code.clone(),
                    None => "custom".into(),
                };
                let config = CloudSigmaConfig {
                    api_template: flow.template.clone(),
                    ..CloudSigmaConfig::default()
                };
                let mut context = vec![
                    said("cloudsigma-location-context"),
                    list_source_in(lang, &flow.location.source, &config),
                ];
                if flow.sandbox {
                    context.push(said("cloudsigma-location-sandbox"));
                }
                choice(
                    "location",
                    &said("cloudsigma-location-question"),
                    location_options(&flow.location, lang),
                )
                .with_context(context)
                .with_default(Some(default))
            }
            LocFocus::Custom => Ask::text(
                "api_address",
                tr!(
                    lang,
                    "cloudsigma-location-custom-question",
                    example = location::CUSTOM_PLACEHOLDER
                ),
                false,
            )
            .with_default(valid(flow.location.custom.value(), |v| {
                location::check_custom(v, lang).is_ok()
            })),
        },
        Step::Choose => choice(
            "action",
            &said("cloudsigma-choose-heading"),
            super::input::CHOOSE_OPTIONS.map(said).to_vec(),
        )
        .with_context(
            flow.unanswered_notice
                .iter()
                .cloned()
                .chain([format!(
                    "{}.",
                    tr!(lang, "cloudsigma-choose-location", place = flow.place())
                )])
                .collect(),
        )
        .with_default(Some(
            match flow.action {
                Action::Create => "1",
                Action::SignIn => "2",
            }
            .into(),
        )),
        Step::Create => match flow.create.focus {
            forms::Focus::First => {
                Ask::text("email", said("cloudsigma-create-email-question"), false)
                    .with_context(vec![
                        tr!(lang, "cloudsigma-create-context", place = flow.place()).into_owned(),
                    ])
                    .with_default(valid(flow.create.email.value(), |v| {
                        checks::valid_email(v).is_ok()
                    }))
            }
            forms::Focus::Second | forms::Focus::Button => {
                Ask::text("promo", said("cloudsigma-create-promo-question"), false).with_default(
                    valid(flow.create.second.value(), |v| {
                        checks::valid_promo(v).is_ok()
                    }),
                )
            }
        },
        Step::Created(account) => Ask {
            key: "sign_in_now",
            kind: AskKind::YesNo,
            prompt: said("cloudsigma-created-question"),
            // Asked line by line, there is no key to set the password here.
            context: created_then(
                lang,
                account,
                if flow.sandbox {
                    "cloudsigma-created-next-sandbox-asked"
                } else {
                    "cloudsigma-created-next"
                },
            ),
            default: None,
            problem: None,
            conceal: None,
        },
        Step::SetPassword(account) => Ask::text(
            "new_password",
            tr!(lang, "cloudsigma-password-question", email = &account.email),
            true,
        )
        .with_context(vec![said(SET_PASSWORD)]),
        Step::SignIn => {
            let mut context =
                vec![tr!(lang, "cloudsigma-sign-in-context", place = flow.place()).into_owned()];
            context.extend(flow.sign_in_notice.clone());
            match flow.sign_in.focus {
                forms::Focus::First => Ask::text("email", said("cloudsigma-field-email"), false)
                    .with_default(valid(flow.sign_in.email.value(), |v| {
                        checks::valid_email(v).is_ok()
                    })),
                forms::Focus::Second | forms::Focus::Button => Ask::text(
                    "password",
                    tr!(
                        lang,
                        "cloudsigma-sign-in-password-question",
                        email = flow.sign_in.email.value().trim()
                    ),
                    true,
                ),
            }
            .with_context(context)
        }
        Step::Account(_) => Ask {
            key: "account",
            kind: AskKind::Rest {
                options: ACCOUNT_OPTIONS.map(said).to_vec(),
            },
            prompt: said("cloudsigma-account-question"),
            context: account_lines(flow),
            default: None,
            problem: None,
            conceal: None,
        },
        Step::Finished(finished) => done(lang, finished_lines(finished, lang)),
    };
    ask.with_problem(problem::asked(flow.problem.as_ref(), fields(flow)))
}

/// What is in a field, as the answer an empty reply stands for; only when it could be
/// taken (an empty reply must never resubmit what was just refused as invalid).
fn valid(value: &str, ok: impl Fn(&str) -> bool) -> Option<String> {
    let value = value.trim();
    (!value.is_empty() && ok(value)).then(|| value.to_string())
}

/// The keys of the step in front, declared once: `input` dispatches a key through this map
/// and the key bar lists it.
pub fn keymap(flow: &CloudSigma) -> Keymap<Act> {
    use Key::*;
    let map = Keymap::new(flow.lang);
    let working = flow.working().is_some();
    let menu = Act::Press(Button::Menu);
    let move_keys = [Tab, BackTab, Up, Down];
    match &flow.step {
        Step::Loading | Step::CheckingSaved(_) => {
            map.bind(&[Esc], "cloudsigma-key-skip", Act::Back)
        }
        // Enter presses the button Tab moved to; r tries again from either.
        Step::Unchecked(_) if flow.button == Button::Continue => map
            .bind(
                &[Enter],
                "cloudsigma-key-continue-without",
                Act::Press(Button::Continue),
            )
            .bind(
                &[Char('r')],
                "cloudsigma-key-try-again",
                Act::Press(Button::Retry),
            )
            .bind(&[Tab, BackTab], "cloudsigma-key-next-button", Act::Move)
            .bind(&[Esc], "cloudsigma-key-menu", menu),
        Step::Unchecked(_) => map
            .bind(
                &[Enter, Char('r')],
                "cloudsigma-key-try-again",
                Act::Press(Button::Retry),
            )
            .bind(&[Tab, BackTab], "cloudsigma-key-next-button", Act::Move)
            .bind(&[Esc], "cloudsigma-key-menu", menu),
        Step::Location => match flow.location.focus {
            LocFocus::Filter => map
                .bind(&[Typing], "cloudsigma-key-filter", Act::Type)
                .bind(&[Up, Down], "cloudsigma-key-move", Act::Move)
                .bind(&[Enter], "cloudsigma-key-choose", Act::Go)
                .bind(&[Esc], "cloudsigma-key-menu", menu)
                .bind(&[Tab, BackTab], "cloudsigma-key-custom", Act::Custom)
                .bind(&[PageUp, PageDown], "cloudsigma-key-ends", Act::Ends),
            LocFocus::Custom => map
                .bind(&[Enter], "cloudsigma-key-use-address", Act::Go)
                .bind(
                    &[Tab, BackTab, Up],
                    "cloudsigma-key-back-to-list",
                    Act::List,
                )
                .bind(&[Esc], "cloudsigma-key-menu", menu),
        },
        Step::Choose => map
            .bind(&[Up, Down, Tab, BackTab], "cloudsigma-key-move", Act::Move)
            .bind(&[Enter, Space], "cloudsigma-key-go", Act::Go)
            .bind(&[Digits('1', '2')], "cloudsigma-key-pick", Act::Number)
            .bind(&[Esc], "cloudsigma-key-back", Act::Back),
        Step::Create if working => map.bind(&[Esc], "cloudsigma-key-menu-awaited", menu),
        Step::Create => map
            .bind(&[Enter], "cloudsigma-key-next-create", Act::Go)
            .bind(&[Esc], "cloudsigma-key-back", Act::Back)
            .bind(&move_keys, "cloudsigma-key-move", Act::Move),
        Step::Created(_) => map
            .bind(
                &[Enter],
                match flow.created_button() {
                    Button::SetPassword => "cloudsigma-key-set-password-here",
                    Button::OpenLink => "cloudsigma-key-open-link",
                    _ => "cloudsigma-key-sign-in",
                },
                Act::Press(flow.created_button()),
            )
            .bind_if(
                flow.sandbox,
                &[Char('o')],
                "cloudsigma-key-open-link",
                Act::Press(Button::OpenLink),
            )
            .bind_if(
                flow.sandbox,
                &[Char('p')],
                "cloudsigma-key-set-password-here",
                Act::Press(Button::SetPassword),
            )
            .bind(&[Esc], "cloudsigma-key-back", Act::Back)
            // Only the sandbox has more than the one button to move to.
            .bind_if(
                flow.sandbox,
                &[Tab, Right],
                "cloudsigma-key-move",
                Act::Move,
            )
            .and(&[BackTab, Left], Act::Move),
        Step::SetPassword(_) if working => map.bind(&[Esc], "cloudsigma-key-stop", Act::Back),
        Step::SetPassword(_) => map
            .bind(&[Enter], "cloudsigma-key-set-password", Act::Go)
            .bind(&[Ctrl('r')], "cloudsigma-key-reveal", Act::Reveal)
            .bind(&[Esc], "cloudsigma-key-back", Act::Back),
        Step::SignIn if working => map.bind(&[Esc], "cloudsigma-key-stop-signing-in", Act::Back),
        Step::SignIn => map
            .bind(&[Enter], "cloudsigma-key-next-sign-in", Act::Go)
            .bind(&[Ctrl('r')], "cloudsigma-key-reveal", Act::Reveal)
            .bind(&[Esc], "cloudsigma-key-back", Act::Back)
            .bind(&move_keys, "cloudsigma-key-move", Act::Move),
        Step::Account(_) if working => map.bind(&[Esc], "cloudsigma-key-menu", menu),
        Step::Account(_) if flow.sign_out_asked => map
            .bind(
                &[Char('y')],
                "cloudsigma-key-yes-sign-out",
                Act::Press(Button::SignOutNow),
            )
            .bind(
                &[Char('n'), Esc, Enter],
                "cloudsigma-key-no-stay",
                Act::Press(Button::Stay),
            ),
        // Enter presses the button Tab moved to (Menu until then: never a sign-out by
        // reflex).
        Step::Account(_) => {
            let (button, words) = match flow.account_button() {
                Button::Check => (Button::Check, "cloudsigma-key-check"),
                Button::SignOut => (Button::SignOut, "cloudsigma-key-sign-out"),
                _ => (Button::Menu, "cloudsigma-key-menu"),
            };
            map.bind(&[Enter], words, Act::Press(button))
                .bind(
                    &[Char('r')],
                    "cloudsigma-key-check",
                    Act::Press(Button::Check),
                )
                .bind(
                    &[Char('x')],
                    "cloudsigma-key-sign-out",
                    Act::Press(Button::SignOut),
                )
                .bind(&[Esc], "cloudsigma-key-menu", menu)
                .bind(&[Tab, Right], "cloudsigma-key-move", Act::Move)
                .and(&[BackTab, Left], Act::Move)
        }
        Step::Finished(_) => map.bind(&[Enter, Esc], "cloudsigma-key-menu", menu),
    }
}
