//! The graph's measures table (degree, brokerage, component, community), most brokering
//! first: whole under the graph, or on the console folded and a page at a time.

use leptos::prelude::*;

use crate::ui::components::pager::{Pager, page_rows};
use crate::ui::locale::use_locale;
use crate::wire::MeasuresView;

/// Rows of the measures table a page on the moderator's console.
const MEASURES_A_PAGE: usize = 8;

/// The table; with `page`, only that page's rows.
#[component]
pub(super) fn MeasuresTable(
    table: Memo<Option<MeasuresView>>,
    #[prop(optional)] page: Option<RwSignal<usize>>,
) -> impl IntoView {
    let locale = use_locale();
    move || {
        let view = table.get()?;
        let mut rows: Vec<_> = view.stakeholders.into_values().collect();
        rows.sort_by(|a, b| {
            b.betweenness
                .total_cmp(&a.betweenness)
                .then(b.degree.cmp(&a.degree))
                .then(a.name.cmp(&b.name))
        });
        if let Some(page) = page {
            let shown = page_rows(rows.len(), MEASURES_A_PAGE, page.get());
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
    }
}

/// On the console the table is for a closer look: folded, a page of the brokers at a time.
#[component]
pub(super) fn MeasuresFold(table: Memo<Option<MeasuresView>>) -> impl IntoView {
    let locale = use_locale();
    let page = RwSignal::new(0_usize);
    let count =
        Signal::derive(move || table.with(|t| t.as_ref().map_or(0, |t| t.stakeholders.len())));
    view! {
        <details class="measures-fold" data-testid="measures-fold">
            <summary>{move || locale.t("measures-title")}</summary>
            <MeasuresTable table page />
            <Pager
                page
                len=count
                per=MEASURES_A_PAGE
                label=Signal::derive(move || locale.t("measures-title"))
            />
        </details>
    }
    .into_any()
}
