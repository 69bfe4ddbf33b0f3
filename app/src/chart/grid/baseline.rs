//! A baseline's actors as points of the combined grid: each where its workshop put it, under
//! the id of the actor it is matched with now (so the grid draws the arrow), or under its own
//! (not on the map now: drawn as gone).

use crate::chart::options::GridOptions;
use crate::domain::{Attitude, Baseline, CategoryId, CombinedMap, LevelId, Workshop, matched};

use super::{GridPoint, GridSpread};

/// The points `baseline` compares the combined grid of `workshop` (`map`) with, filtered by
/// `options` as the grid's own are.
pub fn baseline_points(
    baseline: &Baseline,
    map: &CombinedMap,
    workshop: &Workshop,
    options: &GridOptions,
) -> Vec<GridPoint> {
    let pairs = matched(baseline, map);
    baseline
        .actors()
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let (category, level) = (CategoryId::new(&a.category), LevelId::new(&a.level));
            let kept = (options.categories.is_empty() || options.categories.contains(&category))
                && (options.levels.is_empty() || options.levels.contains(&level));
            let id = (pairs.iter())
                .find(|(actor, _)| *actor == i)
                .map_or(a.id, |(_, now)| map.stakeholders[*now].id);
            kept.then(|| GridPoint {
                id,
                name: a.name.clone(),
                interest: a.interest.median.cell(),
                influence: a.influence.median.cell(),
                category: (workshop.categories().iter())
                    .position(|c| *c == category)
                    .unwrap_or(0),
                level: (workshop.levels().iter())
                    .position(|l| *l == level)
                    .unwrap_or(0),
                attitude: Attitude::Unknown,
                group: 0,
                spread: Some(GridSpread {
                    interest: a.interest.median.value(),
                    influence: a.influence.median.value(),
                    interest_range: (a.interest.min, a.interest.max),
                    influence_range: (a.influence.min, a.influence.max),
                }),
            })
        })
        .collect()
}
