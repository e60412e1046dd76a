//! Every screen after the location: the saved session being checked, create or sign in, the
//! two forms, the confirmation email, the account, the end.

use std::borrow::Cow;

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Env, Piece, Pieces, Screen, Stack, Tone, wrap};
use crate::app::cloudsigma::forms::Focus;
use crate::app::cloudsigma::questions::{
    SET_PASSWORD, account_pairs, created_lines, finished_lines, not_kept,
};
use crate::app::cloudsigma::{ACCOUNT_BUTTONS, Action, Button, CloudSigma, Finished, Step, Target};
use crate::lang::{Lang, tr, tr_args};
use crate::ui::field;
use crate::ui::theme::Theme;

/// A button's words where the flow draws it.
fn label(lang: Lang, button: Button) -> Cow<'static, str> {
    let id = match button {
        Button::Create => "cloudsigma-button-create",
        Button::SignIn | Button::GoSignIn => "cloudsigma-button-sign-in",
        Button::OpenLink => "cloudsigma-button-open-link",
        Button::Check => "cloudsigma-button-check",
        Button::SignOut => "cloudsigma-button-sign-out",
        Button::Menu => "cloudsigma-button-menu",
        Button::Retry => "cloudsigma-button-retry",
        Button::Continue => "cloudsigma-button-continue",
        Button::SetPassword => "cloudsigma-button-set-password-here",
        Button::SignOutNow => "cloudsigma-button-sign-out-now",
        Button::Stay => "cloudsigma-button-stay",
    };
    tr(lang, id)
}

/// A row of buttons as `label` says them.
fn labelled(lang: Lang, buttons: &[Button]) -> Vec<(Cow<'static, str>, Button)> {
    buttons.iter().map(|b| (label(lang, *b), *b)).collect()
}

pub fn layout<'a>(flow: &'a CloudSigma, area: Rect, env: &Env) -> Screen<'a> {
    let width = area.width;
    let lang = flow.lang;
    let said = |id| tr(lang, id).into_owned();
    let mut pieces: Vec<(Rect, Piece<'a>)> = Vec::new();
    let mut s = Stack::new(area);
    let problem = match &flow.trouble {
        Some(t) if !t.on_field => wrap(&t.problem.message, width, Tone::Problem),
        _ => Vec::new(),
    };
    let working = flow
        .working()
        .map(|w| format!("{}…", crate::text::capitalized(&w.said(lang))));
    let step = |n: u8| super::step(lang, n);
    let place = flow.place();
    let at_place = || [("place", place.as_str().into())];
    let (heading, step) = match &flow.step {
        Step::Loading | Step::CheckingSaved(_) => {
            if let Step::CheckingSaved(saved) = &flow.step {
                s.text(
                    &mut pieces,
                    wrap(
                        &tr_args(
                            lang,
                            "cloudsigma-saved-checking",
                            &[("email", (&saved.email).into())],
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
            (said("cloudsigma-saved-heading"), None)
        }
        Step::Unchecked(saved) => {
            s.text(
                &mut pieces,
                wrap(
                    &tr_args(
                        lang,
                        "cloudsigma-saved-unchecked",
                        &[
                            ("email", (&saved.email).into()),
                            ("api", (&saved.api).into()),
                        ],
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
                &labelled(lang, &[Button::Retry, Button::Continue]),
            );
            (said("cloudsigma-saved-heading"), None)
        }
        Step::Location => unreachable_location(lang),
        Step::Choose => {
            if let Some(notice) = &flow.unanswered_notice {
                s.text(&mut pieces, wrap(notice, width, Tone::Info), Tone::Info);
                s.gap(1);
            }
            s.text(
                &mut pieces,
                wrap(
                    &tr_args(lang, "cloudsigma-choose-location", &at_place()),
                    width,
                    Tone::Plain,
                ),
                Tone::Plain,
            );
            if let Some(chosen) = &flow.location.chosen {
                let api = chosen.api(env.config);
                s.text(
                    &mut pieces,
                    wrap(
                        &tr_args(lang, "cloudsigma-choose-api", &[("api", api.into())]),
                        width,
                        Tone::Dim,
                    ),
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
            (said("cloudsigma-choose-heading"), step(2))
        }
        Step::Create => {
            let intro = tr_args(lang, "cloudsigma-create-intro", &at_place());
            let intro = wrap(&intro, width, Tone::Plain);
            let fields =
                field::rows(&flow.create.email, width) + field::rows(&flow.create.second, width);
            let needed = fields + 2 + problem.len().max(1) as u16;
            if area.height > needed + intro.len() as u16 {
                s.text(&mut pieces, intro, Tone::Plain);
                s.gap(1);
            }
            let sending = flow.working().is_some();
            for (focus, field) in [
                (Focus::First, &flow.create.email),
                (Focus::Second, &flow.create.second),
            ] {
                let rect = s.take(field::rows(field, width));
                pieces.push((
                    rect,
                    Piece::Field {
                        field,
                        focused: !sending && flow.create.focus == focus,
                        target: Target::Field(focus),
                    },
                ));
            }
            s.buttons(&mut pieces, &labelled(lang, &[Button::Create]));
            s.gap(1);
            working_or_problem(&mut s, &mut pieces, working, problem);
            (said("cloudsigma-create-heading"), step(3))
        }
        Step::Created(account) => {
            let lines = created_lines(flow, account);
            s.text(&mut pieces, wrap(&lines[0], width, Tone::Ok), Tone::Ok);
            for line in &lines[1..] {
                s.text(&mut pieces, wrap(line, width, Tone::Plain), Tone::Plain);
            }
            s.gap(1);
            if let Some(link) = env.link {
                s.text(
                    &mut pieces,
                    vec![said("cloudsigma-created-link")],
                    Tone::Dim,
                );
                s.text(&mut pieces, wrap(link, width, Tone::Link), Tone::Link);
                s.gap(1);
            } else if flow.sandbox {
                s.text(
                    &mut pieces,
                    wrap(&said("cloudsigma-created-waiting"), width, Tone::Dim),
                    Tone::Dim,
                );
                s.gap(1);
            }
            // The flow's own list, in its order: the focus ring Tab follows. In the sandbox
            // Tab reaches them before the email comes too; pressed, they say it has not.
            s.buttons(&mut pieces, &labelled(lang, flow.created_buttons()));
            s.gap(1);
            s.text(&mut pieces, problem, Tone::Problem);
            (said("cloudsigma-created-heading"), None)
        }
        Step::SetPassword(account) => {
            let intro = tr_args(
                lang,
                "cloudsigma-password-intro",
                &[("email", (&account.email).into())],
            );
            s.text(&mut pieces, wrap(&intro, width, Tone::Plain), Tone::Plain);
            s.text(
                &mut pieces,
                wrap(&said(SET_PASSWORD), width, Tone::Dim),
                Tone::Dim,
            );
            s.gap(1);
            let rect = s.take(field::rows(&flow.password, width));
            pieces.push((
                rect,
                Piece::Field {
                    field: &flow.password,
                    focused: flow.working().is_none(),
                    target: Target::Field(Focus::First),
                },
            ));
            s.buttons(
                &mut pieces,
                &[(
                    tr(lang, "cloudsigma-button-set-password"),
                    Button::SetPassword,
                )],
            );
            s.gap(1);
            working_or_problem(&mut s, &mut pieces, working, problem);
            (said("cloudsigma-password-heading"), None)
        }
        Step::SignIn => {
            if let Some(notice) = &flow.sign_in_notice {
                s.text(&mut pieces, wrap(notice, width, Tone::Info), Tone::Info);
                s.gap(1);
            }
            let intro = tr_args(lang, "cloudsigma-sign-in-intro", &at_place());
            let intro = wrap(&intro, width, Tone::Plain);
            let fields =
                field::rows(&flow.sign_in.email, width) + field::rows(&flow.sign_in.second, width);
            let needed = fields + 2 + problem.len().max(1) as u16;
            if s.room() > needed + intro.len() as u16 {
                s.text(&mut pieces, intro, Tone::Plain);
                s.gap(1);
            }
            let sending = flow.working().is_some();
            for (focus, field) in [
                (Focus::First, &flow.sign_in.email),
                (Focus::Second, &flow.sign_in.second),
            ] {
                let rect = s.take(field::rows(field, width));
                pieces.push((
                    rect,
                    Piece::Field {
                        field,
                        focused: !sending && flow.sign_in.focus == focus,
                        target: Target::Field(focus),
                    },
                ));
            }
            s.buttons(&mut pieces, &labelled(lang, &[Button::SignIn]));
            s.gap(1);
            working_or_problem(&mut s, &mut pieces, working, problem);
            (said("cloudsigma-sign-in-heading"), step(3))
        }
        Step::Account(account) => {
            // The question comes first, so that even a small terminal shows it.
            if flow.sign_out_asked {
                let question = tr_args(
                    lang,
                    "cloudsigma-sign-out-question",
                    &[("email", (&account.email).into())],
                );
                s.text(&mut pieces, wrap(&question, width, Tone::Info), Tone::Info);
                s.buttons(
                    &mut pieces,
                    &labelled(lang, &[Button::SignOutNow, Button::Stay]),
                );
                s.gap(1);
            }
            let first = if account.checked {
                said("cloudsigma-account-still")
            } else {
                tr_args(
                    lang,
                    "cloudsigma-account-signed-in",
                    &[("place", (&account.place).into())],
                )
                .into_owned()
            };
            s.text(&mut pieces, wrap(&first, width, Tone::Ok), Tone::Ok);
            s.gap(1);
            let info = &account.info;
            let pairs = account_pairs(flow);
            let rect = s.take(pairs.len() as u16);
            pieces.push((rect, Piece::Pairs(pairs)));
            s.gap(1);
            let kept = match &account.kept {
                Ok(location) => tr_args(
                    lang,
                    "cloudsigma-account-kept",
                    &[("store", location.describe_in(lang).into())],
                )
                .into_owned(),
                Err(why) => not_kept(lang, why),
            };
            s.text(&mut pieces, wrap(&kept, width, Tone::Dim), Tone::Dim);
            for note in &info.notes {
                s.text(&mut pieces, wrap(note, width, Tone::Info), Tone::Info);
            }
            s.gap(1);
            if !flow.sign_out_asked {
                // The flow's own ring, in its order.
                s.buttons(&mut pieces, &labelled(lang, &ACCOUNT_BUTTONS));
            }
            s.gap(1);
            working_or_problem(&mut s, &mut pieces, working, problem);
            (said("cloudsigma-account-heading"), None)
        }
        Step::Finished(finished) => {
            let lines = finished_lines(finished, lang);
            let (heading, first_tone) = match finished {
                Finished::SignedOut { remote: None, .. } => {
                    ("cloudsigma-signed-out-heading", Tone::Ok)
                }
                Finished::SignedOut { .. } => ("cloudsigma-signed-out-here-heading", Tone::Info),
                Finished::Created(_) => ("cloudsigma-created-done-heading", Tone::Ok),
            };
            s.text(&mut pieces, wrap(&lines[0], width, first_tone), first_tone);
            for line in &lines[1..] {
                s.text(&mut pieces, wrap(line, width, Tone::Plain), Tone::Plain);
            }
            s.gap(1);
            s.buttons(
                &mut pieces,
                &[(tr(lang, "cloudsigma-button-back-to-menu"), Button::Menu)],
            );
            (said(heading), None)
        }
    };
    Screen {
        heading,
        step,
        pieces,
    }
}

fn unreachable_location(lang: Lang) -> (String, Option<String>) {
    // The location screen has its own layout (see `location.rs`).
    (tr(lang, "cloudsigma-location-heading").into_owned(), None)
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
pub fn action_lines(
    lang: Lang,
    action: Action,
    selected: bool,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let (title, blurb, key) = match action {
        Action::Create => (
            "cloudsigma-choose-create",
            "cloudsigma-choose-create-blurb",
            "1",
        ),
        Action::SignIn => (
            "cloudsigma-choose-sign-in",
            "cloudsigma-choose-sign-in-blurb",
            "2",
        ),
    };
    let (title, blurb) = (tr(lang, title), tr(lang, blurb));
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
