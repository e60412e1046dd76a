//! Step 4: the summary, each line with its edit key, and the button that creates.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Stack, button_row, draw_buttons, focused, paragraph, problem_lines, text};
use crate::app::App;
use crate::app::cozy::{Button, Cozy, Edit, Target};
use crate::ui::theme::Theme;
use crate::ui::widgets;

const INTRO: &str = "Your Cozy will be created with these details. Enter creates it.";
const BUTTONS: [(&str, Button); 2] = [("Create my Cozy", Button::Next), ("Back", Button::Back)];
const LABEL_WIDTH: usize = 11;

pub struct Layout {
    intro: Rect,
    lines: Vec<Rect>,
    buttons: Rect,
    status: Rect,
    pub hits: Vec<(Rect, Target)>,
}

pub fn layout(flow: &Cozy, area: Rect) -> Layout {
    let summary = flow.summary();
    let mut s = Stack::new(area);
    let intro = s.take(paragraph(INTRO, area.width).len() as u16);
    s.gap(1);
    let lines: Vec<Rect> = summary.iter().map(|_| s.take(1)).collect();
    s.gap(1);
    let buttons = s.take(1);
    s.gap(1);
    let status = s.take(s.room());
    let mut hits: Vec<(Rect, Target)> = summary
        .iter()
        .zip(&lines)
        .filter_map(|(line, rect)| line.edit.map(|edit| (*rect, Target::Edit(edit))))
        .collect();
    hits.extend(button_row(buttons, &BUTTONS));
    Layout {
        intro,
        lines,
        buttons,
        status,
        hits,
    }
}

fn edit_key(edit: Edit) -> &'static str {
    match edit {
        Edit::Email => "e",
        Edit::Address => "a",
        Edit::Terms => "t",
    }
}

pub fn draw(flow: &Cozy, sending: bool, app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    let layout = layout(flow, area);
    text(frame, layout.intro, paragraph(INTRO, area.width));
    for (line, rect) in flow.summary().into_iter().zip(&layout.lines) {
        let mut spans = vec![
            Span::raw("  "),
            Span::styled(format!("{:<LABEL_WIDTH$}", line.label), theme.dim()),
            Span::styled(line.value.clone(), theme.title()),
        ];
        if let Some(edit) = line.edit {
            let used = 2 + LABEL_WIDTH + Span::raw(line.value.as_str()).width();
            let hint = format!("{} edit", edit_key(edit));
            let gap = usize::from(rect.width).saturating_sub(used + hint.len() + 1);
            if gap >= 2 {
                spans.push(Span::raw(" ".repeat(gap)));
                spans.push(Span::styled(edit_key(edit), theme.key()));
                spans.push(Span::styled(" edit", theme.dim()));
            }
        }
        frame.render_widget(Paragraph::new(Line::from(spans)), *rect);
    }
    if sending {
        let what = format!("Asking the Cloudery to create {}…", flow.fqdn());
        text(
            frame,
            layout.buttons,
            vec![widgets::working(app.spinner, &what, theme)],
        );
    } else {
        draw_buttons(frame, layout.buttons, &BUTTONS, focused(flow), theme);
        if let Some(problem) = flow.screen_problem() {
            text(
                frame,
                layout.status,
                problem_lines(&problem.message, area.width, theme),
            );
        }
    }
}
