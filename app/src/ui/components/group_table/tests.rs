use super::*;

fn row(name: &str, category: &str, influence: u8, links: usize) -> TableRow {
    TableRow {
        id: StakeholderId::from_random_bytes([name.len() as u8; 16]),
        name: name.to_owned(),
        category: CategoryId::new("state"),
        category_word: category.to_owned(),
        level: LevelId::new("local"),
        level_word: "Местный".to_owned(),
        interest: 3,
        influence,
        attitude: "unknown",
        attitude_word: "Неизвестно".to_owned(),
        links,
    }
}

fn names(rows: &[TableRow]) -> Vec<&str> {
    rows.iter().map(|r| r.name.as_str()).collect()
}

fn rows() -> Vec<TableRow> {
    vec![
        row("мэрия Оша", "Государственные структуры", 4, 0),
        row("АМУЦА", "Организации гражданского общества", 2, 3),
        row("Жогорку Кеңеш", "Государственные структуры", 5, 1),
        row("Айыл окмоту", "Государственные структуры", 4, 2),
    ]
}

#[test]
fn without_a_sort_rows_stay_as_entered() {
    assert_eq!(
        names(&sorted(rows(), None)),
        ["мэрия Оша", "АМУЦА", "Жогорку Кеңеш", "Айыл окмоту"]
    );
}

#[test]
fn a_number_column_sorts_from_the_highest_first_and_ties_by_name() {
    let sort = Sort::tap(None, Column::Influence);
    assert!(sort.descending);
    assert_eq!(
        names(&sorted(rows(), Some(sort))),
        ["Жогорку Кеңеш", "Айыл окмоту", "мэрия Оша", "АМУЦА"]
    );
    let again = Sort::tap(Some(sort), Column::Influence);
    assert!(!again.descending);
    assert_eq!(
        names(&sorted(rows(), Some(again))),
        ["АМУЦА", "Айыл окмоту", "мэрия Оша", "Жогорку Кеңеш"]
    );
}

#[test]
fn words_sort_from_a_ignoring_case() {
    let sort = Sort::tap(Some(Sort::tap(None, Column::Links)), Column::Name);
    assert!(
        !sort.descending,
        "a new column starts from its own first order"
    );
    assert_eq!(
        names(&sorted(rows(), Some(sort))),
        ["Айыл окмоту", "АМУЦА", "Жогорку Кеңеш", "мэрия Оша"]
    );
    let by_category = Sort::tap(None, Column::Category);
    assert_eq!(
        names(&sorted(rows(), Some(by_category))),
        ["Айыл окмоту", "Жогорку Кеңеш", "мэрия Оша", "АМУЦА"]
    );
}
