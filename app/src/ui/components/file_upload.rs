//! Sending a file: the picker (with its "choose a file first" note) and what the server
//! said was wrong with the file, each problem at its line and column.

use leptos::html::Input;
use leptos::prelude::*;

use crate::ui::client::{ApiFailure, problem_lines};
use crate::ui::locale::use_locale;

/// A labelled file input; `missing` shows the note that no file was chosen.
#[component]
pub fn FilePicker(
    input: NodeRef<Input>,
    /// Names the field for tests and styles.
    name: &'static str,
    accept: &'static str,
    missing: RwSignal<bool>,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <label class="field" data-field=name>
            <span class="field-label">{move || locale.t("import-file")}</span>
            <input type="file" node_ref=input accept=accept data-testid=name />
        </label>
        <Show when=move || missing.get()>
            <p class="field-error" role="alert">
                {move || locale.t("import-choose-file")}
            </p>
        </Show>
    }
}

/// A refused file: the server's answer, then every problem it listed.
#[component]
pub fn FileProblems(failure: ApiFailure, testid: &'static str) -> impl IntoView {
    let locale = use_locale();
    let lines = problem_lines(&failure, locale.lang())
        .into_iter()
        .map(|line| view! { <li>{line}</li> })
        .collect_view();
    view! {
        <div class="field-error" role="alert" data-testid=testid>
            <p>{failure.message(locale.lang())}</p>
            <ul>{lines}</ul>
        </div>
    }
}
