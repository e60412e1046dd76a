//! A QR code in half blocks: each terminal row holds two rows of modules.

use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};

use crate::app::cozy::qr::{QUIET_ZONES, Qr};
use crate::ui::theme::Theme;

/// The widest quiet zone with which the code fits in `width` x `height` cells, if any.
pub fn fit(qr: &Qr, width: u16, height: u16) -> Option<usize> {
    QUIET_ZONES.into_iter().find(|quiet| {
        let (w, h) = qr.cells(*quiet);
        w <= width && h <= height
    })
}

/// The code as lines, light modules drawn as blocks. With colour it is white on black
/// whatever the terminal's theme; without, it takes the terminal's own colours (phones read
/// a code inverted on a light theme too).
pub fn lines(qr: &Qr, quiet: usize, theme: &Theme) -> Vec<Line<'static>> {
    let style = if theme.color {
        Style::default().fg(Color::White).bg(Color::Black)
    } else {
        Style::default()
    };
    let side = (qr.size + 2 * quiet) as isize;
    let q = quiet as isize;
    (0..side)
        .step_by(2)
        .map(|y| {
            let row: String = (0..side)
                .map(|x| {
                    let top = !qr.dark(x - q, y - q);
                    let bottom = !qr.dark(x - q, y + 1 - q);
                    match (top, bottom) {
                        (true, true) => '█',
                        (true, false) => '▀',
                        (false, true) => '▄',
                        (false, false) => ' ',
                    }
                })
                .collect();
            Line::from(Span::styled(row, style))
        })
        .collect()
}

/// Where a code of `quiet` fits at the right of `area`.
pub fn right_of(area: Rect, qr: &Qr, quiet: usize) -> Rect {
    let (w, h) = qr.cells(quiet);
    Rect {
        x: area.x + area.width.saturating_sub(w),
        y: area.y,
        width: w.min(area.width),
        height: h.min(area.height),
    }
}
