//! The home page's "addresses for tablets", on the server's own machine: each address tablets
//! on this network can open, large enough to read across a table, with its QR code. The
//! server answers only its own machine, so tablets never show it.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::chart::{QrPicture, svg};
use crate::ui::client;
use crate::ui::locale::use_locale;
use crate::wire::{ServerAddress, ServerAddresses};

/// Drawn so that a phone reads it from an arm's length off a laptop's screen.
const QR_SIDE: u32 = 220;

#[component]
pub fn RoomAddresses() -> impl IntoView {
    let locale = use_locale();
    let found = RwSignal::new(None::<ServerAddresses>);
    Effect::new(move |_| {
        spawn_local(async move {
            if let Ok(answer) = client::server_addresses().await {
                found.set(Some(answer));
            }
        });
    });
    move || {
        // Nothing to show on a server that listens on this machine only: its console said so.
        let answer = found.get().filter(|a| !a.addresses.is_empty())?;
        let addresses = answer.addresses;
        // The QR encoder loads with the cards, only on the server's own machine.
        let cards = move || {
            let addresses = addresses.clone();
            Suspend::new(async move { address_cards(addresses).await })
        };
        Some(view! {
            <section class="panel room-addresses" data-testid="room-addresses">
                <h2>{move || locale.t("home-addresses-title")}</h2>
                <p class="hint">{move || locale.t("home-addresses-hint")}</p>
                <div class="address-cards">
                    <Suspense>{cards}</Suspense>
                </div>
            </section>
        })
    }
}

/// Every address's card, in a WASM piece of its own when the site is built split.
#[lazy]
fn address_cards(addresses: Vec<ServerAddress>) -> AnyView {
    addresses
        .into_iter()
        .map(address_card)
        .collect_view()
        .into_any()
}

fn address_card(address: ServerAddress) -> impl IntoView {
    let picture = QrPicture::new(&address.url, QR_SIDE).map(|qr| svg(&qr));
    let shown = address.url.trim_end_matches('/').to_owned();
    view! {
        <figure class="address-card" data-testid="room-address">
            {picture.map(|p| view! { <div class="qr" inner_html=p></div> })}
            <figcaption>
                <a class="address-url" href=address.url.clone() rel="external">
                    {shown}
                </a>
                <span class="hint">{address.interface}</span>
            </figcaption>
        </figure>
    }
}
