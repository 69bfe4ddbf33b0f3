//! Who to watch on the graph: the strongest brokers (by betweenness) and the influential
//! stakeholders left without any relationship.

use crate::graph::measures::Measures;

use super::GraphInput;

/// Who to watch: the strongest brokers, and influential stakeholders left alone.
#[derive(Clone, Debug, PartialEq)]
pub struct Watch {
    /// Up to three (node, betweenness), highest first, betweenness above zero.
    pub brokers: Vec<(usize, f64)>,
    /// Nodes with high influence and no relationship at all.
    pub isolated: Vec<usize>,
}

pub fn watch(input: &GraphInput, measures: &Measures) -> Watch {
    let mut brokers: Vec<(usize, f64)> = (0..input.nodes.len())
        .map(|i| (i, measures.nodes[i].betweenness))
        .filter(|(_, b)| *b > 0.0)
        .collect();
    brokers.sort_by(|a, b| {
        b.1.total_cmp(&a.1)
            .then(input.nodes[a.0].name.cmp(&input.nodes[b.0].name))
    });
    brokers.truncate(3);
    let isolated = (0..input.nodes.len())
        .filter(|&i| measures.nodes[i].degree == 0 && input.scale.is_high(input.nodes[i].influence))
        .collect();
    Watch { brokers, isolated }
}

impl Watch {
    /// The brokers as "0.42 · name", and the isolated by name.
    pub(super) fn words(&self, input: &GraphInput) -> (Vec<String>, Vec<String>) {
        let brokers = self
            .brokers
            .iter()
            .map(|(i, b)| format!("{b:.2} · {}", input.tagged(*i)))
            .collect();
        let isolated = self.isolated.iter().map(|i| input.tagged(*i)).collect();
        (brokers, isolated)
    }
}

/// The watch list in words, one line each: "0.42 · name" under the brokers' heading, names
/// under the isolated ones'.
pub fn watch_list(input: &GraphInput, measures: &Measures) -> Vec<String> {
    let (brokers, isolated) = watch(input, measures).words(input);
    let mut out = Vec::new();
    for (title, names) in [
        (&input.words.broker, brokers),
        (&input.words.isolated, isolated),
    ] {
        if !names.is_empty() {
            out.push(title.clone());
            out.extend(names);
        }
    }
    out
}
