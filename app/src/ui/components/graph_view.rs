//! The relationship graph on screen: the shared layout drawn to SVG by plotters in the
//! browser, redrawn as the workshop changes, each time starting from where the nodes were so
//! the picture stays calm while groups edit. Below it (not on the projector), the measures.

use std::collections::HashMap;

use leptos::html::Div;
use leptos::prelude::*;

use crate::chart::{GraphLayout, GraphPanels, GridOptions, Point, graph_input_with, svg};
use crate::domain::{CombinedMap, StakeholderId, Workshop};
use crate::ui::components::canvas_size::use_canvas_size;
use crate::ui::components::key_pages::KeyPagesOf;
use crate::ui::components::pager::{Pager, page_rows};
use crate::ui::components::{KeyPages, use_key_pages};

/// Rows of the measures table a page on the moderator's console.
const MEASURES_A_PAGE: usize = 8;
use crate::ui::locale::use_locale;
use crate::wire::MeasuresView;

#[component]
pub fn GraphView(
    #[prop(into)] workshop: Signal<Option<Workshop>>,
    #[prop(into)] options: Signal<GridOptions>,
    /// Fill the window, keep the title, leave out the measures table (projector mode).
    #[prop(optional)]
    projector: bool,
    /// Two nodes tapped one after the other (a tablet adding a relationship). Absent:
    /// read-only.
    #[prop(optional, into)]
    on_pick: Option<Callback<(StakeholderId, StakeholderId)>>,
    /// The workshop's combined map, when the page has it already (else computed as needed).
    #[prop(optional, into)]
    map: Option<Signal<Option<CombinedMap>>>,
    /// On the projector: which page — 0 the graph, then the key's own pages.
    #[prop(optional, into)]
    page: Option<Signal<usize>>,
    /// On the projector: told how many pages there are.
    #[prop(optional)]
    pages: Option<RwSignal<usize>>,
    /// Off the projector: the key's own pages one at a time (the moderator's console).
    #[prop(optional)]
    paged_keys: bool,
) -> impl IntoView {
    let locale = use_locale();
    let container = NodeRef::<Div>::new();
    let size = use_canvas_size(container, projector);
    let previous = StoredValue::new(HashMap::<StakeholderId, Point>::new());

    // Laid out again only when what the graph shows changes, not on every message from the
    // server: a warm start moves nodes a little each time, and the picture should stay calm
    // (and a finger's target where it was).
    let input = Memo::new(move |_| {
        let w = workshop.get()?;
        let options = options.get();
        let mut input = match map.filter(|_| options.combined) {
            Some(map) => map.with(|m| graph_input_with(&w, &options, locale.lang(), m.as_ref())),
            None => graph_input_with(&w, &options, locale.lang(), None),
        };
        if !projector {
            input.words.title.clear();
        }
        Some(input)
    });
    // A crowded graph as small multiples, one panel per category (not while picking nodes).
    let split = Memo::new(move |_| {
        on_pick.is_none()
            && input.with(|i| {
                i.as_ref()
                    .is_some_and(|i| options.with(|o| o.panels.split(i.nodes.len())))
            })
    });
    let multiples = Memo::new(move |_| {
        if !split.get() {
            return None;
        }
        let input = input.get()?;
        let (width, height) = size.get();
        let panels =
            previous.with_value(|before| GraphPanels::compute(&input, width, height, before));
        previous.set_value(panels.positions());
        let table = MeasuresView::with(&input, &panels.measures);
        Some((panels, table))
    });
    let layout = Memo::new(move |_| {
        if split.get() {
            return None;
        }
        let input = input.get()?;
        let (width, height) = size.get();
        let layout =
            previous.with_value(|before| GraphLayout::compute(&input, width, height, before));
        previous.set_value(layout.positions());
        // The table reads the measures the layout already computed.
        let table = MeasuresView::with(&input, &layout.measures);
        Some((layout, table))
    });
    let picked = RwSignal::new(None::<StakeholderId>);
    let rest = Signal::derive(move || {
        multiples
            .with(|m| m.as_ref().map(|(m, _)| m.key_rest.clone()))
            .or_else(|| layout.with(|l| l.as_ref().map(|(l, _)| l.key_rest.clone())))
            .unwrap_or_default()
    });
    let keys = use_key_pages(
        rest,
        KeyPagesOf {
            workshop,
            options,
            size,
            short: !projector,
            pages,
        },
    );
    // The ring is drawn on a copy: picking must not lay the graph out again (and move it).
    let picture = move || {
        let at = page.map_or(0, |p| p.get());
        if projector
            && at > 0
            && let Some(key) = keys.with(|k| k.get(at - 1).map(svg))
        {
            return key;
        }
        if let Some(panels) = multiples.with(|m| m.as_ref().map(|(m, _)| svg(m))) {
            return panels;
        }
        let highlight = picked.get();
        layout.with(|l| {
            l.as_ref()
                .map(|(l, _)| {
                    if highlight.is_some() {
                        let mut ringed = l.clone();
                        ringed.highlight = highlight;
                        svg(&ringed)
                    } else {
                        svg(l)
                    }
                })
                .unwrap_or_default()
        })
    };
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
    // Invisible 44 px buttons over the nodes: a fingertip, a keyboard and a screen reader can
    // each pick a stakeholder; tapping the picked one again lets it go. Keyed by stakeholder,
    // so a button survives the picture being redrawn under a finger.
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
    let name_of = move |id: StakeholderId| {
        workshop.with_untracked(|w| {
            w.as_ref()
                .and_then(|w| w.stakeholder(id))
                .map(|s| s.name().to_owned())
                .unwrap_or_default()
        })
    };
    let buttons = move || {
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
    };
    let hint = move || {
        on_pick.map(|_| {
            let text = match picked.get() {
                None => locale.t("graph-pick-first"),
                Some(id) => {
                    let name = workshop.with(|w| {
                        w.as_ref()
                            .and_then(|w| w.stakeholder(id))
                            .map(|s| s.name().to_owned())
                            .unwrap_or_default()
                    });
                    locale.t_with("graph-pick-second", &[("name", name.into())])
                }
            };
            view! {
                <p class="hint" data-testid="graph-hint">
                    {text}
                </p>
            }
        })
    };
    // On the console the table shows a page of the brokers at a time, most brokering first.
    let measures_page = RwSignal::new(0_usize);
    let measures_count = Signal::derive(move || {
        multiples
            .with(|m| m.as_ref().map(|(_, t)| t.stakeholders.len()))
            .or_else(|| layout.with(|l| l.as_ref().map(|(_, t)| t.stakeholders.len())))
            .unwrap_or(0)
    });
    let measures = move || {
        let view = multiples
            .with(|m| m.as_ref().map(|(_, t)| t.clone()))
            .or_else(|| layout.with(|l| l.as_ref().map(|(_, t)| t.clone())))?;
        let mut rows: Vec<_> = view.stakeholders.into_values().collect();
        rows.sort_by(|a, b| {
            b.betweenness
                .total_cmp(&a.betweenness)
                .then(b.degree.cmp(&a.degree))
                .then(a.name.cmp(&b.name))
        });
        if paged_keys {
            let shown = page_rows(rows.len(), MEASURES_A_PAGE, measures_page.get());
            rows = rows[shown].to_vec();
        }
        Some(view! {
            <table class="measures" data-testid="measures">
                <caption>{locale.t("measures-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{locale.t("field-name")}</th>
                        <th scope="col">{locale.t("measures-degree")}</th>
                        <th scope="col">"→ / ←"</th>
                        <th scope="col">{locale.t("measures-betweenness")}</th>
                        <th scope="col">{locale.t("measures-component")}</th>
                        <th scope="col">{locale.t("measures-community")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|m| {
                            view! {
                                <tr>
                                    <th scope="row">{m.name}</th>
                                    <td>{m.degree}</td>
                                    <td>{format!("{} / {}", m.degree_out, m.degree_in)}</td>
                                    <td>{format!("{:.3}", m.betweenness)}</td>
                                    <td>{m.component + 1}</td>
                                    <td>{m.community + 1}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        })
    };

    view! {
        {hint}
        <div
            class="grid-view graph-view"
            class:projector=projector
            class:editable=on_pick.is_some()
            data-testid="graph"
            data-panels=move || multiples.with(|m| m.as_ref().map_or(0, |(m, _)| m.panels.len()))
            node_ref=container
        >
            <div class="grid-picture" inner_html=picture></div>
            <div class="grid-markers">{buttons}</div>
        </div>
        <Show when=move || !projector>
            <KeyPages pages=keys paged=paged_keys />
        </Show>
        {(!projector && !paged_keys).then_some(measures)}
        // On the console the table is for a closer look: folded, a page at a time.
        {paged_keys
            .then(|| {
                view! {
                    <details class="measures-fold" data-testid="measures-fold">
                        <summary>{move || locale.t("measures-title")}</summary>
                        {measures}
                        <Pager
                            page=measures_page
                            len=measures_count
                            per=MEASURES_A_PAGE
                            label=Signal::derive(move || locale.t("measures-title"))
                        />
                    </details>
                }
                    .into_any()
            })}
    }
}
