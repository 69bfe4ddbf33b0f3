//! A group's stakeholders and relationships as the report's tables, each in a box that
//! scrolls sideways on a narrow screen.

use leptos::prelude::*;

use crate::domain::{GroupId, Quadrant, Stakeholder, Workshop};
use crate::files::Column;
use crate::i18n::{Direction, Strength};
use crate::ui::locale::use_locale;

/// Every field of a group's stakeholders (but notes), by category and level as on the
/// worksheet.
pub(super) fn stakeholders(w: &Workshop, group: GroupId) -> AnyView {
    let locale = use_locale();
    let mut list: Vec<&Stakeholder> = w
        .stakeholders()
        .iter()
        .filter(|s| s.group() == group)
        .collect();
    if list.is_empty() {
        return view! { <p class="hint">{locale.t("report-none")}</p> }.into_any();
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
                    <td>{locale.word(s.category())} " · " {locale.word(s.level())}</td>
                    <td class="number">{format!("{} / {}", s.interest(), s.influence())}</td>
                    <td>{locale.word(&quadrant)}</td>
                    <td>{locale.word(&s.attitude())}</td>
                    <td class="text">{s.interests().to_owned()}</td>
                    <td class="text">{s.cooperation().to_owned()}</td>
                </tr>
            }
            .into_any()
        })
        .collect();
    // Seven columns fit a portrait page: category with level, interest with influence.
    let both = |a: Column, b: Column, between: &str| {
        format!(
            "{}{between}{}",
            locale.word(&a),
            locale.word(&b).to_lowercase()
        )
    };
    let heads = vec![
        locale.word(&Column::Name),
        both(Column::Category, Column::Level, " · "),
        both(Column::Interest, Column::Influence, " / "),
        locale.word(&Column::Quadrant),
        locale.word(&Column::Attitude),
        locale.word(&Column::Interests),
        locale.word(&Column::Cooperation),
    ];
    table(group, "stakeholders", heads, rows)
}

/// A group's table (`report-{part}`) in a box that scrolls sideways on a narrow screen: a
/// region named by the group's and the table's headings, reachable with Tab so that the
/// keyboard can scroll it too.
fn table(group: GroupId, part: &str, heads: Vec<String>, rows: Vec<AnyView>) -> AnyView {
    let heads = heads
        .into_iter()
        .map(|text| view! { <th scope="col">{text}</th> })
        .collect_view();
    view! {
        <div
            class="report-table-wrap"
            role="region"
            tabindex="0"
            aria-labelledby=format!("report-group-{group} report-{part}-{group}")
        >
            <table class=format!("report-table report-{part}") data-testid=format!("report-{part}")>
                <thead>
                    <tr>{heads}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// A group's relationships: who, with whom, kind, strength and direction.
pub(super) fn relationships(w: &Workshop, group: GroupId) -> AnyView {
    let locale = use_locale();
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
            let direction = Direction {
                directed: r.directed(),
            };
            view! {
                <tr data-testid="report-relationship">
                    <td class="text">{name(r.from())}</td>
                    <td class="text">{name(r.to())}</td>
                    <td>{locale.word(&r.kind())}</td>
                    <td>{locale.word(&Strength(r.strength()))}</td>
                    <td>{locale.word(&direction)}</td>
                </tr>
            }
            .into_any()
        })
        .collect::<Vec<_>>();
    if rows.is_empty() {
        return view! { <p class="hint">{locale.t("relationships-none")}</p> }.into_any();
    }
    let heads = [
        Column::From,
        Column::To,
        Column::Kind,
        Column::Strength,
        Column::Direction,
    ]
    .map(|column| locale.word(&column))
    .to_vec();
    table(group, "relationships", heads, rows)
}
