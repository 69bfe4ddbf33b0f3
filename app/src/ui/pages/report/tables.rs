//! A group's stakeholders and relationships as the report's tables, each in a box that
//! scrolls sideways on a narrow screen.

use leptos::prelude::*;

use crate::domain::{GroupId, Quadrant, Stakeholder, Workshop};
use crate::ui::components::group_table::word as named;
use crate::ui::locale::use_locale;

/// Every field of a group's stakeholders (but notes), by category and level as on the
/// worksheet.
#[component]
pub(super) fn StakeholderTable(
    workshop: Signal<Option<Workshop>>,
    group: GroupId,
) -> impl IntoView {
    let locale = use_locale();
    move || {
        let w = workshop.get()?;
        let mut list: Vec<&Stakeholder> = w
            .stakeholders()
            .iter()
            .filter(|s| s.group() == group)
            .collect();
        if list.is_empty() {
            return Some(view! { <p class="hint">{locale.t("report-none")}</p> }.into_any());
        }
        let rank = |s: &Stakeholder| {
            (
                w.categories().iter().position(|c| c == s.category()),
                w.levels().iter().position(|l| l == s.level()),
            )
        };
        list.sort_by(|a, b| rank(a).cmp(&rank(b)).then(a.name().cmp(b.name())));
        let rows = list
            .into_iter()
            .map(|s| {
                let quadrant = Quadrant::of(w.scale(), s.interest(), s.influence());
                view! {
                    <tr data-testid="report-stakeholder" data-id=s.id().to_string()>
                        <th scope="row">{s.name().to_owned()}</th>
                        <td>
                            {named(locale, "category", s.category().as_str())} " · "
                            {named(locale, "level", s.level().as_str())}
                        </td>
                        <td class="number">{format!("{} / {}", s.interest(), s.influence())}</td>
                        <td>{locale.t(&format!("quadrant-{}", quadrant.as_str()))}</td>
                        <td>{locale.t(&format!("attitude-{}", s.attitude().as_str()))}</td>
                        <td class="text">{s.interests().to_owned()}</td>
                        <td class="text">{s.cooperation().to_owned()}</td>
                    </tr>
                }
                .into_any()
            })
            .collect_view();
        // Seven columns fit a portrait page: category with level, interest with influence.
        let both = |a: &str, b: &str, between: &str| {
            format!("{}{between}{}", locale.t(a), locale.t(b).to_lowercase())
        };
        let heads = [
            locale.t("export-col-name"),
            both("export-col-category", "export-col-level", " · "),
            both("export-col-interest", "export-col-influence", " / "),
            locale.t("export-col-quadrant"),
            locale.t("export-col-attitude"),
            locale.t("export-col-interests"),
            locale.t("export-col-cooperation"),
        ]
        .into_iter()
        .map(|text| view! { <th scope="col">{text}</th> })
        .collect_view();
        Some(
            view! {
                <TableWrap labelled_by=format!("report-group-{group} report-stakeholders-{group}")>
                    <table
                        class="report-table report-stakeholders"
                        data-testid="report-stakeholders"
                    >
                        <thead>
                            <tr>{heads}</tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </TableWrap>
            }
            .into_any(),
        )
    }
}

/// A table's box, which scrolls sideways on a narrow screen: a region named by the headings
/// `labelled_by` lists, reachable with Tab so that the keyboard can scroll it too.
#[component]
fn TableWrap(labelled_by: String, children: Children) -> impl IntoView {
    view! {
        <div class="report-table-wrap" role="region" tabindex="0" aria-labelledby=labelled_by>
            {children()}
        </div>
    }
}

/// A group's relationships: who, with whom, kind, strength and direction.
#[component]
pub(super) fn RelationshipTable(
    workshop: Signal<Option<Workshop>>,
    group: GroupId,
) -> impl IntoView {
    let locale = use_locale();
    move || {
        let w = workshop.get()?;
        let name = |id| {
            w.stakeholder(id)
                .map(|s| s.name().to_owned())
                .unwrap_or_default()
        };
        let rows = w
            .relationships()
            .iter()
            .filter(|r| r.group() == group)
            .map(|r| {
                let direction = if r.directed() {
                    "export-one-way"
                } else {
                    "export-mutual"
                };
                view! {
                    <tr data-testid="report-relationship">
                        <td class="text">{name(r.from())}</td>
                        <td class="text">{name(r.to())}</td>
                        <td>{locale.t(&format!("kind-{}", r.kind().as_str()))}</td>
                        <td>{locale.t(&format!("strength-{}", r.strength()))}</td>
                        <td>{locale.t(direction)}</td>
                    </tr>
                }
                .into_any()
            })
            .collect::<Vec<_>>();
        if rows.is_empty() {
            return Some(view! { <p class="hint">{locale.t("relationships-none")}</p> }.into_any());
        }
        let heads = [
            "export-col-from",
            "export-col-to",
            "export-col-kind",
            "export-col-strength",
            "export-col-direction",
        ]
        .into_iter()
        .map(|key| view! { <th scope="col">{locale.t(key)}</th> })
        .collect_view();
        Some(
            view! {
                <TableWrap labelled_by=format!("report-group-{group} report-relationships-{group}")>
                    <table
                        class="report-table report-relationships"
                        data-testid="report-relationships"
                    >
                        <thead>
                            <tr>{heads}</tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </TableWrap>
            }
            .into_any(),
        )
    }
}
