//! A baseline in real Chromium: last year's workshop leaves as `workshop.json`, the moderator
//! attaches it on this year's console and confirms the proposed matches; the combined grid
//! then shows an arrow from the cell last year's map had to the one this year's has (read
//! from the SVG), the table of what moved lists the quadrant change first, the report has a
//! section for it, and the comparison's CSV and sheet read back in Python's csv and openpyxl.

use std::path::Path;
use std::process::Command;

use e2e::arrows::{TRAIL, arrows, until_arrows};
use e2e::{Browser, Server, id_and_key};
use reqwest::Method;
use serde_json::{Value, json};

fn entry(g: &Value, name: &str, interest: i64, influence: i64) -> Value {
    json!({"group_id": g["id"], "name": name, "category": "state", "level": "national",
        "interest": interest, "influence": influence})
}

/// Last year's workshop on the same server, as its `workshop.json` in `dir`; with the
/// ministry's id there.
async fn last_year(server: &Server, dir: &Path) -> (std::path::PathBuf, String, Value) {
    let last = server.workshop().await;
    let (last_id, last_key) = id_and_key(&last);
    let g = &last["groups"][0];
    let ministry_then = server
        .add(
            &last,
            "stakeholders",
            entry(g, "Министерство юстиции", 1, 1),
        )
        .await;
    for (name, interest, influence) in [
        ("Жогорку Кенеш", 2, 5),
        ("Ассоциация юристов", 4, 2),
        ("=cmd|' /C calc'!A0", 2, 2),
    ] {
        server
            .add(&last, "stakeholders", entry(g, name, interest, influence))
            .await;
    }
    let file = server
        .bytes(
            &format!("/workshops/{last_id}/export/workshop.json"),
            last_key,
        )
        .await;
    let path = dir.join("workshop-2021.json");
    std::fs::write(&path, file).unwrap();
    (path, ministry_then, last)
}

/// The comparison as analysts read it: the CSV and the workbook's sheet, in Python.
async fn read_back(server: &Server, id: &str, key: &str, bid: &str, expected: Value) {
    let dir = tempfile::tempdir().unwrap();
    let csv = server
        .bytes(&format!("/workshops/{id}/comparison?baseline={bid}"), key)
        .await;
    std::fs::write(dir.path().join("comparison.csv"), csv).unwrap();
    let xlsx = server
        .bytes(&format!("/workshops/{id}/export/workshop.xlsx"), key)
        .await;
    std::fs::write(dir.path().join("workshop.xlsx"), xlsx).unwrap();
    std::fs::write(dir.path().join("expected.json"), expected.to_string()).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let out = Command::new(root.join(".tools/py/bin/python"))
        .arg(root.join("server/tests/exports/comparison.py"))
        .arg(dir.path())
        .output()
        .expect(".tools/py (scripts/setup.sh makes it)");
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("csv, xlsx"), "{said}");
}

/// The report's section for the baseline, with its arrow.
async fn report_section(server: &Server, id: &str, key: &str) {
    let report = Browser::start(1024, 768).await;
    report
        .open(&format!("{}/moderator/{id}/report#key={key}", server.base))
        .await;
    report
        .until(
            "the baseline's section with its arrow",
            &format!(
                "document.querySelector(\"[data-testid=report-baseline] polygon[fill='{TRAIL}']\") !== null"
            ),
        )
        .await;
    let heading = report.text("[data-testid=report-baseline] h2").await;
    assert!(heading.contains("Карта 2021"), "{heading}");
    report.close().await;
}

/// Last year's workshop, whose console this laptop opened, is offered in one tap: attached,
/// then detached again.
async fn attach_held_and_detach(moderator: &Browser) {
    moderator.tap("[data-testid=baseline-attach-held]").await;
    moderator
        .until(
            "last year's workshop attached from this server",
            "document.querySelectorAll('[data-testid=baseline]').length === 1",
        )
        .await;
    let held = moderator.text("[data-testid=baseline] h3").await;
    assert_eq!(held, "Клуб депутатов-женщин");
    moderator.tap("[data-testid=baseline-detach]").await;
    moderator
        .until(
            "detached",
            "document.querySelectorAll('[data-testid=baseline]').length === 0",
        )
        .await;
}

/// The combined grid against the baseline on the pictures section: one arrow, from last
/// year's cell to this year's, and the table of what moved.
async fn grid_against_baseline(moderator: &Browser, bid: &str) {
    moderator
        .tap("[data-testid=console-tab][data-section=pictures]")
        .await;
    moderator
        .tap(&format!(
            "[data-field=baseline-compare] [data-value='{bid}']"
        ))
        .await;
    moderator
        .until(
            "the arrow",
            &format!(
                "document.querySelector(\"[data-testid=grid] polygon[fill='{TRAIL}']\") !== null"
            ),
        )
        .await;
    let (starts, tips) = arrows(moderator).await;
    assert_eq!(starts, [(1, 1)], "from last year's cell");
    assert_eq!(tips, [(5, 4)], "to this year's");
    moderator
        .until(
            "the table of what moved",
            "document.querySelectorAll('[data-testid=moved]').length === 4",
        )
        .await;
    let first = moderator.text("[data-testid=moved]").await;
    let rows = moderator
        .script(
            "return [...document.querySelectorAll('[data-testid=moved]')].map(r => r.textContent);",
        )
        .await;
    let rows: Vec<String> = serde_json::from_value(rows).unwrap();
    assert!(
        rows[1].contains("Суд аксакалов") && rows[1].contains("новый"),
        "{rows:?}"
    );
    assert!(
        rows[2..].iter().all(|r| r.contains("убран")),
        "last year's actors matched with nobody now: {rows:?}"
    );
    assert!(
        rows.iter().all(|r| !r.contains("Группа 1")),
        "a combined actor is every group's that named it: {rows:?}"
    );
    assert!(
        first.contains("Министерство юстиции"),
        "a quadrant change first: {first}"
    );
    moderator.screenshot("moderator-baseline-grid").await;
}

#[tokio::test]
async fn last_years_map_is_attached_matched_drawn_and_read_back_by_python() {
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let (path, ministry_then, last) = last_year(&server, dir.path()).await;

    let w = server.workshop().await;
    let (id, key) = id_and_key(&w);
    let ministry = server
        .add(
            &w,
            "stakeholders",
            entry(&w["groups"][0], "Министерство юстиции", 5, 4),
        )
        .await;
    server
        .add(
            &w,
            "stakeholders",
            entry(&w["groups"][1], "Жогорку Кенеш", 2, 5),
        )
        .await;
    server
        .add(
            &w,
            "stakeholders",
            entry(&w["groups"][1], "Суд аксакалов", 5, 1),
        )
        .await;

    let moderator = Browser::start(1280, 900).await;
    // Last year's console opened on this laptop: its key is remembered here.
    let (last_id, last_key) = id_and_key(&last);
    moderator
        .open(&format!(
            "{}/moderator/{last_id}#key={last_key}",
            server.base
        ))
        .await;
    moderator
        .open(&format!(
            "{}/moderator/{id}?section=import#key={key}",
            server.base
        ))
        .await;
    attach_held_and_detach(&moderator).await;
    moderator
        .type_into("input[name=baseline-name]", "Карта 2021")
        .await;
    let picker = moderator.find("[data-testid=baseline-file]").await;
    picker.send_keys(path.to_str().unwrap()).await.unwrap();
    moderator.tap("[data-testid=baseline-attach]").await;
    moderator
        .until(
            "the two proposed matches",
            "document.querySelectorAll('[data-testid=baseline-proposal]').length === 2",
        )
        .await;
    moderator.tap("[data-testid=baseline-confirm-all]").await;
    moderator
        .until(
            "both matched",
            "document.querySelectorAll('[data-testid=baseline-match]').length === 2",
        )
        .await;
    let count = moderator.text("[data-testid=baseline-count]").await;
    assert!(count.contains("2 из 4"), "{count}");
    let listed = server
        .api(
            Method::GET,
            &format!("/workshops/{id}/baselines"),
            Some(key),
            None,
        )
        .await;
    let bid = listed[0]["id"].as_str().unwrap().to_owned();
    assert_eq!(listed[0]["name"], "Карта 2021");
    moderator.screenshot("moderator-baseline").await;

    grid_against_baseline(&moderator, &bid).await;
    moderator.close().await;

    report_section(&server, id, key).await;
    let expected = json!({"ministry_now": ministry, "ministry_then": ministry_then,
        "merged_interest": 5.0, "sheet": "Сравнение"});
    read_back(&server, id, key, &bid, expected).await;
}

/// What the name matching cannot see — last year's «Мэрия Бишкека» is this year's «Городская
/// администрация» — the moderator matches by hand, a tap on each side; the projector (its own
/// window, opened before) draws the arrow the new match makes without being reloaded.
#[tokio::test]
async fn a_pair_the_names_miss_is_matched_by_hand_and_the_projector_follows() {
    let server = Server::start().await;
    let last = server.workshop().await;
    let (last_id, last_key) = id_and_key(&last);
    let then = entry(&last["groups"][0], "Мэрия Бишкека", 1, 1);
    server.add(&last, "stakeholders", then).await;
    let w = server.workshop().await;
    let (id, key) = id_and_key(&w);
    let now = entry(&w["groups"][0], "Городская администрация", 4, 5);
    server.add(&w, "stakeholders", now).await;
    let attached = server
        .api(
            Method::POST,
            &format!("/workshops/{id}/baselines"),
            Some(key),
            Some(json!({"workshop": last_id, "key": last_key, "name": "Карта 2021"})),
        )
        .await;
    let bid = attached["id"].as_str().unwrap().to_owned();
    assert_eq!(attached["proposals"], json!([]), "no name in common");

    let projector = Browser::start(1024, 768).await;
    projector
        .open(&format!(
            "{}/moderator/{id}/projector?view=grid&combined=true&baseline={bid}#key={key}",
            server.base
        ))
        .await;
    projector
        .until(
            "the combined grid against the baseline (its legend's arrow), with no arrow yet",
            &format!(
                "document.querySelector(\"[data-testid=grid] polygon[fill='{TRAIL}']\") !== null"
            ),
        )
        .await;
    assert_eq!(arrows(&projector).await, (vec![], vec![]));

    let moderator = Browser::start(1280, 900).await;
    moderator
        .open(&format!(
            "{}/moderator/{id}?section=import#key={key}",
            server.base
        ))
        .await;
    let by_hand = "[data-testid=baseline-by-hand]";
    moderator.tap(&format!("{by_hand} summary")).await;
    moderator.axe("the baselines panel, matching by hand").await;
    moderator
        .tap(&format!("{by_hand} [data-testid=baseline-pick-then]"))
        .await;
    moderator
        .tap(&format!("{by_hand} [data-testid=baseline-pick-now]"))
        .await;
    moderator.tap("[data-testid=baseline-match-by-hand]").await;
    moderator
        .until(
            "matched by hand",
            "document.querySelectorAll('[data-testid=baseline-match]').length === 1",
        )
        .await;
    let count = moderator.text("[data-testid=baseline-count]").await;
    assert!(count.contains("1 из 1"), "{count}");
    let pair = moderator.text("[data-testid=baseline-match]").await;
    assert!(
        pair.contains("Мэрия Бишкека → Городская администрация"),
        "{pair}"
    );
    moderator.screenshot("moderator-baseline-by-hand").await;
    moderator.close().await;

    until_arrows(
        &projector,
        "the arrow the match makes, on the projector as it was",
        1,
    )
    .await;
    assert_eq!(arrows(&projector).await, (vec![(1, 1)], vec![(4, 5)]));
    projector.close().await;
}
