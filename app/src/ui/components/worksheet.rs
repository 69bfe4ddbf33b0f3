//! The seed's worksheet as a table: per category and level, each stakeholder's interests,
//! influence and possible cooperation, with its quadrant's engagement strategy. Shows one
//! group's entries or the combined map; on the moderator page each row can also be ticked
//! for a hand merge and a merge undone.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::domain::{CombinedStakeholder, MergeId, StakeholderId, Summary, Voice, Workshop};
use crate::ui::locale::{Locale, use_locale};

/// "Interest 3 (1–5), influence 4": the median, and the range when the groups differ.
pub fn scores(locale: Locale, s: &CombinedStakeholder) -> String {
    let one = |x: &Summary| {
        if x.min == x.max {
            format!("{}", x.median)
        } else {
            format!("{} ({}–{})", x.median, x.min, x.max)
        }
    };
    locale.t_with(
        "combined-spread",
        &[
            ("interest", one(&s.interest).into()),
            ("influence", one(&s.influence).into()),
        ],
    )
}

/// Each stakeholder's group name.
pub fn group_names(w: &Workshop) -> HashMap<StakeholderId, String> {
    w.stakeholders()
        .iter()
        .map(|s| {
            let group = w.group(s.group()).map(|g| g.name()).unwrap_or_default();
            (s.id(), group.to_owned())
        })
        .collect()
}

/// What the moderator can do with a row; absent on the projector.
#[derive(Clone, Copy)]
pub struct RowActions {
    pub ticked: RwSignal<Vec<StakeholderId>>,
    pub undo: Callback<Vec<MergeId>>,
}

#[component]
pub fn Worksheet(
    workshop: Workshop,
    rows: Vec<CombinedStakeholder>,
    #[prop(optional)] actions: Option<RowActions>,
    /// On the projector: groups by their letters, and what several groups wrote alike once
    /// ("A, C, F: …"), so a row fits a slide.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let locale = use_locale();
    let groups: HashMap<StakeholderId, String> = if compact {
        workshop
            .stakeholders()
            .iter()
            .map(|s| {
                let at = workshop.groups().iter().position(|g| g.id() == s.group());
                (s.id(), crate::chart::group_tag(at.unwrap_or(0)))
            })
            .collect()
    } else {
        group_names(&workshop)
    };
    let mut rows = rows;
    let rank = |s: &CombinedStakeholder| {
        (
            workshop.categories().iter().position(|c| *c == s.category),
            workshop.levels().iter().position(|l| *l == s.level),
        )
    };
    rows.sort_by(|a, b| rank(a).cmp(&rank(b)).then(a.name.cmp(&b.name)));
    let sheet = Sheet {
        locale,
        groups,
        combined: rows.iter().any(|s| s.n() > 1) || actions.is_some(),
        compact,
        actions,
    };
    let body = rows.iter().map(|s| sheet.row(s)).collect_view();
    let edge = actions.map(|_| view! { <th scope="col"></th> });
    let edge_end = actions.map(|_| view! { <th scope="col"></th> });
    view! {
        <table class="measures worksheet" data-testid="worksheet">
            <thead>
                <tr>
                    {edge} <th scope="col">{locale.t("field-name")}</th>
                    <th scope="col">{locale.t("field-interests")}</th>
                    <th scope="col">{locale.t("worksheet-scores")}</th>
                    <th scope="col">{locale.t("field-cooperation")}</th>
                    <th scope="col">{locale.t("worksheet-strategy")}</th> {edge_end}
                </tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
    }
}

/// How the worksheet shows each row.
struct Sheet {
    locale: Locale,
    /// Each stakeholder's group, by name or by letter.
    groups: HashMap<StakeholderId, String>,
    /// Rows stand for several groups' stakeholders: say whose each text is, and how many.
    combined: bool,
    compact: bool,
    actions: Option<RowActions>,
}

impl Sheet {
    fn row(&self, s: &CombinedStakeholder) -> AnyView {
        let locale = self.locale;
        let category = locale.word(&s.category);
        let level = locale.word(&s.level);
        let strategy = locale.word(&s.quadrant);
        let conflict =
            (s.category_conflict || s.level_conflict).then(|| locale.t("combined-conflict"));
        let single = (self.combined && s.single_group()).then(|| locale.t("combined-single"));
        let name = if self.combined {
            format!("{} ({})", s.name, s.n())
        } else {
            s.name.clone()
        };
        let tick = self
            .actions
            .map(|a| view! { <TickCell actions=a members=s.members.clone() /> });
        let undo = self
            .actions
            .map(|a| view! { <UndoCell actions=a merges=s.merges.clone() /> });
        view! {
            <tr data-testid="combined-row" data-id=s.id.to_string() data-n=s.n()>
                {tick}
                <th scope="row">
                    {name} <p class="hint">{category} " · " {level}</p>
                    {conflict.map(|c| view! { <p class="hint warn">{c}</p> })}
                    {single.map(|c| view! { <p class="hint">{c}</p> })}
                </th>
                <td>{self.said(s, |v| v.interests.as_str())}</td>
                <td>{scores(locale, s)}</td>
                <td>{self.said(s, |v| v.cooperation.as_str())}</td>
                <td>{strategy}</td>
                {undo}
            </tr>
        }
        .into_any()
    }

    /// What the groups wrote in one column: each text once, with every group that wrote it,
    /// in the order they came.
    fn said(&self, s: &CombinedStakeholder, pick: fn(&Voice) -> &str) -> impl IntoView + use<> {
        let mut said: Vec<(Vec<String>, &str)> = Vec::new();
        for v in s.voices.iter().filter(|v| !pick(v).is_empty()) {
            let group = self.groups.get(&v.stakeholder).cloned().unwrap_or_default();
            match said.iter_mut().find(|(_, t)| self.compact && *t == pick(v)) {
                Some((who, _)) => who.push(group),
                None => said.push((vec![group], pick(v))),
            }
        }
        let combined = self.combined;
        said.into_iter()
            .map(|(who, text)| {
                let group = combined.then(|| who.join(", "));
                view! { <p>{group.map(|g| view! { <span class="hint">{g} ": "</span> })} {text.to_owned()}</p> }
            })
            .collect_view()
    }
}

/// The box that ticks a row for a hand merge.
#[component]
fn TickCell(actions: RowActions, members: Vec<StakeholderId>) -> impl IntoView {
    let locale = use_locale();
    let flip = members.clone();
    view! {
        <td>
            <label class="tick">
                <input
                    type="checkbox"
                    aria-label=locale.t("combined-select")
                    prop:checked=move || {
                        actions.ticked.with(|t| members.iter().all(|m| t.contains(m)))
                    }
                    on:change=move |_| {
                        actions
                            .ticked
                            .update(|t| {
                                if flip.iter().all(|m| t.contains(m)) {
                                    t.retain(|x| !flip.contains(x));
                                } else {
                                    t.extend(flip.iter().copied());
                                }
                            })
                    }
                />
            </label>
        </td>
    }
}

/// The button that undoes the merges behind a row, where there are any.
#[component]
fn UndoCell(actions: RowActions, merges: Vec<MergeId>) -> impl IntoView {
    let locale = use_locale();
    let shown = !merges.is_empty();
    view! {
        <td>
            <Show when=move || shown>
                <button
                    type="button"
                    class="button secondary"
                    data-testid="undo-merge"
                    on:click={
                        let merges = merges.clone();
                        move |_| actions.undo.run(merges.clone())
                    }
                >
                    {locale.t("combined-undo")}
                </button>
            </Show>
        </td>
    }
}
