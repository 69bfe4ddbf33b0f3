//! The key's own pages under a grid or graph: the numbered names that did not fit beside the
//! picture, drawn by the same renderer at the picture's size. On the projector they are the
//! slide's next pages; elsewhere they follow the picture.

use leptos::prelude::*;

use crate::chart::{Entry, GridOptions, KeyPage, svg, title};
use crate::domain::Workshop;
use crate::ui::components::pager::PageTurner;
use crate::ui::locale::use_locale;

/// Whose key pages: the picture's workshop and choice (for its title), its size, and where
/// to report the page count (the presentation's slide: the picture is page 1).
pub struct KeyPagesOf {
    pub workshop: Signal<Option<Workshop>>,
    pub options: Signal<GridOptions>,
    pub size: RwSignal<(f64, f64)>,
    /// Off the projector a page is half the picture's height: a list needs no more, and the
    /// console stays short.
    pub short: bool,
    pub pages: Option<RwSignal<usize>>,
}

/// The key pages for `rest`, named after the picture's title. Page 1 is the picture itself,
/// so the key's pages are numbered from 2.
pub fn use_key_pages(rest: Signal<Vec<Entry>>, of: KeyPagesOf) -> Memo<Vec<KeyPage>> {
    let locale = use_locale();
    let KeyPagesOf {
        workshop,
        options,
        size,
        short,
        pages,
    } = of;
    let title = Signal::derive(move || {
        workshop.with(|w| {
            w.as_ref()
                .map(|w| title(w, &options.get(), locale.lang()))
                .unwrap_or_default()
        })
    });
    let keys = Memo::new(move |_| {
        rest.with(|rest| {
            if rest.is_empty() {
                return Vec::new();
            }
            let (w, h) = size.get();
            let h = if short { h / 2.0 } else { h };
            let title = title.get();
            let name = |page: usize, pages: usize| {
                locale.t_with(
                    "grid-key-page",
                    &[
                        ("title", title.clone().into()),
                        ("page", (page + 1).into()),
                        ("pages", (pages + 1).into()),
                    ],
                )
            };
            KeyPage::pages(rest, name, &locale.t("grid-key-continues"), w, h)
        })
    });
    if let Some(pages) = pages {
        Effect::new(move |_| pages.set(1 + keys.with(Vec::len)));
    }
    keys
}

/// The key pages under the picture: every one in turn, or with `paged` one at a time with
/// buttons to turn them (the moderator's console, which stays a few screens long).
#[component]
pub fn KeyPages(pages: Memo<Vec<KeyPage>>, #[prop(optional)] paged: bool) -> impl IntoView {
    let locale = use_locale();
    let at = RwSignal::new(0_usize);
    let count = move || pages.with(Vec::len);
    let shown = move || {
        let at = at.get().min(count().saturating_sub(1));
        pages
            .with(|p| {
                p.iter()
                    .enumerate()
                    .filter(|(i, _)| !paged || *i == at)
                    .map(|(_, page)| svg(page))
                    .collect::<Vec<_>>()
            })
            .into_iter()
            .map(|picture| {
                view! { <div class="key-page" data-testid="key-page" inner_html=picture></div> }
                    .into_any()
            })
            .collect_view()
    };
    view! {
        {shown}
        {paged
            .then(|| {
                view! {
                    <PageTurner
                        at
                        count=Signal::derive(count)
                        label=Signal::derive(move || locale.t("grid-numbers"))
                        testid="key-pager"
                    />
                }
            })}
    }
    .into_any()
}
