//! The CloudSigma flow's screens, each laid out once as pieces (`ui::screen`).

mod location;
mod screens;

use ratatui::layout::Rect;

use super::screen::{Pieces, Screen};
use super::theme::Theme;
use super::widgets;
use crate::app::App;
use crate::app::cloudsigma::{CloudSigma, STEPS, Step, Target};
use crate::lang::Lang;
use crate::tr;

/// The screen of the step in front, laid out in `body`: the view draws it and takes its hits
/// from it.
pub(crate) fn layout<'a>(
    flow: &'a CloudSigma,
    app: &App,
    body: Rect,
    theme: &Theme,
) -> Screen<'a, Target> {
    let s = Pieces::new(widgets::screen_area(body), *theme);
    match &flow.step {
        Step::Location => location::layout(flow, s, &app.config.cloudsigma),
        _ => screens::layout(flow, s, app),
    }
}

/// "Step n of 3", for the screens of the steps before the account.
pub fn step(lang: Lang, n: u8) -> Option<String> {
    Some(tr!(lang, "cloudsigma-step", n, count = STEPS).into_owned())
}
