//! Undo on one device, offline: the undos are edits like any other, sent once each.

use super::{Server, gid};
use crate::domain::{
    Actor, Attitude, Change, Edit, EditId, StakeholderFields, StakeholderId, StakeholderPatch,
    Workshop,
};
use crate::sync::Replica;
use crate::wire::ServerMessage;

#[test]
fn three_changes_undone_offline_arrive_once_each_and_leave_the_map_as_it_was() {
    let mut server = Server::new();
    let actor = Actor::Group(gid(1));
    let mut replica = Replica::new(actor);
    for message in server.hello(None) {
        replica.receive(message);
    }
    let id = |n: &str| EditId::parse(n).expect("an id");
    let sid = StakeholderId::from_random_bytes([5; 16]);
    let add = Change::AddStakeholder {
        id: sid,
        group: gid(1),
        fields: StakeholderFields {
            name: "Акимиат".into(),
            category: "state".into(),
            level: "local".into(),
            interest: 2,
            influence: 4,
            attitude: Attitude::Unknown,
            interests: String::new(),
            cooperation: String::new(),
            notes: String::new(),
        },
    };
    replica
        .propose(Edit {
            id: id("a"),
            change: add,
        })
        .expect("added");
    for message in replica.outbox().cloned().collect::<Vec<_>>() {
        let (ack, event) = server.apply(actor, message);
        replica.receive(ack);
        replica.receive(ServerMessage::Event {
            event: event.expect("applied"),
        });
    }
    let before = server.workshop.clone();
    // Offline: three re-scorings, then all three undone.
    for (n, score) in [("b", 5), ("c", 1), ("d", 3)] {
        let change = Change::UpdateStakeholder {
            id: sid,
            patch: StakeholderPatch {
                interest: Some(score),
                ..Default::default()
            },
        };
        replica
            .propose(Edit { id: id(n), change })
            .expect("re-scored");
    }
    for n in ["u1", "u2", "u3"] {
        assert_eq!(replica.undo(id(n)), Ok(true));
    }
    assert_eq!(
        replica
            .view()
            .and_then(|w| w.stakeholder(sid).map(|s| s.interest())),
        Some(2)
    );
    assert!(replica.can_redo());
    // Back online, the outbox goes twice (a resend after a lost answer): each edit once.
    let outbox: Vec<Edit> = replica.outbox().cloned().collect();
    assert_eq!(outbox.len(), 6);
    for edit in outbox.iter().chain(&outbox) {
        let (answer, event) = server.apply(actor, edit.clone());
        replica.receive(answer);
        if let Some(event) = event {
            replica.receive(ServerMessage::Event { event });
        }
    }
    assert_eq!(server.log.len(), 1 + 6, "each edit in the log once");
    assert_eq!(replica.waiting(), 0);
    let s = |w: &Workshop| w.stakeholder(sid).map(|s| (s.interest(), s.influence()));
    assert_eq!(s(&server.workshop), s(&before), "the map as it was");
    assert_eq!(replica.view(), Some(server.workshop.clone()));
}
