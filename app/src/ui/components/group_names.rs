//! The new workshop's groups as a list of names to edit: one added at the end, any removed
//! but the last. Each name starts as "Group n".

use leptos::prelude::*;

use super::field::ErrorMessage;
use crate::ui::locale::{Locale, use_locale};

/// The groups being named: a number that stays with each (its fields' ids) and its name.
pub type GroupNameList = RwSignal<Vec<(usize, RwSignal<String>)>>;

/// "Group `n`" in the reader's language.
pub fn default_group_name(locale: Locale, n: usize) -> String {
    locale.t_with("group-default", &[("n", n.into())])
}

#[component]
pub fn GroupNames(
    groups: GroupNameList,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let locale = use_locale();
    // Added groups are numbered after every group there has been, so no id comes back.
    let last =
        StoredValue::new(groups.with_untracked(|g| g.iter().map(|(n, _)| *n).max().unwrap_or(0)));
    let add = move |_| {
        last.update_value(|n| *n += 1);
        let n = last.get_value();
        groups.update(|g| g.push((n, RwSignal::new(default_group_name(locale, n)))));
    };
    view! {
        <fieldset class="field" data-field="groups">
            <legend class="field-label">{move || locale.t("field-groups")}</legend>
            <ol class="group-names" role="list">
                <For
                    each=move || groups.get()
                    key=|(n, _)| *n
                    children=move |(n, name)| view! { <GroupName n name groups /> }
                />
            </ol>
            <button type="button" class="secondary" on:click=add>
                {move || locale.t("add-group")}
            </button>
            <ErrorMessage error />
        </fieldset>
    }
    .into_any()
}

/// One group's name, and the button that removes it.
#[component]
fn GroupName(n: usize, name: RwSignal<String>, groups: GroupNameList) -> impl IntoView {
    let locale = use_locale();
    let place = move || {
        let at = groups
            .with(|g| g.iter().position(|(m, _)| *m == n))
            .unwrap_or_default();
        default_group_name(locale, at + 1)
    };
    let field = format!("group-name-{n}");
    let remove = format!("group-remove-{n}");
    // Each field is named by its place in the list ("Group 2"), and its button by what it
    // removes ("Remove Group 2", the field's value read through aria-labelledby).
    view! {
        <li>
            <input
                type="text"
                name="group"
                id=field.clone()
                aria-label=place
                prop:value=move || name.get()
                on:input=move |ev| name.set(event_target_value(&ev))
            />
            <button
                type="button"
                class="secondary"
                id=remove.clone()
                aria-labelledby=format!("{remove} {field}")
                disabled=move || { groups.get().len() <= 1 }
                on:click=move |_| groups.update(|g| g.retain(|(m, _)| *m != n))
            >
                {move || locale.t("remove-group")}
            </button>
        </li>
    }
}
