//! The activation link from the email, in every shape it comes in, or its bare token:
//!
//! - `https://{fqdn}/?registerToken=T` (the instance itself);
//! - `{redirect}?fqdn={fqdn}&registerToken=T` (mobile onboarding through a universal link);
//! - the config's `instance_url` with `{fqdn}` filled in, then `/?registerToken=T` (the
//!   sandbox: `{base}/cozy/instances/{fqdn}/?registerToken=T`);
//! - `T` alone, for the instance just created.
//!
//! T is 32 lowercase hexadecimal characters.

use secrecy::SecretString;

pub const TOKEN_LEN: usize = 32;

/// The text with every run of 16 or more hexadecimal characters (a register token, bare or
/// in a link) masked, one bullet per character, so the field can show what was pasted
/// without showing the token.
pub fn conceal(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let run = chars[i..]
            .iter()
            .take_while(|c| c.is_ascii_hexdigit())
            .count();
        if run >= 16 {
            out.extend(std::iter::repeat_n('•', run));
            i += run;
        } else if run > 0 {
            out.extend(&chars[i..i + run]);
            i += run;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// A parsed activation: which instance, and the token that proves the email was read.
pub struct Activation {
    pub fqdn: String,
    pub token: SecretString,
}

impl std::fmt::Debug for Activation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Activation")
            .field("fqdn", &self.fqdn)
            .field("token", &"[REDACTED]")
            .finish()
    }
}

/// Reads what the person pasted. `expected` is the instance being activated (a link for
/// another one is refused: its passphrase would be salted for the wrong name);
/// `instance_url` is the config's template with `{fqdn}`.
pub fn parse(input: &str, expected: &str, instance_url: &str) -> Result<Activation, String> {
    // Mail clients and chats wrap links in <…> or quotes; a copy may catch them.
    let text = input
        .trim()
        .trim_matches(|c| matches!(c, '<' | '>' | '"' | '\'' | '(' | ')'));
    if text.is_empty() {
        return Err(format!(
            "The activation link from the email is needed (or its {TOKEN_LEN}-character token)."
        ));
    }
    if !text.contains(':') && !text.contains('/') && !text.contains('?') {
        let token = token(text)?;
        return Ok(Activation {
            fqdn: expected.to_string(),
            token,
        });
    }
    let url = url::Url::parse(text).map_err(|_| {
        format!(
            "This is neither a link nor a token: give the whole link from the email, \
             starting with https://, or its {TOKEN_LEN}-character token."
        )
    })?;
    let mut token_value = None;
    let mut fqdn_param = None;
    for (key, value) in url.query_pairs() {
        match key.as_ref() {
            "registerToken" => token_value = Some(value.into_owned()),
            "fqdn" => fqdn_param = Some(value.into_owned()),
            _ => {}
        }
    }
    let Some(token_value) = token_value else {
        return Err(
            "This link has no registerToken: give the whole link from the activation email.".into(),
        );
    };
    let fqdn = match fqdn_param {
        Some(fqdn) => fqdn,
        None => instance_of(&url, instance_url).ok_or_else(|| {
            format!(
                "This is not an activation link for a Cozy: it should look like {}/?registerToken=….",
                crate::api::cozy::instance_url(instance_url, expected)
            )
        })?,
    };
    if !fqdn.eq_ignore_ascii_case(expected) {
        return Err(format!(
            "This link is for {fqdn}, not for {expected}: use the link of the email about {expected}."
        ));
    }
    Ok(Activation {
        fqdn: expected.to_string(),
        token: token(&token_value)?,
    })
}

/// The instance an activation link is for, read from the link alone (its `fqdn` parameter,
/// the config's instance template, or its host): how `cozy activate LINK` knows which
/// instance to activate without an earlier step.
pub fn instance_in_link(input: &str, instance_url: &str) -> Option<String> {
    let text = input
        .trim()
        .trim_matches(|c| matches!(c, '<' | '>' | '"' | '\'' | '(' | ')'));
    let url = url::Url::parse(text).ok()?;
    if let Some((_, fqdn)) = url.query_pairs().find(|(k, _)| k == "fqdn") {
        return Some(fqdn.to_ascii_lowercase());
    }
    instance_of(&url, instance_url)
}

/// The instance a link without a `fqdn` parameter points at: the config's template with
/// `{fqdn}` matched, or, whatever the template, `https://{fqdn}/`.
fn instance_of(url: &url::Url, template: &str) -> Option<String> {
    let base = url[..url::Position::AfterPath].trim_end_matches('/');
    if let Some((prefix, suffix)) = template.trim_end_matches('/').split_once("{fqdn}")
        && let Some(rest) = base.strip_prefix(prefix)
        && let Some(fqdn) = rest.strip_suffix(suffix)
        && is_hostname(fqdn)
    {
        return Some(fqdn.to_ascii_lowercase());
    }
    if url.scheme() == "https" && matches!(url.path(), "" | "/") {
        return url
            .host_str()
            .filter(|h| is_hostname(h))
            .map(str::to_string);
    }
    None
}

fn is_hostname(text: &str) -> bool {
    !text.is_empty()
        && text.contains('.')
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
}

fn token(text: &str) -> Result<SecretString, String> {
    if let Some(bad) = text.chars().find(|c| !c.is_ascii_hexdigit()) {
        return Err(format!(
            "“{bad}” cannot be in an activation token: it is made of the digits 0–9 and the letters a–f."
        ));
    }
    let length = text.chars().count();
    if length != TOKEN_LEN {
        return Err(format!(
            "An activation token has {TOKEN_LEN} characters; this one has {length}: give it whole."
        ));
    }
    Ok(SecretString::from(text.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use secrecy::ExposeSecret;

    use super::*;

    const T: &str = "0123456789abcdef0123456789abcdef";
    const FQDN: &str = "alice.mycozy.cloud";
    const REAL: &str = "https://{fqdn}";
    const SANDBOX: &str = "http://127.0.0.1:4000/cozy/instances/{fqdn}";

    fn ok(input: &str, template: &str) -> Activation {
        match parse(input, FQDN, template) {
            Ok(a) => a,
            Err(e) => panic!("{input}: {e}"),
        }
    }

    fn refused(input: &str, template: &str) -> String {
        match parse(input, FQDN, template) {
            Ok(a) => panic!("{input} was taken: {a:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn the_instance_link() {
        let a = ok(&format!("https://{FQDN}/?registerToken={T}"), REAL);
        assert_eq!(a.fqdn, FQDN);
        assert_eq!(a.token.expose_secret(), T);
        ok(&format!("https://{FQDN}?registerToken={T}"), REAL);
        // Whatever the template, the instance's own address is an activation link.
        ok(&format!("https://{FQDN}/?registerToken={T}"), SANDBOX);
    }

    #[test]
    fn the_mobile_link() {
        let a = ok(
            &format!("https://app.example.org/onboarded?fqdn={FQDN}&registerToken={T}"),
            REAL,
        );
        assert_eq!(a.fqdn, FQDN);
        ok(
            &format!("cozydrive://onboarding?registerToken={T}&fqdn={FQDN}"),
            REAL,
        );
    }

    #[test]
    fn the_sandbox_link() {
        let a = ok(
            &format!("http://127.0.0.1:4000/cozy/instances/{FQDN}/?registerToken={T}"),
            SANDBOX,
        );
        assert_eq!(a.fqdn, FQDN);
        ok(
            &format!("http://127.0.0.1:4000/cozy/instances/{FQDN}?registerToken={T}"),
            SANDBOX,
        );
    }

    #[test]
    fn a_bare_token_is_for_the_instance_just_created() {
        let a = ok(T, REAL);
        assert_eq!(a.fqdn, FQDN);
        let upper = ok(&T.to_uppercase(), REAL);
        assert_eq!(upper.token.expose_secret(), T, "hex is read in either case");
    }

    #[test]
    fn wrappers_and_white_space_around_a_copy_are_dropped() {
        ok(&format!("  <https://{FQDN}/?registerToken={T}>\n"), REAL);
        ok(&format!("\"{T}\""), REAL);
    }

    #[test]
    fn malformed_tokens_are_refused_with_the_reason() {
        assert!(refused(&T[..31], REAL).contains("has 31"));
        assert!(refused(&format!("{T}0"), REAL).contains("has 33"));
        assert!(refused(&format!("{}g", &T[..31]), REAL).contains("“g”"));
        assert!(refused("", REAL).contains("is needed"));
        let e = refused(&format!("https://{FQDN}/?registerToken=abc"), REAL);
        assert!(e.contains("has 3"), "{e}");
    }

    #[test]
    fn links_that_are_not_activation_links_are_refused() {
        let e = refused(&format!("https://{FQDN}/"), REAL);
        assert!(e.contains("no registerToken"), "{e}");
        let e = refused(&format!("https://{FQDN}/settings?registerToken={T}"), REAL);
        assert!(e.contains("not an activation link"), "{e}");
        let e = refused(&format!("http://{FQDN}/?registerToken={T}"), REAL);
        assert!(e.contains("not an activation link"), "{e}");
        let e = refused("https://", REAL);
        assert!(e.contains("neither"), "{e}");
        let e = refused(
            &format!("http://127.0.0.1:4000/cozy/other/{FQDN}/?registerToken={T}"),
            SANDBOX,
        );
        assert!(e.contains("not an activation link"), "{e}");
    }

    #[test]
    fn a_link_for_another_instance_is_refused() {
        let e = refused(
            &format!("https://bob.mycozy.cloud/?registerToken={T}"),
            REAL,
        );
        assert!(e.contains("bob.mycozy.cloud"), "{e}");
        let e = refused(
            &format!("https://app.example.org/x?fqdn=bob.mycozy.cloud&registerToken={T}"),
            REAL,
        );
        assert!(e.contains("not for alice.mycozy.cloud"), "{e}");
    }
}

#[cfg(test)]
mod conceal_tests {
    use super::conceal;

    #[test]
    fn a_token_is_masked_in_a_link_and_alone_and_nothing_else_is() {
        let token = "0123456789abcdef0123456789abcdef";
        let link = format!("https://alice.mycozy.cloud/?registerToken={token}");
        let shown = conceal(&link);
        assert!(!shown.contains(token));
        assert!(shown.starts_with("https://alice.mycozy.cloud/?registerToken=•"));
        assert_eq!(
            shown.chars().count(),
            link.chars().count(),
            "cursor columns stay true"
        );
        assert_eq!(conceal(token), "•".repeat(32));
        assert_eq!(
            conceal("https://cafe.mycozy.cloud/"),
            "https://cafe.mycozy.cloud/"
        );
    }
}
