//! `graph.graphml`: the relationship graph for networkx, yEd and Gephi. Every attribute is
//! declared with its type in a `<key>` (scores `int`, or `double` for the combined map's
//! medians; `directed` a `boolean`), so readers give back numbers as numbers.
//!
//! The graph is directed and each relationship is one edge from → to as entered; `directed`
//! says whether it is one-way or mutual. (GraphML's own per-edge `directed` attribute would
//! say so too, but networkx refuses a graph that mixes both kinds.) Node ids are stakeholder
//! ids, edge ids relationship ids; two relationships of different kinds between the same two
//! stakeholders are two edges (networkx then reads a multigraph).

use super::attributes::{self, Attr, EDGE, Holds, NODE, declared, edge_values, node_values};
use super::rows::Rows;
use super::xml::Xml;
use super::{ExportError, ExportOptions, rows};
use crate::domain::Workshop;

/// Every attribute declared, `(for, attribute)`: the graph's title and the nodes' labels, then
/// the attributes both graph files have, those of the combined map last.
fn keys(rows: &Rows) -> Vec<(&'static str, Attr)> {
    let mut keys = vec![
        ("graph", attributes::attr("title", Holds::Text)),
        ("node", attributes::attr("label", Holds::Text)),
    ];
    for combined_only in [false, true] {
        for (of, list) in [("node", &NODE[..]), ("edge", &EDGE[..])] {
            let attrs = declared(list, rows).filter(|a| a.combined_only == combined_only);
            keys.extend(attrs.map(|a| (of, *a)));
        }
    }
    keys
}

pub fn graph_graphml(workshop: &Workshop, options: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    let rows = rows(workshop, options)?;
    let mut x = Xml::new()?;
    x.open(
        "graphml",
        &[
            ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://graphml.graphdrawing.org/xmlns \
                 http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
            ),
        ],
    )?;
    for (of, a) in keys(&rows) {
        // Node and edge keys may share a name; their ids may not.
        let id = format!("{}_{}", &of[..1], a.name);
        x.empty(
            "key",
            &[
                ("id", &id),
                ("for", of),
                ("attr.name", a.name),
                ("attr.type", a.holds.type_name(&rows, "int")),
            ],
        )?;
    }
    x.open("graph", &[("id", "stakemap"), ("edgedefault", "directed")])?;
    x.text("data", &[("key", "g_title")], workshop.title())?;
    for s in &rows.stakeholders {
        let id = s.id.to_string();
        x.open("node", &[("id", &id)])?;
        let mut data = vec![("label", s.name.clone())];
        data.extend(node_values(&rows, s));
        for (key, value) in data {
            x.text("data", &[("key", &format!("n_{key}"))], &value)?;
        }
        x.close("node")?;
    }
    for r in &rows.relationships {
        let (id, from, to) = (r.id.to_string(), r.from.to_string(), r.to.to_string());
        x.open("edge", &[("id", &id), ("source", &from), ("target", &to)])?;
        for (key, value) in edge_values(&rows, r) {
            x.text("data", &[("key", &format!("e_{key}"))], &value)?;
        }
        x.close("edge")?;
    }
    x.close("graph")?;
    x.close("graphml")?;
    Ok(x.finish())
}
