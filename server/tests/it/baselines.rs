//! Baselines through the API: last year's workshop attached from its `workshop.json` or from
//! this server, its actors matched as proposed, the combined grid drawn with arrows from the
//! baseline, and the comparison read back by Python's csv module and openpyxl.

use std::path::Path;
use std::process::Command;

use axum::http::StatusCode;
use serde_json::{Value, json};

use crate::support::{Fixture, add, call, create, fixture, send_file};

/// The arrows' colour (`chart::palette::TRAIL`) as the SVG writes it.
const TRAIL: &str = "#5B2A86";

/// Last year's workshop on the same server: the ministry was watched then, one actor is not
/// on this year's map, and one name would be a formula in a spreadsheet.
async fn last_year(f: &Fixture) -> (String, String) {
    let w = create(
        &f.router,
        json!({"title": "Доступ к правосудию", "date": "2021-07-01", "groups": ["Группа А"]}),
    )
    .await;
    for (name, interest, influence) in [
        ("Министерство юстиции", 1, 1),
        ("Жогорку Кенеш", 2, 5),
        ("Ассоциация юристов", 4, 2),
        ("=cmd|' /C calc'!A0", 2, 2),
    ] {
        let body = json!({"group_id": w.groups[0], "name": name, "category": "state",
            "level": "national", "interest": interest, "influence": influence});
        add(&f.router, &w.id, &w.key, "stakeholders", body).await;
    }
    (w.id, w.key)
}

async fn attach_file(f: &Fixture, file: Vec<u8>, key: &str) -> crate::support::Reply {
    let uri = format!("/workshops/{}/baselines?name=Карта%202021", f.id);
    send_file(&f.router, &uri, Some(key), "application/json", file).await
}

fn code(reply: &crate::support::Reply) -> String {
    reply.json()["error"]["code"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn a_baseline_is_attached_matched_drawn_and_compared() {
    let f = fixture().await;
    let (other, other_key) = last_year(&f).await;
    let uri = format!("/workshops/{other}/export/workshop.json");
    let file = f.get_as(&uri, Some(&other_key)).await.body;

    // A group's tablet neither attaches nor sees one.
    let refused = attach_file(&f, file.clone(), &f.token).await;
    assert_eq!(
        (refused.status, code(&refused)),
        (StatusCode::FORBIDDEN, "moderator_only".into())
    );
    let attached = attach_file(&f, file, &f.key).await;
    assert_eq!(attached.status, StatusCode::CREATED, "{}", attached.text());
    let baseline = attached.json();
    assert_eq!(baseline["name"], "Карта 2021");
    assert_eq!(baseline["actors"].as_array().map(Vec::len), Some(4));
    let proposals = baseline["proposals"].as_array().unwrap().clone();
    let ministry = baseline["actors"][0]["id"].clone();
    assert!(
        proposals
            .iter()
            .any(|p| p["actor"] == ministry && p["stakeholder"] == f.ids[0].as_str()),
        "the ministry is proposed as the merged ministry now: {proposals:?}"
    );
    let listed = f
        .get_as(&format!("/workshops/{}/baselines", f.id), Some(&f.token))
        .await;
    assert_eq!(listed.status, StatusCode::FORBIDDEN);

    // From this server, with a key of the other workshop; a wrong key opens nothing.
    let uri = format!("/workshops/{}/baselines", f.id);
    let wrong = json!({"workshop": other, "key": "mk_nope"});
    let wrong = call(&f.router, "POST", &uri, Some(&f.key), Some(wrong)).await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED, "{}", wrong.text());
    let from = json!({"workshop": other, "key": other_key});
    let second = call(&f.router, "POST", &uri, Some(&f.key), Some(from)).await;
    assert_eq!(second.status, StatusCode::CREATED, "{}", second.text());
    assert_eq!(second.json()["name"], "Доступ к правосудию (2021-07-01)");
    let gone = format!("{uri}/{}", second.json()["id"].as_str().unwrap());
    let detached = call(&f.router, "DELETE", &gone, Some(&f.key), None).await;
    assert_eq!(detached.status, StatusCode::NO_CONTENT);
    let listed = f.get_as(&uri, Some(&f.key)).await.json();
    assert_eq!(listed.as_array().map(Vec::len), Some(1));

    // Every proposal confirmed at once.
    let bid = baseline["id"].as_str().unwrap().to_owned();
    let choices: Vec<Value> = (proposals.iter())
        .map(|p| json!({"actor": p["actor"], "stakeholder": p["stakeholder"]}))
        .collect();
    let uri = format!("/workshops/{}/baselines/{bid}/matches", f.id);
    let matched = call(
        &f.router,
        "POST",
        &uri,
        Some(&f.key),
        Some(json!({"matches": choices})),
    )
    .await;
    assert_eq!(matched.status, StatusCode::OK, "{}", matched.text());
    let matched = matched.json();
    assert_eq!(
        matched["matches"].as_array().map(Vec::len),
        Some(proposals.len())
    );
    assert_eq!(matched["proposals"], json!([]), "nothing left to propose");
    let twice =
        json!({"matches": [{"actor": baseline["actors"][2]["id"], "stakeholder": f.ids[0]}]});
    let twice = call(&f.router, "POST", &uri, Some(&f.key), Some(twice)).await;
    assert_eq!(code(&twice), "already_matched");

    // The combined grid with arrows from where the baseline had each actor.
    let uri = format!("/workshops/{}/grid.svg?combined=true&baseline={bid}", f.id);
    let grid = f.get_as(&uri, Some(&f.key)).await;
    assert_eq!(grid.status, StatusCode::OK, "{}", grid.text());
    let svg = grid.text();
    assert!(svg.contains(TRAIL), "arrows drawn");
    assert!(
        svg.contains("Карта 2021 →"),
        "the legend names the baseline"
    );
    let uri = format!("/workshops/{}/grid.svg?baseline={bid}", f.id);
    assert_eq!(
        f.get_as(&uri, Some(&f.key)).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    read_back(&f, &bid, &ministry).await;
}

/// The comparison, read by the programs analysts use: Python's csv and openpyxl.
async fn read_back(f: &Fixture, bid: &str, ministry: &Value) {
    let dir = tempfile::tempdir().unwrap();
    let uri = format!("/workshops/{}/comparison?baseline={bid}", f.id);
    let csv = f.get_as(&uri, Some(&f.key)).await;
    assert_eq!(csv.status, StatusCode::OK, "{}", csv.text());
    assert!(
        csv.header("content-disposition")
            .contains("stakemap-comparison.csv")
    );
    assert_eq!(
        f.get_as(&uri, Some(&f.token)).await.status,
        StatusCode::FORBIDDEN
    );
    std::fs::write(dir.path().join("comparison.csv"), &csv.body).unwrap();
    let xlsx = f.export("workshop.xlsx", "").await;
    std::fs::write(dir.path().join("workshop.xlsx"), &xlsx.body).unwrap();
    let expected = json!({
        "ministry_now": f.ids[0],
        "ministry_then": ministry,
        "merged_interest": 4.5,
        "sheet": "Сравнение",
    });
    std::fs::write(dir.path().join("expected.json"), expected.to_string()).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/exports/comparison.py");
    let out = Command::new(crate::exports::python())
        .arg(&script)
        .arg(dir.path())
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("csv, xlsx"), "{said}");
}
