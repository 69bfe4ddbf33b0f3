//! Translations: Fluent bundles for Russian, Kyrgyz and English. The server has all three
//! compiled in; the browser's WASM has none and is given a language's words when a device
//! first uses it ([`install`], fetched from [`words_path`] by the UI before it hydrates a page
//! or switches, the page's own preloaded by its `<head>`), so that the server's first render and
//! the tablet's hydration say the same words. wasm-split moves code into pieces, never data:
//! the three languages compiled in were 15 KB (brotli) of the main module every tablet loads
//! before its list, and a device needs one. Each language is two files ([`Part`]): a tablet
//! fetches the common words only, the desk's pages both.
//!
//! A message missing from Kyrgyz or English falls back to Russian, then to its key; a test
//! keeps the three languages' files in step. Kyrgyz strings awaiting a native speaker are listed in
//! `app/locales/ky-review.txt`.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::domain::Language;

mod terms;

pub use terms::{Direction, Strength, Term, moment_name, round_name};

/// A language's words come in two files: what every page may show (a tablet's group page
/// among them), and the desk's — what only the moderator's and the analyst's pages say
/// (console, projector, presentation, report, trust, new workshop), and the server's own
/// console. A tablet never fetches the
/// desk's: a third of the words, 3 KB of what it loads before its list over hotel Wi-Fi.
/// A test keeps every word the tablet's code names out of the desk's file
/// (`tests/keys_in_code.rs`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Part {
    Common,
    Desk,
}

impl Part {
    pub const ALL: [Part; 2] = [Part::Common, Part::Desk];

    /// The parts a page at `path` shows words from: a tablet's pages (the group page, the home
    /// page and a join link's) the common ones only; any other page both.
    pub fn for_page(path: &str) -> &'static [Part] {
        if crate::desk::is_desk_page(path) {
            &Part::ALL
        } else {
            &Part::ALL[..1]
        }
    }

    /// How its file's name ends: `ru.ftl`, `ru-desk.ftl`.
    pub fn file_suffix(self) -> &'static str {
        match self {
            Part::Common => ".ftl",
            Part::Desk => "-desk.ftl",
        }
    }
}

/// The languages compiled in, each part with its Fluent source.
#[cfg(not(feature = "hydrate"))]
pub const SOURCES: [(Language, Part, &str); 6] = [
    (
        Language::Ru,
        Part::Common,
        include_str!("../../locales/ru.ftl"),
    ),
    (
        Language::Ru,
        Part::Desk,
        include_str!("../../locales/ru-desk.ftl"),
    ),
    (
        Language::Ky,
        Part::Common,
        include_str!("../../locales/ky.ftl"),
    ),
    (
        Language::Ky,
        Part::Desk,
        include_str!("../../locales/ky-desk.ftl"),
    ),
    (
        Language::En,
        Part::Common,
        include_str!("../../locales/en.ftl"),
    ),
    (
        Language::En,
        Part::Desk,
        include_str!("../../locales/en-desk.ftl"),
    ),
];
#[cfg(feature = "hydrate")]
pub const SOURCES: [(Language, Part, &str); 0] = [];

/// Where the browser fetches `lang`'s words of `part`: the server's `/locales/<code>.ftl` (which
/// a tablet's service worker keeps for a reload offline) or `/locales/<code>-desk.ftl`.
pub fn words_path(lang: Language, part: Part) -> String {
    format!("/locales/{}{}", lang.code(), part.file_suffix())
}

/// The cookie that remembers a device's language.
pub const LANG_COOKIE: &str = "stakemap_lang";

type Bundle = FluentBundle<FluentResource>;

const SLOTS: usize = Language::ALL.len() * Part::ALL.len();

/// Each language's bundles (in [`Language::ALL`]'s order, its parts in [`Part::ALL`]'s),
/// parsed when first asked for: a tablet in Russian never parses the Kyrgyz and English
/// sources (on a slow tablet's CPU, part of the time to its first tap).
static BUNDLES: [OnceLock<Bundle>; SLOTS] = [const { OnceLock::new() }; SLOTS];

/// `lang`'s bundle from its Fluent `source`, or why it cannot be one.
fn bundle(lang: Language, part: Part, source: String) -> Result<Bundle, String> {
    let name = match part {
        Part::Common => lang.code().to_owned(),
        Part::Desk => format!("{} desk", lang.code()),
    };
    let langid = lang.code().parse().map_err(|e| format!("{e}"))?;
    let resource = FluentResource::try_new(source)
        .map_err(|(_, errors)| format!("the {name} words do not parse: {errors:?}"))?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Isolation marks (U+2068/U+2069) would show as boxes in plotters pictures and exports.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .map_err(|errors| format!("the {name} words repeat a message: {errors:?}"))?;
    Ok(bundle)
}

fn slot(lang: Language, part: Part) -> &'static OnceLock<Bundle> {
    let at = Language::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &BUNDLES[at * Part::ALL.len() + part as usize]
}

/// `lang`'s bundle of `part`: parsed from its compiled-in source when first asked for, or
/// installed.
fn find(lang: Language, part: Part) -> Option<&'static Bundle> {
    match SOURCES.iter().find(|(l, p, _)| *l == lang && *p == part) {
        Some((_, _, source)) => Some(slot(lang, part).get_or_init(|| {
            #[expect(clippy::expect_used, reason = "the compiled-in sources are tested")]
            bundle(lang, part, (*source).to_owned()).expect("a compiled-in locale parses")
        })),
        None => slot(lang, part).get(),
    }
}

/// The bundles a word is looked for in: `lang`'s, then Russian's (its fallback).
fn bundles(lang: Language) -> impl Iterator<Item = &'static Bundle> {
    [lang, Language::Ru]
        .into_iter()
        .flat_map(|l| Part::ALL.into_iter().filter_map(move |p| find(l, p)))
}

/// Whether `lang`'s words of `part` are here (compiled in or installed).
pub fn loaded(lang: Language, part: Part) -> bool {
    SOURCES.iter().any(|(l, p, _)| *l == lang && *p == part) || slot(lang, part).get().is_some()
}

/// Gives the browser `lang`'s words of `part` (the Fluent source the server sent); a second
/// call for the same ones keeps the first. A source that does not parse is refused and nothing
/// kept.
pub fn install(lang: Language, part: Part, source: String) -> Result<(), String> {
    let bundle = bundle(lang, part, source)?;
    let _first_kept = slot(lang, part).set(bundle);
    Ok(())
}

/// The message `key` in `lang`, with `args` filled in.
pub fn tr_with(lang: Language, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    for bundle in bundles(lang) {
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
    bundles(lang).any(|bundle| bundle.get_message(key).and_then(|m| m.value()).is_some())
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
