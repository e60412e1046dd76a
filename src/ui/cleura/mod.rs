//! The Cleura flow's screens, each laid out once as pieces (`ui::screen`): sign in, the SMS
//! code, signing in again once a verification ended, why a second factor other than SMS
//! cannot be used, the regions table (in `table`), signed out.

pub mod table;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::screen::{GivesWay, Piece, Pieces, Screen, Tone, styled, wrap};
use super::theme::Theme;
use super::widgets;
use crate::app::App;
use crate::app::cleura::code::{CODE_LENGTH, CodeStep};
use crate::app::cleura::questions::{second_factors_named, unusable_second_factor};
use crate::app::cleura::sign_in::{Part, SignInForm};
use crate::app::cleura::{Cleura, Step, Target, Work};
use crate::app::field::TextField;
use crate::lang::{Lang, tr};
use crate::tr;

/// How many rows the regions table shows in `body`: a page, what PageUp and PageDown move by.
pub fn page_rows(app: &App, body: Rect) -> usize {
    let shown = app.flows.cleura.as_ref().and_then(|flow| match &flow.step {
        Step::Regions(regions) => Some((flow, &**regions)),
        _ => None,
    });
    table::page_rows(shown, app, body)
}

/// The screen in front, laid out: the view draws it and takes its hits from it.
pub(crate) fn layout<'a>(
    flow: &'a Cleura,
    app: &App,
    body: Rect,
    theme: &Theme,
) -> Screen<'a, Target> {
    let lang = flow.lang;
    let mut s = Pieces::new(widgets::screen_area(body), *theme);
    let said = |id| tr(lang, id).into_owned();
    match &flow.step {
        Step::Resuming => {
            let words = flow.working().unwrap_or(Work::LookingForToken.said(lang));
            s.lines(vec![working(app, words, theme)]);
            s.screen("Cleura Cloud".into(), None)
        }
        Step::SignIn => {
            sign_in(flow, app, &mut s);
            s.screen(said("cleura-sign-in-heading"), Some(step(lang, 1)))
        }
        Step::Code(code) => {
            code_screen(flow, code, app, &mut s);
            s.screen(said("cleura-code-title"), Some(step(lang, 2)))
        }
        Step::SignInAgain { reason } => {
            s.text(&format!("{reason}."), Tone::Problem);
            s.gap(1);
            s.text(&said("cleura-verification-ended"), Tone::Plain);
            s.gap(1);
            let question = wrap(&said("cleura-sign-in-again"), s.width(), Tone::Plain);
            s.lines(styled(question, theme.title()));
            s.gap(1);
            s.text(&said("cleura-sign-in-again-keys"), Tone::Dim);
            s.screen(said("cleura-verification-ended-heading"), None)
        }
        Step::SecondFactorUnusable { methods } => {
            let problem = unusable_second_factor(lang, methods);
            let (why, how) = (
                said("cleura-second-factor-why"),
                said("cleura-second-factor-how"),
            );
            // The problem already names them: on a short terminal they give way first.
            let named = second_factors_named(lang, methods);
            let keys = said("cleura-back-to-sign-in-keys");
            // Why comes first, then what to change: what to do is the point of this screen,
            // and on a short terminal why gives way before it, as an intro does.
            s.fit(|s| {
                s.text(&problem, Tone::Problem);
                s.gap(1);
                if s.keeps(GivesWay::Intro) {
                    s.text(&why, Tone::Plain);
                    s.gap(1);
                }
                s.text(&how, Tone::Plain);
                if let Some(named) = named.as_ref().filter(|_| s.keeps(GivesWay::Hint)) {
                    s.text(named, Tone::Dim);
                }
                s.gap(1);
                s.text(&keys, Tone::Dim);
            });
            s.screen(said("cleura-second-factor-heading"), None)
        }
        Step::Regions(regions) => table::layout(flow, regions, app, body, theme),
        Step::SignedOut { notice, .. } => {
            s.text(notice, Tone::Ok);
            s.gap(1);
            s.text(&said("cleura-back-to-menu-keys"), Tone::Dim);
            s.screen(said("cleura-signed-out-heading"), None)
        }
    }
}

/// A spinner and what is being done, as a sentence.
fn working<'a>(app: &App, words: &str, theme: &Theme) -> Line<'a> {
    let text = format!("{}…", crate::text::capitalized(words));
    widgets::working(app.spinner, &text, theme)
}

/// "Step 1 of 2", in `lang`.
fn step(lang: Lang, step: u32) -> String {
    tr!(lang, "cleura-step", step, steps = 2u32).into_owned()
}

/// `text` with the key it names (a placeholder, `$key`) in the key's style.
fn with_key<'a>(lang: Lang, id: &str, key: &'a str, theme: &Theme) -> Line<'a> {
    let text = tr!(lang, id, key);
    match text.split_once(key) {
        Some((before, after)) => Line::from(vec![
            Span::raw(before.to_string()),
            Span::styled(key, theme.key()),
            Span::raw(after.to_string()),
        ]),
        None => Line::raw(text.into_owned()),
    }
}

/// The form in its focus order under its intro, its button, and under them what is being
/// done or went wrong (and, in the sandbox, its logins); on a short terminal what can give
/// way does, so that what went wrong is always read.
fn sign_in<'a>(flow: &'a Cleura, app: &App, s: &mut Pieces<'a, Target>) {
    let lang = flow.lang;
    let form = &flow.form;
    let theme = s.theme;
    let focus = flow.working().is_none().then_some(form.focus);
    let advanced = match focus {
        Some(Part::Advanced | Part::Api | Part::Endpoint) => GivesWay::Never,
        _ => GivesWay::Optional,
    };
    let logins = app
        .sandbox_url
        .is_some()
        .then(|| tr(lang, "cleura-sandbox-logins"));
    s.fit(|s| {
        if s.keeps(GivesWay::Intro) {
            let intro = s.text(&tr(lang, "cleura-sign-in-intro"), Tone::Dim);
            // Two rows even for an intro of one, so that the form stands where it does in
            // every language.
            if s.keeps(GivesWay::Spare) {
                s.gap(2u16.saturating_sub(intro.height));
            }
        }
        for &part in form.parts() {
            let focused = focus == Some(part);
            let target = Target::SignIn(part);
            let field = |s: &mut Pieces<'a, Target>, field: &'a TextField| {
                s.field(field, focused, target);
            };
            match part {
                Part::Login => field(s, &form.login),
                Part::Password => field(s, &form.password),
                Part::Endpoint if s.keeps(advanced) => field(s, &form.endpoint),
                Part::Advanced | Part::Api if s.keeps(advanced) => {
                    let line = if part == Part::Advanced {
                        advanced_line(form, focused, &theme)
                    } else {
                        api_line(form, focused, &theme)
                    };
                    let row = s.take(1);
                    s.put(row, Piece::Lines(vec![line]), Some(target));
                    s.gap(1);
                }
                Part::Submit => {
                    let button = [(tr(lang, "cleura-sign-in-button"), Part::Submit)];
                    s.buttons(0, &button, focus, Target::SignIn);
                }
                Part::Endpoint | Part::Advanced | Part::Api => {}
            }
        }
        let logins = logins.as_ref().filter(|_| s.keeps(GivesWay::Hint));
        let said = flow.working().is_some() || flow.problem.is_some();
        if said || logins.is_some() {
            s.gap(1);
        }
        if let Some(words) = flow.working() {
            s.lines(vec![working(app, words, &theme)]);
        } else if let Some(problem) = &flow.problem {
            s.text(&problem.message, Tone::Problem);
        }
        if let Some(logins) = logins {
            s.gap(1);
            s.text(logins, Tone::Dim);
        }
    });
}

/// "▸ Advanced", and while folded what it holds.
fn advanced_line<'a>(form: &SignInForm, focused: bool, theme: &Theme) -> Line<'a> {
    let lang = form.lang;
    let summary = if form.advanced {
        String::new()
    } else {
        tr!(
            lang,
            "cleura-advanced-summary",
            version = form.api.label(),
            endpoint = form.endpoint_value()
        )
        .into_owned()
    };
    Line::from(vec![
        Span::styled(if focused { "› " } else { "  " }, theme.key()),
        Span::styled(
            format!(
                "{} {}",
                if form.advanced { "▾" } else { "▸" },
                tr(lang, "cleura-advanced")
            ),
            if focused { theme.title() } else { theme.base() },
        ),
        Span::styled(summary, theme.dim()),
    ])
}

/// The API version, one of two, and how to switch while focused.
fn api_line<'a>(form: &SignInForm, focused: bool, theme: &Theme) -> Line<'a> {
    let lang = form.lang;
    Line::from(vec![
        Span::styled(if focused { "› " } else { "  " }, theme.key()),
        Span::styled(
            format!("{}  ", tr(lang, "cleura-api-version")),
            if focused { theme.title() } else { theme.base() },
        ),
        Span::styled(
            match form.api {
                crate::config::CleuraApi::V1 => "(•) v1  ( ) v2",
                crate::config::CleuraApi::V2 => "( ) v1  (•) v2",
            },
            if focused {
                theme.selected()
            } else {
                theme.base()
            },
        ),
        Span::styled(
            if focused {
                format!("   {}", tr(lang, "cleura-api-switch"))
            } else {
                String::new()
            },
            theme.dim(),
        ),
    ])
}

/// Where the code went, the six boxes (each `[ d ]`, the cursor where the next digit goes),
/// what is being done or went wrong, and when a new code can be sent.
fn code_screen<'a>(flow: &'a Cleura, code: &CodeStep, app: &App, s: &mut Pieces<'a, Target>) {
    let lang = flow.lang;
    let theme = s.theme;
    if let Some(notice) = &code.notice {
        s.text(notice, Tone::Info);
    }
    let sent_to = tr!(
        lang,
        "cleura-code-sent-to",
        length = CODE_LENGTH,
        login = flow.form.login_value()
    );
    s.text(&sent_to, Tone::Plain);
    s.text(&tr(lang, "cleura-code-type-it"), Tone::Dim);
    s.gap(1);
    // Shown as typed, unless hidden with Ctrl-R.
    let digits: Vec<char> = code.field.display().chars().collect();
    let next = (flow.working().is_none() && digits.len() < CODE_LENGTH).then_some(digits.len());
    let boxes = code_boxes(&digits, next, &theme);
    let rect = s.take(3);
    let typed = Box::new(move |frame: &mut Frame, rect: Rect| {
        frame.render_widget(widgets::Cut(boxes), rect);
        let x = next.map(|next| rect.x + 2 + 6 * next as u16);
        if let Some(x) = x.filter(|x| *x < rect.right() && rect.height > 1) {
            frame.set_cursor_position((x, rect.y + 1));
        }
    });
    s.put(rect, Piece::Drawn(typed), None);
    s.gap(1);
    if let Some(words) = flow.working() {
        s.lines(vec![working(app, words, &theme)]);
    } else if let Some(problem) = &flow.problem {
        s.text(&problem.message, Tone::Problem);
    } else {
        let said = super::field::message(&code.field, s.width(), &theme);
        // The row is kept while the field says nothing, so that nothing moves when it does.
        if s.lines(said).height == 0 {
            s.gap(1);
        }
    }
    s.gap(1);
    if code.can_resend(app.now) {
        s.lines(vec![with_key(
            lang,
            "cleura-code-resend-key",
            "Ctrl-N",
            &theme,
        )]);
    } else {
        let wait = tr!(
            lang,
            "cleura-code-resend-in",
            seconds = code.seconds_left(app.now)
        );
        s.text(&wait, Tone::Dim);
    }
    if app.sandbox_url.is_some() {
        s.lines(vec![with_key(
            lang,
            "cleura-code-from-outbox",
            "Ctrl-T",
            &theme,
        )]);
    }
}

/// The boxes' three rows, the one where the next digit goes (`next`) marked.
fn code_boxes(digits: &[char], next: Option<usize>, theme: &Theme) -> Vec<Line<'static>> {
    let mut top = Vec::new();
    let mut middle = Vec::new();
    let mut bottom = Vec::new();
    for i in 0..CODE_LENGTH {
        let style = theme.border(next == Some(i));
        top.push(Span::styled("┌───┐ ", style));
        middle.push(Span::styled("│ ", style));
        middle.push(Span::styled(
            digits.get(i).map(|d| d.to_string()).unwrap_or(" ".into()),
            theme.title(),
        ));
        middle.push(Span::styled(" │ ", style));
        bottom.push(Span::styled("└───┘ ", style));
    }
    vec![Line::from(top), Line::from(middle), Line::from(bottom)]
}
