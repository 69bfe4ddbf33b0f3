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
    ends: Option<(String, String)>,
    #[prop(into)] failure: Signal<Option<ApiFailure>>,
    on_submit: Callback<RelationshipFields>,
    on_cancel: Callback<()>,
    #[prop(optional_no_strip)] on_delete: Option<Callback<()>>,
) -> impl IntoView {
    let locale = use_locale();
    let editing = initial.is_some();
    let (from, to) = match (&initial, ends) {
        (Some(r), _) => (r.from.clone(), r.to.clone()),
        (None, Some(ends)) => ends,
        (None, None) => Default::default(),
    };
    let (from, to) = (RwSignal::new(from), RwSignal::new(to));
    let kind = RwSignal::new(
        initial
            .as_ref()
            .map_or(RelationKind::Cooperation, |r| r.kind)
            .as_str()
            .to_owned(),
    );
    let strength = RwSignal::new(initial.as_ref().map_or(2, |r| r.strength).to_string());
    let direction = RwSignal::new(
        if initial.as_ref().is_some_and(|r| r.directed) {
            "one_way"
        } else {
            "mutual"
        }
        .to_owned(),
    );
    let errors = FormErrors::new(failure, &FIELDS);
    let kinds = RelationKind::ALL
        .map(|k| (k.as_str().to_owned(), k))
        .to_vec();
    let strengths = Strength::ALL.map(|s| (s.0.to_string(), s)).to_vec();
    let directions = Signal::derive(move || {
        vec![
            ("mutual".to_owned(), locale.t("direction-mutual")),
            ("one_way".to_owned(), locale.t("direction-one-way")),
        ]
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = |raw: String| raw.parse::<StakeholderId>().ok();
        let (Some(a), Some(b)) = (id(from.get_untracked()), id(to.get_untracked())) else {
            return;
        };
        let kind = RelationKind::ALL
            .into_iter()
            .find(|k| k.as_str() == kind.get_untracked())
            .unwrap_or(RelationKind::Other);
        on_submit.run(RelationshipFields {
            from: a,
            to: b,
            kind,
            strength: strength.get_untracked().parse().unwrap_or(2),
            directed: direction.get_untracked() == "one_way",
        });
    };
    let ready = move || !from.get().is_empty() && !to.get().is_empty();

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
