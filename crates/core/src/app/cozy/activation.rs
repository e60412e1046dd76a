//! The activation link from the email, in every shape a person may hold it:
//!
//! - the email's link, which goes to the Cloudery: it validates the email, then redirects to
//!   the instance (the guide's "validate" screen). It is followed here, with plain GETs, to
//!   the address it leads to (`Link::Follow`);
//! - the instance's address with the token, `https://{fqdn}/?registerToken=T`, and any other
//!   address on the instance's host that carries it: the instance answers `GET /` with a 303
//!   to `/auth/passphrase?…&registerToken=T` (cozy-stack `web/auth/auth.go`), which is what a
//!   browser then shows. Extra parameters (`onboarding`, `redirection`) are ignored;
//! - the mobile universal link, `{redirect}?fqdn={fqdn}&registerToken=T` (the guide);
//! - `T` alone, for the instance just created;
//! - a link with `magic_code` and no token: that instance logs in by magic link
//!   (cozy-stack `web/auth/magic_link.go`), and is finished in a browser (`Link::MagicCode`).
//!
//! T is 32 hexadecimal characters (cozy-stack `RegisterTokenLen` = 16 bytes, hex-encoded;
//! either case is read).

use secrecy::SecretString;

use crate::lang::{Lang, tr};
use crate::tr;

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
#[derive(Clone)]
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

/// What a pasted activation text is.
#[derive(Debug)]
pub enum Link {
    /// The instance and its register token: the passphrase can be chosen.
    Token(Activation),
    /// An address elsewhere (the Cloudery's page the email points at), to follow to where it
    /// leads.
    Follow(url::Url),
    /// An instance that logs in by magic link: nothing to choose here.
    MagicCode { link: String },
}

/// Reads what the person gave; a refusal is said in `lang`. `expected` is the instance being
/// activated, when known (a link for another one is refused: its passphrase would be salted
/// for the wrong name); `instance_url` is the config's template with `{fqdn}`.
pub fn read(
    lang: Lang,
    input: &str,
    expected: Option<&str>,
    instance_url: &str,
) -> Result<Link, String> {
    // Mail clients and chats wrap links in <…> or quotes; a copy may catch them.
    let text = input
        .trim()
        .trim_matches(|c| matches!(c, '<' | '>' | '"' | '\'' | '(' | ')'));
    if text.is_empty() {
        return Err(tr!(lang, "cozy-link-needed", length = TOKEN_LEN).into_owned());
    }
    if !text.contains(':') && !text.contains('/') && !text.contains('?') {
        if let Some(bad) = text.chars().find(|c| !c.is_ascii_hexdigit()) {
            return Err(tr!(
                lang,
                "cozy-link-not-a-link-nor-token",
                start = beginning(text),
                char = shown(lang, bad)
            )
            .into_owned());
        }
        let token = token(lang, text)?;
        let Some(fqdn) = expected else {
            return Err(tr(lang, "cozy-token-alone").into_owned());
        };
        return Ok(Link::Token(Activation {
            fqdn: fqdn.to_string(),
            token,
        }));
    }
    let url = url::Url::parse(text).map_err(|why| {
        if text.contains("://") {
            tr!(
                lang,
                "cozy-link-unreadable",
                why = why.to_string(),
                start = beginning(text)
            )
            .into_owned()
        } else {
            tr!(
                lang,
                "cozy-link-not-a-link",
                start = beginning(text),
                length = TOKEN_LEN
            )
            .into_owned()
        }
    })?;
    let (mut token_value, mut fqdn_param, mut magic) = (None, None, false);
    for (key, value) in url.query_pairs() {
        match key.as_ref() {
            "registerToken" => token_value = Some(value.into_owned()),
            "fqdn" => fqdn_param = Some(value.to_ascii_lowercase()),
            "magic_code" => magic = true,
            _ => {}
        }
    }
    let on_instance = instance_of(&url, instance_url);
    let Some(token_value) = token_value else {
        if magic {
            return Ok(Link::MagicCode {
                link: text.to_string(),
            });
        }
        // Any https host could be an instance: only the one being activated (or one the
        // template names) is taken for one; elsewhere is the Cloudery's page.
        let known_instance = on_instance.filter(|(fqdn, by_template)| {
            *by_template || expected.is_some_and(|e| e.eq_ignore_ascii_case(fqdn))
        });
        if let Some(fqdn) = fqdn_param.or(known_instance.map(|(fqdn, _)| fqdn)) {
            let (shape, key) = what_is_there(&url);
            return Err(tr!(
                lang,
                "cozy-link-no-token",
                shape,
                end = ending(text),
                key,
                fqdn
            )
            .into_owned());
        }
        // Somewhere else, without a token: the Cloudery's page, to follow.
        crate::config::usable_endpoint(text).map_err(|why| {
            tr!(lang, "cozy-link-cannot-follow", why = why.said(lang)).into_owned()
        })?;
        return Ok(Link::Follow(url));
    };
    let fqdn = fqdn_param
        .or(on_instance.map(|(fqdn, _)| fqdn))
        .ok_or_else(|| {
            let example = format!(
                "{}/?registerToken=…",
                crate::api::cozy::instance_url(
                    instance_url,
                    expected.unwrap_or("alice.mycozy.cloud")
                )
            );
            tr!(
                lang,
                "cozy-link-not-on-cozy",
                start = beginning(text),
                example
            )
            .into_owned()
        })?;
    if let Some(expected) = expected
        && !fqdn.eq_ignore_ascii_case(expected)
    {
        return Err(tr!(lang, "cozy-link-other-instance", fqdn = &fqdn, expected).into_owned());
    }
    let token = token(lang, &token_value).map_err(|_| {
        let end = ending(text);
        match token_value.chars().find(|c| !c.is_ascii_hexdigit()) {
            Some(bad) => tr!(
                lang,
                "cozy-link-token-bad-char",
                char = shown(lang, bad),
                end
            )
            .into_owned(),
            None => tr!(
                lang,
                "cozy-link-token-bad-length",
                count = token_value.chars().count(),
                length = TOKEN_LEN,
                end
            )
            .into_owned(),
        }
    })?;
    Ok(Link::Token(Activation { fqdn, token }))
}

/// How many characters of the text a refusal quotes at its start or its end.
const QUOTED: usize = 24;

/// The start of the text as given, for a refusal to quote (a token in it masked).
fn beginning(text: &str) -> String {
    let shown = conceal(text);
    if shown.chars().count() <= QUOTED {
        return shown;
    }
    let start: String = shown.chars().take(QUOTED).collect();
    format!("{start}…")
}

/// The end of the text as given, for a refusal to quote (a token in it masked).
fn ending(text: &str) -> String {
    let shown = conceal(text);
    let count = shown.chars().count();
    if count <= QUOTED {
        return shown;
    }
    let end: String = shown.chars().skip(count - QUOTED).collect();
    format!("…{end}")
}

/// A character as a refusal names it.
fn shown(lang: Lang, c: char) -> String {
    match c {
        ' ' => tr(lang, "cozy-char-space").into_owned(),
        c if c.is_whitespace() || c.is_control() => c.escape_unicode().to_string(),
        c => tr!(lang, "cozy-char-quoted", char = c.to_string()).into_owned(),
    }
}

/// What a link without `registerToken` holds instead, for the refusal to say from the text
/// as given (the `$shape` of `cozy-link-no-token`): it stops short of the token, part way
/// through its name (a copy cut off: `cut`); a parameter looks like a spoiled
/// `registerToken` (a copy with characters in it: `spoiled`, and that parameter masked);
/// it has no query at all (`bare`); or something else.
fn what_is_there(url: &url::Url) -> (&'static str, String) {
    let near = url
        .query_pairs()
        .map(|(key, _)| key.into_owned())
        .find(|key| {
            let letters: String = key.chars().filter(char::is_ascii_alphabetic).collect();
            key != "registerToken"
                && (letters.eq_ignore_ascii_case("registerToken")
                    || (key.len() >= 3 && "registerToken".starts_with(key.as_str())))
        });
    match near {
        Some(key) if "registerToken".starts_with(key.as_str()) => ("cut", String::new()),
        Some(key) => ("spoiled", conceal(&key)),
        None if url.query().is_none_or(str::is_empty) => ("bare", String::new()),
        None => ("other", String::new()),
    }
}

/// The instance an address is on, and whether the config's template named it: the
/// template with `{fqdn}` matched (any path after it), or, whatever the template, the host
/// of an `https://` address.
fn instance_of(url: &url::Url, template: &str) -> Option<(String, bool)> {
    let base = &url[..url::Position::AfterPath];
    if let Some((prefix, suffix)) = template.trim_end_matches('/').split_once("{fqdn}")
        && let Some(rest) = base.strip_prefix(prefix)
    {
        // The fqdn, then the template's suffix, then a path on the instance.
        let fqdn = rest.split(['/', '?']).next().unwrap_or_default();
        let after = &rest[fqdn.len()..];
        if is_hostname(fqdn) && (suffix.is_empty() || after.starts_with(suffix)) {
            // `https://{fqdn}` names no host of its own: any address matches it.
            let names_a_host = prefix
                .split_once("://")
                .is_some_and(|(_, host)| !host.is_empty());
            return Some((fqdn.to_ascii_lowercase(), names_a_host));
        }
    }
    if url.scheme() == "https" {
        return url
            .host_str()
            .filter(|h| is_hostname(h))
            .map(|h| (h.to_ascii_lowercase(), false));
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

fn token(lang: Lang, text: &str) -> Result<SecretString, String> {
    if let Some(bad) = text.chars().find(|c| !c.is_ascii_hexdigit()) {
        return Err(tr!(lang, "cozy-token-bad-char", char = bad.to_string()).into_owned());
    }
    let length = text.chars().count();
    if length != TOKEN_LEN {
        return Err(tr!(
            lang,
            "cozy-token-bad-length",
            length = TOKEN_LEN,
            count = length
        )
        .into_owned());
    }
    Ok(SecretString::from(text.to_ascii_lowercase()))
}

#[cfg(test)]
#[path = "activation_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "activation_conceal_tests.rs"]
mod conceal_tests;
