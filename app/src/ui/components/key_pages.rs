//! The key's own pages under a grid or graph: the numbered names that did not fit beside the
//! picture, drawn by the same renderer at the picture's size. On the projector they are the
//! slide's next pages; elsewhere they follow the picture.

use leptos::prelude::*;

use crate::chart::{Entry, KeyPage, svg};
use crate::ui::locale::use_locale;

/// The key pages for `rest` at `size`, named after the picture's `title`. Page 1 is the
/// picture itself, so the key's pages are numbered from 2.
pub fn use_key_pages(
    rest: Signal<Vec<Entry>>,
    title: Signal<String>,
    size: RwSignal<(f64, f64)>,
) -> Memo<Vec<KeyPage>> {
    let locale = use_locale();
    Memo::new(move |_| {
        rest.with(|rest| {
            if rest.is_empty() {
                return Vec::new();
            }
            let (w, h) = size.get();
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
    })
}

/// Every key page, one after the other.
#[component]
pub fn KeyPages(pages: Memo<Vec<KeyPage>>) -> impl IntoView {
    move || {
        pages.with(|p| {
            p.iter()
                .map(|page| {
                    let picture = svg(page);
                    view! { <div class="key-page" data-testid="key-page" inner_html=picture></div> }
                })
                .collect_view()
        })
    }
}
