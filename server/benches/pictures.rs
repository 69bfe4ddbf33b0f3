//! Benchmarks of the pictures (issue 4 goals: SVG of 100 stakeholders ≤ 5 ms, PNG at
//! 1920×1080 ≤ 60 ms). Run: `cargo bench -p server --bench pictures`; figures in BENCHMARKS.md.

use criterion::{Criterion, criterion_group, criterion_main};

use app::chart::{GridLayout, sample, svg};

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

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = pictures
}
criterion_main!(benches);
