//! Presentation mode on the projector: the plenary hour as a sequence of live slides the
//! moderator steps through with the arrow keys, space, Page Up/Down (what presentation
//! clickers send) or a tap on either half of the screen: how to join, then each group's grid,
//! graph and table, then the combined map, its graph, where the groups disagree, and the
//! combined worksheet. A slide that does not fit one screen has pages — a key that goes on, a
//! long table, many disagreements — which the same keys walk through before the next slide.
//! Every page fits the screen: nothing scrolls. What each slide shows: [`slide`].

mod join;
mod paging;
mod slide;
mod table;

use leptos::html::Div;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::domain::{GroupId, combine};
use crate::ui::browser;
use crate::ui::components::TimerBar;
use crate::ui::components::canvas_size::use_canvas_size;
use crate::ui::pages::moderator_live::{MissingKey, ModeratorLive, use_reading_live};
use crate::wire::GroupView;

use paging::{At, step};
use slide::Deck;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Slide {
    Join,
    Grid(usize),
    Graph(usize),
    Table(usize),
    CombinedGrid,
    CombinedGraph,
    Contested,
    /// What the discussion changed: the combined grid at the last round, with arrows from
    /// round 1.
    Changes,
    CombinedTable,
}

/// The plenary's order: joining first, each group in turn, then the combined map; with two
/// rounds or more, what the discussion changed after where the groups disagree.
pub fn slides(groups: usize, rounds: usize) -> Vec<Slide> {
    let mut out = vec![Slide::Join];
    for g in 0..groups {
        out.extend([Slide::Grid(g), Slide::Graph(g), Slide::Table(g)]);
    }
    out.extend([Slide::CombinedGrid, Slide::CombinedGraph, Slide::Contested]);
    if rounds >= 2 {
        out.push(Slide::Changes);
    }
    out.push(Slide::CombinedTable);
    out
}

/// Walks the deck: the window's keys, and what `go` is told (a key's name); `go` says whether
/// it moved.
fn use_keys(
    at: RwSignal<At>,
    pages: RwSignal<usize>,
    sequence: Memo<Vec<Slide>>,
) -> impl Fn(&str) -> bool + Copy + 'static {
    let go = move |key: &str| {
        let count = sequence.with(Vec::len);
        let from = at.get_untracked();
        if let Some(next) = step(key, from, pages.get_untracked(), count) {
            if next.slide != from.slide {
                pages.set(1);
            }
            at.set(next);
            return true;
        }
        false
    };
    let handle = window_event_listener(leptos::ev::keydown, move |e| {
        if go(&e.key()) {
            e.prevent_default();
        }
    });
    on_cleanup(move || handle.remove());
    go
}

#[component]
pub fn PresentationPage() -> impl IntoView {
    let query = use_query_map();
    let codes = RwSignal::new(Vec::<GroupView>::new());
    let ModeratorLive {
        live,
        missing_key,
        workshop,
    } = use_reading_live(move |id, key| {
        leptos::task::spawn_local(async move {
            if let Ok(w) = crate::ui::client::workshop(id, &key).await {
                codes.set(w.groups);
            }
        });
    });
    let at = RwSignal::new(At {
        slide: query
            .read_untracked()
            .get("slide")
            .and_then(|s| s.parse::<usize>().ok())
            .unwrap_or(0),
        page: 0,
    });
    // How many pages the slide on screen has: it says so once it is laid out.
    let pages = RwSignal::new(1_usize);
    let screen = NodeRef::<Div>::new();
    let size = use_canvas_size(screen, true);
    // The combined map, once per change, for every slide that shows it.
    let map = Memo::new(move |_| workshop.with(|w| w.as_ref().map(combine)));
    // Read after hydration: the server cannot know the address the projector used.
    let local_only = RwSignal::new(false);
    Effect::new(move |_| {
        let origin = browser::origin();
        local_only.set(origin.contains("://localhost") || origin.contains("://127."));
    });
    let groups = Memo::new(move |_| {
        workshop.with(|w| {
            w.as_ref()
                .map(|w| w.groups().iter().map(|g| g.id()).collect::<Vec<GroupId>>())
                .unwrap_or_default()
        })
    });
    let rounds = Memo::new(move |_| workshop.with(|w| w.as_ref().map_or(0, |w| w.rounds().len())));
    let sequence = Memo::new(move |_| slides(groups.with(Vec::len), rounds.get()));

    let go = use_keys(at, pages, sequence);

    let slide_index = Memo::new(move |_| {
        let count = sequence.with(Vec::len);
        at.get().slide.min(count.saturating_sub(1))
    });
    let current = Memo::new(move |_| {
        sequence
            .with(|list| list.get(slide_index.get()).copied())
            .unwrap_or(Slide::Join)
    });
    let page = Signal::derive(move || at.get().page.min(pages.get().saturating_sub(1)));
    let deck = Deck {
        workshop,
        map: Signal::derive(move || map.get()),
        groups,
        page,
        pages,
        size,
        codes,
        local_only,
    };

    let position = move || {
        let count = sequence.with(Vec::len);
        format!("{} / {count}", slide_index.get() + 1)
    };
    let page_position = move || {
        let count = pages.get();
        (count > 1).then(|| format!("({}/{count})", page.get() + 1))
    };
    // A tap on the right half goes on, on the left half goes back.
    let tap = move |e: leptos::ev::MouseEvent| {
        let (width, _) = browser::window_size();
        go(if f64::from(e.client_x()) > width / 2.0 {
            "ArrowRight"
        } else {
            "ArrowLeft"
        });
    };

    view! {
        <main class="projector-page presentation" data-testid="presentation" on:click=tap>
            <TimerBar live />
            <MissingKey missing=missing_key />
            <div
                class="slide-body"
                node_ref=screen
                data-slide=move || format!("{:?}", current.get())
                data-page=move || page.get().to_string()
                data-pages=move || pages.get().to_string()
            >
                {move || deck.show(current.get())}
            </div>
            <p class="slide-position">
                <span data-testid="slide-position">{position}</span>
                " "
                <span data-testid="slide-page">{page_position}</span>
            </p>
        </main>
    }
}

#[cfg(test)]
mod tests;
