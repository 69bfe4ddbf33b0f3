//! What the stakeholder form holds while the person types: one signal a field, starting from
//! the stakeholder being edited, or from the workshop's first category and level and the
//! middle of its scale for a new one.

use leptos::prelude::*;

use super::StakeholderInput;
use crate::domain::{Attitude, CategoryId, LevelId};
use crate::wire::{StakeholderView, WorkshopView};

#[derive(Clone, Copy)]
pub(super) struct Entry {
    pub name: RwSignal<String>,
    pub category: RwSignal<CategoryId>,
    pub level: RwSignal<LevelId>,
    pub interest: RwSignal<i64>,
    pub influence: RwSignal<i64>,
    pub attitude: RwSignal<Attitude>,
    pub interests: RwSignal<String>,
    pub cooperation: RwSignal<String>,
    pub notes: RwSignal<String>,
}

impl Entry {
    pub fn new(workshop: &WorkshopView, initial: Option<&StakeholderView>) -> Self {
        let middle = i64::from(workshop.scale.middle());
        let text = |pick: fn(&StakeholderView) -> &String, or: String| {
            RwSignal::new(initial.map_or(or, |s| pick(s).clone()))
        };
        let score = |pick: fn(&StakeholderView) -> u8| {
            RwSignal::new(initial.map_or(middle, |s| i64::from(pick(s))))
        };
        Self {
            name: text(|s| &s.name, String::new()),
            // A workshop always has a category and a level; were one missing, the server
            // would name the field.
            category: RwSignal::new(initial.map_or_else(
                || first(&workshop.categories, CategoryId::new),
                |s| s.category.clone(),
            )),
            level: RwSignal::new(initial.map_or_else(
                || first(&workshop.levels, LevelId::new),
                |s| s.level.clone(),
            )),
            interest: score(|s| s.interest),
            influence: score(|s| s.influence),
            attitude: RwSignal::new(initial.map_or(Attitude::Unknown, |s| s.attitude)),
            interests: text(|s| &s.interests, String::new()),
            cooperation: text(|s| &s.cooperation, String::new()),
            notes: text(|s| &s.notes, String::new()),
        }
    }

    /// The stakeholder as typed, for saving.
    pub fn input(self) -> StakeholderInput {
        StakeholderInput {
            name: self.name.get_untracked(),
            category: self.category.get_untracked().to_string(),
            level: self.level.get_untracked().to_string(),
            interest: self.interest.get_untracked(),
            influence: self.influence.get_untracked(),
            attitude: self.attitude.get_untracked(),
            interests: self.interests.get_untracked(),
            cooperation: self.cooperation.get_untracked(),
            notes: self.notes.get_untracked(),
        }
    }
}

/// The list's first entry, or an empty id.
fn first<T: Clone>(list: &[T], empty: fn(&str) -> T) -> T {
    list.first().cloned().unwrap_or_else(|| empty(""))
}
