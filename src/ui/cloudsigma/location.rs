//! Step 1: the filter, the list of locations (code, name, API address), the custom address,
//! and where the list comes from.

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::app::cloudsigma::location::Focus;
use crate::app::cloudsigma::questions::{CUSTOM_OPTION, list_source_in};
use crate::app::cloudsigma::{CloudSigma, Place, Row, Target};
use crate::config::CloudSigmaConfig;
use crate::lang::{Lang, tr};
use crate::tr;
use crate::ui::field;
use crate::ui::screen::{Piece, Pieces, Screen, Tone, wrap};
use crate::ui::theme::Theme;

/// Cells for "United States, Washington DC" and the like, so the addresses line up.
const NAME_WIDTH: usize = 28;
/// Cells for the longest code (`MNL2`).
const CODE_WIDTH: usize = 4;

pub fn layout<'a>(
    flow: &'a CloudSigma,
    mut s: Pieces<'a, Target>,
    config: &CloudSigmaConfig,
) -> Screen<'a, Target> {
    let form = &flow.location;
    let lang = flow.lang;
    let width = s.width();
    let rows = form.rows();
    let no_match = rows.len() == 1;
    let list_rows = (rows.len() + usize::from(no_match)) as u16;
    let custom_shown = form.selected == Row::Custom || form.focus == Focus::Custom;
    let custom_height = if custom_shown {
        field::rows(&form.custom, width)
    } else {
        0
    };
    let mut note = wrap(
        &list_source_in(lang, &form.source, config),
        width,
        Tone::Dim,
    );
    if flow.sandbox {
        note.extend(wrap(
            &tr(lang, "cloudsigma-location-sandbox"),
            width,
            Tone::Dim,
        ));
    }
    let problem = match &flow.problem {
        Some(problem) => wrap(&problem.message, width, Tone::Problem),
        None => Vec::new(),
    };
    let intro = wrap(&tr(lang, "cloudsigma-location-intro"), width, Tone::Plain);
    let fixed =
        field::rows(&form.filter, width) + custom_height + note.len() as u16 + problem.len() as u16;

    // On a short terminal the intro gives way first, then the list scrolls.
    if s.room() > fixed + list_rows + intro.len() as u16 {
        s.wrapped(intro, Tone::Plain);
        s.gap(1);
    }
    s.field(&form.filter, form.focus == Focus::Filter, Target::Filter);
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
        match entry {
            Some(row) => {
                let rect = s.take(1);
                let place = match row {
                    Row::Place(i) => form.places.get(i),
                    Row::Custom => None,
                };
                let active = form.focus == Focus::Filter;
                let line = row_line(
                    lang,
                    place,
                    row == form.selected,
                    active,
                    config,
                    width,
                    &s.theme,
                );
                s.put(rect, Piece::Lines(vec![line]), Some(Target::Row(row)));
            }
            None => {
                let said = tr!(
                    lang,
                    "cloudsigma-location-no-match",
                    filter = form.filter.value().trim()
                );
                s.wrapped(vec![format!("  {said}")], Tone::Dim);
            }
        }
    }
    if custom_shown {
        s.field(&form.custom, form.focus == Focus::Custom, Target::Custom);
    }
    // A blank line sets the remarks apart from the list when there is room for it.
    let remarks = (note.len() + problem.len()) as u16;
    if remarks > 0 && s.room() > remarks {
        s.gap(1);
    }
    s.wrapped(note, Tone::Dim);
    s.wrapped(problem, Tone::Problem);
    s.screen(
        tr(lang, "cloudsigma-location-heading").into_owned(),
        super::step(lang, 1),
    )
}

/// One row of the list: `› ZRH   Switzerland, Zurich   https://zrh.cloudsigma.com/api/2.0/`;
/// the custom address's row for no location.
fn row_line(
    lang: Lang,
    place: Option<&Place>,
    selected: bool,
    active: bool,
    config: &CloudSigmaConfig,
    width: u16,
    theme: &Theme,
) -> Line<'static> {
    let marker = Span::styled(if selected && active { "› " } else { "  " }, theme.key());
    let style = if selected {
        theme.selected()
    } else {
        theme.base()
    };
    match place {
        Some(place) => {
            let code_pad = CODE_WIDTH.saturating_sub(place.code.width());
            let name_pad = NAME_WIDTH.saturating_sub(place.name.width());
            let label = format!(
                "{}{}  {}{}",
                place.code,
                " ".repeat(code_pad),
                place.name,
                " ".repeat(name_pad)
            );
            let mut spans = vec![marker, Span::styled(label, style)];
            let used = 2 + CODE_WIDTH + 2 + NAME_WIDTH.max(place.name.width());
            // The address goes when the column is too narrow for it whole.
            let api = place.api(config);
            if used + 2 + api.width() <= usize::from(width) {
                spans.push(Span::raw("  "));
                spans.push(Span::styled(api, theme.dim()));
            }
            Line::from(spans)
        }
        None => Line::from(vec![marker, Span::styled(tr(lang, CUSTOM_OPTION), style)]),
    }
}
