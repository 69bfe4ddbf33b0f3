//! One group's stakeholders as a compact table on the moderator's console: name, category,
//! level, interest, influence, attitude and how many links each has. Tapping a column's
//! header sorts by it (numbers from the highest, words from A; again: the other way), in
//! the browser, with `aria-sort` on the header. Long groups show a page at a time (the
//! pages' buttons beside what the caller puts above the table), so that every group fits the
//! laptop's screen together.

use std::cmp::Ordering;

use leptos::prelude::*;

use crate::domain::{CategoryId, Field, GroupId, LevelId, StakeholderId};
use crate::ui::components::pager::{Pager, page_rows};
use crate::ui::locale::{Locale, use_locale};
use crate::wire::{RelationshipView, StakeholderView};

/// One row, with the words the table shows (sorting is by what people read).
#[derive(Clone, Debug, PartialEq)]
pub struct TableRow {
    pub id: StakeholderId,
    pub name: String,
    /// The category's id (its colour), and its word in the reader's language.
    pub category: CategoryId,
    pub category_word: String,
    pub level: LevelId,
    pub level_word: String,
    pub interest: u8,
    pub influence: u8,
    pub attitude: &'static str,
    pub attitude_word: String,
    /// Relationships with this stakeholder at either end.
    pub links: usize,
}

/// `group`'s stakeholders as table rows, in the order they were entered.
pub fn table_rows(
    locale: Locale,
    group: GroupId,
    stakeholders: &[StakeholderView],
    relationships: &[RelationshipView],
) -> Vec<TableRow> {
    stakeholders
        .iter()
        .filter(|s| s.group_id == group)
        .map(|s| TableRow {
            id: s.id,
            name: s.name.clone(),
            category: s.category.clone(),
            category_word: locale.word(&s.category),
            level: s.level.clone(),
            level_word: locale.word(&s.level),
            interest: s.interest,
            influence: s.influence,
            attitude: s.attitude.as_str(),
            attitude_word: locale.word(&s.attitude),
            links: relationships
                .iter()
                .filter(|r| r.from == s.id || r.to == s.id)
                .count(),
        })
        .collect()
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Column {
    Name,
    Category,
    Level,
    Interest,
    Influence,
    Attitude,
    Links,
}

impl Column {
    pub const ALL: [Column; 7] = [
        Column::Name,
        Column::Category,
        Column::Level,
        Column::Interest,
        Column::Influence,
        Column::Attitude,
        Column::Links,
    ];

    /// The stakeholder's field the column shows; the link count is the table's own.
    fn field(self) -> Option<Field> {
        match self {
            Column::Name => Some(Field::Name),
            Column::Category => Some(Field::Category),
            Column::Level => Some(Field::Level),
            Column::Interest => Some(Field::Interest),
            Column::Influence => Some(Field::Influence),
            Column::Attitude => Some(Field::Attitude),
            Column::Links => None,
        }
    }

    pub fn code(self) -> &'static str {
        self.field().map_or("links", Field::as_str)
    }

    fn numeric(self) -> bool {
        matches!(self, Column::Interest | Column::Influence | Column::Links)
    }

    /// The header's words.
    fn title_key(self) -> &'static str {
        match self {
            Column::Name => "field-name",
            Column::Category => "field-category",
            Column::Level => "field-level",
            Column::Interest => "short-interest",
            Column::Influence => "short-influence",
            Column::Attitude => "console-attitude",
            Column::Links => "console-links",
        }
    }

    fn compare(self, a: &TableRow, b: &TableRow) -> Ordering {
        // Lower case is collation enough for Russian, Kyrgyz and English names here.
        let text = |x: &str, y: &str| x.to_lowercase().cmp(&y.to_lowercase());
        match self {
            Column::Name => text(&a.name, &b.name),
            Column::Category => text(&a.category_word, &b.category_word),
            Column::Level => text(&a.level_word, &b.level_word),
            Column::Interest => a.interest.cmp(&b.interest),
            Column::Influence => a.influence.cmp(&b.influence),
            Column::Attitude => text(&a.attitude_word, &b.attitude_word),
            Column::Links => a.links.cmp(&b.links),
        }
    }
}

/// The order the moderator asked for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

impl Sort {
    /// The order after tapping `column`'s header: the same column the other way round, or a
    /// new one — numbers from the highest (who matters most), words from A.
    pub fn tap(current: Option<Sort>, column: Column) -> Sort {
        match current {
            Some(s) if s.column == column => Sort {
                column,
                descending: !s.descending,
            },
            _ => Sort {
                column,
                descending: column.numeric(),
            },
        }
    }
}

/// `rows` in `sort`'s order (as entered without one); ties by name, then as entered.
pub fn sorted(mut rows: Vec<TableRow>, sort: Option<Sort>) -> Vec<TableRow> {
    if let Some(sort) = sort {
        rows.sort_by(|a, b| {
            let first = sort.column.compare(a, b);
            let first = if sort.descending {
                first.reverse()
            } else {
                first
            };
            first.then_with(|| Column::Name.compare(a, b))
        });
    }
    rows
}

/// A group's table; `rows` follow the live workshop, the order and page stay as chosen.
#[component]
pub fn GroupTable(
    #[prop(into)] rows: Signal<Vec<TableRow>>,
    /// Rows a page.
    per_page: usize,
    /// The group's name, for screen readers (the table's caption and its pages).
    #[prop(into)]
    label: Signal<String>,
    /// What goes above the table, beside the pages' buttons (the group's name and code).
    children: Children,
) -> impl IntoView {
    let locale = use_locale();
    let sort = RwSignal::new(None::<Sort>);
    let page = RwSignal::new(0_usize);
    let len = Signal::derive(move || rows.with(Vec::len));

    let headers = move || {
        Column::ALL
            .into_iter()
            .map(move |column| view! { <SortHeader column sort page /> }.into_any())
            .collect_view()
    };
    let body = move || {
        let all = sorted(rows.get(), sort.get());
        let shown = page_rows(all.len(), per_page, page.get());
        all[shown]
            .iter()
            .map(|r| view! { <Row row=r.clone() /> }.into_any())
            .collect_view()
    };

    // Type-erased pieces (`into_any`): the browser build's view types stay shallow.
    let table = move || {
        view! {
            <table class="group-table" data-testid="group-table">
                <caption class="visually-hidden">{move || label.get()}</caption>
                <thead>
                    <tr>{headers()}</tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <div class="table-bar">
            {children()} {view! { <Pager page len per=per_page label /> }.into_any()}
        </div>
        <Show
            when=move || { len.get() > 0 }
            fallback=move || view! { <p class="empty">{move || locale.t("empty-list")}</p> }
        >
            {table()}
        </Show>
    }
    .into_any()
}

/// A column's header: a tap sorts by it (again: the other way) and goes back to the first
/// page.
#[component]
fn SortHeader(
    column: Column,
    sort: RwSignal<Option<Sort>>,
    page: RwSignal<usize>,
) -> impl IntoView {
    let locale = use_locale();
    let state = move || match sort.get() {
        Some(s) if s.column == column && s.descending => "descending",
        Some(s) if s.column == column => "ascending",
        _ => "none",
    };
    view! {
        <th
            scope="col"
            class=if column.numeric() { "number" } else { "" }
            aria-sort=state
            data-column=column.code()
        >
            <button
                type="button"
                class="sort-button"
                data-testid="sort"
                data-column=column.code()
                on:click=move |_| {
                    sort.update(|s| *s = Some(Sort::tap(*s, column)));
                    page.set(0);
                }
            >
                {move || locale.t(column.title_key())}
                <span class="sort-mark" aria-hidden="true">
                    {move || match state() {
                        "descending" => "▼",
                        "ascending" => "▲",
                        _ => "",
                    }}
                </span>
            </button>
        </th>
    }
}

/// One stakeholder's row.
#[component]
fn Row(row: TableRow) -> impl IntoView {
    let r = row;
    view! {
        <tr data-testid="stakeholder" data-id=r.id.to_string()>
            <th scope="row" class="name">
                {r.name}
            </th>
            <td>
                <span class=format!(
                    "category-mark category-{}",
                    r.category,
                )>{r.category_word}</span>
            </td>
            <td>{r.level_word}</td>
            <td class="number" data-testid="interest">
                {r.interest}
            </td>
            <td class="number" data-testid="influence">
                {r.influence}
            </td>
            <td>
                <span class=format!("badge attitude-{}", r.attitude)>{r.attitude_word}</span>
            </td>
            <td class="number" data-testid="links">
                {r.links}
            </td>
        </tr>
    }
}

#[cfg(test)]
mod tests;
