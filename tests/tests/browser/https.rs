//! A tablet on the room's Wi-Fi over https: the server makes its own authority and a
//! certificate for its names (`--tls-self-signed --tls-name stakemap.test`); Chromium trusts
//! the authority through an NSS database made in the test (as a tablet does after `/trust`)
//! and reaches the server at a name that is not loopback, so the browser allows the service
//! worker only because the page is https. The page loads without a warning, the worker
//! keeps the app, and a reload with the server gone shows the tablet's waiting edits.

use e2e::{Browser, Server};

#[tokio::test]
async fn over_https_at_a_lan_name_the_tablet_reloads_offline_with_its_waiting_edits() {
    let mut server = Server::start_https("stakemap.test").await;
    assert!(
        server.base.starts_with("https://stakemap.test:"),
        "{}",
        server.base
    );
    let workshop = server.workshop().await;
    let code = workshop["groups"][0]["join_code"]
        .as_str()
        .expect("code")
        .to_owned();

    let tablet = Browser::trusting(&server.authority(), "stakemap.test").await;
    tablet.open(&format!("{}/join/{code}", server.base)).await;
    tablet.find("[data-testid=add]").await;
    tablet.saved().await;
    let secure = tablet
        .script("return window.isSecureContext && location.protocol;")
        .await;
    assert_eq!(
        secure.as_str(),
        Some("https:"),
        "a secure context at a LAN name"
    );
    tablet
        .until(
            "the service worker to keep the app",
            "navigator.serviceWorker && navigator.serviceWorker.controller !== null",
        )
        .await;

    server.kill();
    tablet
        .find("[data-testid=sync-status][data-state=offline]")
        .await;
    for name in ["Айыл өкмөтү", "ОО «Голос»"] {
        tablet.add_stakeholder(name).await;
    }
    assert_eq!(
        tablet.reload_offline().await,
        2,
        "the reloaded page shows the waiting edits"
    );

    // Back: the waiting edits arrive.
    server.run().await;
    tablet.saved().await;
    let (id, key) = e2e::id_and_key(&workshop);
    assert_eq!(server.stakeholders(id, key).await.len(), 2);
}
