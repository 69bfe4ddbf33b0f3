//! Two instances on one PostgreSQL, in real Chromium: a tablet on one instance, the
//! moderator's page on the other; each sees the other's edits live, as a load balancer may
//! send a room's devices to either. Skipped without the test script's PostgreSQL (a failure
//! under CI).

use e2e::{Browser, Server, postgres};
use serde_json::json;

#[tokio::test]
async fn a_tablet_on_one_instance_and_the_moderator_on_another_see_each_others_edits_live() {
    if postgres::server().is_none() {
        return;
    }
    let store = postgres::fresh_database().await;
    let a = Server::start_on(&store).await;
    let b = Server::start_on(&store).await;
    let workshop = a.workshop().await;
    let id = workshop["id"].as_str().expect("id").to_owned();
    let key = workshop["moderator_key"].as_str().expect("key").to_owned();
    let code = workshop["groups"][0]["join_code"]
        .as_str()
        .expect("code")
        .to_owned();

    // The moderator's page is served by B, which has not seen the workshop yet.
    let moderator = Browser::start(1280, 800).await;
    moderator
        .open(&format!(
            "{}/moderator/{id}?section=groups#key={key}",
            b.base
        ))
        .await;
    moderator.find("[data-testid=group-column]").await;

    let tablet = Browser::tablet().await;
    tablet.open(&format!("{}/join/{code}", a.base)).await;
    tablet.find("[data-testid=add]").await;
    tablet.saved().await;
    tablet.add_stakeholder("Жогорку Кеңеш").await;
    tablet.saved().await;
    moderator
        .until(
            "the edit made on A on the moderator's screen served by B",
            "document.querySelector('[data-testid=group-column]').innerText.includes('Жогорку Кеңеш')",
        )
        .await;

    // And back: an edit taken by B reaches the tablet on A.
    b.add(
        &workshop,
        "stakeholders",
        json!({"group_id": workshop["groups"][0]["id"], "name": "Айыл өкмөтү",
            "category": "state", "level": "local", "interest": 3, "influence": 4}),
    )
    .await;
    tablet
        .until(
            "the edit made on B on the tablet served by A",
            "[...document.querySelectorAll('[data-testid=stakeholder]')].some(e => e.innerText.includes('Айыл өкмөтү'))",
        )
        .await;
    let names: Vec<String> = b
        .stakeholders(&id, &key)
        .await
        .iter()
        .map(|s| s["name"].as_str().expect("name").to_owned())
        .collect();
    assert_eq!(names.len(), 2, "each edit once: {names:?}");
    tablet.close().await;
    moderator.close().await;
}
