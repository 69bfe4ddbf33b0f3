//! A room's start, in a browser: the server started with no address shows the laptop's own
//! browser, on its home page, the address tablets open — with a QR code that reads back to it
//! — and a tablet that opens that address joins and adds a stakeholder, without that panel.
//!
//! It needs an interface other than loopback that is not this machine's real network:
//! `scripts/test.sh` runs it inside a network namespace of its own with a veth interface
//! (`STAKEMAP_ROOM_IP`), where the server may listen on every interface. Elsewhere it says it
//! skipped.

use e2e::{Browser, Server};
use reqwest::Method;
use serde_json::json;

#[tokio::test]
async fn the_laptop_sees_where_tablets_connect_and_a_tablet_gets_there() {
    let Ok(ip) = std::env::var("STAKEMAP_ROOM_IP") else {
        println!(
            "SKIPPED: STAKEMAP_ROOM_IP is not set (scripts/test.sh runs this in a network namespace)"
        );
        return;
    };
    let server = Server::start_room().await;
    let room = format!("http://{ip}:3000/");

    let laptop = Browser::start(1280, 800).await;
    laptop.open("http://localhost:3000/").await;
    laptop.hydrated().await;
    let card = laptop.find("[data-testid=room-address]").await;
    let text = card.text().await.expect("text");
    assert!(text.contains(&format!("{ip}:3000")), "{text}");
    let (_, read) = laptop.qr_codes("[data-testid=room-address] .qr svg").await;
    assert_eq!(
        read,
        std::slice::from_ref(&room),
        "the QR code is the address"
    );
    laptop.screenshot("room-addresses").await;
    laptop.close().await;

    let body = json!({"title": "Семинар в зале", "groups": ["Группа 1"], "language": "ru"});
    let workshop = server
        .api(Method::POST, "/workshops", None, Some(body))
        .await;
    let code = workshop["groups"][0]["join_code"].as_str().expect("code");
    let tablet = Browser::tablet().await;
    tablet.open(&room).await;
    tablet.hydrated().await;
    tablet.type_into("input[name=code]", code).await;
    tablet.tap("[data-testid=join]").await;
    tablet.find("[data-testid=add]").await;
    tablet.add_stakeholder("Айыл өкмөтү").await;
    tablet.saved().await;
    tablet.open(&room).await;
    tablet.hydrated().await;
    tablet.find("[data-testid=demo]").await;
    let panels = tablet
        .script("return document.querySelectorAll('[data-testid=room-addresses]').length;")
        .await;
    assert_eq!(panels, 0, "a tablet is not shown the laptop's addresses");
    tablet.close().await;
    let (id, key) = e2e::id_and_key(&workshop);
    assert_eq!(server.stakeholders(id, key).await.len(), 1);
}
