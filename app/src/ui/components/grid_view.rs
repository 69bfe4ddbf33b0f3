//! The influence/interest grid on screen: the shared layout drawn to SVG by plotters in the
//! browser, redrawn as the workshop changes. With `on_move`, markers are placed by touch: drag
//! one to a cell, or tap it and then tap a cell; the new scores snap to the scale.

use leptos::html::Div;
use leptos::prelude::*;

use crate::chart::{GridLayout, GridOptions, GridPanels, Point, grid_input_with, svg};
use crate::domain::{CombinedMap, StakeholderId, Workshop};
use crate::ui::browser;
use crate::ui::components::canvas_size::use_canvas_size;
use crate::ui::components::key_pages::KeyPagesOf;
use crate::ui::components::{KeyPages, use_key_pages};
use crate::ui::locale::use_locale;

/// A pointer that went down on a marker.
#[derive(Clone, Copy)]
struct Press {
    id: StakeholderId,
    start: Point,
    moved: bool,
}

/// How far a finger may wander before a tap becomes a drag, in CSS pixels.
const DRAG_SLOP: f64 = 8.0;

#[component]
pub fn GridView(
    #[prop(into)] workshop: Signal<Option<Workshop>>,
    #[prop(into)] options: Signal<GridOptions>,
    /// Fill the window and keep the title (projector mode).
    #[prop(optional)]
    projector: bool,
    /// A marker moved by touch: (stakeholder, interest, influence). Absent: read-only.
    #[prop(optional, into)]
    on_move: Option<Callback<(StakeholderId, u8, u8)>>,
    /// A marker tapped and then "open" chosen.
    #[prop(optional, into)]
    on_open: Option<Callback<StakeholderId>>,
    /// The workshop's combined map, when the page has it already (else computed as needed).
    #[prop(optional, into)]
    map: Option<Signal<Option<CombinedMap>>>,
    /// On the projector: which page — 0 the grid, then the key's own pages.
    #[prop(optional, into)]
    page: Option<Signal<usize>>,
    /// On the projector: told how many pages there are.
    #[prop(optional)]
    pages: Option<RwSignal<usize>>,
    /// Off the projector: the key's own pages one at a time (the moderator's console).
    #[prop(optional)]
    paged_keys: bool,
) -> impl IntoView {
    let locale = use_locale();
    let container = NodeRef::<Div>::new();
    let size = use_canvas_size(container, projector);
    let selected = RwSignal::new(None::<StakeholderId>);
    let preview = RwSignal::new(None::<(StakeholderId, u8, u8)>);
    let press = StoredValue::new(None::<Press>);

    let input = Memo::new(move |_| {
        let w = workshop.get()?;
        let options = options.get();
        let mut input = match map.filter(|_| options.combined) {
            Some(map) => map.with(|m| grid_input_with(&w, &options, locale.lang(), m.as_ref())),
            None => grid_input_with(&w, &options, locale.lang(), None),
        };
        if !projector {
            input.words.title.clear();
        }
        Some(input)
    });
    // A crowded grid as small multiples, one panel per category (read-only: nothing to drag).
    let split = Memo::new(move |_| {
        on_move.is_none()
            && input.with(|i| {
                i.as_ref()
                    .is_some_and(|i| options.with(|o| o.panels.split(i.points.len())))
            })
    });
    let multiples = Memo::new(move |_| {
        if !split.get() {
            return None;
        }
        let (w, h) = size.get();
        input.with(|i| i.as_ref().map(|i| GridPanels::compute(i, w, h)))
    });
    let layout = Memo::new(move |_| {
        if split.get() {
            return None;
        }
        let mut input = input.get()?;
        if let Some((id, interest, influence)) = preview.get()
            && let Some(p) = input.points.iter_mut().find(|p| p.id == id)
        {
            p.interest = interest;
            p.influence = influence;
        }
        let (w, h) = size.get();
        let mut layout = GridLayout::compute(&input, w, h);
        layout.highlight = selected.get().or(preview.get().map(|p| p.0));
        Some(layout)
    });
    let rest = Signal::derive(move || {
        multiples
            .with(|m| m.as_ref().map(|m| m.key_rest.clone()))
            .or_else(|| layout.with(|l| l.as_ref().map(|l| l.key_rest.clone())))
            .unwrap_or_default()
    });
    let keys = use_key_pages(
        rest,
        KeyPagesOf {
            workshop,
            options,
            size,
            short: !projector,
            pages,
        },
    );
    let at = move || page.map_or(0, |p| p.get());
    let picture = move || {
        let at = at();
        if projector
            && at > 0
            && let Some(key) = keys.with(|k| k.get(at - 1).map(svg))
        {
            return key;
        }
        if let Some(panels) = multiples.with(|m| m.as_ref().map(svg)) {
            return panels;
        }
        layout.with(|l| l.as_ref().map(svg).unwrap_or_default())
    };

    // Pointer positions in the picture's own pixels.
    let point = move |x: i32, y: i32| -> Option<Point> {
        let el = container.get_untracked()?;
        let (dx, dy, drawn) = browser::local_point(&el, x, y)?;
        let scale = size.get_untracked().0 / drawn;
        Some(Point::new(dx * scale, dy * scale))
    };
    let cell = move |p: Point| layout.with_untracked(|l| l.as_ref()?.cell_at(p));
    let commit = move |id: StakeholderId, target: Option<(u8, u8)>| {
        let Some(on_move) = on_move else { return };
        let Some((interest, influence)) = target else {
            return;
        };
        let unchanged = workshop.with_untracked(|w| {
            w.as_ref()
                .and_then(|w| w.stakeholder(id))
                .is_some_and(|s| (s.interest(), s.influence()) == (interest, influence))
        });
        if !unchanged {
            on_move.run((id, interest, influence));
        }
    };

    let down = move |ev: leptos::ev::PointerEvent| {
        if on_move.is_none() {
            return;
        }
        let Some(p) = point(ev.client_x(), ev.client_y()) else {
            return;
        };
        let hit = layout.with_untracked(|l| l.as_ref().and_then(|l| l.marker_at(p)));
        match (hit, selected.get_untracked()) {
            (Some(id), _) => {
                press.set_value(Some(Press {
                    id,
                    start: p,
                    moved: false,
                }));
                if let Some(el) = container.get_untracked() {
                    let _ = el.set_pointer_capture(ev.pointer_id());
                }
                ev.prevent_default();
            }
            // A marker was picked before: this tap says where it goes.
            (None, Some(id)) => {
                commit(id, cell(p));
                selected.set(None);
            }
            (None, None) => {}
        }
    };
    let moved = move |ev: leptos::ev::PointerEvent| {
        let Some(mut pressed) = press.get_value() else {
            return;
        };
        let Some(p) = point(ev.client_x(), ev.client_y()) else {
            return;
        };
        let scale = size.get_untracked().0.max(1.0) / 1000.0;
        if !pressed.moved && p.distance(pressed.start) < DRAG_SLOP * scale.max(1.0) {
            return;
        }
        pressed.moved = true;
        press.set_value(Some(pressed));
        selected.set(None);
        if let Some((interest, influence)) = cell(p) {
            preview.set(Some((pressed.id, interest, influence)));
        }
    };
    let up = move |ev: leptos::ev::PointerEvent| {
        let Some(pressed) = press.get_value() else {
            return;
        };
        press.set_value(None);
        if pressed.moved {
            let target = point(ev.client_x(), ev.client_y())
                .and_then(cell)
                .or_else(|| preview.get_untracked().map(|(_, i, f)| (i, f)));
            commit(pressed.id, target);
            preview.set(None);
        } else if selected.get_untracked() == Some(pressed.id) {
            selected.set(None);
        } else {
            selected.set(Some(pressed.id));
        }
    };
    let cancel = move |_: leptos::ev::PointerEvent| {
        press.set_value(None);
        preview.set(None);
    };

    let picked_name = move || {
        let id = selected.get()?;
        workshop.with(|w| w.as_ref()?.stakeholder(id).map(|s| s.name().to_owned()))
    };

    // Invisible buttons over the markers: a keyboard and a screen reader can reach each
    // stakeholder (arrow keys move it), and a fingertip gets a 44 px target.
    let buttons = move || {
        on_move?;
        let (w, h) = size.get();
        let scale = workshop.with(|w| w.as_ref().map(|w| w.scale()))?;
        layout.with(|l| {
            let l = l.as_ref()?;
            Some(
                l.markers
                    .iter()
                    .filter_map(|m| {
                        let id = m.id;
                        let (name, interest, influence) = workshop.with_untracked(|w| {
                            let s = w.as_ref()?.stakeholder(id)?;
                            Some((s.name().to_owned(), s.interest(), s.influence()))
                        })?;
                        let label = format!(
                            "{name}: {} {interest}, {} {influence}",
                            locale.t("grid-interest"),
                            locale.t("grid-influence"),
                        );
                        let style = format!(
                            "left:{:.3}%;top:{:.3}%",
                            m.center.x / w * 100.0,
                            m.center.y / h * 100.0,
                        );
                        let key = move |ev: leptos::ev::KeyboardEvent| {
                            let step = |v: u8, up: bool| {
                                if up {
                                    v.saturating_add(1).min(scale.max())
                                } else {
                                    v.saturating_sub(1).max(scale.min())
                                }
                            };
                            let target = match ev.key().as_str() {
                                "ArrowRight" => (step(interest, true), influence),
                                "ArrowLeft" => (step(interest, false), influence),
                                "ArrowUp" => (interest, step(influence, true)),
                                "ArrowDown" => (interest, step(influence, false)),
                                _ => return,
                            };
                            ev.prevent_default();
                            commit(id, Some(target));
                        };
                        Some(view! {
                            <button
                                type="button"
                                class="grid-marker"
                                data-testid="marker"
                                data-id=id.to_string()
                                style=style
                                aria-label=label
                                on:keydown=key
                            ></button>
                        })
                    })
                    .collect_view(),
            )
        })
    };
    // Where the cells are, as fractions of the picture (for tests and tools).
    let plot = move || {
        layout.with(|l| {
            l.as_ref()
                .map(|l| {
                    let (w, h) = (l.canvas.w, l.canvas.h);
                    format!(
                        "{:.5},{:.5},{:.5},{:.5}",
                        l.plot.x / w,
                        l.plot.y / h,
                        l.plot.w / w,
                        l.plot.h / h,
                    )
                })
                .unwrap_or_default()
        })
    };

    view! {
        <div
            class="grid-view"
            class:projector=projector
            class:editable=on_move.is_some()
            data-testid="grid"
            data-plot=plot
            data-panels=move || multiples.with(|m| m.as_ref().map_or(0, |m| m.panels.len()))
            node_ref=container
            on:pointerdown=down
            on:pointermove=moved
            on:pointerup=up
            on:pointercancel=cancel
        >
            <div class="grid-picture" inner_html=picture></div>
            <div class="grid-markers">{buttons}</div>
        </div>
        <Show when=move || !projector>
            <KeyPages pages=keys paged=paged_keys />
        </Show>
        <Show when=move || selected.get().is_some()>
            <div class="grid-picked" role="status" data-testid="grid-picked">
                <p>
                    <strong>{picked_name}</strong>
                    " — "
                    {move || locale.t("grid-tap-cell")}
                </p>
                {move || {
                    on_open
                        .map(|open| {
                            view! {
                                <button
                                    type="button"
                                    class="secondary"
                                    on:click=move |_| {
                                        if let Some(id) = selected.get_untracked() {
                                            selected.set(None);
                                            open.run(id);
                                        }
                                    }
                                >
                                    {locale.t("grid-open-card")}
                                </button>
                            }
                        })
                }}
                <button type="button" class="secondary" on:click=move |_| selected.set(None)>
                    {move || locale.t("cancel")}
                </button>
            </div>
        </Show>
    }
}
