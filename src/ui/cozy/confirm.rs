//! Step 4: the summary, each line with its edit key, and the button that creates.

use ratatui::text::{Line, Span};

use super::{buttons, screen_problem};
use crate::app::App;
use crate::app::cozy::{Button, Cozy, Edit, Target};
use crate::lang::tr;
use crate::tr;
use crate::ui::screen::{GivesWay, Piece, Pieces, Tone};
use crate::ui::widgets;

const BUTTONS: [(&str, Button); 2] = [
    ("cozy-button-create", Button::Next),
    ("cozy-button-back", Button::Back),
];
/// The column the values start at, wider when a label is.
const LABEL_WIDTH: usize = 11;

fn edit_key(edit: Edit) -> &'static str {
    match edit {
        Edit::Email => "e",
        Edit::Address => "a",
        Edit::Terms => "t",
    }
}

pub fn layout(flow: &Cozy, sending: bool, app: &App, s: &mut Pieces<Target>) {
    let lang = flow.lang;
    let theme = s.theme;
    if s.keeps(GivesWay::Intro) {
        s.text(&tr(lang, "cozy-confirm-intro"), Tone::Plain);
        s.gap(1);
    }
    let summary = flow.summary();
    let label_width = summary
        .iter()
        .map(|line| Span::raw(line.label.as_ref()).width() + 1)
        .fold(LABEL_WIDTH, usize::max);
    let edit_word = format!(" {}", tr(lang, "cozy-confirm-edit"));
    for line in summary {
        let mut spans = vec![
            Span::raw("  "),
            Span::styled(format!("{:<label_width$}", line.label), theme.dim()),
            Span::styled(line.value.clone(), theme.title()),
        ];
        if let Some(edit) = line.edit {
            let used = 2 + label_width + Span::raw(line.value.as_str()).width();
            let hint = Span::raw(format!("{}{edit_word}", edit_key(edit))).width();
            let gap = usize::from(s.width()).saturating_sub(used + hint + 1);
            if gap >= 2 {
                spans.push(Span::raw(" ".repeat(gap)));
                spans.push(Span::styled(edit_key(edit), theme.key()));
                spans.push(Span::styled(edit_word.clone(), theme.dim()));
            }
        }
        let rect = s.take(1);
        let target = line.edit.map(Target::Edit);
        s.put(rect, Piece::Lines(vec![Line::from(spans)]), target);
    }
    s.gap(1);
    if sending {
        let asking = tr!(lang, "cozy-confirm-asking", fqdn = flow.fqdn());
        let what = format!("{asking}…");
        s.lines(vec![widgets::working(app.spinner, &what, &theme)]);
    } else {
        buttons(flow, s, &BUTTONS);
        s.gap(1);
        screen_problem(flow, s);
    }
}
