//! A form field's frame: its label in the reader's language, and the error under it. The
//! control inside is the caller's.

use leptos::prelude::*;

use crate::ui::locale::use_locale;

/// The id of field `name`'s label, which its buttons name in `aria-labelledby`.
pub fn label_id(name: &str) -> String {
    format!("{name}-label")
}

/// A field made of buttons (a choice, a stepper): the label over them, the error under.
#[component]
pub fn FieldGroup(
    /// Names the field for tests and for its label's id.
    name: &'static str,
    /// The label's key in the locale.
    label: &'static str,
    #[prop(into)] error: Signal<Option<String>>,
    children: Children,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="field" data-field=name>
            <span class="field-label" id=label_id(name)>
                {move || locale.t(label)}
            </span>
            {children()}
            <FieldError error />
        </div>
    }
}

/// A `<label>` around one input: the label's words first, then the input and what the caller
/// puts after it (an error, a hint).
#[component]
pub fn LabelledField(
    /// Names the field for tests (`data-field`); absent on fields no test looks for.
    #[prop(optional)]
    name: Option<&'static str>,
    /// The label's key in the locale.
    label: &'static str,
    children: Children,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <label class="field" data-field=name>
            <span class="field-label">{move || locale.t(label)}</span>
            {children()}
        </label>
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

/// The same message, made when it appears instead of shown and hidden: the new workshop's
/// fields and the timer have always shown theirs so, and their server HTML stays as it was
/// ([`FieldError`]'s `Show` leaves a marker of its own).
#[component]
pub fn ErrorMessage(#[prop(into)] error: Signal<Option<String>>) -> impl IntoView {
    move || {
        error.get().map(|message| {
            view! {
                <p class="field-error" role="alert">
                    {message}
                </p>
            }
        })
    }
}
