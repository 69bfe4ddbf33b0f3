//! `graph.graphml`: the relationship graph for networkx, yEd and Gephi. Every attribute is
//! declared with its type in a `<key>` (scores `int`, or `double` for the combined map's
//! medians; `directed` a `boolean`), so readers give back numbers as numbers.
//!
//! The graph is directed and each relationship is one edge from → to as entered; `directed`
//! says whether it is one-way or mutual. (GraphML's own per-edge `directed` attribute would
//! say so too, but networkx refuses a graph that mixes both kinds.) Node ids are stakeholder
//! ids, edge ids relationship ids; two relationships of different kinds between the same two
//! stakeholders are two edges (networkx then reads a multigraph).

use super::rows::{Rows, joined, node_values, score};
use super::xml::Xml;
use super::{ExportError, ExportOptions, rows};
use crate::domain::Workshop;

/// A declared attribute: its id (also its name), what it belongs to, its GraphML type.
struct Key {
    name: &'static str,
    of: &'static str,
    ty: &'static str,
}

fn keys(rows: &Rows) -> Vec<Key> {
    let score = if rows.combined { "double" } else { "int" };
    let mut keys = vec![
        Key {
            name: "title",
            of: "graph",
            ty: "string",
        },
        Key {
            name: "label",
            of: "node",
            ty: "string",
        },
        Key {
            name: "name",
            of: "node",
            ty: "string",
        },
        Key {
            name: "group_id",
            of: "node",
            ty: "string",
        },
        Key {
            name: "group",
            of: "node",
            ty: "string",
        },
        Key {
            name: "category",
            of: "node",
            ty: "string",
        },
        Key {
            name: "level",
            of: "node",
            ty: "string",
        },
        Key {
            name: "interest",
            of: "node",
            ty: score,
        },
        Key {
            name: "influence",
            of: "node",
            ty: score,
        },
        Key {
            name: "quadrant",
            of: "node",
            ty: "string",
        },
        Key {
            name: "attitude",
            of: "node",
            ty: "string",
        },
        Key {
            name: "interests",
            of: "node",
            ty: "string",
        },
        Key {
            name: "cooperation",
            of: "node",
            ty: "string",
        },
        Key {
            name: "notes",
            of: "node",
            ty: "string",
        },
        Key {
            name: "kind",
            of: "edge",
            ty: "string",
        },
        Key {
            name: "strength",
            of: "edge",
            ty: score,
        },
        Key {
            name: "directed",
            of: "edge",
            ty: "boolean",
        },
        Key {
            name: "group_id",
            of: "edge",
            ty: "string",
        },
        Key {
            name: "group",
            of: "edge",
            ty: "string",
        },
    ];
    if rows.combined {
        keys.extend([
            Key {
                name: "members",
                of: "node",
                ty: "string",
            },
            Key {
                name: "n",
                of: "node",
                ty: "int",
            },
            Key {
                name: "members",
                of: "edge",
                ty: "string",
            },
        ]);
    }
    keys
}

pub fn graph_graphml(workshop: &Workshop, options: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    let rows = rows(workshop, options)?;
    let w = &rows.words;
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
    for k in keys(&rows) {
        // Node and edge keys may share a name; their ids may not.
        let id = format!("{}_{}", &k.of[..1], k.name);
        x.empty(
            "key",
            &[
                ("id", &id),
                ("for", k.of),
                ("attr.name", k.name),
                ("attr.type", k.ty),
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
        let mut data = vec![
            ("kind", r.kind.as_str().to_owned()),
            ("strength", score(r.strength)),
            ("directed", r.directed.to_string()),
            ("group_id", joined(&r.groups)),
            ("group", w.groups(&r.groups)),
        ];
        if rows.combined {
            data.push(("members", joined(&r.members)));
        }
        for (key, value) in data {
            x.text("data", &[("key", &format!("e_{key}"))], &value)?;
        }
        x.close("edge")?;
    }
    x.close("graph")?;
    x.close("graphml")?;
    Ok(x.finish())
}
