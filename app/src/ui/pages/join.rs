//! Joining a group: by typing the code on the home page, or by a link (`/join/K7M2QX`) that a
//! QR code can carry.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::ui::client::{self, ApiFailure};
use crate::ui::components::TopBar;
use crate::ui::locale::use_locale;
use crate::ui::session::GroupSession;

/// Exchanges a join code for the group's token, remembers it, and opens the group's page.
pub async fn join_and_remember(code: &str) -> Result<GroupSession, ApiFailure> {
    // The answer names the group: the group page reads the workshop itself, once.
    let joined = client::join(code).await?;
    let session = GroupSession {
        workshop_id: joined.workshop_id,
        group_id: joined.group_id,
        token: joined.token,
        group_name: joined.group_name,
    };
    session.save();
    Ok(session)
}

#[component]
pub fn JoinByLink() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let failure = RwSignal::new(None::<ApiFailure>);
    let navigate = use_navigate();
    Effect::new(move |_| {
        let code = params.read().get("code").unwrap_or_default();
        let navigate = navigate.clone();
        spawn_local(async move {
            match join_and_remember(&code).await {
                Ok(_) => navigate("/group", Default::default()),
                Err(e) => failure.set(Some(e)),
            }
        });
    });
    view! {
        <TopBar title=Signal::derive(move || locale.t("home-join-title")) />
        <main class="page">
            {move || match failure.get() {
                None => view! { <p class="loading">{locale.t("loading")}</p> }.into_any(),
                Some(e) => {
                    view! {
                        <p class="field-error" role="alert">
                            {e.message(locale.lang())}
                        </p>
                        <a class="button primary" href="/">
                            {locale.t("go-home")}
                        </a>
                    }
                        .into_any()
                }
            }}
        </main>
    }
}
