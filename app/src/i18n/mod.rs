//! Translations: Fluent bundles for Russian, Kyrgyz and English. The server has all three
//! compiled in; the browser's WASM has none and is given a language's words when a device
//! first uses it ([`install`], fetched from [`words_path`] by the UI before it hydrates a page
//! or switches, the page's own preloaded by its `<head>`), so that the server's first render and
//! the tablet's hydration say the same words. wasm-split moves code into pieces, never data:
//! the three languages compiled in were 15 KB (brotli) of the main module every tablet loads
//! before its list, and a device needs one.
//!
//! A message missing from Kyrgyz or English falls back to Russian, then to its key; a test
//! keeps the three files in step. Kyrgyz strings awaiting a native speaker are listed in
//! `app/locales/ky-review.txt`.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::domain::Language;

mod terms;

pub use terms::{Direction, Strength, Term, moment_name, round_name};

/// The languages compiled in, each with its Fluent source.
#[cfg(not(feature = "hydrate"))]
pub const SOURCES: [(Language, &str); 3] = [
    (Language::Ru, include_str!("../../locales/ru.ftl")),
    (Language::Ky, include_str!("../../locales/ky.ftl")),
    (Language::En, include_str!("../../locales/en.ftl")),
];
#[cfg(feature = "hydrate")]
pub const SOURCES: [(Language, &str); 0] = [];

/// Where the browser fetches `lang`'s words: the server's `/locales/<code>.ftl`, which a
/// tablet's service worker keeps for a reload offline.
pub fn words_path(lang: Language) -> String {
    format!("/locales/{}.ftl", lang.code())
}

/// The cookie that remembers a device's language.
pub const LANG_COOKIE: &str = "stakemap_lang";

type Bundle = FluentBundle<FluentResource>;

/// Each language's bundle (in [`Language::ALL`]'s order), parsed when first asked for: a
/// tablet in Russian never parses the Kyrgyz and English sources (on a slow tablet's CPU, part
/// of the time to its first tap).
static BUNDLES: [OnceLock<Bundle>; Language::ALL.len()] =
    [const { OnceLock::new() }; Language::ALL.len()];

/// `lang`'s bundle from its Fluent `source`, or why it cannot be one.
fn bundle(lang: Language, source: String) -> Result<Bundle, String> {
    let langid = lang.code().parse().map_err(|e| format!("{e}"))?;
    let resource = FluentResource::try_new(source)
        .map_err(|(_, errors)| format!("the {} words do not parse: {errors:?}", lang.code()))?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Isolation marks (U+2068/U+2069) would show as boxes in plotters pictures and exports.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .map_err(|errors| format!("the {} words repeat a message: {errors:?}", lang.code()))?;
    Ok(bundle)
}

fn slot(lang: Language) -> &'static OnceLock<Bundle> {
    let at = Language::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &BUNDLES[at]
}

/// `lang`'s bundle: parsed from its compiled-in source when first asked for, or installed.
fn find(lang: Language) -> Option<&'static Bundle> {
    match SOURCES.iter().find(|(l, _)| *l == lang) {
        Some((_, source)) => Some(slot(lang).get_or_init(|| {
            #[expect(clippy::expect_used, reason = "the compiled-in sources are tested")]
            bundle(lang, (*source).to_owned()).expect("a compiled-in locale parses")
        })),
        None => slot(lang).get(),
    }
}

/// Whether `lang`'s words are here (compiled in or installed).
pub fn loaded(lang: Language) -> bool {
    SOURCES.iter().any(|(l, _)| *l == lang) || slot(lang).get().is_some()
}

/// Gives the browser `lang`'s words (the Fluent source the server sent); a second call for the
/// same language keeps the first. A source that does not parse is refused and nothing kept.
pub fn install(lang: Language, source: String) -> Result<(), String> {
    let bundle = bundle(lang, source)?;
    let _first_kept = slot(lang).set(bundle);
    Ok(())
}

/// The message `key` in `lang`, with `args` filled in.
pub fn tr_with(lang: Language, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    for lang in [lang, Language::Ru] {
        let Some(bundle) = find(lang) else { continue };
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
        .filter_map(|l| find(*l))
        .any(|bundle| bundle.get_message(key).and_then(|m| m.value()).is_some())
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
