//! What each step of the Cleura flow asks a script, and reports as JSON.

use super::code::CODE_LENGTH;
use super::regions::Regions;
use super::{Cleura, Step};
use crate::app::ask::{Ask, AskKind};
use crate::app::problem::{self, Problem, ProblemKind};
use crate::lang::{Lang, tr};
use crate::tr;

pub fn ask(flow: &Cleura) -> Ask {
    let lang = flow.lang;
    if let Some(words) = flow.working() {
        return Ask::wait(crate::text::capitalized(words));
    }
    match &flow.step {
        Step::Resuming => Ask::wait(crate::text::capitalized(
            super::Work::LookingForToken.said(lang),
        )),
        Step::SignIn => {
            let form = &flow.form;
            let fields = [&form.login, &form.password, &form.endpoint];
            let problem = problem::asked(flow.problem.as_ref(), fields);
            let context = vec![
                tr!(
                    lang,
                    "cleura-ask-api",
                    version = form.api.label(),
                    endpoint = form.endpoint_value()
                )
                .into_owned(),
            ];
            if !flow.login_settled {
                Ask::text("login", tr(lang, "cleura-ask-login"), false)
                    .with_default((!form.login.is_empty()).then(|| form.login_value()))
                    .with_context(context)
                    .with_problem(problem)
            } else {
                Ask::text(
                    "password",
                    tr!(lang, "cleura-ask-password", login = form.login_value()),
                    true,
                )
                .with_context(context)
                .with_problem(problem)
            }
        }
        Step::Code(code) => Ask::text(
            "sms_code",
            tr!(lang, "cleura-ask-code", length = CODE_LENGTH),
            true,
        )
        .with_context(
            code.notice
                .iter()
                .cloned()
                .chain([tr(lang, "cleura-ask-code-sent").into_owned()])
                .collect(),
        )
        .with_problem(problem::asked(flow.problem.as_ref(), [&code.field])),
        Step::SignInAgain { reason } => Ask {
            key: "sign_in_again",
            kind: AskKind::YesNo,
            prompt: tr(lang, "cleura-sign-in-again").into_owned(),
            context: vec![tr(lang, "cleura-verification-ended").into_owned()],
            default: None,
            problem: Some(Problem::refused(format!("{reason}."))),
            conceal: None,
        },
        Step::SecondFactorUnusable { methods } => Ask {
            key: "second_factor",
            kind: AskKind::Stopped,
            prompt: tr(lang, "cleura-second-factor").into_owned(),
            context: second_factor_explanation(lang, methods),
            default: None,
            problem: Some(Problem {
                message: unusable_second_factor(lang, methods),
                kind: ProblemKind::Refused,
            }),
            conceal: None,
        },
        Step::Regions(regions) => regions_ask(regions, flow.problem.clone()),
        Step::SignedOut { notice, .. } => Ask {
            key: "signed_out",
            kind: AskKind::Done,
            prompt: tr(lang, "cleura-ask-signed-out").into_owned(),
            context: vec![notice.clone()],
            default: None,
            problem: None,
            conceal: None,
        },
    }
}

/// The refusal in one sentence, naming the account's second factors when Cleura named them.
pub fn unusable_second_factor(lang: Lang, methods: &[String]) -> String {
    if methods.is_empty() {
        tr(lang, "cleura-second-factor-unusable").into_owned()
    } else {
        tr!(
            lang,
            "cleura-second-factor-unusable-named",
            methods = methods.join(", ")
        )
        .into_owned()
    }
}

/// Why an account whose second factor is not SMS (a security key or passkey: WebAuthn)
/// cannot use the REST API, what to change, and the second factors Cleura named.
pub fn second_factor_explanation(lang: Lang, methods: &[String]) -> Vec<String> {
    let mut lines = vec![
        tr(lang, "cleura-second-factor-why").into_owned(),
        String::new(),
        tr(lang, "cleura-second-factor-how").into_owned(),
    ];
    lines.extend(second_factors_named(lang, methods));
    lines
}

/// The second factors Cleura named for the account, when it named any: what the refusal
/// (`unusable_second_factor`) already says, so a screen can do without it.
pub fn second_factors_named(lang: Lang, methods: &[String]) -> Option<String> {
    (!methods.is_empty()).then(|| {
        tr!(
            lang,
            "cleura-second-factor-named",
            methods = methods.join(", ")
        )
        .into_owned()
    })
}

/// What a script or the plain mode can do once the regions are listed, in the order
/// `Cleura::answer` reads a number in.
pub fn regions_options(lang: Lang) -> Vec<String> {
    [
        "cleura-option-projects",
        "cleura-option-refresh",
        "cleura-option-sign-out",
        "cleura-option-menu",
    ]
    .map(|id| tr(lang, id).into_owned())
    .to_vec()
}

/// What it can do from a list of projects.
pub fn projects_options(lang: Lang) -> Vec<String> {
    ["cleura-option-regions", "cleura-option-menu"]
        .map(|id| tr(lang, id).into_owned())
        .to_vec()
}

/// What the regions step asks; `problem` is what was wrong with the last answer.
fn regions_ask(regions: &Regions, problem: Option<Problem>) -> Ask {
    let lang = regions.lang;
    if regions.asking_region {
        return Ask::text("region", tr(lang, "cleura-ask-region"), false).with_problem(problem);
    }
    if let Some(view) = &regions.projects {
        let mut context = vec![view.heading(&regions.session.login)];
        context.extend(project_lines(view));
        return Ask {
            key: "projects",
            kind: AskKind::Rest {
                options: projects_options(lang),
            },
            prompt: tr(lang, "cleura-ask-what-next").into_owned(),
            context,
            default: None,
            problem,
            conceal: None,
        };
    }
    let mut context = vec![
        tr!(
            lang,
            "cleura-ask-signed-in-as",
            login = regions.session.login.as_str()
        )
        .into_owned(),
    ];
    context.extend(regions.notice.clone());
    context.extend(regions.not_listed.as_ref().map(|p| p.message.clone()));
    context.extend(table_lines(regions));
    if let Ok(kept) = &regions.kept {
        context.push(
            tr!(
                lang,
                "cleura-ask-token-kept",
                place = kept.describe_in(lang)
            )
            .into_owned(),
        );
    }
    Ask {
        key: "regions",
        kind: AskKind::Rest {
            options: regions_options(lang),
        },
        prompt: tr(lang, "cleura-ask-what-next").into_owned(),
        context,
        default: None,
        problem,
        conceal: None,
    }
}

/// The regions as a table of plain lines, columns lined up in terminal cells.
pub fn table_lines(regions: &Regions) -> Vec<String> {
    let lang = regions.lang;
    let mut rows = vec![
        super::regions::COLUMNS
            .map(|column| column.title(lang).into_owned())
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
            tr(lang, if r.enabled { "cleura-yes" } else { "cleura-no" }).into_owned(),
        ]);
    }
    crate::text::columns(&rows)
}

/// A list of projects as plain lines (loading, failed, empty or the list).
pub fn project_lines(view: &super::regions::ProjectsView) -> Vec<String> {
    let lang = view.lang;
    match &view.projects {
        None => vec![tr(lang, "cleura-projects-loading").into_owned()],
        Some(Err(problem)) => vec![problem.message.clone()],
        Some(Ok(list)) if list.is_empty() => vec![tr(lang, "cleura-projects-none").into_owned()],
        Some(Ok(list)) => {
            let rows: Vec<Vec<String>> = list
                .iter()
                .map(|p| {
                    let mut notes = Vec::new();
                    if p.default == Some(true) {
                        notes.push(tr(lang, "cleura-project-default"));
                    }
                    if !p.enabled {
                        notes.push(tr(lang, "cleura-project-disabled"));
                    }
                    vec![format!("  {}", p.name), p.id.clone(), notes.join(", ")]
                })
                .collect();
            crate::text::columns(&rows)
        }
    }
}
