//! The home page's "addresses for tablets", on the server's own machine: each address tablets
//! on this network can open, large enough to read across a table, with its QR code. The
//! server tells only its own machine (`HomeFacts`), so tablets never show it.

use leptos::prelude::*;

use crate::chart::{QrPicture, svg};
use crate::ui::locale::use_locale;
use crate::wire::ServerAddress;

/// Drawn so that a phone reads it from an arm's length off a laptop's screen.
const QR_SIDE: u32 = 220;

#[component]
pub fn RoomAddresses(addresses: Vec<ServerAddress>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="panel room-addresses" data-testid="room-addresses">
            <h2>{locale.t("home-addresses-title")}</h2>
            <p class="hint">{locale.t("home-addresses-hint")}</p>
            <div class="address-cards">
                {addresses.into_iter().map(address_card).collect_view()}
            </div>
        </section>
    }
}

fn address_card(address: ServerAddress) -> impl IntoView {
    let picture = QrPicture::new(&address.url, QR_SIDE).map(|qr| svg(&qr));
    let shown = address.url.trim_end_matches('/').to_owned();
    view! {
        <figure class="address-card" data-testid="room-address">
            {picture.map(|p| view! { <div class="qr" inner_html=p></div> })}
            <figcaption>
                <a class="address-url" href=address.url.clone()>
                    {shown}
                </a>
                <span class="hint">{address.interface}</span>
            </figcaption>
        </figure>
    }
}
