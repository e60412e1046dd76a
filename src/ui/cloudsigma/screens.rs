//! Every screen after the location: the saved session being checked, create or sign in, the
//! two forms, the confirmation email, the account, the end.

use std::borrow::Cow;

use ratatui::text::{Line, Span};

use crate::app::App;
use crate::app::cloudsigma::forms::{Focus, Form};
use crate::app::cloudsigma::questions::{
    SET_PASSWORD, account_pairs, created_lines, finished_lines, not_kept,
};
use crate::app::cloudsigma::{ACCOUNT_BUTTONS, Action, Button, CloudSigma, Finished, Step, Target};
use crate::lang::{Lang, tr};
use crate::tr;
use crate::ui::screen::{GivesWay, Piece, Pieces, Screen, Tone, styled, wrap, wrap_indented};
use crate::ui::theme::Theme;
use crate::ui::widgets;
use unicode_width::UnicodeWidthStr;

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

/// A row of the flow's buttons, as `label` says them.
fn buttons(s: &mut Pieces<Target>, flow: &CloudSigma, buttons: &[Button]) {
    let labels: Vec<_> = buttons.iter().map(|b| (label(flow.lang, *b), *b)).collect();
    s.buttons(0, &labels, flow.focused_button(), Target::Button);
}

pub fn layout<'a>(
    flow: &'a CloudSigma,
    mut s: Pieces<'a, Target>,
    app: &App,
) -> Screen<'a, Target> {
    let width = s.width();
    let lang = flow.lang;
    let said = |id| tr(lang, id).into_owned();
    let focused = flow.focused_button();
    let link = flow.confirmation_link(&app.outbox);
    let problem = match &flow.problem {
        Some(problem) => wrap(&problem.message, width, Tone::Problem),
        None => Vec::new(),
    };
    let working = doing(flow);
    let step = |n: u8| super::step(lang, n);
    let place = flow.place();
    let (heading, step) = match &flow.step {
        Step::Loading | Step::CheckingSaved(_) => {
            if let Step::CheckingSaved(saved) = &flow.step {
                s.text(
                    &tr!(lang, "cloudsigma-saved-checking", email = &saved.email),
                    Tone::Plain,
                );
                s.gap(1);
            }
            if let Some(text) = &working {
                s.lines(vec![widgets::working(app.spinner, text, &s.theme)]);
            }
            s.gap(1);
            s.wrapped(problem, Tone::Problem);
            (said("cloudsigma-saved-heading"), None)
        }
        Step::Unchecked(saved) => {
            s.text(
                &tr!(
                    lang,
                    "cloudsigma-saved-unchecked",
                    email = &saved.email,
                    api = &saved.api
                ),
                Tone::Plain,
            );
            s.gap(1);
            s.wrapped(problem, Tone::Problem);
            s.gap(1);
            buttons(&mut s, flow, &[Button::Retry, Button::Continue]);
            (said("cloudsigma-saved-heading"), None)
        }
        Step::Location => unreachable_location(lang),
        Step::Choose => {
            if let Some(notice) = &flow.unanswered_notice {
                s.text(notice, Tone::Info);
                s.gap(1);
            }
            s.text(
                &tr!(lang, "cloudsigma-choose-location", place = place.as_str()),
                Tone::Plain,
            );
            if let Some(chosen) = &flow.location.chosen {
                let api = chosen.api(&app.config.cloudsigma);
                s.text(&tr!(lang, "cloudsigma-choose-api", api), Tone::Dim);
            }
            s.gap(1);
            for action in [Action::Create, Action::SignIn] {
                let selected = flow.action == action;
                let lines = action_lines(lang, action, selected, width, &s.theme);
                let rect = s.take(lines.len() as u16);
                s.put(rect, Piece::Lines(lines), Some(Target::Action(action)));
                s.gap(1);
            }
            s.wrapped(problem, Tone::Problem);
            (said("cloudsigma-choose-heading"), step(2))
        }
        Step::Create => {
            let intro = tr!(lang, "cloudsigma-create-intro", place = place.as_str());
            let form = (&flow.create, Button::Create);
            two_fields(&mut s, flow, &intro, form, problem, app.spinner);
            (said("cloudsigma-create-heading"), step(3))
        }
        Step::Created(account) => {
            let lines = created_lines(flow, account);
            s.text(&lines[0], Tone::Ok);
            for line in &lines[1..] {
                s.text(line, Tone::Plain);
            }
            s.gap(1);
            if let Some(link) = link {
                s.wrapped(vec![said("cloudsigma-created-link")], Tone::Dim);
                s.text(link, Tone::Link);
                s.gap(1);
            } else if flow.sandbox {
                s.text(&said("cloudsigma-created-waiting"), Tone::Dim);
                s.gap(1);
            }
            // The flow's own list, in its order: the focus ring Tab follows. In the sandbox
            // Tab reaches them before the email comes too; pressed, they say it has not.
            buttons(&mut s, flow, flow.created_buttons());
            s.gap(1);
            s.wrapped(problem, Tone::Problem);
            (said("cloudsigma-created-heading"), None)
        }
        Step::SetPassword(account) => {
            let intro = tr!(lang, "cloudsigma-password-intro", email = &account.email);
            s.text(&intro, Tone::Plain);
            s.text(&said(SET_PASSWORD), Tone::Dim);
            s.gap(1);
            let editing = flow.working().is_none();
            s.field(&flow.password, editing, Target::Field(Focus::First));
            s.buttons(
                0,
                &[(
                    tr(lang, "cloudsigma-button-set-password"),
                    Button::SetPassword,
                )],
                focused,
                Target::Button,
            );
            s.gap(1);
            working_or_problem(&mut s, app.spinner, working, problem);
            (said("cloudsigma-password-heading"), None)
        }
        Step::SignIn => {
            if let Some(notice) = &flow.sign_in_notice {
                s.text(notice, Tone::Info);
                s.gap(1);
            }
            let intro = tr!(lang, "cloudsigma-sign-in-intro", place = place.as_str());
            let form = (&flow.sign_in, Button::SignIn);
            two_fields(&mut s, flow, &intro, form, problem, app.spinner);
            (said("cloudsigma-sign-in-heading"), step(3))
        }
        Step::Account(account) => {
            let first = if account.checked {
                said("cloudsigma-account-still")
            } else {
                tr!(lang, "cloudsigma-account-signed-in", place = &account.place).into_owned()
            };
            let kept = match &account.kept {
                Ok(location) => tr!(
                    lang,
                    "cloudsigma-account-kept",
                    store = location.describe_in(lang)
                )
                .into_owned(),
                Err(why) => not_kept(lang, why),
            };
            let pairs = pairs_lines(account_pairs(flow), &s.theme);
            s.fit(|s| {
                // The question comes first, so that even a small terminal shows it.
                if flow.sign_out_asked {
                    let question =
                        tr!(lang, "cloudsigma-sign-out-question", email = &account.email);
                    s.text(&question, Tone::Info);
                    buttons(s, flow, &[Button::SignOutNow, Button::Stay]);
                    s.gap(1);
                }
                s.text(&first, Tone::Ok);
                s.gap(1);
                s.lines(pairs.clone());
                s.gap(1);
                s.text(&kept, Tone::Dim);
                for note in &account.info.notes {
                    s.text(note, Tone::Info);
                }
                s.gap(1);
                if !flow.sign_out_asked {
                    // The flow's own ring, in its order.
                    buttons(s, flow, &ACCOUNT_BUTTONS);
                }
                s.gap(1);
                working_or_problem(s, app.spinner, working.clone(), problem.clone());
            });
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
            s.text(&lines[0], first_tone);
            for line in &lines[1..] {
                s.text(line, Tone::Plain);
            }
            s.gap(1);
            s.buttons(
                0,
                &[(tr(lang, "cloudsigma-button-back-to-menu"), Button::Menu)],
                focused,
                Target::Button,
            );
            (said(heading), None)
        }
    };
    s.screen(heading, step)
}

fn unreachable_location(lang: Lang) -> (String, Option<String>) {
    // The location screen has its own layout (see `location.rs`).
    (tr(lang, "cloudsigma-location-heading").into_owned(), None)
}

/// A form of two fields under its intro (which gives way first on a short terminal), its
/// button, and what is being done or went wrong.
fn two_fields<'a>(
    s: &mut Pieces<'a, Target>,
    flow: &CloudSigma,
    intro: &str,
    (form, button): (&'a Form, Button),
    problem: Vec<String>,
    spinner: usize,
) {
    let intro = wrap(intro, s.width(), Tone::Plain);
    let working = flow.working();
    s.fit(|s| {
        if s.keeps(GivesWay::Intro) {
            s.wrapped(intro.clone(), Tone::Plain);
            s.gap(1);
        }
        for (focus, field) in [(Focus::First, &form.email), (Focus::Second, &form.second)] {
            let focused = working.is_none() && form.focus == focus;
            s.field(field, focused, Target::Field(focus));
        }
        buttons(s, flow, &[button]);
        s.gap(1);
        working_or_problem(s, spinner, doing(flow), problem.clone());
    });
}

/// What the flow is doing, in words, if anything.
fn doing(flow: &CloudSigma) -> Option<String> {
    let working = flow.working()?;
    Some(format!(
        "{}…",
        crate::text::capitalized(&working.said(flow.lang))
    ))
}

fn working_or_problem(
    s: &mut Pieces<Target>,
    spinner: usize,
    working: Option<String>,
    problem: Vec<String>,
) {
    match working {
        Some(text) => {
            let line = widgets::working(spinner, &text, &s.theme);
            s.lines(vec![line]);
        }
        None => {
            s.wrapped(problem, Tone::Problem);
        }
    }
}

/// `label  value` pairs, the labels padded to one width.
fn pairs_lines(pairs: Vec<(String, String)>, theme: &Theme) -> Vec<Line<'static>> {
    let width = pairs.iter().map(|(l, _)| l.width()).max().unwrap_or(0);
    pairs
        .into_iter()
        .map(|(label, value)| {
            Line::from(vec![
                Span::styled(format!("{label:<width$}  "), theme.dim()),
                Span::styled(value, theme.title()),
            ])
        })
        .collect()
}

/// The two choices of step 2, each a title and what it means.
/// A way on, its key, and under it what it means, wrapped at `width` four cells in.
fn action_lines(
    lang: Lang,
    action: Action,
    selected: bool,
    width: u16,
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
    let title = Line::from(vec![
        marker,
        Span::styled(title, style),
        Span::styled(format!("  ({key})"), theme.dim()),
    ]);
    let blurb = styled(wrap_indented(&blurb, width, Tone::Dim, 4), theme.dim());
    std::iter::once(title).chain(blurb).collect()
}
