//! The maps each closed round kept, for the pictures that show a round or compare with one:
//! asked of the server once per round (`GET …/rounds/{n}`: a round never changes) with the
//! page's key, and kept for the page's life. The pages opened with a link's key provide it.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;

use crate::domain::{Workshop, WorkshopId};

#[derive(Clone, Copy)]
pub struct RoundMaps {
    /// The workshop and the key to ask with, once the page has them.
    source: RwSignal<Option<(WorkshopId, String)>>,
    kept: RwSignal<HashMap<usize, Workshop>>,
    /// Rounds asked for and not yet answered, so each is asked once at a time.
    asked: StoredValue<HashSet<usize>>,
}

impl RoundMaps {
    /// Made for the page and put in its context; [`RoundMaps::start`] once the key is known.
    pub fn provide() -> Self {
        let maps = Self {
            source: RwSignal::new(None),
            kept: RwSignal::new(HashMap::new()),
            asked: StoredValue::new(HashSet::new()),
        };
        provide_context(maps);
        maps
    }

    pub fn start(self, id: WorkshopId, key: String) {
        self.source.set(Some((id, key)));
    }

    /// Round `number`'s maps when they are here (tracked: a picture reading them is drawn
    /// again when they arrive); the first call asks the server.
    pub fn get(self, number: usize) -> Option<Workshop> {
        if let Some(w) = self.kept.with(|k| k.get(&number).cloned()) {
            return Some(w);
        }
        // Read so that a picture asked before the key was known asks again once it is.
        if let Some((id, key)) = self.source.get() {
            self.ask(id, key, number);
        }
        None
    }

    #[cfg(feature = "hydrate")]
    fn ask(self, id: WorkshopId, key: String, number: usize) {
        if !self
            .asked
            .try_update_value(|a| a.insert(number))
            .unwrap_or(false)
        {
            return;
        }
        leptos::task::spawn_local(async move {
            let answer = crate::ui::client::round(id, &key, number).await;
            self.asked.update_value(|a| {
                a.remove(&number);
            });
            if let Ok(w) = answer {
                self.kept.update(|k| {
                    k.insert(number, w);
                });
            }
        });
    }

    /// The server renders the page before any key is known: it never asks (the future made
    /// here is dropped unpolled).
    #[cfg(not(feature = "hydrate"))]
    fn ask(self, id: WorkshopId, key: String, number: usize) {
        let _ = (self.asked, crate::ui::client::round(id, &key, number));
    }
}

/// The page's round maps, when it has any.
pub fn use_round_maps() -> Option<RoundMaps> {
    use_context::<RoundMaps>()
}
