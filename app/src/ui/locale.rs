//! The language a device shows: chosen once, remembered in a cookie so that the server
//! renders the same words the browser hydrates. The browser fetches a language's words
//! (`/locales/<code>.ftl`, and on the desk's pages `/locales/<code>-desk.ftl` too) before it
//! hydrates a page in it or shows it ([`words_for_the_page`], [`Locale::show`]): its WASM
//! carries none.

use fluent_bundle::FluentValue;
use leptos::prelude::*;

use crate::domain::Language;
use crate::i18n::{self, Part};

#[derive(Clone, Copy)]
pub struct Locale {
    lang: RwSignal<Language>,
    /// The language last asked for, shown once its words are here: a slow fetch for an
    /// earlier choice must not win over a later one.
    wanted: StoredValue<Language>,
}

impl Locale {
    /// Provides the locale to the tree, starting from the device's remembered language.
    pub fn provide() -> Self {
        let locale = Self {
            lang: RwSignal::new(page_language()),
            wanted: StoredValue::new(page_language()),
        };
        provide_context(locale);
        locale
    }

    pub fn lang(self) -> Language {
        self.lang.get()
    }

    /// Shows `lang` and remembers it for the device.
    pub fn set(self, lang: Language) {
        super::browser::remember_language(lang);
        self.show(lang);
    }

    /// Shows `lang` (the device's choice stays as it was), once its words are here: fetched
    /// first when this browser has not got them. Without them (offline, and the service
    /// worker never kept them) the page stays in its language.
    pub fn show(self, lang: Language) {
        self.wanted.set_value(lang);
        if all_loaded(lang) {
            self.lang.set(lang);
            return;
        }
        leptos::task::spawn_local(async move {
            fetch_words(lang).await;
            // Unless the page has gone meanwhile, or another language was asked for since.
            if all_loaded(lang) && self.wanted.try_get_value() == Some(lang) {
                let _gone = self.lang.try_set(lang);
            }
        });
    }

    /// Translates `key` (reactive when called inside a closure in a view).
    pub fn t(self, key: &str) -> String {
        i18n::tr(self.lang.get(), key)
    }

    pub fn t_with(self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        i18n::tr_with(self.lang.get(), key, args)
    }

    /// The word for `term` (reactive like [`Locale::t`]).
    pub fn word(self, term: &impl i18n::Term) -> String {
        term.word(self.lang.get())
    }
}

pub fn use_locale() -> Locale {
    expect_context::<Locale>()
}

/// The language the server renders this request's page in: the device's choice, or Russian.
pub fn page_language() -> Language {
    initial_language().unwrap_or_default()
}

/// Before hydrating: the words of the language the server rendered the page in, so that
/// hydration finds the same text.
pub async fn words_for_the_page() {
    let lang = page_language();
    if !all_loaded(lang) {
        fetch_words(lang).await;
    }
}

/// The parts of a language's words this page shows (`i18n::Part::for_page`).
pub fn page_parts() -> &'static [Part] {
    Part::for_page(&page_path())
}

fn all_loaded(lang: Language) -> bool {
    page_parts().iter().all(|part| i18n::loaded(lang, *part))
}

/// Fetches the parts of `lang`'s words this page shows that are not here yet, one after
/// the other (the page's `<head>` has asked for its language's already).
#[cfg(feature = "hydrate")]
async fn fetch_words(lang: Language) {
    for part in page_parts() {
        if i18n::loaded(lang, *part) {
            continue;
        }
        let source = match gloo_net::http::Request::get(&i18n::words_path(lang, *part))
            .send()
            .await
        {
            Ok(response) if response.ok() => response.text().await.ok(),
            _ => None,
        };
        if let Some(source) = source
            && let Err(problem) = i18n::install(lang, *part, source)
        {
            leptos::logging::warn!("{problem}");
        }
    }
}

// The server has every language compiled in.
#[cfg(not(feature = "hydrate"))]
async fn fetch_words(_: Language) {}

/// The path of the page this is: the request's on the server, the address's in the browser.
#[cfg(feature = "ssr")]
pub fn page_path() -> String {
    use_context::<http::request::Parts>()
        .map(|parts| parts.uri.path().to_owned())
        .unwrap_or_default()
}

#[cfg(not(feature = "ssr"))]
pub fn page_path() -> String {
    super::browser::path()
}

#[cfg(feature = "ssr")]
fn initial_language() -> Option<Language> {
    let parts = use_context::<http::request::Parts>()?;
    let header = parts.headers.get(http::header::COOKIE)?.to_str().ok()?;
    i18n::language_from_cookie_header(header)
}

#[cfg(not(feature = "ssr"))]
fn initial_language() -> Option<Language> {
    super::browser::cookie_header().and_then(|h| i18n::language_from_cookie_header(&h))
}
