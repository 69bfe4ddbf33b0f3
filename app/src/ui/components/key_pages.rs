//! The key's own pages under a grid or graph: the numbered names that did not fit beside the
//! picture, drawn by the same renderer at the picture's size. On the projector they are the
//! slide's next pages; elsewhere they follow the picture.

use leptos::prelude::*;

use crate::chart::{Entry, KeyPage, svg};
use crate::ui::locale::use_locale;

/// The key pages for `rest` at `size`, named after the picture's `title`. Page 1 is the
/// picture itself, so the key's pages are numbered from 2. Off the projector (`short`) a page
/// is half the picture's height: a list needs no more, and the console stays short.
pub fn use_key_pages(
    rest: Signal<Vec<Entry>>,
    title: Signal<String>,
    size: RwSignal<(f64, f64)>,
    short: bool,
) -> Memo<Vec<KeyPage>> {
    let locale = use_locale();
    Memo::new(move |_| {
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
    })
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
    let turn = move || {
        (paged && count() > 1).then(|| {
            let last = count() - 1;
            view! {
                <nav
                    class="pager"
                    aria-label=move || locale.t("grid-numbers")
                    data-testid="key-pager"
                >
                    <button
                        type="button"
                        class="pager-button"
                        aria-label=move || locale.t("console-page-previous")
                        disabled=move || at.get() == 0
                        on:click=move |_| at.update(|a| *a = a.saturating_sub(1))
                    >
                        "‹"
                    </button>
                    <span class="pager-rows" aria-live="polite">
                        {move || format!("{}/{}", at.get().min(last) + 1, last + 1)}
                    </span>
                    <button
                        type="button"
                        class="pager-button"
                        aria-label=move || locale.t("console-page-next")
                        disabled=move || at.get()
                    >
                        = last
                        on:click=move |_| at.update(|a| *a = (*a + 1).min(last))
                        >
                        "›"
                    </button>
                </nav>
            }
            .into_any()
        })
    };
    view! {
        {shown}
        {turn}
    }
    .into_any()
}
