//! The moderator's baselines: last year's map (another workshop's `workshop.json`) attached
//! to compare this one with, its actors matched with this workshop's as the name matching
//! proposes (confirmed one by one or all at once, and taken back), and the comparison's
//! files: the combined grid with arrows from the baseline, and the table. Every change is
//! the server's edit (`POST …/baselines`, `…/matches`, `DELETE`); the list is asked again
//! whenever the workshop changes, since what is proposed follows the names on the map.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::chart::Scope;
use crate::domain::{BaselineId, CombinedMap, Moment, StakeholderId, Workshop, WorkshopId};
use crate::ui::client::{self, ApiFailure};
use crate::ui::components::baselines::{Baselines, use_baselines};
use crate::ui::components::{
    Choice, DownloadLink, FilePicker, FileProblems, LabelledField, Upload,
};
use crate::ui::locale::use_locale;
use crate::ui::pages::moderator_choice::PictureChoice;
use crate::ui::session;
use crate::wire::{BaselineView, MatchChoice, NewBaseline, NewMatches};

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
    // What is proposed follows the names on the map: asked again as the workshop changes.
    Effect::new(move |_| {
        workshop.with(|w| w.as_ref().map(Workshop::seq));
        shared.refresh();
    });

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
                    (b.id, matched, b.proposals.len())
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

/// One baseline: how much is matched, what is proposed, what is matched, its files.
#[component]
fn BaselineCard(
    id: WorkshopId,
    key: String,
    baseline: BaselineView,
    workshop: Signal<Option<Workshop>>,
    map: Signal<Option<CombinedMap>>,
    decide: Callback<(BaselineId, Vec<MatchChoice>)>,
    detach: Callback<BaselineId>,
) -> impl IntoView {
    let locale = use_locale();
    let bid = baseline.id;
    let actor_name = {
        let actors = baseline.actors.clone();
        move |a: StakeholderId| {
            (actors.iter())
                .find(|x| x.id == a)
                .map(|x| x.name.clone())
                .unwrap_or_default()
        }
    };
    let now_name = move |s: StakeholderId| {
        let combined = map.with(|m| {
            (m.as_ref()?.stakeholders.iter())
                .find(|c| c.id == s)
                .map(|c| c.name.clone())
        });
        combined
            .or_else(|| workshop.with(|w| Some(w.as_ref()?.stakeholder(s)?.name().to_owned())))
            .unwrap_or_default()
    };
    let all: Vec<MatchChoice> = (baseline.proposals.iter())
        .map(|p| MatchChoice {
            actor: p.actor,
            stakeholder: Some(p.stakeholder),
        })
        .collect();
    let count = all.len();
    let proposed = (baseline.proposals.iter())
        .map(|p| {
            let choice = MatchChoice {
                actor: p.actor,
                stakeholder: Some(p.stakeholder),
            };
            let pair = format!("{} → {}", actor_name(p.actor), now_name(p.stakeholder));
            let confirm = move || decide.run((bid, vec![choice.clone()]));
            pair_row(pair, "baseline-proposal", "baselines-confirm", confirm)
        })
        .collect_view();
    let matched = (baseline.matches.iter())
        .map(|m| {
            let choice = MatchChoice {
                actor: m.actor,
                stakeholder: None,
            };
            let pair = format!("{} → {}", actor_name(m.actor), now_name(m.stakeholder));
            let unmatch = move || decide.run((bid, vec![choice.clone()]));
            pair_row(pair, "baseline-match", "baselines-unmatch", unmatch)
        })
        .collect_view();
    let counts = (baseline.matches.len(), baseline.actors.len());
    view! {
        <article class="baseline" data-testid="baseline">
            <h3>{baseline.name.clone()}</h3>
            <p data-testid="baseline-count">
                {move || {
                    locale
                        .t_with(
                            "baselines-matched",
                            &[("matched", counts.0.into()), ("actors", counts.1.into())],
                        )
                }}
            </p>
            <h4>{move || locale.t("baselines-proposed")}</h4>
            <Show
                when=move || count != 0
                fallback=move || {
                    view! { <p class="hint">{move || locale.t("baselines-none-proposed")}</p> }
                }
            >
                <button
                    type="button"
                    class="primary"
                    data-testid="baseline-confirm-all"
                    on:click={
                        let all = all.clone();
                        move |_| decide.run((bid, all.clone()))
                    }
                >
                    {move || locale.t_with("baselines-confirm-all", &[("count", count.into())])}
                </button>
            </Show>
            <ul class="baseline-pairs">{proposed}</ul>
            <ul class="baseline-pairs">{matched}</ul>
            <div class="button-row">
                <BaselineFiles id key bid name=baseline.name.clone() />
                <button
                    data-testid="baseline-detach"
                    type="button"
                    class="secondary"
                    on:click=move |_| detach.run(bid)
                >
                    {move || locale.t("baselines-detach")}
                </button>
            </div>
        </article>
    }
}

/// One actor of the baseline and one now, with the button that confirms or takes it back.
fn pair_row(
    pair: String,
    testid: &'static str,
    action: &'static str,
    act: impl Fn() + 'static,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <li data-testid=testid>
            <span>{pair}</span>
            <button type="button" class="secondary" on:click=move |_| act()>
                {move || locale.t(action)}
            </button>
        </li>
    }
}

/// The comparison's files: the table, and the combined grid with the arrows.
#[component]
fn BaselineFiles(id: WorkshopId, key: String, bid: BaselineId, name: String) -> impl IntoView {
    let locale = use_locale();
    let lang = move || locale.lang().code();
    let csv = move || {
        format!(
            "/api/v1/workshops/{id}/comparison?baseline={bid}&lang={}",
            lang()
        )
    };
    let grid = move || {
        format!(
            "/api/v1/workshops/{id}/grid.svg?combined=true&baseline={bid}&lang={}",
            lang()
        )
    };
    view! {
        <DownloadLink
            workshop=id
            key=key.clone()
            href=Signal::derive(csv)
            name="stakemap-comparison.csv"
            testid="baseline-csv"
        >
            {move || locale.t("baselines-comparison-file")}
        </DownloadLink>
        <DownloadLink
            workshop=id
            key
            href=Signal::derive(grid)
            name="stakemap-comparison-grid.svg"
            testid="baseline-grid"
        >
            {move || locale.t_with("baselines-grid", &[("name", name.clone().into())])}
        </DownloadLink>
    }
}
