//! Step 5: the creation followed live, or why it stopped.

use ratatui::text::{Line, Span};

use super::buttons;
use crate::app::App;
use crate::app::cozy::{Button, Cozy, FOLLOW_DEADLINE, Following, Stopped, Target, clock};
use crate::lang::tr;
use crate::tr;
use crate::ui::screen::{Pieces, Tone};
use crate::ui::widgets;

const BUTTONS: [(&str, Button); 1] = [("cozy-button-to-menu", Button::Back)];
const STOPPED_BUTTONS: [(&str, Button); 2] = [
    ("cozy-button-try-again", Button::Retry),
    ("cozy-button-back-to-details", Button::Back),
];

pub fn layout(flow: &Cozy, following: &Following, app: &App, s: &mut Pieces<Target>) {
    let lang = flow.lang;
    let theme = s.theme;
    let elapsed = app.now.saturating_duration_since(following.since);
    let mut lines = vec![widgets::working(
        app.spinner,
        &format!("{}…", following.activity(lang)),
        &theme,
    )];
    let sent = tr(lang, "cozy-creating-sent");
    let status = tr!(
        lang,
        "cozy-creating-status",
        status = following.status.as_deref().unwrap_or(&sent),
        count = following.attempt
    );
    let time = tr!(
        lang,
        "cozy-creating-time",
        elapsed = clock(elapsed),
        deadline = clock(FOLLOW_DEADLINE)
    );
    // The labels in a column as wide as the wider one.
    let (status_label, time_label) = (
        tr(lang, "cozy-creating-status-label"),
        tr(lang, "cozy-creating-time-label"),
    );
    let width = Span::raw(status_label.as_ref())
        .width()
        .max(Span::raw(time_label.as_ref()).width());
    for (label, value) in [(status_label, status), (time_label, time)] {
        lines.push(Line::from(vec![
            Span::styled(format!("  {label:<width$}  "), theme.dim()),
            Span::raw(value),
        ]));
    }
    s.lines(lines);
    // What the last look met is a warning, not a refusal: the creation is still followed.
    if let Some(trouble) = &following.trouble {
        s.text_indented(trouble, Tone::Warning, 2);
    }
    s.gap(1);
    s.text(&tr(lang, "cozy-creating-leave"), Tone::Plain);
    s.gap(1);
    buttons(flow, s, &BUTTONS);
}

/// Why the creation stopped, and what to do.
pub fn stopped(flow: &Cozy, stopped: &Stopped, s: &mut Pieces<Target>) {
    s.text(&stopped.problem.message, Tone::Problem);
    s.gap(1);
    buttons(flow, s, &STOPPED_BUTTONS);
}
