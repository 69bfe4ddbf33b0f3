//! What a picture shows and how: which part of the workshop ([`GridOptions`]: its [`Scope`] —
//! a group, all groups or the combined map — and categories and levels) and whether a crowded grid or graph is split into
//! small multiples ([`Panels`]), as the picture routes' and pages' query strings carry it.

use serde::{Deserialize, Serialize};

use std::fmt;

use crate::domain::{BaselineId, CategoryId, GroupId, LevelId, Moment};

/// From this many stakeholders on, a combined grid shows as small multiples by default (why:
/// in the `multiples` module's notes).
pub const MULTIPLES_FROM: usize = 40;

/// Whether a grid of `points` stakeholders shows as small multiples when left to decide.
pub fn crowded(points: usize) -> bool {
    points >= MULTIPLES_FROM
}

/// How a crowded grid is shown: decided by its size, as one grid, or one panel per category.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Panels {
    #[default]
    Auto,
    All,
    Category,
}

impl Panels {
    /// Whether a grid of `points` stakeholders is drawn as small multiples.
    pub fn split(self, points: usize) -> bool {
        match self {
            Panels::Auto => crowded(points),
            Panels::All => false,
            Panels::Category => true,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Panels::Auto => "auto",
            Panels::All => "all",
            Panels::Category => "category",
        }
    }

    /// What [`Panels::as_str`] wrote (empty: auto); `None` for anything else.
    pub fn parse(raw: &str) -> Option<Panels> {
        match raw {
            "" | "auto" => Some(Panels::Auto),
            "all" => Some(Panels::All),
            "category" => Some(Panels::Category),
            _ => None,
        }
    }
}

/// Whose entries a picture or a file shows.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum Scope {
    /// Every group's entries, each as its group entered it.
    #[default]
    AllGroups,
    /// One group's entries.
    Group(GroupId),
    /// The combined map: the groups' entries merged, each actor once at the medians.
    Combined,
}

impl Scope {
    /// From a query's `group=` and `combined=`: the combined map is every group's, so a group
    /// given with it changes nothing (as links made before there was a scope meant).
    pub fn of(group: Option<GroupId>, combined: bool) -> Self {
        match (combined, group) {
            (true, _) => Scope::Combined,
            (false, Some(g)) => Scope::Group(g),
            (false, None) => Scope::AllGroups,
        }
    }

    /// The one group, when the scope is one.
    pub fn group(self) -> Option<GroupId> {
        match self {
            Scope::Group(g) => Some(g),
            Scope::AllGroups | Scope::Combined => None,
        }
    }

    pub fn is_combined(self) -> bool {
        self == Scope::Combined
    }

    /// Whether `group`'s entries are in this scope (all are in the combined map).
    pub fn holds(self, group: GroupId) -> bool {
        self.group().is_none_or(|g| g == group)
    }

    /// The scope in a query string: `group=…`, `combined=true`, or nothing for all groups.
    pub fn to_query(self) -> Option<String> {
        match self {
            Scope::AllGroups => None,
            Scope::Group(g) => Some(format!("group={g}")),
            Scope::Combined => Some("combined=true".to_owned()),
        }
    }
}

impl fmt::Display for Scope {
    /// What a choice's button carries: the group's id, `combined`, or empty for all groups.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scope::AllGroups => Ok(()),
            Scope::Group(g) => g.fmt(f),
            Scope::Combined => f.write_str("combined"),
        }
    }
}

/// Which part of the workshop a picture shows. Empty filters mean "all".
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct GridOptions {
    pub scope: Scope,
    pub categories: Vec<CategoryId>,
    pub levels: Vec<LevelId>,
    /// One grid, or small multiples by category (the grid only; the graph ignores it).
    pub panels: Panels,
    /// The moment shown: now, a round, or after some edits.
    pub at: Moment,
    /// The grid compared with an earlier moment: arrows from where each stakeholder was then.
    pub since: Option<Moment>,
    /// The combined grid now compared with a baseline (another workshop's map): arrows from
    /// where the baseline had each actor.
    pub baseline: Option<BaselineId>,
}

impl GridOptions {
    pub fn group(group: GroupId) -> Self {
        Self::scope(Scope::Group(group))
    }

    pub fn scope(scope: Scope) -> Self {
        Self {
            scope,
            ..Self::default()
        }
    }

    /// The query string the picture routes and the projector page read (ids are URL-safe).
    pub fn to_query(&self) -> String {
        let join = |ids: Vec<&str>| ids.join(",");
        let mut parts: Vec<String> = self.scope.to_query().into_iter().collect();
        if !self.categories.is_empty() {
            parts.push(format!(
                "category={}",
                join(self.categories.iter().map(CategoryId::as_str).collect())
            ));
        }
        if !self.levels.is_empty() {
            parts.push(format!(
                "level={}",
                join(self.levels.iter().map(LevelId::as_str).collect())
            ));
        }
        if self.panels != Panels::Auto {
            parts.push(format!("panels={}", self.panels.as_str()));
        }
        // The API's words: `round` is where the arrows start, `compare` the moment shown.
        match self.since {
            Some(since) => {
                parts.push(format!("round={since}"));
                parts.push(format!("compare={}", self.at));
            }
            None if self.at != Moment::Now => parts.push(format!("round={}", self.at)),
            None => {}
        }
        if let Some(baseline) = self.baseline {
            parts.push(format!("baseline={baseline}"));
        }
        parts.join("&")
    }

    /// The query an analysts' file takes for these options: the same part of the workshop,
    /// at the moment shown (`at=`; a comparison is for pictures only).
    pub fn to_files_query(&self) -> String {
        let part = GridOptions {
            at: Moment::Now,
            since: None,
            baseline: None,
            ..self.clone()
        };
        let mut query = part.to_query();
        if self.at != Moment::Now {
            if !query.is_empty() {
                query.push('&');
            }
            query.push_str(&format!("at={}", self.at.to_at()));
        }
        query
    }

    /// Reads what [`GridOptions::to_query`] wrote; what does not parse is left out.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Self {
        let list = |key: &str| query_list(&get(key).unwrap_or_default());
        let combined = matches!(get("combined").as_deref(), Some("true" | "1"));
        let moment = |key: &str| get(key).and_then(|raw| Moment::parse(&raw));
        let (at, since) = match (moment("round"), moment("compare")) {
            (from, Some(to)) => (to, Some(from.unwrap_or_default())),
            (at, None) => (at.unwrap_or_default(), None),
        };
        Self {
            scope: Scope::of(get("group").and_then(|g| g.parse().ok()), combined),
            categories: list("category")
                .iter()
                .map(|c| CategoryId::new(c))
                .collect(),
            levels: list("level").iter().map(|l| LevelId::new(l)).collect(),
            panels: Panels::parse(get("panels").as_deref().unwrap_or_default()).unwrap_or_default(),
            at,
            since,
            baseline: get("baseline").and_then(|b| b.parse().ok()),
        }
    }
}

/// A comma-separated list from a query string, each item trimmed, empty items left out.
pub fn query_list(raw: &str) -> Vec<String> {
    raw.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}
