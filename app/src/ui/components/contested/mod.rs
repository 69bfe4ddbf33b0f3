//! Where the groups disagree: the one component the moderator's combined panel, the
//! presentation and the report show. The picture (each group's scores as dots on two scales,
//! the median marked, widest spread first) is the shared layout drawn by plotters; on the
//! projector it shows one page and reports how many there are, elsewhere every page in turn.
//! A plain list under it says the same in words ([`list`]), for screen readers and copying.

mod list;

use leptos::html::Div;
use leptos::prelude::*;

use crate::chart::{ContestedLayout, contested_input, svg};
use crate::domain::{CombinedMap, Workshop};
use crate::ui::components::canvas_size::use_canvas_size;
use crate::ui::components::pager::PageTurner;
use crate::ui::locale::use_locale;

use list::ContestedWords;

/// The disagreements' pages at `size`, named "title (page/pages)" when there are several.
fn laid_out(
    workshop: Signal<Option<Workshop>>,
    map: Signal<Option<CombinedMap>>,
    size: RwSignal<(f64, f64)>,
) -> Memo<Option<Vec<ContestedLayout>>> {
    let locale = use_locale();
    Memo::new(move |_| {
        let w = workshop.get()?;
        let (width, height) = size.get();
        map.with(|m| {
            let m = m.as_ref()?;
            let input = contested_input(&w, m, locale.lang());
            let title = input.words.title.clone();
            let name = |page: usize, count: usize| {
                if count > 1 {
                    locale.t_with(
                        "contested-page",
                        &[
                            ("title", title.clone().into()),
                            ("page", page.into()),
                            ("pages", count.into()),
                        ],
                    )
                } else {
                    title.clone()
                }
            };
            Some(ContestedLayout::pages(&input, name, width, height))
        })
    })
}

#[component]
pub fn Contested(
    #[prop(into)] workshop: Signal<Option<Workshop>>,
    /// The combined map, computed once by the page for everything on it.
    #[prop(into)]
    map: Signal<Option<CombinedMap>>,
    /// Fill the window and show one page (the presentation).
    #[prop(optional)]
    projector: bool,
    /// On the projector: which page (from 0).
    #[prop(optional, into)]
    page: Option<Signal<usize>>,
    /// On the projector: told how many pages there are.
    #[prop(optional)]
    pages: Option<RwSignal<usize>>,
    /// The list in words open from the start (the printed report).
    #[prop(optional)]
    list_open: bool,
    /// Off the projector: one page at a time, with buttons to turn them (the console).
    #[prop(optional)]
    paged: bool,
) -> impl IntoView {
    let locale = use_locale();
    let container = NodeRef::<Div>::new();
    let size = use_canvas_size(container, projector);

    let laid = laid_out(workshop, map, size);
    Effect::new(move |_| {
        if let Some(pages) = pages {
            let count = laid.with(|l| l.as_ref().map_or(1, Vec::len));
            if pages.get_untracked() != count {
                pages.set(count);
            }
        }
    });
    let turned = RwSignal::new(0_usize);
    let count = move || laid.with(|l| l.as_ref().map_or(1, Vec::len));
    let turn = (paged && !projector).then(|| {
        view! {
            <PageTurner
                at=turned
                count=Signal::derive(count)
                label=Signal::derive(move || locale.t("combined-contested"))
                testid="contested-pager"
            />
        }
    });
    let pictures = move || {
        laid.with(|l| {
            let Some(l) = l.as_ref() else {
                return Vec::new();
            };
            if projector || paged {
                let at = page
                    .map_or_else(|| turned.get(), |p| p.get())
                    .min(l.len().saturating_sub(1));
                l.get(at).map(svg).into_iter().collect()
            } else {
                l.iter().map(svg).collect()
            }
        })
        .into_iter()
        .map(|picture| {
            view! { <div class="contested-picture" inner_html=picture></div> }.into_any()
        })
        .collect_view()
    };
    let words = (!projector).then(|| view! { <ContestedWords map open=list_open /> });

    view! {
        <div
            class="contested"
            class:projector=projector
            data-testid="contested-picture"
            node_ref=container
        >
            {pictures}
            {turn}
            {words}
        </div>
    }
    .into_any()
}
