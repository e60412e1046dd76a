//! Step 5: the creation followed live, or why it stopped.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Stack, button_row, draw_buttons, labels, paragraph, problem_lines, text, wrap};
use crate::app::App;
use crate::app::cozy::{Button, FOLLOW_DEADLINE, Following, Stopped, Target, clock};
use crate::lang::{Lang, tr, tr_args};
use crate::ui::theme::Theme;
use crate::ui::widgets;

const BUTTONS: [(&str, Button); 1] = [("cozy-button-to-menu", Button::Back)];
const STOPPED_BUTTONS: [(&str, Button); 2] = [
    ("cozy-button-try-again", Button::Retry),
    ("cozy-button-back-to-details", Button::Back),
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

pub fn layout(lang: Lang, following: &Following, area: Rect) -> Layout {
    let mut s = Stack::new(area);
    let trouble = trouble_lines(following, area.width, &Theme::new(false)).len() as u16;
    let status = s.take(3 + trouble);
    s.gap(1);
    let leave = s.take(paragraph(&tr(lang, "cozy-creating-leave"), area.width).len() as u16);
    s.gap(1);
    let buttons = s.take(1);
    Layout {
        status,
        leave,
        buttons,
        hits: button_row(buttons, &labels(lang, &BUTTONS)),
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
    let lang = app.config.lang();
    let layout = layout(lang, following, area);
    let elapsed = app.now.saturating_duration_since(following.since);
    let mut lines = vec![widgets::working(
        app.spinner,
        &format!("{}…", following.activity(lang)),
        theme,
    )];
    let sent = tr(lang, "cozy-creating-sent");
    let status = tr_args(
        lang,
        "cozy-creating-status",
        &[
            (
                "status",
                following.status.as_deref().unwrap_or(&sent).into(),
            ),
            ("count", following.attempt.into()),
        ],
    );
    let time = tr_args(
        lang,
        "cozy-creating-time",
        &[
            ("elapsed", clock(elapsed).into()),
            ("deadline", clock(FOLLOW_DEADLINE).into()),
        ],
    );
    // The labels in a column as wide as the wider one.
    let (status_label, time_label) = (
        tr(lang, "cozy-creating-status-label"),
        tr(lang, "cozy-creating-time-label"),
    );
    let width = Span::raw(status_label.as_ref())
        .width()
        .max(Span::raw(time_label.as_ref()).width());
    for (label, value) in [(status_label, status), (time_label, time)] {
        lines.push(Line::from(vec![
            Span::styled(format!("  {label:<width$}  "), theme.dim()),
            Span::raw(value),
        ]));
    }
    lines.extend(trouble_lines(following, area.width, theme));
    text(frame, layout.status, lines);
    text(
        frame,
        layout.leave,
        paragraph(&tr(lang, "cozy-creating-leave"), area.width),
    );
    draw_buttons(
        frame,
        layout.buttons,
        &labels(lang, &BUTTONS),
        focused,
        theme,
    );
}

pub struct StoppedLayout {
    problem: Rect,
    buttons: Rect,
    pub hits: Vec<(Rect, Target)>,
}

pub fn stopped_layout(lang: Lang, stopped: &Stopped, area: Rect) -> StoppedLayout {
    let mut s = Stack::new(area);
    let problem = s
        .take(problem_lines(&stopped.problem.message, area.width, &Theme::new(false)).len() as u16);
    s.gap(1);
    let buttons = s.take(1);
    StoppedLayout {
        problem,
        buttons,
        hits: button_row(buttons, &labels(lang, &STOPPED_BUTTONS)),
    }
}

pub fn draw_stopped(
    lang: Lang,
    stopped: &Stopped,
    focused: Option<Button>,
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
) {
    let layout = stopped_layout(lang, stopped, area);
    text(
        frame,
        layout.problem,
        problem_lines(&stopped.problem.message, area.width, theme),
    );
    draw_buttons(
        frame,
        layout.buttons,
        &labels(lang, &STOPPED_BUTTONS),
        focused,
        theme,
    );
}
