//! What the console's pictures and files show ([`PictureChoice`]): made once by the console
//! page, so that it outlasts a visit to another section and the files section offers the same
//! map. Its controls: all groups, one group or the combined map ([`GroupChoice`]), category
//! and level filters ([`Toggles`]), one picture or panels ([`PanelsChoice`]).

use leptos::prelude::*;

use crate::chart::{GridOptions, Panels, Scope};
use crate::domain::{CategoryId, LevelId};
use crate::ui::components::{ChoiceValue, PictureKind};
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
}

impl PictureChoice {
    pub fn new() -> Self {
        Self {
            picture: RwSignal::new(PictureKind::Grid),
            scope: RwSignal::new(Scope::AllGroups),
            categories: RwSignal::new(Vec::new()),
            levels: RwSignal::new(Vec::new()),
            panels: RwSignal::new(Panels::Auto),
        }
    }

    pub fn options(self) -> Signal<GridOptions> {
        let Self {
            scope,
            categories,
            levels,
            panels,
            ..
        } = self;
        Signal::derive(move || GridOptions {
            scope: scope.get(),
            categories: categories.get(),
            levels: levels.get(),
            panels: panels.get(),
        })
    }
}

impl Default for PictureChoice {
    fn default() -> Self {
        Self::new()
    }
}

/// One of a few values, as a row of radio buttons: `options` are each value, its name in
/// `data-value`, and its words; `label` the message that names the row.
#[component]
fn Radios<T>(
    /// The field's name (`data-field`).
    name: &'static str,
    label: &'static str,
    options: Vec<(T, String, Signal<String>)>,
    chosen: RwSignal<T>,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let locale = use_locale();
    let buttons = options
        .into_iter()
        .map(|(value, code, text)| {
            let set = value.clone();
            view! {
                <button
                    type="button"
                    role="radio"
                    class="choice-button"
                    data-value=code
                    aria-checked=move || chosen.with(|c| *c == value).to_string()
                    on:click=move |_| chosen.set(set.clone())
                >
                    {move || text.get()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="field" data-field=name>
            <span class="field-label">{move || locale.t(label)}</span>
            <div class="choice" role="radiogroup">
                {buttons}
            </div>
        </div>
    }
    .into_any()
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
    let options = [Panels::Auto, Panels::All, Panels::Category]
        .into_iter()
        .map(|value| {
            let text = Signal::derive(move || locale.t(panels_message(value)));
            (value, value.as_str().to_owned(), text)
        })
        .collect();
    view! { <Radios name="panels" label="grid-panels" options chosen=panels /> }
}

/// All groups, one group, or the combined map: one choice, as radio buttons.
#[component]
pub fn GroupChoice(groups: Vec<GroupView>, scope: RwSignal<Scope>) -> impl IntoView {
    let locale = use_locale();
    let named = |key: &'static str| Signal::derive(move || locale.t(key));
    let options = std::iter::once((Scope::AllGroups, named("grid-all-groups")))
        .chain(
            groups
                .into_iter()
                .map(|g| (Scope::Group(g.id), Signal::stored(g.name))),
        )
        .chain(std::iter::once((Scope::Combined, named("grid-combined"))))
        .map(|(value, text)| (value, value.to_string(), text))
        .collect();
    view! { <Radios name="group" label="grid-show" options chosen=scope /> }
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
