//! Relationship-graph benchmark (issue 5), not a test. Measures, on seeded random graphs:
//! - **layout + SVG** of 500 nodes and 2,000 edges: our whole picture
//!   (`svg(&GraphLayout::compute(..))` on a 1920×1080 canvas: layout, measures, label placement
//!   and drawing), the bare `app::graph::layout::layout` call, and Graphviz `sfdp -Tsvg` on the
//!   same graph as a process (same node sizes, `overlap=prism`), with the normalised stress and
//!   the overlapping pairs of both drawings (`app::graph::layout::{stress, overlaps}`);
//! - **betweenness** on 1,000 nodes / 4,000 edges and 5,000 nodes / 20,000 edges: our
//!   `app::graph::measures::measures` against networkx's `betweenness_centrality` (through
//!   `scripts/graphbench_networkx.py`), checking that the values agree.
//!
//! ```sh
//! cargo build --release -p server --example graphbench && target/release/examples/graphbench
//! target/release/examples/graphbench layout                        # one part only
//! target/release/examples/graphbench betweenness --skip-networkx   # ours only (no minutes)
//! ```
//! It needs `sfdp` (`apt-get install -y graphviz`) and `python3` with networkx
//! (`pip install networkx`); a missing one skips its comparison with a message. The graphs,
//! DOT files, edge lists and SVGs are left in a temporary folder (printed) for inspection.
//! Figures and the machine they came from go in BENCHMARKS.md.
//!
//! The graphs are G(n, m) from `app::graph::random::gnm` (splitmix64), the same on every
//! machine. `picture` holds the layout part, `sfdp` Graphviz's side of it, `betweenness` the
//! betweenness part.

mod betweenness;
mod picture;
mod sfdp;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The picture's canvas, as on a projector.
const WIDTH: f64 = 1920.0;
const HEIGHT: f64 = 1080.0;
/// `GraphLayout`'s (private) layout seed, so that the bare `layout` call below draws the very
/// same picture as the full one (the program checks, and says so if this copy is stale).
const LAYOUT_SEED: u64 = 0x5EED_0F57_A4E0;
/// Timed runs (medians are reported).
const OUR_PICTURE_RUNS: usize = 21;
const OUR_MEASURES_RUNS: usize = 5;
const SFDP_RUNS: usize = 9;

fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
}

fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1e3;
    if ms >= 10_000.0 {
        format!("{:.1} s", ms / 1e3)
    } else if ms >= 100.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{ms:.1} ms")
    }
}

fn timed<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Vec<Duration>) {
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        std::hint::black_box(f());
        times.push(start.elapsed());
    }
    (median(times.clone()), times)
}

/// What a tool says about itself (`sfdp -V` on stderr, a Python one-liner on stdout), or None
/// when it cannot be run.
fn tool_version(command: &mut Command, on_stderr: bool) -> Option<String> {
    let out = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .ok()?;
    let text = if on_stderr { &out.stderr } else { &out.stdout };
    out.status
        .success()
        .then(|| String::from_utf8_lossy(text).trim().to_owned())
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let skip_networkx = args.iter().any(|a| a == "--skip-networkx");
    let parts: Vec<&str> = args
        .iter()
        .map(String::as_str)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let want = |part: &str| parts.is_empty() || parts.contains(&part);

    let dir = std::env::temp_dir().join(format!("graphbench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("cannot create the temporary folder");
    println!(
        "# graphbench: {} CPUs, load average {} at the start; files in {}\n",
        std::thread::available_parallelism().map_or(1, |p| p.get()),
        load_average(),
        dir.display()
    );
    if want("layout") {
        picture::layout_part(&dir);
    }
    if want("betweenness") {
        betweenness::betweenness_part(&dir, skip_networkx);
    }
    println!("load average at the end: {}", load_average());
}
