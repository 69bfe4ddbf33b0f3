//! A long list shown a page at a time on the moderator's console: which rows a page holds
//! ([`page_rows`], pure) and the previous / next buttons with "11–20 of 25" between them
//! ([`Pager`]). Paging keeps every console section within a few screens of a laptop.

use std::ops::Range;

use leptos::prelude::*;

use crate::ui::locale::use_locale;

/// How many pages `len` rows take at `per` a page (always at least one).
pub fn page_count(len: usize, per: usize) -> usize {
    len.div_ceil(per.max(1)).max(1)
}

/// The rows page `page` shows; a page past the end (the list got shorter) shows the last.
pub fn page_rows(len: usize, per: usize, page: usize) -> Range<usize> {
    let per = per.max(1);
    let page = page.min(page_count(len, per) - 1);
    let start = page * per;
    start..(start + per).min(len)
}

/// Previous / next for a list of `len` rows, `per` a page; nothing when one page holds all.
#[component]
pub fn Pager(
    page: RwSignal<usize>,
    #[prop(into)] len: Signal<usize>,
    per: usize,
    /// What the list is, for screen readers ("Группа 1").
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    let locale = use_locale();
    let pages = move || page_count(len.get(), per);
    // The page actually shown: the list may have shrunk under a later page.
    let at = move || page.get().min(pages() - 1);
    let shown = move || {
        let rows = page_rows(len.get(), per, page.get());
        locale.t_with(
            "console-page-rows",
            &[
                ("from", (rows.start + 1).into()),
                ("to", rows.end.into()),
                ("count", len.get().into()),
            ],
        )
    };
    view! {
        <Show when=move || { pages() > 1 }>
            <nav class="pager" aria-label=move || label.get() data-testid="pager">
                <button
                    type="button"
                    class="pager-button"
                    data-testid="pager-previous"
                    aria-label=move || locale.t("console-page-previous")
                    disabled=move || at() == 0
                    on:click=move |_| page.set(at().saturating_sub(1))
                >
                    "‹"
                </button>
                <span class="pager-rows" aria-live="polite">
                    {shown}
                </span>
                <button
                    type="button"
                    class="pager-button"
                    data-testid="pager-next"
                    aria-label=move || locale.t("console-page-next")
                    disabled=move || { at() + 1 >= pages() }
                    on:click=move |_| page.set((at() + 1).min(pages() - 1))
                >
                    "›"
                </button>
            </nav>
        </Show>
    }
}

/// Previous / next through `count` pictures ("2/3" between), one shown at a time; nothing
/// when there is only one.
#[component]
pub fn PageTurner(
    at: RwSignal<usize>,
    #[prop(into)] count: Signal<usize>,
    /// What is turned, for screen readers.
    #[prop(into)]
    label: Signal<String>,
    testid: &'static str,
) -> impl IntoView {
    let locale = use_locale();
    let last = move || count.get().saturating_sub(1);
    view! {
        <Show when=move || { count.get() > 1 }>
            <nav class="pager" aria-label=move || label.get() data-testid=testid>
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
                    {move || format!("{}/{}", at.get().min(last()) + 1, last() + 1)}
                </span>
                <button
                    type="button"
                    class="pager-button"
                    aria-label=move || locale.t("console-page-next")
                    disabled=move || { at.get() >= last() }
                    on:click=move |_| at.update(|a| *a = (*a + 1).min(last()))
                >
                    "›"
                </button>
            </nav>
        </Show>
    }
    .into_any()
}

#[cfg(test)]
mod tests;
