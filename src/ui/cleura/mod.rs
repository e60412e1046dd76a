//! The Cleura flow's screens: sign in, the SMS code, signing in again once a verification
//! ended, why a second factor other than SMS cannot be used, the regions table (in
//! `table`), signed out.

pub mod table;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::theme::Theme;
use super::widgets::{self, FIELD_HEIGHT};
use crate::app::App;
use crate::app::cleura::code::{CODE_LENGTH, CodeStep};
use crate::app::cleura::questions::{
    SIGN_IN_AGAIN, VERIFICATION_ENDED, second_factor_explanation, unusable_second_factor,
};
use crate::app::cleura::sign_in::{Part, SignInForm};
use crate::app::cleura::{Cleura, Step, Target};
pub use table::{TableLayout, page_rows, projects_area, table_layout};

pub fn draw(flow: &Cleura, app: &App, frame: &mut Frame, body: Rect, theme: &Theme) {
    match &flow.step {
        Step::Resuming => {
            let area = widgets::screen(frame, body, "Cleura Cloud", None, theme);
            let text = flow.working().unwrap_or("looking for a kept Cleura token");
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
            let area = widgets::screen(frame, body, "The verification has ended", None, theme);
            let lines = vec![
                widgets::problem(&format!("{reason}."), theme),
                Line::raw(""),
                Line::raw(VERIFICATION_ENDED),
                Line::raw(""),
                Line::styled(SIGN_IN_AGAIN, theme.title()),
                Line::raw(""),
                Line::styled(
                    "y or Enter: sign in again and send a new code · n or Esc: back to sign in",
                    theme.dim(),
                ),
            ];
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
        }
        Step::SecondFactorUnusable { methods } => {
            let area = widgets::screen(frame, body, "The REST API needs SMS", None, theme);
            let mut lines = vec![
                widgets::problem(&unusable_second_factor(methods), theme),
                Line::raw(""),
            ];
            lines.extend(
                second_factor_explanation(methods)
                    .into_iter()
                    .map(Line::raw),
            );
            lines.push(Line::raw(""));
            lines.push(Line::styled("Enter or Esc: back to sign in", theme.dim()));
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
        }
        Step::Regions(regions) => table::draw(flow, regions, app, frame, body, theme),
        Step::SignedOut { notice, .. } => {
            let area = widgets::screen(frame, body, "Signed out of Cleura", None, theme);
            let lines = vec![
                widgets::success(notice, theme),
                Line::raw(""),
                Line::styled("Enter or Esc: back to the menu.", theme.dim()),
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
    let mut stack = super::layout::Stack::new(widgets::screen_area(body));
    let intro = stack.take(2);
    let mut parts = Vec::new();
    for &part in form.parts() {
        let rect = match part {
            Part::Login | Part::Password | Part::Endpoint => stack.take(FIELD_HEIGHT),
            Part::Advanced | Part::Api => {
                let line = stack.take(1);
                stack.gap(1);
                line
            }
            Part::Submit => {
                let line = stack.take(1);
                Rect {
                    width: line.width.min(13),
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

fn sign_in(flow: &Cleura, app: &App, frame: &mut Frame, body: Rect, theme: &Theme) {
    widgets::screen(
        frame,
        body,
        "Sign in to Cleura Cloud",
        Some("Step 1 of 2"),
        theme,
    );
    let form = &flow.form;
    let layout = sign_in_layout(body, form);
    frame.render_widget(
        Paragraph::new(Line::styled(
            "Your Cleura login and password; an SMS code follows if the account has one.",
            theme.dim(),
        ))
        .wrap(Wrap { trim: true }),
        layout.intro,
    );
    let editing = flow.working().is_none();
    widgets::field(
        frame,
        layout.at(Part::Login),
        &form.login,
        editing && form.focus == Part::Login,
        theme,
    );
    widgets::field(
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
        format!(": API {} · {}", form.api.label(), form.endpoint_value())
    };
    let advanced_line = Line::from(vec![
        Span::styled(if advanced_focused { "› " } else { "  " }, theme.key()),
        Span::styled(
            format!("{} Advanced", if form.advanced { "▾" } else { "▸" }),
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
            "API version  ",
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
            if api_focused { "   Space switches" } else { "" },
            theme.dim(),
        ),
    ]);
    frame.render_widget(Paragraph::new(api_line), layout.at(Part::Api));
    widgets::field(
        frame,
        layout.at(Part::Endpoint),
        &form.endpoint,
        editing && form.focus == Part::Endpoint,
        theme,
    );
    frame.render_widget(
        Paragraph::new(Line::from(widgets::button(
            "Sign in",
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
    } else if let Some(problem) = &form.problem {
        below.push(widgets::problem(&problem.message, theme));
    }
    if app.sandbox_url.is_some() {
        below.push(Line::raw(""));
        below.push(Line::styled(
            "Sandbox logins: alice (no second factor), bob (SMS), carol (WebAuthn only); each password is the login followed by -password.",
            theme.dim(),
        ));
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
    let area = widgets::screen(
        frame,
        body,
        "Type the code sent by SMS",
        Some("Step 2 of 2"),
        theme,
    );
    let mut lines = Vec::new();
    let notice = code
        .notice
        .as_deref()
        .map(|n| {
            crate::text::wrap_hanging(&format!("i {n}"), usize::from(area.width).max(8), "", "  ")
        })
        .unwrap_or_default();
    let notice_rows = notice.len() as u16;
    for line in notice {
        lines.push(Line::styled(line, theme.warn()));
    }
    lines.extend([
        Line::raw(format!(
            "Cleura sent a {CODE_LENGTH}-digit code by SMS to the phone of {}.",
            flow.form.login_value()
        )),
        Line::styled(
            "Type it (or paste it): it is sent as soon as it is complete.",
            theme.dim(),
        ),
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
    } else if let Some(problem) = &code.problem {
        lines.push(widgets::problem(&problem.message, theme));
    } else if let Some(error) = &code.field.error {
        lines.push(widgets::problem(error, theme));
    } else if let Some(note) = &code.field.note {
        lines.push(Line::styled(format!("i {note}"), theme.warn()));
    } else {
        lines.push(Line::raw(""));
    }
    lines.push(Line::raw(""));
    if code.can_resend(app.now) {
        lines.push(Line::from(vec![
            Span::styled("Ctrl-N", theme.key()),
            Span::raw(" sends a new code."),
        ]));
    } else {
        lines.push(Line::styled(
            format!(
                "A new code can be sent in {} s.",
                code.seconds_left(app.now)
            ),
            theme.dim(),
        ));
    }
    if app.sandbox_url.is_some() {
        lines.push(Line::from(vec![
            Span::styled("Ctrl-T", theme.key()),
            Span::raw(" takes the code from the sandbox outbox."),
        ]));
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
