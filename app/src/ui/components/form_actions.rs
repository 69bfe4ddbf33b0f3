//! The row under every form: save, cancel, and delete when editing something that exists.

use leptos::prelude::*;

use crate::ui::locale::use_locale;

#[component]
pub fn FormActions(
    /// `data-testid`s of the save and delete buttons.
    save_id: &'static str,
    delete_id: &'static str,
    #[prop(into)] disabled: Signal<bool>,
    #[prop(into)] busy: Signal<bool>,
    on_cancel: Callback<()>,
    on_delete: Option<Callback<()>>,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="form-actions">
            <button
                type="submit"
                class="primary"
                data-testid=save_id
                disabled=move || { disabled.get() || busy.get() }
            >
                {move || locale.t(if busy.get() { "saving" } else { "save" })}
            </button>
            <button type="button" class="secondary" on:click=move |_| on_cancel.run(())>
                {move || locale.t("cancel")}
            </button>
            {on_delete
                .map(|delete| {
                    view! {
                        <button
                            type="button"
                            class="danger"
                            data-testid=delete_id
                            on:click=move |_| delete.run(())
                        >
                            {move || locale.t("delete")}
                        </button>
                    }
                })}
        </div>
    }
}
