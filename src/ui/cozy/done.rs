//! Step 8 and the web onboarding screen: a link to open here, or on a phone through the QR
//! code beside it (or a note to enlarge the terminal when the code does not fit).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Stack, button_row, draw_buttons_with, paragraph, qr, text, wrap};
use crate::app::cozy::qr::Qr;
use crate::app::cozy::web::WebOnboarding;
use crate::app::cozy::{Button, Cozy, Done, Target};
use crate::ui::theme::Theme;
use crate::ui::widgets::{self, screen_area};

/// The text column keeps at least this much room beside a code.
const TEXT_MIN: u16 = 30;
const ENLARGE: &str = "Enlarge the terminal to see the QR code for your phone.";

const DONE_BUTTONS: [[(&str, Button); 1]; 3] = [
    [("Open it in the browser (o)", Button::Open)],
    [("Copy the address (c)", Button::Copy)],
    [("To the menu (Esc)", Button::Back)],
];
const WEB_BUTTONS: [[(&str, Button); 1]; 3] = [
    [("Open it again (o)", Button::Open)],
    [("Copy the link (c)", Button::Copy)],
    [("Back (Esc)", Button::Back)],
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

pub struct PageLayout {
    lines: Rect,
    buttons: [Rect; 3],
    note: Rect,
    code: Option<(Rect, usize)>,
    pub hits: Vec<(Rect, Target)>,
}

/// A page of text lines, three buttons one under the other, and a note, beside a code.
fn page_layout(
    area: Rect,
    qr: Option<&Qr>,
    text_rows: impl Fn(u16) -> u16,
    buttons: &[[(&str, Button); 1]; 3],
) -> PageLayout {
    let split = split(area, qr);
    let mut s = Stack::new(split.text);
    let lines = s.take(text_rows(split.text.width));
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
        lines,
        buttons: rows,
        note,
        code: split.code,
        hits,
    }
}

fn draw_page(
    frame: &mut Frame,
    layout: &PageLayout,
    lines: Vec<Line<'static>>,
    buttons: &[[(&str, Button); 1]; 3],
    qr: Option<&Qr>,
    scan: &str,
    theme: &Theme,
) {
    text(frame, layout.lines, lines);
    for (index, (row, button)) in layout.buttons.iter().zip(buttons).enumerate() {
        draw_buttons_with(frame, *row, button, (index == 0).then_some(0), theme);
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
            paragraph(ENLARGE, layout.note.width)
                .into_iter()
                .map(|l| l.style(theme.dim()))
                .collect(),
        ),
    }
}

fn done_lines(flow: &Cozy, done: &Done, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![widgets::success(
        &format!("{} is active.", flow.fqdn()),
        theme,
    )];
    lines.push(Line::raw(""));
    lines.push(Line::raw("Its address:"));
    lines.extend(
        wrap(&done.address, usize::from(width.saturating_sub(2).max(1)))
            .into_iter()
            .map(|l| Line::from(Span::styled(format!("  {l}"), theme.link()))),
    );
    lines.push(Line::raw(""));
    lines.extend(paragraph(
        "Sign in there with the passphrase you just chose.",
        width,
    ));
    lines
}

pub fn done_layout(flow: &Cozy, done: &Done, area: Rect) -> PageLayout {
    let theme = Theme::new(false);
    page_layout(
        area,
        done.qr.as_ref(),
        |width| done_lines(flow, done, width, &theme).len() as u16,
        &DONE_BUTTONS,
    )
}

pub fn draw_done(flow: &Cozy, done: &Done, frame: &mut Frame, area: Rect, theme: &Theme) {
    let layout = done_layout(flow, done, area);
    let lines = done_lines(flow, done, layout.lines.width, theme);
    draw_page(
        frame,
        &layout,
        lines,
        &DONE_BUTTONS,
        done.qr.as_ref(),
        "Scan the code to open your Cozy on your phone.",
        theme,
    );
}

fn web_lines(web: &WebOnboarding, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = paragraph(
        "This link opens Cozy Cloud's own onboarding in a browser, with what you typed so far:",
        width,
    );
    lines.extend(
        wrap(&web.link, usize::from(width.saturating_sub(2).max(1)))
            .into_iter()
            .map(|l| Line::from(Span::styled(format!("  {l}"), theme.link()))),
    );
    lines.push(Line::raw(""));
    lines.extend(paragraph(
        "cloudboard asked your browser to open it.",
        width,
    ));
    lines
}

pub fn web_layout(web: &WebOnboarding, body: Rect) -> PageLayout {
    let theme = Theme::new(false);
    page_layout(
        screen_area(body),
        web.qr.as_ref(),
        |width| web_lines(web, width, &theme).len() as u16,
        &WEB_BUTTONS,
    )
}

pub fn draw_web(web: &WebOnboarding, frame: &mut Frame, body: Rect, theme: &Theme) {
    let area = widgets::screen(frame, body, "Sign up in a browser instead", None, theme);
    if area.height == 0 {
        return;
    }
    let layout = web_layout(web, body);
    let lines = web_lines(web, layout.lines.width, theme);
    draw_page(
        frame,
        &layout,
        lines,
        &WEB_BUTTONS,
        web.qr.as_ref(),
        "Scan the code to sign up on your phone.",
        theme,
    );
}
