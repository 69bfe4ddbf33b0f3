//! Connected components, and the numbering by size that components and communities share.

use super::adjacency::Adjacency;

/// Each node's component index (largest first, ties by lowest member) and the count.
pub(super) fn components(g: &Adjacency) -> (Vec<usize>, usize) {
    const NONE: usize = usize::MAX;
    let n = g.len();
    let mut raw = vec![NONE; n];
    // Found in order of lowest member, which settles ties once sorted stably by size.
    let mut sizes: Vec<usize> = Vec::new();
    let mut stack = Vec::new();
    for start in 0..n {
        if raw[start] != NONE {
            continue;
        }
        let id = sizes.len();
        raw[start] = id;
        stack.push(start);
        let mut size = 0;
        while let Some(v) = stack.pop() {
            size += 1;
            for w in g.neighbours(v).iter().map(|&w| w as usize) {
                if raw[w] == NONE {
                    raw[w] = id;
                    stack.push(w);
                }
            }
        }
        sizes.push(size);
    }
    let rank = rank_by_size(&sizes);
    (raw.into_iter().map(|c| rank[c]).collect(), sizes.len())
}

/// For groups numbered in order of their lowest member, the index each gets when sorted by
/// size descending, ties by lowest member.
pub(super) fn rank_by_size(sizes: &[usize]) -> Vec<usize> {
    let mut by_size: Vec<usize> = (0..sizes.len()).collect();
    by_size.sort_by_key(|&c| std::cmp::Reverse(sizes[c]));
    let mut rank = vec![0; sizes.len()];
    for (r, &c) in by_size.iter().enumerate() {
        rank[c] = r;
    }
    rank
}
