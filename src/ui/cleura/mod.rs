//! The Cleura flow's screens: sign in, the SMS code, signing in again once a verification
//! ended, why a second factor other than SMS cannot be used, the regions table (in
//! `table`), signed out.

pub mod table;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::field;
use super::screen::{Tone, styled, wrap};
use super::theme::Theme;
use super::widgets;
use crate::app::App;
use crate::app::cleura::code::{CODE_LENGTH, CodeStep};
use crate::app::cleura::questions::{second_factor_explanation, unusable_second_factor};
use crate::app::cleura::sign_in::{Part, SignInForm};
use crate::app::cleura::{Cleura, Step, Target, Work};
use crate::lang::{Lang, tr, tr_args};
pub use table::{TableLayout, page_rows, projects_area, table_layout};

pub fn draw(flow: &Cleura, app: &App, frame: &mut Frame, body: Rect, theme: &Theme) {
    let lang = flow.lang;
    match &flow.step {
        Step::Resuming => {
            let area = widgets::screen(frame, body, "Cleura Cloud", None, theme);
            let text = flow.working().unwrap_or(Work::LookingForToken.said(lang));
            frame.render_widget(
                Paragraph::new(widgets::working(
                    app.spinner,
                    &format!("{}…", crate::text::capitalized(text)),
                    theme,
                )),
                area,
            );
        }
        Step::SignIn => sign_in(flow, app, frame, body, theme),
        Step::Code(code) => code_screen(flow, code, app, frame, body, theme),
        Step::SignInAgain { reason } => {
            let heading = tr(lang, "cleura-verification-ended-heading");
            let area = widgets::screen(frame, body, &heading, None, theme);
            let lines = vec![
                widgets::problem(&format!("{reason}."), theme),
                Line::raw(""),
                Line::raw(tr(lang, "cleura-verification-ended")),
                Line::raw(""),
                Line::styled(tr(lang, "cleura-sign-in-again"), theme.title()),
                Line::raw(""),
                Line::styled(tr(lang, "cleura-sign-in-again-keys"), theme.dim()),
            ];
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
        }
        Step::SecondFactorUnusable { methods } => {
            let heading = tr(lang, "cleura-second-factor-heading");
            let area = widgets::screen(frame, body, &heading, None, theme);
            let mut lines = vec![
                widgets::problem(&unusable_second_factor(lang, methods), theme),
                Line::raw(""),
            ];
            lines.extend(
                second_factor_explanation(lang, methods)
                    .into_iter()
                    .map(Line::raw),
            );
            lines.push(Line::raw(""));
            lines.push(Line::styled(
                tr(lang, "cleura-back-to-sign-in-keys"),
                theme.dim(),
            ));
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
        }
        Step::Regions(regions) => table::draw(flow, regions, app, frame, body, theme),
        Step::SignedOut { notice, .. } => {
            let heading = tr(lang, "cleura-signed-out-heading");
            let area = widgets::screen(frame, body, &heading, None, theme);
            let lines = vec![
                widgets::success(notice, theme),
                Line::raw(""),
                Line::styled(tr(lang, "cleura-back-to-menu-keys"), theme.dim()),
            ];
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
        }
    }
}

/// Where each part of the sign-in form is, in focus order (drawn, and where clicks land).
pub struct SignInLayout {
    pub intro: Rect,
    /// Each part shown, where it is.
    pub parts: Vec<(Part, Rect)>,
    pub below: Rect,
}

impl SignInLayout {
    fn at(&self, part: Part) -> Rect {
        self.parts
            .iter()
            .find(|(p, _)| *p == part)
            .map(|(_, rect)| *rect)
            .unwrap_or_default()
    }
}

/// What a click can land on, laid out in `body` as `draw` lays it; the projects' list, over
/// the table, last.
pub fn hits(flow: &Cleura, body: Rect) -> Vec<(Rect, Target)> {
    match &flow.step {
        Step::SignIn => sign_in_layout(body, &flow.form)
            .parts
            .into_iter()
            .map(|(part, rect)| (rect, Target::SignIn(part)))
            .collect(),
        Step::Regions(regions) => {
            let table = table_layout(body, regions);
            let rows = (0..table.shown).map(|i| {
                let y = table.rows.y + i as u16;
                let rect = Rect::new(table.rows.x, y, table.rows.width, 1);
                (rect, Target::Row(table.first + i))
            });
            let headers = table.columns.iter().map(|(column, x, width)| {
                let rect = Rect::new(*x, table.header.y, *width, 1);
                (rect, Target::Header(*column))
            });
            let mut hits: Vec<_> = rows.chain(headers).collect();
            if regions.projects.is_some() {
                hits.push((projects_area(body), Target::Projects));
            }
            hits
        }
        _ => Vec::new(),
    }
}

pub fn sign_in_layout(body: Rect, form: &SignInForm) -> SignInLayout {
    let area = widgets::screen_area(body);
    let mut stack = super::layout::Stack::new(area);
    let intro = stack.take(2);
    let mut parts = Vec::new();
    for &part in form.parts() {
        let rect = match part {
            Part::Login => stack.take(field::rows(&form.login, area.width)),
            Part::Password => stack.take(field::rows(&form.password, area.width)),
            Part::Endpoint => stack.take(field::rows(&form.endpoint, area.width)),
            Part::Advanced | Part::Api => {
                let line = stack.take(1);
                stack.gap(1);
                line
            }
            Part::Submit => {
                let line = stack.take(1);
                // The button as drawn ("[ Sign in ]"), and a little room after it to click.
                let button =
                    unicode_width::UnicodeWidthStr::width(&*sign_in_button(form.lang)) as u16 + 4;
                Rect {
                    width: line.width.min(13.max(button)),
                    ..line
                }
            }
        };
        parts.push((part, rect));
    }
    stack.gap(1);
    let below = stack.take(u16::MAX);
    SignInLayout {
        intro,
        parts,
        below,
    }
}

fn sign_in_button(lang: Lang) -> std::borrow::Cow<'static, str> {
    tr(lang, "cleura-sign-in-button")
}

/// "Step 1 of 2", in `lang`.
fn step(lang: Lang, step: u32) -> std::borrow::Cow<'static, str> {
    tr_args(
        lang,
        "cleura-step",
        &[("step", step.into()), ("steps", 2u32.into())],
    )
}

/// `text` with the key it names (a placeholder, `$key`) in the key's style.
fn with_key<'a>(lang: Lang, id: &str, key: &'a str, theme: &Theme) -> Line<'a> {
    let text = tr_args(lang, id, &[("key", key.into())]);
    match text.split_once(key) {
        Some((before, after)) => Line::from(vec![
            Span::raw(before.to_string()),
            Span::styled(key, theme.key()),
            Span::raw(after.to_string()),
        ]),
        None => Line::raw(text.into_owned()),
    }
}

fn sign_in(flow: &Cleura, app: &App, frame: &mut Frame, body: Rect, theme: &Theme) {
    let lang = flow.lang;
    widgets::screen(
        frame,
        body,
        &tr(lang, "cleura-sign-in-heading"),
        Some(&step(lang, 1)),
        theme,
    );
    let form = &flow.form;
    let layout = sign_in_layout(body, form);
    frame.render_widget(
        Paragraph::new(Line::styled(tr(lang, "cleura-sign-in-intro"), theme.dim()))
            .wrap(Wrap { trim: true }),
        layout.intro,
    );
    let editing = flow.working().is_none();
    field::draw(
        frame,
        layout.at(Part::Login),
        &form.login,
        editing && form.focus == Part::Login,
        theme,
    );
    field::draw(
        frame,
        layout.at(Part::Password),
        &form.password,
        editing && form.focus == Part::Password,
        theme,
    );
    let advanced_focused = editing && form.focus == Part::Advanced;
    let summary = if form.advanced {
        String::new()
    } else {
        tr_args(
            lang,
            "cleura-advanced-summary",
            &[
                ("version", form.api.label().into()),
                ("endpoint", form.endpoint_value().into()),
            ],
        )
        .into_owned()
    };
    let advanced_line = Line::from(vec![
        Span::styled(if advanced_focused { "› " } else { "  " }, theme.key()),
        Span::styled(
            format!(
                "{} {}",
                if form.advanced { "▾" } else { "▸" },
                tr(lang, "cleura-advanced")
            ),
            if advanced_focused {
                theme.title()
            } else {
                theme.base()
            },
        ),
        Span::styled(summary, theme.dim()),
    ]);
    frame.render_widget(Paragraph::new(advanced_line), layout.at(Part::Advanced));
    let api_focused = editing && form.focus == Part::Api;
    let api_line = Line::from(vec![
        Span::styled(if api_focused { "› " } else { "  " }, theme.key()),
        Span::styled(
            format!("{}  ", tr(lang, "cleura-api-version")),
            if api_focused {
                theme.title()
            } else {
                theme.base()
            },
        ),
        Span::styled(
            match form.api {
                crate::config::CleuraApi::V1 => "(•) v1  ( ) v2",
                crate::config::CleuraApi::V2 => "( ) v1  (•) v2",
            },
            if api_focused {
                theme.selected()
            } else {
                theme.base()
            },
        ),
        Span::styled(
            if api_focused {
                format!("   {}", tr(lang, "cleura-api-switch"))
            } else {
                String::new()
            },
            theme.dim(),
        ),
    ]);
    frame.render_widget(Paragraph::new(api_line), layout.at(Part::Api));
    field::draw(
        frame,
        layout.at(Part::Endpoint),
        &form.endpoint,
        editing && form.focus == Part::Endpoint,
        theme,
    );
    frame.render_widget(
        Paragraph::new(Line::from(widgets::button(
            &sign_in_button(lang),
            editing && form.focus == Part::Submit,
            theme,
        ))),
        layout.at(Part::Submit),
    );
    let mut below = Vec::new();
    if let Some(words) = flow.working() {
        below.push(widgets::working(
            app.spinner,
            &format!("{}…", crate::text::capitalized(words)),
            theme,
        ));
    } else if let Some(problem) = &flow.problem {
        below.push(widgets::problem(&problem.message, theme));
    }
    if app.sandbox_url.is_some() {
        below.push(Line::raw(""));
        below.push(Line::styled(tr(lang, "cleura-sandbox-logins"), theme.dim()));
    }
    frame.render_widget(
        Paragraph::new(below).wrap(Wrap { trim: true }),
        layout.below,
    );
}

/// The six boxes, each `[ d ]`, and where the next digit goes.
fn code_screen(
    flow: &Cleura,
    code: &CodeStep,
    app: &App,
    frame: &mut Frame,
    body: Rect,
    theme: &Theme,
) {
    let lang = flow.lang;
    let area = widgets::screen(
        frame,
        body,
        &tr(lang, "cleura-code-title"),
        Some(&step(lang, 2)),
        theme,
    );
    let notice = code.notice.as_deref().unwrap_or_default();
    let mut lines = styled(wrap(notice, area.width, Tone::Info), theme.warn());
    let notice_rows = lines.len() as u16;
    lines.extend([
        Line::raw(tr_args(
            lang,
            "cleura-code-sent-to",
            &[
                ("length", CODE_LENGTH.into()),
                ("login", flow.form.login_value().into()),
            ],
        )),
        Line::styled(tr(lang, "cleura-code-type-it"), theme.dim()),
        Line::raw(""),
    ]);
    // Shown as typed, unless hidden with Ctrl-R.
    let digits: Vec<char> = code.field.display().chars().collect();
    let mut top = Vec::new();
    let mut middle = Vec::new();
    let mut bottom = Vec::new();
    for i in 0..CODE_LENGTH {
        let style = if i == digits.len() && flow.working().is_none() {
            theme.border(true)
        } else {
            theme.border(false)
        };
        top.push(Span::styled("┌───┐ ", style));
        middle.push(Span::styled("│ ", style));
        middle.push(Span::styled(
            digits
                .get(i)
                .map(|d| d.to_string())
                .unwrap_or_else(|| " ".into()),
            theme.title(),
        ));
        middle.push(Span::styled(" │ ", style));
        bottom.push(Span::styled("└───┘ ", style));
    }
    lines.push(Line::from(top));
    lines.push(Line::from(middle));
    lines.push(Line::from(bottom));
    lines.push(Line::raw(""));
    if let Some(words) = flow.working() {
        lines.push(widgets::working(
            app.spinner,
            &format!("{}…", crate::text::capitalized(words)),
            theme,
        ));
    } else if let Some(problem) = &flow.problem {
        lines.push(widgets::problem(&problem.message, theme));
    } else {
        let said = field::message(&code.field, area.width, theme);
        if said.is_empty() {
            lines.push(Line::raw(""));
        }
        lines.extend(said);
    }
    lines.push(Line::raw(""));
    if code.can_resend(app.now) {
        lines.push(with_key(lang, "cleura-code-resend-key", "Ctrl-N", theme));
    } else {
        lines.push(Line::styled(
            tr_args(
                lang,
                "cleura-code-resend-in",
                &[("seconds", code.seconds_left(app.now).into())],
            ),
            theme.dim(),
        ));
    }
    if app.sandbox_url.is_some() {
        lines.push(with_key(lang, "cleura-code-from-outbox", "Ctrl-T", theme));
    }
    let boxes_y = area.y + 3 + notice_rows;
    if flow.working().is_none() && digits.len() < CODE_LENGTH && boxes_y + 1 < area.y + area.height
    {
        let x = area.x + 2 + 6 * digits.len() as u16;
        if x < area.x + area.width {
            frame.set_cursor_position((x, boxes_y + 1));
        }
    }
    frame.render_widget(Paragraph::new(lines), area);
}
