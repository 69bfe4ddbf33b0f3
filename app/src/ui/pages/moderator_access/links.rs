//! The analyst's and viewer's links: made with a label, shown once to copy (only the server's
//! hash of the key stays), listed, and taken back at once.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::WorkshopId;
use crate::ui::browser;
use crate::ui::client::{self, ApiFailure};
use crate::ui::components::{Choice, CopyButton, ErrorMessage, LabelledField};
use crate::ui::locale::use_locale;
use crate::ui::session::reader_link;
use crate::wire::{KeyRole, KeyView};

fn role_message(role: KeyRole) -> &'static str {
    match role {
        KeyRole::Analyst => "role-analyst",
        KeyRole::Viewer => "role-viewer",
    }
}

#[component]
pub fn Links(id: WorkshopId, key: String) -> impl IntoView {
    let locale = use_locale();
    let key = StoredValue::new(key);
    let list = RwSignal::new(Vec::<KeyView>::new());
    let failure = RwSignal::new(None::<ApiFailure>);
    let role = RwSignal::new(KeyRole::Analyst);
    let label = RwSignal::new(String::new());
    let made = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);

    let load = move || {
        let key = key.get_value();
        spawn_local(async move {
            match client::keys(id, &key).await {
                Ok(keys) => list.set(keys),
                Err(e) => failure.set(Some(e)),
            }
        });
    };
    load();
    let make = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (key, role, text) = (key.get_value(), role.get_untracked(), label.get_untracked());
        busy.set(true);
        failure.set(None);
        spawn_local(async move {
            match client::add_key(id, &key, role, text).await {
                Ok(view) => {
                    let secret = view.key.clone().unwrap_or_default();
                    made.set(Some(reader_link(
                        &browser::origin(),
                        id,
                        view.role,
                        &secret,
                    )));
                    label.set(String::new());
                    list.update(|l| l.push(view));
                }
                Err(e) => failure.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let revoke = move |link: KeyView| {
        if !browser::confirm(&locale.t("link-revoke-confirm")) {
            return;
        }
        let key = key.get_value();
        spawn_local(async move {
            match client::revoke_key(id, &key, link.id).await {
                Ok(()) => list.update(|l| l.retain(|k| k.id != link.id)),
                Err(e) => failure.set(Some(e)),
            }
        });
    };
    let roles = Signal::derive(move || {
        [KeyRole::Analyst, KeyRole::Viewer]
            .map(|r| (r, locale.t(role_message(r))))
            .to_vec()
    });
    let shown = move || {
        made.get().map(|link| {
            let to_copy = link.clone();
            view! {
                <p class="warning">{move || locale.t("link-made")}</p>
                <input type="text" readonly value=link data-testid="new-link" />
                <CopyButton text=to_copy />
            }
        })
    };
    view! {
        <section class="panel access" data-testid="links">
            <h2>{move || locale.t("links-title")}</h2>
            <p class="hint">{move || locale.t("links-hint")}</p>
            <form on:submit=make>
                <Choice name="link-role" label="link-role" options=roles selected=role />
                <LabelledField name="link-label" label="link-label">
                    <input
                        type="text"
                        name="link-label"
                        maxlength="100"
                        prop:value=move || label.get()
                        on:input=move |ev| label.set(event_target_value(&ev))
                    />
                </LabelledField>
                <button
                    type="submit"
                    class="primary"
                    data-testid="make-link"
                    disabled=move || busy.get()
                >
                    {move || locale.t("link-make")}
                </button>
            </form>
            {shown}
            <ErrorMessage error=Signal::derive(move || {
                failure.get().map(|e| e.message(locale.lang()))
            }) />
            <LinkList list on_revoke=Callback::new(revoke) />
        </section>
    }
    .into_any()
}

/// The links made so far, each with its button to take it back.
#[component]
fn LinkList(list: RwSignal<Vec<KeyView>>, on_revoke: Callback<KeyView>) -> impl IntoView {
    let locale = use_locale();
    let revoke = move |link: KeyView| on_revoke.run(link);
    let rows = move || {
        let links = list.get();
        if links.is_empty() {
            return view! { <li class="hint">{move || locale.t("links-none")}</li> }.into_any();
        }
        links
            .into_iter()
            .map(|link| {
                let text = locale.t_with(
                    "link-row",
                    &[
                        ("label", link.label.clone().into()),
                        ("role", locale.t(role_message(link.role)).into()),
                        ("created", browser::local_time(link.created).into()),
                    ],
                );
                let this = link.clone();
                view! {
                    <li data-testid="link" data-role=role_message(link.role)>
                        <span>{text}</span>
                        <button
                            type="button"
                            class="secondary"
                            data-testid="revoke-link"
                            on:click=move |_| revoke(this.clone())
                        >
                            {move || locale.t("link-revoke")}
                        </button>
                    </li>
                }
            })
            .collect_view()
            .into_any()
    };
    view! { <ul class="links">{rows}</ul> }.into_any()
}
