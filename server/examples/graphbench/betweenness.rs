//! The betweenness part: our `measures` on G(1,000, 4,000) and G(5,000, 20,000) against
//! networkx's `betweenness_centrality` (through `scripts/graphbench_networkx.py`).

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use app::graph::measures::{Link, measures};
use app::graph::random::gnm;
use serde_json::Value;

use crate::{OUR_MEASURES_RUNS, ms, timed, tool_version};

const SCRIPT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../scripts/graphbench_networkx.py"
);

fn networkx_version() -> Option<String> {
    tool_version(
        Command::new("python3").args([
            "-c",
            "import networkx, sys; print(networkx.__version__, sys.version.split()[0])",
        ]),
        false,
    )
}

pub fn betweenness_part(dir: &Path, skip_networkx: bool) {
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
            .map(|&(from, to)| Link::new(from, to, 1, false))
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
