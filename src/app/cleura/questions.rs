//! What each step of the Cleura flow lists as keys, asks a script, and reports as JSON.

use serde_json::json;

use super::code::CODE_LENGTH;
use super::regions::Regions;
use super::sign_in::Part;
use super::{Cleura, Step};
use crate::app::KeyHelp;
use crate::app::ask::{Ask, AskKind, Problem, ProblemKind};

pub fn keys(flow: &Cleura) -> Vec<KeyHelp> {
    if flow.is_pending() {
        return vec![KeyHelp::new("Esc", "cancel")];
    }
    match &flow.step {
        Step::Resuming => vec![KeyHelp::new("Esc", "cancel")],
        Step::SignIn => {
            let mut keys = vec![
                KeyHelp::new("Enter", "sign in"),
                KeyHelp::new("Tab ↑/↓", "next/previous field"),
            ];
            if flow.form.focus == Part::Api {
                keys.push(KeyHelp::new("Space ←/→", "switch API version"));
            }
            keys.push(KeyHelp::new("Ctrl-R", "show/hide the password"));
            keys.push(KeyHelp::new("Esc", "back to the menu"));
            keys
        }
        // Short words: the footer shows these in order, as many as fit on one line.
        Step::Code(_) => {
            let mut keys = vec![KeyHelp::new("0-9", "code (sent when complete)")];
            if flow.secret == super::SANDBOX_SECRET {
                keys.push(KeyHelp::new("Ctrl-T", "from the outbox"));
            }
            keys.extend([
                KeyHelp::new("Esc", "back"),
                KeyHelp::new("Ctrl-N", "new code"),
                KeyHelp::new("Ctrl-R", "show digits"),
                KeyHelp::new("Enter", "send"),
            ]);
            keys
        }
        Step::WebAuthnOnly { .. } => vec![
            KeyHelp::new("Enter", "back to sign in"),
            KeyHelp::new("Esc", "back"),
        ],
        Step::Regions(regions) if regions.projects.is_some() => vec![
            KeyHelp::new("↑/↓", "move"),
            KeyHelp::new("Esc Enter", "back to the regions"),
        ],
        Step::Regions(regions) if regions.filtering => vec![
            KeyHelp::new("type", "filter the regions"),
            KeyHelp::new("Enter", "keep the filter"),
            KeyHelp::new("Esc", "clear the filter"),
        ],
        Step::Regions(_) => vec![
            KeyHelp::new("↑/↓", "move"),
            KeyHelp::new("Enter", "projects of the domain"),
            KeyHelp::new("/", "filter"),
            KeyHelp::new("s S 1-6", "sort by column, reverse"),
            KeyHelp::new("y", "copy the region tag"),
            KeyHelp::new("r", "refresh"),
            KeyHelp::new("o", "sign out"),
            KeyHelp::new("Esc", "back to the menu"),
        ],
        Step::SignedOut { .. } => vec![KeyHelp::new("Enter Esc", "back to the menu")],
    }
}

fn problem(text: &Option<String>, kind: ProblemKind) -> Option<Problem> {
    text.as_ref().map(|message| Problem {
        message: message.clone(),
        kind,
    })
}

pub fn ask(flow: &Cleura) -> Ask {
    if let Some(words) = flow.working {
        return Ask::wait(capitalized(words));
    }
    match &flow.step {
        Step::Resuming => Ask::wait("Looking for a kept Cleura token"),
        Step::SignIn => {
            let form = &flow.form;
            let kind = if flow.relogin {
                ProblemKind::Refused
            } else {
                ProblemKind::Failed
            };
            let field_problem = [&form.login, &form.password, &form.endpoint]
                .iter()
                .find_map(|f| f.error.clone())
                .map(Problem::invalid);
            let problem = problem(&form.problem, kind).or(field_problem);
            let context = vec![format!(
                "Cleura Cloud REST API {} at {}",
                form.api.label(),
                form.endpoint_value()
            )];
            if form.login.is_empty() || flow.relogin {
                Ask::text("login", "Cleura login", false)
                    .with_default((!form.login.is_empty()).then(|| form.login_value()))
                    .with_context(context)
                    .with_problem(problem)
            } else {
                Ask::text(
                    "password",
                    format!("Password for {}", form.login_value()),
                    true,
                )
                .with_context(context)
                .with_problem(problem)
            }
        }
        Step::Code(code) => Ask::text(
            "sms_code",
            format!("The {CODE_LENGTH}-digit code sent by SMS"),
            true,
        )
        .with_context(
            code.notice
                .iter()
                .cloned()
                .chain(["Cleura sent a code by SMS to the phone of this account.".into()])
                .collect(),
        )
        .with_problem(code.problem.clone()),
        Step::WebAuthnOnly { options } => Ask {
            key: "second_factor",
            kind: AskKind::Stopped,
            prompt: "Second factor".into(),
            context: webauthn_explanation(options),
            default: None,
            problem: Some(Problem {
                message:
                    "This account's only second factor is WebAuthn, which the REST API cannot use."
                        .into(),
                kind: ProblemKind::Refused,
            }),
        },
        Step::Regions(regions) => Ask {
            key: "regions",
            kind: AskKind::Done,
            prompt: "Regions".into(),
            context: table_lines(regions),
            default: None,
            problem: None,
        },
        Step::SignedOut { notice } => Ask {
            key: "signed_out",
            kind: AskKind::Done,
            prompt: "Signed out".into(),
            context: vec![notice.clone()],
            default: None,
            problem: None,
        },
    }
}

fn capitalized(words: &str) -> String {
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Why a WebAuthn-only account cannot use the REST API, and what to change.
pub fn webauthn_explanation(options: &[String]) -> Vec<String> {
    vec![
        "Your account's second factor is a security key or passkey (WebAuthn). The REST API \
         cannot use it: it signs in with a password and a code sent by SMS."
            .into(),
        String::new(),
        "To use the REST API, add SMS as a second factor: sign in to Cleura Cloud's web \
         panel, open your account's security settings, add your phone number for SMS codes, \
         then sign in here again."
            .into(),
        format!(
            "(Second factors offered for this account: {}.)",
            options.join(", ")
        ),
    ]
}

/// The table as plain lines, for the plain mode and scripts.
pub fn table_lines(regions: &Regions) -> Vec<String> {
    let mut lines = vec![format!("Signed in to Cleura as {}.", regions.session.login)];
    if let Some(error) = &regions.error {
        lines.push(error.clone());
    }
    lines.push(format!(
        "{:<24} {:<24} {:<6} {:<8} {:<12} {}",
        "Area", "Region", "Tag", "Status", "Domain", "Enabled"
    ));
    for &i in &regions.view {
        let r = &regions.rows[i];
        lines.push(format!(
            "{:<24} {:<24} {:<6} {:<8} {:<12} {}",
            r.area,
            r.region,
            r.tag,
            r.status,
            r.domain_status,
            if r.enabled { "yes" } else { "no" }
        ));
    }
    if let Some(view) = &regions.projects {
        lines.push(String::new());
        lines.push(format!("Projects of {}:", view.label));
        match &view.projects {
            None => lines.push("(loading)".into()),
            Some(Err(e)) => lines.push(e.clone()),
            Some(Ok(list)) if list.is_empty() => lines.push("(none)".into()),
            Some(Ok(list)) => {
                for p in list {
                    lines.push(format!(
                        "  {}  {}{}{}",
                        p.name,
                        p.id,
                        if p.default { "  default" } else { "" },
                        if p.enabled { "" } else { "  disabled" }
                    ));
                }
            }
        }
    }
    if let Ok(kept) = &regions.kept {
        lines.push(format!("The token is kept in {}.", kept.describe()));
    }
    lines
}

pub fn report(flow: &Cleura) -> serde_json::Value {
    match &flow.step {
        Step::Regions(regions) => {
            let rows: Vec<_> = regions
                .view
                .iter()
                .map(|&i| {
                    let r = &regions.rows[i];
                    json!({
                        "area": r.area, "area_tag": r.area_tag, "region": r.region, "tag": r.tag,
                        "status": r.status, "domain_id": r.domain_id, "domain_name": r.domain_name,
                        "domain_status": r.domain_status, "enabled": r.enabled,
                    })
                })
                .collect();
            let projects = regions.projects.as_ref().and_then(|v| match &v.projects {
                Some(Ok(list)) => Some(json!({ "domain_id": v.domain, "projects": list })),
                _ => None,
            });
            let projects_error = regions.projects.as_ref().and_then(|v| match &v.projects {
                Some(Err(e)) => Some(e.clone()),
                _ => None,
            });
            json!({
                "signed_in": true,
                "login": regions.session.login,
                "endpoint": regions.session.endpoint,
                "api": regions.session.api.label(),
                "token_kept_in": regions.kept.as_ref().ok().map(|k| k.describe()),
                "regions": rows,
                "projects": projects,
                "projects_error": projects_error,
                "notice": regions.notice,
            })
        }
        Step::SignedOut { notice } => json!({ "signed_in": false, "notice": notice }),
        _ => json!({ "signed_in": false, "login": flow.form.login_value() }),
    }
}
