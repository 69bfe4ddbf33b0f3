//! Undo on a tablet in real Chromium: three changes made offline and undone offline reach the
//! server once each when it is back, leaving the map as it was; redo brings one back; an undo
//! that the moderator's later change made impossible is refused with the reason.

use e2e::{Browser, Server, id_and_key};
use reqwest::Method;
use serde_json::{Value, json};

async fn names(server: &Server, id: &str, key: &str) -> Vec<String> {
    let mut names: Vec<String> = server
        .stakeholders(id, key)
        .await
        .iter()
        .map(|s| s["name"].as_str().expect("name").to_owned())
        .collect();
    names.sort();
    names
}

/// The names the tablet's list shows.
async fn shown(tablet: &Browser) -> Vec<String> {
    let list = tablet
        .script("return [...document.querySelectorAll('[data-testid=stakeholder] .card-name')].map(e => e.textContent.trim());")
        .await;
    let mut list: Vec<String> = serde_json::from_value(list).unwrap_or_default();
    list.sort();
    list
}

#[tokio::test]
async fn a_tablet_undoes_three_changes_offline_and_they_arrive_exactly_once() {
    let mut server = Server::start().await;
    let w: Value = server.workshop().await;
    let (id, key) = id_and_key(&w);
    let (id, key) = (id.to_owned(), key.to_owned());
    let code = w["groups"][0]["join_code"].as_str().unwrap();

    let tablet = Browser::tablet().await;
    tablet.open(&format!("{}/join/{code}", server.base)).await;
    tablet.add_stakeholder("Акимиат").await;
    tablet.saved().await;
    assert!(
        tablet
            .script("return document.querySelector('[data-testid=redo]').disabled;")
            .await
            == true,
        "nothing undone yet: nothing to redo"
    );

    server.kill();
    tablet
        .find("[data-testid=sync-status][data-state=offline]")
        .await;
    for n in 1..=3 {
        tablet.add_stakeholder(&format!("Офлайн {n}")).await;
    }
    for _ in 0..3 {
        tablet.tap("[data-testid=undo]").await;
    }
    tablet
        .until(
            "the three undone on the tablet",
            "document.querySelectorAll('[data-testid=stakeholder]').length === 1",
        )
        .await;
    assert_eq!(shown(&tablet).await, ["Акимиат"]);

    server.run().await;
    tablet.saved().await;
    assert_eq!(
        names(&server, &id, &key).await,
        ["Акимиат"],
        "the map as it was"
    );
    let history = server
        .api(
            Method::GET,
            &format!("/workshops/{id}/history"),
            Some(&key),
            None,
        )
        .await;
    let ops: Vec<&str> = history["edits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["change"]["op"].as_str().unwrap())
        .collect();
    assert_eq!(
        ops,
        [
            "add_stakeholder",
            "add_stakeholder",
            "add_stakeholder",
            "add_stakeholder",
            "guarded",
            "guarded",
            "guarded"
        ],
        "each of the seven edits once, the undos as edits of their own"
    );

    // Redo brings back what the last undo took: «Офлайн 1».
    tablet.tap("[data-testid=redo]").await;
    tablet.saved().await;
    assert_eq!(names(&server, &id, &key).await, ["Акимиат", "Офлайн 1"]);

    // The moderator renames it; undoing the redo would now delete their change: refused.
    let sid = server
        .stakeholders(&id, &key)
        .await
        .into_iter()
        .find(|s| s["name"] == "Офлайн 1")
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .unwrap();
    let path = format!("/workshops/{id}/stakeholders/{sid}");
    server
        .api(
            Method::PATCH,
            &path,
            Some(&key),
            Some(json!({"name": "Офлайн 1 (модератор)"})),
        )
        .await;
    tablet
        .until(
            "the moderator's rename on the tablet",
            "document.body.innerText.includes('(модератор)')",
        )
        .await;
    tablet.tap("[data-testid=undo]").await;
    let refused = tablet.text("[data-testid=undo-refused]").await;
    assert!(refused.contains("Отменить нельзя"), "{refused}");
    assert_eq!(
        names(&server, &id, &key).await,
        ["Акимиат", "Офлайн 1 (модератор)"],
        "nothing changed"
    );
}
