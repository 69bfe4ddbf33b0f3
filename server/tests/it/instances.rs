//! Several instances on one PostgreSQL (skipped without one, failing under CI): an edit
//! accepted by one reaches the other's live clients in sequence order, exactly once; edits
//! to one workshop through both end in one gap-free sequence and the same state on both, an
//! instance that lost a race answering as one server would; and the real binaries: one killed
//! with SIGKILL mid-stream loses nothing acknowledged, its clients carry on on the other.

use std::collections::{BTreeMap, HashSet};
use std::time::Duration;

use app::domain::{
    Actor, Attitude, Change, Edit, EditId, GroupId, StakeholderFields, StakeholderId,
};
use app::wire::{ServerMessage, WorkshopView};
use server::AppState;
use server::store::Location;

use crate::support::{fresh_database, postgres_server, state_at, two_groups};

/// Two instances' states on one fresh database, or `None` without a test PostgreSQL.
async fn two() -> Option<(AppState, AppState, Location)> {
    postgres_server()?;
    let at = Location::Postgres(fresh_database().await);
    Some((state_at(&at), state_at(&at), at))
}

fn add(group: GroupId, edit: &str, name: &str) -> Edit {
    Edit {
        id: EditId::parse(edit).expect("an edit id"),
        change: Change::AddStakeholder {
            id: StakeholderId::from_random_bytes(*uuid::Uuid::new_v4().as_bytes()),
            group,
            fields: StakeholderFields {
                name: name.into(),
                category: "informal".into(),
                level: "local".into(),
                interest: 4,
                influence: 2,
                attitude: Attitude::Neutral,
                interests: String::new(),
                cooperation: String::new(),
                notes: String::new(),
            },
        },
    }
}

/// Waits until `state` holds the workshop at `seq` (the other instance's notice is on its
/// way); fails after 20 s.
async fn until_at(state: &AppState, id: app::domain::WorkshopId, seq: u64) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while state.workshops.read(id, |w, _| w.seq()).expect("read") < seq {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the instance did not reach {seq}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_edit_on_one_instance_reaches_the_others_live_clients_in_order_once() {
    let Some((a, b, _at)) = two().await else {
        return;
    };
    let created = two_groups(&a).await;
    let (id, group) = (created.id, created.groups[0].id);
    let mut feed = b
        .workshops
        .subscribe(id)
        .expect("B finds A's workshop")
        .events;
    for n in 0..60 {
        let edit = add(group, &format!("a-{n}"), &format!("Участник {n}"));
        a.workshops
            .apply(id, Actor::Moderator, edit)
            .await
            .expect("A takes it");
    }
    let mut seen = Vec::new();
    while seen.len() < 60 {
        let event = tokio::time::timeout(Duration::from_secs(20), feed.recv())
            .await
            .expect("B's feed within 20 s")
            .expect("no event lost");
        seen.push(event.seq);
    }
    assert_eq!(seen, (1..=60).collect::<Vec<_>>());
    let b_view = b.workshops.read(id, WorkshopView::of).expect("read");
    let a_view = a.workshops.read(id, WorkshopView::of).expect("read");
    assert_eq!(b_view, a_view);
    assert!(feed.try_recv().is_err(), "nothing twice");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn edits_through_both_instances_end_in_one_sequence_and_one_state() {
    let Some((a, b, at)) = two().await else {
        return;
    };
    let created = two_groups(&a).await;
    let (id, group) = (created.id, created.groups[0].id);
    // A stakeholder both instances will try to delete at once.
    let doomed = add(group, "doomed", "Удаляемый");
    let Change::AddStakeholder { id: doomed_id, .. } = doomed.change else {
        unreachable!()
    };
    a.workshops
        .apply(id, Actor::Moderator, doomed)
        .await
        .expect("added");
    until_at(&b, id, 1).await;

    let a = std::sync::Arc::new(a);
    let b = std::sync::Arc::new(b);
    let mut writers = Vec::new();
    for writer in 0..6 {
        let state = if writer % 2 == 0 {
            a.clone()
        } else {
            b.clone()
        };
        writers.push(tokio::spawn(async move {
            let mut acked = Vec::new();
            for n in 0..25 {
                let name = format!("w{writer}-{n}");
                let edit = add(group, &name, &name);
                let applied = state
                    .workshops
                    .apply(id, Actor::Moderator, edit)
                    .await
                    .expect("every add holds on either instance");
                acked.push((name, applied.seq));
            }
            acked
        }));
    }
    // The same edit id sent to both (a tablet that reconnected elsewhere): done once.
    let twice = add(group, "sent-twice", "Дважды");
    let (on_a, on_b) = tokio::join!(
        a.workshops.apply(id, Actor::Moderator, twice.clone()),
        b.workshops.apply(id, Actor::Moderator, twice)
    );
    let (on_a, on_b) = (on_a.expect("answered"), on_b.expect("answered"));
    assert_eq!(on_a.seq, on_b.seq, "one edit, one place in the log");
    // One says it was done before — unless both wrote it in the same millisecond, when the
    // records are identical and neither can tell whose was written.
    assert!(!(on_a.replayed && on_b.replayed), "one of them did it");
    // Both delete one stakeholder: one does it, the other is refused as one server would.
    let delete = |edit: &str| Edit {
        id: EditId::parse(edit).expect("id"),
        change: Change::DeleteStakeholder { id: doomed_id },
    };
    let (del_a, del_b) = tokio::join!(
        a.workshops.apply(id, Actor::Moderator, delete("del-a")),
        b.workshops.apply(id, Actor::Moderator, delete("del-b"))
    );
    assert!(
        del_a.is_ok() != del_b.is_ok(),
        "exactly one delete holds: {del_a:?} {del_b:?}"
    );

    let mut acked = BTreeMap::new();
    for writer in writers {
        acked.extend(writer.await.expect("writer"));
    }
    let store = at.open().expect("opens");
    let log = store.log_since(id, 0, 10_000).expect("read");
    let seqs: Vec<u64> = log.iter().map(|r| r.seq).collect();
    assert_eq!(seqs, (1..=log.len() as u64).collect::<Vec<_>>(), "gap-free");
    // 1 add, 150 adds, the edit sent twice, one delete.
    assert_eq!(log.len(), 153);
    for (name, seq) in &acked {
        assert_eq!(
            log[(*seq - 1) as usize].edit_id.as_str(),
            name,
            "acked as {seq}"
        );
    }
    let ids: HashSet<&str> = log.iter().map(|r| r.edit_id.as_str()).collect();
    assert_eq!(ids.len(), log.len(), "every edit once");

    until_at(&a, id, 153).await;
    until_at(&b, id, 153).await;
    let a_view = a.workshops.read(id, WorkshopView::of).expect("read");
    let b_view = b.workshops.read(id, WorkshopView::of).expect("read");
    assert_eq!(a_view, b_view);
    assert_eq!(a_view.stakeholders.len(), 151);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_edit_to_what_another_instance_just_took_is_not_refused_for_being_early() {
    let Some((a, b, _at)) = two().await else {
        return;
    };
    let created = two_groups(&a).await;
    let (id, group) = (created.id, created.groups[0].id);
    b.workshops.read(id, |_, _| ()).expect("B has the workshop");
    for n in 0..20 {
        // A script's two calls, which a load balancer sent to different instances.
        let added = add(group, &format!("add-{n}"), &format!("Орган {n}"));
        let Change::AddStakeholder {
            id: stakeholder, ..
        } = added.change
        else {
            unreachable!()
        };
        a.workshops
            .apply(id, Actor::Moderator, added)
            .await
            .expect("A adds it");
        let update = Edit {
            id: EditId::parse(&format!("update-{n}")).expect("id"),
            change: Change::UpdateStakeholder {
                id: stakeholder,
                patch: app::domain::StakeholderPatch {
                    influence: Some(5),
                    ..Default::default()
                },
            },
        };
        b.workshops
            .apply(id, Actor::Moderator, update)
            .await
            .expect("B changes what A took a moment ago");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tablet_heard_by_one_instance_shows_as_seen_on_the_others_list() {
    let Some((a, b, _at)) = two().await else {
        return;
    };
    let created = two_groups(&a).await;
    let code = app::domain::JoinCode::parse(created.groups[0].join_code.as_deref().expect("code"))
        .expect("a code");
    let joined = a.workshops.join(&code).await.expect("joined on A");
    let listed = |state: &AppState| {
        let state = state.clone();
        async move {
            let grants = state.workshops.grants(created.id).await.expect("listed");
            assert_eq!(grants.len(), 1);
            let (grant, last) = &grants[0];
            (grant.created_ms, *last)
        }
    };
    let (joined_at, _) = listed(&b).await;
    tokio::time::sleep(Duration::from_millis(5)).await;
    a.workshops
        .authorize(created.id, &joined.token)
        .expect("the tablet talks to A");
    let (_, on_a) = listed(&a).await;
    assert!(on_a > joined_at, "A heard from it");
    // B learns it from the store within a few seconds.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while listed(&b).await.1 < on_a {
        assert!(
            tokio::time::Instant::now() < deadline,
            "B's list never showed it"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn a_download_ticket_from_one_instance_opens_on_the_other_once() {
    let Some((a, b, _at)) = two().await else {
        return;
    };
    let created = two_groups(&a).await;
    let moderator = a
        .workshops
        .authorize(created.id, &created.moderator_key)
        .expect("the key");
    let ticket = a.tickets.issue(created.id, &moderator).expect("issued");
    let redeemed = b.tickets.redeem(created.id, &ticket).expect("read");
    assert_eq!(redeemed, Some(moderator.key_hash()));
    assert_eq!(
        a.tickets.redeem(created.id, &ticket).expect("read"),
        None,
        "used up"
    );
}

/// An edit event's sequence number.
fn event(message: &ServerMessage) -> Option<u64> {
    match message {
        ServerMessage::Event { event } => Some(event.seq),
        _ => None,
    }
}

#[tokio::test]
async fn the_binary_killed_mid_stream_loses_nothing_acknowledged_and_the_other_carries_on() {
    use crate::binary::{send, stakeholder_names};
    use crate::live::{Socket, next_any};
    use e2e::binary::Binary;
    use futures_util::SinkExt;
    use serde_json::json;

    if postgres_server().is_none() {
        return;
    }
    let url = fresh_database().await;
    let (dir_a, dir_b) = (
        tempfile::tempdir().expect("dir"),
        tempfile::tempdir().expect("dir"),
    );
    let start = |dir: &std::path::Path| {
        Binary::new(env!("CARGO_BIN_EXE_stakemap"), dir)
            .env("STAKEMAP_STORE", &url)
            .env("STAKEMAP_NO_DEMO", "true")
    };
    let a = start(dir_a.path()).start().await;
    let b = start(dir_b.path()).start().await;
    let (status, created) = send(
        &a,
        reqwest::Method::POST,
        "/workshops",
        None,
        Some(json!({"title": "Авария", "groups": ["Группа 1"]})),
    )
    .await;
    assert_eq!(status, 201, "{created}");
    let id = created["id"].as_str().expect("id").to_owned();
    let key = created["moderator_key"].as_str().expect("key").to_owned();
    let group = created["groups"][0]["id"].clone();

    // The moderator's page on B follows the workshop live.
    let (mut projector, _): (Socket, _) =
        tokio_tungstenite::connect_async(format!("ws://{}/api/v1/workshops/{id}/live", b.addr()))
            .await
            .expect("websocket on B");
    let hello = json!({"type": "hello", "token": key});
    projector
        .send(tokio_tungstenite::tungstenite::Message::Text(
            hello.to_string().into(),
        ))
        .await
        .expect("hello");

    // Four tablets stream edits to A, each keeping what is not acknowledged (its outbox).
    let writers: Vec<_> = (0..4)
        .map(|writer| {
            tokio::spawn(stream(
                a.url(),
                id.clone(),
                key.clone(),
                group.clone(),
                writer,
            ))
        })
        .collect();
    // Let the stream run until B has seen some of it; nothing is asserted about time.
    let mut from = None;
    let mut seen = Vec::new();
    while seen.len() < 40 {
        match next_any(&mut projector).await {
            ServerMessage::Snapshot { workshop } => from = Some(workshop.seq()),
            message => seen.extend(event(&message)),
        }
    }
    a.kill();
    let mut acknowledged = Vec::new();
    let mut outboxes = Vec::new();
    for writer in writers {
        let (acked, in_flight) = writer.await.expect("writer");
        acknowledged.extend(acked);
        outboxes.push(in_flight);
    }
    // The tablets reconnect to B and send their outboxes again, with the same keys.
    for name in &outboxes {
        let status = post(&b.url(), &id, &key, &group, name).await;
        assert!(status == 201 || status == 200, "{status} for {name}");
    }
    let names = stakeholder_names(&b, &id, &key).await;
    let missing: Vec<_> = acknowledged.iter().filter(|n| !names.contains(n)).collect();
    assert!(missing.is_empty(), "acknowledged on A, lost: {missing:?}");
    let unique: HashSet<_> = names.iter().collect();
    assert_eq!(unique.len(), names.len(), "every edit once: {names:?}");
    for name in &outboxes {
        assert!(names.contains(name), "the outbox's {name} arrived");
    }
    // B saw 40 edits: each was acknowledged, or in flight when A died.
    assert!(
        acknowledged.len() + outboxes.len() >= 40,
        "the stream ran: {}",
        acknowledged.len()
    );
    // B's live client saw the log in order, without a gap or a repeat.
    let from = from.expect("a snapshot first");
    assert_eq!(
        seen,
        (from + 1..=from + seen.len() as u64).collect::<Vec<_>>()
    );
    drop(b);
}

/// A tablet adding stakeholders to `base` until one is not acknowledged: the ones that were,
/// and the one its outbox keeps.
async fn stream(
    base: String,
    id: String,
    key: String,
    group: serde_json::Value,
    writer: usize,
) -> (Vec<String>, String) {
    let mut acked = Vec::new();
    for n in 0.. {
        let name = format!("t{writer}-{n}");
        if post(&base, &id, &key, &group, &name).await == 201 {
            acked.push(name);
        } else {
            return (acked, name);
        }
    }
    unreachable!()
}

/// Adds a stakeholder named `name` with `name` as its idempotency key: the status, or 0 when
/// the server did not answer.
async fn post(base: &str, id: &str, key: &str, group: &serde_json::Value, name: &str) -> u16 {
    reqwest::Client::new()
        .post(format!("{base}/api/v1/workshops/{id}/stakeholders"))
        .bearer_auth(key)
        .header("idempotency-key", name)
        .json(
            &serde_json::json!({"group_id": group, "name": name, "category": "state",
                                  "level": "local", "interest": 1, "influence": 1}),
        )
        .send()
        .await
        .map_or(0, |r| r.status().as_u16())
}
