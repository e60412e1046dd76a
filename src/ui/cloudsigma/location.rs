//! Step 1: the filter, the list of locations (code, city, API address), the custom address.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::{Piece, Screen, Stack, Tone, wrap};
use crate::app::cloudsigma::location::{Focus, PLACES, api_for};
use crate::app::cloudsigma::questions::CUSTOM_OPTION;
use crate::app::cloudsigma::{CloudSigma, Row, STEPS, Target};
use crate::ui::theme::Theme;
use crate::ui::widgets::FIELD_HEIGHT;

const INTRO: &str = "Each CloudSigma location is its own cloud: an account is opened at one \
     location and signs in there.";
const SANDBOX: &str = "Sandbox: every location is served by the sandbox on this machine, at the \
     address shown.";
/// Cells for "Zurich, Switzerland" and the like, so the addresses line up.
const NAME_WIDTH: usize = 22;

pub fn layout(flow: &CloudSigma, area: Rect) -> Screen<'_> {
    let form = &flow.location;
    let width = area.width;
    let rows = form.rows();
    let no_match = rows.len() == 1;
    let list_rows = (rows.len() + usize::from(no_match)) as u16;
    let custom_shown = form.selected == Row::Custom || form.focus == Focus::Custom;
    let custom_height = if custom_shown { FIELD_HEIGHT } else { 0 };
    let note = if flow.sandbox {
        wrap(SANDBOX, width, Tone::Dim)
    } else {
        Vec::new()
    };
    let problem = match &flow.trouble {
        Some(t) if !t.on_field => wrap(&t.problem.message, width, Tone::Problem),
        _ => Vec::new(),
    };
    let intro = wrap(INTRO, width, Tone::Plain);
    let fixed = FIELD_HEIGHT + custom_height + note.len() as u16 + problem.len() as u16;

    let mut pieces = Vec::new();
    let mut s = Stack::new(area);
    // On a short terminal the intro gives way first, then the list scrolls.
    if area.height > fixed + list_rows + intro.len() as u16 {
        s.text(&mut pieces, intro, Tone::Plain);
        s.gap(1);
    }
    let filter = s.take(FIELD_HEIGHT);
    pieces.push((
        filter,
        Piece::Field {
            field: &form.filter,
            focused: form.focus == Focus::Filter,
            target: Target::Filter,
        },
    ));
    let below = custom_height + note.len() as u16 + problem.len() as u16;
    let list_height = list_rows.min(s.room().saturating_sub(below)).max(1);
    let selected = form.selected_index() + usize::from(no_match);
    let offset = (selected + 1).saturating_sub(usize::from(list_height));
    let mut shown: Vec<Option<Row>> = Vec::new();
    if no_match {
        shown.push(None);
    }
    shown.extend(rows.into_iter().map(Some));
    for entry in shown
        .into_iter()
        .skip(offset)
        .take(usize::from(list_height))
    {
        let rect = s.take(1);
        match entry {
            Some(row) => pieces.push((
                rect,
                Piece::Row {
                    row,
                    selected: row == form.selected,
                    active: form.focus == Focus::Filter,
                },
            )),
            None => pieces.push((
                rect,
                Piece::Text(
                    vec![format!(
                        "  No location matches “{}”.",
                        form.filter.value().trim()
                    )],
                    Tone::Dim,
                ),
            )),
        }
    }
    if custom_shown {
        let rect = s.take(FIELD_HEIGHT);
        pieces.push((
            rect,
            Piece::Field {
                field: &form.custom,
                focused: form.focus == Focus::Custom,
                target: Target::Custom,
            },
        ));
    }
    // A blank line sets the remarks apart from the list when there is room for it.
    let remarks = (note.len() + problem.len()) as u16;
    if remarks > 0 && s.room() > remarks {
        s.gap(1);
    }
    s.text(&mut pieces, note, Tone::Dim);
    s.text(&mut pieces, problem, Tone::Problem);
    Screen {
        heading: "Choose a location".into(),
        step: Some(format!("Step 1 of {STEPS}")),
        pieces,
    }
}

/// One row of the list: `› zrh  Zurich, Switzerland   https://zrh.cloudsigma.com/api/2.0/`.
pub fn row_line(
    row: Row,
    selected: bool,
    active: bool,
    template: &str,
    width: u16,
    theme: &Theme,
) -> Line<'static> {
    let marker = Span::styled(if selected && active { "› " } else { "  " }, theme.key());
    let style = if selected {
        theme.selected()
    } else {
        theme.base()
    };
    match row {
        Row::Place(i) => {
            let place = &PLACES[i];
            let name = place.name();
            let pad = NAME_WIDTH.saturating_sub(name.width());
            let label = format!("{}  {name}{}", place.code, " ".repeat(pad));
            let mut spans = vec![marker, Span::styled(label, style)];
            let used = 2 + 5 + NAME_WIDTH + 2;
            // The address goes when the column is too narrow for it whole.
            let api = api_for(template, place.code);
            if used + api.width() <= usize::from(width) {
                spans.push(Span::raw("  "));
                spans.push(Span::styled(api, theme.dim()));
            }
            Line::from(spans)
        }
        Row::Custom => Line::from(vec![marker, Span::styled(CUSTOM_OPTION, style)]),
    }
}
