//! Benchmarks of the analysts' files (issue 7) on a large workshop: 4 groups, 5,000
//! stakeholders, 20,000 relationships, some merges. Every `app::export` file and
//! `workshop.xlsx`, every group's entries, and the combined map where it does more work.
//! Run: `cargo bench -p server --bench exports`; figures in BENCHMARKS.md.
//! `EXPORTS_PARTS=1 cargo bench -p server --bench exports` times the parts instead (rows,
//! combined map, layout, measures: median of three each), to see where a file's time goes.
//!
//! The workshop is built through the domain's own write path (`Workshop::validate` +
//! `apply`, as the moderator), from a seeded splitmix64 (`app::graph::random`, as
//! `server/examples/graphbench/`): the same workshop on every machine (`workshop.rs`, from
//! the words in `names.rs`). Before timing, the program prints each file's size.

mod names;
mod workshop;

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};

use app::chart::{GraphLayout, GridOptions, Scope, graph_input};
use app::domain::{Workshop, WorkshopId, combine, matching_pairs};
use app::export::{ExportFile, ExportOptions, export, rows};
use app::wire::MeasuresView;
use server::workbook::workbook;

use workshop::workshop;

/// Writes one file.
type Writer = Box<dyn Fn(&Workshop, &ExportOptions) -> Vec<u8>>;

/// The files timed: (label, options, writer).
fn cases(w: &Workshop) -> Vec<(String, ExportOptions, Writer)> {
    let all = ExportOptions::of(w);
    let combined = ExportOptions {
        scope: Scope::Combined,
        ..all
    };
    let file = |f: ExportFile| -> Writer {
        match f {
            ExportFile::Workbook => Box::new(|w, o| workbook(w, o).unwrap()),
            f => Box::new(move |w, o| export(w, f, o).unwrap()),
        }
    };
    let mut out: Vec<(String, ExportOptions, Writer)> = Vec::new();
    for f in ExportFile::ALL {
        out.push((f.name().to_owned(), all, file(f)));
    }
    // The workbook always holds the combined map's sheet (and ignores `combined`): one case.
    for f in ExportFile::ALL {
        if f.takes_options() {
            out.push((format!("{} combined", f.name()), combined, file(f)));
        }
    }
    out
}

/// The median of three runs of `f`, in milliseconds.
fn millis<T>(mut f: impl FnMut() -> T) -> f64 {
    let mut runs: Vec<f64> = (0..3)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    runs.sort_by(f64::total_cmp);
    runs[1]
}

/// The parts the files are made of, timed on their own (median of three), so the figures
/// can be read: what the rows, the combined map, the picture's layout and the measures cost.
fn parts(w: &Workshop) {
    let all = ExportOptions::of(w);
    let combined = ExportOptions {
        scope: Scope::Combined,
        ..all
    };
    let grid = GridOptions::default();
    let grid_combined = GridOptions::scope(Scope::Combined);
    let lang = w.language();
    let input = graph_input(w, &grid, lang);
    let input_combined = graph_input(w, &grid_combined, lang);
    let names: Vec<&str> = w.stakeholders().iter().map(|s| s.name()).collect();
    let json = app::export::workshop_json(w).unwrap().into_bytes();
    let restore = || {
        let copy = app::import::read_workshop(&json).unwrap();
        copy.restore_plan(WorkshopId::from_random_bytes([7; 16]))
            .unwrap()
    };
    let timed: [(&str, f64); 11] = [
        (
            "import: read workshop.json + restore_plan (checks every edit)",
            millis(restore),
        ),
        ("rows, every group", millis(|| rows(w, &all).unwrap())),
        ("rows, combined", millis(|| rows(w, &combined).unwrap())),
        ("combine (the combined map)", millis(|| combine(w))),
        (
            "of which matching_pairs (suggestions)",
            millis(|| matching_pairs(&names)),
        ),
        (
            "graph_input, every group",
            millis(|| graph_input(w, &grid, lang)),
        ),
        (
            "graph_input, combined",
            millis(|| graph_input(w, &grid_combined, lang)),
        ),
        (
            "GraphLayout::compute 1920×1080 (layout ∥ measures)",
            millis(|| GraphLayout::compute(&input, 1920.0, 1080.0, &Default::default())),
        ),
        (
            "MeasuresView::of (measures alone)",
            millis(|| MeasuresView::of(&input)),
        ),
        (
            "GraphLayout::compute, combined",
            millis(|| GraphLayout::compute(&input_combined, 1920.0, 1080.0, &Default::default())),
        ),
        (
            "MeasuresView::of, combined",
            millis(|| MeasuresView::of(&input_combined)),
        ),
    ];
    println!("| part | ms (median of 3) |");
    for (part, ms) in timed {
        println!("| {part} | {ms:.0} |");
    }
}

fn exports(c: &mut Criterion) {
    let start = Instant::now();
    let w = workshop();
    let built = start.elapsed();
    let map = combine(&w);
    println!(
        "workshop: {} groups, {} stakeholders, {} relationships, {} decisions; built through \
         validate/apply in {:.2} s",
        w.groups().len(),
        w.stakeholders().len(),
        w.relationships().len(),
        w.merges().len(),
        built.as_secs_f64()
    );
    println!(
        "combined map: {} stakeholders, {} relationships, {} suggestions",
        map.stakeholders.len(),
        map.relationships.len(),
        map.suggestions.len(),
    );
    // `EXPORTS_PARTS=1`: the parts' table only, no criterion run.
    if std::env::var_os("EXPORTS_PARTS").is_some() {
        parts(&w);
        return;
    }
    let cases = cases(&w);
    // Each file's size, from its first run (only the files the command line's filter picks).
    let mut sizes: Vec<(String, usize)> = Vec::new();
    let mut group = c.benchmark_group("export 5,000 stakeholders, 20,000 relationships");
    // Some files take seconds: flat sampling, 10 samples, a short warm-up.
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    for (name, options, write) in &cases {
        group.bench_function(name.as_str(), |b| {
            if !sizes.iter().any(|(n, _)| n == name) {
                sizes.push((name.clone(), write(&w, options).len()));
            }
            b.iter(|| write(black_box(&w), black_box(options)))
        });
    }
    group.finish();
    println!("| file | bytes | MiB |");
    for (name, bytes) in sizes {
        println!(
            "| {name} | {bytes} | {:.2} |",
            bytes as f64 / (1024.0 * 1024.0)
        );
    }
}

criterion_group!(benches, exports);
criterion_main!(benches);
