//! Translations: Fluent bundles for Russian, Kyrgyz and English, compiled into the binary and
//! the WASM alike, so the server's first render and the tablet's hydration say the same words.
//!
//! A message missing from Kyrgyz or English falls back to Russian, then to its key; a test
//! keeps the three files in step. Kyrgyz strings awaiting a native speaker are listed in
//! `app/locales/ky-review.txt`.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::domain::Language;

mod terms;

pub use terms::{Direction, Strength, Term};

pub const SOURCES: [(Language, &str); 3] = [
    (Language::Ru, include_str!("../../locales/ru.ftl")),
    (Language::Ky, include_str!("../../locales/ky.ftl")),
    (Language::En, include_str!("../../locales/en.ftl")),
];

/// The cookie that remembers a device's language.
pub const LANG_COOKIE: &str = "stakemap_lang";

type Bundle = FluentBundle<FluentResource>;

/// Each language's bundle, parsed when first asked for: a tablet in Russian never parses the
/// Kyrgyz and English sources (on a slow tablet's CPU, part of the time to its first tap).
static BUNDLES: [OnceLock<Bundle>; SOURCES.len()] = [const { OnceLock::new() }; SOURCES.len()];

#[expect(clippy::expect_used, reason = "the locales are compiled in and tested")]
fn bundle(lang: Language, source: &str) -> Bundle {
    let langid = lang
        .code()
        .parse()
        .expect("language codes are valid identifiers");
    let resource = FluentResource::try_new(source.to_owned())
        .unwrap_or_else(|(_, errors)| panic!("{} locale does not parse: {errors:?}", lang.code()));
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Isolation marks (U+2068/U+2069) would show as boxes in plotters pictures and exports.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .expect("a locale defines each message once");
    bundle
}

#[expect(clippy::expect_used, reason = "SOURCES has every language")]
fn find(lang: Language) -> &'static Bundle {
    let at = SOURCES
        .iter()
        .position(|(l, _)| *l == lang)
        .expect("every language has a source");
    BUNDLES[at].get_or_init(|| bundle(lang, SOURCES[at].1))
}

/// The message `key` in `lang`, with `args` filled in.
pub fn tr_with(lang: Language, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    for lang in [lang, Language::Ru] {
        let bundle = find(lang);
        if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            return text.into_owned();
        }
    }
    key.to_owned()
}

/// Whether `lang` (or Russian, its fallback) has the message `key`.
pub fn has(lang: Language, key: &str) -> bool {
    [lang, Language::Ru]
        .iter()
        .any(|l| find(*l).get_message(key).and_then(|m| m.value()).is_some())
}

/// The message `key` in `lang`.
pub fn tr(lang: Language, key: &str) -> String {
    tr_with(lang, key, &[])
}

/// Reads the language cookie out of a `Cookie:` header value.
pub fn language_from_cookie_header(header: &str) -> Option<Language> {
    header.split(';').find_map(|pair| {
        let (name, value) = pair.trim().split_once('=')?;
        (name == LANG_COOKIE).then(|| Language::from_code(value))?
    })
}

#[cfg(test)]
mod tests;
