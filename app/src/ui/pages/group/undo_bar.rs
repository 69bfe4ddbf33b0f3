//! The tablet's undo and redo: its own recent edits taken back and made again, each as a new
//! edit through the outbox (so they work offline and arrive once). An undo that another
//! device's change made impossible says why.

use leptos::prelude::*;

use super::state::GroupState;
use crate::ui::client::ApiFailure;
use crate::ui::live::Live;
use crate::wire::ErrorDetail;

#[component]
pub(super) fn UndoBar(g: GroupState) -> impl IntoView {
    let locale = g.locale;
    let refusal = RwSignal::new(None::<String>);
    let act = move |how: fn(&Live) -> Result<bool, crate::domain::DomainError>| {
        let Some(live) = g.live.get_untracked() else {
            return;
        };
        let said = how(&live)
            .err()
            .map(|e| ApiFailure::invalid(ErrorDetail::from(&e)).message(locale.lang()));
        refusal.set(said);
    };
    let can = move |which: fn(&Live) -> RwSignal<bool>| {
        g.live.with(|l| l.as_ref().is_some_and(|l| which(l).get()))
    };
    view! {
        <div class="undo-bar">
            <button
                type="button"
                class="secondary"
                data-testid="undo"
                disabled=move || !can(|l| l.can_undo)
                on:click=move |_| act(Live::undo)
            >
                {move || locale.t("undo")}
            </button>
            <button
                type="button"
                class="secondary"
                data-testid="redo"
                disabled=move || !can(|l| l.can_redo)
                on:click=move |_| act(Live::redo)
            >
                {move || locale.t("redo")}
            </button>
        </div>
        <Show when=move || refusal.with(Option::is_some)>
            <p class="error" role="alert" data-testid="undo-refused">
                {move || refusal.get()}
            </p>
        </Show>
    }
}
