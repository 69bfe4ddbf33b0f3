//! What the group page's parts share: the tablet's session, the live copy of the workshop,
//! the open tab and form, and the ids the open form's edits will carry. It is all signals, so
//! the state is `Copy` and every part holds the same.

use leptos::prelude::*;

use super::tabs::Tab;
use crate::chart::GridOptions;
use crate::domain::{Change, Edit, EditId, GroupId, RelationshipId, StakeholderId, Workshop};
use crate::ui::browser;
use crate::ui::client::ApiFailure;
use crate::ui::live::Live;
use crate::ui::locale::{Locale, use_locale};
use crate::ui::session::GroupSession;
use crate::wire::{ErrorDetail, RelationshipView, StakeholderView, WorkshopView};

/// What the page shows below the timer: the tabs, or a form.
#[derive(Clone, PartialEq)]
pub(super) enum Mode {
    List,
    Form(Form),
}

/// A form on the group page.
#[derive(Clone, PartialEq)]
pub(super) enum Form {
    New,
    Edit(StakeholderView),
    /// A new relationship, its two ends already chosen when they were tapped on the graph.
    NewRelationship(Option<(StakeholderId, StakeholderId)>),
    EditRelationship(RelationshipView),
}

/// The ids an open form's edits will carry.
#[derive(Clone)]
pub(super) struct Draft {
    pub save: EditId,
    pub delete: EditId,
    pub new_id: StakeholderId,
    pub new_relationship: RelationshipId,
}

impl Draft {
    fn new() -> Self {
        Self {
            save: browser::new_edit_id(),
            delete: browser::new_edit_id(),
            new_id: StakeholderId::from_random_bytes(browser::random_bytes()),
            new_relationship: RelationshipId::from_random_bytes(browser::random_bytes()),
        }
    }
}

#[derive(Clone, Copy)]
pub(super) struct GroupState {
    pub locale: Locale,
    /// The group this tablet joined, once read from local storage.
    pub session: RwSignal<Option<GroupSession>>,
    pub live: RwSignal<Option<Live>>,
    /// The live copy in the wire's shape, which the lists and forms read.
    pub workshop: Signal<Option<WorkshopView>>,
    /// The live copy itself, which the pictures read.
    pub live_workshop: Signal<Option<Workshop>>,
    /// The pictures show this group only.
    pub grid_options: Signal<GridOptions>,
    pub tab: RwSignal<Tab>,
    pub mode: RwSignal<Mode>,
    /// Why the open form's last save was refused.
    pub failure: RwSignal<Option<ApiFailure>>,
    /// Ids for what the open form will save, made when it opens: saving twice repeats the
    /// same edit, which the server applies once.
    pub draft: StoredValue<Draft>,
}

impl GroupState {
    pub fn new(
        session: RwSignal<Option<GroupSession>>,
        live: RwSignal<Option<Live>>,
        tab: RwSignal<Tab>,
    ) -> Self {
        Self {
            locale: use_locale(),
            session,
            live,
            workshop: Signal::derive(move || {
                live.get()
                    .and_then(|l| l.workshop.get())
                    .map(|w| WorkshopView::of(&w, &[]))
            }),
            live_workshop: Signal::derive(move || live.get().and_then(|l| l.workshop.get())),
            grid_options: Signal::derive(move || {
                session
                    .get()
                    .map(|s| GridOptions::group(s.group_id))
                    .unwrap_or_default()
            }),
            tab,
            mode: RwSignal::new(Mode::List),
            failure: RwSignal::new(None),
            draft: StoredValue::new(Draft::new()),
        }
    }

    /// The group's stakeholders.
    pub fn mine(self) -> Vec<StakeholderView> {
        self.of_group(|w| w.stakeholders, |s| s.group_id)
    }

    /// The group's relationships.
    pub fn relationships(self) -> Vec<RelationshipView> {
        self.of_group(|w| w.relationships, |r| r.group_id)
    }

    fn of_group<T>(
        self,
        all: impl Fn(WorkshopView) -> Vec<T>,
        group_of: impl Fn(&T) -> GroupId,
    ) -> Vec<T> {
        let group = self.session.get().map(|s| s.group_id);
        self.workshop
            .get()
            .map(|w| {
                all(w)
                    .into_iter()
                    .filter(|x| Some(group_of(x)) == group)
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn open_form(self, next: Form) {
        self.failure.set(None);
        self.draft.set_value(Draft::new());
        self.mode.set(Mode::Form(next));
    }

    pub fn close_form(self) {
        self.mode.set(Mode::List);
    }

    /// Hands `change` to the live copy: shown at once, sent when the network allows. Closes
    /// the form if the change is valid; otherwise the form shows why not.
    pub fn propose(self, id: EditId, change: Change) -> bool {
        let Some(l) = self.live.get_untracked() else {
            return false;
        };
        match l.propose(Edit { id, change }) {
            Ok(()) => {
                self.mode.set(Mode::List);
                true
            }
            Err(e) => {
                self.failure
                    .set(Some(ApiFailure::invalid(ErrorDetail::from(&e))));
                false
            }
        }
    }
}
