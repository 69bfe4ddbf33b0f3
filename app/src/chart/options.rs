//! What a picture shows and how: which part of the workshop ([`GridOptions`]: a group or all,
//! the combined map, categories and levels) and whether a crowded grid or graph is split into
//! small multiples ([`Panels`]), as the picture routes' and pages' query strings carry it.

use serde::{Deserialize, Serialize};

use crate::domain::{CategoryId, GroupId, LevelId};

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

/// Which part of the workshop a picture shows. Empty filters mean "all".
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct GridOptions {
    pub group: Option<GroupId>,
    #[serde(default)]
    pub categories: Vec<CategoryId>,
    #[serde(default)]
    pub levels: Vec<LevelId>,
    /// The combined map: merged stakeholders as one, at their medians (`group` is ignored).
    #[serde(default)]
    pub combined: bool,
    /// One grid, or small multiples by category (the grid only; the graph ignores it).
    #[serde(default)]
    pub panels: Panels,
}

impl GridOptions {
    pub fn group(group: GroupId) -> Self {
        Self {
            group: Some(group),
            ..Self::default()
        }
    }

    /// The query string the picture routes and the projector page read (ids are URL-safe).
    pub fn to_query(&self) -> String {
        let join = |ids: Vec<&str>| ids.join(",");
        let mut parts = Vec::new();
        if self.combined {
            parts.push("combined=true".to_owned());
        } else if let Some(g) = self.group {
            parts.push(format!("group={g}"));
        }
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
        parts.join("&")
    }

    /// Reads what [`GridOptions::to_query`] wrote; what does not parse is left out.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Self {
        let list = |key: &str| query_list(&get(key).unwrap_or_default());
        Self {
            group: get("group").and_then(|g| g.parse().ok()),
            categories: list("category")
                .iter()
                .map(|c| CategoryId::new(c))
                .collect(),
            levels: list("level").iter().map(|l| LevelId::new(l)).collect(),
            combined: matches!(get("combined").as_deref(), Some("true" | "1")),
            panels: Panels::parse(get("panels").as_deref().unwrap_or_default()).unwrap_or_default(),
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
