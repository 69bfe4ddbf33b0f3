//! The proposed matches: stakeholders of different groups that are probably one actor, each
//! with why, to merge or to keep apart; a page at a time.

use leptos::prelude::*;

use super::{Panel, pager};
use crate::domain::{MatchReason, Verdict};
use crate::ui::components::pager::page_rows;
use crate::ui::components::worksheet::group_names;
use crate::ui::locale::use_locale;

/// A page of proposals, within about a screen (a proposal with its buttons is tall).
const SUGGESTIONS_A_PAGE: usize = 5;

#[component]
pub(super) fn Suggestions(
    panel: Panel,
    /// How many proposals there are.
    len: Signal<usize>,
    /// Which page: kept by the panel, so that it outlasts a visit to another tab.
    page: RwSignal<usize>,
) -> impl IntoView {
    let locale = use_locale();
    let Panel { workshop, map, .. } = panel;
    let suggestions = move || {
        let w = workshop.get()?;
        let groups = group_names(&w);
        let list = map.with(|m| m.as_ref().map(|m| m.suggestions.clone()))?;
        let list = list[page_rows(list.len(), SUGGESTIONS_A_PAGE, page.get())].to_vec();
        if list.is_empty() {
            return Some(
                view! { <p class="hint">{locale.t("combined-no-suggestions")}</p> }.into_any(),
            );
        }
        let rows = list
            .into_iter()
            .map(|s| {
                let names = s
                    .members
                    .iter()
                    .filter_map(|id| {
                        let entry = w.stakeholder(*id)?;
                        Some(format!("«{}» — {}", entry.name(), groups[id]))
                    })
                    .collect::<Vec<_>>();
                let reason = locale.t(reason_message(s.reason));
                let (same, distinct) = (s.members.clone(), s.members.clone());
                view! {
                    <li class="suggestion" data-testid="suggestion">
                        <ul class="members">
                            {names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                        </ul>
                        <p class="hint">{reason}</p>
                        <div class="actions">
                            <button
                                type="button"
                                class="button primary"
                                data-testid="merge"
                                on:click=move |_| panel.merge(same.clone(), Verdict::Same)
                            >
                                {locale.t("combined-merge")}
                            </button>
                            <button
                                type="button"
                                class="button secondary"
                                data-testid="reject"
                                on:click=move |_| {
                                    panel.merge(distinct.clone(), Verdict::Distinct)
                                }
                            >
                                {locale.t("combined-reject")}
                            </button>
                        </div>
                    </li>
                }
            })
            .collect_view();
        Some(view! { <ul class="suggestions">{rows}</ul> }.into_any())
    };
    view! {
        {suggestions}
        {pager(page, len, SUGGESTIONS_A_PAGE, "combined-suggestions")}
    }
    .into_any()
}

/// The message that says why two names were proposed as one actor.
fn reason_message(reason: MatchReason) -> &'static str {
    use MatchReason::*;
    match reason {
        SameName => "combined-reason-same_name",
        WordOrder => "combined-reason-word_order",
        Abbreviation => "combined-reason-abbreviation",
        Transliteration => "combined-reason-transliteration",
        NearSpelling => "combined-reason-near_spelling",
    }
}
