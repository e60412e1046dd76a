//! Every screen after the location: the saved session being checked, create or sign in, the
//! two forms, the confirmation email, the account, the end.

use crate::app::in_flight::Work as _;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Env, Piece, Pieces, Screen, Stack, Tone, wrap};
use crate::app::cloudsigma::forms::Focus;
use crate::app::cloudsigma::questions::{created_lines, finished_lines};
use crate::app::cloudsigma::{Action, Button, CloudSigma, Finished, STEPS, Step, Target};
use crate::ui::theme::Theme;
use crate::ui::widgets::FIELD_HEIGHT;

pub fn layout<'a>(flow: &'a CloudSigma, area: Rect, env: &Env) -> Screen<'a> {
    let width = area.width;
    let mut pieces: Vec<(Rect, Piece<'a>)> = Vec::new();
    let mut s = Stack::new(area);
    let problem = match &flow.trouble {
        Some(t) if !t.on_field => wrap(&t.problem.message, width, Tone::Problem),
        _ => Vec::new(),
    };
    let working = flow
        .working()
        .map(|w| format!("{}…", crate::text::capitalized(w.words())));
    let step = |n: u8| Some(format!("Step {n} of {STEPS}"));
    let place = flow.place();
    let (heading, step) = match &flow.step {
        Step::Loading | Step::CheckingSaved(_) => {
            if let Step::CheckingSaved(saved) = &flow.step {
                s.text(
                    &mut pieces,
                    wrap(
                        &format!(
                            "A session for {} was kept by an earlier run; CloudSigma is asked \
                             whether it still works.",
                            saved.email
                        ),
                        width,
                        Tone::Plain,
                    ),
                    Tone::Plain,
                );
                s.gap(1);
            }
            if let Some(text) = &working {
                let rect = s.take(1);
                pieces.push((rect, Piece::Working(text.clone())));
            }
            s.gap(1);
            s.text(&mut pieces, problem, Tone::Problem);
            ("Your saved session".to_string(), None)
        }
        Step::Unchecked(saved) => {
            s.text(
                &mut pieces,
                wrap(
                    &format!(
                        "A session for {} was kept by an earlier run, at {}.",
                        saved.email, saved.api
                    ),
                    width,
                    Tone::Plain,
                ),
                Tone::Plain,
            );
            s.gap(1);
            s.text(&mut pieces, problem, Tone::Problem);
            s.gap(1);
            s.buttons(
                &mut pieces,
                &[
                    ("Try again", Button::Retry),
                    ("Continue without it", Button::Continue),
                ],
            );
            ("Your saved session".to_string(), None)
        }
        Step::Location => unreachable_location(),
        Step::Choose => {
            if let Some(notice) = &flow.unanswered_notice {
                s.text(&mut pieces, wrap(notice, width, Tone::Info), Tone::Info);
                s.gap(1);
            }
            s.text(
                &mut pieces,
                wrap(&format!("Location: {place}"), width, Tone::Plain),
                Tone::Plain,
            );
            if let Some(chosen) = &flow.location.chosen {
                let api = chosen.api(env.config);
                s.text(
                    &mut pieces,
                    wrap(&format!("API address: {api}"), width, Tone::Dim),
                    Tone::Dim,
                );
            }
            s.gap(1);
            for action in [Action::Create, Action::SignIn] {
                let rect = s.take(2);
                pieces.push((
                    rect,
                    Piece::Action {
                        action,
                        selected: flow.action == action,
                    },
                ));
                s.gap(1);
            }
            s.text(&mut pieces, problem, Tone::Problem);
            ("Create an account or sign in".to_string(), step(2))
        }
        Step::Create => {
            let intro = format!(
                "A new account at {place}. CloudSigma emails a confirmation link; the page it \
                 opens sets the password."
            );
            let intro = wrap(&intro, width, Tone::Plain);
            let needed = 2 * FIELD_HEIGHT + 2 + problem.len().max(1) as u16;
            if area.height > needed + intro.len() as u16 {
                s.text(&mut pieces, intro, Tone::Plain);
                s.gap(1);
            }
            let sending = flow.working().is_some();
            for (focus, field) in [
                (Focus::First, &flow.create.email),
                (Focus::Second, &flow.create.second),
            ] {
                let rect = s.take(FIELD_HEIGHT);
                pieces.push((
                    rect,
                    Piece::Field {
                        field,
                        focused: !sending && flow.create.focus == focus,
                        target: Target::Field(focus),
                    },
                ));
            }
            s.buttons(&mut pieces, &[("Create account", Button::Create)]);
            s.gap(1);
            working_or_problem(&mut s, &mut pieces, working, problem);
            ("Create a CloudSigma account".to_string(), step(3))
        }
        Step::Created(account) => {
            let lines = created_lines(flow, account);
            s.text(&mut pieces, wrap(&lines[0], width, Tone::Ok), Tone::Ok);
            for line in &lines[1..] {
                s.text(&mut pieces, wrap(line, width, Tone::Plain), Tone::Plain);
            }
            s.gap(1);
            let mut buttons = vec![("Sign in", Button::GoSignIn)];
            if let Some(link) = env.link {
                s.text(
                    &mut pieces,
                    vec!["The link, from the sandbox outbox:".into()],
                    Tone::Dim,
                );
                s.text(&mut pieces, wrap(link, width, Tone::Link), Tone::Link);
                s.gap(1);
                buttons.push(("Set the password here", Button::SetPassword));
                buttons.push(("Open the link", Button::OpenLink));
            } else if flow.sandbox {
                s.text(
                    &mut pieces,
                    wrap(
                        "Waiting for the email to reach the sandbox outbox…",
                        width,
                        Tone::Dim,
                    ),
                    Tone::Dim,
                );
                s.gap(1);
                // Tab reaches them before the email comes too; pressed, they say it has not.
                buttons.push(("Set the password here", Button::SetPassword));
                buttons.push(("Open the link", Button::OpenLink));
            }
            s.buttons(&mut pieces, &buttons);
            s.gap(1);
            s.text(&mut pieces, problem, Tone::Problem);
            ("Check your email".to_string(), None)
        }
        Step::SetPassword(account) => {
            let intro = format!("The password of {}, at least 8 characters.", account.email);
            s.text(&mut pieces, wrap(&intro, width, Tone::Plain), Tone::Plain);
            s.text(
                &mut pieces,
                wrap(
                    crate::app::cloudsigma::questions::SET_PASSWORD,
                    width,
                    Tone::Dim,
                ),
                Tone::Dim,
            );
            s.gap(1);
            let rect = s.take(FIELD_HEIGHT);
            pieces.push((
                rect,
                Piece::Field {
                    field: &flow.password,
                    focused: flow.working().is_none(),
                    target: Target::Field(Focus::First),
                },
            ));
            s.buttons(&mut pieces, &[("Set password", Button::SetPassword)]);
            s.gap(1);
            working_or_problem(&mut s, &mut pieces, working, problem);
            ("Set your password".to_string(), None)
        }
        Step::SignIn => {
            if let Some(notice) = &flow.sign_in_notice {
                s.text(&mut pieces, wrap(notice, width, Tone::Info), Tone::Info);
                s.gap(1);
            }
            let intro = format!("At {place}: the email and password of your account.");
            let intro = wrap(&intro, width, Tone::Plain);
            let needed = 2 * FIELD_HEIGHT + 2 + problem.len().max(1) as u16;
            if s.room() > needed + intro.len() as u16 {
                s.text(&mut pieces, intro, Tone::Plain);
                s.gap(1);
            }
            let sending = flow.working().is_some();
            for (focus, field) in [
                (Focus::First, &flow.sign_in.email),
                (Focus::Second, &flow.sign_in.second),
            ] {
                let rect = s.take(FIELD_HEIGHT);
                pieces.push((
                    rect,
                    Piece::Field {
                        field,
                        focused: !sending && flow.sign_in.focus == focus,
                        target: Target::Field(focus),
                    },
                ));
            }
            s.buttons(&mut pieces, &[("Sign in", Button::SignIn)]);
            s.gap(1);
            working_or_problem(&mut s, &mut pieces, working, problem);
            ("Sign in to CloudSigma".to_string(), step(3))
        }
        Step::Account(account) => {
            // The question comes first, so that even a small terminal shows it.
            if flow.sign_out_asked {
                let question = format!(
                    "Sign out of {}? The session ends and is forgotten here. y signs out; n, \
                     Enter or Esc stays signed in.",
                    account.email
                );
                s.text(&mut pieces, wrap(&question, width, Tone::Info), Tone::Info);
                s.buttons(
                    &mut pieces,
                    &[
                        ("Yes, sign out", Button::SignOutNow),
                        ("No, stay", Button::Stay),
                    ],
                );
                s.gap(1);
            }
            let first = if account.checked {
                "Still signed in: CloudSigma confirmed the session just now.".to_string()
            } else {
                format!("Signed in at {}.", account.place)
            };
            s.text(&mut pieces, wrap(&first, width, Tone::Ok), Tone::Ok);
            s.gap(1);
            let info = &account.info;
            let unknown = || "(not given)".to_string();
            let pairs = vec![
                ("Email", account.email.clone()),
                ("UUID", info.uuid.clone().unwrap_or_else(unknown)),
                ("State", info.state.clone().unwrap_or_else(unknown)),
                (
                    "Balance",
                    match (&info.balance, &info.currency) {
                        (Some(b), Some(c)) => format!("{b} {c}"),
                        (Some(b), None) => b.clone(),
                        _ => unknown(),
                    },
                ),
            ];
            let rect = s.take(pairs.len() as u16);
            pieces.push((rect, Piece::Pairs(pairs)));
            s.gap(1);
            let kept = match &account.kept {
                Ok(location) => format!("The session is kept in {}.", location.describe()),
                Err(why) => {
                    format!("The session could not be kept ({why}); it lasts until you quit.")
                }
            };
            s.text(&mut pieces, wrap(&kept, width, Tone::Dim), Tone::Dim);
            for note in &info.notes {
                s.text(&mut pieces, wrap(note, width, Tone::Info), Tone::Info);
            }
            s.gap(1);
            if !flow.sign_out_asked {
                s.buttons(
                    &mut pieces,
                    &[
                        ("Check again", Button::Check),
                        ("Sign out…", Button::SignOut),
                        ("Menu", Button::Menu),
                    ],
                );
            }
            s.gap(1);
            working_or_problem(&mut s, &mut pieces, working, problem);
            ("Your CloudSigma account".to_string(), None)
        }
        Step::Finished(finished) => {
            let lines = finished_lines(finished);
            let (heading, first_tone) = match finished {
                Finished::SignedOut { remote: None, .. } => ("Signed out", Tone::Ok),
                Finished::SignedOut { .. } => ("Signed out on this machine", Tone::Info),
                Finished::Created(_) => ("Account created", Tone::Ok),
            };
            s.text(&mut pieces, wrap(&lines[0], width, first_tone), first_tone);
            for line in &lines[1..] {
                s.text(&mut pieces, wrap(line, width, Tone::Plain), Tone::Plain);
            }
            s.gap(1);
            s.buttons(&mut pieces, &[("Back to the menu", Button::Menu)]);
            (heading.to_string(), None)
        }
    };
    Screen {
        heading,
        step,
        pieces,
    }
}

fn unreachable_location() -> (String, Option<String>) {
    // The location screen has its own layout (see `location.rs`).
    ("Choose a location".into(), None)
}

fn working_or_problem<'a>(
    s: &mut Stack,
    pieces: &mut Vec<(Rect, Piece<'a>)>,
    working: Option<String>,
    problem: Vec<String>,
) {
    match working {
        Some(text) => {
            let rect = s.take(1);
            pieces.push((rect, Piece::Working(text)));
        }
        None => s.text(pieces, problem, Tone::Problem),
    }
}

/// The two choices of step 2, each a title and what it means.
pub fn action_lines(action: Action, selected: bool, theme: &Theme) -> Vec<Line<'static>> {
    let (title, blurb, key) = match action {
        Action::Create => (
            "Create an account",
            "A new account here; CloudSigma emails a link to set its password.",
            "1",
        ),
        Action::SignIn => (
            "Sign in",
            "With the email and password of an account at this location.",
            "2",
        ),
    };
    let marker = Span::styled(if selected { "› " } else { "  " }, theme.key());
    let style = if selected {
        theme.selected()
    } else {
        theme.title()
    };
    vec![
        Line::from(vec![
            marker,
            Span::styled(title, style),
            Span::styled(format!("  ({key})"), theme.dim()),
        ]),
        Line::from(vec![Span::raw("    "), Span::styled(blurb, theme.dim())]),
    ]
}
