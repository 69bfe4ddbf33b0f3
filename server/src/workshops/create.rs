//! Making workshops: a new one from the moderator's setup, or a copy restored from
//! `workshop.json` (created from its setup, then rebuilt by edits on the one write path); each
//! with fresh ids, a moderator key and a join code per group.

use std::sync::{Arc, Mutex, PoisonError};

use app::domain::{Actor, Edit, Group, GroupCode, JoinCode, Role, Workshop, WorkshopSetup};
use app::wire::{CreateWorkshop, CreatedWorkshop, WorkshopView};

use super::entry::Live;
use super::{ServiceError, Workshops};
use crate::secrets;
use crate::store::{Access, JoinRecord, NewWorkshop, Tip};

impl Workshops {
    /// Creates a workshop with fresh ids, a moderator key and a join code per group.
    pub async fn create(
        &self,
        request: CreateWorkshop,
        demo: bool,
    ) -> Result<CreatedWorkshop, ServiceError> {
        let setup = WorkshopSetup {
            id: secrets::new_workshop_id(),
            title: request.title,
            focal: request.focal,
            question: request.question,
            date: request.date,
            place: request.place,
            language: request.language,
            groups: request
                .groups
                .iter()
                .map(|name| Group::new(secrets::new_group_id(), name))
                .collect(),
            demo,
        };
        self.create_from(setup).await
    }

    /// Restores a copy of a workshop (an imported `workshop.json`) as a new workshop with
    /// fresh keys and join codes: created from the copy's setup, then rebuilt by edits on
    /// the one write path, all checked before any is applied. Answers once it is on disk.
    pub async fn import(&self, copy: Workshop) -> Result<CreatedWorkshop, ServiceError> {
        let id = secrets::new_workshop_id();
        let plan = tokio::task::spawn_blocking(move || copy.restore_plan(id))
            .await
            .map_err(|e| ServiceError::Task(e.to_string()))??;
        let created = self.create_from(plan.setup).await?;
        let edits = plan
            .changes
            .into_iter()
            .map(|change| Edit {
                id: secrets::new_edit_id(),
                change,
            })
            .collect();
        self.apply_all(id, Actor::Moderator, edits).await?;
        Ok(created)
    }

    /// Stores a new workshop with a moderator key and a join code per group.
    async fn create_from(&self, setup: WorkshopSetup) -> Result<CreatedWorkshop, ServiceError> {
        let id = setup.id;
        let mut codes: Vec<GroupCode> = Vec::with_capacity(setup.groups.len());
        for group in &setup.groups {
            let code = self.unused_join_code(&codes)?;
            codes.push(GroupCode {
                group: group.id(),
                code,
                open: true,
            });
        }
        let joins = codes
            .iter()
            .map(|c| {
                let record = JoinRecord {
                    workshop: id,
                    group: c.group,
                    open: true,
                };
                (c.code.clone(), record)
            })
            .collect();
        let moderator_key = secrets::new_secret("mk_");
        let access = vec![(
            secrets::hash(&moderator_key),
            Access {
                workshop: id,
                role: Role::Moderator,
                grant: None,
                revoked: false,
            },
        )];
        let workshop = Workshop::create(setup.clone())?;
        let created = CreatedWorkshop {
            id,
            moderator_key,
            groups: WorkshopView::of(&workshop, &codes).groups,
        };
        let record = NewWorkshop {
            setup,
            access,
            joins,
        };
        let store = self.store.clone();
        tokio::task::spawn_blocking(move || store.create(&record))
            .await
            .map_err(|e| ServiceError::Task(e.to_string()))??;
        self.core
            .live
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(
                id,
                Arc::new(Mutex::new(Live::new(workshop, Tip::default(), codes))),
            );
        Ok(created)
    }

    pub(super) fn unused_join_code(&self, taken: &[GroupCode]) -> Result<JoinCode, ServiceError> {
        loop {
            let code = secrets::new_join_code();
            let fresh = taken.iter().all(|c| c.code != code);
            if fresh && self.store.join_code(&code)?.is_none() {
                return Ok(code);
            }
        }
    }
}
