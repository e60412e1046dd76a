//! Step 6: where the activation link went, and the field to paste it in.

use ratatui::text::Line;

use super::{buttons, screen_problem};
use crate::app::cozy::activation::TOKEN_LEN;
use crate::app::cozy::{Button, Cozy, FieldId, Target};
use crate::tr;
use crate::ui::screen::{Pieces, Tone};

const BUTTONS: [(&str, Button); 1] = [("cozy-button-next", Button::Next)];
const SANDBOX_BUTTONS: [(&str, Button); 2] = [
    ("cozy-button-next", Button::Next),
    ("cozy-button-take-from-outbox", Button::TakeFromOutbox),
];

fn explanation(flow: &Cozy) -> String {
    if let Some(notice) = &flow.notice {
        return notice.said_here();
    }
    tr!(
        flow.lang,
        "cozy-check-email-explanation",
        email = flow.email(),
        length = TOKEN_LEN
    )
    .into_owned()
}

pub fn layout<'a>(flow: &'a Cozy, s: &mut Pieces<'a, Target>) {
    if let Some(notice) = &flow.notice {
        s.lines(vec![Line::styled(notice.headline.clone(), s.theme.warn())]);
    } else {
        let ready = tr!(flow.lang, "cozy-check-email-is-ready", fqdn = flow.fqdn());
        s.text(&ready, Tone::Ok);
    }
    s.text(&explanation(flow), Tone::Plain);
    s.gap(1);
    s.field(&flow.form.link, true, Target::Field(FieldId::Link));
    s.gap(1);
    let ids: &[(&str, Button)] = if flow.sandbox {
        &SANDBOX_BUTTONS
    } else {
        &BUTTONS
    };
    buttons(flow, s, ids);
    s.gap(1);
    screen_problem(flow, s);
}
