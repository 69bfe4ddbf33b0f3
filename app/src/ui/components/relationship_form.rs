//! Adding or editing one relationship by touch: pick the two stakeholders from the group's
//! list, the kind, the strength and the direction. The two ends of an existing relationship
//! stay fixed (delete it and add another to change them).

use leptos::prelude::*;

use super::choice::FieldError;
use super::{Choice, FormActions};
use crate::domain::{RelationKind, RelationshipFields, StakeholderId};
use crate::ui::client::ApiFailure;
use crate::ui::locale::use_locale;
use crate::wire::{RelationshipView, StakeholderView};

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
    // Picking the first end again as the second would be a self-link: clear the second.
    Effect::new(move |_| {
        if !editing && from.get() == to.get_untracked() {
            to.set(String::new());
        }
    });

    let error_for = move |field: &'static str| {
        Signal::derive(move || {
            failure
                .get()
                .filter(|f| f.field() == Some(field))
                .map(|f| f.message(locale.lang()))
        })
    };
    let general_error = move || {
        failure
            .get()
            .filter(|f| {
                f.field()
                    .is_none_or(|x| !["from", "to", "kind", "strength"].contains(&x))
            })
            .map(|f| f.message(locale.lang()))
    };
    let names: Vec<(String, String)> = stakeholders
        .iter()
        .map(|s| (s.id.clone(), s.name.clone()))
        .collect();
    let name_of = {
        let names = names.clone();
        move |id: &str| {
            names
                .iter()
                .find(|(i, _)| i == id)
                .map(|(_, n)| n.clone())
                .unwrap_or_default()
        }
    };
    let from_options = {
        let names = names.clone();
        Signal::derive(move || names.clone())
    };
    let to_options = Signal::derive(move || {
        let first = from.get();
        names
            .iter()
            .filter(|(id, _)| *id != first)
            .cloned()
            .collect::<Vec<_>>()
    });
    let kind_options = Signal::derive(move || {
        RelationKind::ALL
            .iter()
            .map(|k| {
                (
                    k.as_str().to_owned(),
                    locale.t(&format!("kind-{}", k.as_str())),
                )
            })
            .collect::<Vec<_>>()
    });
    let strength_options = Signal::derive(move || {
        (1..=3)
            .map(|s| (s.to_string(), locale.t(&format!("strength-{s}"))))
            .collect::<Vec<_>>()
    });
    let direction_options = Signal::derive(move || {
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

    let ends = if editing {
        let (a, b) = (name_of(&from.get_untracked()), name_of(&to.get_untracked()));
        view! {
            <p class="relationship-ends" data-testid="relationship-ends">
                <strong>{a}</strong>
                " — "
                <strong>{b}</strong>
            </p>
        }
        .into_any()
    } else {
        view! {
            <Choice
                name="from"
                label=Signal::derive(move || locale.t("field-from"))
                options=from_options
                selected=from
                error=error_for("from")
            />
            <Choice
                name="to"
                label=Signal::derive(move || locale.t("field-to"))
                options=to_options
                selected=to
                error=error_for("to")
            />
        }
        .into_any()
    };

    view! {
        <form class="panel relationship-form" on:submit=submit novalidate>
            <h2>
                {move || {
                    locale.t(if editing { "edit-relationship" } else { "new-relationship" })
                }}
            </h2>
            {ends}
            <Choice
                name="kind"
                label=Signal::derive(move || locale.t("field-kind"))
                options=kind_options
                selected=kind
                error=error_for("kind")
            />
            <Choice
                name="strength"
                label=Signal::derive(move || locale.t("field-strength"))
                options=strength_options
                selected=strength
                error=error_for("strength")
            />
            <Choice
                name="direction"
                label=Signal::derive(move || locale.t("field-direction"))
                options=direction_options
                selected=direction
                error=Signal::derive(|| None::<String>)
            />
            <FieldError error=Signal::derive(general_error) />
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
