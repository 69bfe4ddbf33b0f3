//! Adding or editing one relationship by touch: pick the two stakeholders from the group's
//! list, the kind, the strength and the direction. The two ends of an existing relationship
//! stay fixed (delete it and add another to change them).

mod ends;

use leptos::prelude::*;

use self::ends::Ends;
use super::choice::term_options;
use super::field::FieldError;
use super::form_errors::FormErrors;
use super::{Choice, FormActions};
use crate::domain::{Field, RelationKind, RelationshipFields, StakeholderId};
use crate::i18n::Strength;
use crate::ui::client::ApiFailure;
use crate::ui::locale::use_locale;
use crate::wire::{RelationshipView, StakeholderView};

/// The fields that show their own errors.
const FIELDS: [Field; 4] = [Field::From, Field::To, Field::Kind, Field::Strength];

#[component]
pub fn RelationshipForm(
    /// The group's stakeholders, to pick the two ends from.
    stakeholders: Vec<StakeholderView>,
    initial: Option<RelationshipView>,
    /// For a new relationship: its two ends, when they were picked on the graph.
    #[prop(default = None)]
    ends: Option<(StakeholderId, StakeholderId)>,
    #[prop(into)] failure: Signal<Option<ApiFailure>>,
    on_submit: Callback<RelationshipFields>,
    on_cancel: Callback<()>,
    #[prop(optional_no_strip)] on_delete: Option<Callback<()>>,
) -> impl IntoView {
    let locale = use_locale();
    let editing = initial.is_some();
    let (from, to) = match (&initial, ends) {
        (Some(r), _) => (Some(r.from), Some(r.to)),
        (None, Some((a, b))) => (Some(a), Some(b)),
        (None, None) => (None, None),
    };
    let (from, to) = (RwSignal::new(from), RwSignal::new(to));
    let kind = RwSignal::new(
        initial
            .as_ref()
            .map_or(RelationKind::Cooperation, |r| r.kind),
    );
    let strength = RwSignal::new(Strength(initial.as_ref().map_or(2, |r| r.strength)));
    let direction = RwSignal::new(
        if initial.as_ref().is_some_and(|r| r.directed) {
            "one_way"
        } else {
            "mutual"
        }
        .to_owned(),
    );
    let errors = FormErrors::new(failure, &FIELDS);
    let kinds = RelationKind::ALL.to_vec();
    let strengths = Strength::ALL.to_vec();
    let directions = Signal::derive(move || {
        vec![
            ("mutual".to_owned(), locale.t("direction-mutual")),
            ("one_way".to_owned(), locale.t("direction-one-way")),
        ]
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // Save is enabled only once both ends are picked.
        let (Some(a), Some(b)) = (from.get_untracked(), to.get_untracked()) else {
            return;
        };
        on_submit.run(RelationshipFields {
            from: a,
            to: b,
            kind: kind.get_untracked(),
            strength: i64::from(strength.get_untracked().0),
            directed: direction.get_untracked() == "one_way",
        });
    };
    let ready = move || from.with(Option::is_some) && to.with(Option::is_some);

    view! {
        <form class="panel relationship-form" on:submit=submit novalidate>
            <h2>
                {move || {
                    locale.t(if editing { "edit-relationship" } else { "new-relationship" })
                }}
            </h2>
            <Ends editing stakeholders from to errors />
            <Choice
                name="kind"
                label="field-kind"
                options=term_options(kinds)
                selected=kind
                error=errors.at(Field::Kind)
            />
            <Choice
                name="strength"
                label="field-strength"
                options=term_options(strengths)
                selected=strength
                error=errors.at(Field::Strength)
            />
            <Choice
                name="direction"
                label="field-direction"
                options=directions
                selected=direction
            />
            <FieldError error=errors.general() />
            <FormActions
                save_id="save-relationship"
                delete_id="delete-relationship"
                disabled=Signal::derive(move || !ready())
                busy=Signal::derive(|| false)
                on_cancel
                on_delete
            />
        </form>
    }
}
