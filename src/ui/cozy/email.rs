//! Steps 1 and 2: the email address, and the Cozy's address with its live preview and rules.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{buttons, paragraph, screen_problem};
use crate::app::checks::{SLUG_MAX, SlugChecks};
use crate::app::cozy::AddressFocus as Focus;
use crate::app::cozy::{Button, Cozy, FieldId, Target};
use crate::lang::tr;
use crate::tr;
use crate::ui::field;
use crate::ui::screen::{Piece, Pieces, Tone, wrap};
use crate::ui::theme::Theme;

const EMAIL_BUTTONS: [(&str, Button); 1] = [("cozy-button-next", Button::Next)];
const ADDRESS_BUTTONS: [(&str, Button); 2] = [
    ("cozy-button-next", Button::Next),
    ("cozy-button-back", Button::Back),
];

/// Without a partner token, said before anything is typed (and how the web onboarding,
/// which needs none, is reached): in full when the screen has room.
fn token_note(flow: &Cozy, area: Rect) -> Option<String> {
    if !flow.token_missing {
        return None;
    }
    let full = tr(flow.lang, "cozy-token-needed-screen");
    let rows = |text: &str| wrap(text, area.width, Tone::Warning).len() as u16;
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

/// Step 1: the email address.
pub fn email<'a>(flow: &'a Cozy, s: &mut Pieces<'a, Target>) {
    let area = s.left();
    let note = token_note(flow, area);
    let note_rows = note
        .as_deref()
        .map_or(0, |n| wrap(n, area.width, Tone::Warning).len() as u16);
    let intro = paragraph(&tr(flow.lang, "cozy-email-intro"), area.width);
    // On a short terminal the intro gives way before the note and the field do.
    let needed = note_rows + 1 + field::rows(&flow.form.email, area.width) + 3;
    let rect = s.take_if_room(intro.len() as u16, needed);
    s.put(rect, Piece::Lines(intro), None);
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
    let intro = paragraph(&tr(flow.lang, "cozy-address-intro"), width);
    let checks = checks_lines(flow, width, &theme);
    // Everything but the intro and a spare row for a problem: on a short terminal the intro
    // gives way first.
    let slug = &flow.form.slug;
    let needed = field::rows(slug, width) + 1 + 1 + 1 + checks.len() as u16 + 1 + 1 + 2;
    let rect = s.take_if_room(intro.len() as u16, needed);
    s.put(rect, Piece::Lines(intro), None);
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
    s.lines(checks);
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
