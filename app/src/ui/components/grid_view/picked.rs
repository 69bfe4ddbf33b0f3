//! The bar under the grid while a marker is picked: whose it is, "tap a cell", and the way
//! to its card or back out.

use leptos::prelude::*;

use crate::domain::{StakeholderId, Workshop};
use crate::ui::locale::use_locale;

#[component]
pub(super) fn PickedBar(
    workshop: Signal<Option<Workshop>>,
    selected: RwSignal<Option<StakeholderId>>,
    on_open: Option<Callback<StakeholderId>>,
) -> impl IntoView {
    let locale = use_locale();
    let picked_name = move || {
        let id = selected.get()?;
        workshop.with(|w| w.as_ref()?.stakeholder(id).map(|s| s.name().to_owned()))
    };
    view! {
        <Show when=move || selected.get().is_some()>
            <div class="grid-picked" role="status" data-testid="grid-picked">
                <p>
                    <strong>{picked_name}</strong>
                    " — "
                    {move || locale.t("grid-tap-cell")}
                </p>
                {move || {
                    on_open
                        .map(|open| {
                            view! {
                                <button
                                    type="button"
                                    class="secondary"
                                    on:click=move |_| {
                                        if let Some(id) = selected.get_untracked() {
                                            selected.set(None);
                                            open.run(id);
                                        }
                                    }
                                >
                                    {locale.t("grid-open-card")}
                                </button>
                            }
                        })
                }}
                <button type="button" class="secondary" on:click=move |_| selected.set(None)>
                    {move || locale.t("cancel")}
                </button>
            </div>
        </Show>
    }
}
