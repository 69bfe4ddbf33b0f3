//! The moderator's import: a group's stakeholders from a CSV or spreadsheet (a list prepared
//! before the workshop, or another workshop's export), with the template to fill in. The
//! server adds every row or none; when the file has problems, each is listed at its line and
//! column so the file can be fixed in one go.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::{GroupId, WorkshopId};
use crate::files::TemplateFile;
use crate::ui::client::{self, ApiFailure};
use crate::ui::components::{Choice, FilePicker, FileProblems, Upload};
use crate::ui::locale::use_locale;
use crate::wire::{FileProblem, GroupView};

/// What the last import did.
#[derive(Clone)]
enum Outcome {
    /// How many were added, and the characters removed on the way.
    Added(usize, Vec<FileProblem>),
    Failed(ApiFailure),
}

#[component]
pub fn ModeratorImport(id: WorkshopId, key: String, groups: Vec<GroupView>) -> impl IntoView {
    let locale = use_locale();
    // A workshop has at least one group: nothing to import into without one.
    let Some(first) = groups.first().map(|g| g.id) else {
        return ().into_any();
    };
    let group = RwSignal::new(first);
    let options: Vec<(GroupId, String)> = groups.iter().map(|g| (g.id, g.name.clone())).collect();
    let upload = Upload::default();
    let (input, busy) = (upload.input, upload.busy);
    let outcome = RwSignal::new(None::<Outcome>);

    let (workshop, moderator) = (id, key);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(file) = upload.start() else {
            return;
        };
        outcome.set(None);
        let (id, key, group) = (workshop, moderator.clone(), group.get_untracked());
        spawn_local(async move {
            let done = client::import_stakeholders(id, group, &key, file).await;
            outcome.set(Some(match done {
                Ok(added) => Outcome::Added(added.added, added.warnings),
                Err(e) => Outcome::Failed(e),
            }));
            busy.set(false);
            // The same file again would add the same rows again: start from an empty input.
            if let Some(i) = input.get_untracked() {
                i.set_value("");
            }
        });
    };

    let template = move |file: TemplateFile| {
        move || {
            format!(
                "/api/v1/workshops/{id}/template/{}?lang={}",
                file.name(),
                locale.lang().code()
            )
        }
    };
    let result = move || {
        outcome.get().map(|o| match o {
            Outcome::Added(count, warnings) => {
                let warned = (!warnings.is_empty()).then(|| {
                    let lines = client::file_lines(&warnings, locale.lang());
                    view! {
                        <div class="import-warnings" data-testid="import-warnings">
                            <p>{locale.t("import-warnings")}</p>
                            <ul>
                                {lines
                                    .into_iter()
                                    .map(|line| view! { <li>{line}</li> })
                                    .collect_view()}
                            </ul>
                        </div>
                    }
                });
                view! {
                    <p class="import-ok" role="status" data-testid="import-result">
                        {locale.t_with("import-added", &[("count", count.into())])}
                    </p>
                    {warned}
                }
                .into_any()
            }
            Outcome::Failed(e) => {
                view! { <FileProblems failure=e testid="import-problems" /> }.into_any()
            }
        })
    };

    view! {
        <section class="panel import" data-testid="import">
            <h2>{move || locale.t("import-title")}</h2>
            <p class="hint">{move || locale.t("import-hint")}</p>
            <form on:submit=submit>
                <Choice name="import-group" label="import-group" options=options selected=group />
                <FilePicker
                    input
                    name="import-file"
                    accept=".csv,.xlsx,text/csv"
                    missing=upload.missing
                />
                <div class="button-row">
                    <button
                        type="submit"
                        class="primary"
                        disabled=move || busy.get()
                        data-testid="import-submit"
                    >
                        {move || locale.t(if busy.get() { "import-busy" } else { "import-submit" })}
                    </button>
                    <a class="button secondary" href=template(TemplateFile::Csv) download="">
                        {move || locale.t("import-template")}
                        " CSV"
                    </a>
                    <a class="button secondary" href=template(TemplateFile::Xlsx) download="">
                        {move || locale.t("import-template")}
                        " XLSX"
                    </a>
                </div>
            </form>
            {result}
        </section>
    }
    .into_any()
}
