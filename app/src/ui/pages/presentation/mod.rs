//! Presentation mode on the projector: the plenary hour as a sequence of live slides the
//! moderator steps through with the arrow keys, space, Page Up/Down (what presentation
//! clickers send) or a tap on either half of the screen: how to join, then each group's grid,
//! graph and table, then the combined map, its graph, where the groups disagree, and the
//! combined worksheet. A slide that does not fit one screen has pages — a key that goes on, a
//! long table, many disagreements — which the same keys walk through before the next slide.
//! Every page fits the screen: nothing scrolls.

mod join;
mod paging;
mod table;

use leptos::html::Div;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::chart::GridOptions;
use crate::domain::{Actor, GroupId, combine};
use crate::ui::browser;
use crate::ui::components::canvas_size::use_canvas_size;
use crate::ui::components::{Contested, Frame, PictureKind, PictureView, TimerBar};
use crate::ui::live::Live;
use crate::ui::locale::use_locale;
use crate::ui::session::moderator_key;
use crate::wire::GroupView;

use paging::{At, step};

use join::JoinSlide;
use table::TableSlide;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Slide {
    Join,
    Grid(usize),
    Graph(usize),
    Table(usize),
    CombinedGrid,
    CombinedGraph,
    Contested,
    CombinedTable,
}

/// The plenary's order: joining first, each group in turn, then the combined map.
pub fn slides(groups: usize) -> Vec<Slide> {
    let mut out = vec![Slide::Join];
    for g in 0..groups {
        out.extend([Slide::Grid(g), Slide::Graph(g), Slide::Table(g)]);
    }
    out.extend([
        Slide::CombinedGrid,
        Slide::CombinedGraph,
        Slide::Contested,
        Slide::CombinedTable,
    ]);
    out
}

#[component]
pub fn PresentationPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let query = use_query_map();
    let live = RwSignal::new(None::<Live>);
    let missing_key = RwSignal::new(false);
    let codes = RwSignal::new(Vec::<GroupView>::new());
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

    Effect::new(move |_| {
        let id = params.read().get("id").unwrap_or_default();
        let Some(key) = moderator_key(&id) else {
            missing_key.set(true);
            return;
        };
        live.set(Some(Live::start(&id, &key, Actor::Moderator)));
        leptos::task::spawn_local(async move {
            if let Ok(w) = crate::ui::client::workshop(&id, &key).await {
                codes.set(w.groups);
            }
        });
    });
    let workshop = Signal::derive(move || live.get().and_then(|l| l.workshop.get()));
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
    let sequence = Memo::new(move |_| slides(groups.with(Vec::len)));

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
    let group = move |g: usize| groups.with(|list| list.get(g).copied());
    let options_for = move |slide: Slide| match slide {
        Slide::Grid(g) | Slide::Graph(g) | Slide::Table(g) => GridOptions {
            group: group(g),
            ..GridOptions::default()
        },
        _ => GridOptions {
            combined: true,
            ..GridOptions::default()
        },
    };
    let map_signal = Signal::derive(move || map.get());

    let body = move || {
        let slide = current.get();
        let options = Signal::derive(move || options_for(slide));
        match slide {
            Slide::Grid(_) | Slide::CombinedGrid | Slide::Graph(_) | Slide::CombinedGraph => {
                let kind = match slide {
                    Slide::Graph(_) | Slide::CombinedGraph => PictureKind::Graph,
                    _ => PictureKind::Grid,
                };
                let frame = Frame::new(workshop, options)
                    .map(map_signal)
                    .projector(page, pages);
                view! { <PictureView kind frame /> }.into_any()
            }
            Slide::Table(g) => {
                view! { <TableSlide workshop map=map_signal group=group(g) page pages size /> }
                    .into_any()
            }
            Slide::CombinedTable => {
                view! { <TableSlide workshop map=map_signal group=None page pages size /> }
                    .into_any()
            }
            Slide::Contested => view! {
                <div class="slide slide-contested">
                    <Contested workshop map=map_signal projector=true page pages />
                </div>
            }
            .into_any(),
            Slide::Join => view! { <JoinSlide codes size local_only /> }.into_any(),
        }
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
            <Show when=move || missing_key.get()>
                <p class="field-error" role="alert">
                    {move || locale.t("moderator-no-key")}
                </p>
            </Show>
            <div
                class="slide-body"
                node_ref=screen
                data-slide=move || format!("{:?}", current.get())
                data-page=move || page.get().to_string()
                data-pages=move || pages.get().to_string()
            >
                {body}
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
mod tests {
    use super::{Slide, slides};

    #[test]
    fn the_plenary_runs_join_then_each_group_then_the_combined_map() {
        assert_eq!(
            slides(2),
            [
                Slide::Join,
                Slide::Grid(0),
                Slide::Graph(0),
                Slide::Table(0),
                Slide::Grid(1),
                Slide::Graph(1),
                Slide::Table(1),
                Slide::CombinedGrid,
                Slide::CombinedGraph,
                Slide::Contested,
                Slide::CombinedTable,
            ]
        );
    }
}
