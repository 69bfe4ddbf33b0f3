//! The moderator's live copy of a workshop, for the pages opened with the moderator's key:
//! the console, the projector, the presentation and the report. The key is read from the
//! device after hydration and the live feed started with it; without one, the page says so
//! ([`MissingKey`]).

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::domain::{Actor, Workshop, WorkshopId};
use crate::ui::live::Live;
use crate::ui::locale::use_locale;
use crate::ui::session::moderator_key;

/// The feed and what it shows.
#[derive(Clone, Copy)]
pub struct ModeratorLive {
    pub live: RwSignal<Option<Live>>,
    /// This device has no key for the workshop in the address.
    pub missing_key: RwSignal<bool>,
    /// The workshop as the feed has it.
    pub workshop: Signal<Option<Workshop>>,
}

/// Starts the feed for the address's workshop; `then` gets the workshop's id and the key once
/// it has started (for what the feed does not carry).
pub fn use_moderator_live(then: impl Fn(WorkshopId, String) + 'static) -> ModeratorLive {
    let params = use_params_map();
    let live = RwSignal::new(None::<Live>);
    let missing_key = RwSignal::new(false);
    Effect::new(move |_| {
        // An address no link of ours made: the page asks for the moderator's link.
        let id = params.read().get("id").and_then(|raw| raw.parse().ok());
        let Some((id, key)) = id.and_then(|id| Some((id, moderator_key(id)?))) else {
            missing_key.set(true);
            return;
        };
        live.set(Some(Live::start(id, &key, Actor::Moderator)));
        then(id, key);
    });
    ModeratorLive {
        live,
        missing_key,
        workshop: Signal::derive(move || live.get().and_then(|l| l.workshop.get())),
    }
}

/// The page's alert when this device has no key for the workshop.
#[component]
pub fn MissingKey(missing: RwSignal<bool>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <Show when=move || missing.get()>
            <p class="field-error" role="alert">
                {move || locale.t("moderator-no-key")}
            </p>
        </Show>
    }
}
