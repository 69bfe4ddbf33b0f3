//! Benchmarks of the pictures (issue 4 goals: SVG of 100 stakeholders ≤ 5 ms, PNG at
//! 1920×1080 ≤ 60 ms; issue 13: the combined grid and graph of 200 actors, and the grid's small
//! multiples, ≤ 50 ms each laid out and drawn to SVG, the disagreement picture of 40 actors
//! ≤ 10 ms). Run: `cargo bench -p server --bench pictures`; figures in BENCHMARKS.md.

use std::collections::HashMap;

use criterion::{Criterion, criterion_group, criterion_main};

use app::chart::{
    ContestedLayout, GraphLayout, GraphPanels, GridLayout, GridOptions, GridPanels, Scope,
    contested_input, graph_input, grid_input, room, sample, svg,
};
use app::domain::{Language, combine};

fn pictures(c: &mut Criterion) {
    let hundred = sample(100, 1);
    let forty = sample(40, 4);
    c.bench_function("grid layout, 100 stakeholders, 1920×1080", |b| {
        b.iter(|| GridLayout::compute(&hundred, 1920.0, 1080.0))
    });
    c.bench_function("grid layout + SVG, 100 stakeholders, 1920×1080", |b| {
        b.iter(|| svg(&GridLayout::compute(&hundred, 1920.0, 1080.0)))
    });
    c.bench_function("grid layout + PNG, 40 stakeholders, 1920×1080", |b| {
        b.iter(|| server::pictures::png(&GridLayout::compute(&forty, 1920.0, 1080.0)).unwrap())
    });
    c.bench_function("grid layout + PNG, 100 stakeholders, 1920×1080", |b| {
        b.iter(|| server::pictures::png(&GridLayout::compute(&hundred, 1920.0, 1080.0)).unwrap())
    });
    c.bench_function("grid layout + PNG, 40 stakeholders, 3840×2160", |b| {
        b.iter(|| server::pictures::png(&GridLayout::compute(&forty, 3840.0, 2160.0)).unwrap())
    });
}

/// The plenary's pictures at a room's size: five groups of forty unmerged give 200 combined
/// actors (with the groups' ~195 relationships); six groups of forty merged give 40 actors
/// every group named differently.
fn plenary(c: &mut Criterion) {
    let combined = GridOptions::scope(Scope::Combined);
    let wide = room(5, 40, false);
    let grid = grid_input(&wide, &combined, Language::Ru);
    let graph = graph_input(&wide, &combined, Language::Ru);
    assert_eq!(grid.points.len(), 200);
    c.bench_function("combined grid, 200 actors, layout + SVG, 1920×1080", |b| {
        b.iter(|| svg(&GridLayout::compute(&grid, 1920.0, 1080.0)))
    });
    c.bench_function(
        "combined grid small multiples, 200 actors, layout + SVG",
        |b| b.iter(|| svg(&GridPanels::compute(&grid, 1920.0, 1080.0))),
    );
    c.bench_function(
        "combined graph, 200 actors, layout + SVG, 1920×1080",
        |b| {
            b.iter(|| {
                svg(&GraphLayout::compute(
                    &graph,
                    1920.0,
                    1080.0,
                    &HashMap::new(),
                ))
            })
        },
    );
    c.bench_function(
        "combined graph small multiples, 200 actors, layout + SVG",
        |b| {
            b.iter(|| {
                svg(&GraphPanels::compute(
                    &graph,
                    1920.0,
                    1080.0,
                    &HashMap::new(),
                ))
            })
        },
    );
    let merged = room(6, 40, true);
    let input = contested_input(&merged, &combine(&merged), Language::Ru);
    assert_eq!(input.actors.len(), 40);
    c.bench_function(
        "disagreement picture, 40 actors, all pages + SVG, 1920×1080",
        |b| {
            b.iter(|| {
                ContestedLayout::pages(&input, |p, n| format!("{p}/{n}"), 1920.0, 1080.0)
                    .iter()
                    .map(svg)
                    .collect::<Vec<_>>()
            })
        },
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = pictures, plenary
}
criterion_main!(benches);
