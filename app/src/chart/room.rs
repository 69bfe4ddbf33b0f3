//! A workshop of a real room's size, for tests and benchmarks of the plenary's pictures: up to
//! eight groups with long names, each naming up to 40 stakeholders with long Russian and Kyrgyz
//! names (the seed's actors and their like), a relationship per stakeholder, and — when asked —
//! the groups' entries for one actor merged, so the combined map has actors several groups
//! disagree on. Built through `validate`/`apply` like any workshop.

use crate::domain::{
    Actor, Attitude, Change, Group, GroupId, Language, MergeId, RelationKind, RelationshipFields,
    RelationshipId, StakeholderFields, StakeholderId, Verdict, Workshop, WorkshopId, WorkshopSetup,
};

/// Forty actors a Kyrgyz workshop names, the longest names first.
pub const ACTORS: [&str; 40] = [
    "Государственное агентство по делам местного самоуправления и межэтнических отношений при Кабинете Министров Кыргызской Республики",
    "Министерство труда, социального обеспечения и миграции Кыргызской Республики",
    "Союз местных самоуправлений Кыргызской Республики",
    "Проект USAID «Успешный Аймак 2»",
    "Академия управления местным самоуправлением Центральной Азии (АМУЦА)",
    "Иссык-Кульская районная государственная администрация",
    "Ат-Башинская районная государственная администрация",
    "Базар-Коргонская районная государственная администрация",
    "Кара-Суйская районная государственная администрация",
    "Местные кенеши целевых муниципалитетов",
    "Портал «Лучшая практика МСУ»",
    "Жогорку Кеңеш Кыргызской Республики",
    "Министерство юстиции Кыргызской Республики",
    "Центральная комиссия по выборам и проведению референдумов",
    "Аппарат Президента Кыргызской Республики",
    "Омбудсмен (Акыйкатчы) Кыргызской Республики",
    "Программа развития ООН (ПРООН) в Кыргызской Республике",
    "ООН-Женщины (UN Women), страновой офис",
    "ОБСЕ, Программный офис в Бишкеке",
    "Европейский союз, Представительство в Кыргызской Республике",
    "Фонд «Сорос-Кыргызстан»",
    "Ассоциация женщин-лидеров «Аялзат»",
    "Общественное объединение «Лига защитников прав ребёнка»",
    "Форум женщин-депутатов Жогорку Кенеша",
    "Аксакалдар соту (суды аксакалов) в айылных аймаках",
    "Жамааттар — сельские общественные объединения",
    "Молодёжные комитеты айылных аймаков",
    "Религиозные лидеры местных сообществ",
    "Местные предприниматели и фермерские хозяйства",
    "Средства массовой информации регионов",
    "Кыргызский национальный университет имени Жусупа Баласагына",
    "Институт политики развития (ИПР)",
    "Өнүгүү фонду — Фонд развития айылных аймаков",
    "Айыл өкмөтү — исполнительно-распорядительные органы",
    "Государственная кадровая служба Кыргызской Республики",
    "Министерство финансов Кыргызской Республики",
    "Национальный статистический комитет",
    "Ассоциация городов Кыргызской Республики",
    "Клубы женщин-депутатов в областях",
    "Неформальные советы матерей при школах",
];

/// Long group names, as moderators type them.
pub const GROUPS: [&str; 8] = [
    "Группа 1: депутаты айылных кенешей Иссык-Кульской области",
    "Группа 2: кандидаты в депутаты и активистки",
    "Группа 3: представители государственных органов",
    "Группа 4: НКО и международные организации",
    "Топ 5: Нарын облусунун депутаттары",
    "Группа 6: эксперты и исследователи",
    "Группа 7: молодёжные лидеры",
    "Группа 8: медиа и блогеры",
];

fn bytes(kind: u8, n: usize) -> [u8; 16] {
    let mut b = [0u8; 16];
    b[0] = kind;
    b[8..].copy_from_slice(&(n as u64 + 1).to_be_bytes());
    b
}

#[expect(clippy::expect_used, reason = "a fixed fixture: its edits are valid")]
fn apply(w: &mut Workshop, change: Change) {
    let valid = w
        .validate(Actor::Moderator, change)
        .expect("the room's edits are valid");
    w.apply(valid);
}

/// `groups` groups (at most 8) of `per_group` stakeholders (at most 40). With `merged`, every
/// actor's entries across the groups are merged into one combined stakeholder.
#[expect(clippy::expect_used, reason = "a fixed fixture: its setup is valid")]
pub fn room(groups: usize, per_group: usize, merged: bool) -> Workshop {
    let (groups, per_group) = (groups.clamp(1, 8), per_group.clamp(1, 40));
    let gid = |g: usize| GroupId::from_random_bytes(bytes(1, g));
    let sid = |g: usize, i: usize| StakeholderId::from_random_bytes(bytes(2, g * 100 + i));
    let mut w = Workshop::create(WorkshopSetup {
        id: WorkshopId::from_random_bytes(bytes(0, 0)),
        title: "Клуб женщин-депутатов местных кенешей: заинтересованные стороны".to_owned(),
        focal: "Клуб женщин-депутатов местных кенешей".to_owned(),
        question: String::new(),
        date: "2022-07-18".to_owned(),
        place: "Бишкек".to_owned(),
        language: Language::Ru,
        groups: (0..groups).map(|g| Group::new(gid(g), GROUPS[g])).collect(),
        demo: false,
    })
    .expect("a valid setup");
    let categories = ["state", "international", "civil_society", "informal"];
    for g in 0..groups {
        for i in 0..per_group {
            // Groups disagree, more on some actors than on others.
            let score = |k: usize| 1 + ((i * k + g * (i % 3 + 1)) % 5) as i64;
            apply(
                &mut w,
                Change::AddStakeholder {
                    id: sid(g, i),
                    group: gid(g),
                    fields: StakeholderFields {
                        name: ACTORS[i].to_owned(),
                        category: categories[i % 4].to_owned(),
                        level: if i % 3 == 0 { "local" } else { "national" }.to_owned(),
                        interest: score(3),
                        influence: score(7),
                        attitude: Attitude::ALL[(i + g) % 4],
                        interests: String::new(),
                        cooperation: String::new(),
                        notes: String::new(),
                    },
                },
            );
        }
        // Each to a neighbour a few places on, never back: no pair twice.
        let step = if per_group > 8 { 1 + g % 3 } else { 1 };
        for i in 0..per_group.saturating_sub(1) {
            let to = (i + step) % per_group;
            apply(
                &mut w,
                Change::AddRelationship {
                    id: RelationshipId::from_random_bytes(bytes(3, g * 100 + i)),
                    fields: RelationshipFields {
                        from: sid(g, i),
                        to: sid(g, to),
                        kind: RelationKind::ALL[i % RelationKind::ALL.len()],
                        strength: 1 + (i % 3) as i64,
                        directed: i % 2 == 0,
                    },
                },
            );
        }
    }
    if merged && groups > 1 {
        for i in 0..per_group {
            apply(
                &mut w,
                Change::AddMerge {
                    id: MergeId::from_random_bytes(bytes(4, i)),
                    members: (0..groups).map(|g| sid(g, i)).collect(),
                    verdict: Verdict::Same,
                },
            );
        }
    }
    w
}
