//! The Leptos UI: the HTML shell, the router and the pages. Data comes from `/api/v1` through
//! [`client`] after hydration, so the server's render and the browser's first render agree.

mod browser;
mod client;
mod components;
mod live;
mod locale;
mod pages;
#[cfg(feature = "ssr")]
mod policy;
mod session;

use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, Html, MetaTags, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{Lazy, path};

pub use locale::{Locale, words_for_the_page};
#[cfg(feature = "ssr")]
pub use pages::{AppFiles, HomeFacts};

/// Marks the page interactive (`data-hydrated`, `performance.mark("hydrated")`: what the
/// browser tests and the page-load benchmark wait for) and registers the service worker.
/// Called once the whole page is hydrated, its lazy piece included.
#[cfg(feature = "hydrate")]
pub fn mark_hydrated() {
    browser::mark_hydrated();
}

/// The HTML document the server renders around the app.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    policy::send_page_policy();
    // A light page (the home page, a join link) works without the app's code: its script is
    // in the page itself (`pages::light`).
    #[cfg(feature = "ssr")]
    let light =
        use_context::<http::request::Parts>().is_some_and(|p| pages::is_light(p.uri.path()));
    #[cfg(not(feature = "ssr"))]
    let light = false;
    let app_code = (!light).then(|| {
        // The page's words, which the app fetches before it hydrates (its WASM carries none):
        // asked for beside the WASM rather than after it.
        let lang = locale::page_language();
        let words = locale::page_parts()
            .iter()
            .map(|part| {
                let href = crate::i18n::words_path(lang, *part);
                view! { <link rel="preload" href=href r#as="fetch" crossorigin="anonymous" /> }
            })
            .collect_view();
        // The desk's pages have styles of their own too, after the common ones: a tablet
        // never fetches them.
        let desk_styles = crate::desk::is_desk_page(&locale::page_path())
            .then(|| view! { <link rel="stylesheet" href="/desk.css" /> });
        view! {
            {words}
            {desk_styles}
            <AutoReload options=options.clone() />
            <HydrationScripts options=options.clone() />
        }
    });
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="theme-color" content="#0b3d91" />
                <link rel="icon" href="/favicon.ico" />
                // Its name carries cargo-leptos' hash when the site is built with hashed names
                // (`scripts/serve.sh`), so browsers may keep it for good.
                <HashedStylesheet options id="leptos" />
                {app_code}
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale = Locale::provide();

    // Loaded when first opened (`pages::lazy`): a tablet never downloads them.
    let new_workshop = Lazy::<pages::NewWorkshopRoute>::new();
    let moderator = Lazy::<pages::ModeratorRoute>::new();
    let projector = Lazy::<pages::ProjectorRoute>::new();
    let presentation = Lazy::<pages::PresentationRoute>::new();
    let report = Lazy::<pages::ReportRoute>::new();
    let analyst = Lazy::<pages::AnalystRoute>::new();
    let trust = Lazy::<pages::TrustRoute>::new();
    // True while the router waits for the next page (its lazy piece, on a slow Wi-Fi seconds):
    // the current page stays, usable, and a bar says the next one is coming.
    let (routing, set_routing) = signal(false);

    view! {
        <Html attr:lang=move || locale.lang().code() />
        <Title text=title_text(move || locale.t("app-name")) />
        <Router set_is_routing=set_routing>
            <Show when=move || routing.get()>
                <p class="routing" role="status" data-testid="routing">
                    {move || locale.t("loading")}
                </p>
            </Show>
            <Routes fallback=pages::NotFound>
                <Route path=path!("/") view=pages::Home />
                <Route path=path!("/new") view=new_workshop />
                <Route path=path!("/join/:code") view=pages::JoinByLink />
                <Route path=path!("/group") view=pages::GroupPage />
                <Route path=path!("/moderator/:id") view=moderator />
                <Route path=path!("/moderator/:id/projector") view=projector />
                <Route path=path!("/moderator/:id/present") view=presentation />
                <Route path=path!("/moderator/:id/report") view=report />
                <Route path=path!("/analyst/:id") view=analyst />
                <Route path=path!("/trust") view=trust />
            </Routes>
        </Router>
    }
}

/// A page's `<title>`: followed as it changes in the browser; on the server read once, as the
/// page renders. The server writes the title after the page's stream has run, on whichever
/// worker thread the request is on by then, where the request's reactive arena may not be
/// (leptos_meta reads a reactive title there: "no Arena is active", a panic now and then).
pub fn title_text(
    text: impl Fn() -> String + Send + Sync + 'static,
) -> leptos::text_prop::TextProp {
    #[cfg(feature = "ssr")]
    {
        text().into()
    }
    #[cfg(not(feature = "ssr"))]
    {
        text.into()
    }
}
