//! Steps 1 and 2: the email address, and the Cozy's address with its live preview and rules.

use std::borrow::Cow;

use ratatui::text::{Line, Span};

use super::{buttons, screen_problem};
use crate::app::checks::{SLUG_MAX, SlugChecks};
use crate::app::cozy::AddressFocus as Focus;
use crate::app::cozy::{Button, Cozy, FieldId, Target};
use crate::lang::tr;
use crate::tr;
use crate::ui::screen::{GivesWay, Piece, Pieces, Tone};
use crate::ui::theme::Theme;

const EMAIL_BUTTONS: [(&str, Button); 1] = [("cozy-button-next", Button::Next)];
const ADDRESS_BUTTONS: [(&str, Button); 2] = [
    ("cozy-button-next", Button::Next),
    ("cozy-button-back", Button::Back),
];

/// Without a partner token, said before anything is typed (and how the web onboarding,
/// which needs none, is reached): in full while the screen keeps what helps, else the same
/// in fewer words.
fn token_note(flow: &Cozy, s: &Pieces<Target>) -> Option<Cow<'static, str>> {
    let id = if s.keeps(GivesWay::Hint) {
        "cozy-token-needed-screen"
    } else {
        "cozy-token-needed-short"
    };
    flow.token_missing.then(|| tr(flow.lang, id))
}

/// Step 1: the email address.
pub fn email<'a>(flow: &'a Cozy, s: &mut Pieces<'a, Target>) {
    let note = token_note(flow, s);
    if s.keeps(GivesWay::Intro) {
        s.text(&tr(flow.lang, "cozy-email-intro"), Tone::Plain);
        s.gap(1);
    }
    if let Some(note) = note {
        // A warning, not a refusal: the form can be filled while a token is set.
        s.text(&note, Tone::Warning);
        s.gap(1);
    }
    s.field(&flow.form.email, true, Target::Field(FieldId::Email));
    s.gap(1);
    buttons(flow, s, &EMAIL_BUTTONS);
    s.gap(1);
    screen_problem(flow, s);
}

/// Step 2: the Cozy's address, with its domain, its preview and its rules.
pub fn address<'a>(flow: &'a Cozy, focus: Focus, s: &mut Pieces<'a, Target>) {
    let theme = s.theme;
    let width = s.width();
    if s.keeps(GivesWay::Intro) {
        s.text(&tr(flow.lang, "cozy-address-intro"), Tone::Plain);
        s.gap(1);
    }
    let slug = &flow.form.slug;
    s.field(slug, focus == Focus::Slug, Target::Field(FieldId::Slug));

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
        let position = tr!(
            flow.lang,
            if domain_focused {
                "cozy-domain-position-focused"
            } else {
                "cozy-domain-position"
            },
            index = flow.form.domain.min(domains.len() - 1) + 1,
            count = domains.len()
        );
        spans.push(Span::styled(format!("  {position}"), theme.dim()));
    } else {
        spans.push(Span::raw(domain.clone()));
    }
    let rect = s.take(1);
    s.put(
        rect,
        Piece::Lines(vec![Line::from(spans)]),
        Some(Target::Domain),
    );
    s.gap(1);

    let slug = slug.value();
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
    s.lines(vec![preview]);
    s.lines(checks_lines(flow, width, &theme));
    s.gap(1);
    buttons(flow, s, &ADDRESS_BUTTONS);
    s.gap(1);
    screen_problem(flow, s);
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
            tr!(
                lang,
                "cozy-slug-length",
                length = checks.length,
                max = SLUG_MAX
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
