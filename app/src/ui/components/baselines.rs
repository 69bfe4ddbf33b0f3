//! The workshop's baselines on the desk's pages, for the pictures compared with one and the
//! moderator's baselines panel: asked of the server (`GET …/baselines`) with the page's key
//! when first needed, and again whenever the page's copy of the workshop passes a baseline's
//! edit (any desk's) or is sent anew, since a browser's workshop holds none
//! (`domain::baseline`). The pages opened with a link's key provide it.

use leptos::prelude::*;

use crate::domain::{Baseline, BaselineId, WorkshopId};
use crate::ui::live::Live;
use crate::wire::BaselineView;

#[derive(Clone, Copy)]
pub struct Baselines {
    source: RwSignal<Option<(WorkshopId, String)>>,
    /// `None` until the server first answered.
    list: RwSignal<Option<Vec<BaselineView>>>,
    /// One request at a time; `again` when asked meanwhile.
    asking: StoredValue<(bool, bool)>,
}

impl Baselines {
    /// Made for the page and put in its context; [`Baselines::start`] once the key is known.
    pub fn provide() -> Self {
        let baselines = Self {
            source: RwSignal::new(None),
            list: RwSignal::new(None),
            asking: StoredValue::new((false, false)),
        };
        provide_context(baselines);
        baselines
    }

    pub fn start(self, id: WorkshopId, key: String) {
        self.source.set(Some((id, key)));
    }

    /// Asks again when `live`'s workshop passes a baseline's edit: a projector's arrows
    /// follow the matches the moderator confirms on the laptop. Other edits ask nothing (a
    /// room makes several a second; the desk works out what to propose itself).
    pub fn follow(self, live: RwSignal<Option<Live>>) {
        #[cfg(feature = "hydrate")]
        Effect::new(move |before: Option<Option<u32>>| {
            let now = live.with(|l| {
                (l.as_ref()?.workshop)
                    .with(|w| w.as_ref().map(crate::domain::Workshop::baseline_edits))
            });
            let moved = before.flatten().is_some_and(|b| Some(b) != now);
            if moved && self.list.with_untracked(Option::is_some) {
                self.refresh();
            }
            now
        });
        // The server renders the page before there is a feed to follow.
        #[cfg(not(feature = "hydrate"))]
        let _ = (self, live);
    }

    /// The baselines as last heard (tracked); the first call asks the server.
    pub fn list(self) -> Vec<BaselineView> {
        match self.list.get() {
            Some(list) => list,
            None => {
                if self.source.with(Option::is_some) {
                    self.refresh();
                }
                Vec::new()
            }
        }
    }

    /// Baseline `id` as the pictures compare with it, when it is here (tracked).
    pub fn baseline(self, id: BaselineId) -> Option<Baseline> {
        (self.list().iter())
            .find(|b| b.id == id)
            .map(BaselineView::baseline)
    }

    /// Puts `view`, the server's answer to a change, in place of the baseline it is.
    pub fn replace(self, view: BaselineView) {
        self.list.update(|list| {
            if let Some(b) = list.iter_mut().flatten().find(|b| b.id == view.id) {
                *b = view;
            }
        });
    }

    /// Asks the server again (what is proposed follows the names on the map).
    pub fn refresh(self) {
        let Some((id, key)) = self.source.get_untracked() else {
            return;
        };
        let (asking, _) = self.asking.get_value();
        if asking {
            self.asking.set_value((true, true));
            return;
        }
        self.asking.set_value((true, false));
        self.ask(id, key);
    }

    #[cfg(feature = "hydrate")]
    fn ask(self, id: WorkshopId, key: String) {
        leptos::task::spawn_local(async move {
            loop {
                if let Ok(list) = crate::ui::client::baselines(id, &key).await {
                    self.list.set(Some(list));
                }
                let (_, again) = self.asking.get_value();
                if !again {
                    break;
                }
                self.asking.set_value((true, false));
            }
            self.asking.set_value((false, false));
        });
    }

    /// The server renders the page before any key is known: it never asks.
    #[cfg(not(feature = "hydrate"))]
    fn ask(self, id: WorkshopId, key: String) {
        drop(crate::ui::client::baselines(id, &key));
        self.asking.set_value((false, false));
    }
}

/// The page's baselines, when it has them (the desk's pages).
pub fn use_baselines() -> Option<Baselines> {
    use_context::<Baselines>()
}
