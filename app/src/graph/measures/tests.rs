use std::collections::BTreeSet;

use serde::Deserialize;

use super::adjacency::Adjacency;
use super::betweenness::{SOURCE_BLOCKS, betweenness_on};
use super::*;
use crate::graph::random::gnm;

#[derive(Deserialize)]
struct Fixture {
    name: String,
    n: usize,
    links: Vec<FixtureLink>,
    expected: Expected,
}

#[derive(Deserialize)]
struct FixtureLink {
    from: usize,
    to: usize,
    strength: u8,
    directed: bool,
}

#[derive(Deserialize)]
struct Expected {
    degree_in: Vec<usize>,
    degree_out: Vec<usize>,
    degree: Vec<usize>,
    weighted_degree: Vec<u32>,
    betweenness: Vec<f64>,
    components: Vec<Vec<usize>>,
    modularity: f64,
}

/// Written by `scripts/networkx_fixtures.py`.
const FIXTURES: [&str; 9] = [
    include_str!("../fixtures/karate.json"),
    include_str!("../fixtures/les_miserables.json"),
    include_str!("../fixtures/path.json"),
    include_str!("../fixtures/star.json"),
    include_str!("../fixtures/grid.json"),
    include_str!("../fixtures/gnm_60_150.json"),
    include_str!("../fixtures/gnm_300_900.json"),
    include_str!("../fixtures/two_components.json"),
    include_str!("../fixtures/mixed.json"),
];

fn fixtures() -> Vec<(Fixture, Vec<Link>)> {
    FIXTURES
        .iter()
        .map(|text| {
            let fixture: Fixture = serde_json::from_str(text).expect("fixture parses");
            let links = fixture
                .links
                .iter()
                .map(|l| Link::new(l.from, l.to, l.strength, l.directed))
                .collect();
            (fixture, links)
        })
        .collect()
}

/// The nodes grouped by their labels, as a set of sets.
fn partition(labels: impl Iterator<Item = usize>) -> BTreeSet<BTreeSet<usize>> {
    let mut groups: Vec<BTreeSet<usize>> = Vec::new();
    for (v, label) in labels.enumerate() {
        if groups.len() <= label {
            groups.resize_with(label + 1, BTreeSet::new);
        }
        groups[label].insert(v);
    }
    groups.into_iter().filter(|g| !g.is_empty()).collect()
}

/// Modularity straight from the definition, Q = 1/2m Σ_ij (A_ij − k_i k_j / 2m) δ(c_i, c_j),
/// sharing no code with the module.
fn modularity_by_definition(n: usize, links: &[Link], community: &[usize]) -> f64 {
    let mut adjacent = vec![vec![false; n]; n];
    for l in links {
        if l.from != l.to && l.from < n && l.to < n {
            adjacent[l.from][l.to] = true;
            adjacent[l.to][l.from] = true;
        }
    }
    let k: Vec<f64> = adjacent
        .iter()
        .map(|row| row.iter().filter(|&&a| a).count() as f64)
        .collect();
    let two_m: f64 = k.iter().sum();
    if two_m == 0.0 {
        return 0.0;
    }
    let mut q = 0.0;
    for i in 0..n {
        for j in 0..n {
            if community[i] == community[j] {
                let a = if adjacent[i][j] { 1.0 } else { 0.0 };
                q += a - k[i] * k[j] / two_m;
            }
        }
    }
    q / two_m
}

#[test]
fn matches_networkx_fixtures() {
    for (fixture, links) in fixtures() {
        let name = &fixture.name;
        let want = &fixture.expected;
        let got = measures(fixture.n, &links);
        assert_eq!(got.nodes.len(), fixture.n, "{name}");
        let column = |f: fn(&NodeMeasures) -> usize| got.nodes.iter().map(f).collect::<Vec<_>>();
        assert_eq!(column(|m| m.degree_in), want.degree_in, "{name}: degree_in");
        assert_eq!(
            column(|m| m.degree_out),
            want.degree_out,
            "{name}: degree_out"
        );
        assert_eq!(column(|m| m.degree), want.degree, "{name}: degree");
        let weighted: Vec<u32> = got.nodes.iter().map(|m| m.weighted_degree).collect();
        assert_eq!(weighted, want.weighted_degree, "{name}: weighted_degree");
        for (v, (node, &b)) in got.nodes.iter().zip(&want.betweenness).enumerate() {
            assert!(
                (node.betweenness - b).abs() <= 1e-9,
                "{name}: betweenness of {v}: {} != {b}",
                node.betweenness
            );
        }

        let components = partition(got.nodes.iter().map(|m| m.component));
        let want_components: BTreeSet<BTreeSet<usize>> = want
            .components
            .iter()
            .map(|c| c.iter().copied().collect())
            .collect();
        assert_eq!(components, want_components, "{name}: components");
        assert_eq!(
            got.components,
            want_components.len(),
            "{name}: component count"
        );

        let community: Vec<usize> = got.nodes.iter().map(|m| m.community).collect();
        assert_eq!(
            got.communities,
            partition(community.iter().copied()).len(),
            "{name}: community count"
        );
        assert!(
            got.modularity >= want.modularity - 1e-9,
            "{name}: modularity {} below networkx's {}",
            got.modularity,
            want.modularity
        );
        let by_definition = modularity_by_definition(fixture.n, &links, &community);
        assert!(
            (got.modularity - by_definition).abs() <= 1e-9,
            "{name}: reported modularity {} but the partition has {by_definition}",
            got.modularity
        );
    }
}

#[test]
fn indices_follow_size_then_lowest_member() {
    for (fixture, links) in fixtures() {
        let got = measures(fixture.n, &links);
        for (what, labels) in [
            (
                "component",
                got.nodes.iter().map(|m| m.component).collect::<Vec<_>>(),
            ),
            ("community", got.nodes.iter().map(|m| m.community).collect()),
        ] {
            let mut groups: Vec<(usize, usize)> = Vec::new(); // (size, lowest member)
            for (v, &label) in labels.iter().enumerate() {
                if groups.len() <= label {
                    groups.resize(label + 1, (0, usize::MAX));
                }
                groups[label].0 += 1;
                groups[label].1 = groups[label].1.min(v);
            }
            assert!(
                groups.iter().all(|&(size, _)| size > 0),
                "{}: {what} indices have gaps",
                fixture.name
            );
            assert!(
                groups
                    .windows(2)
                    .all(|w| w[0].0 > w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1)),
                "{}: {what} indices out of order: {groups:?}",
                fixture.name
            );
        }
    }
}

/// Per node: (degree_in, degree_out, degree, weighted_degree).
type Counts = [(usize, usize, usize, u32)];

#[test]
fn counts_links_by_kind() {
    let cases: [(&str, usize, Vec<Link>, &Counts); 6] = [
        (
            "one way",
            2,
            vec![Link::new(0, 1, 2, true)],
            &[(0, 1, 1, 2), (1, 0, 1, 2)],
        ),
        (
            "mutual",
            2,
            vec![Link::new(0, 1, 3, false)],
            &[(1, 1, 1, 3), (1, 1, 1, 3)],
        ),
        (
            "one way both ways",
            2,
            vec![Link::new(0, 1, 1, true), Link::new(1, 0, 2, true)],
            &[(1, 1, 1, 3), (1, 1, 1, 3)],
        ),
        (
            "duplicates",
            3,
            vec![
                Link::new(0, 1, 2, false),
                Link::new(1, 0, 3, true),
                Link::new(0, 1, 1, false),
                Link::new(1, 2, 1, true),
            ],
            &[(3, 2, 1, 6), (2, 4, 2, 7), (1, 0, 1, 1)],
        ),
        (
            "self-links and strangers ignored",
            3,
            vec![
                Link::new(0, 0, 3, false),
                Link::new(1, 1, 2, true),
                Link::new(0, 3, 1, false),
                Link::new(7, 2, 1, true),
            ],
            &[(0, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)],
        ),
        ("no links", 2, vec![], &[(0, 0, 0, 0), (0, 0, 0, 0)]),
    ];
    for (name, n, links, want) in cases {
        let got: Vec<_> = measures(n, &links)
            .nodes
            .iter()
            .map(|m| (m.degree_in, m.degree_out, m.degree, m.weighted_degree))
            .collect();
        assert_eq!(got, want, "{name}");
    }
}

#[test]
fn duplicates_do_not_change_paths() {
    // A path 0 – 1 – 2 – 3; the duplicates and the reversed one-way link must not add
    // shortest paths.
    let single = measures(
        4,
        &[
            Link::new(0, 1, 1, false),
            Link::new(1, 2, 1, false),
            Link::new(2, 3, 1, false),
        ],
    );
    let doubled = measures(
        4,
        &[
            Link::new(0, 1, 1, false),
            Link::new(1, 0, 2, true),
            Link::new(1, 2, 1, false),
            Link::new(1, 2, 3, false),
            Link::new(2, 1, 1, true),
            Link::new(2, 3, 1, false),
            Link::new(2, 2, 1, false),
        ],
    );
    // networkx: 2 of the 3 other pairs pass through each inner node, over (n-1)(n-2)/2 = 3.
    let want = [0.0, 2.0 / 3.0, 2.0 / 3.0, 0.0];
    for (name, got) in [("single", &single), ("doubled", &doubled)] {
        for (v, node) in got.nodes.iter().enumerate() {
            assert!(
                (node.betweenness - want[v]).abs() < 1e-12,
                "{name}: node {v}: {}",
                node.betweenness
            );
        }
        assert_eq!(got.components, 1, "{name}");
    }
    assert_eq!(single.modularity, doubled.modularity);
    assert_eq!(
        single.nodes.iter().map(|m| m.community).collect::<Vec<_>>(),
        doubled
            .nodes
            .iter()
            .map(|m| m.community)
            .collect::<Vec<_>>()
    );
}

#[test]
fn graphs_without_edges() {
    let empty = measures(0, &[]);
    assert!(empty.nodes.is_empty());
    assert_eq!(
        (empty.components, empty.communities, empty.modularity),
        (0, 0, 0.0)
    );

    let isolated = measures(3, &[Link::new(1, 1, 2, false), Link::new(0, 9, 1, true)]);
    assert_eq!(
        (
            isolated.components,
            isolated.communities,
            isolated.modularity
        ),
        (3, 3, 0.0)
    );
    for (v, node) in isolated.nodes.iter().enumerate() {
        assert_eq!(
            (node.component, node.community, node.betweenness),
            (v, v, 0.0)
        );
    }

    // Links into an empty graph are all out of range.
    assert!(measures(0, &[Link::new(0, 1, 1, false)]).nodes.is_empty());
}

#[test]
fn isolated_nodes_are_their_own_communities() {
    // Two triangles and a square with a diagonal; 3, 7, 8 and 9 isolated.
    let links = [
        Link::new(0, 1, 1, false),
        Link::new(1, 2, 1, false),
        Link::new(2, 0, 1, false),
        Link::new(4, 5, 1, false),
        Link::new(5, 6, 1, false),
        Link::new(6, 4, 1, false),
        Link::new(10, 11, 1, false),
        Link::new(11, 12, 1, false),
        Link::new(12, 13, 1, false),
        Link::new(13, 10, 1, false),
        Link::new(10, 12, 1, false),
    ];
    let got = measures(14, &links);
    let community: Vec<usize> = got.nodes.iter().map(|m| m.community).collect();
    assert_eq!(got.communities, 7);
    // Largest first, then the triangle with the lower member, then the isolated nodes in
    // index order.
    assert_eq!(&community[10..14], &[0, 0, 0, 0]);
    assert_eq!(&community[0..3], &[1, 1, 1]);
    assert_eq!(&community[4..7], &[2, 2, 2]);
    assert_eq!(
        (community[3], community[7], community[8], community[9]),
        (3, 4, 5, 6)
    );
    let components: Vec<usize> = got.nodes.iter().map(|m| m.component).collect();
    assert_eq!(components, community);
}

#[test]
fn betweenness_does_not_depend_on_the_thread_count() {
    let links: Vec<Link> = gnm(400, 1_000, 0xBE7_0400)
        .into_iter()
        .map(|(from, to)| Link::new(from, to, 1, false))
        .collect();
    let g = Adjacency::new(&simple_graph(400, &links));
    let alone = betweenness_on(&g, 1);
    for workers in [2, 3, SOURCE_BLOCKS + 4] {
        // Bit for bit: the blocks are summed in the same order whoever computed them.
        assert_eq!(betweenness_on(&g, workers), alone, "{workers} workers");
    }
}
