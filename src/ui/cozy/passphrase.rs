//! Step 7: the passphrase twice, its strength as it is typed, the hint.

use ratatui::text::{Line, Span};

use super::{buttons, screen_problem};
use crate::app::App;
use crate::app::cozy::strength::MIN_SCORE;
use crate::app::cozy::{Button, Cozy, FieldId, PassFocus, Target, Working, hashing, registering};
use crate::lang::tr;
use crate::tr;
use crate::ui::field;
use crate::ui::screen::{GivesWay, Piece, Pieces, Tone, styled, wrap_indented};
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
    let width = s.width();
    let lang = flow.lang;
    let form = &flow.form;
    if s.keeps(GivesWay::Intro) {
        s.text(&tr(lang, "cozy-passphrase-intro"), Tone::Plain);
        s.gap(1);
    }
    let editing = working.is_none();
    // Its message goes under the meter, so the field itself is its label and value.
    let passphrase = editing && focus == PassFocus::Passphrase;
    let target = Target::Field(FieldId::Passphrase);
    s.field_in(2, &form.passphrase, passphrase, target);
    s.lines(vec![meter(flow, width, &theme)]);
    let message = message(flow, field::indented(s.left()).width, &theme);
    // A row is kept for the message while there is none, as every field keeps one.
    let spare = u16::from(message.is_empty() && s.keeps(GivesWay::Spare));
    let rect = field::indented(s.take(message.len() as u16 + spare));
    s.put(rect, Piece::Lines(message), None);
    let again = editing && focus == PassFocus::Again;
    s.field(&form.again, again, Target::Field(FieldId::Again));
    let hint = editing && focus == PassFocus::Hint;
    s.field(&form.hint, hint, Target::Field(FieldId::Hint));
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
