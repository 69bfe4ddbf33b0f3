//! The server's admin key, for creating and restoring workshops on a server that asks for one
//! (`--admin-key`): the field appears once the server has said so, and the key is kept on
//! this computer, so the moderator types it once.

use leptos::prelude::*;

use crate::ui::browser;
use crate::ui::client::ApiFailure;
use crate::ui::components::LabelledField;
use crate::ui::locale::use_locale;
use crate::wire::{CreatedWorkshop, ErrorCode};

const STORAGE: &str = "stakemap.admin";

#[derive(Clone, Copy)]
pub struct AdminKey {
    key: RwSignal<String>,
    asked: RwSignal<bool>,
}

impl AdminKey {
    /// Reads a kept key once the page runs in the browser.
    pub fn new() -> Self {
        let admin = Self {
            key: RwSignal::new(String::new()),
            asked: RwSignal::new(false),
        };
        Effect::new(move |_| {
            if let Some(kept) = browser::load(STORAGE) {
                admin.key.set(kept);
                admin.asked.set(true);
            }
        });
        admin
    }

    /// The key to send, if one was typed or kept.
    pub fn get(self) -> Option<String> {
        let key = self.key.get_untracked().trim().to_owned();
        (!key.is_empty()).then_some(key)
    }

    /// The server's answer to creating or restoring: a success keeps the key that worked; a
    /// refusal for want of one asks for it.
    pub fn settle(
        self,
        answer: Result<CreatedWorkshop, ApiFailure>,
        created: RwSignal<Option<CreatedWorkshop>>,
        failure: RwSignal<Option<ApiFailure>>,
    ) {
        match answer {
            Ok(done) => {
                if let Some(key) = self.get() {
                    browser::save(STORAGE, &key);
                }
                created.set(Some(done));
            }
            Err(e) => {
                if let ApiFailure::Api { detail, .. } = &e
                    && detail.code == ErrorCode::AdminKey
                {
                    self.asked.set(true);
                }
                failure.set(Some(e));
            }
        }
    }
}

#[component]
pub fn AdminKeyField(admin: AdminKey) -> impl IntoView {
    let locale = use_locale();
    view! {
        <Show when=move || admin.asked.get()>
            <div class="panel admin-key">
                <LabelledField name="admin-key" label="admin-key">
                    <input
                        type="password"
                        name="admin-key"
                        autocomplete="off"
                        data-testid="admin-key"
                        prop:value=move || admin.key.get()
                        on:input=move |ev| admin.key.set(event_target_value(&ev))
                    />
                </LabelledField>
                <p class="hint">{move || locale.t("admin-key-hint")}</p>
            </div>
        </Show>
    }
}
