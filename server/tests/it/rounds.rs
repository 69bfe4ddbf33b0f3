//! Rounds through the API: the moderator closes them, everyone lists them, a grid shows the
//! maps at a round or compares two moments; the kept maps survive a restart.

use axum::Router;
use axum::http::StatusCode;
use serde_json::{Value, json};

use crate::support::{Fixture, call, fixture, router_on, state};

/// The arrows' and rings' colour (`chart::palette::TRAIL`) as the SVG writes it.
const TRAIL: &str = "#5B2A86";

async fn close(f: &Fixture, key: &str, body: Value) -> crate::support::Reply {
    let uri = format!("/workshops/{}/rounds", f.id);
    call(&f.router, "POST", &uri, Some(key), Some(body)).await
}

async fn grid(router: &Router, id: &str, key: &str, query: &str) -> crate::support::Reply {
    let uri = format!("/workshops/{id}/grid.svg?{query}");
    call(router, "GET", &uri, Some(key), None).await
}

fn code(reply: &crate::support::Reply) -> String {
    reply.json()["error"]["code"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// The fixture with two rounds: "До обсуждения", then the discussion (the Ministry down to
/// "monitor", Жогорку Кеңеш deleted, one new), then round 2 with its default name; with
/// both rounds as the API answered their closing.
async fn two_rounds() -> (Fixture, Value, Value) {
    let f = fixture().await;
    let first = close(&f, &f.key, json!({"name": "  До обсуждения "})).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text());
    let first = first.json();
    assert_eq!(
        (first["number"].as_u64(), first["name"].as_str()),
        (Some(1), Some("До обсуждения"))
    );
    let refused = close(&f, &f.token, json!({})).await;
    assert_eq!(
        (refused.status, code(&refused)),
        (StatusCode::FORBIDDEN, "moderator_only".into())
    );
    let long = close(&f, &f.key, json!({"name": "р".repeat(101)})).await;
    assert_eq!(code(&long), "too_long");

    let uri = format!("/workshops/{}/stakeholders/{}", f.id, f.ids[0]);
    let moved = call(
        &f.router,
        "PATCH",
        &uri,
        Some(&f.key),
        Some(json!({"interest": 1, "influence": 1})),
    )
    .await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.text());
    let uri = format!("/workshops/{}/stakeholders/{}", f.id, f.ids[1]);
    assert_eq!(
        call(&f.router, "DELETE", &uri, Some(&f.key), None)
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    let body = json!({"group_id": f.groups[0], "name": "Аксакалдар соту", "category": "informal",
        "level": "local", "interest": 5, "influence": 2});
    crate::support::add(&f.router, &f.id, &f.key, "stakeholders", body).await;
    let second = close(&f, &f.key, json!({})).await.json();
    assert_eq!(
        (second["number"].as_u64(), second["name"].as_str()),
        (Some(2), Some(""))
    );
    // Its own edit, then the three above.
    assert_eq!(second["seq"].as_u64(), first["seq"].as_u64().map(|s| s + 4));
    (f, first, second)
}

#[tokio::test]
async fn the_moderator_closes_rounds_that_every_key_lists_and_reads() {
    let (f, first, second) = two_rounds().await;

    let listed = f
        .get_as(&format!("/workshops/{}/rounds", f.id), Some(&f.token))
        .await;
    assert_eq!(listed.json(), json!([first, second]));
    let view = f
        .get_as(&format!("/workshops/{}", f.id), Some(&f.key))
        .await
        .json();
    assert_eq!(view["rounds"], json!([first, second]));

    // What a browser draws from: the workshop as round 1 kept it, as each key may see it.
    let kept = f
        .get_as(&format!("/workshops/{}/rounds/1", f.id), Some(&f.key))
        .await
        .json();
    let names = |w: &Value| -> Vec<String> {
        w["stakeholders"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["name"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(names(&kept).contains(&"Жогорку Кеңеш".to_owned()));
    assert_eq!(kept["seq"], first["seq"]);
    let own = f
        .get_as(&format!("/workshops/{}/rounds/1", f.id), Some(&f.token))
        .await
        .json();
    assert_eq!(
        names(&own).len(),
        7,
        "a group's tablet sees its own group's part: {:?}",
        names(&own)
    );
    for n in ["3", "0", "x"] {
        let none = f
            .get_as(&format!("/workshops/{}/rounds/{n}", f.id), Some(&f.key))
            .await;
        assert_eq!(none.status, StatusCode::NOT_FOUND, "round {n}");
    }
}

#[tokio::test]
async fn a_grid_shows_the_maps_at_a_round_or_compares_two_moments() {
    let (f, _, _) = two_rounds().await;
    // The maps at round 1 still have Жогорку Кеңеш; now they do not.
    let at_first = grid(&f.router, &f.id, &f.key, "round=1").await;
    assert_eq!(at_first.status, StatusCode::OK, "{}", at_first.text());
    assert!(at_first.text().contains("Жогорку Кеңеш"));
    assert!(
        !grid(&f.router, &f.id, &f.key, "")
            .await
            .text()
            .contains("Жогорку Кеңеш")
    );
    assert!(!at_first.text().contains(TRAIL), "one moment: no arrows");
    let empty = grid(&f.router, &f.id, &f.key, "round=seq:0").await;
    assert!(
        !empty.text().contains("Министерство"),
        "before any edit: nobody"
    );

    // Compared: titled by both moments, arrows drawn, the gone one still named (crossed out).
    let compared = grid(&f.router, &f.id, &f.key, "round=1&compare=2&lang=ru").await;
    assert_eq!(compared.status, StatusCode::OK, "{}", compared.text());
    let svg = compared.text();
    assert!(
        svg.contains("До обсуждения → Раунд 2"),
        "title and legend name both moments"
    );
    assert!(svg.contains(TRAIL), "arrows and rings");
    let english = grid(&f.router, &f.id, &f.key, "round=2&compare=now&lang=en")
        .await
        .text()
        .into_owned();
    assert!(
        english.contains("Round 2 → now"),
        "the default name in the reader's language"
    );

    for (query, what) in [
        ("round=3", "a round not closed"),
        ("round=0", "no round 0"),
        ("round=seq:999", "a seq ahead"),
        ("round=last", "not a moment"),
        ("compare=x", "not a moment"),
    ] {
        let reply = grid(&f.router, &f.id, &f.key, query).await;
        assert_eq!(
            (reply.status, code(&reply)),
            (StatusCode::UNPROCESSABLE_ENTITY, "invalid_query".into()),
            "{what}"
        );
    }
    let graph = format!("/workshops/{}/graph.svg?round=1&compare=2", f.id);
    assert_eq!(code(&f.get_as(&graph, Some(&f.key)).await), "invalid_query");
    let graph_then = format!("/workshops/{}/graph.svg?round=1", f.id);
    assert_eq!(
        f.get_as(&graph_then, Some(&f.key)).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_rounds_maps_are_the_same_after_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("store");
    let (id, key, before) = {
        let router = router_on(state(&path));
        let w =
            crate::support::create(&router, json!({"title": "Раунды", "groups": ["Топ 1"]})).await;
        let body = json!({"group_id": w.groups[0], "name": "Айыл өкмөтү", "category": "state",
            "level": "local", "interest": 2, "influence": 4});
        let sid = crate::support::add(&router, &w.id, &w.key, "stakeholders", body).await;
        let uri = format!("/workshops/{}/rounds", w.id);
        assert_eq!(
            call(
                &router,
                "POST",
                &uri,
                Some(&w.key),
                Some(json!({"name": "2022"}))
            )
            .await
            .status,
            StatusCode::CREATED
        );
        let uri = format!("/workshops/{}/stakeholders/{sid}", w.id);
        call(
            &router,
            "PATCH",
            &uri,
            Some(&w.key),
            Some(json!({"interest": 5})),
        )
        .await;
        let svg = grid(&router, &w.id, &w.key, "round=1&compare=now")
            .await
            .text()
            .into_owned();
        assert!(svg.contains(TRAIL));
        (w.id, w.key, svg)
    };
    let router = router_on(state(&path));
    let after = grid(&router, &id, &key, "round=1&compare=now")
        .await
        .text()
        .into_owned();
    assert_eq!(
        after, before,
        "replayed at start, the round keeps the same maps"
    );
}

#[tokio::test]
async fn the_history_replays_to_the_maps_a_round_kept_and_exports_take_a_moment() {
    let (f, first, _) = two_rounds().await;
    let history = f
        .get_as(&format!("/workshops/{}/history", f.id), Some(&f.key))
        .await;
    assert_eq!(history.status, StatusCode::OK, "{}", history.text());
    let view: app::wire::HistoryView = serde_json::from_slice(&history.body).unwrap();
    assert_eq!(view.edits.len() as u64, view.seq);
    assert!(view.edits.iter().zip(1..).all(|(e, n)| e.seq == n));
    assert!(view.edits.windows(2).all(|w| w[0].at_ms <= w[1].at_ms));
    assert_eq!(view.next, None);
    // Replayed to round 1's seq, the maps are what the round kept.
    let kept = first["seq"].as_u64().unwrap() as usize;
    let changes = view.edits[..kept].iter().map(|e| e.change.clone());
    let replayed = app::domain::Workshop::replay(view.setup.clone(), changes).unwrap();
    let round: app::domain::Workshop = serde_json::from_slice(
        &f.get_as(&format!("/workshops/{}/rounds/1", f.id), Some(&f.key))
            .await
            .body,
    )
    .unwrap();
    assert_eq!(replayed, round);

    let page = f
        .get_as(
            &format!("/workshops/{}/history?from=2&to=5", f.id),
            Some(&f.key),
        )
        .await;
    let seqs: Vec<u64> = page.json()["edits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["seq"].as_u64().unwrap())
        .collect();
    assert_eq!(seqs, [3, 4, 5]);
    let backwards = format!("/workshops/{}/history?from=5&to=2", f.id);
    assert_eq!(
        code(&f.get_as(&backwards, Some(&f.key)).await),
        "invalid_query"
    );
    let tablet = format!("/workshops/{}/history", f.id);
    assert_eq!(
        f.get_as(&tablet, Some(&f.token)).await.status,
        StatusCode::FORBIDDEN,
        "a group's tablet does not read every group's edits"
    );

    // The files as of round 1 still hold Жогорку Кеңеш, and say when they are from.
    let then = f.export("stakeholders.csv", "at=round:1").await;
    assert_eq!(then.status, StatusCode::OK, "{}", then.text());
    assert!(then.text().contains("Жогорку Кеңеш"));
    assert!(
        then.header("content-disposition")
            .contains("stakemap-round-1-stakeholders.csv"),
        "{}",
        then.header("content-disposition")
    );
    assert!(
        !f.export("stakeholders.csv", "")
            .await
            .text()
            .contains("Жогорку Кеңеш")
    );
    let start = f
        .export("stakeholders.csv", "at=0")
        .await
        .text()
        .into_owned();
    assert_eq!(
        start.trim_end().lines().count(),
        1,
        "before any edit: the header only"
    );
    let json = f.export("workshop.json", &format!("at={kept}")).await;
    assert!(
        json.text().contains("Жогорку Кеңеш"),
        "workshop.json as of then"
    );
    for at in ["round:3", "999", "yesterday"] {
        let reply = f.export("stakeholders.csv", &format!("at={at}")).await;
        assert_eq!(code(&reply), "invalid_query", "at={at}");
    }
}
