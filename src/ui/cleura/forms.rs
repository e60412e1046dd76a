//! Every screen but the regions: the saved session being checked, sign-in, the SMS code,
//! the WebAuthn-only explanation, signed out.

use std::time::Instant;

use ratatui::layout::Rect;

use super::{Piece, Screen, Stack, Tone, code_width, wrap};
use crate::app::cleura::input::{Button, Hit};
use crate::app::cleura::questions::{code_lines, signed_out_lines, webauthn_lines};
use crate::app::cleura::{Cleura, Field, Step, Work};
use crate::config::CleuraApi;
use crate::ui::widgets::FIELD_HEIGHT;

const STEPS: u8 = 3;

pub fn layout(flow: &Cleura, area: Rect, now: Instant) -> Screen<'_> {
    let width = area.width;
    let mut pieces: Vec<(Rect, Piece)> = Vec::new();
    let mut s = Stack::new(area);
    let problem = match &flow.trouble {
        Some(t) if !t.on_field => wrap(&t.problem.message, width, Tone::Problem),
        _ => Vec::new(),
    };
    let working = flow
        .working()
        .map(|w| format!("{}…", capitalise(w.words())));
    let step = |n: u8| Some(format!("Step {n} of {STEPS}"));
    let (heading, step) = match &flow.step {
        Step::Loading => {
            s.text(
                &mut pieces,
                wrap(
                    "Looking for a session kept by an earlier run…",
                    width,
                    Tone::Dim,
                ),
                Tone::Dim,
            );
            ("Cleura Cloud".to_string(), None)
        }
        Step::CheckingSaved(saved) => {
            let text = format!(
                "A session for {} was kept by an earlier run, in {}. Cleura is asked whether \
                 it still works.",
                saved.session.login,
                saved.kept.describe()
            );
            s.text(&mut pieces, wrap(&text, width, Tone::Plain), Tone::Plain);
            s.gap(1);
            working_or_problem(&mut s, &mut pieces, working, problem);
            ("Your saved Cleura session".to_string(), None)
        }
        Step::Unchecked(saved) => {
            let text = format!(
                "A session for {} was kept by an earlier run, at {}.",
                saved.session.login, saved.session.endpoint
            );
            s.text(&mut pieces, wrap(&text, width, Tone::Plain), Tone::Plain);
            s.gap(1);
            s.text(&mut pieces, problem, Tone::Problem);
            s.gap(1);
            s.buttons(
                &mut pieces,
                &[
                    ("Try again", Button::Retry),
                    ("Sign in again", Button::SignInAnew),
                ],
            );
            ("Your saved Cleura session".to_string(), None)
        }
        Step::SignIn => {
            sign_in(flow, &mut s, &mut pieces, width, working, problem);
            ("Sign in to Cleura Cloud".to_string(), step(1))
        }
        Step::WebAuthnOnly { login, message } => {
            let lines = webauthn_lines(login, message);
            s.text(
                &mut pieces,
                wrap(&lines[0], width, Tone::Problem),
                Tone::Problem,
            );
            s.gap(1);
            for line in &lines[1..] {
                s.text(&mut pieces, wrap(line, width, Tone::Plain), Tone::Plain);
                s.gap(1);
            }
            s.buttons(&mut pieces, &[("Back to sign in", Button::BackToSignIn)]);
            ("This account cannot use the REST API".to_string(), step(1))
        }
        Step::Code(code) => {
            let mut lines = code_lines(flow);
            let notice = code.notice.is_some().then(|| lines.remove(0));
            let mut notice = notice
                .map(|n| wrap(&n, width, Tone::Info))
                .unwrap_or_default();
            let mut sandbox_line = flow
                .sandbox
                .then(|| lines.pop())
                .flatten()
                .map(|l| wrap(&l, width, Tone::Dim))
                .unwrap_or_default();
            let lines: Vec<Vec<String>> =
                lines.iter().map(|l| wrap(l, width, Tone::Plain)).collect();
            // The boxes, their message, the resend line, the buttons and a problem need
            // ten rows; on a short terminal the remarks give way first.
            let text = |n: &[String], s: &[String], l: &[Vec<String>]| {
                (n.len() + s.len() + l.iter().map(Vec::len).sum::<usize>()) as u16
            };
            if text(&notice, &sandbox_line, &lines) + 10 > area.height {
                sandbox_line.clear();
            }
            while text(&notice, &sandbox_line, &lines) + 10 > area.height && notice.len() > 1 {
                notice.pop();
                if let Some(last) = notice.last_mut() {
                    *last = super::fit(&format!("{last}…"), usize::from(width));
                }
            }
            s.text(&mut pieces, notice, Tone::Info);
            for line in lines {
                s.text(&mut pieces, line, Tone::Plain);
            }
            s.text(&mut pieces, sandbox_line, Tone::Dim);
            s.gap(1);
            let boxes = s.take(3);
            pieces.push((
                Rect {
                    width: code_width().min(boxes.width),
                    ..boxes
                },
                Piece::Code {
                    step: code,
                    focused: flow.working().is_none(),
                },
            ));
            let message = match (&code.code.error, &code.code.note) {
                (Some(error), _) => wrap(error, width, Tone::Problem),
                (None, Some(note)) => wrap(note, width, Tone::Info),
                _ => Vec::new(),
            };
            let tone = if code.code.error.is_some() {
                Tone::Problem
            } else {
                Tone::Info
            };
            if message.is_empty() {
                s.gap(1);
            } else {
                s.text(&mut pieces, message, tone);
            }
            let resend = match code.countdown(now) {
                Some(secs) => format!("No SMS? A new code can be sent in {secs} s."),
                None if code.sent_at.is_some() => {
                    "No SMS? Ctrl-N sends a new code (the old one stops working).".into()
                }
                None => String::new(),
            };
            if !resend.is_empty() {
                s.text(&mut pieces, wrap(&resend, width, Tone::Dim), Tone::Dim);
            }
            s.gap(1);
            let mut buttons = vec![("Verify", Button::Verify)];
            if code.countdown(now).is_none() && code.sent_at.is_some() {
                buttons.push(("Send a new code", Button::Resend));
            }
            buttons.push(("Back", Button::BackToSignIn));
            s.buttons(&mut pieces, &buttons);
            s.gap(1);
            working_or_problem(&mut s, &mut pieces, working, problem);
            ("Enter the code from the SMS".to_string(), step(2))
        }
        Step::Regions(_) => ("Regions".to_string(), None),
        Step::SignedOut(out) => {
            let lines = signed_out_lines(out);
            let tone = if out.remote.is_none() {
                Tone::Ok
            } else {
                Tone::Info
            };
            s.text(&mut pieces, wrap(&lines[0], width, tone), tone);
            for line in &lines[1..] {
                s.text(&mut pieces, wrap(line, width, Tone::Plain), Tone::Plain);
            }
            s.gap(1);
            s.buttons(&mut pieces, &[("Menu", Button::Menu)]);
            ("Signed out of Cleura".to_string(), None)
        }
    };
    Screen {
        heading,
        step,
        pieces,
    }
}

fn sign_in<'a>(
    flow: &'a Cleura,
    s: &mut Stack,
    pieces: &mut Vec<(Rect, Piece<'a>)>,
    width: u16,
    working: Option<String>,
    problem: Vec<String>,
) {
    let form = &flow.form;
    let sending = flow.working() == Some(Work::SigningIn);
    let intro = wrap(
        "Your Cleura Cloud login and password; a second factor by SMS follows when your account \
         has one.",
        width,
        Tone::Plain,
    );
    let notice = flow
        .notice
        .as_ref()
        .map(|n| wrap(n, width, Tone::Info))
        .unwrap_or_default();
    let needed = 3 * FIELD_HEIGHT + 4 + problem.len().max(1) as u16 + notice.len() as u16;
    if !notice.is_empty() {
        s.text(pieces, notice, Tone::Info);
        s.gap(1);
    } else if s.room() > needed + intro.len() as u16 {
        s.text(pieces, intro, Tone::Plain);
        s.gap(1);
    }
    for (field, text) in [
        (Field::Login, &form.login),
        (Field::Password, &form.password),
        (Field::Endpoint, &form.endpoint),
    ] {
        let rect = s.take(FIELD_HEIGHT);
        pieces.push((
            rect,
            Piece::Field {
                field: text,
                focused: !sending && form.focus == field,
                hit: Hit::Field(field),
            },
        ));
    }
    let row = s.take(1);
    let label = 2 + "API version".len() as u16 + 2;
    let options = [CleuraApi::V1, CleuraApi::V2]
        .iter()
        .enumerate()
        .map(|(i, api)| {
            (
                Rect::new(row.x + label + i as u16 * 9, row.y, 6, row.height),
                *api,
            )
        })
        .filter(|(r, _)| r.x + r.width <= row.x + row.width)
        .collect();
    pieces.push((
        row,
        Piece::Version {
            current: form.api,
            focused: !sending && form.focus == Field::Version,
            options,
        },
    ));
    s.gap(1);
    s.buttons(pieces, &[("Sign in", Button::SignIn)]);
    s.gap(1);
    working_or_problem(s, pieces, working, problem);
}

fn working_or_problem<'a>(
    s: &mut Stack,
    pieces: &mut Vec<(Rect, Piece<'a>)>,
    working: Option<String>,
    problem: Vec<String>,
) {
    if let Some(text) = working {
        let rect = s.take(1);
        pieces.push((rect, Piece::Working(text)));
    } else {
        s.text(pieces, problem, Tone::Problem);
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
