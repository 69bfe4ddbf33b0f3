//! What the console's pictures and files show ([`PictureChoice`]): made once by the console
//! page, so that it outlasts a visit to another section and the files section offers the same
//! map. Its controls: all groups, one group or the combined map ([`GroupChoice`]), category
//! and level filters ([`Toggles`]), one picture or panels ([`PanelsChoice`]).

use leptos::prelude::*;

use crate::chart::{GridOptions, Panels, Scope};
use crate::domain::{BaselineId, CategoryId, LevelId, Moment};
use crate::ui::components::{Choice, ChoiceValue, PictureKind};
use crate::ui::locale::use_locale;
use crate::wire::GroupView;

/// What the pictures (and the files) show.
#[derive(Clone, Copy)]
pub struct PictureChoice {
    /// Which picture, in the links and on the projector too.
    pub picture: RwSignal<PictureKind>,
    /// All groups, one, or the combined map.
    pub scope: RwSignal<Scope>,
    pub categories: RwSignal<Vec<CategoryId>>,
    pub levels: RwSignal<Vec<LevelId>>,
    /// A crowded map in one picture or one panel per category.
    pub panels: RwSignal<Panels>,
    /// The moment shown: now or a round.
    pub at: RwSignal<Moment>,
    /// The round the grid is compared with, if any.
    pub since: RwSignal<Option<Moment>>,
    /// The baseline the combined grid is compared with, if any.
    pub baseline: RwSignal<Option<BaselineId>>,
}

impl PictureChoice {
    pub fn new() -> Self {
        Self {
            picture: RwSignal::new(PictureKind::Grid),
            scope: RwSignal::new(Scope::AllGroups),
            categories: RwSignal::new(Vec::new()),
            levels: RwSignal::new(Vec::new()),
            panels: RwSignal::new(Panels::Auto),
            at: RwSignal::new(Moment::Now),
            since: RwSignal::new(None),
            baseline: RwSignal::new(None),
        }
    }

    pub fn options(self) -> Signal<GridOptions> {
        let Self {
            scope,
            categories,
            levels,
            panels,
            at,
            since,
            baseline,
            ..
        } = self;
        Signal::derive(move || GridOptions {
            scope: scope.get(),
            categories: categories.get(),
            levels: levels.get(),
            panels: panels.get(),
            at: at.get(),
            since: since.get(),
            baseline: baseline.get(),
        })
    }
}

impl Default for PictureChoice {
    fn default() -> Self {
        Self::new()
    }
}

/// The message that names a choice of panels.
fn panels_message(panels: Panels) -> &'static str {
    match panels {
        Panels::Auto => "grid-panels-auto",
        Panels::All => "grid-panels-all",
        Panels::Category => "grid-panels-category",
    }
}

/// A crowded map: decided by its size, in one picture, or one panel per category.
#[component]
pub fn PanelsChoice(panels: RwSignal<Panels>) -> impl IntoView {
    let locale = use_locale();
    let options = Signal::derive(move || {
        [Panels::Auto, Panels::All, Panels::Category]
            .map(|value| (value, locale.t(panels_message(value))))
            .to_vec()
    });
    view! { <Choice name="panels" label="grid-panels" options selected=panels /> }
}

/// All groups, one group, or the combined map: one choice, as radio buttons.
#[component]
pub fn GroupChoice(groups: Vec<GroupView>, scope: RwSignal<Scope>) -> impl IntoView {
    let locale = use_locale();
    let options = Signal::derive(move || {
        std::iter::once((Scope::AllGroups, locale.t("grid-all-groups")))
            .chain(groups.iter().map(|g| (Scope::Group(g.id), g.name.clone())))
            .chain(std::iter::once((
                Scope::Combined,
                locale.t("grid-combined"),
            )))
            .collect::<Vec<_>>()
    });
    view! { <Choice name="group" label="grid-show" options selected=scope /> }
}

/// A row of toggles; an empty selection means "all".
#[component]
pub fn Toggles<T: ChoiceValue>(
    name: &'static str,
    #[prop(into)] label: Signal<String>,
    options: Vec<(T, Signal<String>)>,
    chosen: RwSignal<Vec<T>>,
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
                    data-value=value.code()
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
