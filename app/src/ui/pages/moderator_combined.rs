//! The moderator's combined map: proposed matches to merge or reject, a hand merge of any
//! ticked stakeholders, undo, where the groups disagree, and the seed's worksheet over the
//! combined stakeholders. Every decision is one edit through the live outbox, like a tablet's.

use leptos::prelude::*;

use crate::domain::{
    Change, Edit, MergeId, StakeholderId, Verdict, Workshop, combine, combined::contested,
};
use crate::ui::browser;
use crate::ui::client::ApiFailure;
use crate::ui::components::worksheet::{RowActions, Worksheet, group_names, scores};
use crate::ui::live::Live;
use crate::ui::locale::use_locale;
use crate::wire::ErrorDetail;

#[component]
pub fn ModeratorCombined(
    #[prop(into)] live: Signal<Option<Live>>,
    #[prop(into)] workshop: Signal<Option<Workshop>>,
) -> impl IntoView {
    let locale = use_locale();
    let map = Memo::new(move |_| workshop.with(|w| w.as_ref().map(combine)));
    let failure = RwSignal::new(None::<ApiFailure>);
    let ticked = RwSignal::new(Vec::<StakeholderId>::new());

    let decide = move |change: Change| {
        let Some(l) = live.get_untracked() else {
            return;
        };
        match l.propose(Edit {
            id: browser::new_edit_id(),
            change,
        }) {
            Ok(()) => {
                failure.set(None);
                ticked.set(Vec::new());
            }
            Err(e) => failure.set(Some(ApiFailure::invalid(ErrorDetail::from(&e)))),
        }
    };
    let merge = move |members: Vec<StakeholderId>, verdict: Verdict| {
        decide(Change::AddMerge {
            id: MergeId::from_random_bytes(browser::random_bytes()),
            members,
            verdict,
        });
    };

    let suggestions = move || {
        let w = workshop.get()?;
        let groups = group_names(&w);
        let list = map.with(|m| m.as_ref().map(|m| m.suggestions.clone()))?;
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
                                on:click=move |_| merge(same.clone(), Verdict::Same)
                            >
                                {locale.t("combined-merge")}
                            </button>
                            <button
                                type="button"
                                class="button secondary"
                                data-testid="reject"
                                on:click=move |_| merge(distinct.clone(), Verdict::Distinct)
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

    let contested_list = move || {
        map.with(|m| {
            let m = m.as_ref()?;
            let list = contested(m);
            if list.is_empty() {
                return Some(
                    view! { <p class="hint">{locale.t("combined-none-contested")}</p> }.into_any(),
                );
            }
            let rows = list
                .into_iter()
                .map(|s| {
                    let flag = s.quadrant_split.then(|| locale.t("combined-conflict"));
                    view! {
                        <li data-testid="contested">
                            <strong>{format!("{} ({})", s.name, s.n())}</strong>
                            " — "
                            {scores(locale, s)}
                            {flag.map(|f| view! { <span class="hint">" · " {f}</span> })}
                        </li>
                    }
                })
                .collect_view();
            Some(view! { <ol class="contested">{rows}</ol> }.into_any())
        })
    };

    let undo = Callback::new(move |merges: Vec<MergeId>| {
        for id in merges {
            decide(Change::DeleteMerge { id });
        }
    });
    let worksheet = move || {
        let w = workshop.get()?;
        let rows = map.with(|m| m.as_ref().map(|m| m.stakeholders.clone()))?;
        Some(view! { <Worksheet workshop=w rows actions=RowActions { ticked, undo } /> }.into_any())
    };

    view! {
        <section class="panel combined-panel" data-testid="combined">
            <h2>{move || locale.t("combined-title")}</h2>
            {move || {
                failure
                    .get()
                    .map(|e| {
                        view! {
                            <p class="field-error" role="alert">
                                {e.message(locale.lang())}
                            </p>
                        }
                    })
            }}
            <h3>{move || locale.t("combined-suggestions")}</h3>
            {suggestions}
            <h3>{move || locale.t("combined-contested")}</h3>
            {contested_list}
            <div class="actions">
                <button
                    type="button"
                    class="button primary"
                    data-testid="merge-selected"
                    disabled=move || ticked.with(|t| t.len() < 2)
                    on:click=move |_| merge(ticked.get_untracked(), Verdict::Same)
                >
                    {move || locale.t("combined-merge-selected")}
                </button>
            </div>
            {worksheet}
        </section>
    }
}

fn reason_code(reason: crate::domain::MatchReason) -> &'static str {
    use crate::domain::MatchReason::*;
    match reason {
        SameName => "same_name",
        WordOrder => "word_order",
        Abbreviation => "abbreviation",
        Transliteration => "transliteration",
        NearSpelling => "near_spelling",
    }
}
