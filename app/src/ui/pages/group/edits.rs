//! What the group page's forms, grid and buttons save, as edits of the live copy. A form's
//! edits carry the ids made when it opened ([`Draft`](super::state::Draft)), so that saving
//! twice is one edit.

use leptos::prelude::*;

use super::state::{Form, GroupState, Mode};
use super::tabs::Tab;
use crate::domain::{Change, RelationshipFields, RelationshipPatch, StakeholderId};
use crate::ui::browser;
use crate::ui::components::StakeholderInput;
use crate::wire::{PatchStakeholder, RelationshipView, StakeholderView};

impl GroupState {
    fn open(self) -> Option<Form> {
        match self.mode.get_untracked() {
            Mode::Form(form) => Some(form),
            Mode::List => None,
        }
    }

    /// The stakeholder form's save: a new stakeholder in this group, or what changed.
    pub fn save_stakeholder(self, input: StakeholderInput) {
        let Some(s) = self.session.get_untracked() else {
            return;
        };
        let draft = self.draft.get_value();
        let change = match self.open() {
            Some(Form::Edit(before)) => Change::UpdateStakeholder {
                id: before.id,
                patch: changed_fields(&before, input),
            },
            _ => Change::AddStakeholder {
                id: draft.new_id,
                group: s.group_id,
                fields: input,
            },
        };
        self.propose(draft.save, change);
    }

    /// Deletes the open stakeholder, once the person has confirmed.
    pub fn delete_stakeholder(self) {
        let Some(Form::Edit(target)) = self.open() else {
            return;
        };
        let links = self
            .workshop
            .get_untracked()
            .map(|w| {
                w.relationships
                    .iter()
                    .filter(|r| r.from == target.id || r.to == target.id)
                    .count()
            })
            .unwrap_or(0);
        // Say so before the stakeholder's relationships go with it.
        let name = ("name", target.name.clone().into());
        let question = if links == 0 {
            self.locale.t_with("confirm-delete", &[name])
        } else {
            self.locale.t_with(
                "confirm-delete-with-links",
                &[name, ("count", links.into())],
            )
        };
        if !browser::confirm(&question) {
            return;
        }
        self.propose(
            self.draft.get_value().delete,
            Change::DeleteStakeholder { id: target.id },
        );
    }

    /// The relationship form's save; then the relationships' tab shows it.
    pub fn save_relationship(self, fields: RelationshipFields) {
        let draft = self.draft.get_value();
        let change = match self.open() {
            Some(Form::EditRelationship(before)) => Change::UpdateRelationship {
                id: before.id,
                patch: changed_relationship(&before, fields),
            },
            _ => Change::AddRelationship {
                id: draft.new_relationship,
                fields,
            },
        };
        if self.propose(draft.save, change) {
            self.tab.set(Tab::Links);
        }
    }

    /// Deletes the open relationship, once the person has confirmed.
    pub fn delete_relationship(self) {
        let Some(Form::EditRelationship(target)) = self.open() else {
            return;
        };
        if !browser::confirm(&self.locale.t("confirm-delete-relationship")) {
            return;
        }
        self.propose(
            self.draft.get_value().delete,
            Change::DeleteRelationship { id: target.id },
        );
    }

    /// Placing a marker on the grid is one edit of the two scores, through the same outbox.
    pub fn place(self, (id, interest, influence): (StakeholderId, u8, u8)) {
        let patch = PatchStakeholder {
            interest: Some(i64::from(interest)),
            influence: Some(i64::from(influence)),
            ..PatchStakeholder::default()
        };
        self.propose(
            browser::new_edit_id(),
            Change::UpdateStakeholder { id, patch },
        );
    }
}

/// Only the fields the person changed, so that two tablets editing different fields of the
/// same stakeholder do not overwrite each other.
pub(super) fn changed_fields(
    before: &StakeholderView,
    after: StakeholderInput,
) -> PatchStakeholder {
    let text = |old: &str, new: String| (old != new).then_some(new);
    PatchStakeholder {
        name: text(&before.name, after.name),
        category: text(before.category.as_str(), after.category),
        level: text(before.level.as_str(), after.level),
        interest: (i64::from(before.interest) != after.interest).then_some(after.interest),
        influence: (i64::from(before.influence) != after.influence).then_some(after.influence),
        attitude: (before.attitude != after.attitude).then_some(after.attitude),
        interests: text(&before.interests, after.interests),
        cooperation: text(&before.cooperation, after.cooperation),
        notes: text(&before.notes, after.notes),
    }
}

/// Likewise for a relationship (its two ends do not change).
pub(super) fn changed_relationship(
    before: &RelationshipView,
    after: RelationshipFields,
) -> RelationshipPatch {
    RelationshipPatch {
        kind: (before.kind != after.kind).then_some(after.kind),
        strength: (i64::from(before.strength) != after.strength).then_some(after.strength),
        directed: (before.directed != after.directed).then_some(after.directed),
    }
}
