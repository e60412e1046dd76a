//! What a person does outside cloudboard to finish a CloudSigma account in the sandbox, once
//! the confirmation email is in the outbox (`outbox::link_to`): open its page, and submit
//! its password form the way a browser would.

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
