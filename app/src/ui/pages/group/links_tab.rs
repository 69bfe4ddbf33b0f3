//! The group's relationships: the button to add one, the list of them as big tappable rows,
//! and the graph, where tapping two stakeholders one after the other starts a relationship
//! between them.

use leptos::prelude::*;

use super::state::{Form, GroupState};
use crate::domain::StakeholderId;
use crate::i18n::Strength;
use crate::ui::components::GraphView;
use crate::ui::components::names::name_of;
use crate::ui::locale::use_locale;
use crate::wire::{RelationshipView, StakeholderView};

#[component]
pub(super) fn LinksTab(g: GroupState) -> impl IntoView {
    let locale = g.locale;
    let pick = Callback::new(move |(a, b): (StakeholderId, StakeholderId)| {
        g.open_form(Form::NewRelationship(Some((a, b))))
    });
    view! {
        <button
            type="button"
            class="primary big"
            data-testid="add-relationship"
            disabled=move || { g.mine().len() < 2 }
            on:click=move |_| g.open_form(Form::NewRelationship(None))
        >
            {move || locale.t("add-relationship")}
        </button>
        <RelationshipList
            relationships=Signal::derive(move || g.relationships())
            stakeholders=Signal::derive(move || g.mine())
            on_open=Callback::new(move |r| g.open_form(Form::EditRelationship(r)))
        />
        <GraphView workshop=g.live_workshop options=g.grid_options on_pick=pick />
    }
    .into_any()
}

/// The group's relationships as big tappable rows: "A → B · kind · strength".
#[component]
fn RelationshipList(
    #[prop(into)] relationships: Signal<Vec<RelationshipView>>,
    #[prop(into)] stakeholders: Signal<Vec<StakeholderView>>,
    on_open: Callback<RelationshipView>,
) -> impl IntoView {
    let locale = use_locale();
    move || {
        let list = relationships.get();
        if list.is_empty() {
            return view! { <p class="hint">{locale.t("relationships-none")}</p> }.into_any();
        }
        let people = stakeholders.get();
        let name = |id| name_of(&people, id);
        let rows = list
            .into_iter()
            .map(|r| {
                let arrow = if r.directed { " → " } else { " — " };
                let text = format!("{}{arrow}{}", name(r.from), name(r.to));
                let detail = format!(
                    "{} · {}",
                    locale.word(&r.kind),
                    locale.word(&Strength(r.strength))
                );
                let open = r.clone();
                view! {
                    <li>
                        <button
                            type="button"
                            class="relationship"
                            data-testid="relationship"
                            data-kind=r.kind.as_str()
                            on:click=move |_| on_open.run(open.clone())
                        >
                            <strong>{text}</strong>
                            <span class="hint">{detail}</span>
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="relationships">{rows}</ul> }.into_any()
    }
}
