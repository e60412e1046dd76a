//! Step 3: the terms summary in a scrolling box, the link to the full terms, "I accept".

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::{Stack, button_row, draw_buttons, focused, labels, problem_lines, text, wrap};
use crate::app::cozy::terms_summary;
use crate::app::cozy::{Button, Cozy, Target};
use crate::lang::{Lang, tr, tr_args};
use crate::ui::theme::Theme;
use crate::ui::widgets::{self, screen_area};

const BUTTONS: [(&str, Button); 2] = [
    ("cozy-button-next", Button::Next),
    ("cozy-button-back", Button::Back),
];
/// Rows under the box: the link, the checkbox, a gap, the buttons, two for a problem.
const BELOW: u16 = 6;

pub struct Layout {
    boxed: Rect,
    link: Rect,
    accept: Rect,
    buttons: Rect,
    problem: Rect,
    pub hits: Vec<(Rect, Target)>,
}

pub fn layout(lang: Lang, area: Rect) -> Layout {
    let mut s = Stack::new(area);
    let boxed = s.take(area.height.saturating_sub(BELOW).max(3));
    let link = s.take(1);
    let accept = s.take(1);
    s.gap(1);
    let buttons = s.take(1);
    let problem = s.take(s.room());
    let mut hits = vec![(link, Target::TermsLink), (accept, Target::Accept)];
    hits.extend(button_row(buttons, &labels(lang, &BUTTONS)));
    Layout {
        boxed,
        link,
        accept,
        buttons,
        problem,
        hits,
    }
}

/// Where the text goes inside the box: inside its border, one cell of margin each side.
fn text_area(boxed: Rect) -> Rect {
    Rect {
        x: boxed.x + 2,
        y: boxed.y + 1,
        width: boxed.width.saturating_sub(4),
        height: boxed.height.saturating_sub(2),
    }
}

/// The summary in `lang` wrapped at `width`: each line with whether it is a heading. A line
/// of the summary is a paragraph; one starting "- " is a bullet with a hanging indent; a
/// short line without a full stop is a heading.
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
            for (index, part) in wrap(item, width - 2).into_iter().enumerate() {
                let lead = if index == 0 { "• " } else { "  " };
                out.push((format!("{lead}{part}"), false));
            }
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
    let inner = text_area(layout(lang, screen_area(body)).boxed);
    terms_lines(lang, inner.width)
        .len()
        .saturating_sub(usize::from(inner.height))
}

/// Lines a page holds (PgUp/PgDn).
pub fn terms_page(body: Rect) -> usize {
    usize::from(text_area(layout(Lang::En, screen_area(body)).boxed).height)
}

pub fn draw(flow: &Cozy, frame: &mut Frame, area: Rect, theme: &Theme) {
    let lang = flow.lang;
    let layout = layout(lang, area);
    let inner = text_area(layout.boxed);
    let lines = terms_lines(lang, inner.width);
    let visible = usize::from(inner.height);
    let max = lines.len().saturating_sub(visible);
    let top = flow.form.terms_scroll.min(max);
    let last = (top + visible).min(lines.len());
    let position = tr_args(
        lang,
        "cozy-terms-position",
        &[
            ("first", (top + 1).into()),
            ("last", last.into()),
            ("total", lines.len().into()),
        ],
    );
    let mut block = Block::default()
        .borders(Borders::ALL)
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
    frame.render_widget(block, layout.boxed);
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
    frame.render_widget(Paragraph::new(shown), inner);

    let settings = &flow.settings;
    let mut link = vec![
        Span::raw(format!("  {} ", tr(lang, "cozy-terms-link"))),
        Span::styled(flow.terms_url(), theme.link()),
    ];
    let key_hint = Span::styled(format!(" {}", tr(lang, "cozy-terms-opens")), theme.dim());
    if Line::from(link.clone()).width() + key_hint.width() <= usize::from(area.width) {
        link.push(key_hint);
    }
    frame.render_widget(Paragraph::new(Line::from(link)), layout.link);
    let versioned = tr_args(
        lang,
        "cozy-terms-accept-versioned",
        &[("version", (&settings.terms_version).into())],
    );
    // "› [x] " comes before the label: the longest that fits, else the shortest.
    let label = [
        versioned,
        tr(lang, "cozy-terms-accept"),
        tr(lang, "cozy-terms-accept-short"),
    ]
    .into_iter()
    .reduce(|chosen, shorter| {
        if chosen.chars().count() + 6 <= usize::from(area.width) {
            chosen
        } else {
            shorter
        }
    })
    .unwrap_or_default();
    frame.render_widget(
        Paragraph::new(widgets::checkbox(&label, flow.form.accepted, true, theme)),
        layout.accept,
    );
    draw_buttons(
        frame,
        layout.buttons,
        &labels(lang, &BUTTONS),
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
