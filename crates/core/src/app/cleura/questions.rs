//! What each step of the Cleura flow asks a script, and reports as JSON.

use super::code::CODE_LENGTH;
use super::regions::Regions;
use super::{Cleura, Step};
use crate::app::ask::{Ask, AskKind, Problem, ProblemKind};

pub fn ask(flow: &Cleura) -> Ask {
    if let Some(words) = flow.working() {
        return Ask::wait(crate::text::capitalized(words));
    }
    match &flow.step {
        Step::Resuming => Ask::wait("Looking for a kept Cleura token"),
        Step::SignIn => {
            let form = &flow.form;
            let field_problem = [&form.login, &form.password, &form.endpoint]
                .iter()
                .find_map(|f| f.error.clone())
                .map(Problem::invalid);
            let problem = form.problem.clone().or(field_problem);
            let context = vec![format!(
                "Cleura Cloud REST API {} at {}",
                form.api.label(),
                form.endpoint_value()
            )];
            if !flow.login_settled {
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
        Step::SignInAgain { reason } => Ask {
            key: "sign_in_again",
            kind: AskKind::YesNo,
            prompt: SIGN_IN_AGAIN.into(),
            context: vec![VERIFICATION_ENDED.into()],
            default: None,
            problem: Some(Problem::refused(format!("{reason}."))),
            conceal: None,
        },
        Step::SecondFactorUnusable { methods } => Ask {
            key: "second_factor",
            kind: AskKind::Stopped,
            prompt: "Second factor".into(),
            context: second_factor_explanation(methods),
            default: None,
            problem: Some(Problem {
                message: unusable_second_factor(methods),
                kind: ProblemKind::Refused,
            }),
            conceal: None,
        },
        Step::Regions(regions) => regions_ask(regions),
        Step::SignedOut { notice, .. } => Ask {
            key: "signed_out",
            kind: AskKind::Done,
            prompt: "Signed out".into(),
            context: vec![notice.clone()],
            default: None,
            problem: None,
            conceal: None,
        },
    }
}

/// The question asked once a verification can no longer be used, and why it is asked.
pub const SIGN_IN_AGAIN: &str = "Sign in again and send a new code?";
pub const VERIFICATION_ENDED: &str = "This verification can no longer be used: a new code \
                                      needs a new sign-in, with the same login and password.";

/// The refusal in one sentence, naming the account's second factors when Cleura named them.
pub fn unusable_second_factor(methods: &[String]) -> String {
    if methods.is_empty() {
        "This account's second factor cannot be used through the REST API, which only takes \
         SMS codes."
            .into()
    } else {
        format!(
            "This account's second factor ({}) cannot be used through the REST API, which only \
             takes SMS codes.",
            methods.join(", ")
        )
    }
}

/// Why an account whose second factor is not SMS (a security key or passkey: WebAuthn)
/// cannot use the REST API, and what to change.
pub fn second_factor_explanation(methods: &[String]) -> Vec<String> {
    let mut lines = vec![
        "Your account signs in with a second factor the REST API cannot use, such as a \
         security key or passkey (WebAuthn): the REST API signs in with a password and a code \
         sent by SMS."
            .into(),
        String::new(),
        "To use the REST API, add SMS as a second factor: sign in to Cleura Cloud's web \
         panel, open your account's security settings, add your phone number for SMS codes, \
         then sign in here again."
            .into(),
    ];
    if !methods.is_empty() {
        lines.push(format!(
            "(Second factors Cleura named for this account: {}.)",
            methods.join(", ")
        ));
    }
    lines
}

/// What a script or the plain mode can do once the regions are listed.
pub const REGIONS_OPTIONS: [&str; 4] = [
    "Projects of a region",
    "Refresh the list",
    "Sign out",
    "Back to the menu",
];

/// What it can do from a list of projects.
pub const PROJECTS_OPTIONS: [&str; 2] = ["Back to the regions", "Back to the menu"];

fn regions_ask(regions: &Regions) -> Ask {
    if let Some(problem) = &regions.asking_region {
        return Ask::text(
            "region",
            "Which region: its tag (such as Sto2) or its domain id; empty to go back",
            false,
        )
        .with_problem(problem.clone().map(Problem::invalid));
    }
    if let Some(view) = &regions.projects {
        let mut context = vec![view.heading(&regions.session.login)];
        context.extend(project_lines(view));
        return Ask {
            key: "projects",
            kind: AskKind::Rest {
                options: PROJECTS_OPTIONS.map(String::from).to_vec(),
            },
            prompt: "What next".into(),
            context,
            default: None,
            problem: regions.not_understood.clone().map(Problem::invalid),
            conceal: None,
        };
    }
    let mut context = vec![format!("Signed in to Cleura as {}.", regions.session.login)];
    context.extend(regions.notice.clone());
    context.extend(regions.error.clone());
    context.extend(table_lines(regions));
    if let Ok(kept) = &regions.kept {
        context.push(format!("The token is kept in {}.", kept.describe()));
    }
    Ask {
        key: "regions",
        kind: AskKind::Rest {
            options: REGIONS_OPTIONS.map(String::from).to_vec(),
        },
        prompt: "What next".into(),
        context,
        default: None,
        problem: regions.not_understood.clone().map(Problem::invalid),
        conceal: None,
    }
}

/// The regions as a table of plain lines, columns lined up in terminal cells.
pub fn table_lines(regions: &Regions) -> Vec<String> {
    let mut rows = vec![
        [
            "Area",
            "Region",
            "Tag",
            "Status",
            "Domain status",
            "Enabled",
        ]
        .map(String::from)
        .to_vec(),
    ];
    for &i in &regions.view {
        let r = &regions.rows[i];
        rows.push(vec![
            r.area.clone(),
            r.region.clone(),
            r.tag.clone(),
            r.status.clone(),
            r.domain_status.clone(),
            if r.enabled { "yes" } else { "no" }.into(),
        ]);
    }
    crate::text::columns(&rows)
}

/// A list of projects as plain lines (loading, failed, empty or the list).
pub fn project_lines(view: &super::regions::ProjectsView) -> Vec<String> {
    match &view.projects {
        None => vec!["(loading)".into()],
        Some(Err(e)) => vec![e.clone()],
        Some(Ok(list)) if list.is_empty() => vec!["(none)".into()],
        Some(Ok(list)) => {
            let rows: Vec<Vec<String>> = list
                .iter()
                .map(|p| {
                    let mut notes = Vec::new();
                    if p.default == Some(true) {
                        notes.push("default");
                    }
                    if !p.enabled {
                        notes.push("disabled");
                    }
                    vec![format!("  {}", p.name), p.id.clone(), notes.join(", ")]
                })
                .collect();
            crate::text::columns(&rows)
        }
    }
}
