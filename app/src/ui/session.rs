//! What a device remembers between visits: the group it joined, and moderator keys.

use serde::Deserialize;

use super::browser;
use crate::domain::{GroupId, WorkshopId};

/// Where the group is kept; the light pages' script writes it too (`pages::light`).
pub const GROUP_KEY: &str = "stakemap.group";

/// A tablet's membership of one group, kept in local storage: written when the tablet joins,
/// by the light pages' script (`pages/light.js`), in this shape.
#[derive(Clone, Debug, PartialEq, Deserialize)]
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
    pub fn forget() {
        browser::forget(GROUP_KEY);
    }
}

const MODERATOR_PREFIX: &str = "stakemap.moderator.";

fn moderator_storage_key(workshop_id: WorkshopId) -> String {
    format!("{MODERATOR_PREFIX}{workshop_id}")
}

/// The workshops this device holds the moderator's key of, with the keys.
pub fn held_workshops() -> Vec<(WorkshopId, String)> {
    browser::stored_keys(MODERATOR_PREFIX)
        .into_iter()
        .filter_map(|k| {
            let id = k.strip_prefix(MODERATOR_PREFIX)?.parse().ok()?;
            Some((id, browser::load(&k)?))
        })
        .collect()
}

fn reader_storage_key(workshop_id: WorkshopId) -> String {
    format!("stakemap.reader.{workshop_id}")
}

/// What a key lets this device do, by the prefix the server gives each kind.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum KeyKind {
    Moderator,
    /// An analyst's or viewer's link: reads only.
    Reader,
}

impl KeyKind {
    pub fn of(key: &str) -> Self {
        if key.starts_with("mk_") {
            KeyKind::Moderator
        } else {
            KeyKind::Reader
        }
    }
}

/// The key in the address's `#key=…` fragment, if there is one. Pages that read it take the
/// fragment out of the address ([`browser::drop_fragment`]), so it stays out of the history.
fn key_in_link() -> Option<String> {
    browser::location_hash()
        .trim_start_matches('#')
        .split('&')
        .find_map(|pair| pair.strip_prefix("key="))
        .filter(|k| !k.is_empty())
        .map(str::to_owned)
}

/// The moderator key for a workshop: from the link's `#key=…` first (then remembered, so the
/// page survives a reload without the fragment), else from storage.
pub fn moderator_key(workshop_id: WorkshopId) -> Option<String> {
    match key_in_link().filter(|k| KeyKind::of(k) == KeyKind::Moderator) {
        Some(key) => {
            browser::save(&moderator_storage_key(workshop_id), &key);
            Some(key)
        }
        None => browser::load(&moderator_storage_key(workshop_id)),
    }
}

/// Any key for a workshop, for the pages that only show it (projector, presentation, report,
/// the analyst's page): the link's, else the moderator's, else an analyst's or viewer's kept
/// from an earlier link.
pub fn reading_key(workshop_id: WorkshopId) -> Option<String> {
    match key_in_link() {
        Some(key) if KeyKind::of(&key) == KeyKind::Reader => {
            browser::save(&reader_storage_key(workshop_id), &key);
            Some(key)
        }
        _ => moderator_key(workshop_id).or_else(|| browser::load(&reader_storage_key(workshop_id))),
    }
}

/// The link that opens the moderator page with its key; the key stays in the fragment, which
/// browsers never send to the server.
pub fn moderator_link(origin: &str, workshop_id: WorkshopId, key: &str) -> String {
    format!("{origin}/moderator/{workshop_id}#key={key}")
}

/// The link a moderator hands an analyst (the analyst's page) or a viewer (the presentation).
pub fn reader_link(
    origin: &str,
    workshop_id: WorkshopId,
    role: crate::wire::KeyRole,
    key: &str,
) -> String {
    match role {
        crate::wire::KeyRole::Analyst => format!("{origin}/analyst/{workshop_id}#key={key}"),
        crate::wire::KeyRole::Viewer => {
            format!("{origin}/moderator/{workshop_id}/present#key={key}")
        }
    }
}
