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

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use app::chart::{GraphInput, GraphLayout, GraphLink, sample_graph, svg};
use app::domain::RelationKind;
use app::graph::layout::{LayoutInput, Placed, layout, overlaps, stress};
use app::graph::measures::{Link, measures};
use serde_json::Value;

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
const SCRIPT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../scripts/graphbench_networkx.py"
);

/// splitmix64: small, seeded, the same on every machine.
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

/// G(n, m): `m` distinct undirected edges (lower index first) drawn uniformly among `n` nodes,
/// in the order they were drawn.
fn gnm(n: usize, m: usize, seed: u64) -> Vec<(usize, usize)> {
    assert!(m <= n * (n - 1) / 2);
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
        layout_part(&dir);
    }
    if want("betweenness") {
        betweenness_part(&dir, skip_networkx);
    }
    println!("load average at the end: {}", load_average());
}

// Layout + SVG against sfdp.

/// The 500-node picture: the sample stakeholders (long Russian names, influence 1–5, so five
/// node sizes) joined by G(500, 2000), each link of a random kind, strength and direction.
fn picture_input(edges: &[(usize, usize)], seed: u64) -> GraphInput {
    let n = 500;
    let mut input = sample_graph(n, 0, 1);
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
    input.words.summary = format!("{n} сторон, {} связей", edges.len());
    input
}

/// One drawing's column in the layout table.
#[derive(Default)]
struct Column {
    title: String,
    picture: Option<String>,
    compute: Option<String>,
    bare: Option<String>,
    measures: Option<String>,
    speed_up: Option<String>,
    stress: f64,
    overlaps: usize,
    touching: usize,
    size: String,
}

fn layout_part(dir: &Path) {
    let edges = gnm(500, 2_000, 0x6EA9_0001);
    let input = picture_input(&edges, 0x6EA9_0002);
    let n = input.nodes.len();

    // Warm-up, and the sizes the picture uses.
    let picture = GraphLayout::compute(&input, WIDTH, HEIGHT, &HashMap::new());
    let drawn = svg(&picture);
    std::fs::write(dir.join("stakemap.svg"), &drawn).expect("cannot write stakemap.svg");
    let radii: Vec<f64> = picture.nodes.iter().map(|node| node.radius).collect();
    let font = picture.sizes.label;
    let gap = font * 0.6;
    let plot = picture.plot;
    let ours: Vec<Placed> = picture
        .nodes
        .iter()
        .map(|node| Placed {
            x: node.center.x - plot.x,
            y: node.center.y - plot.y,
        })
        .collect();

    let (picture_time, runs) = timed(OUR_PICTURE_RUNS, || {
        svg(&GraphLayout::compute(
            &input,
            WIDTH,
            HEIGHT,
            &HashMap::new(),
        ))
    });
    println!(
        "stakemap layout + SVG runs: {:?}",
        runs.iter().map(|&t| ms(t)).collect::<Vec<_>>()
    );
    let (compute_time, _) = timed(OUR_PICTURE_RUNS, || {
        GraphLayout::compute(&input, WIDTH, HEIGHT, &HashMap::new())
    });
    let links: Vec<Link> = input
        .links
        .iter()
        .map(|l| Link {
            from: l.from,
            to: l.to,
            strength: l.strength,
            directed: l.directed,
        })
        .collect();
    let (measures_time, _) = timed(OUR_PICTURE_RUNS, || measures(n, &links));
    let previous = vec![None; n];
    let layout_input = LayoutInput {
        radii: &radii,
        edges: &edges,
        previous: &previous,
        seed: LAYOUT_SEED,
    };
    let bare = layout(&layout_input, plot.w, plot.h, gap);
    let (layout_time, _) = timed(OUR_PICTURE_RUNS, || {
        layout(&layout_input, plot.w, plot.h, gap)
    });
    let same = bare
        .iter()
        .zip(&ours)
        .map(|(a, b)| (a.x - b.x).abs().max((a.y - b.y).abs()))
        .fold(0.0_f64, f64::max);
    let (lo, hi) = radii.iter().fold((f64::INFINITY, 0.0_f64), |(lo, hi), &r| {
        (lo.min(r), hi.max(r))
    });
    // Share of the plot the discs take with half the gap around each: circles cannot be packed
    // denser than 0.907, and a force layout with a gap gets nowhere near that.
    let crowding = radii
        .iter()
        .map(|r| std::f64::consts::PI * (r + gap / 2.0) * (r + gap / 2.0))
        .sum::<f64>()
        / (plot.w * plot.h);
    let agreement = if same < 1e-6 {
        "the bare `layout` call gives the picture's positions exactly".to_owned()
    } else {
        format!(
            "WARNING: the bare `layout` call differs from the picture's positions by up to \
             {same:.1} px (is LAYOUT_SEED still GraphLayout's seed?)"
        )
    };
    println!(
        "\n## Layout + SVG: G(500, 2000), seed 0x6EA90001\n\n\
         {n} nodes, {} edges ({} component(s)); radii {lo:.1}–{hi:.1} px, gap {gap:.1} px, \
         labels {font:.1} px; plot {:.0} × {:.0} px of a {WIDTH:.0} × {HEIGHT:.0} canvas, the \
         discs with half the gap around each cover {:.0}% of it; our SVG {} KiB, {} of {n} names \
         as labels (the rest numbered in the legend); {agreement}.\n",
        edges.len(),
        picture.measures.components,
        plot.w,
        plot.h,
        100.0 * crowding,
        drawn.len() / 1024,
        picture.labels.len(),
    );

    let mut columns = vec![Column {
        title: format!("stakemap, {WIDTH:.0} × {HEIGHT:.0} picture"),
        picture: Some(format!(
            "{} (median of {OUR_PICTURE_RUNS}; fastest {})",
            ms(picture_time),
            ms(runs.iter().copied().min().unwrap_or_default())
        )),
        compute: Some(ms(compute_time)),
        bare: Some(ms(layout_time)),
        measures: Some(ms(measures_time)),
        speed_up: None,
        stress: stress(&ours, &edges),
        overlaps: overlaps(&ours, &radii, gap),
        touching: overlaps(&ours, &radii, 0.0),
        size: format!("{:.0} × {:.0} px (plot)", plot.w, plot.h),
    }];

    match Command::new("sfdp")
        .arg("-V")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
    {
        Ok(out) if out.status.success() => {
            println!("{}", String::from_utf8_lossy(&out.stderr).trim());
            let graph = Drawing {
                input: &input,
                edges: &edges,
                radii: &radii,
                gap,
                font,
            };
            let empty = dir.join("empty.dot");
            std::fs::write(&empty, "graph G { n0; }\n").expect("cannot write DOT");
            let (startup, _) = timed(SFDP_RUNS, || {
                Command::new("sfdp")
                    .arg("-Tsvg")
                    .arg(&empty)
                    .output()
                    .map(|out| out.status.success())
            });
            println!(
                "sfdp process start-up (`sfdp -Tsvg` on a one-node graph): {}",
                ms(startup)
            );
            let prism = run_sfdp(dir, &graph, "sfdp-prism", "prism");
            let kept = run_sfdp(dir, &graph, "sfdp-default", "");
            println!(
                "sfdp node radii read back from -Tplain differ from ours by at most {:.3} px.\n",
                prism.radius_error.max(kept.radius_error)
            );
            // Ours again, with as much room as sfdp took.
            let (w, h) = prism.size;
            let roomy = layout(&layout_input, w, h, gap);
            let (roomy_time, _) = timed(OUR_PICTURE_RUNS, || layout(&layout_input, w, h, gap));
            columns.push(Column {
                title: "stakemap `layout` in sfdp-prism's size".into(),
                bare: Some(ms(roomy_time)),
                stress: stress(&roomy, &edges),
                overlaps: overlaps(&roomy, &radii, gap),
                touching: overlaps(&roomy, &radii, 0.0),
                size: format!("{w:.0} × {h:.0} px"),
                ..Column::default()
            });
            for (title, run) in [
                ("sfdp, `overlap=prism`", prism),
                ("sfdp, overlaps kept (Graphviz default)", kept),
            ] {
                columns.push(Column {
                    title: title.into(),
                    picture: Some(format!(
                        "{} (process, median of {SFDP_RUNS}; fastest {})",
                        ms(run.svg_time),
                        ms(run.svg_fastest)
                    )),
                    speed_up: Some(format!(
                        "{:.1}×",
                        run.svg_time.as_secs_f64() / picture_time.as_secs_f64()
                    )),
                    stress: run.stress,
                    overlaps: run.overlaps,
                    touching: run.touching,
                    size: format!("{:.0} × {:.0} pt", run.size.0, run.size.1),
                    ..Column::default()
                });
            }
        }
        _ => println!(
            "sfdp not found: install Graphviz (`apt-get install -y graphviz`) to compare; \
             skipping sfdp.\n"
        ),
    }

    let mut table = String::new();
    let line = |table: &mut String, name: &str, cells: Vec<String>| {
        writeln!(table, "| {name} | {} |", cells.join(" | ")).ok();
    };
    let text = |cell: &Option<String>| cell.clone().unwrap_or_else(|| "—".into());
    line(
        &mut table,
        "measure",
        columns.iter().map(|c| c.title.clone()).collect(),
    );
    line(
        &mut table,
        "---",
        columns.iter().map(|_| "---".to_owned()).collect(),
    );
    line(
        &mut table,
        "layout + SVG",
        columns.iter().map(|c| text(&c.picture)).collect(),
    );
    line(
        &mut table,
        "speed-up of our layout + SVG over it",
        columns.iter().map(|c| text(&c.speed_up)).collect(),
    );
    line(
        &mut table,
        "layout + measures + labels (`GraphLayout::compute`, no SVG)",
        columns.iter().map(|c| text(&c.compute)).collect(),
    );
    line(
        &mut table,
        "of which `measures`",
        columns.iter().map(|c| text(&c.measures)).collect(),
    );
    line(
        &mut table,
        "bare `layout`",
        columns.iter().map(|c| text(&c.bare)).collect(),
    );
    line(
        &mut table,
        "stress (normalised, lower is better)",
        columns.iter().map(|c| format!("{:.4}", c.stress)).collect(),
    );
    line(
        &mut table,
        &format!("pairs closer than r₁ + r₂ + {gap:.1} px (the gap)"),
        columns.iter().map(|c| c.overlaps.to_string()).collect(),
    );
    line(
        &mut table,
        "pairs of discs overlapping (gap 0)",
        columns.iter().map(|c| c.touching.to_string()).collect(),
    );
    line(
        &mut table,
        "drawing size",
        columns.iter().map(|c| c.size.clone()).collect(),
    );
    println!("{table}");
}

/// What sfdp is given: the picture's graph with its node sizes, gap and label size.
struct Drawing<'a> {
    input: &'a GraphInput,
    edges: &'a [(usize, usize)],
    radii: &'a [f64],
    gap: f64,
    font: f64,
}

struct SfdpRun {
    svg_time: Duration,
    svg_fastest: Duration,
    stress: f64,
    overlaps: usize,
    touching: usize,
    /// Bounding box of the drawing, points.
    size: (f64, f64),
    radius_error: f64,
}

fn dot_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

/// The graph as DOT: circles of our radii (1 px = 1 pt, 72 to the inch), `sep` half the gap
/// (Graphviz pads each node by it on every side), and the names as external labels (`xlabel`)
/// of our label size, left out where they would overlap (`forcelabels=false`), as our picture
/// places names beside the nodes and numbers the ones that do not fit.
fn dot(g: &Drawing, overlap: &str) -> String {
    let mut out = String::new();
    writeln!(out, "graph G {{").ok();
    if !overlap.is_empty() {
        writeln!(out, "  overlap={overlap};").ok();
    }
    writeln!(out, "  sep=\"+{:.3}\";", g.gap / 2.0).ok();
    writeln!(out, "  forcelabels=false;").ok();
    writeln!(
        out,
        "  node [shape=circle, fixedsize=true, style=filled, fillcolor=\"#9ecae1\", \
         label=\"\", fontsize={:.2}];",
        g.font
    )
    .ok();
    for (i, (node, r)) in g.input.nodes.iter().zip(g.radii).enumerate() {
        let inches = 2.0 * r / 72.0;
        writeln!(
            out,
            "  n{i} [width={inches:.6}, height={inches:.6}, xlabel=\"{}\"];",
            dot_escape(&node.name)
        )
        .ok();
    }
    for (u, v) in g.edges {
        writeln!(out, "  n{u} -- n{v};").ok();
    }
    writeln!(out, "}}").ok();
    out
}

/// `sfdp -Tsvg` timed as a process, then `-Tplain` once for its positions and node sizes.
fn run_sfdp(dir: &Path, g: &Drawing, name: &str, overlap: &str) -> SfdpRun {
    let path = dir.join(format!("{name}.dot"));
    std::fs::write(&path, dot(g, overlap)).expect("cannot write DOT");
    let svg_path = dir.join(format!("{name}.svg"));
    let mut times = Vec::new();
    let mut warnings = String::new();
    for _ in 0..SFDP_RUNS {
        let start = Instant::now();
        let out = Command::new("sfdp")
            .arg("-Tsvg")
            .arg(&path)
            .arg("-o")
            .arg(&svg_path)
            .stderr(Stdio::piped())
            .output()
            .expect("cannot run sfdp");
        times.push(start.elapsed());
        assert!(
            out.status.success(),
            "sfdp -Tsvg failed on {}",
            path.display()
        );
        warnings = String::from_utf8_lossy(&out.stderr)
            .trim()
            .replace('\n', "; ");
    }
    let plain = Command::new("sfdp")
        .arg("-Tplain")
        .arg(&path)
        .stderr(Stdio::null())
        .output()
        .expect("cannot run sfdp");
    assert!(plain.status.success(), "sfdp -Tplain failed");
    let text = String::from_utf8_lossy(&plain.stdout);
    let (positions, sizes, size) = read_plain(&text, g.radii.len());
    let radius_error = sizes
        .iter()
        .zip(g.radii)
        .map(|(a, b)| (a - b).abs())
        .fold(0.0_f64, f64::max);
    println!(
        "{name}: `sfdp -Tsvg {} -o {}` (stderr: {warnings:?}); runs {:?}",
        path.display(),
        svg_path.display(),
        times.iter().map(|&t| ms(t)).collect::<Vec<_>>()
    );
    SfdpRun {
        svg_fastest: times.iter().copied().min().unwrap_or_default(),
        svg_time: median(times),
        stress: stress(&positions, g.edges),
        overlaps: overlaps(&positions, &sizes, g.gap),
        touching: overlaps(&positions, &sizes, 0.0),
        size,
        radius_error,
    }
}

/// Positions (points), radii (points) and the drawing's size (points) from `-Tplain`:
/// `graph scale width height`, `node name x y width height label ...` in inches.
fn read_plain(text: &str, n: usize) -> (Vec<Placed>, Vec<f64>, (f64, f64)) {
    let mut positions = vec![Placed { x: 0.0, y: 0.0 }; n];
    let mut radii = vec![0.0; n];
    let mut size = (0.0, 0.0);
    let mut found = 0;
    for line in text.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let number = |k: usize| fields.get(k).and_then(|f| f.parse::<f64>().ok());
        match fields.first() {
            Some(&"graph") => {
                if let (Some(scale), Some(w), Some(h)) = (number(1), number(2), number(3)) {
                    size = (w * scale * 72.0, h * scale * 72.0);
                }
            }
            Some(&"node") => {
                let index = fields
                    .get(1)
                    .and_then(|name| name.trim_matches('"').strip_prefix('n'))
                    .and_then(|i| i.parse::<usize>().ok());
                if let (Some(i), Some(x), Some(y), Some(w), Some(h)) =
                    (index, number(2), number(3), number(4), number(5))
                    && i < n
                {
                    positions[i] = Placed {
                        x: x * 72.0,
                        y: y * 72.0,
                    };
                    radii[i] = (w.max(h)) * 72.0 / 2.0;
                    found += 1;
                }
            }
            _ => {}
        }
    }
    assert_eq!(found, n, "sfdp -Tplain gave {found} nodes, expected {n}");
    (positions, radii, size)
}

// Betweenness against networkx.

fn networkx_version() -> Option<String> {
    let out = Command::new("python3")
        .args([
            "-c",
            "import networkx, sys; print(networkx.__version__, sys.version.split()[0])",
        ])
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

fn betweenness_part(dir: &Path, skip_networkx: bool) {
    println!("## Betweenness\n");
    let networkx = if skip_networkx {
        println!("networkx skipped (--skip-networkx).\n");
        None
    } else {
        match networkx_version() {
            Some(v) => {
                println!("networkx and Python: {v}\n");
                Some(v)
            }
            None => {
                println!(
                    "python3 with networkx not found: `pip install networkx` to compare; \
                     skipping networkx.\n"
                );
                None
            }
        }
    };
    let mut rows = Vec::new();
    for (n, m, seed) in [(1_000, 4_000, 0xBE7_0001), (5_000, 20_000, 0xBE7_0002)] {
        let edges = gnm(n, m, seed);
        let links: Vec<Link> = edges
            .iter()
            .map(|&(from, to)| Link {
                from,
                to,
                strength: 1,
                directed: false,
            })
            .collect();
        let ours = measures(n, &links);
        let (our_time, runs) = timed(OUR_MEASURES_RUNS, || measures(n, &links));
        println!(
            "ours, G({n}, {m}) seed {seed:#x}: {} component(s), {} communities; runs {:?}",
            ours.components,
            ours.communities,
            runs.iter().map(|&t| ms(t)).collect::<Vec<_>>()
        );
        let theirs = networkx.as_ref().and_then(|_| {
            let path = dir.join(format!("g{n}.edges"));
            let mut text = String::new();
            for (u, v) in &edges {
                writeln!(text, "{u} {v}").ok();
            }
            std::fs::write(&path, text).expect("cannot write the edge list");
            run_networkx(&path, n)
        });
        let row = match theirs {
            Some((time, count, values)) => {
                let diff = ours
                    .nodes
                    .iter()
                    .zip(&values)
                    .map(|(a, b)| (a.betweenness - b).abs())
                    .fold(0.0_f64, f64::max);
                let verdict = if values.len() == n && diff <= 1e-9 {
                    "equal to 1e-9"
                } else {
                    "DIFFERENT"
                };
                format!(
                    "| {n} nodes, {m} edges | {} (median of {OUR_MEASURES_RUNS}) | {} (median of {count}) | {:.0}× | {diff:.1e} ({verdict}) |",
                    ms(our_time),
                    ms(time),
                    time.as_secs_f64() / our_time.as_secs_f64()
                )
            }
            None => format!(
                "| {n} nodes, {m} edges | {} (median of {OUR_MEASURES_RUNS}) | — | — | — |",
                ms(our_time)
            ),
        };
        rows.push(row);
    }
    println!(
        "\n| graph (G(n, m)) | stakemap `measures` (betweenness + components + CNM communities) | networkx `betweenness_centrality` | speed-up | max abs difference |\n|---|---|---|---|---|"
    );
    for row in rows {
        println!("{row}");
    }
    println!();
}

/// Runs the Python side; (median time, number of runs, betweenness by node).
fn run_networkx(path: &Path, n: usize) -> Option<(Duration, usize, Vec<f64>)> {
    let out = Command::new("python3")
        .arg(SCRIPT)
        .arg(path)
        .arg(n.to_string())
        .stderr(Stdio::inherit())
        .output();
    let out = match out {
        Ok(out) if out.status.success() => out,
        Ok(out) => {
            println!("{SCRIPT} failed ({})", out.status);
            return None;
        }
        Err(e) => {
            println!("cannot run python3: {e}");
            return None;
        }
    };
    let json: Value = match serde_json::from_slice(&out.stdout) {
        Ok(v) => v,
        Err(e) => {
            println!("{SCRIPT} printed no JSON: {e}");
            return None;
        }
    };
    let runs: Vec<f64> = json["runs"]
        .as_array()?
        .iter()
        .filter_map(Value::as_f64)
        .collect();
    let values: Vec<f64> = json["betweenness"]
        .as_array()?
        .iter()
        .filter_map(Value::as_f64)
        .collect();
    println!(
        "networkx, {n} nodes ({} edges): runs {:?}",
        json["edges"],
        runs.iter()
            .map(|&s| ms(Duration::from_secs_f64(s)))
            .collect::<Vec<_>>()
    );
    Some((
        Duration::from_secs_f64(json["median"].as_f64()?),
        runs.len(),
        values,
    ))
}
