//! Step 6: where the activation link went, and the field to paste it in.

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{Stack, button_row, draw_buttons, focused, labels, paragraph, problem_lines, text};
use crate::app::cozy::activation::TOKEN_LEN;
use crate::app::cozy::{Button, Cozy, FieldId, Target};
use crate::lang::tr_args;
use crate::ui::field;
use crate::ui::theme::Theme;
use crate::ui::widgets;

const BUTTONS: [(&str, Button); 1] = [("cozy-button-next", Button::Next)];
const SANDBOX_BUTTONS: [(&str, Button); 2] = [
    ("cozy-button-next", Button::Next),
    ("cozy-button-take-from-outbox", Button::TakeFromOutbox),
];

fn buttons(flow: &Cozy) -> Vec<(Cow<'static, str>, Button)> {
    let ids: &[(&str, Button)] = if flow.sandbox {
        &SANDBOX_BUTTONS
    } else {
        &BUTTONS
    };
    labels(flow.lang, ids)
}

fn explanation(flow: &Cozy) -> String {
    if let Some(notice) = &flow.notice {
        return notice.text.clone();
    }
    tr_args(
        flow.lang,
        "cozy-check-email-explanation",
        &[("email", flow.email().into()), ("length", TOKEN_LEN.into())],
    )
    .into_owned()
}

pub struct Layout {
    ready: Rect,
    explanation: Rect,
    field: Rect,
    buttons: Rect,
    problem: Rect,
    pub hits: Vec<(Rect, Target)>,
}

pub fn layout(flow: &Cozy, area: Rect) -> Layout {
    let mut s = Stack::new(area);
    let ready = s.take(1);
    let explanation = s.take(paragraph(&explanation(flow), area.width).len() as u16);
    s.gap(1);
    let field = s.take(field::rows(&flow.form.link, area.width));
    s.gap(1);
    let buttons_row = s.take(1);
    s.gap(1);
    let problem = s.take(s.room());
    let mut hits = vec![(field, Target::Field(FieldId::Link))];
    hits.extend(button_row(buttons_row, &buttons(flow)));
    Layout {
        ready,
        explanation,
        field,
        buttons: buttons_row,
        problem,
        hits,
    }
}

pub fn draw(flow: &Cozy, frame: &mut Frame, area: Rect, theme: &Theme) {
    let layout = layout(flow, area);
    let headline = if let Some(notice) = &flow.notice {
        Line::styled(notice.headline.clone(), theme.warn())
    } else {
        widgets::success(
            &tr_args(
                flow.lang,
                "cozy-check-email-is-ready",
                &[("fqdn", flow.fqdn().into())],
            ),
            theme,
        )
    };
    text(frame, layout.ready, vec![headline]);
    text(
        frame,
        layout.explanation,
        paragraph(&explanation(flow), area.width),
    );
    field::draw(frame, layout.field, &flow.form.link, true, theme);
    draw_buttons(frame, layout.buttons, &buttons(flow), focused(flow), theme);
    if let Some(problem) = flow.screen_problem() {
        text(
            frame,
            layout.problem,
            problem_lines(&problem.message, area.width, theme),
        );
    }
}
