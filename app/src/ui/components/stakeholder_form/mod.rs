//! Adding or editing one stakeholder. What the person typed stays in the form until it is
//! saved; an error from the server appears next to the field it is about.

mod card_links;
mod entry;

use leptos::prelude::*;

use self::card_links::{CardLinks, link_rows};
use self::entry::Entry;
use super::choice::term_options;
use super::field::{FieldError, LabelledField};
use super::form_errors::FormErrors;
use super::{Choice, FormActions, ScoreStepper};
use crate::domain::{Attitude, Field, StakeholderFields};
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
    let entry = Entry::new(&workshop, initial.as_ref());
    let errors = FormErrors::new(failure, &Field::STAKEHOLDER);
    let categories = workshop.categories.clone();
    let levels = workshop.levels.clone();
    let attitudes = Attitude::ALL.to_vec();
    // The card lists the stakeholder's relationships (they go if it is deleted).
    let links = initial
        .as_ref()
        .map(|me| link_rows(locale, &workshop, me))
        .filter(|rows| !rows.is_empty())
        .map(|rows| view! { <CardLinks rows /> });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_submit.run(entry.input());
    };
    let heading = if initial.is_some() {
        "edit-stakeholder"
    } else {
        "new-stakeholder"
    };

    view! {
        <form class="stakeholder-form" data-testid="stakeholder-form" on:submit=submit>
            <h2>{move || locale.t(heading)}</h2>
            <LabelledField name="name" label="field-name">
                <input
                    type="text"
                    name="name"
                    autocomplete="off"
                    prop:value=move || entry.name.get()
                    on:input=move |ev| entry.name.set(event_target_value(&ev))
                />
                <FieldError error=errors.at(Field::Name) />
            </LabelledField>
            <Choice
                name="category"
                label="field-category"
                options=term_options(categories)
                selected=entry.category
                error=errors.at(Field::Category)
            />
            <Choice
                name="level"
                label="field-level"
                options=term_options(levels)
                selected=entry.level
                error=errors.at(Field::Level)
            />
            <div class="scores">
                <ScoreStepper
                    name="interest"
                    label="field-interest"
                    value=entry.interest
                    min=scale.min()
                    max=scale.max()
                    error=errors.at(Field::Interest)
                />
                <ScoreStepper
                    name="influence"
                    label="field-influence"
                    value=entry.influence
                    min=scale.min()
                    max=scale.max()
                    error=errors.at(Field::Influence)
                />
            </div>
            <Choice
                name="attitude"
                label="field-attitude"
                options=term_options(attitudes)
                selected=entry.attitude
                error=errors.at(Field::Attitude)
            />
            <TextArea field=Field::Interests label="field-interests" value=entry.interests errors />
            <TextArea
                field=Field::Cooperation
                label="field-cooperation"
                value=entry.cooperation
                errors
            />
            <TextArea field=Field::Notes label="field-notes" value=entry.notes errors />
            {links}
            <FieldError error=errors.general() />
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

/// A few lines of free text.
#[component]
fn TextArea(
    field: Field,
    /// The label's key in the locale.
    label: &'static str,
    value: RwSignal<String>,
    errors: FormErrors,
) -> impl IntoView {
    view! {
        <LabelledField name=field.as_str() label>
            <textarea
                name=field.as_str()
                rows="3"
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
            <FieldError error=errors.at(field) />
        </LabelledField>
    }
}
