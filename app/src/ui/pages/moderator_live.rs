//! The live copy of a workshop for the pages opened with a link's key: the console (the
//! moderator's key only), and the projector, the presentation, the report and the analyst's
//! page (any key: the moderator's, an analyst's or a viewer's). The key is read from the
//! device after hydration, taken out of the address, and the live feed started with it;
//! without one, the page says so ([`MissingKey`]).

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};

use crate::domain::{Actor, Workshop, WorkshopId};
use crate::ui::browser;
use crate::ui::components::baselines::Baselines;
use crate::ui::components::round_maps::RoundMaps;
use crate::ui::live::Live;
use crate::ui::locale::use_locale;
use crate::ui::session::{KeyKind, moderator_key, reading_key};

/// The feed and what it shows.
#[derive(Clone, Copy)]
pub struct ModeratorLive {
    pub live: RwSignal<Option<Live>>,
    /// This device has no key for the workshop in the address.
    pub missing_key: RwSignal<bool>,
    /// The workshop as the feed has it.
    pub workshop: Signal<Option<Workshop>>,
}

/// Starts the feed for the address's workshop with the moderator's key; `then` gets the
/// workshop's id and the key once it has started (for what the feed does not carry).
pub fn use_moderator_live(then: impl Fn(WorkshopId, String) + 'static) -> ModeratorLive {
    use_live(moderator_key, then)
}

/// The same with any key of the workshop, for the pages that only show it.
pub fn use_reading_live(then: impl Fn(WorkshopId, String) + 'static) -> ModeratorLive {
    use_live(reading_key, then)
}

fn use_live(
    find_key: fn(WorkshopId) -> Option<String>,
    then: impl Fn(WorkshopId, String) + 'static,
) -> ModeratorLive {
    let params = use_params_map();
    let path = use_location().pathname;
    let live = RwSignal::new(None::<Live>);
    let missing_key = RwSignal::new(false);
    let rounds = RoundMaps::provide();
    let baselines = Baselines::provide();
    baselines.follow(live);
    Effect::new(move |_| {
        // An address no link of ours made: the page asks for the moderator's link.
        let id = params.read().get("id").and_then(|raw| raw.parse().ok());
        let Some((id, key)) = id.and_then(|id| Some((id, find_key(id)?))) else {
            missing_key.set(true);
            return;
        };
        // Out of the address, so that the key stays out of the history and what is printed.
        browser::drop_fragment(path.get_untracked(), 100);
        live.set(Some(match KeyKind::of(&key) {
            KeyKind::Moderator => Live::start(id, &key, Actor::Moderator),
            KeyKind::Reader => Live::start_reading(id, &key),
        }));
        rounds.start(id, key.clone());
        baselines.start(id, key.clone());
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
