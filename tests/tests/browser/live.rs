//! Live sync in real Chromium: a tablet's edit appears on the moderator's screen without a
//! reload, and edits made while the server is gone wait in the tablet's outbox — even when the
//! tab is closed — and arrive exactly once when it is back.

use e2e::{Browser, Server};
use serde_json::Value;

async fn names_on_server(server: &Server, id: &str, key: &str) -> Vec<String> {
    server
        .stakeholders(id, key)
        .await
        .iter()
        .map(|s| s["name"].as_str().expect("name").to_owned())
        .collect()
}

#[tokio::test]
async fn tablet_edits_reach_the_moderator_live_and_offline_edits_arrive_exactly_once() {
    let mut server = Server::start().await;
    let workshop: Value = server.workshop().await;
    let id = workshop["id"].as_str().expect("id").to_owned();
    let key = workshop["moderator_key"].as_str().expect("key").to_owned();
    let code = workshop["groups"][0]["join_code"]
        .as_str()
        .expect("code")
        .to_owned();

    let moderator = Browser::start(1280, 800).await;
    moderator
        .open(&format!(
            "{}/moderator/{id}?section=groups#key={key}",
            server.base
        ))
        .await;
    moderator.find("[data-testid=group-column]").await;

    let tablet = Browser::tablet().await;
    tablet.open(&format!("{}/join/{code}", server.base)).await;
    tablet.find("[data-testid=add]").await;
    tablet.saved().await;
    tablet
        .until(
            "the service worker to keep the app",
            "navigator.serviceWorker && navigator.serviceWorker.controller !== null",
        )
        .await;
    tablet.add_stakeholder("Жогорку Кеңеш").await;
    tablet.saved().await;
    moderator
        .until(
            "the tablet's edit on the moderator's screen",
            "document.querySelector('[data-testid=group-column]').innerText.includes('Жогорку Кеңеш')",
        )
        .await;

    // The server goes away; the tablet keeps working and says so.
    server.kill();
    tablet
        .find("[data-testid=sync-status][data-state=offline]")
        .await;
    for n in 1..=5 {
        tablet.add_stakeholder(&format!("Офлайн {n}")).await;
    }
    let status = tablet.text("[data-testid=sync-status]").await;
    assert!(
        status.contains('5'),
        "the tablet counts what waits: {status}"
    );
    let shown = tablet
        .script("return document.querySelectorAll('[data-testid=stakeholder]').length;")
        .await;
    assert_eq!(shown.as_u64(), Some(6), "offline edits show at once");

    // Reloaded while offline: the service worker brings the page back, the outbox is in the
    // tablet's storage.
    assert_eq!(
        tablet.reload_offline().await,
        6,
        "the reloaded page shows the waiting edits"
    );
    // The grid and the graph are pieces of the app loaded when first opened; this tablet
    // never opened them, and they still come up offline: the service worker kept them.
    tablet.tap("[data-testid=tab-grid]").await;
    tablet.find("[data-testid=grid] svg").await;
    let markers = tablet
        .script("return document.querySelectorAll('[data-testid=marker]').length;")
        .await;
    assert_eq!(
        markers.as_u64(),
        Some(6),
        "the offline grid shows the waiting edits"
    );
    tablet.tap("[data-testid=tab-links]").await;
    tablet.find("[data-testid=graph] svg").await;
    tablet.tap("[data-testid=tab-list]").await;

    // The tab is closed; the server comes back; the tablet is opened again.
    tablet.client.goto("about:blank").await.expect("leaves");
    server.run().await;
    tablet.open(&format!("{}/group", server.base)).await;
    tablet.saved().await;

    let mut names = names_on_server(&server, &id, &key).await;
    names.sort();
    assert_eq!(
        names,
        [
            "Жогорку Кеңеш",
            "Офлайн 1",
            "Офлайн 2",
            "Офлайн 3",
            "Офлайн 4",
            "Офлайн 5"
        ],
        "every edit arrived exactly once"
    );
    moderator
        .until(
            "the offline edits on the moderator's screen",
            "document.querySelector('[data-testid=group-column]').innerText.includes('Офлайн 5')",
        )
        .await;
    tablet.close().await;
    moderator.close().await;
}

#[tokio::test]
async fn two_tablets_editing_one_stakeholder_keep_both_fields_and_a_delete_does_not_resurrect() {
    let server = Server::start().await;
    let workshop: Value = server.workshop().await;
    let code = workshop["groups"][0]["join_code"]
        .as_str()
        .expect("code")
        .to_owned();
    let a = Browser::tablet().await;
    let b = Browser::tablet().await;
    for tablet in [&a, &b] {
        tablet.open(&format!("{}/join/{code}", server.base)).await;
        tablet.find("[data-testid=add]").await;
        tablet.saved().await;
    }
    a.add_stakeholder("Союз МСУ").await;
    a.saved().await;
    b.find("[data-testid=stakeholder]").await;

    // Both open the same card; one changes interest, the other influence.
    a.tap("[data-testid=stakeholder] .card-button").await;
    b.tap("[data-testid=stakeholder] .card-button").await;
    a.tap("[data-field=interest] .step-more").await;
    b.tap("[data-field=influence] .step-less").await;
    a.tap("[data-testid=save]").await;
    a.saved().await;
    b.tap("[data-testid=save]").await;
    b.saved().await;
    for tablet in [&a, &b] {
        tablet
            .until(
                "both changes on both tablets",
                "document.querySelector('[data-testid=stakeholder] [data-testid=interest]').textContent === '4' \
                 && document.querySelector('[data-testid=stakeholder] [data-testid=influence]').textContent === '2'",
            )
            .await;
    }
    assert_eq!(a.text("[data-testid=interest]").await, "4");

    // B is editing while A deletes: B's save is refused and nothing comes back.
    b.tap("[data-testid=stakeholder] .card-button").await;
    b.find("[data-testid=stakeholder-form]").await;
    a.tap("[data-testid=stakeholder] .card-button").await;
    a.tap("[data-testid=delete]").await;
    a.client
        .accept_alert()
        .await
        .expect("the delete is confirmed");
    a.saved().await;
    b.tap("[data-field=interest] .step-less").await;
    b.tap("[data-testid=save]").await;
    // B learns either at once (its copy already knows of the delete) or from the server.
    b.until(
        "B being told the stakeholder is gone",
        "document.querySelector('[data-testid=stakeholder-form] .field-error') \
         || document.querySelector('.refused')",
    )
    .await;
    let still_editing = b
        .script("return !!document.querySelector('[data-testid=stakeholder-form]');")
        .await;
    if still_editing == Value::Bool(true) {
        b.tap("[data-testid=stakeholder-form] .secondary").await;
    }
    b.saved().await;
    let left = b
        .script("return document.querySelectorAll('[data-testid=stakeholder]').length;")
        .await;
    assert_eq!(
        left.as_u64(),
        Some(0),
        "the deleted stakeholder stays deleted"
    );
    let id = workshop["id"].as_str().expect("id");
    let key = workshop["moderator_key"].as_str().expect("key");
    assert!(names_on_server(&server, id, key).await.is_empty());
    a.close().await;
    b.close().await;
}

/// A long time offline: more edits than the feed takes at once (here a burst of 8, then 4 a
/// second; a room's server 40, then 20). The server answers the rest "not now"; the tablet
/// keeps them and sends them again, and every one arrives.
#[tokio::test]
async fn a_long_time_offline_every_edit_arrives_though_the_feed_takes_only_so_many_at_once() {
    let mut server = Server::start_limited(4, 8).await;
    let workshop: Value = server.workshop().await;
    let id = workshop["id"].as_str().expect("id").to_owned();
    let key = workshop["moderator_key"].as_str().expect("key").to_owned();
    let code = workshop["groups"][0]["join_code"].as_str().expect("code");
    let tablet = Browser::tablet().await;
    tablet.open(&format!("{}/join/{code}", server.base)).await;
    tablet.find("[data-testid=add]").await;
    tablet.saved().await;

    server.kill();
    tablet
        .find("[data-testid=sync-status][data-state=offline]")
        .await;
    const OFFLINE: usize = 20;
    for n in 1..=OFFLINE {
        tablet.add_stakeholder(&format!("Офлайн {n}")).await;
    }
    server.run().await;
    tablet.saved().await;
    let names = names_on_server(&server, &id, &key).await;
    assert_eq!(names.len(), OFFLINE, "every edit arrived: {names:?}");
    let refused = tablet
        .script("return document.querySelector('.refused') !== null;")
        .await;
    assert_eq!(refused, false, "nothing said refused");
    tablet.close().await;
}
