//! Restoring a workshop from its `workshop.json` (an export kept after the event, or sent by
//! a colleague): it becomes a new workshop with its own moderator link and join codes, shown
//! as a newly created one is.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::ui::client::{self, ApiFailure};
use crate::ui::components::{FilePicker, FileProblems, Upload};
use crate::ui::locale::use_locale;
use crate::ui::pages::admin_key::AdminKey;
use crate::wire::CreatedWorkshop;

#[component]
pub fn RestoreWorkshop(
    created: RwSignal<Option<CreatedWorkshop>>,
    admin: AdminKey,
) -> impl IntoView {
    let locale = use_locale();
    let upload = Upload::default();
    let busy = upload.busy;
    let failure = RwSignal::new(None::<ApiFailure>);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(file) = upload.start() else {
            return;
        };
        failure.set(None);
        spawn_local(async move {
            let answer = client::import_workshop(file, admin.get().as_deref()).await;
            admin.settle(answer, created, failure);
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
            <FilePicker
                input=upload.input
                name="restore-file"
                accept=".json,application/json"
                missing=upload.missing
            />
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
