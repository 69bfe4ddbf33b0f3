//! The moderator's baselines: last year's map (another workshop's `workshop.json`) attached
//! to compare this one with, its actors matched with this workshop's as the name matching
//! proposes (confirmed one by one or all at once, and taken back), and the comparison's
//! files: the combined grid with arrows from the baseline, and the table (`card.rs`). Every
//! change is the server's edit (`POST …/baselines`, `…/matches`, `DELETE`); the list is asked
//! again when a baseline's edit passes (`components::baselines`).

mod card;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::chart::Scope;
use crate::domain::{BaselineId, CombinedMap, Moment, Workshop, WorkshopId};
use crate::ui::client::{self, ApiFailure};
use crate::ui::components::baselines::{Baselines, use_baselines};
use crate::ui::components::{Choice, FilePicker, FileProblems, LabelledField, Upload};
use crate::ui::locale::use_locale;
use crate::ui::pages::moderator_choice::PictureChoice;
use crate::ui::session;
use crate::wire::{MatchChoice, NewBaseline, NewMatches};

use card::BaselineCard;

#[component]
pub fn ModeratorBaselines(
    id: WorkshopId,
    key: String,
    #[prop(into)] workshop: Signal<Option<Workshop>>,
    #[prop(into)] map: Signal<Option<CombinedMap>>,
) -> impl IntoView {
    let locale = use_locale();
    let Some(shared) = use_baselines() else {
        return ().into_any();
    };
    let key = StoredValue::new(key);
    let failure = RwSignal::new(None::<ApiFailure>);

    let decide = Callback::new(move |(baseline, matches): (BaselineId, Vec<MatchChoice>)| {
        spawn_local(async move {
            let body = NewMatches { matches };
            match client::match_baseline(id, &key.get_value(), baseline, &body).await {
                Ok(view) => {
                    failure.set(None);
                    shared.replace(view);
                }
                Err(e) => failure.set(Some(e)),
            }
        });
    });
    let detach = Callback::new(move |baseline: BaselineId| {
        spawn_local(async move {
            match client::detach_baseline(id, &key.get_value(), baseline).await {
                Ok(()) => shared.refresh(),
                Err(e) => failure.set(Some(e)),
            }
        });
    });

    view! {
        <section class="panel baselines" data-testid="baselines">
            <h2>{move || locale.t("baselines-heading")}</h2>
            <p class="hint">{move || locale.t("baselines-hint")}</p>
            <AttachFile id key failure shared />
            <HeldWorkshops id key failure />
            {move || {
                failure
                    .get()
                    .map(|e| view! { <FileProblems failure=e testid="baseline-problems" /> })
            }}
            <For
                each=move || shared.list()
                key=|b| {
                    let matched: Vec<_> = b
                        .matches
                        .iter()
                        .map(|m| (m.actor, m.stakeholder))
                        .collect();
                    (b.id, matched)
                }
                let:b
            >
                <BaselineCard id key=key.get_value() baseline=b workshop map decide detach />
            </For>
        </section>
    }
    .into_any()
}

/// A `workshop.json` attached as a baseline, under a name or its own title.
#[component]
fn AttachFile(
    id: WorkshopId,
    key: StoredValue<String>,
    failure: RwSignal<Option<ApiFailure>>,
    shared: Baselines,
) -> impl IntoView {
    let locale = use_locale();
    let name = RwSignal::new(String::new());
    let upload = Upload::default();
    let (input, busy) = (upload.input, upload.busy);
    let attach = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(file) = upload.start() else {
            return;
        };
        failure.set(None);
        let named = name.get_untracked();
        spawn_local(async move {
            match client::attach_baseline(id, &key.get_value(), &named, file).await {
                Ok(_) => {
                    name.set(String::new());
                    shared.refresh();
                }
                Err(e) => failure.set(Some(e)),
            }
            busy.set(false);
            if let Some(i) = input.get_untracked() {
                i.set_value("");
            }
        });
    };
    view! {
        <form on:submit=attach>
            <LabelledField label="baselines-name">
                <input
                    type="text"
                    name="baseline-name"
                    autocomplete="off"
                    maxlength="100"
                    placeholder=move || locale.t("baselines-name-example")
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
            </LabelledField>
            <FilePicker
                input
                name="baseline-file"
                accept=".json,application/json"
                missing=upload.missing
            />
            <div class="button-row">
                <button
                    type="submit"
                    class="primary"
                    disabled=move || busy.get()
                    data-testid="baseline-attach"
                >
                    {move || {
                        locale
                            .t(if busy.get() { "baselines-attaching" } else { "baselines-attach" })
                    }}
                </button>
            </div>
        </form>
    }
}

/// The other workshops this device holds the moderator's key of (last year's, opened on this
/// laptop), each to attach as a baseline in one tap.
#[component]
fn HeldWorkshops(
    id: WorkshopId,
    key: StoredValue<String>,
    failure: RwSignal<Option<ApiFailure>>,
) -> impl IntoView {
    let locale = use_locale();
    let shared = use_baselines();
    let held = RwSignal::new(Vec::<(WorkshopId, String, String)>::new());
    // In an effect: only the browser has the keys.
    Effect::new(move |_| {
        for (other, other_key) in session::held_workshops() {
            if other == id {
                continue;
            }
            spawn_local(async move {
                if let Ok(w) = client::workshop(other, &other_key).await {
                    let title = match w.date.as_str() {
                        "" => w.title,
                        date => format!("{} ({date})", w.title),
                    };
                    held.update(|h| h.push((other, other_key, title)));
                }
            });
        }
    });
    let attach = move |other: WorkshopId, other_key: String| {
        let from = NewBaseline {
            workshop: other,
            key: other_key,
            name: String::new(),
        };
        spawn_local(async move {
            match client::attach_held(id, &key.get_value(), &from).await {
                Ok(_) => {
                    failure.set(None);
                    if let Some(b) = shared {
                        b.refresh();
                    }
                }
                Err(e) => failure.set(Some(e)),
            }
        });
    };
    view! {
        <Show when=move || held.with(|h| !h.is_empty())>
            <div class="baseline-held" data-testid="baseline-held">
                <p>{move || locale.t("baselines-held")}</p>
                <ul class="baseline-pairs">
                    <For each=move || held.get() key=|h| h.0 let:h>
                        {
                            let (other, other_key, title) = h;
                            view! {
                                <li>
                                    <span>{title}</span>
                                    <button
                                        type="button"
                                        class="secondary"
                                        data-testid="baseline-attach-held"
                                        on:click=move |_| attach(other, other_key.clone())
                                    >
                                        {move || locale.t("baselines-attach")}
                                    </button>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </div>
        </Show>
    }
}

/// The combined grid compared with a baseline, or with none: on the pictures section, once
/// the workshop has a baseline. Choosing one shows the combined map now.
#[component]
pub fn BaselineChoice(choice: PictureChoice) -> impl IntoView {
    let locale = use_locale();
    let Some(shared) = use_baselines() else {
        return ().into_any();
    };
    let options = Signal::derive(move || {
        std::iter::once((None, locale.t("rounds-compare-none")))
            .chain(shared.list().into_iter().map(|b| (Some(b.id), b.name)))
            .collect::<Vec<_>>()
    });
    Effect::new(move |_| {
        if choice.baseline.get().is_some() {
            choice.scope.set(Scope::Combined);
            choice.since.set(None);
            choice.at.set(Moment::Now);
        }
    });
    view! {
        <Show when=move || { options.with(|o| o.len() != 1) }>
            <Choice
                name="baseline-compare"
                label="baselines-compare"
                options
                selected=choice.baseline
            />
        </Show>
    }
    .into_any()
}
