//! The workshop's vocabulary: categories, levels, attitudes, the score scale, languages and
//! join codes.

use serde::{Deserialize, Serialize};
use std::fmt;

use super::DomainError;

/// A stakeholder category. The seed's four are the defaults; the id is what the API speaks.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CategoryId(String);

impl CategoryId {
    pub fn new(id: &str) -> Self {
        Self(id.to_owned())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// State bodies, international organisations, civil-society organisations, informal groups.
    pub fn defaults() -> Vec<CategoryId> {
        ["state", "international", "civil_society", "informal"]
            .into_iter()
            .map(Self::new)
            .collect()
    }
}

impl fmt::Display for CategoryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The level a stakeholder acts at. Defaults: national and local.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct LevelId(String);

impl LevelId {
    pub fn new(id: &str) -> Self {
        Self(id.to_owned())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn defaults() -> Vec<LevelId> {
        ["national", "local"].into_iter().map(Self::new).collect()
    }
}

impl fmt::Display for LevelId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A stakeholder's attitude to the focal subject.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum Attitude {
    Supportive,
    Neutral,
    Opposed,
    #[default]
    Unknown,
}

impl Attitude {
    pub const ALL: [Attitude; 4] = [
        Attitude::Supportive,
        Attitude::Neutral,
        Attitude::Opposed,
        Attitude::Unknown,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Attitude::Supportive => "supportive",
            Attitude::Neutral => "neutral",
            Attitude::Opposed => "opposed",
            Attitude::Unknown => "unknown",
        }
    }
}

/// An inclusive integer scale for interest and influence (default 1–5).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Scale {
    min: u8,
    max: u8,
}

impl Scale {
    pub fn new(min: u8, max: u8) -> Result<Self, DomainError> {
        if min < max {
            Ok(Self { min, max })
        } else {
            Err(DomainError::BadScale)
        }
    }
    pub fn min(self) -> u8 {
        self.min
    }
    pub fn max(self) -> u8 {
        self.max
    }
    pub fn contains(self, value: i64) -> bool {
        (i64::from(self.min)..=i64::from(self.max)).contains(&value)
    }
    /// The value a new stakeholder starts at: the middle of the scale, rounded down.
    pub fn middle(self) -> u8 {
        self.min + (self.max - self.min) / 2
    }
    /// The quadrant rule, the same on every picture, export and list: a score counts as high
    /// when it is at or above the middle of the scale. On 1–5 the middle value 3 is high, so
    /// the midline runs between 2 and 3; on 1–10 it runs between 5 and 6.
    pub fn is_high(self, value: u8) -> bool {
        2 * u16::from(value) >= u16::from(self.min) + u16::from(self.max)
    }
    /// The lowest score that counts as high.
    pub fn first_high(self) -> u8 {
        (self.min..=self.max)
            .find(|v| self.is_high(*v))
            .unwrap_or(self.max)
    }
    /// How many values the scale has (5 for 1–5): the grid's cells per side.
    pub fn values(self) -> u8 {
        self.max - self.min + 1
    }
}

impl Default for Scale {
    fn default() -> Self {
        Self { min: 1, max: 5 }
    }
}

/// The languages stakemap speaks. Russian first.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum Language {
    #[default]
    Ru,
    Ky,
    En,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::Ru, Language::Ky, Language::En];
    pub fn code(self) -> &'static str {
        match self {
            Language::Ru => "ru",
            Language::Ky => "ky",
            Language::En => "en",
        }
    }
    /// The language's name in itself, as the language switch shows it whatever the page's
    /// language (the `lang-…` messages say the same in every file; a test keeps them so).
    pub fn endonym(self) -> &'static str {
        match self {
            Language::Ru => "Русский",
            Language::Ky => "Кыргызча",
            Language::En => "English",
        }
    }
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }
}

/// A group's join code, and whether it still lets tablets in.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct GroupCode {
    pub group: super::GroupId,
    pub code: JoinCode,
    pub open: bool,
}

/// A short code a group types to join. Upper-case letters and digits without the ones people
/// confuse (0/O, 1/I/L); typed case-insensitively, with spaces and dashes ignored.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct JoinCode(String);

impl JoinCode {
    pub const ALPHABET: &'static [u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    pub const LEN: usize = 6;

    /// Normalises what a person typed: case, spaces and dashes do not matter.
    pub fn parse(typed: &str) -> Result<Self, DomainError> {
        let code: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let ok = code.len() == Self::LEN && code.bytes().all(|b| Self::ALPHABET.contains(&b));
        if ok {
            Ok(Self(code))
        } else {
            Err(DomainError::BadJoinCode)
        }
    }

    /// Builds a code from random bytes (the caller owns the randomness).
    pub fn from_random_bytes(bytes: [u8; Self::LEN]) -> Self {
        let alphabet = Self::ALPHABET;
        Self(
            bytes
                .iter()
                .map(|b| char::from(alphabet[usize::from(*b) % alphabet.len()]))
                .collect(),
        )
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for JoinCode {
    type Error = DomainError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<JoinCode> for String {
    fn from(value: JoinCode) -> Self {
        value.0
    }
}

impl fmt::Display for JoinCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
