//! Timing and quality of the bare `app::graph::layout::layout` call on the issue-5 benchmark
//! graph (see `server/examples/graphbench.rs` and BENCHMARKS.md, "Relationship graph"), not a
//! test: G(500, 2000) on the sample stakeholders, laid out in the 1920×1080 picture's plot, in a
//! box of twice its area, and in the size `sfdp -Goverlap=prism` took for the same graph.
//!
//! ```sh
//! cargo run --release -p app --example layoutbench        # 21 runs per box
//! cargo run --release -p app --example layoutbench -- 51  # more runs
//! ```
//! For each box it prints the median, fastest and slowest run, the normalised stress, the pairs
//! closer than r₁ + r₂ + gap and the pairs of overlapping discs (`layout::{stress, overlaps}`),
//! and whether a second run gave bit-identical positions.

use std::collections::{BTreeSet, HashMap};
use std::time::{Duration, Instant};

use app::chart::{GraphInput, GraphLayout, GraphLink, sample_graph};
use app::domain::RelationKind;
use app::graph::layout::{LayoutInput, Placed, layout, overlaps, stress};

/// The picture's canvas.
const WIDTH: f64 = 1920.0;
const HEIGHT: f64 = 1080.0;
/// `GraphLayout`'s (private) layout seed, as in graphbench: the bare call below must give the
/// picture's own positions (checked).
const LAYOUT_SEED: u64 = 0x5EED_0F57_A4E0;
/// The drawing size of `sfdp -Goverlap=prism` for this graph (graphbench, Graphviz 2.43.0).
const SFDP_SIZE: (f64, f64) = (3789.6, 2179.8);

/// splitmix64, as in graphbench.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }
}

/// G(n, m) exactly as graphbench draws it.
fn gnm(n: usize, m: usize, seed: u64) -> Vec<(usize, usize)> {
    let mut rng = SplitMix64(seed);
    let mut seen = BTreeSet::new();
    let mut edges = Vec::with_capacity(m);
    while edges.len() < m {
        let (u, v) = (rng.below(n), rng.below(n));
        if u != v && seen.insert((u.min(v), u.max(v))) {
            edges.push((u.min(v), u.max(v)));
        }
    }
    edges
}

/// graphbench's picture input: the sample stakeholders joined by `edges`.
fn picture_input(edges: &[(usize, usize)], seed: u64) -> GraphInput {
    let mut input = sample_graph(500, 0, 1);
    let mut rng = SplitMix64(seed);
    input.links = edges
        .iter()
        .map(|&(from, to)| GraphLink {
            from,
            to,
            kind: RelationKind::ALL[rng.below(6)],
            strength: 1 + rng.below(3) as u8,
            directed: rng.below(2) == 0,
        })
        .collect();
    input
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(21)
        .max(1);
    let edges = gnm(500, 2_000, 0x6EA9_0001);
    let input = picture_input(&edges, 0x6EA9_0002);
    let picture = GraphLayout::compute(&input, WIDTH, HEIGHT, &HashMap::new());
    let radii: Vec<f64> = picture.nodes.iter().map(|node| node.radius).collect();
    let gap = picture.sizes.label * 0.6;
    let plot = picture.plot;
    let n = radii.len();
    let previous = vec![None; n];
    let layout_input = LayoutInput {
        radii: &radii,
        edges: &edges,
        previous: &previous,
        seed: LAYOUT_SEED,
    };

    let same_as_picture = layout(&layout_input, plot.w, plot.h, gap)
        .iter()
        .zip(&picture.nodes)
        .all(|(p, node)| {
            (p.x - (node.center.x - plot.x)).abs() < 1e-6
                && (p.y - (node.center.y - plot.y)).abs() < 1e-6
        });
    println!(
        "G(500, 2000), {n} nodes, radii {:.1}–{:.1} px, gap {gap:.1} px, {runs} runs per box; \
         the bare call {} the picture's positions",
        radii.iter().copied().fold(f64::INFINITY, f64::min),
        radii.iter().copied().fold(0.0, f64::max),
        if same_as_picture {
            "gives"
        } else {
            "does NOT give"
        },
    );

    let root2 = 2.0_f64.sqrt();
    let boxes = [
        ("1920×1080 picture's plot", plot.w, plot.h),
        ("twice the plot's area", plot.w * root2, plot.h * root2),
        ("sfdp-prism's size", SFDP_SIZE.0, SFDP_SIZE.1),
    ];
    for (name, w, h) in boxes {
        let mut times = Vec::with_capacity(runs);
        let mut positions = Vec::new();
        for _ in 0..runs {
            let start = Instant::now();
            positions = std::hint::black_box(layout(&layout_input, w, h, gap));
            times.push(start.elapsed());
        }
        times.sort();
        let again = layout(&layout_input, w, h, gap);
        let bits = |ps: &[Placed]| -> Vec<(u64, u64)> {
            ps.iter().map(|p| (p.x.to_bits(), p.y.to_bits())).collect()
        };
        let covered: f64 = radii
            .iter()
            .map(|&r| std::f64::consts::PI * (r + gap / 2.0) * (r + gap / 2.0))
            .sum::<f64>()
            / (w * h);
        println!(
            "{name}, {w:.0} × {h:.0} px (discs with half the gap cover {:.0}%): median {:.1} ms \
             (fastest {:.1}, slowest {:.1}); stress {:.4}; closer than the gap {}; overlapping \
             {}; deterministic {}",
            100.0 * covered,
            ms(times[times.len() / 2]),
            ms(times[0]),
            ms(times[times.len() - 1]),
            stress(&positions, &edges),
            overlaps(&positions, &radii, gap),
            overlaps(&positions, &radii, 0.0),
            bits(&positions) == bits(&again),
        );
    }
}
