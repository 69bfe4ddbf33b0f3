//! The vocabulary's words: each kind of word the domain has (an attitude, a quadrant, a kind of
//! relationship, a strength, a category, a level, a language) and each of the files' columns
//! names its message in one function here, and a test asks every value for its word in every
//! language. A missing message is then a failing test, never a raw id on the screen, in a
//! picture or in a file.

use std::borrow::Cow;

use crate::domain::{
    Attitude, CategoryId, Language, LevelId, Moment, Quadrant, RelationKind, Workshop,
};
use crate::files::Column;

use super::{has, tr, tr_with};

/// A word of the vocabulary, shown in the reader's language.
pub trait Term {
    /// The message that names it.
    fn message(&self) -> Cow<'static, str>;

    /// Its word in `lang`.
    fn word(&self, lang: Language) -> String {
        tr(lang, &self.message())
    }
}

impl Term for Attitude {
    fn message(&self) -> Cow<'static, str> {
        format!("attitude-{}", self.as_str()).into()
    }
}

impl Term for Quadrant {
    fn message(&self) -> Cow<'static, str> {
        format!("quadrant-{}", self.as_str()).into()
    }
}

impl Term for RelationKind {
    fn message(&self) -> Cow<'static, str> {
        format!("kind-{}", self.as_str()).into()
    }
}

impl Term for Language {
    fn message(&self) -> Cow<'static, str> {
        format!("lang-{}", self.code()).into()
    }
}

/// A moment of `workshop` as the reader calls it: a round by the name the moderator gave it
/// (or "Round 2"), "now", or "after 120 edits".
pub fn moment_name(workshop: &Workshop, moment: Moment, lang: Language) -> String {
    match moment {
        Moment::Now => tr(lang, "round-now"),
        Moment::Round(n) => round_name(workshop.round(n).map_or("", |r| r.name()), n, lang),
        Moment::Seq(seq) => tr_with(lang, "round-at-seq", &[("seq", seq.into())]),
    }
}

/// Round `number` by the `name` the moderator gave it, or "Round 2" when it has none.
pub fn round_name(name: &str, number: usize, lang: Language) -> String {
    if name.is_empty() {
        tr_with(lang, "round-default", &[("n", number.into())])
    } else {
        name.to_owned()
    }
}

/// A column's header, in the files and the report's tables alike.
impl Term for Column {
    fn message(&self) -> Cow<'static, str> {
        format!("export-col-{}", self.as_str()).into()
    }
}

/// A relationship's strength, 1–3.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Strength(pub u8);

impl Strength {
    pub const ALL: [Strength; 3] = [Strength(1), Strength(2), Strength(3)];
}

impl Term for Strength {
    fn message(&self) -> Cow<'static, str> {
        format!("strength-{}", self.0).into()
    }
}

/// A relationship's direction, as the files and the report's tables name it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Direction {
    pub directed: bool,
}

impl Direction {
    pub const ALL: [Direction; 2] = [Direction { directed: true }, Direction { directed: false }];
}

impl Term for Direction {
    fn message(&self) -> Cow<'static, str> {
        if self.directed {
            "export-one-way"
        } else {
            "export-mutual"
        }
        .into()
    }
}

/// A workshop may name its own categories and levels: those have no message and show as
/// typed, while the defaults are translated.
fn own_or_translated(lang: Language, message: &str, id: &str) -> String {
    if has(lang, message) {
        tr(lang, message)
    } else {
        id.to_owned()
    }
}

impl Term for CategoryId {
    fn message(&self) -> Cow<'static, str> {
        format!("category-{}", self.as_str()).into()
    }
    fn word(&self, lang: Language) -> String {
        own_or_translated(lang, &self.message(), self.as_str())
    }
}

impl Term for LevelId {
    fn message(&self) -> Cow<'static, str> {
        format!("level-{}", self.as_str()).into()
    }
    fn word(&self, lang: Language) -> String {
        own_or_translated(lang, &self.message(), self.as_str())
    }
}
