//! Step 1: the filter, the list of locations (code, name, API address), the custom address,
//! and where the list comes from.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::app::cloudsigma::location::Focus;
use crate::app::cloudsigma::questions::{CUSTOM_OPTION, list_source_in};
use crate::app::cloudsigma::{CloudSigma, Place, Row, Target};
use crate::config::CloudSigmaConfig;
use crate::lang::{Lang, tr};
use crate::tr;
use crate::ui::screen::{GivesWay, Piece, Pieces, Screen, Tone, wrap};
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
    let custom_shown = form.selected == Row::Custom || form.focus == Focus::Custom;
    let source = wrap(
        &list_source_in(lang, &form.source, config),
        width,
        Tone::Dim,
    );
    let sandbox = flow
        .sandbox
        .then(|| wrap(&tr(lang, "cloudsigma-location-sandbox"), width, Tone::Dim));
    let problem = match &flow.problem {
        Some(problem) => wrap(&problem.message, width, Tone::Problem),
        None => Vec::new(),
    };
    let intro = wrap(&tr(lang, "cloudsigma-location-intro"), width, Tone::Plain);
    let mut shown: Vec<Option<Row>> = Vec::new();
    if no_match {
        shown.push(None);
    }
    shown.extend(rows.into_iter().map(Some));
    let selected = form.selected_index() + usize::from(no_match);
    // On a short terminal the intro and the rows around the list give way before it scrolls.
    s.fit(|s| {
        if s.keeps(GivesWay::Intro) {
            s.wrapped(intro.clone(), Tone::Plain);
            s.gap(1);
        }
        s.field(&form.filter, form.focus == Focus::Filter, Target::Filter);
        // Where the list comes from, and that the sandbox serves every place.
        let mut note = source.clone();
        if s.keeps(GivesWay::Hint) {
            note.extend(sandbox.iter().flatten().cloned());
        }
        let remarks = (note.len() + problem.len()) as u16;
        let custom = if custom_shown {
            s.field_rows(&form.custom)
        } else {
            0
        };
        let blank = u16::from(remarks > 0 && s.keeps(GivesWay::Blank));
        let list = s.scrolling(shown.len() as u16, custom + blank + remarks);
        let offset = (selected + 1).saturating_sub(usize::from(list.height));
        let page = shown.iter().skip(offset).take(usize::from(list.height));
        for (y, entry) in (list.y..).zip(page) {
            let rect = Rect::new(list.x, y, list.width, 1);
            let line = match entry {
                Some(row) => {
                    let place = match row {
                        Row::Place(i) => form.places.get(*i),
                        Row::Custom => None,
                    };
                    let active = form.focus == Focus::Filter;
                    let chosen = *row == form.selected;
                    row_line(lang, place, chosen, active, config, width, &s.theme)
                }
                None => {
                    let said = tr!(
                        lang,
                        "cloudsigma-location-no-match",
                        filter = form.filter.value().trim()
                    );
                    Line::styled(format!("  {said}"), s.theme.dim())
                }
            };
            s.put(rect, Piece::Lines(vec![line]), entry.map(Target::Row));
        }
        if custom_shown {
            s.field(&form.custom, form.focus == Focus::Custom, Target::Custom);
        }
        if remarks > 0 {
            s.gap(1);
        }
        s.wrapped(note, Tone::Dim);
        s.wrapped(problem.clone(), Tone::Problem);
    });
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
