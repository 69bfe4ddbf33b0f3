//! A row of large buttons for picking one of a few values (category, level, attitude):
//! one tap, no dropdown to aim at.

use leptos::prelude::*;

#[component]
pub fn Choice(
    /// Names the control for tests and for its label.
    name: &'static str,
    #[prop(into)] label: Signal<String>,
    /// (value, label) pairs.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    selected: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let label_id = format!("{name}-label");
    view! {
        <div class="field" data-field=name>
            <span class="field-label" id=label_id.clone()>
                {move || label.get()}
            </span>
            <div class="choice" role="radiogroup" aria-labelledby=label_id>
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(value, text)| {
                            let v = value.clone();
                            let is_on = move || selected.get() == v;
                            let set_value = value.clone();
                            view! {
                                <button
                                    type="button"
                                    role="radio"
                                    class="choice-button"
                                    data-value=value
                                    aria-checked=move || is_on().to_string()
                                    on:click=move |_| selected.set(set_value.clone())
                                >
                                    {text}
                                </button>
                            }
                        })
                        .collect_view()
                }}
            </div>
            <FieldError error />
        </div>
    }
}

/// The message under a field, read aloud when it appears.
#[component]
pub fn FieldError(#[prop(into)] error: Signal<Option<String>>) -> impl IntoView {
    view! {
        <Show when=move || error.get().is_some()>
            <p class="field-error" role="alert">
                {move || error.get().unwrap_or_default()}
            </p>
        </Show>
    }
}
