//! The moderator's combined map: proposed matches to merge or reject, a hand merge of any
//! ticked stakeholders, undo, where the groups disagree, and the seed's worksheet over the
//! combined stakeholders. Every decision is one edit through the live outbox, like a tablet's.
//! The three are tabs of their own, each a page at a time, so that a room's map stays within
//! a few screens of the console.

use leptos::prelude::*;

use crate::domain::{
    Change, CombinedMap, CombinedStakeholder, Edit, MergeId, StakeholderId, Verdict, Workshop,
    combined::contested,
};
use crate::ui::browser;
use crate::ui::client::ApiFailure;
use crate::ui::components::pager::page_rows;
use crate::ui::components::worksheet::{RowActions, Worksheet, group_names};
use crate::ui::components::{Contested, Pager};
use crate::ui::live::Live;
use crate::ui::locale::use_locale;
use crate::wire::ErrorDetail;

/// The part of the combined map on screen.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Suggestions,
    Contested,
    Worksheet,
}

/// A page of each, within about a screen (a proposal with its buttons is tall; a worksheet
/// row holds what every group wrote).
const SUGGESTIONS_A_PAGE: usize = 5;
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
pub fn ModeratorCombined(
    #[prop(into)] live: Signal<Option<Live>>,
    #[prop(into)] workshop: Signal<Option<Workshop>>,
    /// The combined map, computed once by the page.
    #[prop(into)]
    map: Signal<Option<CombinedMap>>,
) -> impl IntoView {
    let locale = use_locale();
    let shared = map;
    let failure = RwSignal::new(None::<ApiFailure>);
    let ticked = RwSignal::new(Vec::<StakeholderId>::new());
    let part = RwSignal::new(Part::Suggestions);
    let (suggestions_page, worksheet_page) = (RwSignal::new(0), RwSignal::new(0));
    let counts = Memo::new(move |_| {
        map.with(|m| {
            m.as_ref().map_or((0, 0, 0), |m| {
                (
                    m.suggestions.len(),
                    contested(m).len(),
                    m.stakeholders.len(),
                )
            })
        })
    });

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
        let list = list[page_rows(list.len(), SUGGESTIONS_A_PAGE, suggestions_page.get())].to_vec();
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

    let undo = Callback::new(move |merges: Vec<MergeId>| {
        for id in merges {
            decide(Change::DeleteMerge { id });
        }
    });
    let worksheet = move || {
        let w = workshop.get()?;
        let mut rows = map.with(|m| m.as_ref().map(|m| m.stakeholders.clone()))?;
        worksheet_order(&w, &mut rows);
        let rows = rows[page_rows(rows.len(), WORKSHEET_A_PAGE, worksheet_page.get())].to_vec();
        Some(view! { <Worksheet workshop=w rows actions=RowActions { ticked, undo } /> }.into_any())
    };

    let count = move |which: Part| {
        let (s, c, w) = counts.get();
        match which {
            Part::Suggestions => s,
            Part::Contested => c,
            Part::Worksheet => w,
        }
    };
    let tab = move |which: Part, key: &'static str, testid: &'static str| {
        view! {
            <button
                type="button"
                role="tab"
                data-testid=testid
                aria-selected=move || (part.get() == which).to_string()
                on:click=move |_| part.set(which)
            >
                {move || format!("{} ({})", locale.t(key), count(which))}
            </button>
        }
    };
    let len = move |which: Part| Signal::derive(move || count(which));
    let label = move |key: &'static str| Signal::derive(move || locale.t(key));
    let shown = move || match part.get() {
        Part::Suggestions => view! {
            {suggestions}
            <Pager
                page=suggestions_page
                len=len(Part::Suggestions)
                per=SUGGESTIONS_A_PAGE
                label=label("combined-suggestions")
            />
        }
        .into_any(),
        Part::Contested => view! { <Contested workshop map=shared paged=true /> }.into_any(),
        Part::Worksheet => view! {
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
            <Pager
                page=worksheet_page
                len=len(Part::Worksheet)
                per=WORKSHEET_A_PAGE
                label=label("console-worksheet")
            />
        }
        .into_any(),
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
            <div class="tabs combined-parts" role="tablist">
                {tab(Part::Suggestions, "combined-suggestions", "part-suggestions")}
                {tab(Part::Contested, "combined-contested", "part-contested")}
                {tab(Part::Worksheet, "console-worksheet", "part-worksheet")}
            </div>
            {shown}
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
