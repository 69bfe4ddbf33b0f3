//! What the relationship graph shows, read from a workshop: the stakeholders the options keep,
//! the relationships between them, and every word in the reader's language.

use crate::domain::{CombinedMap, Language, RelationKind, Workshop, combine};
use crate::i18n::{tr, tr_with};

use super::graph_layout::{GraphInput, GraphLink, GraphNode, GraphWords};
use super::grid_input::{GridOptions, grid_input_with, title};

pub fn graph_input(workshop: &Workshop, options: &GridOptions, lang: Language) -> GraphInput {
    graph_input_with(workshop, options, lang, None)
}

/// [`graph_input`] with the workshop's combined map when the caller has it already.
pub fn graph_input_with(
    workshop: &Workshop,
    options: &GridOptions,
    lang: Language,
    map: Option<&CombinedMap>,
) -> GraphInput {
    let owned;
    let map = match (options.combined, map) {
        (false, _) => None,
        (true, Some(m)) => Some(m),
        (true, None) => {
            owned = combine(workshop);
            Some(&owned)
        }
    };
    // The grid's reading of the workshop decides who is in, and with which colour and shape.
    let grid = grid_input_with(workshop, options, lang, map);
    let nodes: Vec<GraphNode> = grid
        .points
        .iter()
        .map(|p| GraphNode {
            id: p.id,
            name: p.name.clone(),
            influence: p.influence,
            category: p.category,
            level: p.level,
            group: p.group,
        })
        .collect();
    let index = |id| nodes.iter().position(|n| n.id == id);
    let links = if let Some(map) = map {
        map.relationships
            .iter()
            .filter_map(|r| {
                Some(GraphLink {
                    from: index(r.from)?,
                    to: index(r.to)?,
                    kind: r.kind,
                    strength: r.strength.round() as u8,
                    directed: r.directed,
                })
            })
            .collect()
    } else {
        workshop
            .relationships()
            .iter()
            .filter_map(|r| {
                Some(GraphLink {
                    from: index(r.from())?,
                    to: index(r.to())?,
                    kind: r.kind(),
                    strength: r.strength(),
                    directed: r.directed(),
                })
            })
            .collect()
    };
    let words = GraphWords {
        title: title(workshop, options, lang),
        kinds_heading: tr(lang, "graph-kinds"),
        kinds: RelationKind::ALL.map(|k| tr(lang, &format!("kind-{}", k.as_str()))),
        one_way: tr(lang, "graph-one-way"),
        categories_heading: grid.words.categories_heading.clone(),
        levels_heading: grid.words.levels_heading.clone(),
        groups_heading: grid.words.groups_heading.clone(),
        broker: tr(lang, "graph-broker"),
        isolated: tr(lang, "graph-isolated"),
        numbers_heading: grid.words.numbers_heading.clone(),
        key_continues: grid.words.key_continues.clone(),
        empty: tr(lang, "graph-empty"),
        summary: String::new(),
    };
    let mut input = GraphInput {
        scale: workshop.scale(),
        words,
        categories: grid.categories,
        levels: grid.levels,
        groups: grid.groups,
        tag_groups: grid.tag_groups,
        nodes,
        links,
        key_only: false,
    };
    input.words.summary = tr_with(
        lang,
        "graph-summary",
        &[
            ("nodes", input.nodes.len().into()),
            ("links", input.links.len().into()),
        ],
    );
    input
}
