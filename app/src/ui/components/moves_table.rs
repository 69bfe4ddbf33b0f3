//! What moved between the two moments a compared grid shows (`GridOptions::since` and `at`),
//! quadrant changes first: on the moderator's console and in the report.

use leptos::prelude::*;

use crate::chart::{GridInput, GridOptions, Move, moves};
use crate::domain::{CombinedMap, Quadrant, Workshop};
use crate::ui::components::Frame;
use crate::ui::locale::use_locale;

/// What moved between the two moments of the grid as chosen, quadrant changes first.
#[component]
pub fn MovesTable(
    workshop: Signal<Option<Workshop>>,
    map: Signal<Option<CombinedMap>>,
    options: Signal<GridOptions>,
) -> impl IntoView {
    let locale = use_locale();
    let input = Frame::new(workshop, options).map(map).input::<GridInput>();
    let rows = Memo::new(move |_| {
        input.with(|i| {
            let i = i.as_ref()?;
            let earlier = i.earlier.as_ref()?;
            // A combined map's actor is every group's that named it: no one group to name.
            let combined = i
                .points
                .iter()
                .chain(&earlier.points)
                .any(|p| p.spread.is_some());
            let groups = if combined {
                Vec::new()
            } else {
                i.groups.clone()
            };
            Some((moves(&earlier.points, &i.points, i.scale), groups))
        })
    });
    let place = move |at: Option<(f64, f64)>, quadrant: Option<Quadrant>, missing: &str| match (
        at, quadrant,
    ) {
        (Some((interest, influence)), Some(q)) => format!(
            "{} · {}",
            locale.t_with(
                "rounds-place",
                &[
                    ("interest", interest.into()),
                    ("influence", influence.into())
                ],
            ),
            locale.word(&q)
        ),
        _ => locale.t(missing),
    };
    let row = move |m: Move, groups: &[String]| {
        let group = groups.get(m.group).cloned().unwrap_or_default();
        view! {
            <tr class:quadrant-change=m.shift.changed_quadrant() data-testid="moved">
                <td>{m.name.clone()}</td>
                <td>{group}</td>
                <td>{place(m.shift.before, m.shift.quadrant_before, "rounds-new")}</td>
                <td>{place(m.shift.after, m.shift.quadrant_after, "rounds-gone")}</td>
            </tr>
        }
    };
    view! {
        <div class="moves" data-testid="moves">
            <h3>{move || locale.t("rounds-moves")}</h3>
            {move || {
                let Some((moved, groups)) = rows.get() else {
                    return view! { <p class="hint">{locale.t("rounds-loading")}</p> }.into_any();
                };
                if moved.is_empty() {
                    return view! { <p class="hint">{locale.t("rounds-nothing-moved")}</p> }
                        .into_any();
                }
                view! {
                    <table class="measures moves-table">
                        <thead>
                            <tr>
                                <th>{locale.t("field-name")}</th>
                                <th>{locale.t("rounds-col-group")}</th>
                                <th>{locale.t("rounds-col-before")}</th>
                                <th>{locale.t("rounds-col-after")}</th>
                            </tr>
                        </thead>
                        <tbody>{moved.into_iter().map(|m| row(m, &groups)).collect_view()}</tbody>
                    </table>
                }
                    .into_any()
            }}
        </div>
    }
}
