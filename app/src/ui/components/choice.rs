//! A row of large buttons for picking one of a few values (category, level, attitude):
//! one tap, no dropdown to aim at.

use leptos::prelude::*;

use super::field::{FieldGroup, label_id};
use crate::chart::{Panels, Scope};
use crate::domain::{
    Attitude, CategoryId, GroupId, Language, LevelId, Moment, RelationKind, StakeholderId,
};
use crate::i18n::{Strength, Term};
use crate::ui::locale::use_locale;

/// A value a [`Choice`] offers: the signal holds the typed value, so nothing is parsed back
/// from the page; `code` is what its button carries in `data-value` (the API's spelling).
pub trait ChoiceValue: Clone + PartialEq + Send + Sync + 'static {
    fn code(&self) -> String;
}

macro_rules! choice_by_display {
    ($($t:ty),*) => {$(
        impl ChoiceValue for $t {
            fn code(&self) -> String {
                self.to_string()
            }
        }
    )*};
}
choice_by_display!(String, CategoryId, LevelId, GroupId, Scope, Moment);

macro_rules! choice_by_str {
    ($($t:ty),*) => {$(
        impl ChoiceValue for $t {
            fn code(&self) -> String {
                self.as_str().to_owned()
            }
        }
    )*};
}
choice_by_str!(Attitude, RelationKind, Panels);

impl ChoiceValue for Strength {
    fn code(&self) -> String {
        self.0.to_string()
    }
}

impl ChoiceValue for crate::wire::KeyRole {
    fn code(&self) -> String {
        crate::domain::Role::from(*self).name().to_owned()
    }
}

impl ChoiceValue for Language {
    fn code(&self) -> String {
        Language::code(*self).to_owned()
    }
}

/// A moment to compare with, or none.
impl ChoiceValue for Option<Moment> {
    fn code(&self) -> String {
        self.map_or_else(|| "none".to_owned(), |m| m.to_string())
    }
}

/// A baseline to compare with, or none.
impl ChoiceValue for Option<crate::domain::BaselineId> {
    fn code(&self) -> String {
        self.map_or_else(|| "none".to_owned(), |b| b.to_string())
    }
}

/// A relationship's end, none until one is picked.
impl ChoiceValue for Option<StakeholderId> {
    fn code(&self) -> String {
        self.map(|id| id.to_string()).unwrap_or_default()
    }
}

#[component]
pub fn Choice<T: ChoiceValue>(
    /// Names the control for tests and for its label.
    name: &'static str,
    /// The label's key in the locale.
    label: &'static str,
    /// (value, label) pairs.
    #[prop(into)]
    options: Signal<Vec<(T, String)>>,
    selected: RwSignal<T>,
    #[prop(optional, into)] error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <FieldGroup name label error>
            <div class="choice" role="radiogroup" aria-labelledby=label_id(name)>
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(value, text)| {
                            let v = value.clone();
                            let is_on = move || selected.with(|s| *s == v);
                            let code = value.code();
                            view! {
                                <button
                                    type="button"
                                    role="radio"
                                    class="choice-button"
                                    data-value=code
                                    aria-checked=move || is_on().to_string()
                                    on:click=move |_| selected.set(value.clone())
                                >
                                    {text}
                                </button>
                            }
                        })
                        .collect_view()
                }}
            </div>
        </FieldGroup>
    }
}

/// A [`Choice`]'s options: each value with its term's word in the reader's language.
pub fn term_options<T>(terms: Vec<T>) -> Signal<Vec<(T, String)>>
where
    T: Term + ChoiceValue,
{
    let locale = use_locale();
    Signal::derive(move || {
        terms
            .iter()
            .map(|term| (term.clone(), locale.word(term)))
            .collect()
    })
}
