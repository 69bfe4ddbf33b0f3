//! A row of large buttons for picking one of a few values (category, level, attitude):
//! one tap, no dropdown to aim at.

use leptos::prelude::*;

use super::field::{FieldGroup, label_id};
use crate::i18n::Term;
use crate::ui::locale::use_locale;

#[component]
pub fn Choice(
    /// Names the control for tests and for its label.
    name: &'static str,
    /// The label's key in the locale.
    label: &'static str,
    /// (value, label) pairs.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    selected: RwSignal<String>,
    #[prop(optional, into)] error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <FieldGroup name label error>
            <div class="choice" role="radiogroup" aria-labelledby=label_id(name)>
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
        </FieldGroup>
    }
}

/// A [`Choice`]'s options: each value with its term's word in the reader's language.
pub fn term_options<T>(terms: Vec<(String, T)>) -> Signal<Vec<(String, String)>>
where
    T: Term + Send + Sync + 'static,
{
    let locale = use_locale();
    Signal::derive(move || {
        terms
            .iter()
            .map(|(value, term)| (value.clone(), locale.word(term)))
            .collect()
    })
}
