//! Restoring a workshop from its `workshop.json` (an export kept after the event, or sent by
//! a colleague): it becomes a new workshop with its own moderator link and join codes, shown
//! as a newly created one is.

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::ui::browser;
use crate::ui::client::{self, ApiFailure, problem_lines};
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
        failure.get().map(|e| {
            let lines = problem_lines(&e, locale.lang())
                .into_iter()
                .map(|line| view! { <li>{line}</li> })
                .collect_view();
            view! {
                <div class="field-error" role="alert" data-testid="restore-problems">
                    <p>{e.message(locale.lang())}</p>
                    <ul>{lines}</ul>
                </div>
            }
        })
    };

    view! {
        <form class="panel restore" on:submit=submit data-testid="restore">
            <h2>{move || locale.t("restore-title")}</h2>
            <p class="hint">{move || locale.t("restore-hint")}</p>
            <label class="field" data-field="restore-file">
                <span class="field-label">{move || locale.t("import-file")}</span>
                <input
                    type="file"
                    node_ref=input
                    accept=".json,application/json"
                    data-testid="restore-file"
                />
            </label>
            <Show when=move || no_file.get()>
                <p class="field-error" role="alert">
                    {move || locale.t("import-choose-file")}
                </p>
            </Show>
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
