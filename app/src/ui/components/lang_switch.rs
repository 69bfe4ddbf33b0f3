//! Three buttons to switch the language; the device remembers the choice.

use leptos::prelude::*;

use crate::domain::Language;
use crate::ui::locale::use_locale;

#[component]
pub fn LangSwitch() -> impl IntoView {
    let locale = use_locale();
    let buttons = Language::ALL
        .into_iter()
        .map(|lang| {
            let label = lang.endonym();
            view! {
                <button
                    type="button"
                    class="lang-button"
                    lang=lang.code()
                    data-lang=lang.code()
                    aria-pressed=move || (locale.lang() == lang).to_string()
                    on:click=move |_| locale.set(lang)
                >
                    {label}
                </button>
            }
        })
        .collect_view();
    view! {
        <nav class="lang-switch" aria-label=move || locale.t("language")>
            {buttons}
        </nav>
    }
}
