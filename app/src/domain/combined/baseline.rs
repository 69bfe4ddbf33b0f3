//! The combined map and a baseline: a workshop's combined map as a baseline keeps it
//! ([`baseline_actors`]), and a baseline against this workshop's: which of its actors is which
//! actor now ([`matched`]), which probably are ([`proposals`], by the plenary's name
//! matching), and what changed ([`comparison`]).

use std::collections::HashMap;

use super::{CombinedMap, CombinedStakeholder, Summary, combine};
use crate::domain::{
    Baseline, BaselineActor, GroupId, MatchReason, Median, Quadrant, Scale, Scores, Shift,
    StakeholderId, Workshop, matching_pairs,
};

/// One actor of `w`'s combined map as a baseline keeps it.
pub fn baseline_actor(c: &CombinedStakeholder, w: &Workshop) -> BaselineActor {
    let scores = |s: &Summary| Scores {
        median: Median::of(s.median),
        min: s.min,
        max: s.max,
    };
    BaselineActor {
        id: c.id,
        name: c.name.clone(),
        category: c.category.as_str().to_owned(),
        level: c.level.as_str().to_owned(),
        interest: scores(&c.interest),
        influence: scores(&c.influence),
        groups: (c.groups.iter())
            .filter_map(|g| w.group(*g).map(|g| g.name().to_owned()))
            .collect(),
    }
}

/// The actors of `w`'s combined map, as a baseline keeps them.
pub fn baseline_actors(w: &Workshop) -> Vec<BaselineActor> {
    (combine(w).stakeholders.iter())
        .map(|c| baseline_actor(c, w))
        .collect()
}

/// The pairs `(actor, combined)` (indices into the baseline's actors and the map's
/// stakeholders) the moderator's matches make now. A match whose stakeholder is gone counts
/// for nothing; two actors matched into what a later merge made one: the first made counts.
pub fn matched(baseline: &Baseline, map: &CombinedMap) -> Vec<(usize, usize)> {
    let combined_of: HashMap<StakeholderId, usize> = (map.stakeholders.iter().enumerate())
        .flat_map(|(i, c)| c.members.iter().map(move |m| (*m, i)))
        .collect();
    let actor_at: HashMap<StakeholderId, usize> = (baseline.actors().iter().enumerate())
        .map(|(i, a)| (a.id, i))
        .collect();
    let mut taken = vec![false; map.stakeholders.len()];
    let mut out = Vec::new();
    for m in baseline.matches() {
        if let (Some(&actor), Some(&now)) =
            (actor_at.get(&m.actor), combined_of.get(&m.stakeholder))
            && !taken[now]
        {
            taken[now] = true;
            out.push((actor, now));
        }
    }
    out
}

/// A proposed match: the baseline's `actor` probably is the combined stakeholder
/// `stakeholder` (its id on the combined map).
#[derive(Clone, Copy, PartialEq, Eq, Debug, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Proposal {
    pub actor: StakeholderId,
    pub stakeholder: StakeholderId,
    pub reason: MatchReason,
}

/// Matches to propose, one at most for each actor and each combined stakeholder still
/// unmatched: the strongest reasons first (the same rules as the plenary's merges), then in
/// the baseline's order.
pub fn proposals(baseline: &Baseline, map: &CombinedMap) -> Vec<Proposal> {
    let done = matched(baseline, map);
    let actors: Vec<usize> = (0..baseline.actors().len())
        .filter(|i| done.iter().all(|(a, _)| a != i))
        .collect();
    let now: Vec<usize> = (0..map.stakeholders.len())
        .filter(|i| done.iter().all(|(_, c)| c != i))
        .collect();
    let names: Vec<&str> = (actors.iter())
        .map(|&i| baseline.actors()[i].name.as_str())
        .chain(now.iter().map(|&i| map.stakeholders[i].name.as_str()))
        .collect();
    let split = actors.len();
    let mut pairs: Vec<(MatchReason, usize, usize)> = matching_pairs(&names)
        .into_iter()
        .filter(|(i, j, _)| *i < split && *j >= split)
        .map(|(i, j, reason)| (reason, i, j - split))
        .collect();
    pairs.sort();
    let (mut actor_free, mut now_free) = (vec![true; actors.len()], vec![true; now.len()]);
    let mut out = Vec::new();
    for (reason, a, c) in pairs {
        if actor_free[a] && now_free[c] {
            actor_free[a] = false;
            now_free[c] = false;
            out.push(Proposal {
                actor: baseline.actors()[actors[a]].id,
                stakeholder: map.stakeholders[now[c]].id,
                reason,
            });
        }
    }
    out
}

/// One actor compared: in the baseline, now, or both.
#[derive(Clone, PartialEq, Debug)]
pub struct ComparisonRow {
    /// Its id on the combined map now (`None`: not matched with anyone now).
    pub stakeholder: Option<StakeholderId>,
    /// Its id in the baseline (`None`: new since).
    pub actor: Option<StakeholderId>,
    /// Its name now, or the baseline's for an actor not matched.
    pub name: String,
    /// The baseline's name for it (`None`: new since).
    pub baseline_name: Option<String>,
    /// Its medians and quadrant in the baseline (`before` `None`: new since) and now (`after`
    /// `None`: not matched with anyone now).
    pub shift: Shift,
    /// The groups that named it in the baseline's workshop.
    pub groups_before: Vec<String>,
    /// The groups that named it now.
    pub groups_after: Vec<GroupId>,
}

/// Every actor of the baseline and of the combined map, compared: quadrant changes first,
/// then new since, then not matched, then the rest; the longest moves first, then by name.
pub fn comparison(baseline: &Baseline, map: &CombinedMap, scale: Scale) -> Vec<ComparisonRow> {
    let pairs = matched(baseline, map);
    let then = |a: &BaselineActor| {
        (
            (a.interest.median.value(), a.influence.median.value()),
            Quadrant::of(scale, a.interest.median.cell(), a.influence.median.cell()),
        )
    };
    let now = |c: &CombinedStakeholder| ((c.interest.median, c.influence.median), c.quadrant);
    let mut out: Vec<ComparisonRow> = (map.stakeholders.iter().enumerate())
        .map(|(i, c)| {
            let actor = (pairs.iter())
                .find(|(_, now)| *now == i)
                .map(|(a, _)| &baseline.actors()[*a]);
            ComparisonRow {
                stakeholder: Some(c.id),
                actor: actor.map(|a| a.id),
                name: c.name.clone(),
                baseline_name: actor.map(|a| a.name.clone()),
                shift: Shift::between(actor.map(then), Some(now(c))),
                groups_before: actor.map(|a| a.groups.clone()).unwrap_or_default(),
                groups_after: c.groups.clone(),
            }
        })
        .collect();
    out.extend(
        (baseline.actors().iter().enumerate())
            .filter(|(i, _)| pairs.iter().all(|(a, _)| a != i))
            .map(|(_, a)| ComparisonRow {
                stakeholder: None,
                actor: Some(a.id),
                name: a.name.clone(),
                baseline_name: Some(a.name.clone()),
                shift: Shift::between(Some(then(a)), None),
                groups_before: a.groups.clone(),
                groups_after: Vec::new(),
            }),
    );
    out.sort_by(|a, b| a.shift.order(&b.shift).then_with(|| a.name.cmp(&b.name)));
    out
}
