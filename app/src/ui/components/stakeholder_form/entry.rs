//! What the stakeholder form holds while the person types: one signal a field, starting from
//! the stakeholder being edited, or from the workshop's first category and level and the
//! middle of its scale for a new one.

use leptos::prelude::*;

use super::StakeholderInput;
use crate::domain::Attitude;
use crate::wire::{StakeholderView, WorkshopView};

#[derive(Clone, Copy)]
pub(super) struct Entry {
    pub name: RwSignal<String>,
    pub category: RwSignal<String>,
    pub level: RwSignal<String>,
    pub interest: RwSignal<i64>,
    pub influence: RwSignal<i64>,
    /// The attitude's code, as the choice's buttons carry it.
    pub attitude: RwSignal<String>,
    pub interests: RwSignal<String>,
    pub cooperation: RwSignal<String>,
    pub notes: RwSignal<String>,
}

impl Entry {
    pub fn new(workshop: &WorkshopView, initial: Option<&StakeholderView>) -> Self {
        let middle = i64::from(workshop.scale.middle());
        let first = |list: &[String]| list.first().cloned().unwrap_or_default();
        let text = |pick: fn(&StakeholderView) -> &String, or: String| {
            RwSignal::new(initial.map_or(or, |s| pick(s).clone()))
        };
        let score = |pick: fn(&StakeholderView) -> u8| {
            RwSignal::new(initial.map_or(middle, |s| i64::from(pick(s))))
        };
        Self {
            name: text(|s| &s.name, String::new()),
            category: text(|s| &s.category, first(&workshop.categories)),
            level: text(|s| &s.level, first(&workshop.levels)),
            interest: score(|s| s.interest),
            influence: score(|s| s.influence),
            attitude: RwSignal::new(
                initial
                    .map_or(Attitude::Unknown, |s| s.attitude)
                    .as_str()
                    .to_owned(),
            ),
            interests: text(|s| &s.interests, String::new()),
            cooperation: text(|s| &s.cooperation, String::new()),
            notes: text(|s| &s.notes, String::new()),
        }
    }

    /// The stakeholder as typed, for saving.
    pub fn input(self) -> StakeholderInput {
        let attitude = Attitude::ALL
            .into_iter()
            .find(|a| a.as_str() == self.attitude.get_untracked())
            .unwrap_or_default();
        StakeholderInput {
            name: self.name.get_untracked(),
            category: self.category.get_untracked(),
            level: self.level.get_untracked(),
            interest: self.interest.get_untracked(),
            influence: self.influence.get_untracked(),
            attitude,
            interests: self.interests.get_untracked(),
            cooperation: self.cooperation.get_untracked(),
            notes: self.notes.get_untracked(),
        }
    }
}
