//! A tab in a row of tabs (`role="tab"`): selected or not, and what choosing it does.

use leptos::prelude::*;

#[component]
pub fn TabButton(
    testid: &'static str,
    #[prop(into)] selected: Signal<bool>,
    on_select: Callback<()>,
    children: Children,
) -> impl IntoView {
    view! {
        <button
            type="button"
            role="tab"
            data-testid=testid
            aria-selected=move || selected.get().to_string()
            on:click=move |_| on_select.run(())
        >
            {children()}
        </button>
    }
}
