//! Picking two stakeholders on a tablet's graph: invisible 44 px buttons over the nodes (a
//! fingertip, a keyboard and a screen reader can each pick one; tapping the picked one again
//! lets it go), and the hint above the graph that says what to tap next.

use leptos::prelude::*;

use super::{Laid, Pick};
use crate::domain::{StakeholderId, Workshop};
use crate::ui::locale::use_locale;

fn name(workshop: &Option<Workshop>, id: StakeholderId) -> String {
    workshop
        .as_ref()
        .and_then(|w| w.stakeholder(id))
        .map(|s| s.name().to_owned())
        .unwrap_or_default()
}

/// One button a node, keyed by stakeholder, so that a button survives the picture being
/// redrawn under a finger.
#[component]
pub(super) fn NodeButtons(
    workshop: Signal<Option<Workshop>>,
    layout: Laid,
    size: RwSignal<(f64, f64)>,
    picked: RwSignal<Option<StakeholderId>>,
    on_pick: Option<Callback<Pick>>,
) -> impl IntoView {
    let pick = move |id: StakeholderId| {
        let Some(on_pick) = on_pick else { return };
        match picked.get_untracked() {
            Some(first) if first == id => picked.set(None),
            Some(first) => {
                picked.set(None);
                on_pick.run((first, id));
            }
            None => picked.set(Some(id)),
        }
    };
    let nodes = move || {
        if on_pick.is_none() {
            return Vec::new();
        }
        layout.with(|l| {
            l.as_ref()
                .map(|(l, _)| l.nodes.iter().map(|n| n.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let place = move |id: StakeholderId| {
        let (w, h) = size.get();
        layout.with(|l| {
            l.as_ref()
                .and_then(|(l, _)| l.nodes.iter().find(|n| n.id == id))
                .map(|n| {
                    format!(
                        "left:{:.3}%;top:{:.3}%",
                        n.center.x / w * 100.0,
                        n.center.y / h * 100.0,
                    )
                })
                .unwrap_or_default()
        })
    };
    let name_of = move |id: StakeholderId| workshop.with_untracked(|w| name(w, id));
    move || {
        view! {
            <For each=nodes key=|id| *id let:id>
                <button
                    type="button"
                    class="grid-marker"
                    data-testid="graph-node"
                    data-id=id.to_string()
                    style=move || place(id)
                    aria-label=name_of(id)
                    aria-pressed=move || (picked.get() == Some(id)).to_string()
                    on:click=move |_| pick(id)
                ></button>
            </For>
        }
    }
}

/// Above the graph while picking: what to tap first, then whom was picked and to tap the
/// second.
#[component]
pub(super) fn PickHint(
    workshop: Signal<Option<Workshop>>,
    picked: RwSignal<Option<StakeholderId>>,
    on_pick: Option<Callback<Pick>>,
) -> impl IntoView {
    let locale = use_locale();
    move || {
        on_pick.map(|_| {
            let text = match picked.get() {
                None => locale.t("graph-pick-first"),
                Some(id) => {
                    let name = workshop.with(|w| name(w, id));
                    locale.t_with("graph-pick-second", &[("name", name.into())])
                }
            };
            view! {
                <p class="hint" data-testid="graph-hint">
                    {text}
                </p>
            }
        })
    }
}
