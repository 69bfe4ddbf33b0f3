//! One module per route.

mod admin_key;
mod analyst;
mod group;
#[cfg(feature = "ssr")]
mod home;
#[cfg(feature = "ssr")]
mod join;
mod lazy;
mod light;
mod moderator;
mod moderator_access;
mod moderator_baselines;
mod moderator_choice;
mod moderator_combined;
mod moderator_console;
mod moderator_demo;
mod moderator_files;
mod moderator_grid;
mod moderator_groups;
mod moderator_history;
mod moderator_import;
mod moderator_live;
mod moderator_rounds;
mod new_workshop;
mod presentation;
mod projector;
mod report;
mod restore_workshop;
#[cfg(feature = "ssr")]
mod room_addresses;
mod trust;

pub use analyst::AnalystPage;
pub use group::GroupPage;
#[cfg(feature = "ssr")]
pub use home::Home;
#[cfg(feature = "ssr")]
pub use join::JoinByLink;
pub use lazy::{
    AnalystRoute, ModeratorRoute, NewWorkshopRoute, PresentationRoute, ProjectorRoute, ReportRoute,
    TrustRoute,
};
#[cfg(feature = "ssr")]
pub use light::{AppFiles, HomeFacts, is_light};
#[cfg(not(feature = "ssr"))]
pub use light::{FullLoad as Home, FullLoad as JoinByLink};
pub use moderator::ModeratorPage;
pub use new_workshop::NewWorkshop;
pub use presentation::PresentationPage;
pub use projector::ProjectorPage;
pub use report::ReportPage;
pub use trust::TrustPage;

use leptos::prelude::*;

use crate::ui::components::TopBar;
use crate::ui::locale::use_locale;

#[component]
pub fn NotFound() -> impl IntoView {
    let locale = use_locale();
    view! {
        <TopBar title=Signal::derive(move || locale.t("error-not_found")) />
        <main class="page">
            <a class="button primary" href="/" rel="external">
                {move || locale.t("go-home")}
            </a>
        </main>
    }
}
