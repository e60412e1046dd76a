//! Step 7: the passphrase twice, its strength as it is typed, the hint.

use ratatui::text::{Line, Span};

use super::{buttons, paragraph, screen_problem};
use crate::app::App;
use crate::app::cozy::strength::MIN_SCORE;
use crate::app::cozy::{Button, Cozy, FieldId, PassFocus, Target, Working, hashing, registering};
use crate::lang::tr;
use crate::tr;
use crate::ui::field;
use crate::ui::screen::{Piece, Pieces, Tone, styled, wrap_indented};
use crate::ui::theme::Theme;
use crate::ui::widgets;

const BUTTONS: [(&str, Button); 2] = [
    ("cozy-button-set-passphrase", Button::Next),
    ("cozy-button-back", Button::Back),
];

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
    styled(wrap_indented(&advice, width, Tone::Dim, 2), theme.dim())
}

pub fn layout<'a>(
    flow: &'a Cozy,
    focus: PassFocus,
    working: Option<Working>,
    app: &App,
    s: &mut Pieces<'a, Target>,
) {
    let theme = s.theme;
    let area = s.left();
    let width = area.width;
    let lang = flow.lang;
    let form = &flow.form;
    let message = message(flow, field::indented(area).width, &theme);
    let wanted = (message.len() as u16).max(1);
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
    let intro = paragraph(&tr(lang, "cozy-passphrase-intro"), width);
    let intro_rows = intro.len() as u16;
    let fields = 2 + 1 + message_rows + again_rows + hint_rows;
    // The intro gives way first on a short terminal.
    if area.height >= intro_rows + 1 + fields + 1 + 1 + 2 {
        s.lines(intro);
        s.gap(1);
    }
    let editing = working.is_none();
    // Its message goes under the meter, so the field itself is its label and value.
    let passphrase = editing && focus == PassFocus::Passphrase;
    let target = Target::Field(FieldId::Passphrase);
    s.field_in(2, &form.passphrase, passphrase, target);
    s.lines(vec![meter(flow, width, &theme)]);
    let rect = field::indented(s.take(message_rows));
    s.put(rect, Piece::Lines(message), None);
    let again = editing && focus == PassFocus::Again;
    let target = Target::Field(FieldId::Again);
    s.field_in(again_rows, &form.again, again, target);
    let hint = editing && focus == PassFocus::Hint;
    s.field_in(hint_rows, &form.hint, hint, Target::Field(FieldId::Hint));
    s.gap(1);
    let doing = match working {
        Some(Working::Hashing) => hashing(lang),
        Some(Working::Registering) => registering(lang, &flow.fqdn()),
        None => {
            buttons(flow, s, &BUTTONS);
            return screen_problem(flow, s);
        }
    };
    let doing = format!("{doing}…");
    s.lines(vec![widgets::working(app.spinner, &doing, &theme)]);
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
                tr!(lang, "cozy-strength-untyped", min = MIN_SCORE),
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
    let score = tr!(
        lang,
        "cozy-strength-score",
        score = strength.score,
        label = strength.label(lang).into_owned()
    );
    let spans = vec![
        label,
        Span::styled("█".repeat(filled), style),
        Span::styled("░".repeat(12 - filled), theme.dim()),
        Span::styled(format!(" {score}"), style),
    ];
    let needed = Span::styled(
        format!(" {}", tr!(lang, "cozy-strength-needed", min = MIN_SCORE)),
        theme.dim(),
    );
    let mut line = Line::from(spans);
    if !strength.enough() && line.width() + needed.width() <= usize::from(width) {
        line.spans.push(needed);
    }
    line
}
