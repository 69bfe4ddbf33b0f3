//! A relationship's two ends: for one that exists, their names; for a new one, a choice of
//! each from the group's stakeholders, the second without the first.

use leptos::prelude::*;

use crate::domain::{Field, StakeholderId};
use crate::ui::components::Choice;
use crate::ui::components::form_errors::FormErrors;
use crate::ui::components::names::name_of;
use crate::wire::StakeholderView;

#[component]
pub(super) fn Ends(
    editing: bool,
    stakeholders: Vec<StakeholderView>,
    from: RwSignal<Option<StakeholderId>>,
    to: RwSignal<Option<StakeholderId>>,
    errors: FormErrors,
) -> impl IntoView {
    if editing {
        let name = |end: Option<StakeholderId>| {
            end.map(|id| name_of(&stakeholders, id)).unwrap_or_default()
        };
        let (a, b) = (name(from.get_untracked()), name(to.get_untracked()));
        return view! {
            <p class="relationship-ends" data-testid="relationship-ends">
                <strong>{a}</strong>
                " — "
                <strong>{b}</strong>
            </p>
        }
        .into_any();
    }
    // Picking the first end again as the second would be a self-link: clear the second.
    Effect::new(move |_| {
        if from.get() == to.get_untracked() {
            to.set(None);
        }
    });
    let names: Vec<(Option<StakeholderId>, String)> = stakeholders
        .into_iter()
        .map(|s| (Some(s.id), s.name))
        .collect();
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
    view! {
        <Choice
            name="from"
            label="field-from"
            options=from_options
            selected=from
            error=errors.at(Field::From)
        />
        <Choice
            name="to"
            label="field-to"
            options=to_options
            selected=to
            error=errors.at(Field::To)
        />
    }
    .into_any()
}
