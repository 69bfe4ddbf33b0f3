use crate::domain::{Counted, DomainError, Field};

use super::{ErrorBody, ErrorCode, ErrorDetail, FileProblem};

/// One of each kind of domain error.
fn every_domain_error() -> Vec<DomainError> {
    vec![
        DomainError::Blank(Field::Name),
        DomainError::TooLong {
            field: Field::Name,
            max: 200,
        },
        DomainError::OutOfScale {
            field: Field::Interest,
            min: 1,
            max: 5,
        },
        DomainError::UnknownCategory("x".into()),
        DomainError::UnknownLevel("x".into()),
        DomainError::UnknownGroup,
        DomainError::UnknownStakeholder,
        DomainError::DuplicateStakeholder,
        DomainError::NotYourGroup,
        DomainError::GroupRequired,
        DomainError::GroupCount { max: 8 },
        DomainError::DuplicateGroupName("x".into()),
        DomainError::BadDate,
        DomainError::BadScale,
        DomainError::BadJoinCode,
        DomainError::BadEditId,
        DomainError::UnknownRelationship,
        DomainError::DuplicateRelationshipId,
        DomainError::SelfLink,
        DomainError::DuplicateRelationship,
        DomainError::CrossGroup,
        DomainError::ModeratorOnly,
        DomainError::MergeSize { max: 8 },
        DomainError::AlreadyMerged,
        DomainError::DuplicateMergeId,
        DomainError::UnknownMerge,
        DomainError::TimerLength { max: 14_400 },
        DomainError::ChangedSince(Field::Interest),
        DomainError::GoneSince,
        DomainError::UnknownBaseline,
        DomainError::DuplicateBaseline,
        DomainError::AlreadyMatched,
        DomainError::TooMany {
            what: Counted::Baselines,
            max: 10,
        },
        DomainError::TooMany {
            what: Counted::BaselineActors,
            max: 2_000,
        },
    ]
}

#[test]
fn a_domain_errors_wire_code_is_the_domains_own_code() {
    for e in every_domain_error() {
        assert_eq!(ErrorCode::from(&e).as_str(), e.code(), "{e:?}");
    }
}

#[test]
fn error_codes_go_on_the_wire_as_their_strings_and_come_back() {
    for &code in ErrorCode::ALL {
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(json, format!("\"{}\"", code.as_str()));
        assert_eq!(code.to_string(), code.as_str());
        assert_eq!(serde_json::from_str::<ErrorCode>(&json).unwrap(), code);
    }
    let mut spellings: Vec<_> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    spellings.sort_unstable();
    spellings.dedup();
    assert_eq!(
        spellings.len(),
        ErrorCode::ALL.len(),
        "no code spelled twice"
    );
}

#[test]
fn a_code_this_version_does_not_know_is_read_as_other() {
    let body: ErrorBody =
        serde_json::from_str(r#"{"error":{"code":"from_the_future","message":"Later."}}"#).unwrap();
    assert_eq!(body.error.code, ErrorCode::Other);
    assert_eq!(body.error.message, "Later.");
}

#[test]
fn an_error_body_is_the_json_it_always_was() {
    let body = ErrorBody {
        error: ErrorDetail::from(&DomainError::OutOfScale {
            field: Field::Interest,
            min: 1,
            max: 5,
        }),
    };
    assert_eq!(
        serde_json::to_string(&body).unwrap(),
        r#"{"error":{"code":"out_of_scale","message":"interest must be a whole number from 1 to 5","field":"interest","max":5,"min":1}}"#
    );
    let plain = ErrorBody {
        error: ErrorDetail::new(ErrorCode::RateLimited, "wait"),
    };
    assert_eq!(
        serde_json::to_string(&plain).unwrap(),
        r#"{"error":{"code":"rate_limited","message":"wait"}}"#
    );
}

/// Typed ids go on the wire as the plain strings they always were, and only an id reads back.
#[test]
fn a_stakeholder_view_is_the_json_it_always_was() {
    use crate::domain::{Attitude, CategoryId, GroupId, LevelId, StakeholderId};
    let sid = |n| StakeholderId::from_random_bytes([n; 16]);
    let gid = |n| GroupId::from_random_bytes([n; 16]);

    let view = super::StakeholderView {
        id: sid(1),
        group_id: gid(2),
        name: "Минюст".to_owned(),
        category: CategoryId::new("state"),
        level: LevelId::new("national"),
        interest: 3,
        influence: 5,
        attitude: Attitude::Supportive,
        interests: String::new(),
        cooperation: String::new(),
        notes: String::new(),
    };
    let json = serde_json::to_value(&view).unwrap();
    assert_eq!(json["id"], sid(1).to_string());
    assert_eq!(json["group_id"], gid(2).to_string());
    assert_eq!(json["category"], "state");
    assert_eq!(json["level"], "national");
    let back: super::StakeholderView = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(back, view);

    let mut broken = json;
    broken["group_id"] = "group-2".into();
    assert!(serde_json::from_value::<super::StakeholderView>(broken).is_err());
}

#[test]
fn a_file_problems_code_goes_on_the_wire_as_before() {
    let json = r#"{"line":1,"header":"Уровень","code":"missing_column","message":"no column"}"#;
    let problem: FileProblem = serde_json::from_str(json).unwrap();
    assert_eq!(problem.code, ErrorCode::MissingColumn);
    assert_eq!(serde_json::to_string(&problem).unwrap(), json);
    let future: FileProblem =
        serde_json::from_str(r#"{"line":2,"code":"from_the_future","message":"Later."}"#).unwrap();
    assert_eq!(future.code, ErrorCode::Other);
}
