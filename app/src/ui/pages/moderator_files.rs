//! The console's files section: the analysts' files (`GET …/export/{file}`, every
//! [`ExportFile`]) for all groups, one group or the combined map — the same choice as the
//! pictures'.

use leptos::prelude::*;

use crate::domain::WorkshopId;
use crate::files::ExportFile;
use crate::ui::components::DownloadLink;
use crate::ui::locale::use_locale;
use crate::ui::pages::moderator_choice::{GroupChoice, PictureChoice};
use crate::wire::GroupView;

#[component]
pub fn ModeratorFiles(
    id: WorkshopId,
    key: String,
    groups: Vec<GroupView>,
    choice: PictureChoice,
) -> impl IntoView {
    let locale = use_locale();
    let options = choice.options();
    // No key in the links: each asks for a single-use ticket when tapped.
    let links = ExportFile::ALL
        .into_iter()
        .map(|file| {
            let name = file.name();
            let href = Signal::derive(move || {
                let query = options.get().to_files_query();
                let lang = locale.lang().code();
                format!("/api/v1/workshops/{id}/export/{name}?{query}&lang={lang}")
            });
            view! {
                <DownloadLink
                    workshop=id
                    key=key.clone()
                    href
                    name=Signal::stored(name.to_owned())
                    testid="export"
                >
                    {name}
                </DownloadLink>
            }
        })
        .collect_view();
    view! {
        <section class="panel files-panel" data-testid="files">
            <h2>{move || locale.t("export-files")}</h2>
            <GroupChoice groups scope=choice.scope />
            <div class="actions">{links}</div>
        </section>
    }
}
