//! Restoring a workshop from its `workshop.json` (an export kept after the event, or sent by
//! a colleague): it becomes a new workshop with its own moderator link and join codes, shown
//! as a newly created one is.

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::ui::browser;
use crate::ui::client::{self, ApiFailure};
use crate::ui::components::{FilePicker, FileProblems};
use crate::ui::locale::use_locale;
use crate::wire::CreatedWorkshop;

#[component]
pub fn RestoreWorkshop(created: RwSignal<Option<CreatedWorkshop>>) -> impl IntoView {
    let locale = use_locale();
    let input = NodeRef::<Input>::new();
    let busy = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiFailure>);
    let no_file = RwSignal::new(false);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(file) = input.get().and_then(|i| browser::picked_file(&i)) else {
            no_file.set(true);
            return;
        };
        no_file.set(false);
        busy.set(true);
        failure.set(None);
        spawn_local(async move {
            match client::import_workshop(file).await {
                Ok(done) => created.set(Some(done)),
                Err(e) => failure.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let problems = move || {
        failure
            .get()
            .map(|e| view! { <FileProblems failure=e testid="restore-problems" /> })
    };

    view! {
        <form class="panel restore" on:submit=submit data-testid="restore">
            <h2>{move || locale.t("restore-title")}</h2>
            <p class="hint">{move || locale.t("restore-hint")}</p>
            <FilePicker input name="restore-file" accept=".json,application/json" missing=no_file />
            {problems}
            <button
                type="submit"
                class="secondary"
                disabled=move || busy.get()
                data-testid="restore-submit"
            >
                {move || locale.t(if busy.get() { "import-busy" } else { "restore-submit" })}
            </button>
        </form>
    }
}
