//! Steps 1 and 2: the email address, and the Cozy's address with its live preview and rules.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{
    Stack, button_row, draw_buttons, focused, labels, paragraph, problem_lines, text, wrap,
};
use crate::app::checks::{SLUG_MAX, SlugChecks};
use crate::app::cozy::AddressFocus as Focus;
use crate::app::cozy::{Button, Cozy, FieldId, Target};
use crate::lang::{tr, tr_args};
use crate::ui::field;
use crate::ui::theme::Theme;

const EMAIL_BUTTONS: [(&str, Button); 1] = [("cozy-button-next", Button::Next)];
const ADDRESS_BUTTONS: [(&str, Button); 2] = [
    ("cozy-button-next", Button::Next),
    ("cozy-button-back", Button::Back),
];

pub struct EmailLayout {
    intro: Rect,
    token: Rect,
    field: Rect,
    buttons: Rect,
    problem: Rect,
    pub hits: Vec<(Rect, Target)>,
}

/// Without a partner token, said before anything is typed (and how the web onboarding,
/// which needs none, is reached): in full when the screen has room.
fn token_note(flow: &Cozy, area: Rect) -> Option<String> {
    if !flow.token_missing {
        return None;
    }
    let full = tr(flow.lang, "cozy-token-needed-screen");
    let rows = |text: &str| paragraph(text, area.width.saturating_sub(2)).len() as u16;
    let rest = paragraph(&tr(flow.lang, "cozy-email-intro"), area.width).len() as u16
        + 1
        + field::rows(&flow.form.email, area.width)
        + 3;
    // On a short terminal, the same in fewer words.
    Some(if rest + rows(&full) < area.height {
        full.into_owned()
    } else {
        tr(flow.lang, "cozy-token-needed-short").into_owned()
    })
}

pub fn email_layout(flow: &Cozy, area: Rect) -> EmailLayout {
    let mut s = Stack::new(area);
    let note = token_note(flow, area);
    let note_rows = note.as_deref().map_or(0, |n| {
        paragraph(n, area.width.saturating_sub(2)).len() as u16
    });
    let intro_lines = paragraph(&tr(flow.lang, "cozy-email-intro"), area.width).len() as u16;
    // On a short terminal the intro gives way before the note and the field do.
    let needed = note_rows + 1 + field::rows(&flow.form.email, area.width) + 3;
    let intro = s.take_if_room(intro_lines, needed);
    let token = if note_rows > 0 {
        let rect = s.take(note_rows);
        s.gap(1);
        rect
    } else {
        Rect::default()
    };
    let field = s.take(field::rows(&flow.form.email, area.width));
    s.gap(1);
    let buttons = s.take(1);
    s.gap(1);
    let problem = s.take(s.room());
    let mut hits = vec![(field, Target::Field(FieldId::Email))];
    hits.extend(button_row(buttons, &labels(flow.lang, &EMAIL_BUTTONS)));
    EmailLayout {
        intro,
        token,
        field,
        buttons,
        problem,
        hits,
    }
}

pub fn draw_email(flow: &Cozy, frame: &mut Frame, area: Rect, theme: &Theme) {
    let layout = email_layout(flow, area);
    text(
        frame,
        layout.intro,
        paragraph(&tr(flow.lang, "cozy-email-intro"), area.width),
    );
    if let Some(note) = token_note(flow, area) {
        // A warning, not a refusal: the form can be filled while a token is set.
        let lines = wrap(&note, usize::from(area.width.saturating_sub(2).max(1)))
            .into_iter()
            .enumerate()
            .map(|(i, line)| {
                let lead = if i == 0 { "! " } else { "  " };
                Line::styled(format!("{lead}{line}"), theme.warn())
            })
            .collect();
        text(frame, layout.token, lines);
    }
    field::draw(frame, layout.field, &flow.form.email, true, theme);
    draw_buttons(
        frame,
        layout.buttons,
        &labels(flow.lang, &EMAIL_BUTTONS),
        focused(flow),
        theme,
    );
    if let Some(problem) = flow.screen_problem() {
        text(
            frame,
            layout.problem,
            problem_lines(&problem.message, area.width, theme),
        );
    }
}

pub struct AddressLayout {
    intro: Rect,
    field: Rect,
    domain: Rect,
    preview: Rect,
    checks: Rect,
    buttons: Rect,
    problem: Rect,
    pub hits: Vec<(Rect, Target)>,
}

pub fn address_layout(flow: &Cozy, area: Rect) -> AddressLayout {
    let intro_lines = paragraph(&tr(flow.lang, "cozy-address-intro"), area.width).len() as u16;
    let checks_lines = checks_lines(flow, area.width, &Theme::new(false)).len() as u16;
    // Everything but the intro and a spare row for a problem: on a short terminal the intro
    // gives way first.
    let field_rows = field::rows(&flow.form.slug, area.width);
    let needed = field_rows + 1 + 1 + 1 + checks_lines + 1 + 1 + 2;
    let mut s = Stack::new(area);
    let intro = s.take_if_room(intro_lines, needed);
    let field = s.take(field_rows);
    let domain = s.take(1);
    s.gap(1);
    let preview = s.take(1);
    let checks = s.take(checks_lines);
    s.gap(1);
    let buttons = s.take(1);
    s.gap(1);
    let problem = s.take(s.room());
    let mut hits = vec![
        (field, Target::Field(FieldId::Slug)),
        (domain, Target::Domain),
    ];
    hits.extend(button_row(buttons, &labels(flow.lang, &ADDRESS_BUTTONS)));
    AddressLayout {
        intro,
        field,
        domain,
        preview,
        checks,
        buttons,
        problem,
        hits,
    }
}

pub fn draw_address(flow: &Cozy, focus: Focus, frame: &mut Frame, area: Rect, theme: &Theme) {
    let layout = address_layout(flow, area);
    text(
        frame,
        layout.intro,
        paragraph(&tr(flow.lang, "cozy-address-intro"), area.width),
    );
    field::draw(
        frame,
        layout.field,
        &flow.form.slug,
        focus == Focus::Slug,
        theme,
    );

    let domains = &flow.settings.domains;
    let domain = flow.form.domain(domains).to_string();
    let domain_focused = focus == Focus::Domain;
    let mut spans = vec![
        Span::styled(if domain_focused { "› " } else { "  " }, theme.key()),
        Span::styled(
            format!("{}  ", tr(flow.lang, "cozy-domain-label")),
            if domain_focused {
                theme.title()
            } else {
                theme.base()
            },
        ),
    ];
    if domains.len() > 1 {
        spans.push(Span::styled(
            format!("‹ {domain} ›"),
            theme.input(domain_focused),
        ));
        let position = tr_args(
            flow.lang,
            if domain_focused {
                "cozy-domain-position-focused"
            } else {
                "cozy-domain-position"
            },
            &[
                (
                    "index",
                    (flow.form.domain.min(domains.len() - 1) + 1).into(),
                ),
                ("count", domains.len().into()),
            ],
        );
        spans.push(Span::styled(format!("  {position}"), theme.dim()));
    } else {
        spans.push(Span::raw(domain.clone()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), layout.domain);

    let slug = flow.form.slug.value();
    let label = format!("  {} ", tr(flow.lang, "cozy-address-preview"));
    let preview = if slug.is_empty() {
        Line::from(vec![
            Span::raw(label),
            Span::styled(format!("https://….{domain}"), theme.dim()),
        ])
    } else {
        Line::from(vec![
            Span::raw(label),
            Span::styled(format!("https://{slug}.{domain}"), theme.link()),
        ])
    };
    frame.render_widget(Paragraph::new(preview), layout.preview);
    text(frame, layout.checks, checks_lines(flow, area.width, theme));
    draw_buttons(
        frame,
        layout.buttons,
        &labels(flow.lang, &ADDRESS_BUTTONS),
        focused(flow),
        theme,
    );
    if let Some(problem) = flow.screen_problem() {
        text(
            frame,
            layout.problem,
            problem_lines(&problem.message, area.width, theme),
        );
    }
}

/// The rules beyond single characters, live: each with ✓, ✗, or · while nothing is typed,
/// packed into lines of `width` without splitting one.
fn checks_lines<'a>(flow: &Cozy, width: u16, theme: &Theme) -> Vec<Line<'a>> {
    let checks = SlugChecks::of(flow.form.slug.value());
    let empty = checks.length == 0;
    let lang = flow.lang;
    let items = [
        (
            checks.starts_with_letter,
            tr(lang, "cozy-slug-starts-with-letter"),
        ),
        (
            checks.length_ok(),
            tr_args(
                lang,
                "cozy-slug-length",
                &[("length", checks.length.into()), ("max", SLUG_MAX.into())],
            ),
        ),
        (checks.only_allowed, tr(lang, "cozy-slug-only-allowed")),
    ];
    let mut lines: Vec<Line<'a>> = Vec::new();
    let mut spans: Vec<Span<'a>> = vec![Span::raw("  ")];
    let mut used = 2;
    for (ok, label) in items {
        let (mark, style) = if empty {
            ("· ", theme.dim())
        } else if ok {
            ("✓ ", theme.ok())
        } else {
            ("✗ ", theme.error())
        };
        let needed = 2 + Span::raw(label.as_ref()).width() + 3;
        if used > 2 && used + needed > usize::from(width) {
            lines.push(Line::from(std::mem::replace(
                &mut spans,
                vec![Span::raw("  ")],
            )));
            used = 2;
        }
        spans.push(Span::styled(mark, style));
        spans.push(Span::raw(format!("{label}   ")));
        used += needed;
    }
    lines.push(Line::from(spans));
    lines
}
