//! Answers files: a TOML file naming a flow and answering its questions by their `ask()`
//! keys. It pre-fills the wizard; with `--yes` the flow runs to its end without asking what
//! the file answers. Secrets do not belong in a file: they come from the environment, stdin
//! or a prompt without echo.
//!
//! ```toml
//! flow = "cozy"            # cozy, cleura or cloudsigma
//! email = "alice@example.org"
//! slug = "alice"
//! accept_terms = true
//! ```

use std::collections::BTreeMap;
use std::path::Path;

use crate::app::home::Open;

use super::{Failure, said, said_with};

/// Keys whose values are secrets: refused in a file.
pub const SECRET_KEYS: [&str; 4] = ["password", "passphrase", "passphrase_again", "sms_code"];

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    pub flow: Option<Open>,
    pub values: BTreeMap<String, String>,
}

impl Answers {
    pub fn load(path: &Path) -> Result<Answers, Failure> {
        let shown = path.display().to_string();
        let text = crate::store::read_small_text(path).map_err(|e| {
            Failure::usage(said_with(
                "scripts-answers-unreadable",
                &[
                    ("path", (&shown).into()),
                    ("why", crate::store::io_said_in(super::lang(), &e).into()),
                ],
            ))
        })?;
        Answers::parse(&text).map_err(|why| {
            Failure::usage(said_with(
                "scripts-answers-invalid",
                &[("path", (&shown).into()), ("why", why.into())],
            ))
        })
    }

    pub fn parse(text: &str) -> Result<Answers, String> {
        let table: toml::Table = toml::from_str(text)
            .map_err(|e| crate::config::with_place_in(super::lang(), text, &e))?;
        let mut answers = Answers::default();
        for (key, value) in table {
            if key == "flow" {
                let name = value
                    .as_str()
                    .ok_or_else(|| said("scripts-answers-flow-not-text").into_owned())?;
                answers.flow = Some(match name {
                    "cozy" => Open::Cozy,
                    "cleura" => Open::Cleura,
                    "cloudsigma" => Open::CloudSigma,
                    other => {
                        return Err(said_with(
                            "scripts-answers-unknown-flow",
                            &[("flow", other.into())],
                        )
                        .into_owned());
                    }
                });
                continue;
            }
            if SECRET_KEYS.contains(&key.as_str()) {
                return Err(
                    said_with("scripts-answers-secret", &[("key", (&key).into())]).into_owned(),
                );
            }
            let text = match value {
                toml::Value::String(s) => s,
                toml::Value::Boolean(true) => "y".into(),
                toml::Value::Boolean(false) => "n".into(),
                toml::Value::Integer(i) => i.to_string(),
                other => {
                    return Err(said_with(
                        "scripts-answers-bad-value",
                        &[("key", (&key).into()), ("value", other.to_string().into())],
                    )
                    .into_owned());
                }
            };
            answers.values.insert(key, text);
        }
        Ok(answers)
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.values.get(key).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_flow_and_its_answers() {
        let a =
            Answers::parse("flow = \"cozy\"\nemail = \"a@b.org\"\naccept_terms = true\n").unwrap();
        assert_eq!(a.flow, Some(Open::Cozy));
        assert_eq!(a.get("email"), Some("a@b.org"));
        assert_eq!(a.get("accept_terms"), Some("y"));
    }

    #[test]
    fn the_shipped_sample_parses() {
        let a = Answers::parse(include_str!("../../../../assets/answers.sample.toml")).unwrap();
        assert_eq!(a.flow, Some(Open::Cozy));
        assert_eq!(a.get("slug"), Some("alice"));
    }

    #[test]
    fn refuses_secrets_and_unknown_flows() {
        let e = Answers::parse("password = \"x\"").unwrap_err();
        assert!(e.contains("secret"), "{e}");
        let e = Answers::parse("flow = \"aws\"").unwrap_err();
        assert!(e.contains("not one of"), "{e}");
    }
}
