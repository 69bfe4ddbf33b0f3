//! The report's sections, each from a new page: a group's (grid, tables, graph) and the
//! combined map's (grid, graph, disagreements, worksheet), with the moderator page's own
//! picture components.

use leptos::prelude::*;

use super::tables;
use crate::chart::{GridOptions, Scope};
use crate::domain::{BaselineId, CombinedMap, GroupId, Moment, Workshop, combine};
use crate::i18n::moment_name;
use crate::ui::components::{Contested, Frame, MovesTable, PictureKind, PictureView, Worksheet};
use crate::ui::locale::use_locale;

/// One group, from a new page: its grid, its stakeholders and relationships, its graph and
/// the graph's measures.
#[component]
pub(super) fn GroupSection(workshop: Signal<Option<Workshop>>, group: GroupId) -> impl IntoView {
    let locale = use_locale();
    let options = Signal::derive(move || GridOptions::group(group));
    let name = move || {
        workshop
            .with(|w| {
                w.as_ref()
                    .and_then(|w| w.group(group))
                    .map(|g| g.name().to_owned())
            })
            .unwrap_or_default()
    };
    // The headings' ids, which name the tables' scrolling boxes.
    let id = move |part: &str| format!("report-{part}-{group}");
    let table = move |of: fn(&Workshop, GroupId) -> AnyView| {
        move || workshop.with(|w| w.as_ref().map(|w| of(w, group)))
    };
    view! {
        <section
            class="report-section report-group"
            data-testid="report-group"
            data-group=group.to_string()
        >
            <h2 id=id("group")>{name}</h2>
            <ReportPicture kind=PictureKind::Grid workshop options />
            <div class="report-block">
                <h3 id=id("stakeholders")>{move || locale.t("report-stakeholders")}</h3>
                {table(tables::stakeholders)}
            </div>
            <div class="report-block">
                <h3 id=id("relationships")>{move || locale.t("report-relationships")}</h3>
                {table(tables::relationships)}
            </div>
            <ReportPicture kind=PictureKind::Graph workshop options />
        </section>
    }
    .into_any()
}

/// The combined map, from a new page: its grid and graph, where the groups disagree, and the
/// worksheet.
#[component]
pub(super) fn CombinedSection(workshop: Signal<Option<Workshop>>) -> impl IntoView {
    let locale = use_locale();
    let options = Signal::derive(|| GridOptions::scope(Scope::Combined));
    // Computed once per change for the grid, the graph, the disagreements and the worksheet.
    let map = Memo::new(move |_| workshop.with(|w| w.as_ref().map(combine)));
    let shared = Signal::derive(move || map.get());
    let worksheet = move || {
        let w = workshop.get()?;
        let rows = map.with(|m| m.as_ref().map(|m| m.stakeholders.clone()))?;
        Some(view! { <Worksheet workshop=w rows /> }.into_any())
    };
    view! {
        <section class="report-section report-combined" data-testid="report-combined">
            <h2>{move || locale.t("grid-combined")}</h2>
            <ReportPicture kind=PictureKind::Grid workshop options map=shared />
            <ReportPicture kind=PictureKind::Graph workshop options map=shared />
            <div class="report-block">
                <h3>{move || locale.t("combined-contested")}</h3>
                {view! { <Contested workshop map=shared list_open=true /> }.into_any()}
            </div>
            <div class="report-block">
                <h3>{move || locale.t("report-worksheet")}</h3>
                {worksheet}
            </div>
        </section>
    }
    .into_any()
}

/// The comparisons the report makes: each round with the next, and the last round with now
/// when the maps changed after it.
pub(super) fn comparisons(w: &Workshop) -> Vec<(Moment, Moment)> {
    let rounds = w.rounds();
    let mut pairs: Vec<(Moment, Moment)> = (1..rounds.len())
        .map(|n| (Moment::Round(n), Moment::Round(n + 1)))
        .collect();
    // The close itself is one edit: anything past it changed the maps.
    if let Some(last) = rounds.last()
        && w.seq() > last.seq() + 1
    {
        pairs.push((Moment::Round(rounds.len()), Moment::Now));
    }
    pairs
}

/// One comparison, from a new page: the grid at `to` with arrows from `from`, and the table of
/// what moved. The combined map when the workshop has several groups.
#[component]
pub(super) fn ComparisonSection(
    workshop: Signal<Option<Workshop>>,
    from: Moment,
    to: Moment,
) -> impl IntoView {
    let locale = use_locale();
    let several = move || workshop.with(|w| w.as_ref().is_some_and(|w| w.groups().len() > 1));
    let options = Signal::derive(move || GridOptions {
        at: to,
        since: Some(from),
        ..GridOptions::scope(if several() {
            Scope::Combined
        } else {
            Scope::AllGroups
        })
    });
    let heading = move || {
        workshop.with(|w| {
            w.as_ref().map(|w| {
                let lang = locale.lang();
                format!(
                    "{} → {}",
                    moment_name(w, from, lang),
                    moment_name(w, to, lang)
                )
            })
        })
    };
    let map = Signal::derive(|| None);
    view! {
        <section class="report-section report-comparison" data-testid="report-comparison">
            <h2>{move || locale.t("report-comparison")}": " {heading}</h2>
            <ReportPicture kind=PictureKind::Grid workshop options />
            <div class="report-block">
                <MovesTable workshop map options />
            </div>
        </section>
    }
    .into_any()
}

/// One baseline, from a new page: the combined grid now with arrows from where the baseline
/// had each actor, and the table of what moved.
#[component]
pub(super) fn BaselineSection(
    workshop: Signal<Option<Workshop>>,
    baseline: BaselineId,
    name: String,
) -> impl IntoView {
    let locale = use_locale();
    let options = Signal::derive(move || GridOptions {
        baseline: Some(baseline),
        ..GridOptions::scope(Scope::Combined)
    });
    let heading =
        move || locale.t_with("report-baseline-heading", &[("name", name.clone().into())]);
    let map = Signal::derive(|| None);
    view! {
        <section class="report-section report-comparison" data-testid="report-baseline">
            <h2>{heading}</h2>
            <ReportPicture kind=PictureKind::Grid workshop options />
            <div class="report-block">
                <MovesTable workshop map options />
            </div>
        </section>
    }
    .into_any()
}

/// The grid, or the relationship graph with its measures table (degree, brokerage,
/// component, community): the moderator page's own component.
#[component]
fn ReportPicture(
    kind: PictureKind,
    workshop: Signal<Option<Workshop>>,
    options: Signal<GridOptions>,
    /// The combined map, when the section shows it.
    #[prop(optional)]
    map: Option<Signal<Option<CombinedMap>>>,
) -> impl IntoView {
    let locale = use_locale();
    let (class, heading) = match kind {
        PictureKind::Grid => ("report-picture", "moderator-grid"),
        PictureKind::Graph => ("report-graph", "report-graph"),
    };
    let frame = Frame {
        map,
        ..Frame::new(workshop, options)
    };
    view! {
        <div class=class>
            <h3>{move || locale.t(heading)}</h3>
            <PictureView kind frame />
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests;
