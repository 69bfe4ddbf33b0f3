//! The rounds on the moderator's pictures section: closing one (an edit proposed through the
//! live feed, as the timer's are), the moment the pictures show and the round they are
//! compared with, and then the table of what moved.

use leptos::prelude::*;

use crate::domain::{Change, CombinedMap, Edit, Workshop, limits};
use crate::ui::browser;
use crate::ui::client::ApiFailure;
use crate::ui::components::round_choice::{round_names, since_options};
use crate::ui::components::{Choice, ErrorMessage, FormErrors, LabelledField, MovesTable};
use crate::ui::live::Live;
use crate::ui::locale::use_locale;
use crate::ui::pages::moderator_baselines::BaselineChoice;
use crate::ui::pages::moderator_choice::PictureChoice;
use crate::wire::ErrorDetail;

/// Close a round (with the moderator's `feed`); choose what the pictures show and compare.
#[component]
pub fn RoundsPanel(
    feed: Option<RwSignal<Option<Live>>>,
    #[prop(into)] workshop: Signal<Option<Workshop>>,
    #[prop(into)] map: Signal<Option<CombinedMap>>,
    choice: PictureChoice,
) -> impl IntoView {
    let locale = use_locale();
    let name = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<ApiFailure>);
    let close = move |_| {
        let Some(live) = feed.and_then(|f| f.get_untracked()) else {
            return;
        };
        let change = Change::CloseRound {
            name: name.get_untracked(),
        };
        match live.propose(Edit {
            id: browser::new_edit_id(),
            change,
        }) {
            Ok(()) => {
                failure.set(None);
                name.set(String::new());
            }
            Err(e) => failure.set(Some(ApiFailure::invalid(ErrorDetail::from(&e)))),
        }
    };
    let at_options = round_names(workshop, true);
    let since_options = since_options(workshop);
    let any = move || workshop.with(|w| w.as_ref().is_some_and(|w| !w.rounds().is_empty()));

    view! {
        <section class="rounds" data-testid="rounds">
            <h3>{move || locale.t("rounds-heading")}</h3>
            {feed
                .map(|_| {
                    view! {
                        <div class="rounds-close">
                            <LabelledField label="rounds-name">
                                <input
                                    type="text"
                                    name="round-name"
                                    autocomplete="off"
                                    maxlength=limits::ROUND_NAME.to_string()
                                    placeholder=move || locale.t("rounds-name-example")
                                    prop:value=move || name.get()
                                    on:input=move |ev| name.set(event_target_value(&ev))
                                />
                            </LabelledField>
                            <button
                                type="button"
                                class="primary big"
                                data-testid="close-round"
                                disabled=move || feed.is_none_or(|f| f.with(Option::is_none))
                                on:click=close
                            >
                                {move || locale.t("rounds-close")}
                            </button>
                        </div>
                    }
                })}
            <ErrorMessage error=FormErrors::new(failure, &[]).general() />
            <Show
                when=any
                fallback=move || view! { <p class="hint">{move || locale.t("rounds-none")}</p> }
            >
                <Choice name="round-at" label="rounds-at" options=at_options selected=choice.at />
                <Choice
                    name="round-since"
                    label="rounds-compare"
                    options=since_options
                    selected=choice.since
                />
            </Show>
            <BaselineChoice choice />
            <Show when=move || {
                choice.since.with(Option::is_some) || choice.baseline.with(Option::is_some)
            }>
                <MovesTable workshop map options=choice.options() />
            </Show>
        </section>
    }
}
