//! A sample map in Russian, for tests and benchmarks: long names, Kyrgyz letters, every
//! category, level and attitude, several stakeholders per cell.

use crate::domain::{Attitude, Scale, StakeholderId};

use super::graph::{GraphInput, GraphLink, GraphWords};
use super::grid::{GridInput, GridPoint, GridWords};

fn sid(n: usize) -> StakeholderId {
    let mut bytes = [0u8; 16];
    bytes[8..].copy_from_slice(&(n as u64 + 1).to_be_bytes());
    StakeholderId::from_random_bytes(bytes)
}

fn words() -> GridWords {
    GridWords {
        title: "Группа 1 · Доступ к правосудию для лиц с инвалидностью".into(),
        interest: "Интерес".into(),
        influence: "Влияние".into(),
        quadrants: [
            "Тесно сотрудничать".into(),
            "Учитывать интересы".into(),
            "Информировать".into(),
            "Наблюдать".into(),
        ],
        categories_heading: "Категория".into(),
        levels_heading: "Уровень".into(),
        attitudes_heading: "Отношение".into(),
        groups_heading: "Группы".into(),
        numbers_heading: "Номера на сетке".into(),
        key_continues: "Продолжение списка номеров — на следующей странице".into(),
        attitudes: [
            "Поддерживает".into(),
            "Нейтрально".into(),
            "Против".into(),
            "Неизвестно".into(),
        ],
        empty: "Пока никого нет".into(),
        rule: "Высокие — от 3 и выше".into(),
        combined: Vec::new(),
    }
}

const NAMES: [&str; 12] = [
    "Министерство юстиции",
    "Верховный суд",
    "Омбудсмен",
    "ПРООН",
    "Ассоциация родителей детей с инвалидностью",
    "Местный айыл окмоту",
    "Союз адвокатов",
    "Жогорку Кеңеш",
    "Фонд «Өнүгүү»",
    "Соцфонд",
    "Медиа",
    "Волонтёры",
];

/// A busy map for tests and benchmarks: `n` stakeholders spread over a 1–5 scale the way a busy group fills it: several per cell,
/// long names, every category, level and attitude.
pub fn sample(n: usize, groups: usize) -> GridInput {
    let points = (0..n)
        .map(|i| GridPoint {
            id: sid(i),
            name: format!("{} {}", NAMES[i % NAMES.len()], i),
            interest: 1 + ((i * 7 + i / 5) % 5) as u8,
            influence: 1 + ((i * 3 + i / 7) % 5) as u8,
            category: i % 4,
            level: i % 2,
            attitude: Attitude::ALL[i % 4],
            group: i % groups,
            spread: None,
        })
        .collect();
    GridInput {
        scale: Scale::default(),
        words: words(),
        categories: vec![
            "Государственные структуры".into(),
            "Международные организации".into(),
            "Организации гражданского общества".into(),
            "Неформальные группы".into(),
        ],
        levels: vec!["Национальный".into(), "Местный".into()],
        groups: (1..=groups).map(|g| format!("Группа {g}")).collect(),
        tag_groups: groups > 1,
        points,
        key_only: false,
        earlier: None,
    }
}

/// A sample relationship graph on [`sample`]'s stakeholders: `links` relationships of every
/// kind, strength and direction, spread so that some stakeholders broker and some stay alone.
pub fn sample_graph(n: usize, links: usize, groups: usize) -> GraphInput {
    use crate::domain::RelationKind;
    let grid = sample(n, groups);
    // A fixed linear congruential sequence: the same sample every time, on every machine.
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = |bound: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) as usize) % bound.max(1)
    };
    let mut out: Vec<GraphLink> = Vec::new();
    // The last tenth stays without relationships.
    let linked = (n - n / 10).max(1);
    while out.len() < links && linked > 1 {
        let (from, to) = (next(linked), next(linked));
        let kind = RelationKind::ALL[next(6)];
        if from == to
            || out
                .iter()
                .any(|l| l.kind == kind && (l.from, l.to) == (from.min(to), from.max(to)))
        {
            continue;
        }
        out.push(GraphLink {
            from: from.min(to),
            to: from.max(to),
            kind,
            strength: 1 + next(3) as u8,
            directed: next(2) == 0,
        });
    }
    let words = GraphWords {
        kinds_heading: "Виды связей".into(),
        kinds: [
            "Сотрудничество".into(),
            "Финансирование".into(),
            "Подчинение".into(),
            "Обмен информацией".into(),
            "Конфликт".into(),
            "Другое".into(),
        ],
        one_way: "Односторонняя (→)".into(),
        broker: "Посредники (посредничество)".into(),
        isolated: "Влиятельны, но без связей".into(),
        empty: "Пока нет связей".into(),
        summary: format!("{n} сторон, {links} связей"),
        ..GraphWords::default()
    };
    GraphInput::over(grid, words, out)
}

/// [`sample`]'s `n` stakeholders joined by `edges` (e.g. a G(n, m) from
/// [`crate::graph::random::gnm`]), each link of a kind, strength and direction drawn from
/// `seed`: the benchmarks' picture input (`layoutbench`, `graphbench`).
pub fn sample_linked(n: usize, edges: &[(usize, usize)], seed: u64) -> GraphInput {
    let mut input = sample_graph(n, 0, 1);
    let mut rng = crate::graph::random::SplitMix64::new(seed);
    input.links = edges
        .iter()
        .map(|&(from, to)| GraphLink {
            from,
            to,
            kind: crate::domain::RelationKind::ALL[rng.below(6)],
            strength: 1 + rng.below(3) as u8,
            directed: rng.below(2) == 0,
        })
        .collect();
    input
}
