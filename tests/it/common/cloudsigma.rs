//! What a person does outside cloudboard to finish a CloudSigma account in the sandbox: read
//! the confirmation email in the outbox, open its page, and submit its password form the way
//! a browser would.

use std::time::{Duration, Instant};

/// The confirmation link the sandbox "emailed" to `to` (waits for it a little).
pub async fn confirmation_link(base: &str, to: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    let client = super::sandbox::client();
    loop {
        let messages: Vec<serde_json::Value> = client
            .get(format!("{}/_sandbox/outbox", base.trim_end_matches('/')))
            .send()
            .await
            .expect("the outbox answers")
            .json()
            .await
            .expect("the outbox is JSON");
        let link = messages.iter().rev().find_map(|m| {
            let for_them = m["to"].as_str().is_some_and(|t| t.eq_ignore_ascii_case(to));
            m["link"].as_str().filter(|_| for_them).map(str::to_string)
        });
        if let Some(link) = link {
            return link;
        }
        assert!(
            Instant::now() < deadline,
            "no email with a link to {to}: {messages:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Opens the confirmation page and submits its form with `password` in every password
/// field (hidden fields sent back as they are), as a browser would.
pub async fn set_password(link: &str, password: &str) {
    let client = super::sandbox::client();
    let page = client
        .get(link)
        .header("Accept", "text/html")
        .send()
        .await
        .expect("the confirmation page answers");
    assert!(page.status().is_success(), "{}", page.status());
    let html = page.text().await.unwrap();
    let form_start = html.find("<form").expect("the page has a form");
    let form_tag = &html[form_start..form_start + html[form_start..].find('>').unwrap()];
    let action = attr(form_tag, "action").unwrap_or_default();
    let target = url::Url::parse(link)
        .unwrap()
        .join(&action)
        .expect("a usable form action");
    let mut body = url::form_urlencoded::Serializer::new(String::new());
    let form_html = &html[form_start..];
    let form_html = &form_html[..form_html.find("</form>").unwrap_or(form_html.len())];
    let mut rest = form_html;
    while let Some(at) = rest.find("<input") {
        let tag_end = rest[at..].find('>').unwrap();
        let tag = &rest[at..at + tag_end];
        rest = &rest[at + tag_end..];
        let Some(name) = attr(tag, "name") else {
            continue;
        };
        let kind = attr(tag, "type").unwrap_or_else(|| "text".into());
        match kind.as_str() {
            "password" => {
                body.append_pair(&name, password);
            }
            "submit" | "button" => {}
            _ => {
                body.append_pair(&name, &attr(tag, "value").unwrap_or_default());
            }
        }
    }
    let answer = client
        .post(target)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/html")
        .body(body.finish())
        .send()
        .await
        .expect("the form is accepted");
    let status = answer.status();
    assert!(
        status.is_success() || status.is_redirection(),
        "setting the password answered {status}: {}",
        answer.text().await.unwrap_or_default()
    );
}

/// An attribute's value in an HTML tag (double or single quotes).
fn attr(tag: &str, name: &str) -> Option<String> {
    for quote in ['"', '\''] {
        let key = format!("{name}={quote}");
        if let Some(at) = tag.find(&key) {
            let value = &tag[at + key.len()..];
            let end = value.find(quote)?;
            return Some(value[..end].to_string());
        }
    }
    None
}
