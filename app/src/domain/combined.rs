//! The combined map: every group's stakeholders, with those the moderator merged counted as
//! one actor. Scores are the median over the members (n shown) with their spread; category
//! and level by majority, conflicts flagged; the groups' texts gathered with the group named;
//! relationships combined between combined stakeholders; and proposed merges
//! ([`Suggestion`]s) for stakeholders that probably are one actor.
//!
//! A pure function of the workshop: merges are sets joined by union, so their order does not
//! matter, a merge that changes nothing changes nothing, and deleting one gives back exactly
//! the map before it.

use std::collections::HashMap;

mod baseline;

pub use baseline::{
    ComparisonRow, Proposal, baseline_actor, baseline_actors, comparison, matched, proposals,
};

use super::workshop::{Sets, merged, positions};
use super::{
    CategoryId, GroupId, LevelId, MatchReason, MergeId, Quadrant, RelationKind, RelationshipId,
    Scale, Stakeholder, StakeholderId, Verdict, Workshop, matching_pairs,
};

#[derive(Clone, PartialEq, Debug, Default)]
pub struct CombinedMap {
    /// In the order their first member was entered.
    pub stakeholders: Vec<CombinedStakeholder>,
    pub relationships: Vec<CombinedRelationship>,
    /// Strongest reasons first.
    pub suggestions: Vec<Suggestion>,
}

/// One actor on the combined map: one stakeholder, or several merged.
#[derive(Clone, PartialEq, Debug)]
pub struct CombinedStakeholder {
    /// Its first-entered member's id: stable while that member stays in it.
    pub id: StakeholderId,
    /// The name most members used (the longest of the most used).
    pub name: String,
    /// In the order they were entered.
    pub members: Vec<StakeholderId>,
    /// The groups that named it, in the workshop's order of groups.
    pub groups: Vec<GroupId>,
    /// The merges that joined its members.
    pub merges: Vec<MergeId>,
    pub interest: Summary,
    pub influence: Summary,
    pub category: CategoryId,
    /// The members disagree on the category.
    pub category_conflict: bool,
    pub level: LevelId,
    pub level_conflict: bool,
    /// The members fall in more than one quadrant.
    pub quadrant_split: bool,
    /// The quadrant of the medians; a median between two values counts as the lower.
    pub quadrant: Quadrant,
    /// What each member's group wrote about it.
    pub voices: Vec<Voice>,
}

impl CombinedStakeholder {
    pub fn n(&self) -> usize {
        self.members.len()
    }
    /// Named by one group only: nobody else saw it, worth asking the room about.
    pub fn single_group(&self) -> bool {
        self.groups.len() < 2
    }
    /// How far the members are apart: the ranges of both scores added.
    pub fn disagreement(&self) -> f64 {
        f64::from(self.interest.max - self.interest.min)
            + f64::from(self.influence.max - self.influence.min)
    }
}

/// One score over a combined stakeholder's members.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Summary {
    pub median: f64,
    pub min: u8,
    pub max: u8,
    /// Quartiles, interpolated between values as spreadsheets and numpy do by default.
    pub q1: f64,
    pub q3: f64,
}

impl Summary {
    fn of(values: &mut [u8]) -> Summary {
        values.sort_unstable();
        let at = |p: f64| {
            let pos = p * (values.len() - 1) as f64;
            let lo = pos.floor() as usize;
            let hi = (lo + 1).min(values.len() - 1);
            let frac = pos - lo as f64;
            f64::from(values[lo]) + frac * (f64::from(values[hi]) - f64::from(values[lo]))
        };
        Summary {
            median: at(0.5),
            min: values[0],
            max: values[values.len() - 1],
            q1: at(0.25),
            q3: at(0.75),
        }
    }
}

/// What one group wrote about a combined stakeholder.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Voice {
    pub group: GroupId,
    pub stakeholder: StakeholderId,
    pub name: String,
    pub interests: String,
    pub cooperation: String,
}

/// Relationships of one kind between two combined stakeholders, from any groups.
#[derive(Clone, PartialEq, Debug)]
pub struct CombinedRelationship {
    /// Combined stakeholder ids.
    pub from: StakeholderId,
    pub to: StakeholderId,
    pub kind: RelationKind,
    /// The median strength.
    pub strength: f64,
    /// One-way only when every group drew it one-way in the same direction.
    pub directed: bool,
    pub groups: Vec<GroupId>,
    pub members: Vec<RelationshipId>,
}

/// Stakeholders that are probably one actor and not yet merged: all members of the combined
/// stakeholders to merge, and the weakest reason that joined them.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Suggestion {
    pub members: Vec<StakeholderId>,
    pub reason: MatchReason,
}

/// The combined map of the whole workshop.
pub fn combine(w: &Workshop) -> CombinedMap {
    let all = w.stakeholders();
    let at = positions(w);
    let mut sets = merged(w, &at);
    let root: Vec<usize> = (0..all.len()).map(|i| sets.find(i)).collect();
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, &r) in root.iter().enumerate() {
        members.entry(r).or_default().push(i);
    }
    let mut roots: Vec<usize> = members.keys().copied().collect();
    roots.sort_unstable();

    let stakeholders: Vec<CombinedStakeholder> = roots
        .iter()
        .map(|r| combined_stakeholder(w, &members[r]))
        .collect();
    let relationships = combined_relationships(w, &at, &root);
    let suggestions = suggestions(w, &at, &root, &members);
    CombinedMap {
        stakeholders,
        relationships,
        suggestions,
    }
}

/// One group's own entries as rows of the combined map's shape, each on its own: the group's
/// worksheet before anything is merged.
pub fn entries_of(w: &Workshop, group: GroupId) -> Vec<CombinedStakeholder> {
    (0..w.stakeholders().len())
        .filter(|&i| w.stakeholders()[i].group() == group)
        .map(|i| combined_stakeholder(w, &[i]))
        .collect()
}

/// The combined stakeholders sorted by disagreement, most contested first; those named by one
/// group only are left out (there is nobody to disagree with).
pub fn contested(map: &CombinedMap) -> Vec<&CombinedStakeholder> {
    let mut out: Vec<&CombinedStakeholder> =
        map.stakeholders.iter().filter(|s| s.n() > 1).collect();
    out.sort_by(|a, b| {
        b.quadrant_split
            .cmp(&a.quadrant_split)
            .then(b.disagreement().total_cmp(&a.disagreement()))
            .then(b.n().cmp(&a.n()))
            .then(a.name.cmp(&b.name))
    });
    out
}

fn combined_stakeholder(w: &Workshop, positions: &[usize]) -> CombinedStakeholder {
    let list: Vec<&Stakeholder> = positions.iter().map(|&i| &w.stakeholders()[i]).collect();
    let ids: Vec<StakeholderId> = list.iter().map(|s| s.id()).collect();
    let scale = w.scale();
    let interest = Summary::of(&mut list.iter().map(|s| s.interest()).collect::<Vec<_>>());
    let influence = Summary::of(&mut list.iter().map(|s| s.influence()).collect::<Vec<_>>());
    let groups: Vec<GroupId> = w
        .groups()
        .iter()
        .map(|g| g.id())
        .filter(|g| list.iter().any(|s| s.group() == *g))
        .collect();
    let merges = w
        .merges()
        .iter()
        .filter(|m| m.verdict() == Verdict::Same && m.members().iter().any(|id| ids.contains(id)))
        .map(|m| m.id())
        .collect();
    let (category, category_conflict) = majority(list.iter().map(|s| s.category().clone()));
    let (level, level_conflict) = majority(list.iter().map(|s| s.level().clone()));
    let quadrant_of = |s: &&Stakeholder| Quadrant::of(scale, s.interest(), s.influence());
    let first = quadrant_of(&list[0]);
    CombinedStakeholder {
        id: ids[0],
        name: name(&list),
        members: ids,
        groups,
        merges,
        interest,
        influence,
        category,
        category_conflict,
        level,
        level_conflict,
        quadrant_split: list.iter().any(|s| quadrant_of(s) != first),
        quadrant: Quadrant::of(
            scale,
            lower_value(interest.median, scale),
            lower_value(influence.median, scale),
        ),
        voices: list
            .iter()
            .map(|s| Voice {
                group: s.group(),
                stakeholder: s.id(),
                name: s.name().to_owned(),
                interests: s.interests().to_owned(),
                cooperation: s.cooperation().to_owned(),
            })
            .collect(),
    }
}

/// A median between two scale values, as the lower one.
fn lower_value(median: f64, scale: Scale) -> u8 {
    (median.floor() as u8).clamp(scale.min(), scale.max())
}

/// The most used name; among equals the longest (the fuller form), then the first entered.
fn name(list: &[&Stakeholder]) -> String {
    let mut best: Option<(usize, usize, &str)> = None;
    for s in list {
        let count = list.iter().filter(|o| o.name() == s.name()).count();
        let len = s.name().chars().count();
        if best.is_none_or(|(c, l, _)| (count, len) > (c, l)) {
            best = Some((count, len, s.name()));
        }
    }
    best.map(|(_, _, n)| n.to_owned()).unwrap_or_default()
}

/// The most common value (the first entered among equals) and whether any member differs.
fn majority<T: PartialEq + Clone>(values: impl Iterator<Item = T>) -> (T, bool) {
    let values: Vec<T> = values.collect();
    let count = |v: &T| values.iter().filter(|o| *o == v).count();
    let mut best = &values[0];
    for v in &values {
        if count(v) > count(best) {
            best = v;
        }
    }
    let conflict = values.iter().any(|v| v != best);
    (best.clone(), conflict)
}

fn combined_relationships(
    w: &Workshop,
    at: &HashMap<StakeholderId, usize>,
    root: &[usize],
) -> Vec<CombinedRelationship> {
    let all = w.stakeholders();
    // (lower root, higher root, kind) → relationships with their direction in that frame.
    type Pair = (usize, usize, RelationKind);
    /// A relationship's index and, if one-way, whether it runs from the lower root.
    type Drawn = (usize, Option<bool>);
    let mut joined: Vec<(Pair, Vec<Drawn>)> = Vec::new();
    let mut index: HashMap<Pair, usize> = HashMap::new();
    for (k, r) in w.relationships().iter().enumerate() {
        let (Some(&a), Some(&b)) = (at.get(&r.from()), at.get(&r.to())) else {
            continue;
        };
        let (ra, rb) = (root[a], root[b]);
        if ra == rb {
            // Both ends merged into one actor: a relationship with itself says nothing.
            continue;
        }
        let key = (ra.min(rb), ra.max(rb), r.kind());
        let forward = r.directed().then_some(ra < rb);
        let slot = *index.entry(key).or_insert_with(|| {
            joined.push((key, Vec::new()));
            joined.len() - 1
        });
        joined[slot].1.push((k, forward));
    }
    joined
        .into_iter()
        .map(|((lo, hi, kind), list)| {
            let rels: Vec<_> = list.iter().map(|(k, _)| &w.relationships()[*k]).collect();
            let first = list[0].1;
            let directed = first.is_some() && list.iter().all(|(_, d)| *d == first);
            let (from, to) = if first == Some(false) && directed {
                (hi, lo)
            } else {
                (lo, hi)
            };
            let mut strengths: Vec<u8> = rels.iter().map(|r| r.strength()).collect();
            let groups = w
                .groups()
                .iter()
                .map(|g| g.id())
                .filter(|g| rels.iter().any(|r| r.group() == *g))
                .collect();
            CombinedRelationship {
                from: all[from].id(),
                to: all[to].id(),
                kind,
                strength: Summary::of(&mut strengths).median,
                directed,
                groups,
                members: rels.iter().map(|r| r.id()).collect(),
            }
        })
        .collect()
}

fn suggestions(
    w: &Workshop,
    at: &HashMap<StakeholderId, usize>,
    root: &[usize],
    members: &HashMap<usize, Vec<usize>>,
) -> Vec<Suggestion> {
    let all = w.stakeholders();
    let names: Vec<&str> = all.iter().map(|s| s.name()).collect();
    let groups_of =
        |r: usize| -> Vec<GroupId> { members[&r].iter().map(|&i| all[i].group()).collect() };
    // The best reason between each two combined stakeholders.
    let mut best: HashMap<(usize, usize), MatchReason> = HashMap::new();
    for (i, j, reason) in matching_pairs(&names) {
        let (a, b) = (root[i], root[j]);
        if a == b {
            continue;
        }
        let key = (a.min(b), a.max(b));
        best.entry(key)
            .and_modify(|r| *r = (*r).min(reason))
            .or_insert(reason);
    }
    let mut edges: Vec<((usize, usize), MatchReason)> = best.into_iter().collect();
    edges.sort_by_key(|&((a, b), reason)| (reason, a, b));

    // The moderator's rejections, as sets of combined stakeholders.
    let distinct: Vec<Vec<usize>> = w
        .merges()
        .iter()
        .filter(|m| m.verdict() == Verdict::Distinct)
        .map(|m| {
            m.members()
                .iter()
                .filter_map(|id| at.get(id))
                .map(|&i| root[i])
                .collect()
        })
        .collect();

    // Strongest reasons first, join combined stakeholders into proposals as long as no group
    // would be in one twice and no rejection is crossed.
    let mut sets = Sets::new(all.len());
    let mut weakest: HashMap<usize, MatchReason> = HashMap::new();
    let mut group_sets: HashMap<usize, Vec<GroupId>> = HashMap::new();
    for ((a, b), reason) in edges {
        let (sa, sb) = (sets.find(a), sets.find(b));
        if sa == sb {
            continue;
        }
        let ga = group_sets
            .entry(sa)
            .or_insert_with(|| groups_of(sa))
            .clone();
        let gb = group_sets
            .entry(sb)
            .or_insert_with(|| groups_of(sb))
            .clone();
        if ga.iter().any(|g| gb.contains(g)) {
            continue;
        }
        let crosses = distinct.iter().any(|d| {
            d.iter().any(|&x| sets.peek(x) == sa) && d.iter().any(|&x| sets.peek(x) == sb)
        });
        if crosses {
            continue;
        }
        sets.union(sa, sb);
        let joined = sets.find(sa);
        let reason = [weakest.get(&sa), weakest.get(&sb), Some(&reason)]
            .into_iter()
            .flatten()
            .copied()
            .max()
            .unwrap_or(reason);
        weakest.insert(joined, reason);
        group_sets.insert(joined, [ga, gb].concat());
    }
    let mut proposals: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut roots: Vec<usize> = members.keys().copied().collect();
    roots.sort_unstable();
    for r in roots {
        let s = sets.find(r);
        if weakest.contains_key(&s) {
            proposals.entry(s).or_default().extend(&members[&r]);
        }
    }
    let mut out: Vec<(usize, Suggestion)> = proposals
        .into_iter()
        .map(|(s, mut list)| {
            list.sort_unstable();
            (
                list[0],
                Suggestion {
                    members: list.iter().map(|&i| all[i].id()).collect(),
                    reason: weakest[&s],
                },
            )
        })
        .collect();
    out.sort_by_key(|(first, s)| (s.reason, *first));
    out.into_iter().map(|(_, s)| s).collect()
}

#[cfg(test)]
mod tests;
