//! The influence/interest grid on screen: the shared layout drawn to SVG by plotters in the
//! browser, redrawn as the workshop changes. With `on_move`, markers are placed by touch
//! ([`touch`]) or with the keyboard ([`markers`]); the new scores snap to the scale.

mod markers;
mod picked;
mod touch;

use leptos::html::Div;
use leptos::prelude::*;

use crate::chart::{GridInput, GridLayout, GridOptions, GridPanels, svg};
use crate::domain::{StakeholderId, Workshop};
use crate::ui::components::Frame;
use crate::ui::components::canvas_size::use_canvas_size;

use markers::MarkerButtons;
use picked::PickedBar;
use touch::Touch;

/// A marker moved: (stakeholder, interest, influence).
pub type Move = (StakeholderId, u8, u8);

/// The grid on a tablet, where markers move; pages that only show it use
/// [`PictureView`](super::PictureView).
#[component]
pub fn GridView(
    #[prop(into)] workshop: Signal<Option<Workshop>>,
    #[prop(into)] options: Signal<GridOptions>,
    /// A marker moved by touch: (stakeholder, interest, influence). Absent: read-only.
    #[prop(optional, into)]
    on_move: Option<Callback<Move>>,
    /// A marker tapped and then "open" chosen.
    #[prop(optional, into)]
    on_open: Option<Callback<StakeholderId>>,
) -> impl IntoView {
    grid_view(Frame::new(workshop, options), on_move, on_open)
}

/// The grid in `frame`; `on_move` and `on_open` as [`GridView`]'s.
pub(super) fn grid_view(
    frame: Frame,
    on_move: Option<Callback<Move>>,
    on_open: Option<Callback<StakeholderId>>,
) -> AnyView {
    let projector = frame.projector;
    let container = NodeRef::<Div>::new();
    let size = use_canvas_size(container, projector);
    let selected = RwSignal::new(None::<StakeholderId>);
    let preview = RwSignal::new(None::<Move>);

    let input = frame.input::<GridInput>();
    // Read-only when split: there is nothing to drag on a panel.
    let split = frame.split(input, on_move.is_some());
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
    let keys = frame.keys(rest, size);
    let picture = move || {
        if let Some(key) = frame.key_shown(keys) {
            return key;
        }
        if let Some(panels) = multiples.with(|m| m.as_ref().map(svg)) {
            return panels;
        }
        layout.with(|l| l.as_ref().map(svg).unwrap_or_default())
    };
    let touch = Touch {
        container,
        size,
        workshop: frame.workshop,
        layout,
        selected,
        preview,
        press: StoredValue::new(None),
        on_move,
    };

    view! {
        <div
            class="grid-view"
            class:projector=projector
            class:editable=on_move.is_some()
            data-testid="grid"
            data-plot=move || layout.with(|l| l.as_ref().map(plot).unwrap_or_default())
            data-panels=move || multiples.with(|m| m.as_ref().map_or(0, |m| m.panels.len()))
            node_ref=container
            on:pointerdown=move |ev| touch.down(ev)
            on:pointermove=move |ev| touch.moved(ev)
            on:pointerup=move |ev| touch.up(ev)
            on:pointercancel=move |_| touch.cancel()
        >
            <div class="grid-picture" inner_html=picture></div>
            <div class="grid-markers">
                <MarkerButtons touch />
            </div>
        </div>
        {frame.key_pages(keys)}
        <PickedBar workshop=frame.workshop selected on_open />
    }
    .into_any()
}

/// Where the cells are, as fractions of the picture (for tests and tools).
fn plot(l: &GridLayout) -> String {
    let (w, h) = (l.canvas.w, l.canvas.h);
    format!(
        "{:.5},{:.5},{:.5},{:.5}",
        l.plot.x / w,
        l.plot.y / h,
        l.plot.w / w,
        l.plot.h / h,
    )
}
