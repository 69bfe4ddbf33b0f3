//! What a device remembers between visits: the group it joined, and moderator keys.

use serde::{Deserialize, Serialize};

use super::browser;
use crate::domain::{GroupId, WorkshopId};

const GROUP_KEY: &str = "stakemap.group";

/// A tablet's membership of one group, kept in local storage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupSession {
    pub workshop_id: WorkshopId,
    pub group_id: GroupId,
    pub token: String,
    pub group_name: String,
}

impl GroupSession {
    pub fn load() -> Option<Self> {
        serde_json::from_str(&browser::load(GROUP_KEY)?).ok()
    }
    pub fn save(&self) {
        if let Ok(json) = serde_json::to_string(self) {
            browser::save(GROUP_KEY, &json);
        }
    }
    pub fn forget() {
        browser::forget(GROUP_KEY);
    }
}

fn moderator_storage_key(workshop_id: WorkshopId) -> String {
    format!("stakemap.moderator.{workshop_id}")
}

/// The moderator key for a workshop: from the link's `#key=…` first (then remembered, so the
/// page survives a reload without the fragment), else from storage.
pub fn moderator_key(workshop_id: WorkshopId) -> Option<String> {
    let hash = browser::location_hash();
    let from_link = hash
        .trim_start_matches('#')
        .split('&')
        .find_map(|pair| pair.strip_prefix("key="))
        .filter(|k| !k.is_empty())
        .map(str::to_owned);
    match from_link {
        Some(key) => {
            browser::save(&moderator_storage_key(workshop_id), &key);
            Some(key)
        }
        None => browser::load(&moderator_storage_key(workshop_id)),
    }
}

/// The link that opens the moderator page with its key; the key stays in the fragment, which
/// browsers never send to the server.
pub fn moderator_link(origin: &str, workshop_id: WorkshopId, key: &str) -> String {
    format!("{origin}/moderator/{workshop_id}#key={key}")
}
