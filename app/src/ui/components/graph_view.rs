//! The relationship graph on screen: the shared layout drawn to SVG by plotters in the
//! browser, redrawn as the workshop changes, each time starting from where the nodes were so
//! the picture stays calm while groups edit. Below it (not on the projector), the measures.

use std::collections::HashMap;

use leptos::html::Div;
use leptos::prelude::*;

use crate::chart::{GraphLayout, GridOptions, Point, graph_input, svg};
use crate::domain::{StakeholderId, Workshop};
use crate::ui::components::canvas_size::use_canvas_size;
use crate::ui::locale::use_locale;
use crate::wire::MeasuresView;

#[component]
pub fn GraphView(
    #[prop(into)] workshop: Signal<Option<Workshop>>,
    #[prop(into)] options: Signal<GridOptions>,
    /// Fill the window, keep the title, leave out the measures table (projector mode).
    #[prop(optional)]
    projector: bool,
) -> impl IntoView {
    let locale = use_locale();
    let container = NodeRef::<Div>::new();
    let size = use_canvas_size(container, projector);
    let previous = StoredValue::new(HashMap::<StakeholderId, Point>::new());

    let layout = Memo::new(move |_| {
        let w = workshop.get()?;
        let mut input = graph_input(&w, &options.get(), locale.lang());
        if !projector {
            input.words.title.clear();
        }
        let (width, height) = size.get();
        let layout =
            previous.with_value(|before| GraphLayout::compute(&input, width, height, before));
        previous.set_value(layout.positions());
        // The table reads the measures the layout already computed.
        let table = MeasuresView::with(&input, &layout.measures);
        Some((layout, table))
    });
    let picture = move || layout.with(|l| l.as_ref().map(|(l, _)| svg(l)).unwrap_or_default());
    let measures = move || {
        let view = layout.with(|l| l.as_ref().map(|(_, t)| t.clone()))?;
        let mut rows: Vec<_> = view.stakeholders.into_values().collect();
        rows.sort_by(|a, b| {
            b.betweenness
                .total_cmp(&a.betweenness)
                .then(b.degree.cmp(&a.degree))
                .then(a.name.cmp(&b.name))
        });
        Some(view! {
            <table class="measures" data-testid="measures">
                <caption>{locale.t("measures-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col"></th>
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
        <div
            class="grid-view graph-view"
            class:projector=projector
            data-testid="graph"
            node_ref=container
            inner_html=picture
        ></div>
        {(!projector).then_some(measures)}
    }
}
