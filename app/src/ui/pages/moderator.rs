//! The moderator's page, a console for a laptop: a header with the sections' tabs and the
//! running countdown, and one section at a time — the groups' tables and join codes, the
//! pictures, the combined map, the timer, imports and the analysts' files. The section is in
//! the address (`?section=…`), so a reload comes back to it.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_query_map;

use crate::domain::{CombinedMap, Workshop, combine};
use crate::ui::client::{self, ApiFailure};
use crate::ui::components::{StorageBanner, TimerChip, TimerPanel, TopBar};
use crate::ui::live::Live;
use crate::ui::locale::use_locale;
use crate::ui::pages::moderator_access::ModeratorAccess;
use crate::ui::pages::moderator_baselines::ModeratorBaselines;
use crate::ui::pages::moderator_choice::PictureChoice;
use crate::ui::pages::moderator_combined::ModeratorCombined;
use crate::ui::pages::moderator_console::{ConsoleTabs, Section, open};
use crate::ui::pages::moderator_demo::DemoNote;
use crate::ui::pages::moderator_files::ModeratorFiles;
use crate::ui::pages::moderator_grid::ModeratorGrid;
use crate::ui::pages::moderator_groups::ModeratorGroups;
use crate::ui::pages::moderator_history::ModeratorHistory;
use crate::ui::pages::moderator_import::ModeratorImport;
use crate::ui::pages::moderator_live::{ModeratorLive, use_moderator_live};
use crate::wire::WorkshopView;

/// What the sections show: the live feed, the workshop as it is now (live, and in the API's
/// shape), its combined map and the console's picture choice.
#[derive(Clone, Copy)]
struct Console {
    live: RwSignal<Option<Live>>,
    workshop: Signal<Option<Workshop>>,
    current: Memo<Option<WorkshopView>>,
    map: Signal<Option<CombinedMap>>,
    choice: PictureChoice,
}

impl Console {
    /// One section's content, for the workshop `view` and the moderator's `key`. Each arm is
    /// its own `into_any`, so the browser build's types stay shallow.
    fn show(self, section: Section, view: WorkshopView, key: String) -> AnyView {
        let Self {
            live,
            workshop,
            current,
            map,
            choice,
        } = self;
        match section {
            Section::Groups => {
                view! { <ModeratorGroups groups=view.groups workshop=current /> }.into_any()
            }
            Section::Pictures => {
                view! { <ModeratorGrid view key feed=live live=workshop map choice /> }.into_any()
            }
            Section::Combined => view! { <ModeratorCombined live workshop map /> }.into_any(),
            Section::Timer => view! {
                <Show when=move || live.with(Option::is_some)>
                    <TimerPanel live />
                </Show>
            }
            .into_any(),
            Section::History => view! { <ModeratorHistory id=view.id key choice /> }.into_any(),
            Section::Import => view! {
                <ModeratorImport id=view.id key=key.clone() groups=view.groups />
                <ModeratorBaselines id=view.id key workshop map />
            }
            .into_any(),
            Section::Files => {
                view! { <ModeratorFiles id=view.id key groups=view.groups choice /> }.into_any()
            }
            Section::Access => {
                view! { <ModeratorAccess id=view.id key groups=view.groups workshop /> }.into_any()
            }
        }
    }
}

#[component]
pub fn ModeratorPage() -> impl IntoView {
    let locale = use_locale();
    // Read once: from here on the console keeps the section and writes it to the address.
    // The server sees the query too, so it renders the same section the browser hydrates.
    let section = RwSignal::new(Section::from_code(
        use_query_map().get_untracked().get("section").as_deref(),
    ));
    let workshop = RwSignal::new(None::<WorkshopView>);
    let failure = RwSignal::new(None::<ApiFailure>);
    let key_signal = RwSignal::new(None::<String>);
    let ModeratorLive {
        live,
        missing_key,
        workshop: live_workshop,
    } = use_moderator_live(move |id, key| {
        key_signal.set(Some(key.clone()));
        spawn_local(async move {
            match client::workshop(id, &key).await {
                Ok(w) => workshop.set(Some(w)),
                Err(e) => failure.set(Some(e)),
            }
        });
    });

    // The sections are built once the workshop has loaded, not again with every edit: they
    // follow the live copy by themselves.
    let ready =
        Memo::new(move |_| workshop.with(Option::is_some) && key_signal.with(Option::is_some));
    // The combined map, once per change, for every section that shows it (computed only
    // when one does).
    let combined = Memo::new(move |_| live_workshop.with(|w| w.as_ref().map(combine)));
    let map = Signal::derive(move || combined.get());
    // The workshop as it is now, in the API's shape: the join codes come from the moderator's
    // view, the stakeholders and links from the live copy once it is there.
    let current = Memo::new(move |_| {
        let mut w = workshop.get()?;
        if let Some(now) = live_workshop.get() {
            let view = WorkshopView::of(&now, &[]);
            w.stakeholders = view.stakeholders;
            w.relationships = view.relationships;
        }
        Some(w)
    });

    let title = Signal::derive(move || locale.t("moderator-title"));
    let subtitle = Signal::derive(move || workshop.get().map(|w| w.title).unwrap_or_default());

    let problem = move || {
        if missing_key.get() {
            return Some(locale.t("moderator-no-key"));
        }
        failure.get().map(|e| e.message(locale.lang()))
    };
    let demo = move || workshop.with(|w| w.as_ref().is_some_and(|w| w.demo));

    let console = Console {
        live,
        workshop: live_workshop,
        current,
        map,
        choice: PictureChoice::new(),
    };
    let shown = move || {
        if problem().is_some() {
            return ().into_any();
        }
        if !ready.get() {
            return view! { <p class="loading">{move || locale.t("loading")}</p> }.into_any();
        }
        let (Some(view), Some(key)) = (workshop.get_untracked(), key_signal.get_untracked()) else {
            return ().into_any();
        };
        console.show(section.get(), view, key)
    };

    let to_timer = Callback::new(move |()| open(section, Section::Timer));

    view! {
        <TopBar title subtitle />
        <main class="page moderator console">
            <div class="console-bar">
                <ConsoleTabs chosen=section />
                <TimerChip live on_open=to_timer />
            </div>
            {move || live.get().map(|live| view! { <StorageBanner live /> })}
            <DemoNote demo=Signal::derive(demo) key=key_signal />
            {move || {
                problem()
                    .map(|text| {
                        view! {
                            <p class="field-error" role="alert">
                                {text}
                            </p>
                        }
                    })
            }}
            <div
                class="console-section"
                role="tabpanel"
                id=move || section.get().panel_id()
                aria-labelledby=move || section.get().tab_id()
                data-testid="console-section"
                data-section=move || section.get().code()
            >
                {shown}
            </div>
        </main>
    }
}
