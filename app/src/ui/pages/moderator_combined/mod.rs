//! The moderator's combined map: proposed matches to merge or reject ([`suggestions`]),
//! where the groups disagree, and the seed's worksheet over the combined stakeholders with a
//! hand merge of any ticked ones and undo ([`worksheet`]). Every decision is one edit through
//! the live outbox, like a tablet's. The three are tabs of their own, each a page at a time,
//! so that a room's map stays within a few screens of the console.

mod suggestions;
mod worksheet;

use leptos::prelude::*;

use crate::domain::{
    Change, CombinedMap, Edit, MergeId, StakeholderId, Verdict, Workshop, combined::contested,
};
use crate::ui::browser;
use crate::ui::client::ApiFailure;
use crate::ui::components::{Contested, Pager, TabButton};
use crate::ui::live::Live;
use crate::ui::locale::use_locale;
use crate::wire::ErrorDetail;

use suggestions::Suggestions;
use worksheet::WorksheetPart;

/// The part of the combined map on screen.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Suggestions,
    Contested,
    Worksheet,
}

impl Part {
    /// Its tab's words and test id.
    fn tab(self) -> (&'static str, &'static str) {
        match self {
            Part::Suggestions => ("combined-suggestions", "part-suggestions"),
            Part::Contested => ("combined-contested", "part-contested"),
            Part::Worksheet => ("console-worksheet", "part-worksheet"),
        }
    }
}

/// What the panel's parts show, and the moderator's decisions on it, each one edit through
/// the live outbox.
#[derive(Clone, Copy)]
struct Panel {
    live: Signal<Option<Live>>,
    workshop: Signal<Option<Workshop>>,
    /// The combined map, computed once by the page.
    map: Signal<Option<CombinedMap>>,
    /// Why the last decision was refused.
    failure: RwSignal<Option<ApiFailure>>,
    /// Stakeholders ticked on the worksheet for a hand merge.
    ticked: RwSignal<Vec<StakeholderId>>,
}

impl Panel {
    fn decide(self, change: Change) {
        let Some(l) = self.live.get_untracked() else {
            return;
        };
        match l.propose(Edit {
            id: browser::new_edit_id(),
            change,
        }) {
            Ok(()) => {
                self.failure.set(None);
                self.ticked.set(Vec::new());
            }
            Err(e) => self
                .failure
                .set(Some(ApiFailure::invalid(ErrorDetail::from(&e)))),
        }
    }

    /// `members` are one actor (`Same`) or not (`Distinct`).
    fn merge(self, members: Vec<StakeholderId>, verdict: Verdict) {
        self.decide(Change::AddMerge {
            id: MergeId::from_random_bytes(browser::random_bytes()),
            members,
            verdict,
        });
    }
}

/// Previous / next under a part's list of `len` rows, `per` a page.
fn pager(page: RwSignal<usize>, len: Signal<usize>, per: usize, label: &'static str) -> AnyView {
    let locale = use_locale();
    let label = Signal::derive(move || locale.t(label));
    view! { <Pager page len per label /> }.into_any()
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
    let failure = RwSignal::new(None::<ApiFailure>);
    let panel = Panel {
        live,
        workshop,
        map,
        failure,
        ticked: RwSignal::new(Vec::new()),
    };
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
    let count = move |which: Part| {
        let (s, c, w) = counts.get();
        match which {
            Part::Suggestions => s,
            Part::Contested => c,
            Part::Worksheet => w,
        }
    };
    let len = move |which: Part| Signal::derive(move || count(which));
    let tab = move |which: Part| {
        let (key, testid) = which.tab();
        let selected = Signal::derive(move || part.get() == which);
        view! {
            <TabButton testid selected on_select=Callback::new(move |()| part.set(which))>
                {move || format!("{} ({})", locale.t(key), count(which))}
            </TabButton>
        }
    };
    let shown = move || match part.get() {
        Part::Suggestions => {
            view! { <Suggestions panel len=len(Part::Suggestions) page=suggestions_page /> }
                .into_any()
        }
        Part::Contested => view! { <Contested workshop map paged=true /> }.into_any(),
        Part::Worksheet => {
            view! { <WorksheetPart panel len=len(Part::Worksheet) page=worksheet_page /> }
                .into_any()
        }
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
                {tab(Part::Suggestions)}
                {tab(Part::Contested)}
                {tab(Part::Worksheet)}
            </div>
            {shown}
        </section>
    }
}
