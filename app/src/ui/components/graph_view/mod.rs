//! The relationship graph on screen: the shared layout drawn to SVG by plotters in the
//! browser, redrawn as the workshop changes, each time starting from where the nodes were so
//! the picture stays calm while groups edit. With `on_pick`, two nodes tapped in turn
//! ([`nodes`]); below the graph (not on the projector), its measures ([`measures`]).

mod measures;
mod nodes;

use std::collections::HashMap;

use leptos::html::Div;
use leptos::prelude::*;

use crate::chart::{GraphInput, GraphLayout, GraphPanels, GridOptions, Point, svg};
use crate::domain::{StakeholderId, Workshop};
use crate::ui::components::Frame;
use crate::ui::components::canvas_size::use_canvas_size;
use crate::wire::MeasuresView;

use measures::{MeasuresFold, MeasuresTable};
use nodes::{NodeButtons, PickHint};

/// Two stakeholders picked one after the other: (from, to).
pub type Pick = (StakeholderId, StakeholderId);

/// The graph as laid out, with its measures table.
type Laid = Memo<Option<(GraphLayout, MeasuresView)>>;

/// The graph on a tablet, where two nodes tapped in turn add a relationship; pages that only
/// show it use [`PictureView`](super::PictureView).
#[component]
pub fn GraphView(
    #[prop(into)] workshop: Signal<Option<Workshop>>,
    #[prop(into)] options: Signal<GridOptions>,
    /// Two nodes tapped one after the other (a tablet adding a relationship). Absent:
    /// read-only.
    #[prop(optional, into)]
    on_pick: Option<Callback<Pick>>,
) -> impl IntoView {
    graph_view(Frame::new(workshop, options), on_pick)
}

/// The graph in `frame`; `on_pick` as [`GraphView`]'s.
pub(super) fn graph_view(frame: Frame, on_pick: Option<Callback<Pick>>) -> AnyView {
    let Frame {
        projector,
        paged_keys,
        ..
    } = frame;
    let container = NodeRef::<Div>::new();
    let size = use_canvas_size(container, projector);
    let previous = StoredValue::new(HashMap::<StakeholderId, Point>::new());

    // Laid out again only when the input changes: a warm start moves nodes a little each
    // time, and the picture should stay calm (and a finger's target where it was).
    let input = frame.input::<GraphInput>();
    // Not split while picking nodes.
    let split = frame.split(input, on_pick.is_some());
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
    let layout: Laid = Memo::new(move |_| {
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
    let keys = frame.keys(rest, size);
    // The ring is drawn on a copy: picking must not lay the graph out again (and move it).
    let picture = move || {
        if let Some(key) = frame.key_shown(keys) {
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
    let table = Memo::new(move |_| {
        multiples
            .with(|m| m.as_ref().map(|(_, t)| t.clone()))
            .or_else(|| layout.with(|l| l.as_ref().map(|(_, t)| t.clone())))
    });

    view! {
        <PickHint workshop=frame.workshop picked on_pick />
        <div
            class="grid-view graph-view"
            class:projector=projector
            class:editable=on_pick.is_some()
            data-testid="graph"
            data-panels=move || multiples.with(|m| m.as_ref().map_or(0, |(m, _)| m.panels.len()))
            node_ref=container
        >
            <div class="grid-picture" inner_html=picture></div>
            <div class="grid-markers">
                <NodeButtons workshop=frame.workshop layout size picked on_pick />
            </div>
        </div>
        {frame.key_pages(keys)}
        {(!projector && !paged_keys).then(|| view! { <MeasuresTable table /> })}
        {paged_keys.then(|| view! { <MeasuresFold table /> })}
    }
    .into_any()
}
