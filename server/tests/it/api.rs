//! The HTTP API through the router, without a socket: what a script or the UI sees.

use axum::Router;
use axum::http::{Method, StatusCode};
use serde_json::{Value, json};

use crate::support::{JsonReply, call, create, fresh_router, send};

struct Api {
    router: Router,
    _dir: tempfile::TempDir,
}

impl Api {
    fn new() -> Self {
        let (router, dir) = fresh_router();
        Self { router, _dir: dir }
    }

    async fn call(
        &self,
        method: Method,
        path: &str,
        key: Option<&str>,
        body: Option<Value>,
    ) -> JsonReply {
        call(&self.router, method.as_str(), path, key, body)
            .await
            .into()
    }

    /// A body sent as it is (JSON or not), with other headers.
    async fn raw(
        &self,
        method: Method,
        path: &str,
        key: Option<&str>,
        body: Option<&str>,
        headers: &[(&str, &str)],
    ) -> JsonReply {
        let content_type = body.map(|_| "application/json");
        let bytes = body.unwrap_or_default().as_bytes().to_vec();
        send(
            &self.router,
            method.as_str(),
            path,
            key,
            content_type,
            headers,
            bytes,
        )
        .await
        .into()
    }

    /// The workshop as `key` may read it.
    async fn workshop(&self, id: &str, key: &str) -> JsonReply {
        self.call(Method::GET, &format!("/workshops/{id}"), Some(key), None)
            .await
    }

    /// A workshop with two groups; the API's answer (id, moderator key, groups and codes).
    async fn create(&self) -> Value {
        let setup = json!({
            "title": "Клуб депутатов-женщин",
            "focal": "Клуб",
            "question": "Кто заинтересованные стороны?",
            "date": "2022-07-18",
            "place": "Бишкек",
            "language": "ru",
            "groups": ["Группа 1", "Группа 2"]
        });
        create(&self.router, setup).await.body
    }

    /// Group `n`'s token, joined with its code.
    async fn token(&self, created: &Value, n: usize) -> String {
        let joined = self.join(str_of(&created["groups"][n], "join_code")).await;
        str_of(&joined.body, "token").to_owned()
    }

    async fn join(&self, code: &str) -> JsonReply {
        self.call(Method::POST, "/join", None, Some(json!({ "code": code })))
            .await
    }
}

fn stakeholder(name: &str) -> Value {
    json!({
        "name": name,
        "category": "state",
        "level": "local",
        "interest": 3,
        "influence": 5,
        "attitude": "neutral",
        "interests": "Стабильность",
        "cooperation": "Встречи",
        "notes": ""
    })
}

fn str_of<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} missing in {v}"))
}

#[tokio::test]
async fn creating_a_workshop_gives_a_moderator_key_and_unambiguous_join_codes() {
    let api = Api::new();
    let created = api.create().await;
    assert!(str_of(&created, "moderator_key").len() >= 40);
    let groups = created["groups"].as_array().expect("groups");
    assert_eq!(groups.len(), 2);
    assert_eq!(str_of(&groups[0], "name"), "Группа 1");
    for g in groups {
        let code = str_of(g, "join_code");
        assert_eq!(code.len(), 6);
        assert!(!code.contains(['0', 'O', '1', 'I']), "{code}");
    }
}

#[tokio::test]
async fn a_group_joins_with_its_code_typed_loosely_and_adds_edits_and_deletes() {
    let api = Api::new();
    let created = api.create().await;
    let wid = str_of(&created, "id");
    let code = str_of(&created["groups"][0], "join_code").to_lowercase();
    let joined = api.join(&format!(" {}-{} ", &code[..3], &code[3..])).await;
    assert_eq!(joined.status, StatusCode::OK, "{}", joined.body);
    assert_eq!(str_of(&joined.body, "workshop_id"), wid);
    assert_eq!(
        str_of(&joined.body, "group_id"),
        str_of(&created["groups"][0], "id")
    );
    assert_eq!(
        str_of(&joined.body, "group_name"),
        str_of(&created["groups"][0], "name"),
        "the tablet's title, without reading the workshop"
    );
    let token = str_of(&joined.body, "token").to_owned();

    let path = format!("/workshops/{wid}/stakeholders");
    let added = api
        .call(
            Method::POST,
            &path,
            Some(&token),
            Some(stakeholder("РГА Ат-Башы")),
        )
        .await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.body);
    let sid = str_of(&added.body, "id").to_owned();
    assert_eq!(
        str_of(&added.body, "group_id"),
        str_of(&created["groups"][0], "id")
    );

    let one = format!("{path}/{sid}");
    let patched = api
        .call(
            Method::PATCH,
            &one,
            Some(&token),
            Some(json!({"influence": 2})),
        )
        .await;
    assert_eq!(patched.status, StatusCode::OK, "{}", patched.body);
    assert_eq!(patched.body["influence"], 2);
    assert_eq!(
        patched.body["interest"], 3,
        "fields the patch does not name stay"
    );

    let whole = api.workshop(wid, &token).await;
    assert_eq!(whole.status, StatusCode::OK);
    let list = whole.body["stakeholders"].as_array().expect("list");
    assert_eq!(list.len(), 1);
    for key in [
        "id",
        "group_id",
        "name",
        "category",
        "level",
        "interest",
        "influence",
        "attitude",
        "interests",
        "cooperation",
        "notes",
    ] {
        assert!(list[0].get(key).is_some(), "{key} missing from {}", list[0]);
    }
    assert!(
        whole.body["groups"][0].get("join_code").is_none(),
        "groups do not see join codes"
    );

    let deleted = api.call(Method::DELETE, &one, Some(&token), None).await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT);
    let gone = api.call(Method::DELETE, &one, Some(&token), None).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn keys_decide_who_may_read_and_write() {
    let api = Api::new();
    let created = api.create().await;
    let wid = str_of(&created, "id");
    let moderator = str_of(&created, "moderator_key");
    let (t1, t2) = (api.token(&created, 0).await, api.token(&created, 1).await);
    let (t1, t2) = (t1.as_str(), t2.as_str());
    let path = format!("/workshops/{wid}/stakeholders");

    let none = api
        .call(Method::GET, &format!("/workshops/{wid}"), None, None)
        .await;
    assert_eq!(none.status, StatusCode::UNAUTHORIZED);
    assert_eq!(none.body["error"]["code"], "unauthorized");
    let wrong = api.workshop(wid, "mk_nope").await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);

    let added = api
        .call(Method::POST, &path, Some(t1), Some(stakeholder("Союз МСУ")))
        .await;
    let sid = str_of(&added.body, "id");
    let other = api
        .call(
            Method::PATCH,
            &format!("{path}/{sid}"),
            Some(t2),
            Some(json!({"name": "x"})),
        )
        .await;
    assert_eq!(other.status, StatusCode::FORBIDDEN, "{}", other.body);
    assert_eq!(other.body["error"]["code"], "not_your_group");

    let mut into_g1 = stakeholder("Чужая запись");
    into_g1["group_id"] = created["groups"][0]["id"].clone();
    let foreign = api
        .call(Method::POST, &path, Some(t2), Some(into_g1.clone()))
        .await;
    assert_eq!(foreign.status, StatusCode::FORBIDDEN);

    let by_moderator = api
        .call(Method::POST, &path, Some(moderator), Some(into_g1))
        .await;
    assert_eq!(
        by_moderator.status,
        StatusCode::CREATED,
        "{}",
        by_moderator.body
    );
    let unnamed = api
        .call(
            Method::POST,
            &path,
            Some(moderator),
            Some(stakeholder("Без группы")),
        )
        .await;
    assert_eq!(unnamed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unnamed.body["error"]["field"], "group_id");

    let full = api.workshop(wid, moderator).await;
    assert!(
        full.body["groups"][0]["join_code"].is_string(),
        "the moderator sees join codes"
    );

    let other_workshop = api.create().await;
    let elsewhere = api
        .call(
            Method::GET,
            &format!("/workshops/{}", str_of(&other_workshop, "id")),
            Some(moderator),
            None,
        )
        .await;
    assert_eq!(elsewhere.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_hidden_character_is_named_with_its_place() {
    let api = Api::new();
    let created = api.create().await;
    let (wid, key) = (str_of(&created, "id"), str_of(&created, "moderator_key"));
    let mut reversed = stakeholder("ОО «Голос»\u{2067}");
    reversed["group_id"] = created["groups"][0]["id"].clone();
    let path = format!("/workshops/{wid}/stakeholders");
    let reply = api
        .call(Method::POST, &path, Some(key), Some(reversed))
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        (
            reply.body["error"]["character"].as_str(),
            reply.body["error"]["position"].as_u64()
        ),
        (Some("U+2067"), Some(11)),
        "which character and where, for the form to say"
    );
}

#[tokio::test]
async fn bad_input_gets_a_status_that_fits_and_a_message_that_says_what_to_fix() {
    let api = Api::new();
    let created = api.create().await;
    let wid = str_of(&created, "id");
    let key = str_of(&created, "moderator_key");
    let mut valid = stakeholder("x");
    valid["group_id"] = created["groups"][0]["id"].clone();
    let path = format!("/workshops/{wid}/stakeholders");

    // Every one is refused as unprocessable.
    let cases: Vec<(&str, Value, &str, Option<&str>)> = vec![
        ("blank name", json!({"name": "  "}), "blank", Some("name")),
        (
            "long name",
            json!({"name": "я".repeat(201)}),
            "too_long",
            Some("name"),
        ),
        (
            "a right-to-left override",
            json!({"name": "Аким\u{202E}иат"}),
            "bad_character",
            Some("name"),
        ),
        (
            "score off the scale",
            json!({"interest": 6}),
            "out_of_scale",
            Some("interest"),
        ),
        (
            "unknown category",
            json!({"category": "church"}),
            "unknown_category",
            Some("category"),
        ),
        (
            "unknown level",
            json!({"level": "oblast"}),
            "unknown_level",
            Some("level"),
        ),
        (
            "long text",
            json!({"cooperation": "ө".repeat(4001)}),
            "too_long",
            Some("cooperation"),
        ),
        (
            "unknown group",
            json!({"group_id": "00000000-0000-4000-8000-000000000000"}),
            "unknown_group",
            Some("group_id"),
        ),
        (
            "wrong type",
            json!({"interest": "high"}),
            "invalid_json",
            None,
        ),
        (
            "unknown attitude",
            json!({"attitude": "hostile"}),
            "invalid_json",
            None,
        ),
    ];
    for (what, spoil, code, field) in cases {
        let mut body = valid.clone();
        for (k, v) in spoil.as_object().expect("object") {
            body[k] = v.clone();
        }
        let reply = api.call(Method::POST, &path, Some(key), Some(body)).await;
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        assert_eq!(reply.status, status, "{what}: {}", reply.body);
        assert_eq!(reply.body["error"]["code"], code, "{what}");
        assert_eq!(reply.body["error"]["field"].as_str(), field, "{what}");
        let message = reply.body["error"]["message"].as_str().expect("message");
        assert!(
            message.len() > 10 && !message.contains("panicked"),
            "{what}: {message}"
        );
    }

    let malformed = api
        .raw(Method::POST, &path, Some(key), Some("{\"name\": "), &[])
        .await;
    assert_eq!(malformed.status, StatusCode::BAD_REQUEST);
    assert_eq!(malformed.body["error"]["code"], "malformed");

    let huge = format!("{{\"name\": \"{}\"}}", "x".repeat(1024 * 1024 + 10));
    let too_large = api
        .raw(Method::POST, &path, Some(key), Some(&huge), &[])
        .await;
    assert_eq!(too_large.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(too_large.body["error"]["code"], "too_large");

    let unknown = api
        .call(Method::GET, "/workshops/not-an-id", Some(key), None)
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    let no_route = api.call(Method::GET, "/nothing-here", None, None).await;
    assert_eq!(no_route.status, StatusCode::NOT_FOUND);
    assert_eq!(no_route.body["error"]["code"], "not_found");

    let listed = api.workshop(wid, key).await;
    assert_eq!(
        listed.body["stakeholders"].as_array().map(Vec::len),
        Some(0),
        "nothing bad was stored"
    );
}

#[tokio::test]
async fn workshop_setups_are_validated() {
    let api = Api::new();
    let no_groups = api
        .call(
            Method::POST,
            "/workshops",
            None,
            Some(json!({"title": "T", "groups": []})),
        )
        .await;
    assert_eq!(no_groups.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(no_groups.body["error"]["field"], "groups");
    let blank = api
        .call(
            Method::POST,
            "/workshops",
            None,
            Some(json!({"title": " ", "groups": ["A"]})),
        )
        .await;
    assert_eq!(blank.body["error"]["field"], "title");
    let language = api
        .call(
            Method::POST,
            "/workshops",
            None,
            Some(json!({"title": "T", "groups": ["A"], "language": "de"})),
        )
        .await;
    assert_eq!(language.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn join_codes_are_checked_and_guessing_is_rate_limited() {
    let api = Api::new();
    api.create().await;
    let malformed = api.join("12").await;
    assert_eq!(malformed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(malformed.body["error"]["code"], "bad_join_code");
    let unknown = api.join("ZZZZZZ").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(unknown.body["error"]["code"], "unknown_code");
    let mut limited = false;
    for _ in 0..40 {
        if api.join("ZZZZZZ").await.status == StatusCode::TOO_MANY_REQUESTS {
            limited = true;
            break;
        }
    }
    assert!(limited, "40 wrong guesses in a row are cut off");
}

#[tokio::test]
async fn hostile_names_are_stored_exactly_as_text() {
    let api = Api::new();
    let created = api.create().await;
    let wid = str_of(&created, "id");
    let token = api.token(&created, 0).await;
    let name = "<script>alert(1)</script> \"=HYPERLINK()\" 🙂";
    let path = format!("/workshops/{wid}/stakeholders");
    let added = api
        .call(Method::POST, &path, Some(&token), Some(stakeholder(name)))
        .await;
    assert_eq!(added.status, StatusCode::CREATED);
    assert_eq!(added.body["name"], name);
}

#[tokio::test]
async fn the_same_idempotency_key_applies_an_edit_once() {
    let api = Api::new();
    let created = api.create().await;
    let wid = str_of(&created, "id");
    let key = str_of(&created, "moderator_key");
    let mut body = stakeholder("Один раз");
    body["group_id"] = created["groups"][1]["id"].clone();
    let raw = body.to_string();
    let path = format!("/workshops/{wid}/stakeholders");
    let headers = [("idempotency-key", "tablet-1-edit-7")];
    let first = api
        .raw(Method::POST, &path, Some(key), Some(&raw), &headers)
        .await;
    let second = api
        .raw(Method::POST, &path, Some(key), Some(&raw), &headers)
        .await;
    assert_eq!(first.status, StatusCode::CREATED);
    assert_eq!(second.status, StatusCode::CREATED);
    let whole = api.workshop(wid, key).await;
    assert_eq!(whole.body["stakeholders"].as_array().map(Vec::len), Some(1));
    assert_eq!(whole.body["seq"], 1);
}

#[tokio::test]
async fn the_moderator_merges_proposed_matches_and_undoes_them() {
    let api = Api::new();
    let created = api.create().await;
    let wid = str_of(&created, "id");
    let key = str_of(&created, "moderator_key");
    let mut ids = Vec::new();
    for (group, name, interest) in [
        (0, "Министерство юстиции", 2),
        (1, "Минюст", 4),
        (1, "ОО «Голос»", 3),
    ] {
        let mut body = stakeholder(name);
        body["group_id"] = created["groups"][group]["id"].clone();
        body["interest"] = json!(interest);
        let added = api
            .call(
                Method::POST,
                &format!("/workshops/{wid}/stakeholders"),
                Some(key),
                Some(body),
            )
            .await;
        assert_eq!(added.status, StatusCode::CREATED, "{}", added.body);
        ids.push(str_of(&added.body, "id").to_owned());
    }
    let combined_path = format!("/workshops/{wid}/combined");

    let before = api.call(Method::GET, &combined_path, Some(key), None).await;
    assert_eq!(before.status, StatusCode::OK, "{}", before.body);
    assert_eq!(before.body["stakeholders"].as_array().unwrap().len(), 3);
    assert_eq!(
        before.body["suggestions"],
        json!([{"members": [ids[0], ids[1]], "reason": "abbreviation"}])
    );

    // A group may not merge; the moderator may.
    let token = api.token(&created, 0).await;
    let path = format!("/workshops/{wid}/merges");
    let members = json!({"members": [ids[0], ids[1]]});
    let refused = api
        .call(Method::POST, &path, Some(&token), Some(members.clone()))
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.body);
    let merged = api
        .call(Method::POST, &path, Some(key), Some(members.clone()))
        .await;
    assert_eq!(merged.status, StatusCode::CREATED, "{}", merged.body);
    let mid = str_of(&merged.body, "id").to_owned();
    let again = api
        .call(Method::POST, &path, Some(key), Some(members))
        .await;
    assert_eq!(
        again.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        again.body
    );
    assert_eq!(again.body["error"]["code"], "already_merged");

    let after = api
        .call(Method::GET, &combined_path, Some(key), None)
        .await
        .body;
    let first = &after["stakeholders"][0];
    assert_eq!(after["stakeholders"].as_array().unwrap().len(), 2);
    assert_eq!(first["name"], "Министерство юстиции");
    assert_eq!(first["members"], json!([ids[0], ids[1]]));
    assert_eq!(first["n"], 2);
    assert_eq!(first["interest"], 3.0);
    assert_eq!(first["spread"]["interest"], json!([2, 4]));
    assert_eq!(first["merges"], json!([mid]));
    assert_eq!(after["suggestions"], json!([]));
    assert_eq!(after["contested"], json!([ids[0]]));
    let workshop = api.workshop(wid, key).await;
    assert_eq!(workshop.body["merges"][0]["id"], json!(mid));

    // Undo: the map is as before, and the groups' entries never changed.
    let undone = api
        .call(Method::DELETE, &format!("{path}/{mid}"), Some(key), None)
        .await;
    assert_eq!(undone.status, StatusCode::NO_CONTENT);
    assert_eq!(
        api.call(Method::GET, &combined_path, Some(key), None)
            .await
            .body,
        before.body
    );
    let gone = api
        .call(Method::DELETE, &format!("{path}/{mid}"), Some(key), None)
        .await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_moderator_starts_and_stops_the_timer_on_the_servers_clock() {
    let now = || {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("after 1970")
            .as_millis() as i64
    };
    let api = Api::new();
    let created = api.create().await;
    let wid = str_of(&created, "id");
    let key = str_of(&created, "moderator_key");
    let path = format!("/workshops/{wid}/timer");

    let before = now();
    let started = api
        .call(
            Method::POST,
            &path,
            Some(key),
            Some(json!({"label": "  Работа в группах ", "seconds": 1800})),
        )
        .await;
    let after = now();
    assert_eq!(started.status, StatusCode::CREATED, "{}", started.body);
    assert_eq!(str_of(&started.body, "label"), "Работа в группах");
    assert_eq!(started.body["seconds"], 1800);
    let at = started.body["started_at"].as_i64().expect("started_at");
    assert!((before..=after).contains(&at), "the server's clock: {at}");
    assert_eq!(started.body["ends_at"].as_i64(), Some(at + 1_800_000));

    // Every reader sees it, groups included.
    let token = api.token(&created, 0).await;
    let read = api.workshop(wid, &token).await;
    assert_eq!(read.body["timer"], started.body);

    // Only the moderator runs it, for 1 second to 4 hours, with a label of at most 100.
    let refused = api
        .call(
            Method::POST,
            &path,
            Some(&token),
            Some(json!({"seconds": 60})),
        )
        .await;
    assert_eq!(
        (refused.status, str_of(&refused.body["error"], "code")),
        (StatusCode::FORBIDDEN, "moderator_only")
    );
    let cases = [
        (json!({"seconds": 0}), "timer_length", "seconds"),
        (json!({"seconds": -5}), "timer_length", "seconds"),
        (json!({"seconds": 14_401}), "timer_length", "seconds"),
        (
            json!({"seconds": 5_000_000_000_i64}),
            "timer_length",
            "seconds",
        ),
        (
            json!({"seconds": 60, "label": "я".repeat(101)}),
            "too_long",
            "label",
        ),
    ];
    for (body, code, field) in cases {
        let reply = api
            .call(Method::POST, &path, Some(key), Some(body.clone()))
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(
            (
                str_of(&reply.body["error"], "code"),
                str_of(&reply.body["error"], "field")
            ),
            (code, field),
            "{body}"
        );
    }
    let still = api.workshop(wid, key).await;
    assert_eq!(still.body["timer"], started.body, "refusals change nothing");

    let stopped = api.call(Method::DELETE, &path, Some(key), None).await;
    assert_eq!(stopped.status, StatusCode::NO_CONTENT);
    let gone = api.workshop(wid, key).await;
    assert_eq!(gone.body.get("timer"), None);
    let again = api.call(Method::DELETE, &path, Some(key), None).await;
    assert_eq!(
        again.status,
        StatusCode::NO_CONTENT,
        "stopping twice is fine"
    );
    let theirs = api.call(Method::DELETE, &path, Some(&token), None).await;
    assert_eq!(theirs.status, StatusCode::FORBIDDEN);
}
