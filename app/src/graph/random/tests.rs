use std::collections::BTreeSet;

use super::*;

/// The reference outputs of splitmix64 for seed 1234567 (Vigna's `splitmix64.c`): the
/// benchmarks' graphs and the layout's pictures depend on every bit of this sequence.
#[test]
fn splitmix64_matches_the_reference() {
    let mut rng = SplitMix64::new(1_234_567);
    let got: Vec<u64> = (0..3).map(|_| rng.next_u64()).collect();
    assert_eq!(
        got,
        [
            6_457_827_717_110_365_317,
            3_203_168_211_198_807_973,
            9_817_491_932_198_370_423
        ]
    );
}

#[test]
fn unit_and_disc_stay_in_range() {
    let mut rng = SplitMix64::new(7);
    assert_eq!(rng.unit(), 0.389_829_748_391_271_5);
    for _ in 0..10_000 {
        let u = rng.unit();
        assert!((0.0..1.0).contains(&u));
        let (x, y) = rng.in_disc();
        let d2 = x * x + y * y;
        assert!(d2 <= 1.0 && d2 > 1e-12);
    }
}

/// BENCHMARKS.md's layout graph, G(500, 2000) with seed 0x6EA90001, edge for edge at both
/// ends (computed independently in Python).
#[test]
fn gnm_is_the_benchmarks_graph() {
    let edges = gnm(500, 2_000, 0x6EA9_0001);
    assert_eq!(edges.len(), 2_000);
    assert_eq!(&edges[..4], &[(97, 260), (7, 449), (136, 283), (98, 230)]);
    assert_eq!(edges[1_999], (415, 432));
    let distinct: BTreeSet<_> = edges.iter().collect();
    assert_eq!(distinct.len(), edges.len());
    assert!(edges.iter().all(|&(u, v)| u < v && v < 500));
    assert_eq!(gnm(4, 6, 1).len(), 6, "every pair of a complete graph");
}

#[test]
fn multigraph_keeps_what_it_draws() {
    let edges = multigraph(3, 50, 5);
    assert_eq!(edges.len(), 50);
    assert!(edges.iter().all(|&(a, b)| a != b && a < 3 && b < 3));
    // Three nodes have three pairs: fifty draws repeat them, both ways round.
    assert!(edges.contains(&(0, 1)) && edges.contains(&(1, 0)));
    assert!(multigraph(0, 0, 1).is_empty());
}
