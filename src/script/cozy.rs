//! The `cozy` subcommands: create (following the workflow to its end), status, activate
//! (choosing the passphrase), and the web onboarding link.

use serde_json::json;

use crate::app::cozy::activation::instance_in_link;
use crate::app::home::Open;
use crate::cli::{CozyCommand, GlobalArgs};
use crate::store::Paths;

use super::Failure;
use super::commands::{Ending, Outcome, Script, SecretSource, drive};
use super::driver::Driver;
use super::output::Printer;

pub fn json_flag(command: &CozyCommand) -> bool {
    match command {
        CozyCommand::Create { output, .. }
        | CozyCommand::Status { output, .. }
        | CozyCommand::Activate { output, .. }
        | CozyCommand::OnboardLink { output, .. } => output.json,
    }
}

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
            let mut driver = Driver::start(global, paths).await?;
            let terms = driver.app.config.cozy.terms_version.clone();
            if !accept_terms {
                return Err(Failure::usage(format!(
                    "creating a Cozy means accepting Cozy Cloud's terms (version {terms}, at {}): \
                     read them, then add --accept-terms",
                    driver.app.config.cozy.terms_url
                )));
            }
            if let Some(redirect) = &redirect {
                url::Url::parse(redirect)
                    .map_err(|e| Failure::usage(format!("--redirect {redirect}: {e}")))?;
                driver.app.config.cozy.redirect = Some(redirect.clone());
            }
            if let Some(offer) = offer {
                driver.app.config.cozy.offer = offer;
            }
            if let Some(domain) = &domain
                && !driver.app.config.cozy.domains.contains(domain)
            {
                return Err(Failure::usage(format!(
                    "--domain {domain} is not one of the partner's domains ({})",
                    driver.app.config.cozy.domains.join(", ")
                )));
            }
            let script = Script::default()
                .answer("email", email)
                .answer("slug", slug)
                .answer_opt("domain", domain.as_deref())
                .answer("accept_terms", "y")
                .answer("confirm", "y")
                .stop_at("activation_link");
            driver.open(Open::Cozy);
            match drive(&mut driver, &script, printer).await? {
                Ending::Stopped(ask) => {
                    let mut report = driver.report();
                    report["terms_version"] = json!(terms);
                    let mut text = vec![format!(
                        "Created {} (workflow {}), accepting the terms version {terms}.",
                        report["fqdn"].as_str().unwrap_or_default(),
                        report["workflow"].as_str().unwrap_or_default()
                    )];
                    text.extend(ask.context);
                    text.push("Then: cloudboard cozy activate LINK".into());
                    Ok((report, text))
                }
                Ending::Done(ask) => Ok((driver.report(), ask.context)),
            }
        }
        CozyCommand::Status { workflow, .. } => {
            let driver = Driver::start(global, paths).await?;
            let config = &driver.app.config.cozy;
            let token = config
                .token
                .clone()
                .or_else(|| std::env::var("CLOUDBOARD_COZY_TOKEN").ok())
                .filter(|t| !t.is_empty())
                .ok_or_else(|| {
                    Failure::usage("no Cloudery token: set CLOUDBOARD_COZY_TOKEN or cozy.token")
                })?;
            let http = crate::backend::http::Http::default();
            let client = http.client().map_err(Failure::network)?;
            let answer = crate::api::cozy::workflow(
                client,
                &config.api,
                &secrecy::SecretString::from(token),
                &workflow,
                crate::api::Retry::Idempotent,
            )
            .await
            .map_err(|e| Failure::from(&e))?;
            let status = answer.status.clone();
            Ok((
                json!({ "workflow": workflow, "status": status }),
                vec![format!("Workflow {workflow}: {status}")],
            ))
        }
        CozyCommand::Activate {
            link,
            passphrase_stdin,
            hint,
            ..
        } => {
            let mut driver = Driver::start(global, paths).await?;
            let fqdn =
                instance_in_link(&link, &driver.app.config.cozy.instance_url).ok_or_else(|| {
                    Failure::usage(
                        "this is not an activation link: give the whole link from the email",
                    )
                })?;
            let commands = driver.app.open_cozy_activation(&fqdn);
            driver.dispatch_all(commands);
            let passphrase = SecretSource {
                stdin: passphrase_stdin,
                env: Some("CLOUDBOARD_COZY_PASSPHRASE"),
                prompt: "Passphrase for your Cozy: ",
                shared: true,
            };
            let script = Script::default()
                .answer("activation_link", link)
                .secret("passphrase", passphrase)
                .secret("passphrase_again", passphrase)
                .answer("hint", hint.unwrap_or_default());
            match drive(&mut driver, &script, printer).await? {
                Ending::Done(ask) | Ending::Stopped(ask) => Ok((driver.report(), ask.context)),
            }
        }
        CozyCommand::OnboardLink {
            email, slug, qr, ..
        } => {
            let paths_config = crate::config::Config::load(&paths.config_file)
                .map_err(|e| Failure::usage(e.to_string()))?;
            let mut config = paths_config;
            if let Some(url) = &global.sandbox_url {
                config.point_at_sandbox(url);
            }
            let link = crate::app::cozy::web::link(
                &config.cozy,
                email.as_deref().unwrap_or_default(),
                slug.as_deref().unwrap_or_default(),
            )
            .map_err(Failure::usage)?;
            let mut text = vec![link.clone()];
            if qr {
                text.extend(qr_lines(&link)?);
            }
            Ok((json!({ "link": link }), text))
        }
    }
}

/// The link as a QR code in text, two modules per character cell, dark on light.
fn qr_lines(link: &str) -> Result<Vec<String>, Failure> {
    let code = qrcode::QrCode::new(link.as_bytes())
        .map_err(|e| Failure::usage(format!("the link is too long for a QR code ({e})")))?;
    let rendered = code
        .render::<qrcode::render::unicode::Dense1x2>()
        .dark_color(qrcode::render::unicode::Dense1x2::Light)
        .light_color(qrcode::render::unicode::Dense1x2::Dark)
        .quiet_zone(true)
        .build();
    Ok(rendered.lines().map(str::to_string).collect())
}
