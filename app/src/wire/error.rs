//! Errors as the API and the live feed send them: `{"error": {"code", "message", …}}`, the
//! stable [`ErrorCode`] that scripts match on and the browser translates (`error-<code>` in
//! the locales), and an imported file's problems.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::domain::{Counted, DomainError};

/// Declares [`ErrorCode`] with each code's one spelling, which serde and
/// [`ErrorCode::as_str`] share.
macro_rules! error_codes {
    ($($(#[$doc:meta])* $variant:ident = $code:literal,)*) => {
        /// A stable machine-readable error code, sent as its snake_case string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ErrorCode {
            $($(#[$doc])* $variant,)*
            /// A code this version does not know (a newer server's): the browser shows the
            /// server's own message.
            Other,
        }

        impl ErrorCode {
            /// Every code the server sends, and the browser's own (`Other` aside).
            pub const ALL: &[ErrorCode] = &[$(ErrorCode::$variant),*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $code,)*
                    ErrorCode::Other => "other",
                }
            }
        }
    };
}

error_codes! {
    // The domain's refusals (`DomainError::code`).
    Blank = "blank",
    TooLong = "too_long",
    /// A character that is invisible, turns the text around or is a control character.
    BadCharacter = "bad_character",
    OutOfScale = "out_of_scale",
    UnknownCategory = "unknown_category",
    UnknownLevel = "unknown_level",
    UnknownGroup = "unknown_group",
    UnknownStakeholder = "unknown_stakeholder",
    DuplicateStakeholder = "duplicate_stakeholder",
    NotYourGroup = "not_your_group",
    GroupRequired = "group_required",
    GroupCount = "group_count",
    DuplicateGroupName = "duplicate_group_name",
    BadDate = "bad_date",
    BadScale = "bad_scale",
    BadJoinCode = "bad_join_code",
    BadEditId = "bad_edit_id",
    UnknownRelationship = "unknown_relationship",
    DuplicateRelationshipId = "duplicate_relationship_id",
    SelfLink = "self_link",
    DuplicateRelationship = "duplicate_relationship",
    CrossGroup = "cross_group",
    ModeratorOnly = "moderator_only",
    MergeSize = "merge_size",
    AlreadyMerged = "already_merged",
    DuplicateMergeId = "duplicate_merge_id",
    UnknownMerge = "unknown_merge",
    TimerLength = "timer_length",
    /// An undo whose entry another device changed since (`field`).
    ChangedSince = "changed_since",
    /// An undo whose entry another device deleted since.
    GoneSince = "gone_since",
    /// A workshop's limits (`domain::limits`), with `max`.
    TooManyStakeholders = "too_many_stakeholders",
    TooManyRelationships = "too_many_relationships",
    TooManyMerges = "too_many_merges",
    TooManyEdits = "too_many_edits",
    TooManyRounds = "too_many_rounds",
    TooManyBaselines = "too_many_baselines",
    TooManyBaselineActors = "too_many_baseline_actors",
    UnknownBaseline = "unknown_baseline",
    DuplicateBaseline = "duplicate_baseline",
    /// A baseline's actor, or this workshop's, matched already.
    AlreadyMatched = "already_matched",
    // Imported files (`import::ImportError::code`).
    UnreadableFile = "unreadable_file",
    EmptyFile = "empty_file",
    TooManyRows = "too_many_rows",
    /// A body or file over its limit.
    TooLarge = "too_large",
    InvalidFile = "invalid_file",
    Schema = "schema",
    // One problem in an imported file (`FileProblem::code`), beside the domain's codes.
    /// A score that is not a whole number.
    NotANumber = "not_a_number",
    UnknownAttitude = "unknown_attitude",
    /// A required column the header row does not name.
    MissingColumn = "missing_column",
    /// `workshop.json` that is not JSON.
    Json = "json",
    // The API's own.
    NotFound = "not_found",
    Unauthorized = "unauthorized",
    UnknownCode = "unknown_code",
    WrongWorkshop = "wrong_workshop",
    /// The key's role may not read or do this (the role table in `docs/API.md`).
    Forbidden = "forbidden",
    /// An analyst's or viewer's link tried to change something.
    ReadOnly = "read_only",
    /// The moderator took this link back, or disconnected this tablet.
    Revoked = "revoked",
    /// The moderator closed joining for this code's group.
    JoiningClosed = "joining_closed",
    /// Creating a workshop needs the server's admin key.
    AdminKey = "admin_key",
    /// A failure inside the server; the details are in its log.
    Internal = "internal",
    /// A request or live message that could not be read.
    Malformed = "malformed",
    /// JSON of the wrong shape.
    InvalidJson = "invalid_json",
    ContentType = "content_type",
    RateLimited = "rate_limited",
    /// A request that took longer than the server's request timeout (408).
    Timeout = "timeout",
    /// The server cannot write to its disk now; reading goes on (507).
    StorageUnavailable = "storage_unavailable",
    /// Too much heavy work at once (pictures, files): try again after `Retry-After`.
    Busy = "busy",
    TimerStopped = "timer_stopped",
    IdempotencyKeyReused = "idempotency_key_reused",
    MethodNotAllowed = "method_not_allowed",
    /// A plain request to the live feed's address (426).
    NotWebsocket = "not_websocket",
    InvalidQuery = "invalid_query",
    /// The browser's own: an answer that was not the API's JSON.
    Server = "server",
}

impl ErrorCode {
    /// The refusals only the desk's pages meet (a tablet never merges, sets the timer, closes
    /// a round or sees a baseline): their words are in the desk's file, which a tablet never
    /// fetches (`i18n::Part`), rather than in the words it loads before its list.
    pub const DESK_ONLY: &[ErrorCode] = &[
        Self::UnknownBaseline,
        Self::DuplicateBaseline,
        Self::AlreadyMatched,
        Self::TooManyBaselines,
        Self::TooManyBaselineActors,
        Self::MergeSize,
        Self::AlreadyMerged,
        Self::DuplicateMergeId,
        Self::UnknownMerge,
        Self::TooManyMerges,
        Self::TimerLength,
        Self::TooManyRounds,
    ];

    /// Whether the refusal says "not now" rather than "no": the server could not take the
    /// edit at this moment (too many at once, busy, its disk, a failure inside it). An edit
    /// refused so is sent again, never dropped.
    pub fn is_transient(self) -> bool {
        matches!(
            self,
            Self::RateLimited
                | Self::Busy
                | Self::Timeout
                | Self::StorageUnavailable
                | Self::Server
        )
    }

    /// The code spelled `code`, or [`ErrorCode::Other`] for one this version does not know.
    pub fn from_code(code: &str) -> Self {
        Self::ALL
            .iter()
            .copied()
            .find(|known| known.as_str() == code)
            .unwrap_or(Self::Other)
    }
}

// By hand rather than derived: serde's derive writes a visitor with one arm per code for bytes
// and for strings, 11 KB of the browser's main module; a lookup in `ALL` does the same.
impl Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        Ok(Self::from_code(&code))
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&DomainError> for ErrorCode {
    fn from(e: &DomainError) -> Self {
        match e {
            DomainError::Blank(_) => Self::Blank,
            DomainError::TooLong { .. } => Self::TooLong,
            DomainError::Character { .. } => Self::BadCharacter,
            DomainError::TooMany { what, .. } => match what {
                Counted::Stakeholders => Self::TooManyStakeholders,
                Counted::Relationships => Self::TooManyRelationships,
                Counted::Merges => Self::TooManyMerges,
                Counted::Edits => Self::TooManyEdits,
                Counted::Rounds => Self::TooManyRounds,
                Counted::Baselines => Self::TooManyBaselines,
                Counted::BaselineActors => Self::TooManyBaselineActors,
            },
            DomainError::OutOfScale { .. } => Self::OutOfScale,
            DomainError::UnknownCategory(_) => Self::UnknownCategory,
            DomainError::UnknownLevel(_) => Self::UnknownLevel,
            DomainError::UnknownGroup => Self::UnknownGroup,
            DomainError::UnknownStakeholder => Self::UnknownStakeholder,
            DomainError::DuplicateStakeholder => Self::DuplicateStakeholder,
            DomainError::NotYourGroup => Self::NotYourGroup,
            DomainError::GroupRequired => Self::GroupRequired,
            DomainError::GroupCount { .. } => Self::GroupCount,
            DomainError::DuplicateGroupName(_) => Self::DuplicateGroupName,
            DomainError::BadDate => Self::BadDate,
            DomainError::BadScale => Self::BadScale,
            DomainError::BadJoinCode => Self::BadJoinCode,
            DomainError::BadEditId => Self::BadEditId,
            DomainError::UnknownRelationship => Self::UnknownRelationship,
            DomainError::DuplicateRelationshipId => Self::DuplicateRelationshipId,
            DomainError::SelfLink => Self::SelfLink,
            DomainError::DuplicateRelationship => Self::DuplicateRelationship,
            DomainError::CrossGroup => Self::CrossGroup,
            DomainError::ModeratorOnly => Self::ModeratorOnly,
            DomainError::MergeSize { .. } => Self::MergeSize,
            DomainError::AlreadyMerged => Self::AlreadyMerged,
            DomainError::DuplicateMergeId => Self::DuplicateMergeId,
            DomainError::UnknownMerge => Self::UnknownMerge,
            DomainError::TimerLength { .. } => Self::TimerLength,
            DomainError::ChangedSince(_) => Self::ChangedSince,
            DomainError::GoneSince => Self::GoneSince,
            DomainError::UnknownBaseline => Self::UnknownBaseline,
            DomainError::DuplicateBaseline => Self::DuplicateBaseline,
            DomainError::AlreadyMatched => Self::AlreadyMatched,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ErrorDetail {
    pub code: ErrorCode,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Numbers the message needs when it is translated (e.g. `max`, `min`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u64>,
    /// The character refused (`U+202E`) and where it is in the field, from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub character: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<u64>,
    /// An imported file's problems, each at its line and column.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<FileProblem>,
}

impl ErrorDetail {
    /// An error with only its code and message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            field: None,
            max: None,
            min: None,
            character: None,
            position: None,
            problems: Vec::new(),
        }
    }
}

/// One problem in an imported file, where a person finds it in a spreadsheet or editor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct FileProblem {
    /// The line (CSV, JSON) or row (spreadsheet), from 1; 0 when it is about the whole file.
    pub line: u64,
    /// The column as a spreadsheet names it (`A`, `B`, … `AA`); a JSON file's column number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// The column's header as the file has it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header: Option<String>,
    /// A stable code the UI translates: the domain's codes, and the file's own
    /// ([`ErrorCode::NotANumber`], [`ErrorCode::UnknownAttitude`],
    /// [`ErrorCode::MissingColumn`], [`ErrorCode::Json`]).
    pub code: ErrorCode,
    /// The same in English, for scripts and logs.
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u64>,
    /// The character a warning removed (`U+202E`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub character: Option<String>,
}

impl From<&DomainError> for ErrorDetail {
    fn from(e: &DomainError) -> Self {
        let (min, max) = match e {
            DomainError::TooLong { max, .. } => (None, Some(*max as u64)),
            DomainError::OutOfScale { min, max, .. } => {
                (Some(u64::from(*min)), Some(u64::from(*max)))
            }
            DomainError::GroupCount { max } => (None, Some(*max as u64)),
            DomainError::TimerLength { max } => (Some(1), Some(u64::from(*max))),
            DomainError::TooMany { max, .. } => (None, Some(*max)),
            _ => (None, None),
        };
        let (character, position) = match e {
            DomainError::Character {
                code_point,
                position,
                ..
            } => (
                Some(crate::domain::text::code_point(*code_point)),
                Some(*position as u64),
            ),
            _ => (None, None),
        };
        // The browser shows its own words for the code; the English sentence is for scripts
        // and logs, and would put every refusal's text into the WASM a tablet loads first.
        #[cfg(not(feature = "hydrate"))]
        let message = e.to_string();
        #[cfg(feature = "hydrate")]
        let message = String::new();
        Self {
            code: ErrorCode::from(e),
            message,
            field: e.field().map(|f| f.as_str().to_owned()),
            max,
            min,
            character,
            position,
            problems: Vec::new(),
        }
    }
}

/// Every code the server sends has its sentence; `Other` (a newer server's code) has none,
/// and the browser shows the server's own message for it.
impl crate::i18n::Term for ErrorCode {
    fn message(&self) -> std::borrow::Cow<'static, str> {
        format!("error-{}", self.as_str()).into()
    }
}
