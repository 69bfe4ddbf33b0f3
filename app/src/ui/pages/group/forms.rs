//! The group page's open form: a stakeholder's or a relationship's, new or one that exists
//! (which can also be deleted).

use leptos::prelude::*;

use super::state::{Form, GroupState};
use crate::domain::StakeholderId;
use crate::ui::components::{RelationshipForm, StakeholderForm};
use crate::wire::{RelationshipView, StakeholderView, WorkshopView};

/// The view of `form`. Called in the page's body, which re-renders when what it reads here
/// changes (the group's stakeholders, for a relationship's ends).
pub(super) fn open_form(g: GroupState, w: WorkshopView, form: Form) -> AnyView {
    match form {
        Form::New => stakeholder_form(g, w, None),
        Form::Edit(s) => stakeholder_form(g, w, Some(s)),
        Form::NewRelationship(ends) => relationship_form(g, None, ends),
        Form::EditRelationship(r) => relationship_form(g, Some(r), None),
    }
}

fn stakeholder_form(g: GroupState, w: WorkshopView, initial: Option<StakeholderView>) -> AnyView {
    let on_delete = initial
        .is_some()
        .then(|| Callback::new(move |_| g.delete_stakeholder()));
    view! {
        <StakeholderForm
            workshop=w
            initial
            failure=g.failure
            busy=Signal::derive(|| false)
            on_submit=Callback::new(move |input| g.save_stakeholder(input))
            on_cancel=Callback::new(move |_| g.close_form())
            on_delete
        />
    }
    .into_any()
}

fn relationship_form(
    g: GroupState,
    initial: Option<RelationshipView>,
    ends: Option<(StakeholderId, StakeholderId)>,
) -> AnyView {
    let on_delete = initial
        .is_some()
        .then(|| Callback::new(move |_| g.delete_relationship()));
    view! {
        <RelationshipForm
            stakeholders=g.mine()
            initial
            ends
            failure=g.failure
            on_submit=Callback::new(move |fields| g.save_relationship(fields))
            on_cancel=Callback::new(move |_| g.close_form())
            on_delete
        />
    }
    .into_any()
}
