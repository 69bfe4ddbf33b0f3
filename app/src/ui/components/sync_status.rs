//! Says plainly whether this device's changes are saved, on their way, or waiting offline,
//! and tells about a change the server refused, or that the moderator disconnected it; and,
//! as a banner, that the server cannot save at all for now ([`StorageBanner`]).

use leptos::prelude::*;

use crate::ui::client::ApiFailure;
use crate::ui::live::{Live, Status};
use crate::ui::locale::use_locale;

#[component]
pub fn SyncStatus(live: Live) -> impl IntoView {
    let locale = use_locale();
    let text = move || {
        let count = live.waiting.get();
        if let Some(error) = live.shut.get() {
            return ApiFailure::invalid(error).message(locale.lang());
        }
        match (live.status.get(), count) {
            (Status::Offline, _) => locale.t_with("sync-offline", &[("count", count.into())]),
            (_, 0) if live.workshop.get().is_some() => locale.t("sync-saved"),
            (Status::Connecting, 0) => locale.t("sync-connecting"),
            _ => locale.t_with("sync-sending", &[("count", count.into())]),
        }
    };
    let state = move || match (live.status.get(), live.waiting.get()) {
        _ if live.shut.get().is_some() => "shut",
        (Status::Offline, _) => "offline",
        (_, 0) => "saved",
        _ => "sending",
    };
    let refused = move || {
        live.refused.get().map(|(_, error)| {
            let reason = ApiFailure::invalid(error).message(locale.lang());
            view! {
                <div class="refused" role="alert">
                    <p>{locale.t_with("sync-refused", &[("reason", reason.into())])}</p>
                    <button
                        type="button"
                        class="secondary"
                        on:click=move |_| live.refused.set(None)
                    >
                        {locale.t("dismiss")}
                    </button>
                </div>
            }
        })
    };
    view! {
        <StorageBanner live />
        <p class="sync-status" data-testid="sync-status" data-state=state role="status">
            {text}
        </p>
        {refused}
    }
}

/// While the server cannot save: what happens to this device's changes, in a banner the
/// whole width of the page.
#[component]
pub fn StorageBanner(live: Live) -> impl IntoView {
    let locale = use_locale();
    move || {
        (!live.writable.get()).then(|| {
            view! {
                <div class="storage-banner" role="alert" data-testid="storage-banner">
                    {locale.t("storage-read-only")}
                </div>
            }
        })
    }
}
