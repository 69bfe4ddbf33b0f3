//! The routes a tablet never needs, each loaded when first opened: with the site built split
//! (`cargo leptos build --split`), the moderator's console, the projector, the presentation,
//! the report, the analyst's page, the new-workshop form and the trust page are WASM pieces of
//! their own, and the join page and the group page load without them. Every build must then
//! be split, debug too: unsplit, the JS glue imports `__wasm_split_placeholder__` and the app
//! never loads (the scripts all build with `--split`).

use leptos::prelude::*;
use leptos_router::{LazyRoute, lazy_route};

/// A route whose page is loaded on first use; it needs no data of its own before the page.
macro_rules! lazy_page {
    ($route:ident, $page:ident) => {
        pub struct $route;

        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                Self
            }

            fn view(_this: Self) -> AnyView {
                view! { <super::$page /> }.into_any()
            }
        }
    };
}

lazy_page!(ModeratorRoute, ModeratorPage);
lazy_page!(ProjectorRoute, ProjectorPage);
lazy_page!(PresentationRoute, PresentationPage);
lazy_page!(ReportRoute, ReportPage);
lazy_page!(AnalystRoute, AnalystPage);
lazy_page!(NewWorkshopRoute, NewWorkshop);
lazy_page!(TrustRoute, TrustPage);
