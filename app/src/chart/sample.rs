//! A sample map in Russian, for tests and benchmarks: long names, Kyrgyz letters, every
//! category, level and attitude, several stakeholders per cell.

use crate::domain::{Attitude, Scale, StakeholderId};

use super::grid_layout::{GridInput, GridPoint, GridWords};

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
        attitudes: [
            "Поддерживает".into(),
            "Нейтрально".into(),
            "Против".into(),
            "Неизвестно".into(),
        ],
        empty: "Пока никого нет".into(),
        rule: "Высокие — от 3 и выше".into(),
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
    }
}
