//! Projector mode: the grid alone, filling the screen, live. What it shows comes from the
//! query (`view` = grid or graph, `group`, `category`, `level`), set on the moderator page; a
//! tap asks for full screen. When the key does not fit beside the picture, the arrow keys and
//! clickers show its own pages.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::chart::GridOptions;
use crate::ui::browser;
use crate::ui::components::{Frame, PictureKind, PictureView, TimerBar};
use crate::ui::pages::moderator_live::{MissingKey, ModeratorLive, use_reading_live};

#[component]
pub fn ProjectorPage() -> impl IntoView {
    let query = use_query_map();
    let ModeratorLive {
        live,
        missing_key,
        workshop,
    } = use_reading_live(|_, _| {});
    let options = Signal::derive(move || GridOptions::from_query(|k| query.read().get(k)));
    let page = RwSignal::new(0_usize);
    let pages = RwSignal::new(1_usize);
    let handle = window_event_listener(leptos::ev::keydown, move |e| {
        let last = pages.get_untracked().saturating_sub(1);
        let at = page.get_untracked().min(last);
        let next = match e.key().as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" | " " => (at + 1).min(last),
            "ArrowLeft" | "ArrowUp" | "PageUp" => at.saturating_sub(1),
            "Home" => 0,
            _ => return,
        };
        e.prevent_default();
        page.set(next);
    });
    on_cleanup(move || handle.remove());
    let page_signal = Signal::derive(move || page.get());

    view! {
        <main class="projector-page" on:click=|_| browser::request_fullscreen()>
            <TimerBar live />
            <MissingKey missing=missing_key />
            {move || {
                let kind = query.read().get("view").as_deref().and_then(PictureKind::parse);
                let frame = Frame::new(workshop, options).projector(page_signal, pages);
                view! { <PictureView kind=kind.unwrap_or_default() frame /> }.into_any()
            }}
        </main>
    }
}
