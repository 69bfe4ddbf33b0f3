//! The four quadrants of the influence/interest grid and which one a stakeholder is in.

use serde::{Deserialize, Serialize};

use super::Scale;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum Quadrant {
    /// High influence, high interest.
    ManageClosely,
    /// High influence, low interest.
    KeepSatisfied,
    /// Low influence, high interest.
    KeepInformed,
    /// Low influence, low interest.
    Monitor,
}

impl Quadrant {
    pub const ALL: [Quadrant; 4] = [
        Quadrant::ManageClosely,
        Quadrant::KeepSatisfied,
        Quadrant::KeepInformed,
        Quadrant::Monitor,
    ];

    /// The quadrant of a stakeholder with these scores, by [`Scale::is_high`].
    pub fn of(scale: Scale, interest: u8, influence: u8) -> Quadrant {
        match (scale.is_high(influence), scale.is_high(interest)) {
            (true, true) => Quadrant::ManageClosely,
            (true, false) => Quadrant::KeepSatisfied,
            (false, true) => Quadrant::KeepInformed,
            (false, false) => Quadrant::Monitor,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Quadrant::ManageClosely => "manage_closely",
            Quadrant::KeepSatisfied => "keep_satisfied",
            Quadrant::KeepInformed => "keep_informed",
            Quadrant::Monitor => "monitor",
        }
    }

    pub fn high_influence(self) -> bool {
        matches!(self, Quadrant::ManageClosely | Quadrant::KeepSatisfied)
    }
    pub fn high_interest(self) -> bool {
        matches!(self, Quadrant::ManageClosely | Quadrant::KeepInformed)
    }
}
