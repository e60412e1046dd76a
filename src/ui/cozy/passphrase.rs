//! Step 7: the passphrase twice, its strength as it is typed, the hint.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Stack, button_row, draw_buttons, focused, labels, paragraph, problem_lines, text};
use crate::app::App;
use crate::app::cozy::strength::MIN_SCORE;
use crate::app::cozy::{Button, Cozy, FieldId, PassFocus, Target, Working, hashing, registering};
use crate::lang::{tr, tr_args};
use crate::ui::field;
use crate::ui::theme::Theme;
use crate::ui::widgets;

const BUTTONS: [(&str, Button); 2] = [
    ("cozy-button-set-passphrase", Button::Next),
    ("cozy-button-back", Button::Back),
];

pub struct Layout {
    intro: Rect,
    passphrase: Rect,
    strength: Rect,
    message: Rect,
    again: Rect,
    hint: Rect,
    buttons: Rect,
    status: Rect,
    pub hits: Vec<(Rect, Target)>,
}

/// Under the meter, in line with the field's value (`width` cells from there): the field's
/// error or note, else the advice on making it stronger.
fn message<'a>(flow: &Cozy, width: u16, theme: &Theme) -> Vec<Line<'a>> {
    let said = field::message(&flow.form.passphrase, width, theme);
    if !said.is_empty() {
        return said;
    }
    let Some(advice) = flow
        .form
        .strength
        .as_ref()
        .and_then(|s| s.advice(flow.lang))
    else {
        return Vec::new();
    };
    crate::text::wrap_hanging(&advice, usize::from(width), "  ", "  ")
        .into_iter()
        .map(|line| Line::styled(line, theme.dim()))
        .collect()
}

pub fn layout(flow: &Cozy, area: Rect) -> Layout {
    let width = area.width;
    let form = &flow.form;
    let wanted =
        (message(flow, field::indented(area).width, &Theme::new(false)).len() as u16).max(1);
    // On a short terminal the fields below give up the blank row each keeps for a message
    // they do not have, so that the advice has room before the buttons.
    let (mut again_rows, mut hint_rows) = (
        field::rows(&form.again, width),
        field::rows(&form.hint, width),
    );
    if 2 + 1 + wanted + again_rows + hint_rows + 2 > area.height {
        again_rows = field::rows_without_spare(&form.again, width);
        hint_rows = field::rows_without_spare(&form.hint, width);
    }
    let message_rows = wanted
        .min(
            area.height
                .saturating_sub(2 + 1 + again_rows + hint_rows + 2),
        )
        .max(1);
    let intro_rows = paragraph(&tr(flow.lang, "cozy-passphrase-intro"), width).len() as u16;
    let fields = 2 + 1 + message_rows + again_rows + hint_rows;
    let mut s = Stack::new(area);
    // The intro gives way first on a short terminal.
    let intro = if area.height >= intro_rows + 1 + fields + 1 + 1 + 2 {
        let intro = s.take(intro_rows);
        s.gap(1);
        intro
    } else {
        Rect::default()
    };
    let passphrase = s.take(2);
    let strength = s.take(1);
    let message = field::indented(s.take(message_rows));
    let again = s.take(again_rows);
    let hint = s.take(hint_rows);
    s.gap(1);
    let buttons = s.take(1);
    let status = s.take(s.room());
    let mut hits = vec![
        (passphrase, Target::Field(FieldId::Passphrase)),
        (again, Target::Field(FieldId::Again)),
        (hint, Target::Field(FieldId::Hint)),
    ];
    hits.extend(button_row(buttons, &labels(flow.lang, &BUTTONS)));
    Layout {
        intro,
        passphrase,
        strength,
        message,
        again,
        hint,
        buttons,
        status,
        hits,
    }
}

pub fn draw(
    flow: &Cozy,
    focus: PassFocus,
    working: Option<Working>,
    app: &App,
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
) {
    let layout = layout(flow, area);
    let form = &flow.form;
    let editing = working.is_none();
    let lang = flow.lang;
    text(
        frame,
        layout.intro,
        paragraph(&tr(lang, "cozy-passphrase-intro"), area.width),
    );
    field::draw(
        frame,
        layout.passphrase,
        &form.passphrase,
        editing && focus == PassFocus::Passphrase,
        theme,
    );
    text(frame, layout.strength, vec![meter(flow, area.width, theme)]);
    text(
        frame,
        layout.message,
        message(flow, layout.message.width, theme),
    );
    field::draw(
        frame,
        layout.again,
        &form.again,
        editing && focus == PassFocus::Again,
        theme,
    );
    field::draw(
        frame,
        layout.hint,
        &form.hint,
        editing && focus == PassFocus::Hint,
        theme,
    );
    match working {
        Some(Working::Hashing) => text(
            frame,
            layout.buttons,
            vec![widgets::working(
                app.spinner,
                &format!("{}…", hashing(lang)),
                theme,
            )],
        ),
        Some(Working::Registering) => text(
            frame,
            layout.buttons,
            vec![widgets::working(
                app.spinner,
                &format!("{}…", registering(lang, &flow.fqdn())),
                theme,
            )],
        ),
        None => {
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
}

/// `Strength ████████░░░░ 3 of 4 · strong`: the bar, the number and the word (it reads
/// without colour), and what is needed while it is not enough and there is room to say so.
fn meter<'a>(flow: &Cozy, width: u16, theme: &Theme) -> Line<'a> {
    let lang = flow.lang;
    let label = Span::styled(
        format!("  {}  ", tr(lang, "cozy-strength-label")),
        theme.dim(),
    );
    let Some(strength) = &flow.form.strength else {
        return Line::from(vec![
            label,
            Span::styled(
                tr_args(lang, "cozy-strength-untyped", &[("min", MIN_SCORE.into())]),
                theme.dim(),
            ),
        ]);
    };
    let filled = usize::from(strength.score) * 3;
    let style = if strength.enough() {
        theme.ok()
    } else {
        theme.error()
    };
    let score = tr_args(
        lang,
        "cozy-strength-score",
        &[
            ("score", strength.score.into()),
            ("label", strength.label(lang).into_owned().into()),
        ],
    );
    let spans = vec![
        label,
        Span::styled("█".repeat(filled), style),
        Span::styled("░".repeat(12 - filled), theme.dim()),
        Span::styled(format!(" {score}"), style),
    ];
    let needed = Span::styled(
        format!(
            " {}",
            tr_args(lang, "cozy-strength-needed", &[("min", MIN_SCORE.into())])
        ),
        theme.dim(),
    );
    let mut line = Line::from(spans);
    if !strength.enough() && line.width() + needed.width() <= usize::from(width) {
        line.spans.push(needed);
    }
    line
}
