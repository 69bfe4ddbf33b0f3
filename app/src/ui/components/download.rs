//! A link to a file of the workshop (an export, a picture) that carries no key: a tap asks
//! the server for a single-use ticket (`POST …/tickets`) with the key in the header, then saves
//! the file from a link with the ticket, which works once, for a minute. So no key lands in the
//! browser's history or downloads list.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::WorkshopId;
use crate::ui::browser;
use crate::ui::client;

#[component]
pub fn DownloadLink(
    workshop: WorkshopId,
    /// The key the ticket is asked for with.
    key: String,
    /// The file's address under the site, with its query but no key.
    #[prop(into)]
    href: Signal<String>,
    /// The name the file is saved under.
    #[prop(into)]
    name: Signal<String>,
    testid: &'static str,
    #[prop(default = "button secondary")] class: &'static str,
    children: Children,
) -> impl IntoView {
    let key = StoredValue::new(key);
    let failed = RwSignal::new(false);
    let save = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let (href, name, key) = (href.get_untracked(), name.get_untracked(), key.get_value());
        spawn_local(async move {
            match client::ticket(workshop, &key).await {
                Ok(ticket) => {
                    let joiner = if href.contains('?') { '&' } else { '?' };
                    browser::download(&format!("{href}{joiner}ticket={ticket}"), &name);
                    failed.set(false);
                }
                Err(_) => failed.set(true),
            }
        });
    };
    view! {
        <a
            class=class
            href=move || href.get()
            download=move || name.get()
            data-testid=testid
            data-failed=move || failed.get().then_some("true")
            on:click=save
        >
            {children()}
        </a>
    }
}
