//! The console's groups section: each group's name, join code and count above a compact,
//! sortable table of its stakeholders, following the tablets live.

use leptos::prelude::*;

use crate::ui::components::GroupTable;
use crate::ui::components::group_table::table_rows;
use crate::ui::locale::use_locale;
use crate::wire::{GroupView, WorkshopView};

/// About this many rows on screen in all: four groups of eight (a page each, long names on
/// two lines) stay within three screens of a laptop; one group shows its first 25.
const ROWS_IN_ALL: usize = 32;

fn rows_a_page(groups: usize) -> usize {
    (ROWS_IN_ALL / groups.max(1)).clamp(5, 25)
}

#[component]
pub fn ModeratorGroups(
    groups: Vec<GroupView>,
    /// The workshop as it is now: the live copy once connected.
    #[prop(into)]
    workshop: Signal<Option<WorkshopView>>,
) -> impl IntoView {
    let locale = use_locale();
    let per_page = rows_a_page(groups.len());
    groups
        .into_iter()
        .map(|g| {
            let gid = g.id;
            let rows = Memo::new(move |_| {
                workshop.with(|w| {
                    w.as_ref()
                        .map(|w| table_rows(locale, gid, &w.stakeholders, &w.relationships))
                        .unwrap_or_default()
                })
            });
            let count = move || {
                locale.t_with(
                    "stakeholder-count",
                    &[("count", rows.with(Vec::len).into())],
                )
            };
            let name = g.name.clone();
            view! {
                <section
                    class="panel group-column"
                    data-testid="group-column"
                    data-group=g.id.to_string()
                >
                    <GroupTable rows per_page label=Signal::derive(move || name.clone())>
                        <header class="group-head">
                            <h2>{g.name.clone()}</h2>
                            <p class="hint">
                                <code class="join-code">
                                    {g.join_code.clone().unwrap_or_default()}
                                </code>
                                " · "
                                <span data-testid="stakeholder-count">{count}</span>
                            </p>
                        </header>
                    </GroupTable>
                </section>
            }
            .into_any()
        })
        .collect_view()
}

#[cfg(test)]
mod tests;
