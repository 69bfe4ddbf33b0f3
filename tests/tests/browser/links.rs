//! Relationships in real Chromium: a tablet adds one by touch, and the moderator's graph shows
//! the edge.

use e2e::{Browser, Server, id_and_key};
use serde_json::{Value, json};

#[tokio::test]
async fn a_relationship_added_on_a_tablet_appears_on_the_moderators_graph() {
    let server = Server::start().await;
    let w = server.workshop().await;
    let (id, key) = id_and_key(&w);
    let mut ids = Vec::new();
    for name in ["Жогорку Кеңеш", "Министерство юстиции"] {
        let body = json!({"group_id": w["groups"][0]["id"], "name": name,
            "category": "state", "level": "national", "interest": 4, "influence": 4});
        ids.push(server.add(&w, "stakeholders", body).await);
    }

    let moderator = Browser::start(1280, 900).await;
    moderator
        .open(&format!(
            "{}/moderator/{id}?section=pictures#key={key}",
            server.base
        ))
        .await;
    moderator.tap("[data-testid=picture-graph]").await;
    moderator.find("[data-testid=graph] svg").await;

    let tablet = Browser::tablet().await;
    let code = w["groups"][0]["join_code"].as_str().unwrap();
    tablet.open(&format!("{}/join/{code}", server.base)).await;
    tablet.find("[data-testid=add]").await;
    add_with_the_form(&tablet, &ids).await;

    // Stored as entered.
    let r = &server.read(&w).await["relationships"][0];
    assert_eq!(
        (
            r["from"].as_str(),
            r["to"].as_str(),
            r["kind"].as_str(),
            r["strength"].as_i64(),
            r["directed"].as_bool()
        ),
        (
            Some(ids[0].as_str()),
            Some(ids[1].as_str()),
            Some("funding"),
            Some(3),
            Some(true)
        )
    );

    add_by_tapping_the_graph(&tablet, &ids).await;
    let stored = server.read(&w).await;
    let tapped = stored["relationships"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "information")
        .expect("the tapped relationship is stored");
    assert_eq!(
        (tapped["from"].as_str(), tapped["to"].as_str()),
        (Some(ids[1].as_str()), Some(ids[0].as_str()))
    );

    the_moderator_sees_both(&moderator, &server, &w).await;
    tablet.close().await;
    moderator.close().await;
}

/// On the tablet's links tab: a one-way funding relationship of strength 3 from `ids[0]` to
/// `ids[1]`, through the form.
async fn add_with_the_form(tablet: &Browser, ids: &[String]) {
    tablet.tap("[data-testid=tab-links]").await;
    tablet.tap("[data-testid=add-relationship]").await;
    tablet
        .tap(&format!("[data-field=from] [data-value='{}']", ids[0]))
        .await;
    tablet
        .tap(&format!("[data-field=to] [data-value='{}']", ids[1]))
        .await;
    tablet.tap("[data-field=kind] [data-value=funding]").await;
    tablet.tap("[data-field=strength] [data-value='3']").await;
    tablet
        .tap("[data-field=direction] [data-value=one_way]")
        .await;
    tablet.tap("[data-testid=save-relationship]").await;
    tablet
        .find("[data-testid=relationship][data-kind=funding]")
        .await;
    tablet.saved().await;
    tablet.screenshot("tablet-links").await;
}

/// Or by tapping two stakeholders on the tablet's graph (`ids[1]`, then `ids[0]`): the form
/// opens with both ends, and an information relationship is saved.
async fn add_by_tapping_the_graph(tablet: &Browser, ids: &[String]) {
    tablet
        .tap(&format!("[data-testid=graph-node][data-id='{}']", ids[1]))
        .await;
    tablet
        .until(
            "the first stakeholder picked",
            "document.querySelector('[data-testid=graph-node][aria-pressed=true]') !== null",
        )
        .await;
    let hint = tablet.text("[data-testid=graph-hint]").await;
    assert!(hint.contains("Министерство юстиции"), "{hint}");
    tablet
        .tap(&format!("[data-testid=graph-node][data-id='{}']", ids[0]))
        .await;
    tablet
        .tap("[data-field=kind] [data-value=information]")
        .await;
    tablet.tap("[data-testid=save-relationship]").await;
    tablet
        .find("[data-testid=relationship][data-kind=information]")
        .await;
    tablet.saved().await;
}

/// The moderator's graph draws the funding edge (brown dashes) without a reload, and the
/// measures count one neighbour for each end (two relationships, one pair); the projector
/// shows the same graph, alone.
async fn the_moderator_sees_both(moderator: &Browser, server: &Server, w: &Value) {
    moderator
        .until(
            "the funding edge on the moderator's graph",
            "document.querySelector('[data-testid=graph] svg').innerHTML.includes('#B35806')",
        )
        .await;
    moderator
        .until(
            "both relationships counted",
            "[...document.querySelectorAll('[data-testid=measures] tbody tr')]
                .every(r => r.children[1].textContent === '1')
             && document.querySelectorAll('[data-testid=measures] tbody tr').length === 2",
        )
        .await;
    let degrees = moderator
        .script(
            "return [...document.querySelectorAll('[data-testid=measures] tbody tr')]
                .map(r => r.children[1].textContent);",
        )
        .await;
    assert_eq!(degrees, json!(["1", "1"]));
    moderator.screenshot("moderator-graph").await;

    let (id, key) = id_and_key(w);
    moderator
        .open(&format!(
            "{}/moderator/{id}/projector?view=graph#key={key}",
            server.base
        ))
        .await;
    moderator
        .until(
            "the graph on the projector",
            "document.querySelector('[data-testid=graph] svg')?.innerHTML.includes('#B35806')",
        )
        .await;
}
