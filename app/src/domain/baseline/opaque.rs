//! A baseline's edit as the browser carries it: read past, never read into. A tablet is never
//! sent one (they reach the desk's devices only), and the desk's pages ask the server for
//! baselines rather than keep them, so the browser's code holds none of their types.

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct BaselineEdit;

impl Serialize for BaselineEdit {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_unit()
    }
}

impl<'de> Deserialize<'de> for BaselineEdit {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        IgnoredAny::deserialize(d).map(|_| BaselineEdit)
    }
}
