//! The bar at the top of every page: where you are, and the language switch.

use leptos::prelude::*;

use crate::ui::components::LangSwitch;

#[component]
pub fn TopBar(
    #[prop(into)] title: Signal<String>,
    #[prop(into, optional)] subtitle: Signal<String>,
) -> impl IntoView {
    view! {
        <header class="top-bar">
            // The home page is a light page (`pages::light`): the server renders it.
            <a class="brand" href="/" rel="external">
                "stakemap"
            </a>
            <div class="top-titles">
                <h1 data-testid="page-title">{move || title.get()}</h1>
                <Show when=move || !subtitle.get().is_empty()>
                    <p class="subtitle">{move || subtitle.get()}</p>
                </Show>
            </div>
            <LangSwitch />
        </header>
    }
}
