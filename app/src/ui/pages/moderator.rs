//! The moderator's page: every group's stakeholders, the groups' join codes, and the grid
//! (live, for the projector and as files).

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;

use crate::domain::Actor;
use crate::ui::client::{self, ApiFailure};
use crate::ui::components::{StakeholderList, TimerPanel, TopBar};
use crate::ui::live::Live;
use crate::ui::locale::use_locale;
use crate::ui::pages::moderator_combined::ModeratorCombined;
use crate::ui::pages::moderator_grid::ModeratorGrid;
use crate::ui::pages::moderator_import::ModeratorImport;
use crate::ui::session::moderator_key;
use crate::wire::WorkshopView;

#[component]
pub fn ModeratorPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let workshop = RwSignal::new(None::<WorkshopView>);
    let failure = RwSignal::new(None::<ApiFailure>);
    let missing_key = RwSignal::new(false);
    let live = RwSignal::new(None::<Live>);
    let key_signal = RwSignal::new(None::<String>);

    Effect::new(move |_| {
        let id = params.read().get("id").unwrap_or_default();
        let Some(key) = moderator_key(&id) else {
            missing_key.set(true);
            return;
        };
        live.set(Some(Live::start(&id, &key, Actor::Moderator)));
        key_signal.set(Some(key.clone()));
        spawn_local(async move {
            match client::workshop(&id, &key).await {
                Ok(w) => workshop.set(Some(w)),
                Err(e) => failure.set(Some(e)),
            }
        });
    });

    // The grid is built once the workshop has loaded, not again with every edit: it follows
    // the live copy by itself.
    let ready =
        Memo::new(move |_| workshop.with(Option::is_some) && key_signal.with(Option::is_some));
    let live_workshop = Signal::derive(move || live.get().and_then(|l| l.workshop.get()));
    let grid = move || {
        ready.get().then(|| {
            let view = workshop.get_untracked()?;
            let key = key_signal.get_untracked()?;
            Some(view! { <ModeratorGrid view key live=live_workshop /> }.into_any())
        })
    };
    // Its own view (not one tuple with the grid), so the browser build's types stay shallow.
    let combined = move || {
        ready
            .get()
            .then(|| view! { <ModeratorCombined live workshop=live_workshop /> }.into_any())
    };

    let import = move || {
        ready.get().then(|| {
            let view = workshop.get_untracked()?;
            let key = key_signal.get_untracked()?;
            Some(view! { <ModeratorImport id=view.id key groups=view.groups /> }.into_any())
        })
    };

    let title = Signal::derive(move || locale.t("moderator-title"));
    let subtitle = Signal::derive(move || workshop.get().map(|w| w.title).unwrap_or_default());

    let body = move || {
        if missing_key.get() {
            return view! {
                <p class="field-error" role="alert">
                    {locale.t("moderator-no-key")}
                </p>
            }
            .into_any();
        }
        if let Some(e) = failure.get() {
            return view! {
                <p class="field-error" role="alert">
                    {e.message(locale.lang())}
                </p>
            }
            .into_any();
        }
        let Some(mut w) = workshop.get() else {
            return view! { <p class="loading">{locale.t("loading")}</p> }.into_any();
        };
        // The join codes come from the moderator's view; the stakeholders, live.
        if let Some(now) = live.get().and_then(|l| l.workshop.get()) {
            w.stakeholders = WorkshopView::of(&now, &[]).stakeholders;
        }
        let demo = w.demo;
        let groups = w
            .groups
            .iter()
            .map(|g| {
                let members: Vec<_> = w
                    .stakeholders
                    .iter()
                    .filter(|s| s.group_id == g.id)
                    .cloned()
                    .collect();
                let count = members.len();
                let code = g.join_code.clone().unwrap_or_default();
                view! {
                    <section
                        class="panel group-column"
                        data-testid="group-column"
                        data-group=g.id.clone()
                    >
                        <h2>{g.name.clone()}</h2>
                        <p class="hint">
                            <code class="join-code">{code}</code>
                            " · "
                            {locale.t_with("stakeholder-count", &[("count", count.into())])}
                        </p>
                        <StakeholderList categories=w.categories.clone() stakeholders=members />
                    </section>
                }
            })
            .collect_view();
        view! {
            <Show when=move || demo>
                <p class="demo-note">{locale.t("demo-note")}</p>
            </Show>
            <h2 class="section-title">{locale.t("moderator-groups")}</h2>
            <div class="group-columns">{groups}</div>
        }
        .into_any()
    };

    view! {
        <TopBar title subtitle />
        <main class="page moderator">
            <Show when=move || live.with(Option::is_some)>
                <TimerPanel live />
            </Show>
            {body}
            {grid}
            {combined}
            {import}
        </main>
    }
}
