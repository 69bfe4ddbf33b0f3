//! What the relationship graph shows, read from a workshop: the stakeholders the options keep,
//! the relationships between them, and every word in the reader's language.

use crate::domain::{CombinedMap, Language, RelationKind, Workshop, combine};
use crate::i18n::{Term, tr, tr_with};

use crate::chart::grid::grid_input_with;
use crate::chart::options::GridOptions;

use super::{GraphInput, GraphLink, GraphWords};

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
    let map = match (options.scope.is_combined(), map) {
        (false, _) => None,
        (true, Some(m)) => Some(m),
        (true, None) => {
            owned = combine(workshop);
            Some(&owned)
        }
    };
    // The grid's reading of the workshop decides who is in, and with which colour and shape.
    let grid = grid_input_with(workshop, options, lang, map);
    let index = |id| grid.points.iter().position(|p| p.id == id);
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
        kinds_heading: tr(lang, "graph-kinds"),
        kinds: RelationKind::ALL.map(|k| k.word(lang)),
        one_way: tr(lang, "graph-one-way"),
        broker: tr(lang, "graph-broker"),
        isolated: tr(lang, "graph-isolated"),
        empty: tr(lang, "graph-empty"),
        ..GraphWords::default()
    };
    let mut input = GraphInput::over(grid, words, links);
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
