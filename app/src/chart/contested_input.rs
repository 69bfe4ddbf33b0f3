//! What the picture of where the groups disagree shows, read from a workshop and its combined
//! map: the actors several groups named, most contested first, each group's scores for them,
//! and every word in the reader's language.

use crate::domain::{CombinedMap, Language, Workshop, combined::contested};
use crate::i18n::tr;

use super::contested::{ContestedActor, ContestedInput, ContestedScore, ContestedWords};

pub fn contested_input(workshop: &Workshop, map: &CombinedMap, lang: Language) -> ContestedInput {
    let groups = workshop.groups();
    let actors = contested(map)
        .into_iter()
        .map(|c| ContestedActor {
            id: c.id,
            name: format!("{} ({})", c.name, c.n()),
            scores: c
                .members
                .iter()
                .filter_map(|id| workshop.stakeholder(*id))
                .map(|s| ContestedScore {
                    group: groups.iter().position(|g| g.id() == s.group()).unwrap_or(0),
                    interest: s.interest(),
                    influence: s.influence(),
                })
                .collect(),
            interest: c.interest.median,
            influence: c.influence.median,
        })
        .collect();
    ContestedInput {
        scale: workshop.scale(),
        words: ContestedWords {
            title: format!("{} · {}", tr(lang, "combined-contested"), workshop.title()),
            interest: tr(lang, "grid-interest"),
            influence: tr(lang, "grid-influence"),
            median: tr(lang, "contested-median"),
            groups_heading: tr(lang, "grid-groups"),
            empty: tr(lang, "combined-none-contested"),
        },
        groups: groups.iter().map(|g| g.name().to_owned()).collect(),
        actors,
    }
}
