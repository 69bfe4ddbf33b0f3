//! What the grid shows, read from a workshop: which stakeholders (one group or all, filtered
//! by category and level) and every word in the reader's language.

use crate::chart::options::{GridOptions, Scope};
use crate::domain::{
    Attitude, CategoryId, CombinedMap, CombinedStakeholder, Language, LevelId, Quadrant, Workshop,
    combine,
};
use crate::i18n::{Term, tr, tr_with};

use super::{CompareWords, Earlier, GridInput, GridPoint, GridSpread, GridWords};

/// The picture's title: the group, or "all groups", then the workshop.
pub fn title(workshop: &Workshop, options: &GridOptions, lang: Language) -> String {
    let who = match options.scope {
        Scope::Combined => tr(lang, "grid-combined"),
        scope => (scope.group())
            .and_then(|g| workshop.group(g))
            .map(|g| g.name().to_owned())
            .unwrap_or_else(|| tr(lang, "grid-all-groups")),
    };
    format!("{who} · {}", workshop.title())
}

pub fn grid_input(workshop: &Workshop, options: &GridOptions, lang: Language) -> GridInput {
    grid_input_with(workshop, options, lang, None)
}

/// [`grid_input`] with the workshop's combined map when the caller has it already (a page
/// computes it once per change for everything it shows).
pub fn grid_input_with(
    workshop: &Workshop,
    options: &GridOptions,
    lang: Language,
    map: Option<&CombinedMap>,
) -> GridInput {
    // Colours and shapes by the category's and the level's place in the workshop's lists.
    let category = |id: &CategoryId| workshop.categories().iter().position(|c| c == id);
    let level = |id: &LevelId| workshop.levels().iter().position(|l| l == id);
    let groups = workshop.groups();
    let kept = |category: &CategoryId, level: &LevelId| {
        (options.categories.is_empty() || options.categories.contains(category))
            && (options.levels.is_empty() || options.levels.contains(level))
    };
    let points = if options.scope.is_combined() {
        let owned;
        let map = match map {
            Some(m) => m,
            None => {
                owned = combine(workshop);
                &owned
            }
        };
        map.stakeholders
            .iter()
            .filter(|c| kept(&c.category, &c.level))
            .map(|c| GridPoint {
                id: c.id,
                name: combined_name(c),
                interest: c.interest.median.floor() as u8,
                influence: c.influence.median.floor() as u8,
                category: category(&c.category).unwrap_or(0),
                level: level(&c.level).unwrap_or(0),
                attitude: Attitude::Unknown,
                group: 0,
                spread: Some(GridSpread {
                    interest: c.interest.median,
                    influence: c.influence.median,
                    interest_range: (c.interest.min, c.interest.max),
                    influence_range: (c.influence.min, c.influence.max),
                }),
            })
            .collect()
    } else {
        workshop
            .stakeholders()
            .iter()
            .filter(|s| options.scope.holds(s.group()))
            .filter(|s| kept(s.category(), s.level()))
            .map(|s| GridPoint {
                id: s.id(),
                name: s.name().to_owned(),
                interest: s.interest(),
                influence: s.influence(),
                category: category(s.category()).unwrap_or(0),
                level: level(s.level()).unwrap_or(0),
                attitude: s.attitude(),
                group: groups.iter().position(|g| g.id() == s.group()).unwrap_or(0),
                spread: None,
            })
            .collect()
    };
    GridInput {
        scale: workshop.scale(),
        words: words(workshop, options, lang),
        // A workshop's own category or level has no translation: it shows as typed.
        categories: workshop.categories().iter().map(|c| c.word(lang)).collect(),
        levels: workshop.levels().iter().map(|l| l.word(lang)).collect(),
        groups: groups.iter().map(|g| g.name().to_owned()).collect(),
        tag_groups: options.scope == Scope::AllGroups && groups.len() > 1,
        points,
        key_only: false,
        earlier: None,
    }
}

/// `input` (the grid now) compared with `then`: the points of the same workshop at an
/// earlier moment, read with the same options (`grid_input(…).points`; a round's never change,
/// so a page reads them once, not on every live edit); `names` are the two moments as the
/// reader calls them ("Round 1", "now"), which the title and the legend name.
pub fn compared(
    mut input: GridInput,
    then: Vec<GridPoint>,
    lang: Language,
    (from, to): (&str, &str),
) -> GridInput {
    let heading = format!("{from} → {to}");
    input.words.title = format!("{} · {heading}", input.words.title);
    input.earlier = Some(Earlier {
        points: then,
        words: CompareWords {
            heading,
            was: tr_with(lang, "compare-was", &[("moment", from.into())]),
            new: tr_with(lang, "compare-new", &[("moment", from.into())]),
            gone: tr_with(lang, "compare-gone", &[("moment", from.into())]),
        },
    });
    input
}

/// Everything the grid says, in `lang`.
fn words(workshop: &Workshop, options: &GridOptions, lang: Language) -> GridWords {
    GridWords {
        title: title(workshop, options, lang),
        interest: tr(lang, "grid-interest"),
        influence: tr(lang, "grid-influence"),
        quadrants: Quadrant::ALL.map(|q| q.word(lang)),
        categories_heading: tr(lang, "field-category"),
        levels_heading: tr(lang, "field-level"),
        attitudes_heading: tr(lang, "grid-attitude"),
        groups_heading: tr(lang, "grid-groups"),
        numbers_heading: tr(lang, "grid-numbers"),
        key_continues: tr(lang, "grid-key-continues"),
        attitudes: Attitude::ALL.map(|a| a.word(lang)),
        empty: tr(lang, "grid-empty"),
        rule: tr_with(
            lang,
            "grid-rule",
            &[("value", workshop.scale().first_high().into())],
        ),
        combined: if options.scope.is_combined() {
            vec![
                tr(lang, "grid-combined-median"),
                tr(lang, "grid-combined-single"),
            ]
        } else {
            Vec::new()
        },
    }
}

/// A combined stakeholder's label: its name with how many entries it stands for, or a star
/// when one group alone named it.
fn combined_name(c: &CombinedStakeholder) -> String {
    if c.single_group() && c.n() == 1 {
        format!("{} *", c.name)
    } else {
        format!("{} ({})", c.name, c.n())
    }
}
