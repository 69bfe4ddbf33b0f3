//! The group page when no form is open: how many stakeholders the group has, the button to
//! add one, and the tabs with the open one below them.

use leptos::prelude::*;

use super::all_maps_tab::AllMapsTab;
use super::grid_tab::GridTab;
use super::links_tab::LinksTab;
use super::state::{Form, GroupState};
use super::tabs::{Tab, TabBar};
use super::undo_bar::UndoBar;
use crate::domain::CategoryId;
use crate::ui::components::StakeholderList;

#[component]
pub(super) fn Overview(g: GroupState, categories: Vec<CategoryId>) -> impl IntoView {
    let locale = g.locale;
    view! {
        <Show when=move || g.workshop.get().is_some_and(|w| w.demo)>
            <p class="demo-note">{move || locale.t("demo-note")}</p>
        </Show>
        <div class="list-head">
            <p class="count" data-testid="count">
                {move || {
                    let n = g.mine().len();
                    locale.t_with("stakeholder-count", &[("count", n.into())])
                }}
            </p>
            <button
                type="button"
                class="primary big"
                data-testid="add"
                on:click=move |_| g.open_form(Form::New)
            >
                {move || locale.t("add-stakeholder")}
            </button>
        </div>
        <UndoBar g />
        <TabBar
            tab=g.tab
            shared=Signal::derive(move || {
                g.live_workshop.with(|w| w.as_ref().is_some_and(|w| w.maps_shared()))
            })
        />
        {move || match g.tab.get() {
            Tab::List => {
                view! {
                    <StakeholderList
                        categories=categories.clone()
                        stakeholders=Signal::derive(move || g.mine())
                        on_open=Callback::new(move |s| g.open_form(Form::Edit(s)))
                    />
                }
                    .into_any()
            }
            tab => {
                // The pictures' code (the grid, the graph and its layout, plotters) loads when
                // a tab first needs it; the list and the form never wait for it.
                view! {
                    <Suspense fallback=move || {
                        view! {
                            <p class="loading" role="status">
                                {locale.t("loading")}
                            </p>
                        }
                    }>{move || Suspend::new(async move { picture_tab(g, tab).await })}</Suspense>
                }
                    .into_any()
            }
        }}
    }
    .into_any()
}

/// A tab with a picture, in a WASM piece of its own when the site is built split.
#[lazy]
fn picture_tab(g: GroupState, tab: Tab) -> AnyView {
    match tab {
        Tab::Grid => view! { <GridTab g /> }.into_any(),
        Tab::Links => view! { <LinksTab g /> }.into_any(),
        Tab::AllMaps => view! { <AllMapsTab g /> }.into_any(),
        // Drawn by the overview itself.
        Tab::List => ().into_any(),
    }
}
