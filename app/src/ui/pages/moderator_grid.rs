//! The moderator's pictures: the grid or the relationship graph, for one group or all,
//! filtered by category and level (the choice: [`PictureChoice`]); live, sent to the
//! projector, or downloaded as PNG or SVG.

use leptos::prelude::*;

use crate::chart::GridOptions;
use crate::domain::{CombinedMap, Workshop, WorkshopId};
use crate::files::ImageFormat;
use crate::i18n::Term;
use crate::ui::components::{DownloadLink, Frame, PictureKind, PictureView, TabButton};
use crate::ui::live::Live;
use crate::ui::locale::{Locale, use_locale};
use crate::ui::pages::moderator_choice::{GroupChoice, PanelsChoice, PictureChoice, Toggles};
use crate::ui::pages::moderator_rounds::RoundsPanel;
use crate::wire::WorkshopView;

/// The tabs' test ids and words, by picture.
fn tab(kind: PictureKind) -> (&'static str, &'static str) {
    match kind {
        PictureKind::Grid => ("picture-grid", "view-grid"),
        PictureKind::Graph => ("picture-graph", "view-links"),
    }
}

/// A workshop's categories or levels (their ids, made words by `term`) as toggles, named in
/// the reader's language.
fn vocabulary<T: Term + Clone + Send + Sync + 'static>(
    locale: Locale,
    ids: &[T],
) -> Vec<(T, Signal<String>)> {
    ids.iter()
        .map(|id| {
            let word = id.clone();
            (id.clone(), Signal::derive(move || locale.word(&word)))
        })
        .collect()
}

/// Where the picture goes: the projector, the presentation, the report, a PNG or SVG file.
#[component]
fn PictureLinks(
    id: WorkshopId,
    key: String,
    picture: RwSignal<PictureKind>,
    options: Signal<GridOptions>,
) -> impl IntoView {
    let locale = use_locale();
    let query = move || options.get().to_query();
    let projector = {
        let key = key.clone();
        move || {
            format!(
                "/moderator/{id}/projector?view={}&{}#key={key}",
                picture.get().as_str(),
                query()
            )
        }
    };
    let present = format!("/moderator/{id}/present#key={key}");
    let report = format!("/moderator/{id}/report#key={key}");
    // No key in the file's link: it asks for a single-use ticket when tapped.
    let file = move |format: ImageFormat| {
        Signal::derive(move || {
            format!(
                "/api/v1/workshops/{id}/{}?{}&lang={}",
                picture.get().file(format).name(),
                query(),
                locale.lang().code()
            )
        })
    };
    // The file's format and the message that names the link.
    let download = move |format: ImageFormat, testid: &'static str, words: &'static str| {
        let name = Signal::derive(move || picture.get().file(format).download_name(None));
        view! {
            <DownloadLink workshop=id key=key.clone() href=file(format) name testid>
                {move || locale.t(words)}
            </DownloadLink>
        }
    };
    view! {
        <div class="actions">
            <a class="button primary big" href=projector data-testid="projector">
                {move || locale.t("projector-open")}
            </a>
            <a class="button primary big" href=present data-testid="present">
                {move || locale.t("present-open")}
            </a>
            <a class="button secondary big" href=report data-testid="report">
                {move || locale.t("report-open")}
            </a>
            {download(ImageFormat::Png, "download-png", "download-png")}
            {download(ImageFormat::Svg, "download-svg", "download-svg")}
        </div>
    }
    .into_any()
}

#[component]
pub fn ModeratorGrid(
    view: WorkshopView,
    key: String,
    /// The moderator's live feed, for closing a round (an analyst only reads).
    #[prop(optional)]
    feed: Option<RwSignal<Option<Live>>>,
    #[prop(into)] live: Signal<Option<Workshop>>,
    /// The combined map, computed once by the page.
    #[prop(into)]
    map: Signal<Option<CombinedMap>>,
    choice: PictureChoice,
) -> impl IntoView {
    let locale = use_locale();
    let PictureChoice {
        picture,
        scope,
        categories,
        levels,
        panels,
        ..
    } = choice;
    let options = choice.options();
    let label = |key: &'static str| Signal::derive(move || locale.t(key));
    let frame = Frame::new(live, options).map(map).paged_keys();
    let tab = move |kind: PictureKind| {
        let (testid, words) = tab(kind);
        let selected = Signal::derive(move || picture.get() == kind);
        view! {
            <TabButton testid selected on_select=Callback::new(move |()| picture.set(kind))>
                {move || locale.t(words)}
            </TabButton>
        }
    };

    view! {
        <section class="panel grid-panel" data-testid="moderator-grid">
            <h2>{move || locale.t("moderator-grid")}</h2>
            <div class="tabs two" role="tablist">
                {tab(PictureKind::Grid)}
                {tab(PictureKind::Graph)}
            </div>
            <GroupChoice groups=view.groups.clone() scope />
            <Toggles
                name="category"
                label=label("grid-filter-category")
                options=vocabulary(locale, &view.categories)
                chosen=categories
            />
            <Toggles
                name="level"
                label=label("grid-filter-level")
                options=vocabulary(locale, &view.levels)
                chosen=levels
            />
            <PanelsChoice panels />
            <RoundsPanel feed workshop=live map choice />
            <PictureLinks id=view.id key picture options />
            {move || view! { <PictureView kind=picture.get() frame /> }.into_any()}
        </section>
    }
}
