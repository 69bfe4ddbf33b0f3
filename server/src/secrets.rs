//! Moderator keys, group tokens and join codes: made from the OS's randomness, kept as
//! SHA-256 hashes where only a check is needed. None of them is ever logged.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sha2::{Digest, Sha256};

use app::domain::{EditId, GroupId, JoinCode, StakeholderId, WorkshopId};

/// A long random secret with a readable prefix (`mk_` moderator key, `gt_` group token).
pub fn new_secret(prefix: &str) -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!("{prefix}{}", URL_SAFE_NO_PAD.encode(bytes))
}

pub fn hash(secret: &str) -> [u8; 32] {
    Sha256::digest(secret.as_bytes()).into()
}

pub fn new_join_code() -> JoinCode {
    let mut bytes = [0u8; JoinCode::LEN];
    rand::rng().fill_bytes(&mut bytes);
    JoinCode::from_random_bytes(bytes)
}

fn random16() -> [u8; 16] {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    bytes
}

pub fn new_workshop_id() -> WorkshopId {
    WorkshopId::from_random_bytes(random16())
}

pub fn new_group_id() -> GroupId {
    GroupId::from_random_bytes(random16())
}

pub fn new_stakeholder_id() -> StakeholderId {
    StakeholderId::from_random_bytes(random16())
}

pub fn new_relationship_id() -> app::domain::RelationshipId {
    app::domain::RelationshipId::from_random_bytes(random16())
}

pub fn new_merge_id() -> app::domain::MergeId {
    app::domain::MergeId::from_random_bytes(random16())
}

/// An edit id for requests that did not bring an `Idempotency-Key`.
pub fn new_edit_id() -> EditId {
    EditId::from_random_bytes(rand::random())
}

pub fn new_key_id() -> app::domain::KeyId {
    app::domain::KeyId::from_random_bytes(random16())
}

pub fn new_device_id() -> app::domain::DeviceId {
    app::domain::DeviceId::from_random_bytes(random16())
}

pub fn new_baseline_id() -> app::domain::BaselineId {
    app::domain::BaselineId::from_random_bytes(random16())
}
