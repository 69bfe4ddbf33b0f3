//! The benchmark's workshop, built through the domain's own write path
//! (`Workshop::validate` and `apply`, as the moderator) from a seeded splitmix64: the same
//! workshop on every machine. The draws from the generator come in a fixed order: changing the
//! order of any two changes the workshop (and the figures in BENCHMARKS.md).

use std::collections::HashSet;

use app::domain::{
    Actor, Attitude, Change, Group, GroupId, Language, MergeId, RelationKind, RelationshipFields,
    RelationshipId, StakeholderFields, StakeholderId, Verdict, Workshop, WorkshopId, WorkshopSetup,
};
use app::graph::random::SplitMix64;

use crate::names::{COOPERATION, INTERESTS, NATIONAL, NOTES, PLACES, names};

const GROUPS: usize = 4;
const STAKEHOLDERS_PER_GROUP: usize = 1_250;
const RELATIONSHIPS_PER_GROUP: usize = 5_000;
/// Names entered by several groups that the moderator merges (the rest stay apart, some of
/// them proposed as matches).
const MERGES: usize = 400;
/// Of those, rejected instead ("not the same actor").
const REJECTIONS: usize = 20;

/// Sixteen random bytes, for an id.
fn bytes(rng: &mut SplitMix64) -> [u8; 16] {
    let mut out = [0u8; 16];
    out[..8].copy_from_slice(&rng.next_u64().to_le_bytes());
    out[8..].copy_from_slice(&rng.next_u64().to_le_bytes());
    out
}

fn apply(w: &mut Workshop, change: Change) {
    let valid = w
        .validate(Actor::Moderator, change)
        .expect("the generator makes valid edits");
    w.apply(valid);
}

/// The benchmark's workshop: [`GROUPS`] groups of [`STAKEHOLDERS_PER_GROUP`] stakeholders with
/// [`RELATIONSHIPS_PER_GROUP`] relationships each, every category, level, attitude and score,
/// and [`MERGES`] decisions on names several groups entered.
pub fn workshop() -> Workshop {
    let mut rng = SplitMix64::new(0xE790_0875_0001);
    let (mut w, groups) = create(&mut rng);
    let (entered, members) = stakeholders(&mut w, &groups, &mut rng);
    relationships(&mut w, &members, &mut rng);
    decisions(&mut w, &entered, &mut rng);
    w
}

/// The empty workshop, and its groups.
fn create(rng: &mut SplitMix64) -> (Workshop, Vec<Group>) {
    let groups: Vec<Group> = (1..=GROUPS)
        .map(|g| {
            Group::new(
                GroupId::from_random_bytes(bytes(rng)),
                &format!("Группа {g} · {}", PLACES[g * 3]),
            )
        })
        .collect();
    let w = Workshop::create(WorkshopSetup {
        id: WorkshopId::from_random_bytes(bytes(rng)),
        title: "Доступ к правосудию для лиц с инвалидностью: карта заинтересованных сторон".into(),
        focal: "Реформа системы бесплатной юридической помощи".into(),
        question: "Кто влияет на доступ людей с инвалидностью к правосудию и как?".into(),
        date: "2026-11-25".into(),
        place: "Бишкек, отель «Ала-Тоо»".into(),
        language: Language::Ru,
        groups: groups.clone(),
        demo: false,
    })
    .expect("a valid setup");
    (w, groups)
}

/// Per name of the pool, who entered it: (group, stakeholder), in the order entered.
type Entered = Vec<Vec<(usize, StakeholderId)>>;

/// Each group names the national bodies, then distinct names from the pool. Returns who
/// entered each name, and each group's stakeholders in the order entered.
fn stakeholders(
    w: &mut Workshop,
    groups: &[Group],
    rng: &mut SplitMix64,
) -> (Entered, Vec<Vec<StakeholderId>>) {
    let categories = w.categories().to_vec();
    let levels = w.levels().to_vec();
    let pool = names();
    let mut entered: Entered = vec![Vec::new(); pool.len()];
    let mut members: Vec<Vec<StakeholderId>> = Vec::new();
    for (g, group) in groups.iter().enumerate() {
        let mut chosen: Vec<usize> = (0..NATIONAL.len()).collect();
        let mut taken: HashSet<usize> = chosen.iter().copied().collect();
        while chosen.len() < STAKEHOLDERS_PER_GROUP {
            let i = NATIONAL.len() + rng.below(pool.len() - NATIONAL.len());
            if taken.insert(i) {
                chosen.push(i);
            }
        }
        let mut ids = Vec::with_capacity(chosen.len());
        for (k, &i) in chosen.iter().enumerate() {
            let id = StakeholderId::from_random_bytes(bytes(rng));
            let national = i < NATIONAL.len();
            let notes = if rng.below(4) == 0 {
                rng.pick(&NOTES).to_string()
            } else {
                String::new()
            };
            apply(
                w,
                Change::AddStakeholder {
                    id,
                    group: group.id(),
                    fields: StakeholderFields {
                        name: pool[i].clone(),
                        category: categories[if national { k % 2 } else { rng.below(4) }]
                            .as_str()
                            .to_owned(),
                        level: levels[if national { 0 } else { rng.below(2) }]
                            .as_str()
                            .to_owned(),
                        interest: 1 + rng.below(5) as i64,
                        influence: 1 + rng.below(5) as i64,
                        attitude: Attitude::ALL[rng.below(4)],
                        interests: rng.pick(&INTERESTS).to_string(),
                        cooperation: rng.pick(&COOPERATION).to_string(),
                        notes,
                    },
                },
            );
            entered[i].push((g, id));
            ids.push(id);
        }
        members.push(ids);
    }
    (entered, members)
}

/// Relationships within each group: `from` leans towards the first-entered (hubs), the last
/// tenth of each group has none; no pair twice with the same kind.
fn relationships(w: &mut Workshop, members: &[Vec<StakeholderId>], rng: &mut SplitMix64) {
    for ids in members {
        let linked = ids.len() - ids.len() / 10;
        let mut seen: HashSet<(usize, usize, RelationKind)> = HashSet::new();
        let mut made = 0;
        while made < RELATIONSHIPS_PER_GROUP {
            let from = rng.below(linked).min(rng.below(linked));
            let to = rng.below(linked);
            let kind = RelationKind::ALL[rng.below(RelationKind::ALL.len())];
            if from == to || !seen.insert((from.min(to), from.max(to), kind)) {
                continue;
            }
            apply(
                w,
                Change::AddRelationship {
                    id: RelationshipId::from_random_bytes(bytes(rng)),
                    fields: RelationshipFields {
                        from: ids[from],
                        to: ids[to],
                        kind,
                        strength: 1 + rng.below(3) as i64,
                        directed: rng.below(3) == 0,
                    },
                },
            );
            made += 1;
        }
    }
}

/// The moderator's decisions: the first names entered by several groups are merged (a few
/// rejected instead).
fn decisions(w: &mut Workshop, entered: &[Vec<(usize, StakeholderId)>], rng: &mut SplitMix64) {
    let shared = entered.iter().filter(|list| list.len() > 1);
    for (decided, list) in shared.take(MERGES).enumerate() {
        let verdict = if decided % (MERGES / REJECTIONS) == 1 {
            Verdict::Distinct
        } else {
            Verdict::Same
        };
        apply(
            w,
            Change::AddMerge {
                id: MergeId::from_random_bytes(bytes(rng)),
                members: list.iter().map(|(_, id)| *id).collect(),
                verdict,
            },
        );
    }
}
