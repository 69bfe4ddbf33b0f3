//! The light pages: the home page and a join link (`/join/K7M2QX`) come without the app's WASM.
//! They are what fifty tablets open first over one hotel Wi-Fi, so the server renders them
//! whole and a small script (`light.js`, inline with the page's nonce) makes them work: the
//! language buttons, joining, the remembered group. The app's code loads with the group page.
//!
//! In the browser's build these routes are `FullLoad`: the app reaches them by a link and
//! lets the server render them.

#[cfg(feature = "ssr")]
pub use server::{AppFiles, HomeFacts, LightScript, is_light};

/// What the browser's app shows for a light page it was led to: nothing, while the browser
/// loads the page from the server.
#[cfg(not(feature = "ssr"))]
#[leptos::component]
pub fn FullLoad() -> impl leptos::IntoView {
    use leptos::prelude::GetUntracked;
    let location = leptos_router::hooks::use_location();
    let target = format!(
        "{}{}",
        location.pathname.get_untracked(),
        location.search.get_untracked()
    );
    crate::ui::browser::load_fully(&target);
}

#[cfg(feature = "ssr")]
mod server {
    use std::collections::BTreeMap;

    use leptos::prelude::*;
    use serde::Serialize;

    use crate::i18n::{self, LANG_COOKIE, Term};
    use crate::ui::session::GROUP_KEY;
    use crate::wire::{DemoView, ErrorCode, ServerAddresses};

    /// The errors joining can meet, whose words the page carries for its script.
    const JOIN_ERRORS: [ErrorCode; 7] = [
        ErrorCode::BadJoinCode,
        ErrorCode::UnknownCode,
        ErrorCode::JoiningClosed,
        ErrorCode::RateLimited,
        ErrorCode::Busy,
        ErrorCode::Timeout,
        ErrorCode::Server,
    ];

    /// The script itself: small enough to send inline, so a light page needs no second request
    /// to work.
    const SCRIPT: &str = include_str!("light.js");

    /// Whether the page at `path` is a light page.
    pub fn is_light(path: &str) -> bool {
        path == "/"
            || path
                .strip_prefix("/join/")
                .is_some_and(|code| !code.is_empty() && !code.contains('/'))
    }

    /// What only the server knows for the home page, which it puts in the request's extensions
    /// before rendering it: the demo workshop, and on the server's own machine the addresses
    /// tablets can open.
    #[derive(Clone, Debug, Default)]
    pub struct HomeFacts {
        pub demo: Option<DemoView>,
        pub addresses: Option<ServerAddresses>,
    }

    impl HomeFacts {
        /// Those the server put beside this request, if any.
        pub fn of_request() -> Self {
            from_request().unwrap_or_default()
        }
    }

    /// The group page's main files (its script, its WASM, a split build's loader), which a
    /// light page fetches ahead so that the group page opens sooner. The server puts them in
    /// every request's extensions (shared: each request clones a pointer).
    #[derive(Clone, Debug, Default)]
    pub struct AppFiles(pub std::sync::Arc<[String]>);

    fn from_request<T: Clone + Send + Sync + 'static>() -> Option<T> {
        use_context::<http::request::Parts>().and_then(|parts| parts.extensions.get::<T>().cloned())
    }

    /// What the script needs from the server, read from the page (`#light-data`).
    #[derive(Serialize)]
    struct LightData {
        cookie: &'static str,
        group_key: &'static str,
        /// Each join error's words, by its code, and `network` for no answer at all.
        errors: BTreeMap<&'static str, String>,
        /// A join link's code, joined as soon as the page opens.
        join_code: Option<String>,
        /// Whether to register the service worker: the home page, where a tablet waits while
        /// its code is typed, fetches the group page's files then.
        keep_files: bool,
        /// The group page's main files and words, fetched ahead where no service worker does.
        ahead: Vec<String>,
    }

    /// The script and its data, last in a light page's `<main>`: the elements it works on are
    /// parsed by the time it runs.
    #[component]
    pub fn LightScript(join_code: Option<String>) -> impl IntoView {
        let lang = crate::ui::locale::use_locale().lang();
        let mut errors: BTreeMap<&'static str, String> = JOIN_ERRORS
            .into_iter()
            .map(|code| (code.as_str(), code.word(lang)))
            .collect();
        errors.insert("network", i18n::tr(lang, "error-network"));
        let data = LightData {
            cookie: LANG_COOKIE,
            group_key: GROUP_KEY,
            errors,
            keep_files: join_code.is_none(),
            join_code,
            ahead: from_request::<AppFiles>()
                .unwrap_or_default()
                .0
                .iter()
                .cloned()
                .chain([i18n::words_path(lang, i18n::Part::Common)])
                .collect(),
        };
        // A data block, never run; `<` escaped so that no text in it can end the element.
        let json = serde_json::to_string(&data)
            .unwrap_or_default()
            .replace('<', "\\u003c");
        // The data block runs nothing, but carries the nonce too: no `<script>` without it.
        let nonce = leptos::nonce::use_nonce();
        view! {
            <script
                type="application/json"
                id="light-data"
                nonce=nonce.clone()
                inner_html=json
            ></script>
            <script nonce=nonce inner_html=SCRIPT></script>
        }
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests;
