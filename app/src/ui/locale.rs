//! The language a device shows: chosen once, remembered in a cookie so that the server
//! renders the same words the browser hydrates.

use fluent_bundle::FluentValue;
use leptos::prelude::*;

use crate::domain::Language;
use crate::i18n;

#[derive(Clone, Copy)]
pub struct Locale {
    lang: RwSignal<Language>,
}

impl Locale {
    /// Provides the locale to the tree, starting from the device's remembered language.
    pub fn provide() -> Self {
        let locale = Self {
            lang: RwSignal::new(initial_language().unwrap_or_default()),
        };
        provide_context(locale);
        locale
    }

    pub fn lang(self) -> Language {
        self.lang.get()
    }

    pub fn set(self, lang: Language) {
        super::browser::remember_language(lang);
        self.lang.set(lang);
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
