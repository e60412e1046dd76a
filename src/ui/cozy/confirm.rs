//! Step 4: the summary, each line with its edit key, and the button that creates.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Stack, button_row, draw_buttons, focused, labels, paragraph, problem_lines, text};
use crate::app::App;
use crate::app::cozy::{Button, Cozy, Edit, Target};
use crate::lang::{tr, tr_args};
use crate::ui::theme::Theme;
use crate::ui::widgets;

const BUTTONS: [(&str, Button); 2] = [
    ("cozy-button-create", Button::Next),
    ("cozy-button-back", Button::Back),
];
/// The column the values start at, wider when a label is.
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
    let intro = s.take(paragraph(&tr(flow.lang, "cozy-confirm-intro"), area.width).len() as u16);
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
    hits.extend(button_row(buttons, &labels(flow.lang, &BUTTONS)));
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
    let lang = flow.lang;
    text(
        frame,
        layout.intro,
        paragraph(&tr(lang, "cozy-confirm-intro"), area.width),
    );
    let summary = flow.summary();
    let label_width = summary
        .iter()
        .map(|line| Span::raw(line.label.as_ref()).width() + 1)
        .fold(LABEL_WIDTH, usize::max);
    let edit_word = format!(" {}", tr(lang, "cozy-confirm-edit"));
    for (line, rect) in summary.into_iter().zip(&layout.lines) {
        let mut spans = vec![
            Span::raw("  "),
            Span::styled(format!("{:<label_width$}", line.label), theme.dim()),
            Span::styled(line.value.clone(), theme.title()),
        ];
        if let Some(edit) = line.edit {
            let used = 2 + label_width + Span::raw(line.value.as_str()).width();
            let hint = Span::raw(format!("{}{edit_word}", edit_key(edit))).width();
            let gap = usize::from(rect.width).saturating_sub(used + hint + 1);
            if gap >= 2 {
                spans.push(Span::raw(" ".repeat(gap)));
                spans.push(Span::styled(edit_key(edit), theme.key()));
                spans.push(Span::styled(edit_word.clone(), theme.dim()));
            }
        }
        frame.render_widget(Paragraph::new(Line::from(spans)), *rect);
    }
    if sending {
        let asking = tr_args(lang, "cozy-confirm-asking", &[("fqdn", flow.fqdn().into())]);
        let what = format!("{asking}…");
        text(
            frame,
            layout.buttons,
            vec![widgets::working(app.spinner, &what, theme)],
        );
    } else {
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
                layout.status,
                problem_lines(&problem.message, area.width, theme),
            );
        }
    }
}
