//! The Cozy flow's screens, each as a person reaches it.

use cloudboard::app::cozy::{End, Reply};
use cloudboard::app::{Msg, home::Open, update};
use ratatui::crossterm::event::KeyCode;

use super::Screen;
use crate::common::{answer, key, reply, typed};
use crate::cozy_screens::{
    at_check_email, at_confirm, at_creating, at_done, at_passphrase, at_terms, opened,
};

pub fn screens() -> Vec<Screen> {
    let mut screens = vec![
        Screen::new("cozy email", opened(80, 24)),
        Screen::new("cozy confirm", at_confirm(80, 24)),
        Screen::new("cozy check email", at_check_email(80, 24)),
        Screen::new("cozy passphrase", at_passphrase(80, 24)),
        Screen::new("cozy done", at_done(80, 24)),
    ];
    let mut address = opened(80, 24);
    answer(&mut address, "alice@example.org");
    screens.push(Screen::new("cozy address", address.clone()));
    typed(&mut address, "alice");
    screens.push(Screen::new("cozy address, typed", address));

    let mut domains = crate::common::app(80, 24);
    domains.config.cozy.domains = vec!["mycozy.cloud".into(), "cozy.example.org".into()];
    key(&mut domains, KeyCode::Char('1'));
    answer(&mut domains, "alice@example.org");
    typed(&mut domains, "alice");
    screens.push(Screen::new("cozy address, two domains", domains.clone()));
    key(&mut domains, KeyCode::Tab);
    screens.push(Screen::new("cozy address, the domain", domains));

    let mut terms = at_terms(80, 24);
    // A line down, so that every way of scrolling has somewhere to go.
    key(&mut terms, KeyCode::Down);
    screens.push(Screen::new("cozy terms", terms));

    let mut changing = at_confirm(80, 24);
    key(&mut changing, KeyCode::Char('t'));
    key(&mut changing, KeyCode::Down);
    screens.push(Screen::new(
        "cozy terms, changed from confirm",
        changing.clone(),
    ));
    key(&mut changing, KeyCode::Esc);
    key(&mut changing, KeyCode::Char('a'));
    screens.push(Screen::new("cozy address, changed from confirm", changing));

    let mut creating = at_confirm(80, 24);
    let follow = at_creating(&mut creating);
    screens.push(Screen::new("cozy creating", creating.clone()));
    reply(&mut creating, follow, Reply::Ended(End::Failed));
    screens.push(Screen::new("cozy creation failed", creating));

    let mut web = opened(80, 24);
    key(&mut web, KeyCode::Esc);
    update(&mut web, Msg::Open(Open::CozyWeb));
    screens.push(Screen::new("cozy web onboarding", web));
    screens
}
