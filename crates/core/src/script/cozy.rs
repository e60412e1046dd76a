//! The `cozy` subcommands: create (following the workflow to its end), status, activate
//! (choosing the passphrase), and the web onboarding link.

use std::collections::BTreeMap;

use secrecy::ExposeSecret;

use crate::app::cozy::activation::conceal;
use crate::app::home::Open;
use crate::cli::{CozyCommand, GlobalArgs};
use crate::store::Paths;

use super::commands::{Ending, Outcome, Script, SecretSource, drive};
use super::driver::Driver;
use super::input;
use super::output::{Done, Printer};
use super::reports;
use super::{Exit, Failure, said, said_with};

const PASSPHRASE_ENV: &str = "CLOUDBOARD_COZY_PASSPHRASE";
const LINK_ENV: &str = "CLOUDBOARD_COZY_LINK";

pub async fn run(
    global: &GlobalArgs,
    paths: &Paths,
    command: CozyCommand,
    printer: &Printer,
) -> Outcome {
    match command {
        CozyCommand::Create {
            email,
            slug,
            domain,
            offer,
            redirect,
            accept_terms,
            ..
        } => {
            let script = Script::default()
                .answer("email", email.trim())
                .answer("slug", slug.trim())
                .answer_opt("domain", domain.as_deref())
                .answer("accept_terms", "y")
                .answer("confirm", "y")
                .stop_at("activation_link");
            let options = |config: &mut crate::config::Config| {
                let terms_url = config.cozy.terms_url_in(config.lang()).into_owned();
                let cozy = &mut config.cozy;
                if !accept_terms {
                    return Err(Failure::usage(said_with(
                        "scripts-cozy-accept-terms",
                        &[
                            ("version", (&cozy.terms_version).into()),
                            ("url", terms_url.into()),
                        ],
                    )));
                }
                if let Some(redirect) = &redirect {
                    url::Url::parse(redirect).map_err(|e| {
                        Failure::usage(super::option_refused("--redirect", redirect, &e))
                    })?;
                    cozy.redirect = Some(redirect.clone());
                }
                if let Some(offer) = offer {
                    cozy.offer = offer;
                }
                match &domain {
                    Some(domain) if !cozy.domains.contains(domain) => {
                        Err(Failure::usage(said_with(
                            "scripts-cozy-domain-unknown",
                            &[
                                ("domain", domain.into()),
                                ("domains", cozy.domains.join(", ").into()),
                            ],
                        )))
                    }
                    _ => Ok(()),
                }
            };
            let mut driver = Driver::start_with(global, paths, script.given(), options).await?;
            let terms = driver.app.config.cozy.terms_version.clone();
            driver.open(Open::Cozy);
            let ending = drive(&mut driver, &script, printer).await?;
            let Ending::Stopped(ask) = ending else {
                return Err(Failure::internal(said(
                    "scripts-cozy-creation-stopped-early",
                )));
            };
            let created = driver
                .app
                .flows
                .cozy
                .as_ref()
                .and_then(|f| f.created.clone())
                .ok_or_else(|| Failure::internal(said("scripts-cozy-creation-not-recorded")))?;
            let fqdn = created.fqdn();
            let reconciled = driver
                .app
                .flows
                .cozy
                .as_ref()
                .and_then(|f| f.notice.clone());
            if let Some(notice) = reconciled {
                let report = reports::CozyCreated {
                    address: crate::api::cozy::instance_url(
                        &driver.app.config.cozy.instance_url,
                        &fqdn,
                    ),
                    fqdn: fqdn.clone(),
                    slug: created.slug.clone(),
                    domain: created.domain.clone(),
                    email: created.email.clone(),
                    instance_id: None,
                    workflow: None,
                    status: "probably_created".into(),
                    terms_version: terms.clone(),
                };
                let lines = crate::text::columns(&[
                    vec![label("scripts-label-address"), report.address.clone()],
                    vec![label("scripts-label-status"), report.status.clone()],
                ]);
                let notices = vec![notice.text, label("scripts-cozy-then-activate")];
                return Ok(Done::new(report, lines).notices(notices));
            }
            let report = reports::CozyCreated {
                address: crate::api::cozy::instance_url(
                    &driver.app.config.cozy.instance_url,
                    &fqdn,
                ),
                fqdn: fqdn.clone(),
                slug: created.slug.clone(),
                domain: created.domain.clone(),
                email: created.email.clone(),
                instance_id: created.instance.clone(),
                workflow: Some(created.workflow.clone()),
                // The flow asks for the activation link only once the workflow succeeded.
                status: "succeeded".into(),
                terms_version: terms.clone(),
            };
            let lines = crate::text::columns(&[
                vec![label("scripts-label-address"), report.address.clone()],
                vec![label("scripts-label-workflow"), created.workflow.clone()],
                vec![label("scripts-label-status"), report.status.clone()],
            ]);
            let mut notices = vec![
                said_with(
                    "scripts-cozy-created",
                    &[("fqdn", (&fqdn).into()), ("version", (&terms).into())],
                )
                .into_owned(),
            ];
            notices.extend(ask.context);
            notices.push(label("scripts-cozy-then-activate"));
            Ok(Done::new(report, lines).notices(notices))
        }
        CozyCommand::Status { workflow: None, .. } => {
            let driver = Driver::start(global, paths, BTreeMap::new()).await?;
            Ok(remembered(&driver.app.saved.state))
        }
        CozyCommand::Status {
            workflow: Some(workflow),
            ..
        } => {
            let workflow = workflow.trim().to_string();
            if !is_uuid(&workflow) {
                return Err(Failure::usage(said_with(
                    "scripts-cozy-not-a-workflow",
                    &[("workflow", (&workflow).into())],
                )));
            }
            let driver = Driver::start(global, paths, BTreeMap::new()).await?;
            let config = &driver.app.config.cozy;
            let token = config
                .token
                .clone()
                .or_else(|| std::env::var("CLOUDBOARD_COZY_TOKEN").ok())
                .filter(|t| !t.is_empty())
                .ok_or_else(|| Failure::usage(said("scripts-cozy-no-token")))?;
            let http = crate::backend::http::Http::default();
            let client = http
                .client()
                .map_err(|why| Failure::network(why.in_words(super::lang())))?;
            let token = secrecy::SecretString::from(token);
            // The pair of routes that worked at this Cloudery first; the other on a 404.
            let first = driver
                .app
                .saved
                .state
                .cozy_routes
                .get(&config.api)
                .copied()
                .unwrap_or(crate::api::cozy::RouteSet::Public);
            let mut answer = None;
            for set in [first, first.other()] {
                let route = &set.paths(config).workflow;
                match crate::api::cozy::workflow(
                    client,
                    &config.api,
                    route,
                    &token,
                    &workflow,
                    crate::api::Retry::Idempotent,
                )
                .await
                {
                    Err(e) if crate::api::cozy::no_such_route(&e) && answer.is_none() => {
                        answer = Some(Err(e));
                    }
                    other => {
                        answer = Some(other);
                        break;
                    }
                }
            }
            let answer = match answer {
                Some(Ok(answer)) => answer,
                Some(Err(e)) => return Err(Failure::from(&e)),
                None => return Err(Failure::internal(said("scripts-cozy-no-route"))),
            };
            let report = reports::WorkflowStatus {
                workflow: workflow.clone(),
                status: answer.status.clone(),
            };
            Ok(Done::new(report, vec![answer.status]))
        }
        CozyCommand::Activate {
            link,
            link_stdin,
            passphrase_stdin,
            hint,
            ..
        } => {
            if link.is_some() {
                return Err(Failure::usage(said("scripts-cozy-link-not-an-argument")));
            }
            let mut driver = Driver::start(global, paths, BTreeMap::new()).await?;
            let link = read_link(link_stdin).await?;
            // The link says which instance it is for (after the Cloudery's redirect, when it
            // is the email's).
            driver.send(crate::app::Msg::OpenActivation(None));
            let passphrase = SecretSource {
                stdin_option: "--passphrase-stdin",
                stdin: passphrase_stdin,
                env: Some(PASSPHRASE_ENV),
            };
            let script = Script::default()
                .answer("activation_link", link)
                .secret("passphrase", passphrase)
                .repeat("passphrase_again", "passphrase")
                .answer("hint", hint.unwrap_or_default());
            let ending = drive(&mut driver, &script, printer).await?;
            let flow = driver.app.flows.cozy.as_ref();
            let (address, fqdn, probably) = match flow.map(|f| (&f.step, f.fqdn())) {
                Some((crate::app::cozy::Step::Done(done), fqdn)) => {
                    (done.address.clone(), fqdn, done.probably)
                }
                _ => {
                    return Err(Failure::internal(said(
                        "scripts-cozy-activation-did-not-end",
                    )));
                }
            };
            let report = reports::CozyActivated {
                fqdn,
                address: address.clone(),
                activated: true,
                probably,
                email: None,
            };
            let notices = match ending {
                Ending::Done(ask) | Ending::Stopped(ask) => ask.context,
            };
            Ok(Done::new(report, vec![address]).notices(notices))
        }
        CozyCommand::OnboardLink {
            email, slug, qr, ..
        } => {
            let mut config = crate::config::Config::load(&paths.config_file)
                .map_err(|e| Failure::usage(e.said_in(super::lang())))?;
            if let Some(url) = &global.sandbox_url {
                config.point_at_sandbox(url);
            }
            // The address as its screen takes it: capitals lowered, anything else refused.
            let slug = slug.as_deref().map(|s| s.trim().to_ascii_lowercase());
            if let Some(slug) = &slug
                && let Err(why) = crate::app::checks::valid_slug(slug)
            {
                let why = why.said(super::lang());
                return Err(Failure::usage(super::option_refused("--slug", slug, &why)));
            }
            let link = crate::app::cozy::web::onboarding_link(
                &config.cozy,
                email.as_deref().map(str::trim).unwrap_or_default(),
                slug.as_deref().unwrap_or_default(),
            )
            .map_err(|why| Failure::usage(why.said(super::lang())))?;
            let mut lines = vec![link.clone()];
            if qr {
                lines.extend(qr_lines(&link)?);
            }
            Ok(Done::new(reports::OnboardLink { link }, lines))
        }
    }
}

/// A word or line of this command's, as text.
fn label(id: &str) -> String {
    said(id).into_owned()
}

/// The activation link, from standard input, the environment or a prompt that does not
/// echo it (it is shown back with its token masked).
async fn read_link(from_stdin: bool) -> Result<String, Failure> {
    let read = tokio::task::spawn_blocking(move || {
        let prompt = said("scripts-cozy-link-prompt");
        let otherwise = said_with(
            "scripts-secret-otherwise",
            &[
                ("option", "--link-stdin".into()),
                ("variable", LINK_ENV.into()),
            ],
        );
        input::secret(
            from_stdin,
            Some(LINK_ENV),
            &format!("{prompt} "),
            &otherwise,
        )
    })
    .await
    .map_err(|e| Failure::internal(e.to_string()))??;
    let (link, origin) = read;
    let link = link.expose_secret().trim().to_string();
    if origin == input::SecretOrigin::Prompt {
        super::output::error_line(&said_with(
            "scripts-cozy-link-shown",
            &[("link", conceal(&link).into())],
        ));
    }
    if link.is_empty() {
        return Err(Failure::new(Exit::Usage, said("scripts-cozy-no-link")));
    }
    Ok(link)
}

/// A UUID in its usual form (8-4-4-4-12 hexadecimal digits), as the Cloudery gives ids.
fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, len)| g.len() == len && g.chars().all(|c| c.is_ascii_hexdigit()))
}

/// The link as a QR code in text, two modules per character cell, dark on light.
fn qr_lines(link: &str) -> Result<Vec<String>, Failure> {
    let code = qrcode::QrCode::new(link.as_bytes()).map_err(|e| {
        Failure::usage(said_with(
            "scripts-cozy-qr-too-long",
            &[("why", e.to_string().into())],
        ))
    })?;
    let rendered = code
        .render::<qrcode::render::unicode::Dense1x2>()
        .dark_color(qrcode::render::unicode::Dense1x2::Light)
        .light_color(qrcode::render::unicode::Dense1x2::Dark)
        .quiet_zone(true)
        .build();
    Ok(rendered.lines().map(str::to_string).collect())
}

/// What this machine remembers of Cozy creations: the one being followed, and the requests
/// whose answer never came, each with what to do.
fn remembered(state: &crate::store::resume::State) -> Done {
    let following = state.cozy.as_ref().map(|c| reports::Following {
        fqdn: c.fqdn(),
        email: c.email.clone(),
        workflow: c.workflow.clone(),
        started_at: c.started_at,
    });
    let unanswered: Vec<_> = state
        .unanswered
        .iter()
        .filter(|s| !matches!(s, crate::store::sent::Sent::CloudSigmaCreate { .. }))
        .cloned()
        .collect();
    let mut lines = Vec::new();
    let mut notices = Vec::new();
    if let Some(f) = &following {
        let about = [
            ("fqdn", (&f.fqdn).into()),
            ("workflow", (&f.workflow).into()),
        ];
        lines.push(said_with("scripts-cozy-following-line", &about).into_owned());
        notices.push(said_with("scripts-cozy-following", &about).into_owned());
    }
    for sent in &unanswered {
        let when = sent
            .when()
            .unwrap_or_else(|| said("scripts-cozy-unknown-time").into_owned());
        lines.push(
            said_with(
                "scripts-cozy-unanswered-line",
                &[
                    ("what", sent.what_in(super::lang()).into()),
                    ("when", when.into()),
                ],
            )
            .into_owned(),
        );
        notices.push(
            said_with(
                "scripts-cozy-unanswered",
                &[
                    (
                        "what",
                        crate::text::capitalized(&sent.what_in(super::lang())).into(),
                    ),
                    ("next", sent.next_step_in(super::lang()).into()),
                ],
            )
            .into_owned(),
        );
    }
    if lines.is_empty() {
        notices.push(said("scripts-cozy-nothing-remembered").into_owned());
    }
    Done::new(
        reports::CozyRemembered {
            following,
            unanswered,
        },
        lines,
    )
    .notices(notices)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_workflow_id_is_a_uuid() {
        assert!(is_uuid("d199216b-9a70-4dab-a625-c64cdaebd636"));
        assert!(is_uuid("D199216B-9A70-4DAB-A625-C64CDAEBD636"));
        assert!(!is_uuid("nope"));
        assert!(!is_uuid("d199216b9a704daba625c64cdaebd636"));
        assert!(!is_uuid("d199216b-9a70-4dab-a625-c64cdaebd63z"));
    }
}
