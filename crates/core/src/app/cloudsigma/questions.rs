//! What each step asks (`ask()`, for the plain mode and scripts), the keys it answers to, and
//! the flow's report. Never a secret in any of them.

use super::location::{self, Focus as LocFocus, ListSource, LocationForm};
use super::{Act, Action, Button, CloudSigma, Finished, Step, forms};
use crate::app::Key;
use crate::app::ask::{Ask, AskKind, Problem};
use crate::app::checks;
use crate::app::in_flight::Work as _;
use crate::app::keys::Keymap;
use crate::config::CloudSigmaConfig;

/// The location question's options: every location listed, then the custom address.
pub fn location_options(form: &LocationForm) -> Vec<String> {
    let mut options: Vec<String> = form
        .places
        .iter()
        .map(|p| format!("{} — {}", p.code, p.name))
        .collect();
    options.push(CUSTOM_OPTION.into());
    options
}

/// Where the list of locations comes from, and where they answer, in a sentence.
pub fn list_source(source: &ListSource, config: &CloudSigmaConfig) -> String {
    let list = match source {
        ListSource::Live => "CloudSigma's current list of locations.".to_string(),
        ListSource::BuiltIn => "CloudSigma's list of locations as of January 2026.".to_string(),
        ListSource::Asking => "CloudSigma's list of locations as of January 2026, while the \
                               current one is asked for."
            .to_string(),
        ListSource::Unavailable(why) => format!(
            "CloudSigma's list of locations as of January 2026: the current one could not be \
             read ({}).",
            why.trim_end_matches('.')
        ),
    };
    match &config.api_template {
        Some(template) => format!("{list} Every location answers at {template}."),
        None => list,
    }
}

/// What the sandbox's set-password step does, in a sentence.
pub const SET_PASSWORD: &str = "The sandbox's confirmation page sets the password of the new \
                                account; cloudboard fills in its form for you, as a browser would.";

pub const CUSTOM_OPTION: &str = "Custom API address (a partner's cloud)";

/// What a script or the plain mode can do once signed in.
pub const ACCOUNT_OPTIONS: [&str; 3] = ["Check the session again", "Sign out", "Back to the menu"];

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

fn done(context: Vec<String>) -> Ask {
    Ask {
        key: "done",
        kind: AskKind::Done,
        prompt: "Done".into(),
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
    let info = &account.info;
    let unknown = || "(not given)".to_string();
    let mut lines = vec![
        format!("Signed in to CloudSigma at {}.", account.place),
        format!("Email: {}", account.email),
        format!("UUID: {}", info.uuid.clone().unwrap_or_else(unknown)),
        format!("State: {}", info.state.clone().unwrap_or_else(unknown)),
        format!(
            "Balance: {}",
            match (&info.balance, &info.currency) {
                (Some(b), Some(c)) => format!("{b} {c}"),
                (Some(b), None) => b.clone(),
                _ => unknown(),
            }
        ),
    ];
    lines.push(match &account.kept {
        Ok(location) => format!("Session kept in {}.", location.describe()),
        Err(why) => format!("The session could not be kept ({why}); it lasts until you quit."),
    });
    lines.extend(info.notes.iter().cloned());
    lines
}

/// What the Created step says: where the email went and what to do with it.
pub fn created_lines(flow: &CloudSigma, account: &super::CreatedAccount) -> Vec<String> {
    let mut lines = if account.probably {
        vec![
            format!(
                "An account for {} most likely exists at {}: CloudSigma says so, and your \
                 earlier request to create it was never answered.",
                account.email, account.place
            ),
            format!(
                "Its confirmation email went to {} then; if it is not there, ask for a new \
                 one with “Forgot password” at sign-in.",
                account.email
            ),
        ]
    } else {
        vec![
            format!("Account created at {}.", account.place),
            format!("A confirmation email was sent to {}.", account.email),
        ]
    };
    lines.push(if flow.sandbox {
        "Open the link from the email (in the sandbox, the outbox shows it) and set your \
         password there, or press p to set it here; then sign in."
            .into()
    } else {
        "Open the link from the email, set your password there, then sign in.".into()
    });
    lines
}

pub fn finished_lines(finished: &Finished) -> Vec<String> {
    match finished {
        Finished::SignedOut {
            email,
            remote,
            local,
        } => {
            let mut lines = match remote {
                None => vec![format!("Signed out of {email}: the session has ended.")],
                Some(why) => vec![
                    format!("CloudSigma could not be told that {email} signs out: {why}"),
                    "The session was forgotten on this machine; on the server it ends by \
                     itself after a while."
                        .into(),
                ],
            };
            if let Some(why) = local {
                lines.push(format!("The kept session could not be removed: {why}"));
            } else {
                lines.push("No session is kept on this machine any more.".into());
            }
            lines
        }
        Finished::Created(account) => vec![
            format!(
                "Account created at {}; a confirmation email was sent to {}.",
                account.place, account.email
            ),
            "Open its link and set your password there; then come back to sign in.".into(),
        ],
    }
}

fn problem(flow: &CloudSigma) -> Option<Problem> {
    flow.trouble.as_ref().map(|t| t.problem.clone())
}

pub fn ask(flow: &CloudSigma) -> Ask {
    if let Some(work) = flow.working() {
        return Ask::wait(crate::text::capitalized(work.words()));
    }
    let ask = match &flow.step {
        Step::Loading | Step::CheckingSaved(_) => Ask::wait("Checking the saved session"),
        Step::Unchecked(saved) => choice(
            "saved_session",
            "Your saved session could not be checked",
            vec!["Try again".into(), "Continue without it".into()],
        )
        .with_context(vec![format!(
            "A session for {} is kept from an earlier run, at {}.",
            saved.email, saved.api
        )])
        .with_default(Some("1".into())),
        Step::Location if flow.asking_for_locations() => {
            Ask::wait("Asking CloudSigma for its current list of locations")
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
                    "Each location is its own cloud, with its own API address.".to_string(),
                    list_source(&flow.location.source, &config),
                ];
                if flow.sandbox {
                    context.push(
                        "Sandbox: every location is served by the sandbox on this machine.".into(),
                    );
                }
                choice(
                    "location",
                    "Where is (or will be) your CloudSigma account",
                    location_options(&flow.location),
                )
                .with_context(context)
                .with_default(Some(default))
            }
            LocFocus::Custom => Ask::text(
                "api_address",
                format!(
                    "Your provider's CloudSigma API address (https, e.g. {})",
                    location::CUSTOM_PLACEHOLDER
                ),
                false,
            )
            .with_default(valid(flow.location.custom.value(), |v| {
                location::check_custom(v).is_ok()
            })),
        },
        Step::Choose => choice(
            "action",
            "Create an account or sign in",
            vec!["Create an account".into(), "Sign in".into()],
        )
        .with_context(
            flow.unanswered_notice
                .iter()
                .cloned()
                .chain([format!("Location: {}.", flow.place())])
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
            forms::Focus::First => Ask::text("email", "Email address for the new account", false)
                .with_context(vec![format!(
                    "A new CloudSigma account at {}; a confirmation email follows.",
                    flow.place()
                )])
                .with_default(valid(flow.create.email.value(), |v| {
                    checks::email(v).is_ok()
                })),
            forms::Focus::Second | forms::Focus::Button => {
                Ask::text("promo", "Promo code (optional; empty for none)", false).with_default(
                    valid(flow.create.second.value(), |v| checks::promo(v).is_ok()),
                )
            }
        },
        Step::Created(account) => Ask {
            key: "sign_in_now",
            kind: AskKind::YesNo,
            prompt: "Sign in now (once your password is set)".into(),
            context: created_lines(flow, account),
            default: None,
            problem: None,
            conceal: None,
        },
        Step::SetPassword(account) => Ask::text(
            "new_password",
            format!("New password for {} (at least 8 characters)", account.email),
            true,
        )
        .with_context(vec![SET_PASSWORD.into()]),
        Step::SignIn => {
            let mut context = vec![format!("Sign in to CloudSigma at {}.", flow.place())];
            context.extend(flow.sign_in_notice.clone());
            match flow.sign_in.focus {
                forms::Focus::First => {
                    Ask::text("email", "Email address", false)
                        .with_default(valid(flow.sign_in.email.value(), |v| {
                            checks::email(v).is_ok()
                        }))
                }
                forms::Focus::Second | forms::Focus::Button => Ask::text(
                    "password",
                    format!("Password for {}", flow.sign_in.email.value().trim()),
                    true,
                ),
            }
            .with_context(context)
        }
        Step::Account(_) => Ask {
            key: "account",
            kind: AskKind::Rest {
                options: ACCOUNT_OPTIONS.map(String::from).to_vec(),
            },
            prompt: "What next".into(),
            context: account_lines(flow),
            default: None,
            problem: None,
            conceal: None,
        },
        Step::Finished(finished) => done(finished_lines(finished)),
    };
    ask.with_problem(problem(flow))
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
    let map = Keymap::new();
    let working = flow.working().is_some();
    let menu = Act::Press(Button::Menu);
    let move_keys = [Tab, BackTab, Up, Down];
    match &flow.step {
        Step::Loading | Step::CheckingSaved(_) => {
            map.bind(&[Esc], "skip: choose a location", Act::Back)
        }
        // Enter presses the button Tab moved to; r tries again from either.
        Step::Unchecked(_) if flow.button == Button::Continue => map
            .bind(
                &[Enter],
                "continue without it",
                Act::Press(Button::Continue),
            )
            .bind(&[Char('r')], "try again", Act::Press(Button::Retry))
            .bind(&[Tab, BackTab], "next button", Act::Move)
            .bind(&[Esc], "menu", menu),
        Step::Unchecked(_) => map
            .bind(&[Enter, Char('r')], "try again", Act::Press(Button::Retry))
            .bind(&[Tab, BackTab], "next button", Act::Move)
            .bind(&[Esc], "menu", menu),
        Step::Location => match flow.location.focus {
            LocFocus::Filter => map
                .bind(&[Typing], "filter", Act::Type)
                .bind(&[Up, Down], "move", Act::Move)
                .bind(&[Enter], "choose", Act::Go)
                .bind(&[Esc], "menu", menu)
                .bind(&[Tab, BackTab], "custom address", Act::Custom)
                .bind(&[PageUp, PageDown], "first/custom", Act::Ends),
            LocFocus::Custom => map
                .bind(&[Enter], "use this address", Act::Go)
                .bind(&[Tab, BackTab, Up], "back to the list", Act::List)
                .bind(&[Esc], "menu", menu),
        },
        Step::Choose => map
            .bind(&[Up, Down, Tab, BackTab], "move", Act::Move)
            .bind(&[Enter, Space], "go", Act::Go)
            .bind(&[Digits('1', '2')], "choose", Act::Number)
            .bind(&[Esc], "back", Act::Back),
        Step::Create if working => map.bind(&[Esc], "menu (the answer is still awaited)", menu),
        Step::Create => map
            .bind(&[Enter], "next / create", Act::Go)
            .bind(&[Esc], "back", Act::Back)
            .bind(&move_keys, "move", Act::Move),
        Step::Created(_) => map
            .bind(
                &[Enter],
                match flow.created_button() {
                    Button::SetPassword => "set the password here",
                    Button::OpenLink => "open the link",
                    _ => "sign in",
                },
                Act::Press(flow.created_button()),
            )
            .bind_if(
                flow.sandbox,
                &[Char('o')],
                "open the link",
                Act::Press(Button::OpenLink),
            )
            .bind_if(
                flow.sandbox,
                &[Char('p')],
                "set the password here",
                Act::Press(Button::SetPassword),
            )
            .bind(&[Esc], "back", Act::Back)
            // Only the sandbox has more than the one button to move to.
            .bind_if(flow.sandbox, &[Tab, Right], "move", Act::Move)
            .and(&[BackTab, Left], Act::Move),
        Step::SetPassword(_) if working => map.bind(&[Esc], "stop", Act::Back),
        Step::SetPassword(_) => map
            .bind(&[Enter], "set the password", Act::Go)
            .bind(&[Ctrl('r')], "show/hide password", Act::Reveal)
            .bind(&[Esc], "back", Act::Back),
        Step::SignIn if working => map.bind(&[Esc], "stop signing in", Act::Back),
        Step::SignIn => map
            .bind(&[Enter], "next / sign in", Act::Go)
            .bind(&[Ctrl('r')], "show/hide password", Act::Reveal)
            .bind(&[Esc], "back", Act::Back)
            .bind(&move_keys, "move", Act::Move),
        Step::Account(_) if working => map.bind(&[Esc], "menu", menu),
        Step::Account(_) if flow.sign_out_asked => map
            .bind(
                &[Char('y')],
                "yes, sign out",
                Act::Press(Button::SignOutNow),
            )
            .bind(
                &[Char('n'), Esc, Enter],
                "no, stay signed in",
                Act::Press(Button::Stay),
            ),
        // Enter presses the button Tab moved to (Menu until then: never a sign-out by
        // reflex).
        Step::Account(_) => {
            let (button, words) = match flow.account_button() {
                Button::Check => (Button::Check, "check the session again"),
                Button::SignOut => (Button::SignOut, "sign out…"),
                _ => (Button::Menu, "menu"),
            };
            map.bind(&[Enter], words, Act::Press(button))
                .bind(
                    &[Char('r')],
                    "check the session again",
                    Act::Press(Button::Check),
                )
                .bind(&[Char('x')], "sign out…", Act::Press(Button::SignOut))
                .bind(&[Esc], "menu", menu)
                .bind(&[Tab, Right], "move", Act::Move)
                .and(&[BackTab, Left], Act::Move)
        }
        Step::Finished(_) => map.bind(&[Enter, Esc], "menu", menu),
    }
}
