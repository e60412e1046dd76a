//! Step 8 and the web onboarding screen: a link to open here, or on a phone through the QR
//! code beside it (or a note to enlarge the terminal when the code does not fit).

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::{buttons, paragraph, qr};
use crate::app::cozy::qr::Qr;
use crate::app::cozy::web::WebOnboarding;
use crate::app::cozy::{Button, Cozy, Done, Target};
use crate::lang::tr;
use crate::text::wrap_link;
use crate::tr;
use crate::ui::screen::{Piece, Pieces, Tone, styled, wrap};
use crate::ui::theme::Theme;

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

/// What a page shows besides its text: its code, its buttons (one to a row), and the note
/// under them when the code is shown (the message's id).
struct Page<'q> {
    qr: Option<&'q Qr>,
    buttons: &'static [(&'static str, Button); 3],
    scan: &'static str,
}

/// A page of text lines, three buttons one under the other, and a note, beside a code.
/// The link is never broken inside a part a person would copy: if it does not fit whole
/// beside the code, it gets a line across the page above the code (when the code still fits
/// below), else it is broken between its parts.
fn page(flow: &Cozy, s: &mut Pieces<Target>, page: Page, text: impl Fn(u16) -> PageText) {
    let theme = s.theme;
    let area = s.left();
    let mut column = split(area, page.qr);
    let mut lines = None;
    let link_width = text(column.text.width).link.width();
    if column.code.is_some() && link_width + 2 > usize::from(column.text.width) {
        let whole = text(area.width);
        // The text before the link, the link, and a blank line above the code.
        let mut top = whole.before;
        top.extend(link_lines(&whole.link, area.width, &theme));
        let rows = u16::try_from(top.len() + 1).unwrap_or(u16::MAX);
        if rows < area.height {
            let rest = Rect {
                y: area.y + rows,
                height: area.height - rows,
                ..area
            };
            let below = split(rest, page.qr);
            if below.code.is_some() {
                s.put(
                    Rect {
                        height: rows,
                        ..area
                    },
                    Piece::Lines(top),
                    None,
                );
                lines = Some(after(text(below.text.width)));
                column = below;
            }
        }
    }
    let lines = lines.unwrap_or_else(|| {
        let t = text(column.text.width);
        let mut lines = t.before;
        lines.extend(link_lines(&t.link, column.text.width, &theme));
        lines.extend(t.after);
        lines
    });
    s.narrow(column.text);
    s.lines(lines);
    s.gap(1);
    for button in page.buttons {
        buttons(flow, s, std::slice::from_ref(button));
    }
    s.gap(1);
    let note = match (page.qr, column.code) {
        (Some(qr), Some((rect, quiet))) => {
            s.put(rect, Piece::Lines(qr::lines(qr, quiet, &theme)), None);
            page.scan
        }
        _ => "cozy-enlarge-for-code",
    };
    let note = wrap(&tr(flow.lang, note), s.width(), Tone::Dim);
    s.rest(styled(note, theme.dim()));
}

fn done_text(flow: &Cozy, done: &Done, width: u16, theme: &Theme) -> PageText {
    let lang = flow.lang;
    let fqdn = flow.fqdn();
    let mut after = vec![Line::raw("")];
    after.extend(paragraph(&done.sign_in(lang), width));
    let mut before = if done.probably {
        // Longer than "is active": wrapped, never cut beside the code.
        let probably = tr!(lang, "cozy-done-probably", fqdn = &fqdn);
        styled(wrap(&probably, width, Tone::Plain), theme.warn())
    } else {
        let active = tr!(lang, "cozy-done-active", fqdn = &fqdn);
        styled(wrap(&active, width, Tone::Ok), theme.ok())
    };
    before.extend([Line::raw(""), Line::raw(tr(lang, "cozy-done-its-address"))]);
    PageText {
        before,
        link: done.address.clone(),
        after,
    }
}

/// Step 8: the new Cozy's address, to open here or on a phone.
pub fn done(flow: &Cozy, done: &Done, s: &mut Pieces<Target>) {
    let theme = s.theme;
    let done_page = Page {
        qr: done.qr.as_ref(),
        buttons: &DONE_BUTTONS,
        scan: "cozy-done-scan",
    };
    page(flow, s, done_page, |width| {
        done_text(flow, done, width, &theme)
    });
}

/// The web onboarding: its link, to open here or on a phone.
pub fn web(flow: &Cozy, web: &WebOnboarding, s: &mut Pieces<Target>) {
    let lang = flow.lang;
    let web_page = Page {
        qr: web.qr.as_ref(),
        buttons: &WEB_BUTTONS,
        scan: "cozy-web-scan",
    };
    page(flow, s, web_page, |width| {
        let mut after = vec![Line::raw("")];
        after.extend(paragraph(&tr(lang, "cozy-web-enter-opens"), width));
        PageText {
            before: paragraph(&tr(lang, "cozy-web-intro"), width),
            link: web.link.clone(),
            after,
        }
    });
}
