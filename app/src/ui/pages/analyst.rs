//! The analyst's page (`/analyst/{id}#key=…`, a link the moderator makes): the workshop read
//! live — the grid and the graph with every filter, the projector, presentation and report —
//! and every file, with nothing that changes anything. A link taken back is told so at once.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::combine;
use crate::ui::client::{self, ApiFailure};
use crate::ui::components::{ErrorMessage, SyncStatus, TopBar};
use crate::ui::locale::use_locale;
use crate::ui::pages::moderator_choice::PictureChoice;
use crate::ui::pages::moderator_files::ModeratorFiles;
use crate::ui::pages::moderator_grid::ModeratorGrid;
use crate::ui::pages::moderator_live::{MissingKey, ModeratorLive, use_reading_live};
use crate::wire::WorkshopView;

#[component]
pub fn AnalystPage() -> impl IntoView {
    let locale = use_locale();
    let view_signal = RwSignal::new(None::<WorkshopView>);
    let key = RwSignal::new(None::<String>);
    let failure = RwSignal::new(None::<ApiFailure>);
    let ModeratorLive {
        live,
        missing_key,
        workshop,
    } = use_reading_live(move |id, k| {
        key.set(Some(k.clone()));
        spawn_local(async move {
            match client::workshop(id, &k).await {
                Ok(w) => view_signal.set(Some(w)),
                Err(e) => failure.set(Some(e)),
            }
        });
    });
    let combined = Memo::new(move |_| workshop.with(|w| w.as_ref().map(combine)));
    let map = Signal::derive(move || combined.get());
    let choice = PictureChoice::new();
    let title = Signal::derive(move || locale.t("analyst-title"));
    let subtitle = Signal::derive(move || view_signal.get().map(|w| w.title).unwrap_or_default());
    let body = move || {
        let (Some(view), Some(key)) = (view_signal.get(), key.get()) else {
            return ().into_any();
        };
        let files_key = key.clone();
        let (id, groups) = (view.id, view.groups.clone());
        view! {
            <ModeratorGrid view key live=workshop map choice />
            <ModeratorFiles id key=files_key groups choice />
        }
        .into_any()
    };
    view! {
        <TopBar title subtitle />
        <main class="page moderator analyst" data-testid="analyst">
            <p class="hint" data-testid="read-only">
                {move || locale.t("analyst-read-only")}
            </p>
            {move || live.get().map(|live| view! { <SyncStatus live /> })}
            <MissingKey missing=missing_key />
            <ErrorMessage error=Signal::derive(move || {
                failure.get().map(|e| e.message(locale.lang()))
            }) />
            {body}
        </main>
    }
}
