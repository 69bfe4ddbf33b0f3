//! Presentation mode on the projector: the plenary hour as a sequence of live slides the
//! moderator steps through with the arrow keys, space, Page Up/Down (what presentation
//! clickers send) or a tap on either half of the screen: how to join, then each group's grid,
//! graph and table, then the combined map, its graph, where the groups disagree, and the
//! combined worksheet.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::chart::{GridOptions, QrPicture, svg};
use crate::domain::{Actor, GroupId, Workshop, combine, combined::contested, combined::entries_of};
use crate::ui::browser;
use crate::ui::components::worksheet::scores;
use crate::ui::components::{GraphView, GridView, TimerBar, Worksheet};
use crate::ui::live::Live;
use crate::ui::locale::use_locale;
use crate::ui::session::moderator_key;
use crate::wire::GroupView;

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

/// Where a key takes the presentation from slide `at` of `count`; `None` for other keys.
pub fn step(key: &str, at: usize, count: usize) -> Option<usize> {
    let last = count.saturating_sub(1);
    match key {
        "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Enter" | "n" => Some((at + 1).min(last)),
        "ArrowLeft" | "ArrowUp" | "PageUp" | "Backspace" | "p" => Some(at.saturating_sub(1)),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

#[component]
pub fn PresentationPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let query = use_query_map();
    let live = RwSignal::new(None::<Live>);
    let missing_key = RwSignal::new(false);
    let codes = RwSignal::new(Vec::<GroupView>::new());
    let at = RwSignal::new(
        query
            .read_untracked()
            .get("slide")
            .and_then(|s| s.parse::<usize>().ok())
            .unwrap_or(0),
    );

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
        if let Some(next) = step(key, at.get_untracked(), count) {
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

    let current = move || {
        let list = sequence.get();
        list.get(at.get().min(list.len().saturating_sub(1)))
            .copied()
            .unwrap_or(Slide::Join)
    };
    let options_for = move |slide: Slide| {
        let group = |g: usize| groups.with(|list| list.get(g).copied());
        match slide {
            Slide::Grid(g) | Slide::Graph(g) | Slide::Table(g) => GridOptions {
                group: group(g),
                ..GridOptions::default()
            },
            _ => GridOptions {
                combined: true,
                ..GridOptions::default()
            },
        }
    };

    let body = move || {
        let slide = current();
        let options = Signal::derive(move || options_for(slide));
        match slide {
            Slide::Grid(_) | Slide::CombinedGrid => {
                view! { <GridView workshop options projector=true /> }.into_any()
            }
            Slide::Graph(_) | Slide::CombinedGraph => {
                view! { <GraphView workshop options projector=true /> }.into_any()
            }
            Slide::Table(_) | Slide::CombinedTable => {
                let table = move || {
                    let w = workshop.get()?;
                    let options = options_for(slide);
                    let rows = match options.group {
                        Some(g) => entries_of(&w, g),
                        None => combine(&w).stakeholders,
                    };
                    let title = match options.group.and_then(|g| w.group(g)) {
                        Some(g) => g.name().to_owned(),
                        None => locale.t("grid-combined"),
                    };
                    Some(
                        view! {
                            <h1>{title}</h1>
                            <Worksheet workshop=w rows />
                        }
                        .into_any(),
                    )
                };
                view! { <div class="slide slide-table">{table}</div> }.into_any()
            }
            Slide::Contested => {
                let list = move || {
                    let w: Workshop = workshop.get()?;
                    let map = combine(&w);
                    let rows = contested(&map)
                        .into_iter()
                        .map(|s| {
                            let flag = s.quadrant_split.then(|| locale.t("combined-conflict"));
                            view! {
                                <li>
                                    <strong>{format!("{} ({})", s.name, s.n())}</strong>
                                    <span>{scores(locale, s)}</span>
                                    {flag.map(|f| view! { <span class="hint">{f}</span> })}
                                </li>
                            }
                        })
                        .collect_view();
                    Some(view! { <ol class="contested">{rows}</ol> })
                };
                view! {
                    <div class="slide slide-contested">
                        <h1>{locale.t("combined-contested")}</h1>
                        {list}
                    </div>
                }
                .into_any()
            }
            Slide::Join => {
                let origin = browser::origin();
                let cards = move || {
                    codes
                        .get()
                        .into_iter()
                        .filter_map(|g| {
                            let code = g.join_code?;
                            let link = format!("{origin}/join/{code}");
                            let picture = QrPicture::new(&link, 480).map(|qr| svg(&qr))?;
                            Some(view! {
                                <figure class="join-card" data-testid="join-qr">
                                    <div class="qr" inner_html=picture></div>
                                    <figcaption>
                                        <strong>{g.name}</strong>
                                        <code class="join-code">{code}</code>
                                    </figcaption>
                                </figure>
                            })
                        })
                        .collect_view()
                };
                view! {
                    <div class="slide slide-join">
                        <h1>{locale.t("present-join")}</h1>
                        <Show when=move || local_only.get()>
                            <p class="field-error">{locale.t("present-join-local")}</p>
                        </Show>
                        <div class="join-cards">{cards}</div>
                    </div>
                }
                .into_any()
            }
        }
    };

    let position = move || {
        let count = sequence.with(Vec::len);
        format!("{} / {count}", at.get().min(count.saturating_sub(1)) + 1)
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
            <div class="slide-body" data-slide=move || format!("{:?}", current())>
                {body}
            </div>
            <p class="slide-position" data-testid="slide-position">
                {position}
            </p>
        </main>
    }
}

#[cfg(test)]
mod tests {
    use super::{Slide, slides, step};

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

    #[test]
    fn keys_and_clickers_step_through_and_stop_at_the_ends() {
        let cases = [
            ("ArrowRight", 0, Some(1)),
            ("PageDown", 3, Some(4)),
            (" ", 9, Some(10)),
            ("ArrowRight", 10, Some(10)),
            ("ArrowLeft", 0, Some(0)),
            ("PageUp", 5, Some(4)),
            ("Home", 7, Some(0)),
            ("End", 2, Some(10)),
            ("x", 4, None),
        ];
        for (key, at, expected) in cases {
            assert_eq!(step(key, at, 11), expected, "{key:?} at {at}");
        }
    }
}
