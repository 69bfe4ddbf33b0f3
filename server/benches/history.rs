//! Maps over time (issue 20's goals): replaying a 20,000-edit log to an arbitrary point
//! (≤ 100 ms p99), the history's timeline dragged to a moment — the maps replayed from the
//! nearest checkpoint, the grid laid out and drawn, the timeline itself drawn — for a workshop
//! of 150 stakeholders (≤ 100 ms), and a compared grid of 100 actors drawn to SVG (≤ 10 ms).
//! Run: `cargo bench -p server --bench history`; figures in BENCHMARKS.md.

use criterion::{Criterion, criterion_group, criterion_main};

use app::chart::{
    GridLayout, GridOptions, Scope, TimelineInput, TimelineLayout, compared, grid_input, svg,
};
use app::domain::History;

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
            // Each pass over the stakeholders scores them differently (a pass is 150 edits):
            // the maps at two moments differ, cell by cell.
            patch: StakeholderPatch {
                interest: Some(1 + i64::from((n / 150 + n) % 5)),
                influence: Some(1 + i64::from((n / 300 + n / 3) % 5)),
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

/// One drag of the timeline: the maps at a moment, their grid drawn, the timeline drawn.
fn timeline(c: &mut Criterion) {
    let log = log();
    let history = History::new(setup(), log.clone()).expect("replays");
    let options = GridOptions::scope(Scope::AllGroups);
    // Moments spread over the log, none on a checkpoint: the worst case replays 499 edits.
    let moments: Vec<usize> = (0..64).map(|k| (k * 7_919 + 499) % EDITS).collect();
    let mut k = 0;
    c.bench_function(
        "timeline dragged: maps at a moment, grid laid out and drawn",
        |b| {
            b.iter(|| {
                k = (k + 1) % moments.len();
                let w = history.at(moments[k]);
                let input = grid_input(&w, &options, app::domain::Language::Ru);
                svg(&GridLayout::compute(&input, 1280.0, 800.0))
            })
        },
    );
    let minute = 60_000u64;
    let edits: Vec<(u64, usize)> = (0..EDITS)
        .map(|i| (1_765_065_600_000 + i as u64 * minute / 60, i % 7))
        .collect();
    let input = TimelineInput {
        rows: (1..=7).map(|g| format!("Группа {g}")).collect(),
        edits,
        rounds: vec![(1_765_065_600_000 + 100 * minute, "До обсуждения".into())],
        cursor: Some(1_765_065_600_000 + 200 * minute),
        span: None,
        utc_offset_min: 360,
    };
    c.bench_function("timeline of 20,000 edits laid out and drawn", |b| {
        b.iter(|| svg(&TimelineLayout::compute(&input, 1280.0, 256.0)))
    });
}

/// The combined grid of 100 actors compared with an earlier round: every one moved.
fn compared_grid(c: &mut Criterion) {
    let log = log();
    let history = History::new(setup(), log).expect("replays");
    // 100 of the 150: the last 50 deleted, as a plenary that merged or dropped some.
    let then = history.at(EDITS / 2);
    let mut now = history.at(EDITS);
    let gone: Vec<_> = now.stakeholders()[100..].iter().map(|s| s.id()).collect();
    for id in gone {
        let valid = now
            .validate(Actor::Moderator, Change::DeleteStakeholder { id })
            .expect("a delete");
        now.apply(valid);
    }
    let options = GridOptions::scope(Scope::Combined);
    let lang = app::domain::Language::Ru;
    // Both maps read (each combined: the plenary's name matching), then compared.
    let read = || {
        compared(
            grid_input(&now, &options, lang),
            grid_input(&then, &options, lang).points,
            lang,
            ("Раунд 1", "Раунд 2"),
        )
    };
    let input = read();
    let moved = input.earlier.as_ref().map_or(0, |e| {
        e.points
            .iter()
            .filter(|was| {
                input.points.iter().any(|p| {
                    p.id == was.id && (p.interest, p.influence) != (was.interest, was.influence)
                })
            })
            .count()
    });
    assert!(moved >= 90, "only {moved} of the 100 moved");
    c.bench_function(
        "compared grid of 100 actors laid out and drawn to SVG",
        |b| b.iter(|| svg(&GridLayout::compute(&input, 1920.0, 1080.0))),
    );
    c.bench_function(
        "compared combined grid of 100 actors, both maps combined, to SVG",
        |b| b.iter(|| svg(&GridLayout::compute(&read(), 1920.0, 1080.0))),
    );
}

criterion_group!(benches, replay, timeline, compared_grid);
criterion_main!(benches);
