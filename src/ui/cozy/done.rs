//! Step 8 and the web onboarding screen: a link to open here, or on a phone through the QR
//! code beside it (or a note to enlarge the terminal when the code does not fit).

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{Stack, button_row, draw_buttons, paragraph, qr, text, wrap_link};
use crate::app::cozy::qr::Qr;
use crate::app::cozy::web::WebOnboarding;
use crate::app::cozy::{Button, Cozy, Done, Target};
use crate::lang::{Lang, tr, tr_args};
use crate::ui::theme::Theme;
use crate::ui::widgets::{self, screen_area};

/// The text column keeps at least this much room beside a code.
const TEXT_MIN: u16 = 30;
const DONE_BUTTONS: [(&str, Button); 3] = [
    ("cozy-button-open-it", Button::Open),
    ("cozy-button-copy-address", Button::Copy),
    ("cozy-button-to-menu-esc", Button::Back),
];
const WEB_BUTTONS: [(&str, Button); 3] = [
    ("cozy-button-open-web", Button::Open),
    ("cozy-button-copy-link", Button::Copy),
    ("cozy-button-back-esc", Button::Back),
];

/// A page's buttons, one to a row, in `lang`.
fn page_buttons(lang: Lang, ids: &[(&str, Button); 3]) -> PageButtons {
    ids.map(|(id, button)| [(tr(lang, id), button)])
}

/// Where the text and the code go: the code at the right when both fit.
struct Split {
    text: Rect,
    code: Option<(Rect, usize)>,
}

fn split(area: Rect, qr: Option<&Qr>) -> Split {
    let room = area.width.saturating_sub(TEXT_MIN + 2);
    match qr.and_then(|qr| qr::fit(qr, room, area.height).map(|quiet| (qr, quiet))) {
        Some((qr, quiet)) => {
            let code = qr::right_of(area, qr, quiet);
            Split {
                text: Rect {
                    width: area.width.saturating_sub(code.width + 2),
                    ..area
                },
                code: Some((code, quiet)),
            }
        }
        None => Split {
            text: area,
            code: None,
        },
    }
}

/// A page's text at a given width: what comes before its link, the link, what comes after.
struct PageText {
    before: Vec<Line<'static>>,
    link: String,
    after: Vec<Line<'static>>,
}

/// The link as the page shows it: indented, and broken only between its parts (see
/// `wrap_link`) when it is wider than the line.
fn link_lines(link: &str, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    wrap_link(link, usize::from(width.saturating_sub(2).max(1)))
        .into_iter()
        .map(|l| Line::from(Span::styled(format!("  {l}"), theme.link())))
        .collect()
}

/// What comes after the link, beside the code when the link is above it: the blank line
/// that parted it from the link is already above the code.
fn after(text: PageText) -> Vec<Line<'static>> {
    let blank = text.after.iter().take_while(|l| l.width() == 0).count();
    text.after.into_iter().skip(blank).collect()
}

pub struct PageLayout {
    /// When the link would not fit whole beside the code: the text before it and the link,
    /// across the whole page above the code.
    across: Option<Rect>,
    lines: Rect,
    buttons: [Rect; 3],
    note: Rect,
    code: Option<(Rect, usize)>,
    pub hits: Vec<(Rect, Target)>,
}

/// A page of text lines, three buttons one under the other, and a note, beside a code.
/// The link is never broken inside a part a person would copy: if it does not fit whole
/// beside the code, it gets a line across the page above the code (when the code still fits
/// below), else it is broken between its parts.
fn page_layout(
    area: Rect,
    qr: Option<&Qr>,
    text: impl Fn(u16) -> PageText,
    buttons: &PageButtons,
) -> PageLayout {
    let theme = Theme::new(false);
    let beside = split(area, qr);
    let link_width = text(beside.text.width).link.width();
    if beside.code.is_some() && link_width + 2 > usize::from(beside.text.width) {
        let whole = text(area.width);
        // The text before the link, the link, and a blank line above the code.
        let rows = whole.before.len() + link_lines(&whole.link, area.width, &theme).len() + 1;
        let rows = u16::try_from(rows).unwrap_or(u16::MAX);
        if rows < area.height {
            let rest = Rect {
                y: area.y + rows,
                height: area.height - rows,
                ..area
            };
            let below = split(rest, qr);
            if below.code.is_some() {
                let across = Rect {
                    height: rows,
                    ..area
                };
                return column(Some(across), below, |w| after(text(w)).len(), buttons);
            }
        }
    }
    let rows = |w: u16| {
        let t = text(w);
        t.before.len() + link_lines(&t.link, w, &theme).len() + t.after.len()
    };
    column(None, beside, rows, buttons)
}

/// The text column: its lines, the buttons, the note.
fn column(
    across: Option<Rect>,
    split: Split,
    text_rows: impl Fn(u16) -> usize,
    buttons: &PageButtons,
) -> PageLayout {
    let mut s = Stack::new(split.text);
    let lines = s.take(u16::try_from(text_rows(split.text.width)).unwrap_or(u16::MAX));
    s.gap(1);
    let rows = [s.take(1), s.take(1), s.take(1)];
    s.gap(1);
    let note = s.take(s.room());
    let hits = rows
        .iter()
        .zip(buttons)
        .flat_map(|(row, button)| button_row(*row, button))
        .collect();
    PageLayout {
        across,
        lines,
        buttons: rows,
        note,
        code: split.code,
        hits,
    }
}

/// A page's buttons, one to a row.
type PageButtons = [[(Cow<'static, str>, Button); 1]; 3];

fn draw_page(
    frame: &mut Frame,
    layout: &PageLayout,
    page: impl Fn(u16) -> PageText,
    (buttons, focused): (&PageButtons, Option<Button>),
    qr: Option<&Qr>,
    (scan, enlarge): (&str, &str),
    theme: &Theme,
) {
    match layout.across {
        Some(across) => {
            let whole = page(across.width);
            let mut lines = whole.before;
            lines.extend(link_lines(&whole.link, across.width, theme));
            text(frame, across, lines);
            text(frame, layout.lines, after(page(layout.lines.width)));
        }
        None => {
            let t = page(layout.lines.width);
            let mut lines = t.before;
            lines.extend(link_lines(&t.link, layout.lines.width, theme));
            lines.extend(t.after);
            text(frame, layout.lines, lines);
        }
    }
    for (row, button) in layout.buttons.iter().zip(buttons) {
        draw_buttons(frame, *row, button, focused, theme);
    }
    match (qr, layout.code) {
        (Some(qr), Some((rect, quiet))) => {
            frame.render_widget(Paragraph::new(qr::lines(qr, quiet, theme)), rect);
            text(
                frame,
                layout.note,
                paragraph(scan, layout.note.width)
                    .into_iter()
                    .map(|l| l.style(theme.dim()))
                    .collect(),
            );
        }
        _ => text(
            frame,
            layout.note,
            paragraph(enlarge, layout.note.width)
                .into_iter()
                .map(|l| l.style(theme.dim()))
                .collect(),
        ),
    }
}

fn done_text(flow: &Cozy, done: &Done, width: u16, theme: &Theme) -> PageText {
    let lang = flow.lang;
    let fqdn = [("fqdn", flow.fqdn().into())];
    let mut after = vec![Line::raw("")];
    after.extend(paragraph(&done.sign_in(lang), width));
    let mut before: Vec<Line> = if done.probably {
        // Longer than "is active": wrapped, never cut beside the code.
        paragraph(&tr_args(lang, "cozy-done-probably", &fqdn), width)
            .into_iter()
            .map(|line| line.style(theme.warn()))
            .collect()
    } else {
        vec![widgets::success(
            &tr_args(lang, "cozy-done-active", &fqdn),
            theme,
        )]
    };
    before.extend([Line::raw(""), Line::raw(tr(lang, "cozy-done-its-address"))]);
    PageText {
        before,
        link: done.address.clone(),
        after,
    }
}

pub fn done_layout(flow: &Cozy, done: &Done, area: Rect) -> PageLayout {
    let theme = Theme::new(false);
    page_layout(
        area,
        done.qr.as_ref(),
        |width| done_text(flow, done, width, &theme),
        &page_buttons(flow.lang, &DONE_BUTTONS),
    )
}

pub fn draw_done(flow: &Cozy, done: &Done, frame: &mut Frame, area: Rect, theme: &Theme) {
    let layout = done_layout(flow, done, area);
    draw_page(
        frame,
        &layout,
        |width| done_text(flow, done, width, theme),
        (
            &page_buttons(flow.lang, &DONE_BUTTONS),
            super::focused(flow),
        ),
        done.qr.as_ref(),
        (
            &tr(flow.lang, "cozy-done-scan"),
            &tr(flow.lang, "cozy-enlarge-for-code"),
        ),
        theme,
    );
}

fn web_text(lang: Lang, web: &WebOnboarding, width: u16) -> PageText {
    let mut after = vec![Line::raw("")];
    after.extend(paragraph(&tr(lang, "cozy-web-enter-opens"), width));
    PageText {
        before: paragraph(&tr(lang, "cozy-web-intro"), width),
        link: web.link.clone(),
        after,
    }
}

pub fn web_layout(lang: Lang, web: &WebOnboarding, body: Rect) -> PageLayout {
    page_layout(
        screen_area(body),
        web.qr.as_ref(),
        |width| web_text(lang, web, width),
        &page_buttons(lang, &WEB_BUTTONS),
    )
}

pub fn draw_web(flow: &Cozy, web: &WebOnboarding, frame: &mut Frame, body: Rect, theme: &Theme) {
    let lang = flow.lang;
    let area = widgets::screen(frame, body, &tr(lang, "cozy-web-title"), None, theme);
    if area.height == 0 {
        return;
    }
    let layout = web_layout(lang, web, body);
    draw_page(
        frame,
        &layout,
        |width| web_text(lang, web, width),
        (&page_buttons(lang, &WEB_BUTTONS), super::focused(flow)),
        web.qr.as_ref(),
        (
            &tr(lang, "cozy-web-scan"),
            &tr(lang, "cozy-enlarge-for-code"),
        ),
        theme,
    );
}
