//! Typed ids, so a group id can never be passed where a stakeholder id is meant.

use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

macro_rules! uuid_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        #[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
        pub struct $name(Uuid);

        impl $name {
            /// Builds an id from 16 random bytes (the caller owns the randomness).
            pub fn from_random_bytes(bytes: [u8; 16]) -> Self {
                Self(uuid::Builder::from_random_bytes(bytes).into_uuid())
            }
            pub fn as_bytes(&self) -> &[u8; 16] {
                self.0.as_bytes()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.0.hyphenated())
            }
        }

        impl std::str::FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
    };
}

uuid_id!(
    /// One workshop (event).
    WorkshopId
);
uuid_id!(
    /// A breakout group within a workshop.
    GroupId
);
uuid_id!(
    /// A stakeholder as one group entered it.
    StakeholderId
);
uuid_id!(
    /// A relationship between two stakeholders of one group.
    RelationshipId
);
uuid_id!(
    /// The moderator's decision that some stakeholders are one actor (or are not).
    MergeId
);
uuid_id!(
    /// Another workshop's combined map, frozen, that this one is compared with.
    BaselineId
);
uuid_id!(
    /// An analyst's or viewer's link the moderator made, which can be taken back.
    KeyId
);
uuid_id!(
    /// A tablet that joined a group with its code, which the moderator can disconnect.
    DeviceId
);

/// A client-generated id for one edit; replaying it must not apply the edit twice.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EditId(String);

impl EditId {
    pub const MAX_LEN: usize = 100;

    pub fn parse(raw: &str) -> Result<Self, crate::domain::DomainError> {
        let ok = !raw.is_empty()
            && raw.len() <= Self::MAX_LEN
            && raw.bytes().all(|b| b.is_ascii_graphic());
        if ok {
            Ok(Self(raw.to_owned()))
        } else {
            Err(crate::domain::DomainError::BadEditId)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A fresh id from 16 random bytes, as a UUID (v4) — always valid, so no parse.
    pub fn from_random_bytes(bytes: [u8; 16]) -> Self {
        Self(
            uuid::Builder::from_random_bytes(bytes)
                .into_uuid()
                .to_string(),
        )
    }
}

impl TryFrom<String> for EditId {
    type Error = crate::domain::DomainError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<EditId> for String {
    fn from(value: EditId) -> Self {
        value.0
    }
}

impl fmt::Display for EditId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for EditId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "EditId({})", self.0)
    }
}
