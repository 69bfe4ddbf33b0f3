//! What the graph's legend says: its vocabulary (the relationship kinds, one-way, categories,
//! levels, groups) and its names (who to watch, then the numbered key).

use crate::chart::legend::{Entry, Symbol, categories_and_levels, groups, heading};
use crate::domain::RelationKind;
use crate::graph::measures::Measures;

use super::GraphInput;
use super::watch::watch;

/// The graph's words: kinds, one-way, categories, levels, groups.
pub(crate) fn vocabulary(input: &GraphInput) -> Vec<Entry> {
    let w = &input.words;
    let mut entries: Vec<Entry> = Vec::new();
    heading(&mut entries, &w.kinds_heading);
    entries.extend(
        RelationKind::ALL
            .into_iter()
            .zip(&w.kinds)
            .map(|(k, t)| (Symbol::Kind(k), t.clone())),
    );
    entries.push((Symbol::OneWay, w.one_way.clone()));
    categories_and_levels(
        &mut entries,
        [&w.categories_heading, &w.levels_heading],
        &input.categories,
        &input.levels,
    );
    groups(
        &mut entries,
        input.tag_groups,
        &w.groups_heading,
        &input.groups,
    );
    entries
}

/// The legend's vocabulary, and its names (who to watch, then the numbered key).
pub(super) fn legend_entries(
    input: &GraphInput,
    measures: &Measures,
    numbered: &[usize],
) -> (Vec<Entry>, Vec<Entry>) {
    let w = &input.words;
    let mut entries: Vec<Entry> = Vec::new();
    if !w.summary.is_empty() {
        entries.push((Symbol::Number, w.summary.clone()));
    }
    entries.extend(vocabulary(input));
    let mut key: Vec<Entry> = Vec::new();
    let (brokers, isolated) = watch(input, measures).words(input);
    for (title, names) in [(&w.broker, brokers), (&w.isolated, isolated)] {
        if !names.is_empty() {
            heading(&mut key, title);
            key.extend(names.into_iter().map(|name| (Symbol::Indented, name)));
        }
    }
    if !numbered.is_empty() {
        heading(&mut key, &w.numbers_heading);
        for (k, &i) in numbered.iter().enumerate() {
            key.push((Symbol::Number, format!("{} {}", k + 1, input.tagged(i))));
        }
    }
    (entries, key)
}
