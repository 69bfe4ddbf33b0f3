//! The combined map on the wire: `GET …/combined`, and `POST …/merges`.

use serde::{Deserialize, Serialize};

use crate::domain::{
    CategoryId, CombinedMap, CombinedStakeholder, GroupId, LevelId, MatchReason, Merge, MergeId,
    Quadrant, RelationKind, RelationshipId, StakeholderId, Summary, Verdict, combined::contested,
};

/// `POST …/merges`: `{members, verdict}`; `verdict` is `same` (merge, the default) or `distinct`
/// (reject a suggestion); `id` lets a client name the decision it makes.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NewMerge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<MergeId>,
    pub members: Vec<StakeholderId>,
    #[serde(default)]
    pub verdict: Verdict,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MergeView {
    pub id: MergeId,
    pub members: Vec<StakeholderId>,
    pub verdict: Verdict,
}

impl From<&Merge> for MergeView {
    fn from(m: &Merge) -> Self {
        Self {
            id: m.id(),
            members: m.members().to_vec(),
            verdict: m.verdict(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CombinedView {
    /// In the order their first member was entered.
    pub stakeholders: Vec<CombinedStakeholderView>,
    pub relationships: Vec<CombinedRelationshipView>,
    pub suggestions: Vec<SuggestionView>,
    /// Combined stakeholder ids named by two or more groups, most contested first.
    pub contested: Vec<StakeholderId>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CombinedStakeholderView {
    pub id: StakeholderId,
    pub name: String,
    pub members: Vec<StakeholderId>,
    pub groups: Vec<GroupId>,
    pub merges: Vec<MergeId>,
    /// How many entries the scores summarise.
    pub n: usize,
    /// Medians.
    pub interest: f64,
    pub influence: f64,
    /// `[min, max]` of each score.
    pub spread: Spread<u8>,
    /// `[q1, q3]` of each score (interpolated, as numpy and spreadsheets do by default).
    pub iqr: Spread<f64>,
    /// Interest range plus influence range: the sort key of `contested`.
    pub disagreement: f64,
    pub quadrant: Quadrant,
    pub quadrant_split: bool,
    pub single_group: bool,
    pub category: CategoryId,
    pub category_conflict: bool,
    pub level: LevelId,
    pub level_conflict: bool,
    pub voices: Vec<VoiceView>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Spread<T = u8> {
    pub interest: [T; 2],
    pub influence: [T; 2],
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct VoiceView {
    pub group_id: GroupId,
    pub stakeholder_id: StakeholderId,
    pub name: String,
    pub interests: String,
    pub cooperation: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CombinedRelationshipView {
    pub from: StakeholderId,
    pub to: StakeholderId,
    pub kind: RelationKind,
    /// The median strength.
    pub strength: f64,
    pub directed: bool,
    pub groups: Vec<GroupId>,
    pub members: Vec<RelationshipId>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SuggestionView {
    pub members: Vec<StakeholderId>,
    pub reason: MatchReason,
}

impl From<&CombinedStakeholder> for CombinedStakeholderView {
    fn from(s: &CombinedStakeholder) -> Self {
        let range = |x: &Summary| [x.min, x.max];
        let quartiles = |x: &Summary| [x.q1, x.q3];
        Self {
            id: s.id,
            name: s.name.clone(),
            members: s.members.clone(),
            groups: s.groups.clone(),
            merges: s.merges.clone(),
            n: s.n(),
            interest: s.interest.median,
            influence: s.influence.median,
            spread: Spread {
                interest: range(&s.interest),
                influence: range(&s.influence),
            },
            iqr: Spread {
                interest: quartiles(&s.interest),
                influence: quartiles(&s.influence),
            },
            disagreement: s.disagreement(),
            quadrant: s.quadrant,
            quadrant_split: s.quadrant_split,
            single_group: s.single_group(),
            category: s.category.clone(),
            category_conflict: s.category_conflict,
            level: s.level.clone(),
            level_conflict: s.level_conflict,
            voices: s
                .voices
                .iter()
                .map(|v| VoiceView {
                    group_id: v.group,
                    stakeholder_id: v.stakeholder,
                    name: v.name.clone(),
                    interests: v.interests.clone(),
                    cooperation: v.cooperation.clone(),
                })
                .collect(),
        }
    }
}

impl From<&CombinedMap> for CombinedView {
    fn from(map: &CombinedMap) -> Self {
        Self {
            stakeholders: map.stakeholders.iter().map(Into::into).collect(),
            relationships: map
                .relationships
                .iter()
                .map(|r| CombinedRelationshipView {
                    from: r.from,
                    to: r.to,
                    kind: r.kind,
                    strength: r.strength,
                    directed: r.directed,
                    groups: r.groups.clone(),
                    members: r.members.clone(),
                })
                .collect(),
            suggestions: map
                .suggestions
                .iter()
                .map(|s| SuggestionView {
                    members: s.members.clone(),
                    reason: s.reason,
                })
                .collect(),
            contested: contested(map).iter().map(|s| s.id).collect(),
        }
    }
}
