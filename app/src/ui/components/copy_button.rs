//! A button that copies a text (a link shown once) and says when it has.

use leptos::prelude::*;

use crate::ui::browser;
use crate::ui::locale::use_locale;

#[component]
pub fn CopyButton(text: String) -> impl IntoView {
    let locale = use_locale();
    let copied = RwSignal::new(false);
    view! {
        <button type="button" class="secondary" on:click=move |_| copied.set(browser::copy(&text))>
            {move || locale.t(if copied.get() { "copied" } else { "copy" })}
        </button>
    }
}
