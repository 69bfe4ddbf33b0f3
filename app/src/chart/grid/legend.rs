//! What the grid's legend says: its vocabulary (categories, levels, attitudes, groups, the
//! quadrant rule, how to read the combined map) and its numbered key.

use std::collections::HashMap;

use crate::chart::legend::{Entry, Symbol, categories_and_levels, groups, heading};
use crate::chart::palette::tagged;
use crate::domain::{Attitude, StakeholderId};

use super::{GridInput, GridPoint, Marker};

/// The legend's words: categories, levels, attitudes, groups, the quadrant rule and, on the
/// combined map, how to read it.
pub(crate) fn vocabulary(input: &GridInput) -> Vec<Entry> {
    let w = &input.words;
    let mut entries: Vec<Entry> = Vec::new();
    categories_and_levels(
        &mut entries,
        [&w.categories_heading, &w.levels_heading],
        &input.categories,
        &input.levels,
    );
    heading(&mut entries, &w.attitudes_heading);
    entries.extend(
        Attitude::ALL
            .into_iter()
            .zip(&w.attitudes)
            .map(|(a, t)| (Symbol::Attitude(a), t.clone())),
    );
    groups(
        &mut entries,
        input.tag_groups,
        &w.groups_heading,
        &input.groups,
    );
    heading(&mut entries, &w.rule);
    if input.points.iter().any(|p| p.spread.is_some()) {
        for line in &w.combined {
            entries.push((Symbol::Indented, line.clone()));
        }
    }
    if let Some(earlier) = &input.earlier {
        let c = &earlier.words;
        heading(&mut entries, &c.heading);
        entries.push((Symbol::Was, c.was.clone()));
        entries.push((Symbol::New, c.new.clone()));
        entries.push((Symbol::Gone, c.gone.clone()));
    }
    entries
}

/// The numbered names, under their heading.
pub(super) fn key_entries(input: &GridInput, markers: &[Marker]) -> Vec<Entry> {
    let mut numbered: Vec<&Marker> = markers.iter().filter(|m| m.number.is_some()).collect();
    numbered.sort_by_key(|m| m.number);
    let mut key = Vec::new();
    if !numbered.is_empty() {
        heading(&mut key, &input.words.numbers_heading);
        let names: HashMap<StakeholderId, &GridPoint> =
            input.points.iter().map(|p| (p.id, p)).collect();
        for m in &numbered {
            let p = names[&m.id];
            let name = tagged(&p.name, p.group, input.tag_groups);
            key.push((Symbol::Number, format!("{} {name}", m.number.unwrap_or(0))));
        }
    }
    key
}
