//! The demo workshop put back as a first start made it, by whoever holds its moderator key
//! (the home page hands it out), and by no one else.

use serde_json::json;

use crate::support::{call, names, state};

#[tokio::test]
async fn the_demos_moderator_resets_it_to_its_first_state() {
    let dir = tempfile::tempdir().unwrap();
    let state = state(&dir.path().join("store"));
    server::demo::create(&state.workshops).await.unwrap();
    let router = server::api::router(state);
    let demo = call(&router, "GET", "/demo", None, None).await.json();
    let (id, key) = (
        demo["workshop_id"].as_str().unwrap().to_owned(),
        demo["moderator_key"].as_str().unwrap().to_owned(),
    );
    let path = format!("/workshops/{id}");
    let first = call(&router, "GET", &path, Some(&key), None).await.json();
    let group = first["groups"][0]["id"].clone();
    let seeded = &first["stakeholders"];
    let (a, b) = (seeded[0]["id"].clone(), seeded[1]["id"].clone());

    // A room plays with it: a stakeholder of its own, a link, a merge, a countdown.
    let added = call(
        &router,
        "POST",
        &format!("{path}/stakeholders"),
        Some(&key),
        Some(
            json!({"group_id": group, "name": "Наш МСУ", "category": "state",
                    "level": "local", "interest": 2, "influence": 2}),
        ),
    )
    .await;
    assert_eq!(added.status, 201, "{}", added.text());
    let link = json!({"from": a, "to": b, "kind": "cooperation", "strength": 2, "directed": false});
    call(
        &router,
        "POST",
        &format!("{path}/relationships"),
        Some(&key),
        Some(link),
    )
    .await;
    call(
        &router,
        "POST",
        &format!("{path}/merges"),
        Some(&key),
        Some(json!({"members": [a, b]})),
    )
    .await;
    call(
        &router,
        "POST",
        &format!("{path}/timer"),
        Some(&key),
        Some(json!({"seconds": 600})),
    )
    .await;
    let played = call(&router, "GET", &path, Some(&key), None).await.json();
    assert!(names(&played).contains(&"Наш МСУ".to_owned()));
    assert_eq!(played["merges"].as_array().unwrap().len(), 1);
    assert_eq!(played["relationships"].as_array().unwrap().len(), 1);
    assert!(played.get("timer").is_some(), "{played}");

    // A group's tablet cannot reset it; nor can a stranger.
    let join = first["groups"][0]["join_code"].as_str().unwrap();
    let joined = call(&router, "POST", "/join", None, Some(json!({"code": join})))
        .await
        .json();
    let token = joined["token"].as_str().unwrap();
    let by_group = call(&router, "POST", "/demo/reset", Some(token), None).await;
    assert_eq!(by_group.status, 403, "{}", by_group.text());
    let by_nobody = call(&router, "POST", "/demo/reset", None, None).await;
    assert_eq!(by_nobody.status, 401, "{}", by_nobody.text());

    let reset = call(&router, "POST", "/demo/reset", Some(&key), None).await;
    assert_eq!(reset.status, 200, "{}", reset.text());
    let after = call(&router, "GET", &path, Some(&key), None).await.json();
    assert_eq!(
        names(&after),
        names(&first),
        "the seed's stakeholders, and only those"
    );
    assert_eq!(after["relationships"], json!([]));
    assert_eq!(after["merges"], json!([]));
    assert!(after.get("timer").is_none(), "{after}");
    assert_eq!(
        after["groups"], first["groups"],
        "same groups, same join codes"
    );
}
