//! The home page: join a group with its code (the tablet's way in), continue in the group the
//! tablet remembers, create a workshop, or look at the demo.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use super::join::join_and_remember;
use super::room_addresses::RoomAddresses;
use crate::ui::client::{self, ApiFailure};
use crate::ui::components::{FieldError, FormErrors, LabelledField, TopBar};
use crate::ui::locale::use_locale;
use crate::ui::session::{GroupSession, moderator_link};
use crate::wire::DemoView;

#[component]
pub fn Home() -> impl IntoView {
    let locale = use_locale();
    let code = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<ApiFailure>);
    let busy = RwSignal::new(false);
    let remembered = RwSignal::new(None::<GroupSession>);
    let demo = RwSignal::new(None::<DemoView>);
    let navigate = use_navigate();

    Effect::new(move |_| {
        remembered.set(GroupSession::load());
        spawn_local(async move {
            if let Ok(d) = client::demo().await {
                demo.set(Some(d));
            }
        });
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let navigate = navigate.clone();
        busy.set(true);
        failure.set(None);
        spawn_local(async move {
            match join_and_remember(&code.get_untracked()).await {
                Ok(_) => navigate("/group", Default::default()),
                Err(e) => failure.set(Some(e)),
            }
            busy.set(false);
        });
    };

    view! {
        <TopBar
            title=Signal::derive(move || locale.t("app-name"))
            subtitle=Signal::derive(move || locale.t("tagline"))
        />
        <main class="page home">
            <Show when=move || remembered.get().is_some()>
                <section class="panel continue">
                    <a class="button primary big" href="/group" data-testid="continue">
                        {move || {
                            let group = remembered.get().map(|s| s.group_name).unwrap_or_default();
                            locale.t_with("home-continue", &[("group", group.into())])
                        }}
                    </a>
                </section>
            </Show>
            <form class="panel join" on:submit=submit>
                <h2>{move || locale.t("home-join-title")}</h2>
                <LabelledField name="code" label="home-code-label">
                    <input
                        type="text"
                        name="code"
                        class="code-input"
                        autocomplete="off"
                        autocapitalize="characters"
                        spellcheck="false"
                        maxlength="12"
                        prop:value=move || code.get()
                        on:input=move |ev| code.set(event_target_value(&ev))
                    />
                    <span class="hint">{move || locale.t("home-code-hint")}</span>
                </LabelledField>
                <FieldError error=FormErrors::new(failure, &[]).general() />
                <button
                    type="submit"
                    class="primary big"
                    data-testid="join"
                    disabled=move || busy.get()
                >
                    {move || locale.t("home-join")}
                </button>
            </form>
            <section class="panel">
                <a class="button secondary big" href="/new" data-testid="create">
                    {move || locale.t("home-create")}
                </a>
            </section>
            <RoomAddresses />
            {move || demo.get().map(|d| view! { <DemoBox demo=d /> })}
        </main>
    }
}

#[component]
fn DemoBox(demo: DemoView) -> impl IntoView {
    let locale = use_locale();
    let moderator = moderator_link("", demo.workshop_id, &demo.moderator_key);
    let groups = demo
        .groups
        .into_iter()
        .map(|g| {
            let href = format!("/join/{}", g.join_code.unwrap_or_default());
            let name = g.name;
            view! {
                <a class="button secondary" href=href>
                    {move || locale.t_with("home-demo-join", &[("group", name.clone().into())])}
                </a>
            }
        })
        .collect_view();
    view! {
        <section class="panel demo" data-testid="demo">
            <h2>
                <span class="badge demo-badge">{move || locale.t("demo-badge")}</span>
                " "
                {move || locale.t("home-demo-title")}
            </h2>
            <p class="demo-title">{demo.title}</p>
            <p class="hint">{move || locale.t("demo-note")}</p>
            <div class="button-row">
                <a class="button secondary" href=moderator rel="external">
                    {move || locale.t("home-demo-moderator")}
                </a>
                {groups}
            </div>
        </section>
    }
}
