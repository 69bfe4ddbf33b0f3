//! Replaying a workshop's log (issue 20's goal: a 20,000-edit log replayed to an arbitrary
//! point in ≤ 100 ms at the 99th percentile, or checkpoints where plain replay is slower).
//! Run: `cargo bench -p server --bench history`; figures in BENCHMARKS.md.

use criterion::{Criterion, criterion_group, criterion_main};

use app::domain::{
    Actor, Attitude, Change, Group, GroupId, Language, RelationKind, RelationshipFields,
    RelationshipId, StakeholderFields, StakeholderId, StakeholderPatch, Workshop, WorkshopId,
    WorkshopSetup,
};

const GROUPS: u8 = 6;
const PER_GROUP: u16 = 25;
const EDITS: usize = 20_000;

fn setup() -> WorkshopSetup {
    WorkshopSetup {
        id: WorkshopId::from_random_bytes([1; 16]),
        title: "Клуб женщин-депутатов местных кенешей Чуйской области".to_owned(),
        focal: String::new(),
        question: String::new(),
        date: String::new(),
        place: String::new(),
        language: Language::Ru,
        groups: (1..=GROUPS)
            .map(|g| Group::new(GroupId::from_random_bytes([g; 16]), &format!("Группа {g}")))
            .collect(),
        demo: false,
    }
}

fn id(n: u16, kind: u8) -> [u8; 16] {
    let mut bytes = [kind; 16];
    bytes[..2].copy_from_slice(&n.to_le_bytes());
    bytes
}

/// A room's log: six groups of 25 stakeholders with long Russian names, 100 relationships,
/// then scores and texts changed until it holds 20,000 edits — validated as the server does.
fn log() -> Vec<Change> {
    let mut workshop = Workshop::create(setup()).expect("a valid setup");
    let mut log = Vec::with_capacity(EDITS);
    let stakeholders = u16::from(GROUPS) * PER_GROUP;
    for n in 0..stakeholders {
        let group = GroupId::from_random_bytes([u8::try_from(n / PER_GROUP).unwrap() + 1; 16]);
        let change = Change::AddStakeholder {
            id: StakeholderId::from_random_bytes(id(n, 2)),
            group,
            fields: StakeholderFields {
                name: format!("Министерство труда, социального обеспечения и миграции №{n}"),
                category: ["state", "international", "civil_society", "informal"]
                    [usize::from(n % 4)]
                .to_owned(),
                level: ["national", "local"][usize::from(n % 2)].to_owned(),
                interest: 1 + i64::from(n % 5),
                influence: 1 + i64::from(n / 5 % 5),
                attitude: Attitude::Unknown,
                interests: "Прозрачность местного бюджета".to_owned(),
                cooperation: "Совместные слушания".to_owned(),
                notes: String::new(),
            },
        };
        push(&mut workshop, &mut log, change);
    }
    for n in 0..100u16 {
        let from = n % stakeholders;
        let to = (n + 1) % PER_GROUP + from / PER_GROUP * PER_GROUP;
        if from == to {
            continue;
        }
        let change = Change::AddRelationship {
            id: RelationshipId::from_random_bytes(id(n, 3)),
            fields: RelationshipFields {
                from: StakeholderId::from_random_bytes(id(from, 2)),
                to: StakeholderId::from_random_bytes(id(to, 2)),
                kind: RelationKind::Cooperation,
                strength: 2,
                directed: false,
            },
        };
        push(&mut workshop, &mut log, change);
    }
    let mut n = 0u16;
    while log.len() < EDITS {
        let change = Change::UpdateStakeholder {
            id: StakeholderId::from_random_bytes(id(n % stakeholders, 2)),
            patch: StakeholderPatch {
                interest: Some(1 + i64::from(n % 5)),
                influence: Some(1 + i64::from(n / 3 % 5)),
                notes: Some(format!("после обсуждения {n}")),
                ..StakeholderPatch::default()
            },
        };
        push(&mut workshop, &mut log, change);
        n = n.wrapping_add(1);
    }
    log
}

/// Validates and applies `change` as the moderator's, and logs it.
fn push(workshop: &mut Workshop, log: &mut Vec<Change>, change: Change) {
    let valid = workshop
        .validate(Actor::Moderator, change)
        .expect("a valid edit");
    log.push(valid.change().clone());
    workshop.apply(valid);
}

fn replay(c: &mut Criterion) {
    let log = log();
    c.bench_function("replay 20,000 edits (150 stakeholders) to the end", |b| {
        b.iter(|| Workshop::replay(setup(), log.iter().cloned()).expect("replays"))
    });
    c.bench_function("replay 20,000 edits to the middle", |b| {
        b.iter(|| Workshop::replay(setup(), log[..EDITS / 2].iter().cloned()).expect("replays"))
    });
    // As the store keeps them: one JSON text per edit, read back first.
    let stored: Vec<String> = log
        .iter()
        .map(|change| serde_json::to_string(change).expect("serialises"))
        .collect();
    c.bench_function("read 20,000 stored edits (JSON) and replay them", |b| {
        b.iter(|| {
            let changes = stored
                .iter()
                .map(|text| serde_json::from_str::<Change>(text).expect("parses"));
            Workshop::replay(setup(), changes).expect("replays")
        })
    });
}

criterion_group!(benches, replay);
criterion_main!(benches);
