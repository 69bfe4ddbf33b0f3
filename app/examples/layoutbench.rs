//! Timing and quality of the bare `app::graph::layout::layout` call, not a test:
//! - the issue-5 benchmark graph (see `server/examples/graphbench` and BENCHMARKS.md,
//!   "Relationship graph"): G(500, 2000) on the sample stakeholders, laid out in the 1920×1080
//!   picture's plot, in a box of twice its area, and in the size `sfdp -Goverlap=prism` took
//!   for the same graph;
//! - the layout tests' random graphs (`app::graph::random::multigraph`, radii drawn uniformly):
//!   100 nodes and 200 edges in 1600×900, 500 nodes and 2,000 edges in 1920×1080, gap 2.
//!
//! ```sh
//! cargo run --release -p app --example layoutbench        # 21 runs per box
//! cargo run --release -p app --example layoutbench -- 51  # more runs
//! ```
//! For each box it prints the median, fastest and slowest run, the normalised stress, the pairs
//! closer than r₁ + r₂ + gap and the pairs of overlapping discs (`layout::{stress, overlaps}`),
//! and whether a second run gave bit-identical positions.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use app::chart::{GraphLayout, sample_linked};
use app::graph::layout::{LayoutInput, Placed, layout, overlaps, stress};
use app::graph::random::{SplitMix64, gnm, multigraph};

/// The picture's canvas.
const WIDTH: f64 = 1920.0;
const HEIGHT: f64 = 1080.0;
/// `GraphLayout`'s (private) layout seed, as in graphbench: the bare call below must give the
/// picture's own positions (checked).
const LAYOUT_SEED: u64 = 0x5EED_0F57_A4E0;
/// The drawing size of `sfdp -Goverlap=prism` for this graph (graphbench, Graphviz 2.43.0).
const SFDP_SIZE: (f64, f64) = (3789.6, 2179.8);

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Lays `input` out `runs` times in a `w` × `h` box and prints one line: times, quality, and
/// whether one more run gives the same bits.
fn time_box(name: &str, input: &LayoutInput, (w, h): (f64, f64), gap: f64, runs: usize) {
    let mut times = Vec::with_capacity(runs);
    let mut positions = Vec::new();
    for _ in 0..runs {
        let start = Instant::now();
        positions = std::hint::black_box(layout(input, w, h, gap));
        times.push(start.elapsed());
    }
    times.sort();
    let again = layout(input, w, h, gap);
    let bits = |ps: &[Placed]| -> Vec<(u64, u64)> {
        ps.iter().map(|p| (p.x.to_bits(), p.y.to_bits())).collect()
    };
    let covered: f64 = input
        .radii
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
        stress(&positions, input.edges),
        overlaps(&positions, input.radii, gap),
        overlaps(&positions, input.radii, 0.0),
        bits(&positions) == bits(&again),
    );
}

/// The benchmark graph in the picture's plot, in twice its area, and in sfdp's size.
fn picture_boxes(runs: usize) {
    let edges = gnm(500, 2_000, 0x6EA9_0001);
    let input = sample_linked(500, &edges, 0x6EA9_0002);
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
        time_box(name, &layout_input, (w, h), gap, runs);
    }
}

/// The layout tests' larger random graphs (their edge lists as drawn: duplicates kept), with
/// the tests' seeds and gap.
fn test_graphs(runs: usize) {
    println!("\nThe layout tests' random graphs, gap 2 px, {runs} runs each:");
    for (n, m, r_lo, r_hi, w, h) in [
        (100, 200, 8.0, 30.0, 1600.0, 900.0),
        (500, 2000, 4.0, 12.0, 1920.0, 1080.0),
    ] {
        let mut rng = SplitMix64::new(6);
        let radii: Vec<f64> = (0..n).map(|_| r_lo + (r_hi - r_lo) * rng.unit()).collect();
        let edges = multigraph(n, m, 7);
        let input = LayoutInput {
            radii: &radii,
            edges: &edges,
            previous: &[],
            seed: 7,
        };
        let name = format!("{n} nodes, {m} edges, radii {r_lo}–{r_hi} px");
        time_box(&name, &input, (w, h), 2.0, runs);
    }
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(21)
        .max(1);
    picture_boxes(runs);
    test_graphs(runs);
}
