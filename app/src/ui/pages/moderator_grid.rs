//! The moderator's pictures: the grid or the relationship graph, for one group or all,
//! filtered by category and level; live, sent to the projector, or downloaded as PNG or SVG.
//! The choice ([`PictureChoice`]) belongs to the console, so that it outlasts a visit to
//! another section and the files section offers the same map ([`GroupChoice`]).

use leptos::prelude::*;

use crate::chart::{GridOptions, Panels};
use crate::domain::{CategoryId, CombinedMap, LevelId, Workshop};
use crate::ui::components::group_table::word as named;
use crate::ui::components::{GraphView, GridView};
use crate::ui::locale::use_locale;
use crate::wire::{GroupView, WorkshopView};

const COMBINED: &str = "combined";

/// What the pictures (and the files) show: made once by the console page.
#[derive(Clone, Copy)]
pub struct PictureChoice {
    /// "grid" or "graph": which picture, in the links and on the projector too.
    pub picture: RwSignal<String>,
    /// A group's id, "" for all groups, or "combined" for the combined map.
    pub group: RwSignal<String>,
    pub categories: RwSignal<Vec<String>>,
    pub levels: RwSignal<Vec<String>>,
    /// A crowded map in one picture or one panel per category.
    pub panels: RwSignal<Panels>,
}

impl PictureChoice {
    pub fn new() -> Self {
        Self {
            picture: RwSignal::new("grid".to_owned()),
            group: RwSignal::new(String::new()),
            categories: RwSignal::new(Vec::new()),
            levels: RwSignal::new(Vec::new()),
            panels: RwSignal::new(Panels::Auto),
        }
    }

    pub fn options(self) -> Signal<GridOptions> {
        let Self {
            group,
            categories,
            levels,
            panels,
            ..
        } = self;
        Signal::derive(move || GridOptions {
            group: group.with(|g| g.parse().ok()),
            combined: group.with(|g| g == COMBINED),
            categories: categories.with(|c| c.iter().map(|c| CategoryId::new(c)).collect()),
            levels: levels.with(|l| l.iter().map(|l| LevelId::new(l)).collect()),
            panels: panels.get(),
        })
    }
}

impl Default for PictureChoice {
    fn default() -> Self {
        Self::new()
    }
}

/// A crowded map: decided by its size, in one picture, or one panel per category.
#[component]
fn PanelsChoice(panels: RwSignal<Panels>) -> impl IntoView {
    let locale = use_locale();
    let buttons = [Panels::Auto, Panels::All, Panels::Category]
        .into_iter()
        .map(|value| {
            view! {
                <button
                    type="button"
                    role="radio"
                    class="choice-button"
                    data-value=value.as_str()
                    aria-checked=move || (panels.get() == value).to_string()
                    on:click=move |_| panels.set(value)
                >
                    {move || locale.t(&format!("grid-panels-{}", value.as_str()))}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="field" data-field="panels">
            <span class="field-label">{move || locale.t("grid-panels")}</span>
            <div class="choice" role="radiogroup">
                {buttons}
            </div>
        </div>
    }
    .into_any()
}

/// All groups, one group, or the combined map: one choice, as radio buttons.
#[component]
pub fn GroupChoice(groups: Vec<GroupView>, group: RwSignal<String>) -> impl IntoView {
    let locale = use_locale();
    let buttons = std::iter::once((String::new(), None))
        .chain(groups.iter().map(|g| (g.id.clone(), Some(g.name.clone()))))
        .chain(std::iter::once((COMBINED.to_owned(), None)))
        .map(|(value, name)| {
            let combined = value == COMBINED;
            let v = value.clone();
            let set = value.clone();
            view! {
                <button
                    type="button"
                    role="radio"
                    class="choice-button"
                    data-value=value
                    aria-checked=move || group.with(|g| *g == v).to_string()
                    on:click=move |_| group.set(set.clone())
                >
                    {move || {
                        name.clone()
                            .unwrap_or_else(|| {
                                locale.t(if combined { "grid-combined" } else { "grid-all-groups" })
                            })
                    }}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="field" data-field="group">
            <span class="field-label">{move || locale.t("grid-show")}</span>
            <div class="choice" role="radiogroup">
                {buttons}
            </div>
        </div>
    }
}

/// A row of toggles; an empty selection means "all".
#[component]
fn Toggles(
    name: &'static str,
    #[prop(into)] label: Signal<String>,
    options: Vec<(String, Signal<String>)>,
    chosen: RwSignal<Vec<String>>,
) -> impl IntoView {
    let locale = use_locale();
    let buttons = options
        .into_iter()
        .map(|(value, text)| {
            let v = value.clone();
            let on = move || chosen.with(|c| c.contains(&v));
            let flip = value.clone();
            view! {
                <button
                    type="button"
                    class="choice-button"
                    data-value=value
                    aria-pressed=move || on().to_string()
                    on:click=move |_| {
                        chosen
                            .update(|c| {
                                if let Some(at) = c.iter().position(|x| *x == flip) {
                                    c.remove(at);
                                } else {
                                    c.push(flip.clone());
                                }
                            })
                    }
                >
                    {move || text.get()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="field" data-field=name>
            <span class="field-label">{move || label.get()}</span>
            <div class="choice">
                <button
                    type="button"
                    class="choice-button"
                    aria-pressed=move || chosen.with(Vec::is_empty).to_string()
                    on:click=move |_| chosen.set(Vec::new())
                >
                    {move || locale.t("grid-filter-all")}
                </button>
                {buttons}
            </div>
        </div>
    }
}

#[component]
pub fn ModeratorGrid(
    view: WorkshopView,
    key: String,
    #[prop(into)] live: Signal<Option<Workshop>>,
    /// The combined map, computed once by the page.
    #[prop(into)]
    map: Signal<Option<CombinedMap>>,
    choice: PictureChoice,
) -> impl IntoView {
    let locale = use_locale();
    let PictureChoice {
        picture,
        categories,
        levels,
        ..
    } = choice;
    let options = choice.options();
    let id = view.id.clone();
    let query = move || options.get().to_query();
    let projector = {
        let (id, key) = (id.clone(), key.clone());
        move || {
            format!(
                "/moderator/{id}/projector?view={}&{}#key={key}",
                picture.get(),
                query()
            )
        }
    };
    let present = {
        let (id, key) = (id.clone(), key.clone());
        format!("/moderator/{id}/present#key={key}")
    };
    let report = {
        let (id, key) = (id.clone(), key.clone());
        format!("/moderator/{id}/report#key={key}")
    };
    let file = move |ext: &'static str| {
        let (id, key) = (id.clone(), key.clone());
        move || {
            format!(
                "/api/v1/workshops/{id}/{}.{ext}?{}&lang={}&token={key}",
                picture.get(),
                query(),
                locale.lang().code()
            )
        }
    };
    let category_options = view
        .categories
        .iter()
        .map(|c| {
            let id = c.clone();
            (
                c.clone(),
                Signal::derive(move || named(locale, "category", &id)),
            )
        })
        .collect();
    let level_options = view
        .levels
        .iter()
        .map(|l| {
            let id = l.clone();
            (
                l.clone(),
                Signal::derive(move || named(locale, "level", &id)),
            )
        })
        .collect();

    view! {
        <section class="panel grid-panel" data-testid="moderator-grid">
            <h2>{move || locale.t("moderator-grid")}</h2>
            <div class="tabs two" role="tablist">
                <button
                    type="button"
                    role="tab"
                    data-testid="picture-grid"
                    aria-selected=move || (picture.get() == "grid").to_string()
                    on:click=move |_| picture.set("grid".to_owned())
                >
                    {move || locale.t("view-grid")}
                </button>
                <button
                    type="button"
                    role="tab"
                    data-testid="picture-graph"
                    aria-selected=move || (picture.get() == "graph").to_string()
                    on:click=move |_| picture.set("graph".to_owned())
                >
                    {move || locale.t("view-links")}
                </button>
            </div>
            <GroupChoice groups=view.groups.clone() group=choice.group />
            <Toggles
                name="category"
                label=Signal::derive(move || locale.t("grid-filter-category"))
                options=category_options
                chosen=categories
            />
            <Toggles
                name="level"
                label=Signal::derive(move || locale.t("grid-filter-level"))
                options=level_options
                chosen=levels
            />
            <PanelsChoice panels=choice.panels />
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
                <a
                    class="button secondary"
                    href=file("png")
                    download=move || format!("stakemap-{}.png", picture.get())
                    data-testid="download-png"
                >
                    {move || locale.t("download-png")}
                </a>
                <a
                    class="button secondary"
                    href=file("svg")
                    download=move || format!("stakemap-{}.svg", picture.get())
                    data-testid="download-svg"
                >
                    {move || locale.t("download-svg")}
                </a>
            </div>
            {move || {
                if picture.get() == "graph" {
                    view! { <GraphView workshop=live options map paged_keys=true /> }.into_any()
                } else {
                    view! { <GridView workshop=live options map paged_keys=true /> }.into_any()
                }
            }}
        </section>
    }
}
