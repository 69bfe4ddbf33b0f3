//! A breakout group's page on its tablet: the group's stakeholders by category, and the form
//! to add, edit and delete them. Edits apply on screen at once and travel over the live
//! connection; without a network they wait in the tablet's outbox.
//!
//! `state.rs` holds what the parts share; `overview.rs` is the page between forms, with the
//! tabs of `tabs.rs` (`grid_tab.rs`, `links_tab.rs`; the list is `StakeholderList`);
//! `forms.rs` opens a form and `edits.rs` turns what it saves into edits.

mod all_maps_tab;
mod edits;
mod forms;
mod grid_tab;
mod links_tab;
mod overview;
mod state;
mod tabs;
#[cfg(test)]
mod tests;
mod undo_bar;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use self::overview::Overview;
use self::state::{GroupState, Mode};
use self::tabs::Tab;
use crate::domain::Actor;
use crate::ui::client::{self, ApiFailure};
use crate::ui::components::{SyncStatus, TimerBar, TopBar};
use crate::ui::live::{Live, Status};
use crate::ui::locale::use_locale;
use crate::ui::session::GroupSession;
use crate::wire::ErrorCode;

#[component]
pub fn GroupPage() -> impl IntoView {
    let locale = use_locale();
    let session = RwSignal::new(None::<GroupSession>);
    let checked = RwSignal::new(false);
    let live = RwSignal::new(None::<Live>);
    let refused_key = RwSignal::new(None::<ApiFailure>);
    let navigate = use_navigate();
    let tab = RwSignal::new(Tab::List);
    tabs::reopen_last(tab);
    Effect::new(move |_| {
        let remembered = GroupSession::load();
        if let Some(s) = &remembered {
            connect(s, live, refused_key);
        }
        session.set(remembered);
        checked.set(true);
    });

    let g = GroupState::new(session, live, tab);
    let loaded = Memo::new(move |_| g.workshop.with(Option::is_some));
    let leave = move |_| {
        GroupSession::forget();
        navigate("/", Default::default());
    };
    let title = Signal::derive(move || session.get().map(|s| s.group_name).unwrap_or_default());
    let subtitle = Signal::derive(move || g.workshop.get().map(|w| w.title).unwrap_or_default());

    let body = move || {
        let loading = move || view! { <p class="loading">{locale.t("loading")}</p> }.into_any();
        if !checked.get() {
            return loading();
        }
        if session.get().is_none() {
            return view! { <NotJoined /> }.into_any();
        }
        if let Some(e) = refused_key.get() {
            return view! {
                <p class="field-error" role="alert">
                    {e.message(locale.lang())}
                </p>
                <NotJoined />
            }
            .into_any();
        }
        // Only the arrival of the first copy re-renders the page: an open form must keep what
        // the person is typing while other tablets' edits arrive.
        if !loaded.get() {
            return loading();
        }
        let Some(w) = g.workshop.get_untracked() else {
            return loading();
        };
        match g.mode.get() {
            Mode::List => view! { <Overview g categories=w.categories /> }.into_any(),
            Mode::Form(form) => forms::open_form(g, w, form),
        }
    };

    view! {
        <TopBar title subtitle />
        <main class="page group">
            <TimerBar live />
            {move || live.get().map(|live| view! { <SyncStatus live /> })}
            {body}
            <Show when=move || session.get().is_some()>
                <button type="button" class="secondary leave" on:click=leave.clone()>
                    {move || locale.t("leave-group")}
                </button>
            </Show>
        </main>
    }
}

/// Starts the live connection of the group `s` remembers.
fn connect(
    s: &GroupSession,
    live: RwSignal<Option<Live>>,
    refused_key: RwSignal<Option<ApiFailure>>,
) {
    let started = Live::start(s.workshop_id, &s.token, Actor::Group(s.group_id));
    live.set(Some(started));
    // A websocket cannot tell a refused key from a dropped network: when the feed drops or
    // never opens, or the server ended it for the key, ask once over HTTP (once per outage), so
    // a tablet whose key or group is not valid is told to join again. While the feed is up
    // the key is good, and joining costs no second read of the workshop. A tablet the
    // moderator disconnected keeps its page: the feed said so.
    let s = s.clone();
    let asked = StoredValue::new(false);
    let disconnected = move || {
        started
            .shut
            .with_untracked(|e| e.as_ref().is_some_and(|e| e.code == ErrorCode::Revoked))
    };
    Effect::new(move |_| match started.status.get() {
        Status::Online => asked.set_value(false),
        Status::Offline if !asked.get_value() && !disconnected() => {
            asked.set_value(true);
            let s = s.clone();
            spawn_local(async move {
                if let Err(ApiFailure::Api {
                    status: 401 | 403 | 404,
                    detail,
                }) = client::check_key(s.workshop_id, &s.token).await
                {
                    refused_key.set(Some(ApiFailure::Api {
                        status: 401,
                        detail,
                    }));
                }
            });
        }
        _ => {}
    });
}

#[component]
fn NotJoined() -> impl IntoView {
    let locale = use_locale();
    view! {
        <p>{move || locale.t("not-joined")}</p>
        <a class="button primary big" href="/" rel="external">
            {move || locale.t("go-home")}
        </a>
    }
}
