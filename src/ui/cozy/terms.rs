//! Step 3: the terms summary in a scrolling box, the link to the full terms, "I accept".

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding};

use super::{buttons, screen_problem};
use crate::app::cozy::terms_summary;
use crate::app::cozy::{Button, Cozy, Target};
use crate::lang::{Lang, tr};
use crate::text::wrap;
use crate::tr;
use crate::ui::layout::Stack;
use crate::ui::screen::{Piece, Pieces};
use crate::ui::widgets::{self, screen_area};

const BUTTONS: [(&str, Button); 2] = [
    ("cozy-button-next", Button::Next),
    ("cozy-button-back", Button::Back),
];
/// Rows under the box: the link, the checkbox, a gap, the buttons, two for a problem.
const BELOW: u16 = 6;

/// The box the summary scrolls in: a border, and a cell of margin each side inside it.
fn summary_box<'a>() -> Block<'a> {
    Block::bordered().padding(Padding::horizontal(1))
}

/// Where the box goes at the top of a screen's `area`: all but the rows below it.
fn boxed(area: Rect) -> Rect {
    Stack::new(area).take(area.height.saturating_sub(BELOW).max(3))
}

/// Where the summary's lines go on a screen of this `body`.
fn text_area(body: Rect) -> Rect {
    summary_box().inner(boxed(screen_area(body)))
}

/// The summary in `lang` wrapped at `width`: each line with whether it is a heading. A line
/// of the summary is a paragraph; one starting "- " is a bullet with a hanging indent; a
/// short line without a full stop is a heading. These are a scrolling box's lines, not
/// text in a `Tone` (a bullet says nothing about how its words read), so they are wrapped
/// here, with the same `wrap_hanging` under `screen::wrap`.
pub fn terms_lines(lang: Lang, width: u16) -> Vec<(String, bool)> {
    let width = usize::from(width.max(8));
    let mut out = Vec::new();
    // The summary is shared with the plain mode; what this screen adds is said here.
    let summary = terms_summary(lang);
    let screen_only = tr(lang, "cozy-terms-screen-only");
    let lines = summary
        .lines()
        .chain(std::iter::once(""))
        .chain(screen_only.lines());
    for line in lines {
        if line.trim().is_empty() {
            out.push((String::new(), false));
        } else if let Some(item) = line.strip_prefix("- ") {
            let item = crate::text::wrap_hanging(item, width, "• ", "  ");
            out.extend(item.into_iter().map(|l| (l, false)));
        } else {
            let heading = !line.ends_with('.') && !line.ends_with(':');
            out.extend(wrap(line, width).into_iter().map(|l| (l, heading)));
        }
    }
    while out.last().is_some_and(|(l, _)| l.is_empty()) {
        out.pop();
    }
    out
}

/// How far the summary in `lang` can scroll in a body of this size.
pub fn terms_scroll_max(lang: Lang, body: Rect) -> usize {
    let inner = text_area(body);
    terms_lines(lang, inner.width)
        .len()
        .saturating_sub(usize::from(inner.height))
}

/// Lines a page holds (PgUp/PgDn).
pub fn terms_page(body: Rect) -> usize {
    usize::from(text_area(body).height)
}

pub fn layout(flow: &Cozy, s: &mut Pieces<Target>) {
    let lang = flow.lang;
    let theme = s.theme;
    let width = usize::from(s.width());
    let boxed = boxed(s.left());
    s.take(boxed.height);
    let inner = summary_box().inner(boxed);
    let lines = terms_lines(lang, inner.width);
    let visible = usize::from(inner.height);
    let max = lines.len().saturating_sub(visible);
    let top = flow.form.terms_scroll.min(max);
    let last = (top + visible).min(lines.len());
    let position = tr!(
        lang,
        "cozy-terms-position",
        first = top + 1,
        last,
        total = lines.len()
    );
    let mut block = summary_box()
        .border_style(theme.border(true))
        .title(Span::styled(
            format!(" {} ", tr(lang, "cozy-terms-in-brief")),
            theme.title(),
        ))
        .title(Line::styled(format!(" {position} "), theme.dim()).right_aligned());
    if top < max {
        block = block.title_bottom(
            Line::styled(
                format!(" {} ", tr(lang, "cozy-terms-more-below")),
                theme.dim(),
            )
            .right_aligned(),
        );
    }
    let shown: Vec<Line> = lines[top..last]
        .iter()
        .map(|(line, heading)| {
            if *heading {
                Line::styled(line.clone(), theme.title())
            } else {
                Line::raw(line.clone())
            }
        })
        .collect();
    s.put(boxed, Piece::Boxed(Box::new(block), shown), None);

    let settings = &flow.settings;
    let mut link = vec![
        Span::raw(format!("  {} ", tr(lang, "cozy-terms-link"))),
        Span::styled(flow.terms_url(), theme.link()),
    ];
    let key_hint = Span::styled(format!(" {}", tr(lang, "cozy-terms-opens")), theme.dim());
    if Line::from(link.clone()).width() + key_hint.width() <= width {
        link.push(key_hint);
    }
    let rect = s.take(1);
    s.put(
        rect,
        Piece::Lines(vec![Line::from(link)]),
        Some(Target::TermsLink),
    );
    let versioned = tr!(
        lang,
        "cozy-terms-accept-versioned",
        version = &settings.terms_version
    );
    // "› [x] " comes before the label: the longest that fits, else the shortest.
    let label = [
        versioned,
        tr(lang, "cozy-terms-accept"),
        tr(lang, "cozy-terms-accept-short"),
    ]
    .into_iter()
    .reduce(|chosen, shorter| {
        if chosen.chars().count() + 6 <= width {
            chosen
        } else {
            shorter
        }
    })
    .unwrap_or_default();
    let accept = widgets::checkbox(&label, flow.form.accepted, true, &theme);
    let rect = s.take(1);
    s.put(rect, Piece::Lines(vec![accept]), Some(Target::Accept));
    s.gap(1);
    buttons(flow, s, &BUTTONS);
    screen_problem(flow, s);
}
