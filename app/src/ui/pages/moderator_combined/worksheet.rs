//! The seed's worksheet over the combined stakeholders, a page at a time in its own order:
//! tick stakeholders to merge them by hand, undo a merge from its row.

use leptos::prelude::*;

use super::{Panel, pager};
use crate::domain::{Change, CombinedStakeholder, MergeId, Verdict, Workshop};
use crate::ui::components::pager::page_rows;
use crate::ui::components::worksheet::{RowActions, Worksheet};
use crate::ui::locale::use_locale;

/// A page of rows, within about a screen (a row holds what every group wrote).
const WORKSHEET_A_PAGE: usize = 8;

/// The worksheet's own order (category, level, name), so that a page is a slice of it.
fn worksheet_order(w: &Workshop, rows: &mut [CombinedStakeholder]) {
    let rank = |s: &CombinedStakeholder| {
        (
            w.categories().iter().position(|c| *c == s.category),
            w.levels().iter().position(|l| *l == s.level),
        )
    };
    rows.sort_by(|a, b| rank(a).cmp(&rank(b)).then(a.name.cmp(&b.name)));
}

#[component]
pub(super) fn WorksheetPart(
    panel: Panel,
    /// How many rows there are.
    len: Signal<usize>,
    /// Which page: kept by the panel, so that it outlasts a visit to another tab.
    page: RwSignal<usize>,
) -> impl IntoView {
    let locale = use_locale();
    let Panel { workshop, map, .. } = panel;
    let ticked = panel.ticked;
    let undo = Callback::new(move |merges: Vec<MergeId>| {
        for id in merges {
            panel.decide(Change::DeleteMerge { id });
        }
    });
    let worksheet = move || {
        let w = workshop.get()?;
        let mut rows = map.with(|m| m.as_ref().map(|m| m.stakeholders.clone()))?;
        worksheet_order(&w, &mut rows);
        let rows = rows[page_rows(rows.len(), WORKSHEET_A_PAGE, page.get())].to_vec();
        Some(view! { <Worksheet workshop=w rows actions=RowActions { ticked, undo } /> }.into_any())
    };
    view! {
        <div class="actions">
            <button
                type="button"
                class="button primary"
                data-testid="merge-selected"
                disabled=move || ticked.with(|t| t.len() < 2)
                on:click=move |_| panel.merge(ticked.get_untracked(), Verdict::Same)
            >
                {move || locale.t("combined-merge-selected")}
            </button>
        </div>
        {worksheet}
        {pager(page, len, WORKSHEET_A_PAGE, "console-worksheet")}
    }
    .into_any()
}
