//! The report as one document: its header (the workshop's facts and its groups), each
//! group's section, and the combined map's when there is more than one group or a merge.

use leptos::prelude::*;

use super::sections::{
    BaselineSection, CombinedSection, ComparisonSection, GroupSection, comparisons,
};
use crate::domain::{GroupId, Workshop};
use crate::files::Column;
use crate::ui::components::baselines::use_baselines;
use crate::ui::locale::use_locale;

#[component]
pub(super) fn ReportDocument(
    workshop: Signal<Option<Workshop>>,
    made: RwSignal<String>,
) -> impl IntoView {
    let locale = use_locale();
    let groups = Memo::new(move |_| {
        workshop.with(|w| {
            w.as_ref()
                .map(|w| w.groups().iter().map(|g| g.id()).collect::<Vec<GroupId>>())
                .unwrap_or_default()
        })
    });
    let combined = Memo::new(move |_| {
        workshop.with(|w| {
            w.as_ref()
                .is_some_and(|w| w.groups().len() > 1 || !w.merges().is_empty())
        })
    });
    // Drawn again only when a round closes (or the first edit after one), not on every edit.
    let pairs =
        Memo::new(move |_| workshop.with(|w| w.as_ref().map(comparisons).unwrap_or_default()));
    let sections = move || {
        groups
            .get()
            .into_iter()
            .map(|group| view! { <GroupSection workshop group /> })
            .collect_view()
    };
    view! {
        <article
            class="report-sheet"
            data-testid="report-document"
            lang=move || locale.lang().code()
        >
            <ReportHeader workshop made />
            {sections}
            <Show when=move || combined.get()>
                <CombinedSection workshop />
            </Show>
            {move || {
                pairs
                    .get()
                    .into_iter()
                    .map(|(from, to)| view! { <ComparisonSection workshop from to /> })
                    .collect_view()
            }}
            {move || {
                (use_baselines().map(|b| b.list()).unwrap_or_default())
                    .into_iter()
                    .map(|b| view! { <BaselineSection workshop baseline=b.id name=b.name /> })
                    .collect_view()
            }}
        </article>
    }
    .into_any()
}

/// Title, focal subject, question, date, place, the groups with what each entered, and when
/// the report was made.
#[component]
fn ReportHeader(workshop: Signal<Option<Workshop>>, made: RwSignal<String>) -> impl IntoView {
    let locale = use_locale();
    move || {
        let w = workshop.get()?;
        let facts = [
            ("report-focal", w.focal().to_owned()),
            ("field-question", w.question().to_owned()),
            ("field-date", w.date().to_owned()),
            ("field-place", w.place().to_owned()),
            ("report-made", made.get()),
        ]
        .into_iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(key, value)| {
            view! {
                <div>
                    <dt>{locale.t(key)}</dt>
                    <dd>{value}</dd>
                </div>
            }
        })
        .collect_view();
        let groups = w
            .groups()
            .iter()
            .map(|g| {
                let id = g.id();
                let people = w.stakeholders().iter().filter(|s| s.group() == id).count();
                let links = w.relationships().iter().filter(|r| r.group() == id).count();
                view! {
                    <tr data-testid="report-group-row">
                        <th scope="row">{g.name().to_owned()}</th>
                        <td class="number">{people}</td>
                        <td class="number">{links}</td>
                    </tr>
                }
            })
            .collect_view();
        let demo = w
            .is_demo()
            .then(|| view! { <p class="demo-note">{locale.t("demo-note")}</p> });
        Some(
            view! {
                <header class="report-header">
                    <p class="report-kind">{locale.t("report-title")}</p>
                    <h1 data-testid="report-title">{w.title().to_owned()}</h1>
                    <dl class="report-facts">{facts}</dl>
                    {demo}
                    <table class="report-table report-groups">
                        <thead>
                            <tr>
                                <th scope="col">{locale.word(&Column::Group)}</th>
                                <th scope="col">{locale.t("report-stakeholders")}</th>
                                <th scope="col">{locale.t("report-relationships")}</th>
                            </tr>
                        </thead>
                        <tbody>{groups}</tbody>
                    </table>
                </header>
            }
            .into_any(),
        )
    }
}
