//! Where the header, the body, the outbox panel and the footer go for a given terminal size.
//! Pure; the rule for whether the panel fits at all is the app's (`App::panel_fits`).

use ratatui::layout::{Constraint, Layout, Rect};

use crate::app::{App, PANEL_BELOW, PANEL_BESIDE};

pub struct Areas {
    pub header: Rect,
    pub body: Rect,
    pub outbox: Option<Rect>,
    pub footer: Rect,
}

/// The outbox panel goes beside the body on a wide terminal (as wide as its longest link
/// when there is room), below it on a tall one, and is
/// folded into a footer counter when neither leaves the body room enough.
pub fn split(area: Rect, app: &App) -> Areas {
    let [header, middle, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    let wants_panel = app.sandbox_url.is_some() && app.outbox.visible;
    let (body, outbox) = if wants_panel && middle.width >= PANEL_BESIDE {
        // Wide enough for its longest link on one row, when the body keeps its 70 columns:
        // a link is copied with the mouse, and a link broken over rows of a box is not.
        let longest = app
            .outbox
            .messages
            .iter()
            .filter_map(|m| m.link.as_deref())
            .map(unicode_width::UnicodeWidthStr::width)
            .max()
            .unwrap_or(0);
        let wanted = u16::try_from(longest + 2).unwrap_or(u16::MAX);
        let width = wanted.clamp(40, middle.width.saturating_sub(70).max(40));
        let [body, panel] =
            Layout::horizontal([Constraint::Min(70), Constraint::Length(width)]).areas(middle);
        (body, Some(panel))
    } else if wants_panel && middle.height >= PANEL_BELOW {
        let [body, panel] =
            Layout::vertical([Constraint::Min(24), Constraint::Length(9)]).areas(middle);
        (body, Some(panel))
    } else {
        (middle, None)
    };
    Areas {
        header,
        body,
        outbox,
        footer,
    }
}

/// A column of at most `width` cells, centred in `area`.
pub fn centered_column(area: Rect, width: u16) -> Rect {
    let width = width.min(area.width);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y,
        width,
        height: area.height,
    }
}

/// A box of at most `width` x `height`, centred in `area`.
pub fn centered_box(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// A notice at most this many lines high; a longer one ends in "…".
pub const TOAST_LINES: usize = 3;

/// A notice as it is shown above the key bar, wrapped within `width` (a sign and a space
/// before it, a space after).
pub fn toast_lines(text: &str, width: u16) -> Vec<String> {
    let width = usize::from(width.saturating_sub(4)).max(1);
    crate::text::wrap_at_most(text, width, TOAST_LINES)
}

/// Hands out rows from the top of an area; what does not fit gets a zero-height rect. Every
/// screen lays itself out with one, so a short terminal cuts every screen the same way.
pub struct Stack {
    area: Rect,
    y: u16,
}

impl Stack {
    pub fn new(area: Rect) -> Stack {
        Stack { area, y: area.y }
    }

    pub fn take(&mut self, height: u16) -> Rect {
        let bottom = self.area.y + self.area.height;
        let y = self.y.min(bottom);
        let height = height.min(bottom - y);
        self.y = y + height;
        Rect::new(self.area.x, y, self.area.width, height)
    }

    /// Rows left.
    pub fn room(&self) -> u16 {
        self.left().height
    }

    /// The part of the area not handed out yet.
    pub fn left(&self) -> Rect {
        let bottom = self.area.y + self.area.height;
        let y = self.y.min(bottom);
        Rect::new(self.area.x, y, self.area.width, bottom - y)
    }
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
