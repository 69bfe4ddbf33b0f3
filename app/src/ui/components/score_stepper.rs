//! A score on the workshop's scale: big − and + buttons around the value, for a finger.

use leptos::prelude::*;

use super::field::{FieldGroup, label_id};
use crate::ui::locale::use_locale;

#[component]
pub fn ScoreStepper(
    name: &'static str,
    /// The label's key in the locale.
    label: &'static str,
    value: RwSignal<i64>,
    min: u8,
    max: u8,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let locale = use_locale();
    let (min, max) = (i64::from(min), i64::from(max));
    view! {
        <FieldGroup name label error>
            <div class="stepper" role="group" aria-labelledby=label_id(name)>
                <button
                    type="button"
                    class="step step-less"
                    aria-label=move || locale.t("score-less")
                    disabled=move || { value.get() <= min }
                    on:click=move |_| value.update(|v| *v = (*v - 1).max(min))
                >
                    "−"
                </button>
                <output class="step-value" data-testid=format!("{name}-value")>
                    {move || value.get()}
                </output>
                <span class="step-of">
                    {move || locale.t_with("score-of", &[("max", max.into())])}
                </span>
                <button
                    type="button"
                    class="step step-more"
                    aria-label=move || locale.t("score-more")
                    disabled=move || { value.get() >= max }
                    on:click=move |_| value.update(|v| *v = (*v + 1).min(max))
                >
                    "+"
                </button>
            </div>
        </FieldGroup>
    }
}
