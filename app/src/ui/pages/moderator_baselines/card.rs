//! One baseline on the moderator's page: how much of it is matched, the matches the name
//! matching proposes — worked out here from the page's combined map, so that they follow the
//! groups' renames at once without asking the server —, a match made by hand for the pairs
//! it cannot see (last year's «Мэрия» is this year's «Акимиат»: tap one on each side), the
//! matches made (each taken back in one tap, folded away once there are many), its files.

use leptos::prelude::*;

use crate::domain::{
    Baseline, BaselineId, CombinedMap, StakeholderId, Workshop, WorkshopId, matched, proposals,
};
use crate::ui::components::DownloadLink;
use crate::ui::locale::use_locale;
use crate::wire::{BaselineView, MatchChoice};

/// Lists longer than this start folded.
const FOLDED: usize = 10;

/// Actors to pick from, each with its name and the groups that named it (a room's groups
/// name the same actor before the plenary merges them: the groups tell them apart).
type Names = Vec<(StakeholderId, String, String)>;

/// The moderator's decision on some of a baseline's actors.
pub(super) type Decide = Callback<(BaselineId, Vec<MatchChoice>)>;

#[component]
pub(super) fn BaselineCard(
    id: WorkshopId,
    key: String,
    baseline: BaselineView,
    workshop: Signal<Option<Workshop>>,
    map: Signal<Option<CombinedMap>>,
    decide: Decide,
    detach: Callback<BaselineId>,
) -> impl IntoView {
    let locale = use_locale();
    let bid = baseline.id;
    let frozen = StoredValue::new(baseline.baseline());
    let sides = Sides {
        frozen,
        workshop,
        map,
    };
    // What the matches make on the map now: one whose stakeholder is gone counts for nothing.
    let made = Memo::new(move |_| {
        map.with(|m| {
            m.as_ref()
                .map(|m| frozen.with_value(|b| matched(b, m).len()))
        })
        .unwrap_or_default()
    });
    let matched_rows = (baseline.matches.iter())
        .map(|m| {
            let choice = MatchChoice {
                actor: m.actor,
                stakeholder: None,
            };
            let pair = sides.pair(m.actor, m.stakeholder);
            let unmatch = move || decide.run((bid, vec![choice.clone()]));
            pair_row(pair, "baseline-match", "baselines-unmatch", unmatch)
        })
        .collect_view();
    let (actors, matches) = (baseline.actors.len(), baseline.matches.len());
    view! {
        <article class="baseline" data-testid="baseline">
            <h3>{baseline.name.clone()}</h3>
            <p data-testid="baseline-count">
                {move || {
                    locale
                        .t_with(
                            "baselines-matched",
                            &[("matched", made.get().into()), ("actors", actors.into())],
                        )
                }}
            </p>
            <Proposed sides decide />
            <MatchByHand sides decide />
            {(matches != 0)
                .then(|| {
                    view! {
                        <details class="baseline-list" open=matches <= FOLDED>
                            <summary>
                                {move || {
                                    locale
                                        .t_with(
                                            "baselines-matched-pairs",
                                            &[("count", matches.into())],
                                        )
                                }}
                            </summary>
                            <ul class="baseline-pairs">{matched_rows}</ul>
                        </details>
                    }
                })}
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

/// The two sides of a baseline's matches: its actors, and the map now.
#[derive(Clone, Copy)]
struct Sides {
    frozen: StoredValue<Baseline>,
    workshop: Signal<Option<Workshop>>,
    map: Signal<Option<CombinedMap>>,
}

impl Sides {
    /// "last year's name → this year's".
    fn pair(self, actor: StakeholderId, now: StakeholderId) -> String {
        let then = (self.frozen)
            .with_value(|b| b.actor(actor).map(|x| x.name.clone()))
            .unwrap_or_default();
        let combined = self.map.with(|m| {
            (m.as_ref()?.stakeholders.iter())
                .find(|c| c.id == now)
                .map(|c| c.name.clone())
        });
        let now = combined.or_else(|| {
            (self.workshop).with(|w| Some(w.as_ref()?.stakeholder(now)?.name().to_owned()))
        });
        format!("{then} → {}", now.unwrap_or_default())
    }
}

/// What the name matching proposes, each confirmed with a tap or all at once.
#[component]
fn Proposed(sides: Sides, decide: Decide) -> impl IntoView {
    let locale = use_locale();
    let Sides { frozen, map, .. } = sides;
    let bid = frozen.with_value(Baseline::id);
    let proposed = Memo::new(move |_| {
        map.with(|m| m.as_ref().map(|m| frozen.with_value(|b| proposals(b, m))))
            .unwrap_or_default()
    });
    let confirm = |actor, stakeholder| MatchChoice {
        actor,
        stakeholder: Some(stakeholder),
    };
    let proposed_rows = move || {
        (proposed.get().into_iter())
            .map(|p| {
                let choice = confirm(p.actor, p.stakeholder);
                let act = move || decide.run((bid, vec![choice.clone()]));
                pair_row(
                    sides.pair(p.actor, p.stakeholder),
                    "baseline-proposal",
                    "baselines-confirm",
                    act,
                )
            })
            .collect_view()
    };
    let confirm_all = move |_| {
        let all = proposed.with_untracked(|ps| {
            (ps.iter())
                .map(|p| confirm(p.actor, p.stakeholder))
                .collect()
        });
        decide.run((bid, all));
    };
    let count = move || proposed.with(Vec::len);
    view! {
        <Show
            when=move || count() != 0
            fallback=move || {
                view! { <p class="hint">{move || locale.t("baselines-none-proposed")}</p> }
            }
        >
            <button
                type="button"
                class="primary"
                data-testid="baseline-confirm-all"
                on:click=confirm_all
            >
                {move || locale.t_with("baselines-confirm-all", &[("count", count().into())])}
            </button>
            // A room's baseline proposes a hundred: folded, so that what follows is near.
            <details class="baseline-list" open=move || count() <= FOLDED>
                <summary>
                    {move || locale.t_with("baselines-proposed", &[("count", count().into())])}
                </summary>
                <ul class="baseline-pairs">{proposed_rows}</ul>
            </details>
        </Show>
    }
}

/// An actor of the baseline and one on the map now that nothing matches yet, each picked
/// with a tap (alphabetical lists, as the worksheet's), then matched.
#[component]
fn MatchByHand(sides: Sides, decide: Decide) -> impl IntoView {
    let locale = use_locale();
    let Sides {
        frozen,
        workshop,
        map,
    } = sides;
    let then = RwSignal::new(None::<StakeholderId>);
    let now = RwSignal::new(None::<StakeholderId>);
    let open = Memo::new(move |_| {
        let (m, w) = (map.read(), workshop.read());
        let (Some(m), Some(w)) = (m.as_ref(), w.as_ref()) else {
            return Default::default();
        };
        frozen.with_value(|b| unmatched(b, m, w))
    });
    let both = move || open.with(|(a, n)| !a.is_empty() && !n.is_empty());
    let act = move |_| {
        if let (Some(actor), Some(stakeholder)) = (then.get_untracked(), now.get_untracked()) {
            let choice = MatchChoice {
                actor,
                stakeholder: Some(stakeholder),
            };
            decide.run((frozen.with_value(Baseline::id), vec![choice]));
            then.set(None);
            now.set(None);
        }
    };
    view! {
        <Show when=both>
            <details class="baseline-by-hand" data-testid="baseline-by-hand">
                <summary>{move || locale.t("baselines-by-hand")}</summary>
                <p class="hint">{move || locale.t("baselines-by-hand-hint")}</p>
                <div class="baseline-columns">
                    {pick_list("baselines-then", "baseline-pick-then", then, move || open.get().0)}
                    {pick_list("baselines-now", "baseline-pick-now", now, move || open.get().1)}
                </div>
                <button
                    type="button"
                    class="primary"
                    data-testid="baseline-match-by-hand"
                    disabled=move || then.with(Option::is_none) || now.with(Option::is_none)
                    on:click=act
                >
                    {move || locale.t("baselines-match")}
                </button>
            </details>
        </Show>
    }
}

/// The baseline's actors and the map's stakeholders no match takes yet, each by name.
fn unmatched(b: &Baseline, m: &CombinedMap, w: &Workshop) -> (Names, Names) {
    let done = matched(b, m);
    let by_name = |mut v: Names| {
        v.sort_by_cached_key(|(_, n, g)| (n.to_lowercase(), g.clone()));
        v
    };
    let actors = (b.actors().iter().enumerate())
        .filter(|(i, _)| !done.iter().any(|d| d.0 == *i))
        .map(|(_, a)| (a.id, a.name.clone(), a.groups.join(", ")))
        .collect();
    let now = (m.stakeholders.iter().enumerate())
        .filter(|(i, _)| !done.iter().any(|d| d.1 == *i))
        .map(|(_, c)| {
            let groups: Vec<&str> = (c.groups.iter())
                .filter_map(|g| Some(w.group(*g)?.name()))
                .collect();
            (c.id, c.name.clone(), groups.join(", "))
        })
        .collect();
    (by_name(actors), by_name(now))
}

/// One side of a match by hand: a list to pick one name from.
fn pick_list(
    legend: &'static str,
    testid: &'static str,
    picked: RwSignal<Option<StakeholderId>>,
    names: impl Fn() -> Names + Send + Sync + 'static,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <fieldset>
            <legend>{move || locale.t(legend)}</legend>
            <div role="radiogroup" class="baseline-picks">
                <For
                    each=names
                    key=|pick| pick.clone()
                    children=move |(id, name, groups)| {
                        view! {
                            <button
                                type="button"
                                role="radio"
                                class="choice-button"
                                data-testid=testid
                                aria-checked=move || (picked.get() == Some(id)).to_string()
                                on:click=move |_| picked.set(Some(id))
                            >
                                <span>{name}<small>{groups}</small></span>
                            </button>
                        }
                    }
                />
            </div>
        </fieldset>
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
