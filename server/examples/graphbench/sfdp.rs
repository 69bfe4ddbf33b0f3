//! Graphviz `sfdp` on the benchmark picture's graph: the graph as DOT with our node sizes,
//! gap and label size, `sfdp -Tsvg` timed as a process, and its drawing read back from
//! `-Tplain` for the same quality measures as ours.

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use app::chart::GraphInput;
use app::graph::layout::{Placed, overlaps, stress};

use crate::{SFDP_RUNS, median, ms, tool_version};

/// `sfdp -V`'s line, or None when there is no `sfdp` to compare with.
pub fn sfdp_version() -> Option<String> {
    tool_version(Command::new("sfdp").arg("-V"), true)
}

/// What sfdp is given: the picture's graph with its node sizes, gap and label size.
pub struct Drawing<'a> {
    pub input: &'a GraphInput,
    pub edges: &'a [(usize, usize)],
    pub radii: &'a [f64],
    pub gap: f64,
    pub font: f64,
}

pub struct SfdpRun {
    pub svg_time: Duration,
    pub svg_fastest: Duration,
    pub stress: f64,
    pub overlaps: usize,
    pub touching: usize,
    /// Bounding box of the drawing, points.
    pub size: (f64, f64),
    pub radius_error: f64,
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
pub fn run_sfdp(dir: &Path, g: &Drawing, name: &str, overlap: &str) -> SfdpRun {
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
