//! The two forms of step 3, and the checks made on this machine before anything is sent:
//! create an account (email, optional promo code) and sign in (email, password).

use crate::app::checks;

use crate::app::field::{CharRule, TextField};
use crate::app::problem::Problem;
use crate::lang::{Lang, tr_static};

pub const EMAIL_MAX: usize = 254;
pub const PROMO_MAX: usize = 64;
pub const PASSWORD_MAX: usize = 256;

/// Which part of a two-field form has focus: a field, or its button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    First,
    Second,
    Button,
}

/// The two fields and the button, in focus order.
const RING: [Focus; 3] = [Focus::First, Focus::Second, Focus::Button];

/// An email field and a second field (promo code, or password). Enter in the email field
/// checks it and moves on; Enter in the second field submits.
#[derive(Clone, Debug)]
pub struct Form {
    pub email: TextField,
    pub second: TextField,
    pub focus: Focus,
}

impl Form {
    pub fn create(lang: Lang) -> Form {
        Form {
            email: email_field(lang),
            second: TextField::new(
                tr_static(lang, "cloudsigma-field-promo"),
                CharRule::NoSpace,
                PROMO_MAX,
            )
            .lang(lang)
            .placeholder(tr_static(lang, "cloudsigma-field-promo-placeholder")),
            focus: Focus::First,
        }
    }

    pub fn sign_in(lang: Lang) -> Form {
        Form {
            email: email_field(lang),
            second: TextField::new(
                tr_static(lang, "cloudsigma-field-password"),
                CharRule::Printable,
                PASSWORD_MAX,
            )
            .lang(lang)
            .secret(),
            focus: Focus::First,
        }
    }

    /// The field with the focus; none while the button has it.
    pub fn focused_mut(&mut self) -> Option<&mut TextField> {
        match self.focus {
            Focus::First => Some(&mut self.email),
            Focus::Second => Some(&mut self.second),
            Focus::Button => None,
        }
    }

    /// To the next part (Tab, ↓ forward; Shift-Tab, ↑ back), the button after the fields.
    pub fn move_focus(&mut self, forward: bool) {
        self.focus = crate::app::focus::step(&RING, self.focus, forward);
    }

    /// Enter: in the email field, check it and go to the next field; in the second, true:
    /// check everything and send.
    pub fn enter(&mut self) -> bool {
        match (self.focus, checks::valid_email(self.email.value())) {
            (Focus::Second | Focus::Button, _) => return true,
            (Focus::First, Ok(_)) => self.focus = Focus::Second,
            (Focus::First, Err(why)) => {
                self.email.problem = Some(Problem::invalid(why.said(self.email.lang)))
            }
        }
        false
    }

    pub fn paste(&mut self, text: &str) {
        if let Some(field) = self.focused_mut() {
            field.paste(text);
        }
    }

    /// Checks the email field; on a problem it gets the error and the focus.
    pub fn checked_email(&mut self) -> Option<String> {
        match checks::valid_email(self.email.value()) {
            Ok(email) => Some(email),
            Err(why) => {
                self.email.problem = Some(Problem::invalid(why.said(self.email.lang)));
                self.focus = Focus::First;
                None
            }
        }
    }
}

fn email_field(lang: Lang) -> TextField {
    TextField::new(
        tr_static(lang, "cloudsigma-field-email"),
        CharRule::NoSpace,
        EMAIL_MAX,
    )
    .lang(lang)
    .placeholder(tr_static(lang, "cloudsigma-field-email-placeholder"))
}
