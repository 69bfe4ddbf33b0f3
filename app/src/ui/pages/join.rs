//! Joining a group by a link (`/join/K7M2QX`) that a QR code can carry. A light page
//! (`light.rs`): its script joins as soon as it opens and goes on to the group's page.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::light::LightScript;
use crate::ui::components::TopBar;
use crate::ui::locale::use_locale;

#[component]
pub fn JoinByLink() -> impl IntoView {
    let locale = use_locale();
    let code = use_params_map().read_untracked().get("code");
    view! {
        <TopBar title=Signal::derive(move || locale.t("home-join-title")) />
        <main class="page" data-light="joining">
            <p class="loading">{locale.t("loading")}</p>
            <a class="button primary" href="/" data-light="home" hidden>
                {locale.t("go-home")}
            </a>
            <LightScript join_code=code />
        </main>
    }
}
