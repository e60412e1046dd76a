//! Step 5: the creation followed live, or why it stopped.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Stack, button_row, draw_buttons, paragraph, problem_lines, text, wrap};
use crate::app::App;
use crate::app::cozy::{Button, FOLLOW_DEADLINE, Following, Stopped, Target, clock};
use crate::ui::theme::Theme;
use crate::ui::widgets;

const LEAVE: &str = "You can go back to the menu (Esc): the creation goes on. If you quit, \
     the menu offers to follow it again next time.";
const BUTTONS: [(&str, Button); 1] = [("To the menu", Button::Back)];
const STOPPED_BUTTONS: [(&str, Button); 2] = [
    ("Try again", Button::Retry),
    ("Back to the details", Button::Back),
];

pub struct Layout {
    status: Rect,
    leave: Rect,
    buttons: Rect,
    pub hits: Vec<(Rect, Target)>,
}

/// The trouble met by the last look, wrapped under the status.
fn trouble_lines<'a>(following: &Following, width: u16, theme: &Theme) -> Vec<Line<'a>> {
    let Some(trouble) = &following.trouble else {
        return Vec::new();
    };
    wrap(trouble, usize::from(width.saturating_sub(4).max(1)))
        .into_iter()
        .enumerate()
        .map(|(index, line)| {
            let lead = if index == 0 { "  ! " } else { "    " };
            Line::from(vec![
                Span::styled(lead, theme.warn()),
                Span::styled(line, theme.warn()),
            ])
        })
        .collect()
}

pub fn layout(following: &Following, area: Rect) -> Layout {
    let mut s = Stack::new(area);
    let trouble = trouble_lines(following, area.width, &Theme::new(false)).len() as u16;
    let status = s.take(3 + trouble);
    s.gap(1);
    let leave = s.take(paragraph(LEAVE, area.width).len() as u16);
    s.gap(1);
    let buttons = s.take(1);
    Layout {
        status,
        leave,
        buttons,
        hits: button_row(buttons, &BUTTONS),
    }
}

pub fn draw(
    following: &Following,
    focused: Option<Button>,
    app: &App,
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
) {
    let layout = layout(following, area);
    let elapsed = app.now.saturating_duration_since(following.since);
    let mut lines = vec![widgets::working(
        app.spinner,
        &format!("{}…", following.activity()),
        theme,
    )];
    let checked = match following.attempt {
        0 => "not checked yet".to_string(),
        1 => "checked once".to_string(),
        n => format!("checked {n} times"),
    };
    lines.push(Line::from(vec![
        Span::styled("  Status  ", theme.dim()),
        Span::raw(format!(
            "{} · {checked}",
            following.status.as_deref().unwrap_or("sent")
        )),
    ]));
    lines.push(Line::from(vec![
        Span::styled("  Time    ", theme.dim()),
        Span::raw(format!(
            "{} elapsed · cloudboard gives up after {}",
            clock(elapsed),
            clock(FOLLOW_DEADLINE)
        )),
    ]));
    lines.extend(trouble_lines(following, area.width, theme));
    text(frame, layout.status, lines);
    text(frame, layout.leave, paragraph(LEAVE, area.width));
    draw_buttons(frame, layout.buttons, &BUTTONS, focused, theme);
}

pub struct StoppedLayout {
    problem: Rect,
    buttons: Rect,
    pub hits: Vec<(Rect, Target)>,
}

pub fn stopped_layout(stopped: &Stopped, area: Rect) -> StoppedLayout {
    let mut s = Stack::new(area);
    let problem = s
        .take(problem_lines(&stopped.problem.message, area.width, &Theme::new(false)).len() as u16);
    s.gap(1);
    let buttons = s.take(1);
    StoppedLayout {
        problem,
        buttons,
        hits: button_row(buttons, &STOPPED_BUTTONS),
    }
}

pub fn draw_stopped(
    stopped: &Stopped,
    focused: Option<Button>,
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
) {
    let layout = stopped_layout(stopped, area);
    text(
        frame,
        layout.problem,
        problem_lines(&stopped.problem.message, area.width, theme),
    );
    draw_buttons(frame, layout.buttons, &STOPPED_BUTTONS, focused, theme);
}
