//! What each step asks (`ask()`, for the plain mode and scripts), the keys it answers to, and
//! the flow's report. Never a secret in any of them.

use serde_json::json;

use super::input::UNCHECKED_OPTIONS;
use super::regions::Column;
use super::{Cleura, Field, SignedOut, Step, Work};
use crate::app::KeyHelp;
use crate::app::ask::{Ask, AskKind, Problem};

fn done(context: Vec<String>) -> Ask {
    Ask {
        key: "done",
        kind: AskKind::Done,
        prompt: "Done".into(),
        context,
        default: None,
        problem: None,
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The WebAuthn-only explanation, for the screen and for scripts.
pub fn webauthn_lines(login: &str, message: &str) -> Vec<String> {
    vec![
        format!("Cleura said: {}.", message.trim().trim_end_matches('.')),
        format!(
            "The account {login} has WebAuthn (a security key or passkey) as its only second \
             factor. The REST API cannot use WebAuthn, so cloudboard cannot sign in with it."
        ),
        "To use the REST API, sign in to Cleura Cloud's web panel, open your account's \
         two-factor settings, and add SMS (a mobile phone number) as a second factor. Then \
         sign in here again."
            .into(),
    ]
}

/// What the code screen says about the code: where it went, why it is new.
pub fn code_lines(flow: &Cleura) -> Vec<String> {
    let Step::Code(step) = &flow.step else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    if let Some(notice) = &step.notice {
        lines.push(notice.clone());
    }
    lines.push(match (step.sent_at, step.sent) {
        (Some(_), n) if n > 1 => format!(
            "A new code was sent by SMS to the phone of {}; the previous one no longer works.",
            step.to.login
        ),
        (Some(_), _) => format!(
            "Cleura sent a 6-digit code by SMS to the phone of {}.",
            step.to.login
        ),
        (None, _) if flow.working() == Some(Work::SendingCode) => format!(
            "Cleura will send a 6-digit code by SMS to the phone of {}.",
            step.to.login
        ),
        (None, _) => "The code could not be sent yet; ask for it again.".into(),
    });
    if flow.sandbox {
        lines.push(
            "Sandbox: the SMS is in the outbox (F2); Ctrl-T takes the code from there.".into(),
        );
    }
    lines
}

/// The lines that say who is signed in where, and where the token is kept.
pub fn session_lines(flow: &Cleura) -> Vec<String> {
    let Step::Regions(regions) = &flow.step else {
        return Vec::new();
    };
    let session = &regions.session;
    vec![
        format!(
            "Signed in to Cleura as {} ({}, API {}).",
            session.login,
            session.endpoint,
            session.api.label()
        ),
        match &regions.kept {
            Ok(location) => format!("Token kept in {}.", location.describe()),
            Err(why) => format!("The token could not be kept ({why}); it lasts until you quit."),
        },
    ]
}

pub fn signed_out_lines(out: &SignedOut) -> Vec<String> {
    let mut lines = match &out.remote {
        None => vec![format!(
            "Signed out of Cleura: the token of {} was revoked.",
            out.login
        )],
        Some(why) => vec![
            format!(
                "Cleura could not be told that {} signs out: {why}",
                out.login
            ),
            "The token was forgotten on this machine; on the server it ends by itself after a \
             while."
                .into(),
        ],
    };
    lines.push(match &out.local {
        Some(why) => format!("The kept token could not be removed: {why}"),
        None => "No token is kept on this machine any more.".into(),
    });
    lines
}

fn problem(flow: &Cleura) -> Option<Problem> {
    flow.trouble.as_ref().map(|t| t.problem.clone())
}

pub fn ask(flow: &Cleura) -> Ask {
    if let Some(work) = flow.working() {
        return Ask::wait(capitalise(work.words())).with_context(match &flow.step {
            Step::Code(_) => code_lines(flow),
            _ => Vec::new(),
        });
    }
    let ask = match &flow.step {
        Step::Loading | Step::CheckingSaved(_) => Ask::wait("Checking the saved session"),
        Step::Unchecked(saved) => Ask {
            key: "saved_session",
            kind: AskKind::Choice {
                options: UNCHECKED_OPTIONS.iter().map(|o| o.to_string()).collect(),
            },
            prompt: "Your saved Cleura session could not be checked".into(),
            context: vec![format!(
                "A session for {} is kept from an earlier run, at {}.",
                saved.session.login, saved.session.endpoint
            )],
            default: Some("1".into()),
            problem: None,
        },
        Step::SignIn => {
            let mut context = vec![format!(
                "Sign in to Cleura Cloud's REST API at {} (API {}).",
                flow.form.endpoint.value(),
                flow.form.api.label()
            )];
            context.extend(flow.notice.clone());
            match flow.form.focus {
                Field::Login => Ask::text("login", "Cleura Cloud login", false).with_default(
                    Some(flow.form.login.value().trim().to_string()).filter(|v| !v.is_empty()),
                ),
                Field::Password => Ask::text(
                    "password",
                    format!("Password for {}", flow.form.login.value().trim()),
                    true,
                ),
                Field::Endpoint => Ask::text("endpoint", "Cleura API endpoint", false)
                    .with_default(Some(flow.form.endpoint.value().to_string())),
                Field::Version => Ask {
                    key: "api_version",
                    kind: AskKind::Choice {
                        options: vec!["v1".into(), "v2".into()],
                    },
                    prompt: "Cleura API version".into(),
                    context: Vec::new(),
                    default: Some(flow.form.api.label().into()),
                    problem: None,
                },
            }
            .with_context(context)
        }
        Step::WebAuthnOnly { login, message } => Ask {
            key: "webauthn_only",
            kind: AskKind::Stopped,
            prompt: "This account cannot use the REST API".into(),
            context: webauthn_lines(login, message),
            default: None,
            problem: Some(Problem {
                message: "The account's only second factor is WebAuthn; add SMS in Cleura \
                          Cloud's web panel to use the REST API."
                    .into(),
                kind: crate::app::ask::ProblemKind::Refused,
            }),
        },
        Step::Code(_) => {
            let mut context = code_lines(flow);
            if flow.sandbox {
                // The keys belong to the full screen; a script reads the outbox itself.
                context.pop();
                context.push("Sandbox: the SMS is in the sandbox's outbox.".into());
            }
            Ask::text("sms_code", "The 6-digit code from the SMS", true).with_context(context)
        }
        Step::Regions(regions) => {
            let mut context = session_lines(flow);
            if let Some(problem) = &regions.problem {
                context.push(format!("The regions could not be loaded: {problem}"));
            }
            context.push(String::new());
            context.extend(regions.table.text_lines());
            done(context)
        }
        Step::SignedOut(out) => done(signed_out_lines(out)),
    };
    match ask.problem {
        Some(_) => ask,
        None => ask.with_problem(problem(flow)),
    }
}

pub fn keys(flow: &Cleura) -> Vec<KeyHelp> {
    let working = flow.working();
    match &flow.step {
        Step::Loading | Step::CheckingSaved(_) => vec![KeyHelp::new("Esc", "menu")],
        Step::Unchecked(_) => vec![
            KeyHelp::new("Enter r", "try again"),
            KeyHelp::new("s", "sign in again"),
            KeyHelp::new("Esc", "menu"),
        ],
        Step::SignIn if working.is_some() => vec![KeyHelp::new("Esc", "stop signing in")],
        Step::SignIn => {
            let mut keys = vec![KeyHelp::new("Enter", "sign in")];
            if flow.form.focus == Field::Version {
                keys.push(KeyHelp::new("←/→ Space", "change version"));
            }
            keys.extend([
                KeyHelp::new("Esc", "menu"),
                KeyHelp::new("Ctrl-R", "show password"),
                KeyHelp::new("Tab ↑/↓", "move"),
            ]);
            keys
        }
        Step::WebAuthnOnly { .. } => vec![KeyHelp::new("Enter Esc", "back to sign in")],
        Step::Code(_) if working.is_some() => vec![KeyHelp::new("Esc", "back to sign in")],
        Step::Code(_) => {
            let mut keys = vec![KeyHelp::new("0-9", "code")];
            if flow.sandbox {
                keys.push(KeyHelp::new("Ctrl-T", "from outbox"));
            }
            keys.extend([
                KeyHelp::new("Esc", "back"),
                KeyHelp::new("Ctrl-N", "new code"),
                KeyHelp::new("Ctrl-R", "show digits"),
                KeyHelp::new("Enter", "verify"),
            ]);
            keys
        }
        Step::Regions(regions) if regions.projects.is_some() => vec![
            KeyHelp::new("Esc", "back to the regions"),
            KeyHelp::new("↑/↓", "move"),
        ],
        Step::Regions(regions) if regions.table.filtering => vec![
            KeyHelp::new("type", "filter"),
            KeyHelp::new("Enter Esc", "done filtering"),
            KeyHelp::new("↑/↓", "move"),
        ],
        Step::Regions(_) if working == Some(Work::SigningOut) => vec![KeyHelp::new("Esc", "menu")],
        Step::Regions(_) => vec![
            KeyHelp::new("Enter", "projects"),
            KeyHelp::new("/", "filter"),
            KeyHelp::new("s", "sort"),
            KeyHelp::new("y", "copy tag"),
            KeyHelp::new("x", "sign out"),
            KeyHelp::new("r", "refresh"),
            KeyHelp::new("Esc", "clear filter / menu"),
            KeyHelp::new("1-6", "sort by column (again: reverse)"),
            KeyHelp::new("↑/↓ j/k", "move"),
            KeyHelp::new("PgUp/PgDn Home/End", "scroll"),
        ],
        Step::SignedOut(_) => vec![KeyHelp::new("Enter Esc", "menu")],
    }
}

pub fn report(flow: &Cleura) -> serde_json::Value {
    let mut report = json!({
        "flow": "cleura",
        "step": step_name(&flow.step),
        "login": flow.form.login.value().trim(),
        "endpoint": flow.form.endpoint.value().trim(),
        "api": flow.form.api.label(),
    });
    if let Step::Regions(regions) = &flow.step {
        report["login"] = json!(regions.session.login);
        report["endpoint"] = json!(regions.session.endpoint);
        report["api"] = json!(regions.session.api.label());
        report["token_kept_in"] = match &regions.kept {
            Ok(location) => json!(location.describe()),
            Err(_) => serde_json::Value::Null,
        };
        let table = &regions.table;
        report["regions"] = table
            .view
            .iter()
            .map(|&i| {
                let row = &table.rows[i];
                json!({
                    "area": row.area,
                    "area_tag": row.area_tag,
                    "region": row.region,
                    "tag": row.tag,
                    "status": (!row.status.is_empty()).then_some(&row.status),
                    "domain_id": row.domain_id,
                    "domain": row.domain,
                    "domain_status": row.domain_status,
                    "enabled": row.enabled,
                })
            })
            .collect();
        report["sorted_by"] = json!(table.sort.title().to_lowercase());
    }
    if let Step::WebAuthnOnly { .. } = &flow.step {
        report["webauthn_only"] = json!(true);
    }
    if flow.signed_out {
        report["signed_out"] = json!(true);
    }
    if let Some(work) = flow.working() {
        report["working"] = json!(work.words());
    }
    report
}

/// The sort column's name with the order, for the status line.
pub fn sort_words(column: Column, descending: bool) -> String {
    format!(
        "sorted by {} {}",
        column.title().to_lowercase(),
        if descending { "▼" } else { "▲" }
    )
}

fn step_name(step: &Step) -> &'static str {
    match step {
        Step::Loading => "loading",
        Step::CheckingSaved(_) => "checking_saved",
        Step::Unchecked(_) => "unchecked",
        Step::SignIn => "sign_in",
        Step::WebAuthnOnly { .. } => "webauthn_only",
        Step::Code(_) => "sms_code",
        Step::Regions(_) => "regions",
        Step::SignedOut(_) => "signed_out",
    }
}
