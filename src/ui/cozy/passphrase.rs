//! Step 7: the passphrase twice, its strength as it is typed, the hint.

use ratatui::text::{Line, Span};

use super::{buttons, field, field_height, field_message, paragraph, screen_problem};
use crate::app::App;
use crate::app::cozy::strength::MIN_SCORE;
use crate::app::cozy::{Button, Cozy, FieldId, PassFocus, Target, Working, hashing, registering};
use crate::lang::{tr, tr_args};
use crate::text::wrap;
use crate::ui::screen::{Piece, Pieces};
use crate::ui::theme::Theme;
use crate::ui::widgets;

const BUTTONS: [(&str, Button); 2] = [
    ("cozy-button-set-passphrase", Button::Next),
    ("cozy-button-back", Button::Back),
];

/// Under the meter: the field's error or note, else the advice on making it stronger.
fn message<'a>(flow: &Cozy, width: u16, theme: &Theme) -> Vec<Line<'a>> {
    let field = &flow.form.passphrase;
    if field.error.is_some() || field.note.is_some() {
        return field_message(field, width, theme);
    }
    let Some(advice) = flow
        .form
        .strength
        .as_ref()
        .and_then(|s| s.advice(flow.lang))
    else {
        return Vec::new();
    };
    wrap(&advice, usize::from(width.saturating_sub(4).max(1)))
        .into_iter()
        .map(|line| Line::styled(format!("    {line}"), theme.dim()))
        .collect()
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
    let message = message(flow, width, &theme);
    let wanted = (message.len() as u16).max(1);
    // On a short terminal the fields below give up the blank row each keeps for a message
    // they do not have, so that the advice has room before the buttons.
    let (mut again_rows, mut hint_rows) = (
        field_height(&form.again, width),
        field_height(&form.hint, width),
    );
    if 2 + 1 + wanted + again_rows + hint_rows + 2 > area.height {
        let compact = |field: &crate::app::field::TextField, rows: u16| {
            if field.error.is_none() && field.note.is_none() {
                2
            } else {
                rows
            }
        };
        again_rows = compact(&form.again, again_rows);
        hint_rows = compact(&form.hint, hint_rows);
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
    let rect = s.take(2);
    let passphrase = Piece::Field {
        field: &form.passphrase,
        focused: editing && focus == PassFocus::Passphrase,
    };
    s.put(rect, passphrase, Some(Target::Field(FieldId::Passphrase)));
    s.lines(vec![meter(flow, width, &theme)]);
    let rect = s.take(message_rows);
    s.put(rect, Piece::Lines(message), None);
    let again = editing && focus == PassFocus::Again;
    field(
        s,
        again_rows,
        &form.again,
        again,
        Target::Field(FieldId::Again),
    );
    let hint = editing && focus == PassFocus::Hint;
    field(s, hint_rows, &form.hint, hint, Target::Field(FieldId::Hint));
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
