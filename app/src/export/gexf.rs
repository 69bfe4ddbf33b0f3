//! `graph.gexf` (GEXF 1.3) for Gephi: the same attributes as the GraphML, and the picture
//! itself — every node's colour (its category's), size (its radius) and position from
//! [`GraphLayout::compute`] on the files' 1920 × 1080 canvas and fixed seed — so Gephi opens
//! on the drawing the room saw rather than a random scatter.
//!
//! Positions are in the picture's pixels about the plot's centre, y pointing up (Gephi's
//! way; the picture's y points down). One-way relationships are `directed` edges, mutual
//! ones `mutual` (readers that know only directed graphs, like networkx, add both ways).

use std::collections::HashMap;

use super::attributes::{Attr, EDGE, NODE, declared, edge_values, node_values};
use super::rows::{Rows, score};
use super::xml::Xml;
use super::{ExportError, ExportOptions, rows};
use crate::chart::{CATEGORY, GraphLayout, GridOptions, graph_input};
use crate::domain::Workshop;

/// The canvas the files' pictures are laid out on (the picture routes' default).
const WIDTH: f64 = 1920.0;
const HEIGHT: f64 = 1080.0;

fn declare(x: &mut Xml, class: &str, attrs: &[Attr], rows: &Rows) -> std::io::Result<()> {
    x.open("attributes", &[("class", class), ("mode", "static")])?;
    for a in declared(attrs, rows) {
        let ty = a.holds.type_name(rows, "integer");
        x.empty(
            "attribute",
            &[("id", a.name), ("title", a.name), ("type", ty)],
        )?;
    }
    x.close("attributes")
}

fn values(x: &mut Xml, values: &[(&str, String)]) -> std::io::Result<()> {
    x.open("attvalues", &[])?;
    for (name, value) in values {
        x.empty("attvalue", &[("for", name), ("value", value)])?;
    }
    x.close("attvalues")
}

/// The picture's layout of the same stakeholders, by id.
fn picture(workshop: &Workshop, options: &ExportOptions) -> GraphLayout {
    let grid = GridOptions::scope(options.scope);
    let input = graph_input(workshop, &grid, options.lang);
    GraphLayout::compute(&input, WIDTH, HEIGHT, &HashMap::new())
}

pub fn graph_gexf(workshop: &Workshop, options: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    let rows = rows(workshop, options)?;
    let layout = picture(workshop, options);
    let (cx, cy) = (
        layout.plot.x + layout.plot.w / 2.0,
        layout.plot.y + layout.plot.h / 2.0,
    );
    let drawn: HashMap<_, _> = layout.nodes.iter().map(|n| (n.id, n)).collect();
    let mut x = Xml::new()?;
    x.open(
        "gexf",
        &[
            ("xmlns", "http://gexf.net/1.3"),
            ("xmlns:viz", "http://gexf.net/1.3/viz"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
            ),
            ("version", "1.3"),
        ],
    )?;
    x.open("meta", &[])?;
    x.text("creator", &[], "stakemap")?;
    x.text("description", &[], workshop.title())?;
    x.close("meta")?;
    x.open(
        "graph",
        &[("defaultedgetype", "directed"), ("mode", "static")],
    )?;
    declare(&mut x, "node", &NODE, &rows)?;
    declare(&mut x, "edge", &EDGE, &rows)?;
    x.open("nodes", &[])?;
    for s in &rows.stakeholders {
        let id = s.id.to_string();
        x.open("node", &[("id", &id), ("label", &s.name)])?;
        let v = node_values(&rows, s);
        values(&mut x, &v)?;
        if let Some(n) = drawn.get(&s.id) {
            let c = CATEGORY[n.colour % CATEGORY.len()];
            let (r, g, b) = (c.0.to_string(), c.1.to_string(), c.2.to_string());
            x.empty("viz:color", &[("r", &r), ("g", &g), ("b", &b)])?;
            x.empty("viz:size", &[("value", &format!("{:.2}", n.radius))])?;
            let (px, py) = (n.center.x - cx, cy - n.center.y);
            x.empty(
                "viz:position",
                &[
                    ("x", &format!("{px:.2}")),
                    ("y", &format!("{py:.2}")),
                    ("z", "0.0"),
                ],
            )?;
        }
        x.close("node")?;
    }
    x.close("nodes")?;
    x.open("edges", &[])?;
    for r in &rows.relationships {
        let (id, from, to) = (r.id.to_string(), r.from.to_string(), r.to.to_string());
        let weight = score(r.strength);
        let kind = if r.directed { "directed" } else { "mutual" };
        x.open(
            "edge",
            &[
                ("id", &id),
                ("source", &from),
                ("target", &to),
                ("type", kind),
                ("weight", &weight),
                ("label", r.kind.as_str()),
            ],
        )?;
        values(&mut x, &edge_values(&rows, r))?;
        x.empty("viz:thickness", &[("value", &weight)])?;
        x.close("edge")?;
    }
    x.close("edges")?;
    x.close("graph")?;
    x.close("gexf")?;
    Ok(x.finish())
}
