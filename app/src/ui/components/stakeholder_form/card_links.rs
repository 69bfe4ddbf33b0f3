//! The stakeholder's relationships on its card, so that the person sees what goes with it
//! when it is deleted.

use leptos::prelude::*;

use crate::ui::components::names::name_of;
use crate::ui::locale::{Locale, use_locale};
use crate::wire::{StakeholderView, WorkshopView};

/// "→ Other · kind · strength" for each of `me`'s relationships, the arrow as seen from `me`.
pub(super) fn link_rows(
    locale: Locale,
    workshop: &WorkshopView,
    me: &StakeholderView,
) -> Vec<String> {
    workshop
        .relationships
        .iter()
        .filter(|r| r.from == me.id || r.to == me.id)
        .map(|r| {
            let (arrow, other) = match (r.from == me.id, r.directed) {
                (true, true) => ("→", r.to),
                (false, true) => ("←", r.from),
                (true, false) => ("—", r.to),
                (false, false) => ("—", r.from),
            };
            format!(
                "{arrow} {} · {} · {}",
                name_of(&workshop.stakeholders, other),
                locale.word(&r.kind),
                r.strength
            )
        })
        .collect()
}

#[component]
pub(super) fn CardLinks(rows: Vec<String>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="card-links" data-testid="card-links">
            <h3>{locale.t("relationships-of")}</h3>
            <ul>{rows.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
        </section>
    }
}
