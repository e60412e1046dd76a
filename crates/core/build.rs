//! Finds the languages cloudboard speaks: one catalogue each, `locales/<code>.ftl` at the top
//! of the repository. It writes the `Lang` enum and the catalogues' list, so that a new
//! language is its file and nothing else (see README, "Language").

// A build script fails the build by panicking, its message what the person building reads.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let locales = Path::new(&manifest).join("../../locales");
    println!("cargo::rerun-if-changed={}", locales.display());

    let mut languages = Vec::new();
    for entry in std::fs::read_dir(&locales).expect("the locales directory is there") {
        let path = entry.expect("the locales directory reads").path();
        if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
            continue;
        }
        let code = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a catalogue's name is text")
            .to_string();
        assert!(
            is_language_code(&code),
            "{}: a catalogue is named by its language's code, as `fr.ftl` or `pt-BR.ftl`",
            path.display()
        );
        let source = std::fs::read_to_string(&path).expect("a catalogue reads as UTF-8");
        let name = own_name(&source).unwrap_or_else(|| {
            panic!(
                "{}: a catalogue says its language's name: `language-name = …`",
                path.display()
            )
        });
        let path = path.canonicalize().expect("the catalogue's path resolves");
        languages.push((code, name, path));
    }
    // English first: it is the reference every other language falls back to.
    languages.sort_by_key(|(code, ..)| (code != "en", code.clone()));
    assert!(
        languages.first().is_some_and(|(code, ..)| code == "en"),
        "locales/en.ftl, the reference catalogue, is missing"
    );

    let mut out = String::new();
    out.push_str(
        "/// A language cloudboard speaks: one for each catalogue in `locales/` (the build \
         script finds them), and a pseudo-language for finding words not yet in a catalogue.\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, \
         serde::Deserialize, clap::ValueEnum)]\npub enum Lang {\n",
    );
    for (index, (code, name, _)) in languages.iter().enumerate() {
        let default = if index == 0 { "    #[default]\n" } else { "" };
        writeln!(
            out,
            "    #[doc = {name:?}]\n{default}    #[serde(rename = {code:?})]\n    #[value(name = {code:?})]\n    {},",
            variant(code)
        )
        .unwrap();
    }
    out.push_str(
        "    /// English with every catalogue letter changed to an accented one: a word still \
         in plain letters on screen is in no catalogue.\n    #[serde(rename = \"pseudo\")]\n    \
         #[value(name = \"pseudo\", hide = true)]\n    Pseudo,\n}\n\n",
    );
    writeln!(
        out,
        "/// Every language with a catalogue, English first.\nconst SPOKEN: [Lang; {}] = [{}];\n",
        languages.len(),
        languages
            .iter()
            .map(|(code, ..)| format!("Lang::{}", variant(code)))
            .collect::<Vec<_>>()
            .join(", ")
    )
    .unwrap();
    writeln!(
        out,
        "/// Each language's code and catalogue, in the order of `SPOKEN`.\nconst CATALOGUES: [(&str, &str); {}] = [",
        languages.len()
    )
    .unwrap();
    for (code, _, path) in &languages {
        writeln!(
            out,
            "    ({code:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");

    let target =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("languages.rs");
    std::fs::write(target, out).expect("the generated list is written");
}

/// `fr`, `pt-BR`: a language, then a region if any.
fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let language = parts.next().unwrap_or_default();
    let region = parts.next();
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_lowercase())
        && region.is_none_or(|r| r.len() == 2 && r.bytes().all(|b| b.is_ascii_uppercase()))
        && parts.next().is_none()
}

/// `pt-BR` → `PtBr`.
fn variant(code: &str) -> String {
    code.split('-')
        .map(|part| {
            let lower = part.to_ascii_lowercase();
            let mut chars = lower.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// The catalogue's `language-name` message: the language's name in itself.
fn own_name(source: &str) -> Option<String> {
    source.lines().find_map(|line| {
        let (id, value) = line.split_once('=')?;
        (id.trim() == "language-name").then(|| value.trim().to_string())
    })
}
