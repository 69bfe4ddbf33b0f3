//! The demo's note on its console, with the button that puts the demo back as it started
//! (`POST /demo/reset`): a room that tried it leaves it clean for the next.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::ui::browser;
use crate::ui::client::{self, ApiFailure};
use crate::ui::components::ErrorMessage;
use crate::ui::locale::use_locale;

/// Shown while `demo` is true; `key` is the moderator key the console runs with.
#[component]
pub fn DemoNote(#[prop(into)] demo: Signal<bool>, key: RwSignal<Option<String>>) -> impl IntoView {
    let locale = use_locale();
    let busy = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiFailure>);
    let reset = move |_| {
        let Some(key) = key.get_untracked() else {
            return;
        };
        if !browser::confirm(&locale.t("demo-reset-confirm")) {
            return;
        }
        busy.set(true);
        failure.set(None);
        // The live feed brings the result to every screen, this one included.
        spawn_local(async move {
            if let Err(e) = client::reset_demo(&key).await {
                failure.set(Some(e));
            }
            busy.set(false);
        });
    };
    view! {
        <Show when=move || demo.get()>
            <div class="demo-note">
                <p>{move || locale.t("demo-note")}</p>
                <button
                    type="button"
                    class="secondary"
                    data-testid="demo-reset"
                    disabled=move || busy.get()
                    on:click=reset
                >
                    {move || locale.t("demo-reset")}
                </button>
                <ErrorMessage error=Signal::derive(move || {
                    failure.get().map(|e| e.message(locale.lang()))
                }) />
            </div>
        </Show>
    }
    .into_any()
}
