//! The proposed matches: stakeholders of different groups that are probably one actor, each
//! with why, to merge or to keep apart; a page at a time.

use leptos::prelude::*;

use super::Decisions;
use crate::domain::{CombinedMap, MatchReason, Verdict, Workshop};
use crate::ui::components::Pager;
use crate::ui::components::pager::page_rows;
use crate::ui::components::worksheet::group_names;
use crate::ui::locale::use_locale;

/// A page of proposals, within about a screen (a proposal with its buttons is tall).
const SUGGESTIONS_A_PAGE: usize = 5;

#[component]
pub(super) fn Suggestions(
    workshop: Signal<Option<Workshop>>,
    map: Signal<Option<CombinedMap>>,
    decisions: Decisions,
    /// How many proposals there are.
    len: Signal<usize>,
    /// Which page: kept by the panel, so that it outlasts a visit to another tab.
    page: RwSignal<usize>,
) -> impl IntoView {
    let locale = use_locale();
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
                let reason = locale.t(&format!("combined-reason-{}", reason_code(s.reason)));
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
                                on:click=move |_| decisions.merge(same.clone(), Verdict::Same)
                            >
                                {locale.t("combined-merge")}
                            </button>
                            <button
                                type="button"
                                class="button secondary"
                                data-testid="reject"
                                on:click=move |_| {
                                    decisions.merge(distinct.clone(), Verdict::Distinct)
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
        <Pager
            page
            len
            per=SUGGESTIONS_A_PAGE
            label=Signal::derive(move || locale.t("combined-suggestions"))
        />
    }
    .into_any()
}

fn reason_code(reason: MatchReason) -> &'static str {
    use MatchReason::*;
    match reason {
        SameName => "same_name",
        WordOrder => "word_order",
        Abbreviation => "abbreviation",
        Transliteration => "transliteration",
        NearSpelling => "near_spelling",
    }
}
