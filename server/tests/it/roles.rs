//! Who may do what, route by route: every route of a workshop × every kind of caller, each
//! answer's status asserted. The same table is printed in `docs/API.md` ("Who may do what"),
//! and the test fails when the two differ, printing the table to paste.

use axum::Router;
use axum::http::StatusCode;
use serde_json::{Value, json};

use app::domain::{Allowance, Role};

use crate::support::{Created, call, create, fresh_router, send};

/// The callers, in the table's order.
const CALLERS: [&str; 8] = [
    "moderator",
    "analyst",
    "viewer",
    "own group",
    "other group",
    "revoked link",
    "no key",
    "other workshop",
];

/// One route and the status each caller gets. Paths and bodies name what each request needs
/// made fresh for it: `{g0}` group 1 (the "own group"), `{sid}`/`{sid2}` stakeholders of group
/// 1, `{sidb}` one of group 2, `{rid}` a relationship, `{mid}` a merge, `{kid}` a link, `{dev}` a
/// tablet of group 1.
struct Row {
    method: &'static str,
    path: &'static str,
    body: Option<&'static str>,
    expect: [u16; 8],
}

const fn row(
    method: &'static str,
    path: &'static str,
    body: Option<&'static str>,
    expect: [u16; 8],
) -> Row {
    Row {
        method,
        path,
        body,
        expect,
    }
}

const READ_ALL: [u16; 8] = [200, 200, 200, 403, 403, 401, 401, 403];
const READ_OWN: [u16; 8] = [200, 200, 200, 200, 403, 401, 401, 403];
const EXPORT: [u16; 8] = [200, 200, 403, 403, 403, 401, 401, 403];
const MANAGE: [u16; 8] = [200, 403, 403, 403, 403, 401, 401, 403];
const MANAGE_MADE: [u16; 8] = [201, 403, 403, 403, 403, 401, 401, 403];
const MANAGE_GONE: [u16; 8] = [204, 403, 403, 403, 403, 401, 401, 403];
const EDIT: [u16; 8] = [200, 403, 403, 200, 403, 401, 401, 403];
const EDIT_MADE: [u16; 8] = [201, 403, 403, 201, 403, 401, 401, 403];
const EDIT_GONE: [u16; 8] = [204, 403, 403, 204, 403, 401, 401, 403];

const STAKEHOLDER: &str = r#"{"group_id": "{g0}", "name": "Акимиат", "category": "state", "level": "local", "interest": 3, "influence": 4}"#;
const LINK: &str = r#"{"from": "{sid}", "to": "{sid2}", "kind": "funding", "strength": 2}"#;
const MERGE: &str = r#"{"members": ["{sid}", "{sidb}"], "verdict": "same"}"#;

const ROWS: &[Row] = &[
    row(
        "GET",
        "/workshops/{id}",
        None,
        [200, 200, 200, 200, 200, 401, 401, 403],
    ),
    row("GET", "/workshops/{id}/combined", None, READ_ALL),
    row("GET", "/workshops/{id}/measures", None, READ_ALL),
    row("GET", "/workshops/{id}/measures?group={g0}", None, READ_OWN),
    row("GET", "/workshops/{id}/grid.svg?group={g0}", None, READ_OWN),
    row(
        "GET",
        "/workshops/{id}/grid.svg?combined=true",
        None,
        READ_ALL,
    ),
    row("GET", "/workshops/{id}/graph.png", None, READ_ALL),
    row(
        "GET",
        "/workshops/{id}/export/stakeholders.csv",
        None,
        EXPORT,
    ),
    row(
        "GET",
        "/workshops/{id}/export/workshop.xlsx?group={g0}",
        None,
        EXPORT,
    ),
    row(
        "GET",
        "/workshops/{id}/template/stakeholders.csv",
        None,
        [200; 8],
    ),
    row(
        "POST",
        "/workshops/{id}/tickets",
        None,
        [201, 201, 201, 201, 201, 401, 401, 403],
    ),
    row(
        "POST",
        "/workshops/{id}/stakeholders",
        Some(STAKEHOLDER),
        EDIT_MADE,
    ),
    row(
        "PATCH",
        "/workshops/{id}/stakeholders/{sid}",
        Some(r#"{"interest": 2}"#),
        EDIT,
    ),
    row(
        "DELETE",
        "/workshops/{id}/stakeholders/{sid}",
        None,
        EDIT_GONE,
    ),
    row(
        "POST",
        "/workshops/{id}/relationships",
        Some(LINK),
        EDIT_MADE,
    ),
    row(
        "PATCH",
        "/workshops/{id}/relationships/{rid}",
        Some(r#"{"strength": 3}"#),
        EDIT,
    ),
    row(
        "DELETE",
        "/workshops/{id}/relationships/{rid}",
        None,
        EDIT_GONE,
    ),
    row(
        "POST",
        "/workshops/{id}/groups/{g0}/import",
        Some("csv"),
        EDIT,
    ),
    row("POST", "/workshops/{id}/merges", Some(MERGE), MANAGE_MADE),
    row("DELETE", "/workshops/{id}/merges/{mid}", None, MANAGE_GONE),
    row(
        "POST",
        "/workshops/{id}/timer",
        Some(r#"{"seconds": 60}"#),
        MANAGE_MADE,
    ),
    row("DELETE", "/workshops/{id}/timer", None, MANAGE_GONE),
    row(
        "PUT",
        "/workshops/{id}/sharing",
        Some(r#"{"with_groups": false}"#),
        MANAGE,
    ),
    row(
        "POST",
        "/workshops/{id}/keys",
        Some(r#"{"role": "viewer"}"#),
        MANAGE_MADE,
    ),
    row("GET", "/workshops/{id}/keys", None, MANAGE),
    row("DELETE", "/workshops/{id}/keys/{kid}", None, MANAGE_GONE),
    row("GET", "/workshops/{id}/devices", None, MANAGE),
    row(
        "PATCH",
        "/workshops/{id}/groups/{g0}",
        Some(r#"{"joining": "open"}"#),
        MANAGE,
    ),
    row("POST", "/workshops/{id}/groups/{g0}/code", None, MANAGE),
    row(
        "DELETE",
        "/workshops/{id}/groups/{g0}/devices/{dev}",
        None,
        MANAGE_GONE,
    ),
];

/// A workshop with two groups, an entry in each, and a key for every kind of caller.
struct Room {
    router: Router,
    w: Created,
    keys: [Option<String>; 8],
    _dir: tempfile::TempDir,
}

impl Room {
    async fn open() -> Self {
        let (router, dir) = fresh_router();
        let w = create(
            &router,
            json!({"title": "Роли", "groups": ["Первая", "Вторая"]}),
        )
        .await;
        let other = create(&router, json!({"title": "Чужой", "groups": ["Одна"]})).await;
        let mut room = Self {
            router,
            keys: Default::default(),
            w,
            _dir: dir,
        };
        let revoked = room.link("analyst").await;
        let (revoked_key, revoked_id) = (
            revoked["key"].as_str().unwrap().to_owned(),
            revoked["id"].as_str().unwrap().to_owned(),
        );
        let uri = format!("/workshops/{}/keys/{revoked_id}", room.w.id);
        let gone = call(&room.router, "DELETE", &uri, Some(&room.w.key), None).await;
        assert_eq!(gone.status, StatusCode::NO_CONTENT);
        room.keys = [
            Some(room.w.key.clone()),
            room.link("analyst").await["key"]
                .as_str()
                .map(str::to_owned),
            room.link("viewer").await["key"].as_str().map(str::to_owned),
            Some(room.join(0).await["token"].as_str().unwrap().to_owned()),
            Some(room.join(1).await["token"].as_str().unwrap().to_owned()),
            Some(revoked_key),
            None,
            Some(other.key),
        ];
        room.stakeholder(0).await;
        room.stakeholder(1).await;
        room
    }

    async fn link(&self, role: &str) -> Value {
        let uri = format!("/workshops/{}/keys", self.w.id);
        let made = call(
            &self.router,
            "POST",
            &uri,
            Some(&self.w.key),
            Some(json!({"role": role, "label": "проектор"})),
        )
        .await;
        assert_eq!(made.status, StatusCode::CREATED, "{}", made.text());
        made.json()
    }

    /// A new tablet in group `n`, with the group's code as it is now.
    async fn join(&self, n: usize) -> Value {
        let uri = format!("/workshops/{}", self.w.id);
        let view = call(&self.router, "GET", &uri, Some(&self.w.key), None).await;
        let code = view.json()["groups"][n]["join_code"].clone();
        let joined = call(
            &self.router,
            "POST",
            "/join",
            None,
            Some(json!({"code": code})),
        )
        .await;
        assert_eq!(joined.status, StatusCode::OK, "{}", joined.text());
        joined.json()
    }

    async fn made(&self, what: &str, body: Value) -> String {
        let uri = format!("/workshops/{}/{what}", self.w.id);
        let made = call(&self.router, "POST", &uri, Some(&self.w.key), Some(body)).await;
        assert_eq!(made.status, StatusCode::CREATED, "{what}: {}", made.text());
        made.json()["id"].as_str().unwrap().to_owned()
    }

    async fn stakeholder(&self, group: usize) -> String {
        let body = STAKEHOLDER.replace("{g0}", &self.w.groups[group]);
        self.made("stakeholders", serde_json::from_str(&body).unwrap())
            .await
    }

    /// `template` with each placeholder replaced by something made for this request.
    async fn fresh(&self, template: &str) -> String {
        let mut text = template
            .replace("{id}", &self.w.id)
            .replace("{g0}", &self.w.groups[0]);
        let (sid, sid2) = (self.stakeholder(0).await, self.stakeholder(0).await);
        if text.contains("{rid}") {
            let link = LINK.replace("{sid}", &sid).replace("{sid2}", &sid2);
            let rid = self
                .made("relationships", serde_json::from_str(&link).unwrap())
                .await;
            text = text.replace("{rid}", &rid);
        }
        if text.contains("{sidb}") || text.contains("{mid}") {
            let sidb = self.stakeholder(1).await;
            if text.contains("{mid}") {
                let merge = MERGE.replace("{sid}", &sid).replace("{sidb}", &sidb);
                let mid = self
                    .made("merges", serde_json::from_str(&merge).unwrap())
                    .await;
                text = text.replace("{mid}", &mid);
            }
            text = text.replace("{sidb}", &sidb);
        }
        if text.contains("{kid}") {
            text = text.replace("{kid}", self.link("analyst").await["id"].as_str().unwrap());
        }
        if text.contains("{dev}") {
            text = text.replace("{dev}", self.join(0).await["device_id"].as_str().unwrap());
        }
        text.replace("{sid}", &sid).replace("{sid2}", &sid2)
    }

    async fn status(&self, row: &Row, key: Option<&str>) -> (u16, String) {
        let path = self.fresh(row.path).await;
        let reply = match row.body {
            Some("csv") => {
                let csv = "name,category,level,interest,influence\nМэрия,state,local,3,3\n";
                send(
                    &self.router,
                    row.method,
                    &path,
                    key,
                    Some("text/csv"),
                    &[],
                    csv.as_bytes().to_vec(),
                )
                .await
            }
            Some(body) => {
                let body = serde_json::from_str(&self.fresh(body).await).unwrap();
                call(&self.router, row.method, &path, key, Some(body)).await
            }
            None => call(&self.router, row.method, &path, key, None).await,
        };
        (
            reply.status.as_u16(),
            reply.text().chars().take(200).collect(),
        )
    }
}

#[tokio::test]
async fn every_route_answers_every_caller_as_the_role_table_says() {
    let room = Room::open().await;
    let mut wrong = Vec::new();
    for row in ROWS {
        for (caller, (key, expected)) in CALLERS.iter().zip(room.keys.iter().zip(row.expect)) {
            let (status, body) = room.status(row, key.as_deref()).await;
            if status != expected {
                wrong.push(format!(
                    "{} {} as {caller}: {status}, expected {expected}: {body}",
                    row.method, row.path
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[tokio::test]
async fn groups_read_the_other_maps_once_the_moderator_shares_them() {
    let room = Room::open().await;
    let combined = &ROWS[1];
    let other = &ROWS[4];
    let own_group = room.keys[3].as_deref();
    assert_eq!(room.status(combined, own_group).await.0, 403);
    let uri = format!("/workshops/{}/sharing", room.w.id);
    let share = json!({"with_groups": true});
    let shared = call(&room.router, "PUT", &uri, Some(&room.w.key), Some(share)).await;
    assert_eq!(shared.status, StatusCode::OK, "{}", shared.text());
    assert_eq!(room.status(combined, own_group).await.0, 200);
    assert_eq!(room.status(other, room.keys[4].as_deref()).await.0, 200);
    let view = call(
        &room.router,
        "GET",
        &format!("/workshops/{}", room.w.id),
        own_group,
        None,
    )
    .await
    .json();
    assert_eq!(view["maps_shared"], true);
    let theirs = &room.w.groups[1];
    let stakeholders = view["stakeholders"].as_array().unwrap();
    assert!(stakeholders.iter().any(|s| s["group_id"] == *theirs));
}

/// The two tables as `docs/API.md` prints them.
fn tables() -> String {
    let mut out = String::from("| role | ");
    out += &app::domain::Action::ALL.map(|a| a.name()).join(" | ");
    out += " |\n|---|---|---|---|---|---|\n";
    for (role, answers) in Role::TABLE {
        let answers = answers.map(|a| match a {
            Allowance::Yes => "yes",
            Allowance::WhenShared => "while shared",
            Allowance::No => "no",
        });
        out += &format!("| {role} | {} |\n", answers.join(" | "));
    }
    out += "\n| route | ";
    out += &CALLERS.join(" | ");
    out += " |\n|---|---|---|---|---|---|---|---|---|\n";
    for row in ROWS {
        let statuses = row.expect.map(|s| s.to_string());
        out += &format!(
            "| `{} {}` | {} |\n",
            row.method,
            row.path.replace('|', "\\|"),
            statuses.join(" | ")
        );
    }
    out
}

#[test]
fn the_docs_print_the_tables_the_server_obeys() {
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/API.md"))
        .expect("docs/API.md");
    let tables = tables();
    for table in tables.split("\n\n") {
        assert!(
            docs.contains(table),
            "docs/API.md's role tables differ from the server's; paste these:\n\n{tables}"
        );
    }
}

/// The extractor is tested with a forged peer address (axum's `MockConnectInfo`): the router
/// sees the request as coming from that address, as the real server's `ConnectInfo` would.
fn router_from(ip: [u8; 4], admin_key: Option<&str>) -> (Router, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = std::sync::Arc::new(
        server::store::SledStore::open(&dir.path().join("store")).expect("store"),
    );
    let state = server::Shared::open_with(store, admin_key).expect("state");
    (crate::support::router_from_peer(state, ip), dir)
}

#[tokio::test]
async fn only_this_machine_or_the_admin_key_creates_workshops() {
    let setup = || Some(json!({"title": "Семинар", "groups": ["Одна"]}));
    let copy = br#"{"format": "stakemap.workshop/1"}"#.to_vec();
    let import = |router: Router, key: Option<&'static str>| {
        let copy = copy.clone();
        async move {
            let uri = "/workshops/import";
            send(
                &router,
                "POST",
                uri,
                key,
                Some("application/json"),
                &[],
                copy,
            )
            .await
            .status
        }
    };

    let (lan, _dir) = router_from([192, 168, 1, 20], None);
    let refused = call(&lan, "POST", "/workshops", None, setup()).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(refused.json()["error"]["code"], "admin_key");
    assert!(
        refused.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("--admin-key")
    );
    assert_eq!(import(lan, None).await, StatusCode::FORBIDDEN);

    let (laptop, _dir) = router_from([127, 0, 0, 1], None);
    let made = call(&laptop, "POST", "/workshops", None, setup()).await;
    assert_eq!(made.status, StatusCode::CREATED);
    // Behind a reverse proxy on the same machine every request comes from loopback: one it
    // passed on is someone else's.
    let body = serde_json::to_vec(&setup()).unwrap();
    for header in ["x-forwarded-for", "x-real-ip", "forwarded"] {
        let json = Some("application/json");
        let proxied = &[(header, "203.0.113.9")];
        let refused = send(
            &laptop,
            "POST",
            "/workshops",
            None,
            json,
            proxied,
            body.clone(),
        );
        assert_eq!(refused.await.status, StatusCode::FORBIDDEN, "{header}");
    }

    let (hosted, _dir) = router_from([203, 0, 113, 7], Some("adm-Secret-12"));
    for key in [None, Some("wrong")] {
        let refused = call(&hosted, "POST", "/workshops", key, setup()).await;
        assert_eq!(refused.status, StatusCode::UNAUTHORIZED, "{key:?}");
        assert_eq!(refused.json()["error"]["code"], "admin_key");
        assert_eq!(import(hosted.clone(), key).await, StatusCode::UNAUTHORIZED);
    }
    let made = call(
        &hosted,
        "POST",
        "/workshops",
        Some("adm-Secret-12"),
        setup(),
    )
    .await;
    assert_eq!(made.status, StatusCode::CREATED);
    // The key is let through; the file itself is then read (and this one refused).
    assert_eq!(
        import(hosted, Some("adm-Secret-12")).await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}
