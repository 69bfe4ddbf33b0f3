//! Live sync in real Chromium: a tablet's edit appears on the moderator's screen without a
//! reload, and edits made while the server is gone wait in the tablet's outbox — even when the
//! tab is closed — and arrive exactly once when it is back.

use e2e::{Browser, Server};
use serde_json::Value;

async fn add_stakeholder(tablet: &Browser, name: &str) {
    tablet.tap("[data-testid=add]").await;
    tablet.type_into("input[name=name]", name).await;
    tablet.tap("[data-testid=save]").await;
    tablet.find("[data-testid=add]").await;
}

async fn names_on_server(server: &Server, id: &str, key: &str) -> Vec<String> {
    let workshop = server
        .api(
            reqwest::Method::GET,
            &format!("/workshops/{id}"),
            Some(key),
            None,
        )
        .await;
    workshop["stakeholders"]
        .as_array()
        .expect("list")
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
        .open(&format!("{}/moderator/{id}#key={key}", server.base))
        .await;
    moderator.find("[data-testid=group-column]").await;

    let tablet = Browser::tablet().await;
    tablet.open(&format!("{}/join/{code}", server.base)).await;
    tablet.find("[data-testid=add]").await;
    tablet.saved().await;
    add_stakeholder(&tablet, "Жогорку Кеңеш").await;
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
        add_stakeholder(&tablet, &format!("Офлайн {n}")).await;
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

    // The tab is closed while offline; the outbox is in the tablet's storage.
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
