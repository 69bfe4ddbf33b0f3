//! `graph.dot` for Graphviz: `dot -Tsvg graph.dot` draws it. Nodes are stakeholder ids with
//! the name as label and the category's colour; edges carry the kind (in the chosen
//! language) as label, are as wide as they are strong, and mutual ones have no arrowhead.
//! The attributes the GraphML has ride along as extra node and edge attributes (Graphviz
//! keeps them; pydot and networkx's `read_dot` read them).
//!
//! Every value is a double-quoted string: `"` and `\` are escaped and line breaks become
//! `\n`, Graphviz's centred line break, so no name can end the string or add statements.

use std::borrow::Cow;
use std::fmt::Write;

use super::rows::score;
use super::{ExportError, ExportOptions, rows};
use crate::chart::CATEGORY;
use crate::domain::{CategoryId, Workshop};
use crate::files::Column;

/// A DOT double-quoted string, quotes included.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            c if c < ' ' && c != '\t' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn attributes(pairs: &[(&str, Cow<'_, str>)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", quote(v)))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn graph_dot(workshop: &Workshop, options: &ExportOptions) -> Result<String, ExportError> {
    let rows = rows(workshop, options)?;
    let w = &rows.words;
    let colour = |category: &CategoryId| {
        // The pictures' rule: a category's colour is its place in the workshop's list.
        let i = workshop
            .categories()
            .iter()
            .position(|c| c == category)
            .unwrap_or(0);
        let c = CATEGORY[i % CATEGORY.len()];
        (c.hex(), c.ink().hex())
    };
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = writeln!(out, "digraph stakemap {{");
    let _ = writeln!(
        out,
        "  graph [{}, labelloc=\"t\", overlap=\"false\"];",
        attributes(&[("label", workshop.title().into())])
    );
    let _ = writeln!(
        out,
        "  node [shape=\"ellipse\", style=\"filled\", fontname=\"DejaVu Sans\"];"
    );
    let _ = writeln!(out, "  edge [fontname=\"DejaVu Sans\", fontsize=\"10\"];");
    for s in &rows.stakeholders {
        let (fill, ink) = colour(&s.category);
        let _ = writeln!(
            out,
            "  {} [{}];",
            quote(&s.id.to_string()),
            attributes(&[
                ("label", s.name.as_str().into()),
                ("fillcolor", fill.into()),
                ("fontcolor", ink.into()),
                ("group_name", w.groups(&s.groups).into()),
                (Column::Category.as_str(), s.category.as_str().into()),
                (Column::Level.as_str(), s.level.as_str().into()),
                (Column::Interest.as_str(), score(s.interest).into()),
                (Column::Influence.as_str(), score(s.influence).into()),
                (Column::Quadrant.as_str(), s.quadrant.as_str().into()),
                (Column::Attitude.as_str(), s.attitude.as_str().into()),
            ])
        );
    }
    for r in &rows.relationships {
        let width = score(r.strength);
        let _ = writeln!(
            out,
            "  {} -> {} [{}];",
            quote(&r.from.to_string()),
            quote(&r.to.to_string()),
            attributes(&[
                (Column::Id.as_str(), r.id.to_string().into()),
                ("label", w.kind(r.kind).into()),
                (Column::Kind.as_str(), r.kind.as_str().into()),
                (Column::Strength.as_str(), width.as_str().into()),
                ("penwidth", width.as_str().into()),
                ("dir", if r.directed { "forward" } else { "none" }.into()),
            ])
        );
    }
    let _ = writeln!(out, "}}");
    Ok(out)
}
