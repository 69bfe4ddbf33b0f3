//! The API's contract (`/api/v1/openapi.json`): an OpenAPI 3.1 document that names every call
//! the router answers and nothing it does not, the same calls `docs/API.md` lists, and the
//! lists that come from the code (pictures, files, error codes) in full. schemathesis then
//! fuzzes the real binary against it (`scripts/contract.sh`).

use std::collections::BTreeSet;

use axum::http::StatusCode;
use serde_json::Value;

use app::files::{ExportFile, PictureFile};
use app::wire::ErrorCode;

use crate::support::{call, fresh_router};

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

async fn document() -> Value {
    let (router, _dir) = fresh_router();
    let reply = call(&router, "GET", "/openapi.json", None, None).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
    assert_eq!(reply.content_type(), "application/json");
    reply.json()
}

/// Every operation as `METHOD /path`, paths as the document writes them.
fn operations(doc: &Value) -> BTreeSet<String> {
    let paths = doc["paths"].as_object().expect("paths");
    paths
        .iter()
        .flat_map(|(path, item)| {
            METHODS
                .iter()
                .filter(|m| item.get(**m).is_some())
                .map(move |m| format!("{} {path}", m.to_uppercase()))
        })
        .collect()
}

/// The one operation at `path` and `method`.
fn operation<'a>(doc: &'a Value, method: &str, path: &str) -> &'a Value {
    let op = &doc["paths"][path][method];
    assert!(op.is_object(), "no {method} {path} in the document");
    op
}

#[tokio::test]
async fn the_document_is_openapi_3_1_with_every_call_routed() {
    let doc = document().await;
    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(doc["servers"][0]["url"], "/api/v1");
    let ops = operations(&doc);
    assert!(ops.len() >= 35, "{ops:#?}");
    // Each call the document names reaches its handler: no key is a 401, an unknown
    // workshop a 404 from the handler — never the router's own "no such route" or 405.
    let (router, _dir) = fresh_router();
    let some_id = "00000000-0000-4000-8000-000000000000";
    for op in &ops {
        let (method, path) = op.split_once(' ').unwrap();
        let uri = path
            .split('/')
            .map(|part| match part {
                // A name both the exports and the templates have.
                "{file}" => "stakeholders.csv",
                p if p.starts_with('{') => some_id,
                p => p,
            })
            .collect::<Vec<_>>()
            .join("/");
        let reply = call(&router, method, &uri, None, None).await;
        let body: Value = serde_json::from_slice(&reply.body).unwrap_or(Value::Null);
        assert_ne!(reply.status, StatusCode::METHOD_NOT_ALLOWED, "{op}");
        assert_ne!(body["error"]["message"], "no such API route", "{op}");
    }
}

#[tokio::test]
async fn every_operation_has_its_own_id_a_summary_and_its_errors() {
    let doc = document().await;
    let mut ids = BTreeSet::new();
    for op in operations(&doc) {
        let (method, path) = op.split_once(' ').unwrap();
        let operation = operation(&doc, &method.to_lowercase(), path);
        let id = operation["operationId"].as_str().expect("an operationId");
        assert!(ids.insert(id.to_owned()), "{op}: operationId {id} twice");
        let summary = operation["summary"].as_str().unwrap_or_default();
        assert!(
            !summary.is_empty() && !summary.contains('\n'),
            "{op}: summary {summary:?}"
        );
        let error = &operation["responses"]["422"]["content"]["application/json"]["schema"];
        assert_eq!(error["$ref"], "#/components/schemas/ErrorBody", "{op}");
        assert!(operation["tags"][0].is_string(), "{op}");
    }
}

#[tokio::test]
async fn the_document_names_every_picture_file_and_error_code() {
    let doc = document().await;
    let ops = operations(&doc);
    for file in PictureFile::all() {
        let op = format!("GET /workshops/{{id}}/{}", file.name());
        assert!(ops.contains(&op), "{op} is not in the document");
        let answer =
            &doc["paths"][format!("/workshops/{{id}}/{}", file.name())]["get"]["responses"]["200"];
        let content = answer["content"].as_object().unwrap();
        assert_eq!(
            content.keys().collect::<Vec<_>>(),
            [&file.format.content_type().to_owned()],
            "{op}"
        );
    }
    let export = operation(&doc, "get", "/workshops/{id}/export/{file}");
    let content = export["responses"]["200"]["content"].as_object().unwrap();
    for file in ExportFile::ALL {
        assert!(content.contains_key(file.content_type()), "{}", file.name());
    }
    let names: Vec<&str> = export["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "file")
        .map(|p| p["schema"]["$ref"].as_str().unwrap())
        .into_iter()
        .collect();
    assert_eq!(names, ["#/components/schemas/ExportFile"]);
    let files: Vec<&str> = doc["components"]["schemas"]["ExportFile"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(files, ExportFile::ALL.map(ExportFile::name));
    let codes: BTreeSet<&str> = doc["components"]["schemas"]["ErrorCode"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for code in ErrorCode::ALL {
        assert!(codes.contains(code.as_str()), "{code}");
    }
}

#[tokio::test]
async fn a_picture_size_is_bounded_as_the_server_bounds_it() {
    let doc = document().await;
    let grid = operation(&doc, "get", "/workshops/{id}/grid.png");
    let width = grid["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "width")
        .expect("width");
    assert_eq!(width["in"], "query");
    assert_eq!(
        width["schema"]["minimum"].as_u64(),
        Some(u64::from(server::pictures::MIN_SIDE))
    );
    assert_eq!(
        width["schema"]["maximum"].as_u64(),
        Some(u64::from(server::pictures::MAX_SIDE))
    );
}

#[tokio::test]
async fn requests_carry_the_domains_limits() {
    use app::domain::{MAX_STRENGTH, limits};
    let doc = document().await;
    let schemas = &doc["components"]["schemas"];
    let create = &schemas["CreateWorkshop"]["properties"];
    assert_eq!(create["title"]["maxLength"], limits::TITLE);
    assert_eq!(create["groups"]["minItems"], 1);
    assert_eq!(create["groups"]["maxItems"], limits::GROUPS);
    assert_eq!(create["groups"]["items"]["maxLength"], limits::GROUP_NAME);
    assert_eq!(
        schemas["StakeholderFields"]["properties"]["name"]["maxLength"],
        limits::NAME
    );
    assert_eq!(
        schemas["StakeholderPatch"]["properties"]["notes"]["maxLength"],
        limits::TEXT
    );
    let strength = &schemas["RelationshipFields"]["properties"]["strength"];
    assert_eq!(strength["minimum"], 1);
    assert_eq!(strength["maximum"], MAX_STRENGTH);
    let members = &schemas["NewMerge"]["properties"]["members"];
    assert_eq!(members["minItems"], 2);
    assert_eq!(members["maxItems"], limits::MERGE_MEMBERS);
    assert_eq!(
        schemas["NewTimer"]["properties"]["seconds"]["maximum"],
        limits::TIMER_SECONDS
    );
}

/// `docs/API.md`'s index of calls is the document's list, both ways; on a difference the test
/// prints the index to paste.
#[tokio::test]
async fn docs_api_lists_the_same_calls() {
    let doc = document().await;
    let ops = operations(&doc);
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/API.md"))
        .expect("docs/API.md");
    let listed: BTreeSet<String> = text
        .split("\n## Index of calls\n")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("docs/API.md has an index of calls")
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split_once("` |").map(|(call, _)| call))
        .filter(|call| METHODS.iter().any(|m| call.starts_with(&m.to_uppercase())))
        .map(|call| call.replacen(" /api/v1", " ", 1).replace("  ", " "))
        .collect();
    let index: String = ops
        .iter()
        .map(|op| {
            let (method, path) = op.split_once(' ').unwrap();
            let summary = operation(&doc, &method.to_lowercase(), path)["summary"]
                .as_str()
                .unwrap_or_default()
                .to_owned();
            format!("| `{method} /api/v1{path}` | {summary} |\n")
        })
        .collect();
    assert_eq!(
        listed, ops,
        "docs/API.md's index of calls should be:\n{index}"
    );
}
