//! Adding or editing one stakeholder. What the person typed stays in the form until it is
//! saved; an error from the server appears next to the field it is about.

use leptos::prelude::*;

use super::choice::FieldError;
use super::{Choice, FormActions, ScoreStepper};
use crate::domain::{Attitude, StakeholderFields};
use crate::ui::client::ApiFailure;
use crate::ui::locale::use_locale;
use crate::wire::{StakeholderView, WorkshopView};

/// What the form hands back when the person saves.
pub type StakeholderInput = StakeholderFields;

#[component]
pub fn StakeholderForm(
    workshop: WorkshopView,
    initial: Option<StakeholderView>,
    #[prop(into)] failure: Signal<Option<ApiFailure>>,
    #[prop(into)] busy: Signal<bool>,
    on_submit: Callback<StakeholderInput>,
    on_cancel: Callback<()>,
    #[prop(optional_no_strip)] on_delete: Option<Callback<()>>,
) -> impl IntoView {
    let locale = use_locale();
    let scale = workshop.scale;
    let middle = i64::from(scale.middle());
    let first = |list: &[String]| list.first().cloned().unwrap_or_default();

    let name = RwSignal::new(initial.as_ref().map(|s| s.name.clone()).unwrap_or_default());
    let category = RwSignal::new(
        initial
            .as_ref()
            .map(|s| s.category.clone())
            .unwrap_or_else(|| first(&workshop.categories)),
    );
    let level = RwSignal::new(
        initial
            .as_ref()
            .map(|s| s.level.clone())
            .unwrap_or_else(|| first(&workshop.levels)),
    );
    let interest = RwSignal::new(initial.as_ref().map_or(middle, |s| i64::from(s.interest)));
    let influence = RwSignal::new(initial.as_ref().map_or(middle, |s| i64::from(s.influence)));
    let attitude = RwSignal::new(
        initial
            .as_ref()
            .map_or(Attitude::Unknown, |s| s.attitude)
            .as_str()
            .to_owned(),
    );
    let interests = RwSignal::new(
        initial
            .as_ref()
            .map(|s| s.interests.clone())
            .unwrap_or_default(),
    );
    let cooperation = RwSignal::new(
        initial
            .as_ref()
            .map(|s| s.cooperation.clone())
            .unwrap_or_default(),
    );
    let notes = RwSignal::new(
        initial
            .as_ref()
            .map(|s| s.notes.clone())
            .unwrap_or_default(),
    );

    let error_for = move |field: &'static str| {
        Signal::derive(move || {
            failure
                .get()
                .filter(|f| f.field() == Some(field))
                .map(|f| f.message(locale.lang()))
        })
    };
    let form_fields = [
        "name",
        "category",
        "level",
        "interest",
        "influence",
        "attitude",
        "interests",
        "cooperation",
        "notes",
    ];
    let general_error = move || {
        failure
            .get()
            .filter(|f| f.field().is_none_or(|field| !form_fields.contains(&field)))
            .map(|f| f.message(locale.lang()))
    };

    let categories = workshop.categories.clone();
    let category_options = Signal::derive(move || {
        categories
            .iter()
            .map(|c| (c.clone(), locale.t(&format!("category-{c}"))))
            .collect::<Vec<_>>()
    });
    let levels = workshop.levels.clone();
    let level_options = Signal::derive(move || {
        levels
            .iter()
            .map(|l| (l.clone(), locale.t(&format!("level-{l}"))))
            .collect::<Vec<_>>()
    });
    let attitude_options = Signal::derive(move || {
        Attitude::ALL
            .iter()
            .map(|a| {
                (
                    a.as_str().to_owned(),
                    locale.t(&format!("attitude-{}", a.as_str())),
                )
            })
            .collect::<Vec<_>>()
    });

    // The card lists the stakeholder's relationships (they go if it is deleted).
    let links = initial.as_ref().and_then(|me| {
        let name = |id: &str| {
            workshop
                .stakeholders
                .iter()
                .find(|s| s.id == id)
                .map(|s| s.name.clone())
                .unwrap_or_default()
        };
        let rows: Vec<String> = workshop
            .relationships
            .iter()
            .filter(|r| r.from == me.id || r.to == me.id)
            .map(|r| {
                let (arrow, other) = match (r.from == me.id, r.directed) {
                    (true, true) => ("→", &r.to),
                    (false, true) => ("←", &r.from),
                    (true, false) => ("—", &r.to),
                    (false, false) => ("—", &r.from),
                };
                format!(
                    "{arrow} {} · {} · {}",
                    name(other),
                    locale.t(&format!("kind-{}", r.kind.as_str())),
                    r.strength
                )
            })
            .collect();
        (!rows.is_empty()).then(|| {
            view! {
                <section class="card-links" data-testid="card-links">
                    <h3>{locale.t("relationships-of")}</h3>
                    <ul>{rows.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                </section>
            }
        })
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let attitude = Attitude::ALL
            .into_iter()
            .find(|a| a.as_str() == attitude.get_untracked())
            .unwrap_or_default();
        on_submit.run(StakeholderInput {
            name: name.get_untracked(),
            category: category.get_untracked(),
            level: level.get_untracked(),
            interest: interest.get_untracked(),
            influence: influence.get_untracked(),
            attitude,
            interests: interests.get_untracked(),
            cooperation: cooperation.get_untracked(),
            notes: notes.get_untracked(),
        });
    };

    let heading = if initial.is_some() {
        "edit-stakeholder"
    } else {
        "new-stakeholder"
    };
    let text_area = move |field: &'static str, label: &'static str, value: RwSignal<String>| {
        view! {
            <label class="field" data-field=field>
                <span class="field-label">{move || locale.t(label)}</span>
                <textarea
                    name=field
                    rows="3"
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                ></textarea>
                <FieldError error=error_for(field) />
            </label>
        }
    };

    view! {
        <form class="stakeholder-form" data-testid="stakeholder-form" on:submit=submit>
            <h2>{move || locale.t(heading)}</h2>
            <label class="field" data-field="name">
                <span class="field-label">{move || locale.t("field-name")}</span>
                <input
                    type="text"
                    name="name"
                    autocomplete="off"
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
                <FieldError error=error_for("name") />
            </label>
            <Choice
                name="category"
                label=Signal::derive(move || locale.t("field-category"))
                options=category_options
                selected=category
                error=error_for("category")
            />
            <Choice
                name="level"
                label=Signal::derive(move || locale.t("field-level"))
                options=level_options
                selected=level
                error=error_for("level")
            />
            <div class="scores">
                <ScoreStepper
                    name="interest"
                    label=Signal::derive(move || locale.t("field-interest"))
                    value=interest
                    min=scale.min()
                    max=scale.max()
                    error=error_for("interest")
                />
                <ScoreStepper
                    name="influence"
                    label=Signal::derive(move || locale.t("field-influence"))
                    value=influence
                    min=scale.min()
                    max=scale.max()
                    error=error_for("influence")
                />
            </div>
            <Choice
                name="attitude"
                label=Signal::derive(move || locale.t("field-attitude"))
                options=attitude_options
                selected=attitude
                error=error_for("attitude")
            />
            {text_area("interests", "field-interests", interests)}
            {text_area("cooperation", "field-cooperation", cooperation)}
            {text_area("notes", "field-notes", notes)}
            {links}
            <FieldError error=Signal::derive(general_error) />
            <FormActions
                save_id="save"
                delete_id="delete"
                disabled=Signal::derive(|| false)
                busy
                on_cancel
                on_delete
            />
        </form>
    }
}
