//! Seeded randomness that is the same on every machine and target: the splitmix64 generator
//! the layout scatters its starting points with, and the seeded random graphs that the tests,
//! the benchmark programs (`app/examples/layoutbench.rs`, `server/examples/graphbench/`) and
//! the exports benchmark's workshop (`server/benches/exports/`) are built from. One copy, so
//! that "G(500, 2000), seed 0x6EA90001" in BENCHMARKS.md is one graph wherever it is drawn.
//!
//! Pure integer arithmetic and `+ − × ÷` on floats (no libm), as the layout needs for the
//! server and the browser to agree bit for bit.

use std::collections::BTreeSet;

/// splitmix64 (Steele, Lea and Flood 2014): tiny, fast, and good enough to scatter points and
/// draw test graphs. Not for anything that must be unpredictable.
#[derive(Clone, Debug)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub const fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// In `0..bound`, by the remainder (the bias is below 2⁻⁴⁰ for the bounds used here).
    /// Panics when `bound` is 0.
    pub fn below(&mut self, bound: usize) -> usize {
        (self.next_u64() % bound as u64) as usize
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform in the unit disc, by rejection (no trigonometry, whose libm results differ
    /// between platforms); never the exact centre, so it also serves as a direction.
    pub fn in_disc(&mut self) -> (f64, f64) {
        loop {
            let x = 2.0 * self.unit() - 1.0;
            let y = 2.0 * self.unit() - 1.0;
            let d2 = x * x + y * y;
            if d2 <= 1.0 && d2 > 1e-12 {
                return (x, y);
            }
        }
    }

    /// One of `items`, uniformly. Panics when `items` is empty.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// G(n, m): `m` distinct undirected edges (lower index first) drawn uniformly among `n` nodes
/// from `SplitMix64::new(seed)`, in the order they were drawn; no self-loops. Panics when `m`
/// exceeds the `n(n − 1)/2` pairs there are.
pub fn gnm(n: usize, m: usize, seed: u64) -> Vec<(usize, usize)> {
    assert!(
        m <= n * n.saturating_sub(1) / 2,
        "G({n}, {m}): more edges than pairs"
    );
    let mut rng = SplitMix64::new(seed);
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

/// `m` edges among `n` nodes drawn like [`gnm`]'s but kept as drawn: ends in the order drawn,
/// duplicates (either way round) kept, only self-loops drawn again. For tests that feed the
/// layout the untidy edge lists a real map has. Panics when `n < 2` and `m > 0`.
pub fn multigraph(n: usize, m: usize, seed: u64) -> Vec<(usize, usize)> {
    assert!(m == 0 || n >= 2, "{m} edges need two nodes");
    let mut rng = SplitMix64::new(seed);
    let mut edges = Vec::with_capacity(m);
    while edges.len() < m {
        let (a, b) = (rng.below(n), rng.below(n));
        if a != b {
            edges.push((a, b));
        }
    }
    edges
}

#[cfg(test)]
mod tests;
