//! The configuration file: every provider endpoint with its real default, and the choices a
//! person makes once (partner token, Cleura API version, CloudSigma location).
//!
//! Only what the first screen needs is read before the first frame; the file is small, so
//! that is all of it, but nothing here touches the network or the keyring.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::lang::{self, Lang};

/// Where a Cozy partner token comes from when the config file has none.
pub const COZY_TOKEN_ENV: &str = "CLOUDBOARD_COZY_TOKEN";

/// The sample shipped in `assets/`, also what `--help` points to.
pub const SAMPLE: &str = include_str!("../../../assets/config.sample.toml");

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The language people read cloudboard in (`en`, `fr`). Unset in the file, the
    /// environment chooses (see `lang::resolve`); once `choose_lang` ran, the run's.
    pub lang: Option<Lang>,
    pub cozy: CozyConfig,
    pub cleura: CleuraConfig,
    pub cloudsigma: CloudSigmaConfig,
    pub secrets: SecretsConfig,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct CozyConfig {
    /// The Cloudery API root; paths such as `/v1/instances` are appended.
    pub api: String,
    /// The Cloudery web root; the onboarding page is `{web}/v2/{partner}/onboard`.
    pub web: String,
    pub partner: String,
    /// The partner's public token. Prefer `CLOUDBOARD_COZY_TOKEN` over writing it here.
    pub token: Option<String>,
    pub offer: String,
    /// The partner's domains offered on the address screen; the first is the default.
    pub domains: Vec<String>,
    /// The language the Cloudery sets up the new Cozy in. Unset: cloudboard's language
    /// (see `locale_in`); set to "", none is sent.
    pub locale: Option<String>,
    /// A universal link for mobile onboarding; when set, activation ends there.
    pub redirect: Option<String>,
    /// Where a new instance answers, `{fqdn}` standing for `slug.domain`.
    pub instance_url: String,
    /// The version of the terms the person accepts, in cozy-stack's form (see
    /// `check_terms_version`).
    pub terms_version: String,
    /// Where the terms are read. Unset: Cozy's page in cloudboard's language (see
    /// `terms_url_in`).
    pub terms_url: Option<String>,
    /// The routes a public token opens, as the Cloudery guide's prose and API reference name
    /// them: tried first.
    pub public_routes: CozyRoutes,
    /// The routes of the guide's code sample: tried when the other pair answers 404.
    pub partner_routes: CozyRoutes,
}

/// Where the Cloudery creates an instance and shows a workflow, relative to `api`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct CozyRoutes {
    pub create: String,
    /// The workflow's id is appended as one more path segment.
    pub workflow: String,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum CleuraApi {
    #[default]
    V1,
    V2,
}

impl CleuraApi {
    pub fn label(self) -> &'static str {
        match self {
            CleuraApi::V1 => "v1",
            CleuraApi::V2 => "v2",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct CleuraConfig {
    pub endpoint: String,
    pub api: CleuraApi,
    /// Remembered so that the sign-in screen starts with it.
    pub login: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct CloudSigmaConfig {
    /// A location code such as `zrh`, or `custom` with `custom_api` set.
    pub location: String,
    /// A partner's own API address, `https://host/api/2.0/`.
    pub custom_api: Option<String>,
    /// Every location at one address pattern, `{loc}` standing for the location's code in
    /// lowercase (a sandbox, a proxy). Unset: each location at its own API address, as
    /// CloudSigma lists it (several are on partners' hosts, so no one pattern fits them all).
    pub api_template: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum SecretStore {
    /// The best keyring that answers in time (desktop, then kernel), else a file only the
    /// user can read.
    #[default]
    Auto,
    Keyring,
    File,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
#[serde(default, deny_unknown_fields)]
pub struct SecretsConfig {
    pub store: SecretStore,
}

impl Default for CozyConfig {
    fn default() -> Self {
        CozyConfig {
            api: "https://manager.cozycloud.cc/api".into(),
            web: "https://manager.cozycloud.cc".into(),
            partner: "cozy".into(),
            token: None,
            offer: "cozy_default".into(),
            domains: vec!["mycozy.cloud".into()],
            locale: None,
            redirect: None,
            instance_url: "https://{fqdn}".into(),
            terms_version: "1.0.0".into(),
            terms_url: None,
            public_routes: CozyRoutes {
                create: "public/instances".into(),
                workflow: "v1/public/workflows".into(),
            },
            partner_routes: CozyRoutes {
                create: "v1/instances".into(),
                workflow: "v1/workflows".into(),
            },
        }
    }
}

impl CozyConfig {
    /// The locale a new Cozy is created with: the config file's, else `lang`'s.
    pub fn locale_in(&self, lang: Lang) -> &str {
        self.locale.as_deref().unwrap_or(lang.code())
    }

    /// Where the terms are read: the config file's address, else Cozy's page in `lang`.
    pub fn terms_url_in(&self, lang: Lang) -> std::borrow::Cow<'_, str> {
        match &self.terms_url {
            Some(url) => url.as_str().into(),
            None => lang::tr(lang, "cozy-terms-url"),
        }
    }
}

impl Default for CleuraConfig {
    fn default() -> Self {
        CleuraConfig {
            endpoint: "https://rest.cleura.cloud".into(),
            api: CleuraApi::V1,
            login: None,
        }
    }
}

impl Default for CloudSigmaConfig {
    fn default() -> Self {
        CloudSigmaConfig {
            location: "zrh".into(),
            custom_api: None,
            api_template: None,
        }
    }
}

/// A config file that cannot be used. What the system, the TOML reader and the checks say
/// is kept as they said it; cloudboard's own words around it are said in the reader's
/// language (`said_in`).
#[derive(Debug)]
pub enum ConfigError {
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Not TOML, or not the expected keys: where (when the reader knows) and its words.
    Parse {
        path: PathBuf,
        place: Option<Place>,
        said: String,
    },
    Invalid {
        path: PathBuf,
        message: String,
    },
}

/// A line and a column in a text, counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub line: usize,
    pub column: usize,
}

impl ConfigError {
    pub fn said_in(&self, lang: Lang) -> String {
        match self {
            ConfigError::Read { path, source } => lang::tr_args(
                lang,
                "shared-config-unreadable",
                &[
                    ("path", path.display().to_string().into()),
                    ("why", crate::store::io_said_in(lang, source).into()),
                ],
            ),
            ConfigError::Parse { path, place, said } => lang::tr_args(
                lang,
                "shared-config-not-valid",
                &[
                    ("path", path.display().to_string().into()),
                    ("why", placed_in(lang, *place, said).into()),
                ],
            ),
            ConfigError::Invalid { path, message } => lang::tr_args(
                lang,
                "shared-config-invalid",
                &[
                    ("path", path.display().to_string().into()),
                    ("why", message.into()),
                ],
            ),
        }
        .into_owned()
    }
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said_in(Lang::En))
    }
}

impl std::error::Error for ConfigError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ConfigError::Read { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl Config {
    /// Reads `path`; a missing file is the defaults (a fresh machine has none).
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = match crate::store::read_small_text(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(source) => {
                return Err(ConfigError::Read {
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        let config: Config = toml::from_str(&text).map_err(|e| ConfigError::Parse {
            path: path.to_path_buf(),
            place: place(&text, &e),
            said: e.message().to_string(),
        })?;
        config.check().map_err(|message| ConfigError::Invalid {
            path: path.to_path_buf(),
            message,
        })?;
        Ok(config)
    }

    /// Every endpoint must parse, and one that leaves this machine must be https: a token or
    /// password must never cross a network in clear.
    pub fn check(&self) -> Result<(), String> {
        let endpoints = [
            ("cozy.api", self.cozy.api.as_str()),
            ("cozy.web", self.cozy.web.as_str()),
            ("cleura.endpoint", self.cleura.endpoint.as_str()),
        ];
        for (name, value) in endpoints {
            check_endpoint(value).map_err(|why| format!("{name} = \"{value}\": {why}"))?;
        }
        let instance = self
            .cozy
            .instance_url
            .replace("{fqdn}", "example.mycozy.cloud");
        check_endpoint(&instance)
            .map_err(|why| format!("cozy.instance_url = \"{}\": {why}", self.cozy.instance_url))?;
        if let Some(template) = &self.cloudsigma.api_template {
            check_endpoint(&template.replace("{loc}", "zrh"))
                .map_err(|why| format!("cloudsigma.api_template = \"{template}\": {why}"))?;
        }
        if let Some(custom) = &self.cloudsigma.custom_api {
            check_endpoint(custom)
                .map_err(|why| format!("cloudsigma.custom_api = \"{custom}\": {why}"))?;
        }
        if let Some(redirect) = &self.cozy.redirect {
            // The activation ends there, with the register token in its query: it must not
            // cross a network in clear. A phone's universal link is https, a custom scheme
            // (an app's) stays on the device.
            let url = url::Url::parse(redirect)
                .map_err(|e| format!("cozy.redirect = \"{redirect}\": not a URL ({e})"))?;
            if url.scheme() == "http" {
                check_endpoint(redirect)
                    .map_err(|why| format!("cozy.redirect = \"{redirect}\": {why}"))?;
            }
        }
        if !self.cozy.instance_url.contains("{fqdn}") {
            return Err(format!(
                "cozy.instance_url = \"{}\": it must contain {{fqdn}}, where the new Cozy's \
                 address goes (like https://{{fqdn}})",
                self.cozy.instance_url
            ));
        }
        if self.cozy.domains.is_empty() {
            return Err("cozy.domains must list at least one domain".into());
        }
        check_terms_version(&self.cozy.terms_version).map_err(|why| {
            format!(
                "cozy.terms_version = \"{}\": {why}",
                self.cozy.terms_version
            )
        })?;
        Ok(())
    }

    /// The language of this run (English until `choose_lang` ran, if the file sets none).
    pub fn lang(&self) -> Lang {
        self.lang.unwrap_or_default()
    }

    /// Settles the language of this run: `flag` (`--lang`), else the file's, else the
    /// environment's (`lang::resolve`).
    pub fn choose_lang(&mut self, flag: Option<Lang>) {
        self.lang = Some(lang::resolve(flag, self.lang, |name| {
            std::env::var(name).ok()
        }));
    }

    /// Takes what the environment gives for this run: the Cozy partner token from
    /// `CLOUDBOARD_COZY_TOKEN` when the file has none (so the first screen knows whether
    /// creating from the terminal can work).
    pub fn take_environment(&mut self) {
        if self
            .cozy
            .token
            .as_deref()
            .is_none_or(|t| t.trim().is_empty())
            && let Ok(token) = std::env::var(COZY_TOKEN_ENV)
            && !token.trim().is_empty()
        {
            self.cozy.token = Some(token.trim().to_string());
        }
    }

    /// Points every provider at one sandbox, as laid out in PROVIDERS.md §4.
    pub fn point_at_sandbox(&mut self, base: &str) {
        let base = base.trim_end_matches('/');
        self.cozy.api = format!("{base}/cozy/api");
        self.cozy.web = format!("{base}/cozy");
        self.cozy.instance_url = format!("{base}/cozy/instances/{{fqdn}}");
        // A sandbox token set on purpose (its partner token, to try the partner routes)
        // stays; any other never leaves for a sandbox.
        if !self
            .cozy
            .token
            .as_deref()
            .is_some_and(|t| t.starts_with("sandbox-"))
        {
            self.cozy.token = Some("sandbox-token".into());
        }
        self.cozy.partner = "cozy".into();
        self.cozy.offer = "cozy_default".into();
        self.cozy.domains = vec!["mycozy.cloud".into()];
        self.cleura.endpoint = format!("{base}/cleura");
        self.cloudsigma.api_template = Some(format!("{base}/cloudsigma/api/2.0/"));
        self.cloudsigma.custom_api = None;
    }
}

/// A TOML error with where it is: "line 3, column 7: …".
pub fn with_place(text: &str, error: &toml::de::Error) -> String {
    with_place_in(Lang::En, text, error)
}

/// `with_place`, in `lang` (the TOML reader's words stay as it said them).
pub fn with_place_in(lang: Lang, text: &str, error: &toml::de::Error) -> String {
    placed_in(lang, place(text, error), error.message())
}

fn place(text: &str, error: &toml::de::Error) -> Option<Place> {
    let span = error.span()?;
    let before = &text[..span.start.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .unwrap_or_default()
        .chars()
        .count()
        + 1;
    Some(Place { line, column })
}

fn placed_in(lang: Lang, place: Option<Place>, said: &str) -> String {
    match place {
        Some(Place { line, column }) => lang::tr_args(
            lang,
            "shared-config-place",
            &[
                ("line", line.to_string().into()),
                ("column", column.to_string().into()),
                ("said", said.into()),
            ],
        )
        .into_owned(),
        None => said.to_string(),
    }
}

/// A terms version as cozy-stack reads it (`model/instance/tos.go`, `ParseTOSVersion`):
/// `A.B.C` (a leading `v` allowed), optionally `-YYYYMMDD`, or `YYYYMMDD` alone. Another
/// form would be stored but count as "not signed" on the new instance.
pub fn check_terms_version(version: &str) -> Result<(), String> {
    const FORMS: &str = "use cozy-stack's form, A.B.C or A.B.C-YYYYMMDD (like 1.0.0 or \
                         1.0.0-20240501), or YYYYMMDD";
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if version.len() == 8 && digits(version) {
        return valid_date(version).ok_or(format!("{version} is not a date: {FORMS}"));
    }
    let numbers = version.strip_prefix('v').unwrap_or(version);
    let (numbers, date) = match numbers.split_once('-') {
        Some((numbers, date)) => (numbers, Some(date)),
        None => (numbers, None),
    };
    let parts: Vec<&str> = numbers.split('.').collect();
    if parts.len() != 3 || !parts.iter().all(|p| digits(p)) {
        return Err(FORMS.to_string());
    }
    match date {
        Some(date) if date.len() != 8 || !digits(date) || valid_date(date).is_none() => {
            Err(format!("-{date} is not a date (YYYYMMDD): {FORMS}"))
        }
        _ => Ok(()),
    }
}

/// `YYYYMMDD` names a day of the calendar.
fn valid_date(text: &str) -> Option<()> {
    let year: u32 = text.get(0..4)?.parse().ok()?;
    let month: u32 = text.get(4..6)?.parse().ok()?;
    let day: u32 = text.get(6..8)?.parse().ok()?;
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&day).then_some(())
}

/// Loopback may be plain http (the sandbox, a local proxy); anything else must be https.
pub fn check_endpoint(value: &str) -> Result<url::Url, String> {
    usable_endpoint(value).map_err(|unusable| unusable.to_string())
}

/// `check_endpoint`, why an address is not usable a value, which a screen says in its
/// language.
pub fn usable_endpoint(value: &str) -> Result<url::Url, UnusableEndpoint> {
    let url = url::Url::parse(value).map_err(UnusableEndpoint::NotUrl)?;
    match url.scheme() {
        "https" => Ok(url),
        "http" if is_loopback(&url) => Ok(url),
        "http" => Err(UnusableEndpoint::PlainHttp),
        other => Err(UnusableEndpoint::Scheme(other.to_string())),
    }
}

/// Why an address cannot be an endpoint; in English, as `check_endpoint` says it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UnusableEndpoint {
    /// Not a URL at all; the parser's words say why.
    #[error("not a URL ({0})")]
    NotUrl(url::ParseError),
    /// Plain http to another machine.
    #[error("plain http is only allowed on this machine (loopback); use https")]
    PlainHttp,
    #[error("the scheme {0}: is not http or https")]
    Scheme(String),
}

impl UnusableEndpoint {
    /// Why, in `lang`. The URL parser's words are translated for the mistakes a person
    /// types (an empty host, a bad port, IP address or domain character); any other is
    /// said as the parser said it.
    pub fn said(&self, lang: Lang) -> String {
        match self {
            UnusableEndpoint::NotUrl(error) => {
                let detail = match error {
                    url::ParseError::EmptyHost => lang::tr(lang, "shared-endpoint-empty-host"),
                    url::ParseError::InvalidPort => lang::tr(lang, "shared-endpoint-port"),
                    url::ParseError::InvalidIpv4Address | url::ParseError::InvalidIpv6Address => {
                        lang::tr(lang, "shared-endpoint-ip")
                    }
                    url::ParseError::InvalidDomainCharacter => {
                        lang::tr(lang, "shared-endpoint-domain")
                    }
                    other => other.to_string().into(),
                };
                lang::tr_args(
                    lang,
                    "shared-endpoint-not-url",
                    &[("why", detail.as_ref().into())],
                )
            }
            UnusableEndpoint::PlainHttp => lang::tr(lang, "shared-endpoint-plain-http"),
            UnusableEndpoint::Scheme(scheme) => lang::tr_args(
                lang,
                "shared-endpoint-scheme",
                &[("scheme", scheme.as_str().into())],
            ),
        }
        .into_owned()
    }
}

pub fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_parses_to_the_defaults() {
        let parsed: Config = toml::from_str(SAMPLE).expect("sample parses");
        assert_eq!(parsed, Config::default());
    }

    #[test]
    fn plain_http_is_refused_off_loopback() {
        assert!(check_endpoint("http://127.0.0.1:8080/x").is_ok());
        assert!(check_endpoint("http://localhost/x").is_ok());
        assert!(check_endpoint("http://[::1]/").is_ok());
        assert!(check_endpoint("https://rest.cleura.cloud").is_ok());
        let err = check_endpoint("http://rest.cleura.cloud").unwrap_err();
        assert!(err.contains("https"), "{err}");
        assert!(check_endpoint("ftp://x").is_err());
    }

    #[test]
    fn a_config_with_an_http_endpoint_is_reported_with_its_name() {
        let mut config = Config::default();
        config.cleura.endpoint = "http://example.org".into();
        let err = config.check().unwrap_err();
        assert!(err.starts_with("cleura.endpoint"), "{err}");
    }

    #[test]
    fn the_redirect_keeps_the_token_off_the_network_and_the_instance_url_names_the_fqdn() {
        let mut config = Config::default();
        config.cozy.redirect = Some("http://app.example.org/onboarding".into());
        assert!(config.check().unwrap_err().starts_with("cozy.redirect"));
        for fine in [
            "https://app.example.org/onboarding",
            "http://127.0.0.1:9/done",
            "cozydrive://onboarding",
        ] {
            config.cozy.redirect = Some(fine.into());
            assert_eq!(config.check(), Ok(()), "{fine}");
        }
        let mut config = Config::default();
        config.cozy.instance_url = "https://mycozy.cloud".into();
        let err = config.check().unwrap_err();
        assert!(
            err.starts_with("cozy.instance_url") && err.contains("{fqdn}"),
            "{err}"
        );
    }

    #[test]
    fn terms_versions_are_in_cozy_stack_s_form() {
        for ok in ["1.0.0", "v2.1.0", "1.0.0-20240501", "20240229", "10.20.30"] {
            assert_eq!(check_terms_version(ok), Ok(()), "{ok}");
        }
        for bad in [
            "2024-05",
            "1.0",
            "1",
            "1.0.0-beta",
            "1.0.0-2024-01-01",
            "20230229",
            "20241301",
            "abc",
            "",
        ] {
            assert!(check_terms_version(bad).is_err(), "{bad}");
        }
        let mut config = Config::default();
        config.cozy.terms_version = "2024-05".into();
        let err = config.check().unwrap_err();
        assert!(err.starts_with("cozy.terms_version = \"2024-05\""), "{err}");
    }

    #[test]
    fn a_broken_file_says_where() {
        let dir = std::env::temp_dir().join(format!("cloudboard-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("broken.toml");
        std::fs::write(&path, "[cozy]\napi = \"https://x\"\noffer = 12\n").unwrap();
        let err = Config::load(&path).unwrap_err().to_string();
        assert!(err.contains("line 3, column 9"), "{err}");
        std::fs::write(&path, "# ".repeat(200_000)).unwrap();
        let err = Config::load(&path).unwrap_err().to_string();
        assert!(err.contains("larger than"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn unknown_keys_are_refused_not_ignored() {
        let err = toml::from_str::<Config>("[cozy]\napi_url = \"https://x\"\n").unwrap_err();
        assert!(err.message().contains("api_url"), "{}", err.message());
    }

    #[test]
    fn the_language_locale_and_terms_page_are_the_file_s_when_set() {
        let config: Config = toml::from_str(
            "lang = \"fr\"\n[cozy]\nlocale = \"en\"\nterms_url = \"https://p.example/t\"\n",
        )
        .unwrap();
        assert_eq!(config.lang(), Lang::Fr);
        assert_eq!(config.cozy.locale_in(Lang::Fr), "en");
        assert_eq!(config.cozy.terms_url_in(Lang::Fr), "https://p.example/t");
        let unset = Config::default();
        assert_eq!(unset.lang, None);
        assert_eq!(unset.lang(), Lang::En);
        assert_eq!(unset.cozy.locale_in(Lang::Fr), "fr");
        assert_eq!(unset.cozy.locale_in(Lang::En), "en");
        assert_eq!(
            unset.cozy.terms_url_in(Lang::Fr),
            "https://cozy.io/fr/terms-of-service/"
        );
        assert_eq!(
            unset.cozy.terms_url_in(Lang::En),
            "https://cozy.io/en/terms-of-service/"
        );
        let err = toml::from_str::<Config>("lang = \"de\"\n").unwrap_err();
        assert!(
            err.message().contains("unknown variant `de`"),
            "{}",
            err.message()
        );
    }

    #[test]
    fn a_missing_file_is_the_defaults() {
        let config = Config::load(Path::new("/nonexistent/cloudboard.toml")).expect("defaults");
        assert_eq!(config, Config::default());
    }

    #[test]
    fn a_broken_config_file_is_said_in_the_readers_language_where_it_breaks() {
        let dir = std::env::temp_dir().join(format!("cb-config-said-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let broken = dir.join("broken.toml");
        std::fs::write(&broken, "[cozy\napi = ").unwrap();
        let error = Config::load(&broken).unwrap_err();
        let path = broken.display();
        assert!(
            error.to_string().starts_with(&format!(
                "the config file {path} is not valid: line 1, column "
            )),
            "{error}"
        );
        assert!(
            error.said_in(Lang::Fr).starts_with(&format!(
                "fichier de configuration {path} invalide\u{a0}: ligne 1, colonne "
            )),
            "{}",
            error.said_in(Lang::Fr)
        );
        let large = dir.join("large.toml");
        std::fs::write(&large, vec![b'#'; 300 * 1024]).unwrap();
        let error = Config::load(&large).unwrap_err();
        assert_eq!(
            error.to_string(),
            format!(
                "cannot read the config file {}: it is larger than 256 KiB",
                large.display()
            )
        );
        assert!(
            error
                .said_in(Lang::Fr)
                .ends_with("\u{a0}: il dépasse 256 Kio"),
            "{}",
            error.said_in(Lang::Fr)
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
