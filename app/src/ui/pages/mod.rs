//! One module per route.

mod admin_key;
mod analyst;
mod group;
mod home;
mod join;
mod lazy;
mod moderator;
mod moderator_access;
mod moderator_choice;
mod moderator_combined;
mod moderator_console;
mod moderator_demo;
mod moderator_files;
mod moderator_grid;
mod moderator_groups;
mod moderator_import;
mod moderator_live;
mod new_workshop;
mod presentation;
mod projector;
mod report;
mod restore_workshop;
mod room_addresses;
mod trust;

pub use analyst::AnalystPage;
pub use group::GroupPage;
pub use home::Home;
pub use join::JoinByLink;
pub use lazy::{
    AnalystRoute, ModeratorRoute, NewWorkshopRoute, PresentationRoute, ProjectorRoute, ReportRoute,
    TrustRoute,
};
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
            <a class="button primary" href="/">
                {move || locale.t("go-home")}
            </a>
        </main>
    }
}
