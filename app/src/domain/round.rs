//! Rounds: the points in a workshop's log the moderator named ("before the discussion"), and
//! the moments a picture or a file may be asked for — a round, a sequence number, or now.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A closed round: the maps as they were after the first `seq` edits, under a name.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Round {
    pub(super) name: String,
    pub(super) seq: u64,
}

impl Round {
    /// As the moderator typed it; empty when they left it to the default ("Round 2").
    pub fn name(&self) -> &str {
        &self.name
    }
    /// How many edits the kept maps hold: the state is the log's first `seq` edits.
    pub fn seq(&self) -> u64 {
        self.seq
    }
}

/// A moment of a workshop's life that pictures and files can show.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum Moment {
    /// As it is.
    #[default]
    Now,
    /// A closed round, by its number from 1.
    Round(usize),
    /// After this many edits.
    Seq(u64),
}

impl Moment {
    /// Reads `now`, a round's number (`1`, `2`, …) or `seq:<n>`; `None` for anything else.
    /// [`Moment::Now`] for an empty text.
    pub fn parse(raw: &str) -> Option<Moment> {
        let raw = raw.trim();
        if raw.is_empty() || raw == "now" {
            return Some(Moment::Now);
        }
        if let Some(seq) = raw.strip_prefix("seq:") {
            return seq.parse().ok().map(Moment::Seq);
        }
        raw.parse().ok().filter(|n| *n >= 1).map(Moment::Round)
    }

    /// An export's `at=`: a sequence number (`120`, or `seq:120`), `round:<n>`, or `now`.
    pub fn parse_at(raw: &str) -> Option<Moment> {
        let raw = raw.trim();
        if let Some(n) = raw.strip_prefix("round:") {
            return n.parse().ok().filter(|n| *n >= 1).map(Moment::Round);
        }
        match raw.parse() {
            Ok(seq) => Some(Moment::Seq(seq)),
            Err(_) => Moment::parse(raw).filter(|m| !matches!(m, Moment::Round(_))),
        }
    }

    /// What an export's `at=` reads as this moment ([`Moment::parse_at`]).
    pub fn to_at(self) -> String {
        match self {
            Moment::Now => "now".to_owned(),
            Moment::Round(n) => format!("round:{n}"),
            Moment::Seq(seq) => seq.to_string(),
        }
    }

    /// How a file made at this moment is named: `round-2-`, `seq-120-`, nothing for now.
    pub fn file_prefix(self) -> String {
        match self {
            Moment::Now => String::new(),
            Moment::Round(n) => format!("round-{n}-"),
            Moment::Seq(seq) => format!("seq-{seq}-"),
        }
    }
}

impl fmt::Display for Moment {
    /// What [`Moment::parse`] reads.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Moment::Now => f.write_str("now"),
            Moment::Round(n) => n.fmt(f),
            Moment::Seq(seq) => write!(f, "seq:{seq}"),
        }
    }
}

#[cfg(test)]
mod tests;
