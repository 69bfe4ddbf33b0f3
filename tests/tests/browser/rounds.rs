//! Rounds in real Chromium: the moderator closes "До обсуждения", a group re-scores on the
//! API, a second round closes, and the console's table and the projector's grid (4:3) show
//! what moved — each arrow from the cell a stakeholder had in round 1 to the one it has in
//! round 2, read from the SVG itself.

use e2e::arrows::{TRAIL, arrows};
use e2e::{Browser, Server, id_and_key};
use reqwest::Method;
use serde_json::{Value, json};

/// Waits (bounded) until the server has stored `n` rounds: the console applies its own edit at
/// once and the server stores it at the feed's ack.
async fn stored_rounds(server: &Server, id: &str, key: &str, n: usize) -> Value {
    let path = format!("/workshops/{id}/rounds");
    for _ in 0..200 {
        let listed = api(server, Method::GET, &path, key, None).await;
        if listed.as_array().is_some_and(|r| r.len() == n) {
            return listed;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the server did not store round {n}");
}

async fn api(server: &Server, method: Method, path: &str, key: &str, body: Option<Value>) -> Value {
    server.api(method, path, Some(key), body).await
}

/// Workshop `w`'s entries, then its two rounds on the moderator's console: "До обсуждения",
/// the discussion (group 1 moves the ministry to "monitor" and the akimiat one step right;
/// group 2's UNDP goes and the elders' court comes), and round 2 with its default name.
async fn two_rounds_on_the_console(server: &Server, w: &Value) -> Browser {
    let (id, key) = id_and_key(w);
    let g1 = w["groups"][0]["id"].as_str().unwrap();
    let g2 = w["groups"][1]["id"].as_str().unwrap();
    let entry = |g: &str, name: &str, interest: i64, influence: i64| {
        json!({"group_id": g, "name": name, "category": "state", "level": "national",
            "interest": interest, "influence": influence})
    };
    let ministry = server
        .add(w, "stakeholders", entry(g1, "Министерство юстиции", 5, 4))
        .await;
    let akimiat = server
        .add(w, "stakeholders", entry(g1, "Акимиат", 3, 3))
        .await;
    let undp = server
        .add(w, "stakeholders", entry(g2, "ПРООН", 4, 2))
        .await;
    server
        .add(w, "stakeholders", entry(g2, "Жогорку Кенеш", 2, 5))
        .await;

    let moderator = Browser::start(1280, 900).await;
    moderator
        .open(&format!(
            "{}/moderator/{id}?section=pictures#key={key}",
            server.base
        ))
        .await;
    moderator
        .type_into("input[name=round-name]", "До обсуждения")
        .await;
    moderator.tap("[data-testid=close-round]").await;
    stored_rounds(server, id, key, 1).await;

    let code = w["groups"][0]["join_code"].as_str().unwrap();
    let joined = server
        .api(Method::POST, "/join", None, Some(json!({"code": code})))
        .await;
    let token = joined["token"].as_str().unwrap();
    let patch = |s: &str| format!("/workshops/{id}/stakeholders/{s}");
    api(
        server,
        Method::PATCH,
        &patch(&ministry),
        token,
        Some(json!({"interest": 2, "influence": 1})),
    )
    .await;
    api(
        server,
        Method::PATCH,
        &patch(&akimiat),
        token,
        Some(json!({"interest": 4})),
    )
    .await;
    api(server, Method::DELETE, &patch(&undp), key, None).await;
    server
        .add(w, "stakeholders", entry(g2, "Суд аксакалов", 5, 1))
        .await;

    // The second round, its name left to the default.
    moderator.tap("[data-testid=close-round]").await;
    let listed = stored_rounds(server, id, key, 2).await;
    let names: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["До обсуждения", ""]);
    moderator
}

#[tokio::test]
async fn two_rounds_show_on_the_projectors_grid_as_arrows_from_cell_to_cell() {
    let server = Server::start().await;
    let w = server.workshop().await;
    let moderator = two_rounds_on_the_console(&server, &w).await;

    moderator
        .tap("[data-field=round-at] [data-value='2']")
        .await;
    moderator
        .tap("[data-field=round-since] [data-value='1']")
        .await;
    moderator
        .until(
            "the table of what moved",
            "document.querySelectorAll('[data-testid=moved]').length === 4",
        )
        .await;
    let first = moderator.text("[data-testid=moved]").await;
    assert!(
        first.contains("Министерство юстиции"),
        "a quadrant change comes first: {first}"
    );
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
        rows[2].contains("ПРООН") && rows[2].contains("убран"),
        "{rows:?}"
    );
    assert!(rows[3].contains("Акимиат"), "{rows:?}");

    // The projector, 4:3, opened from the console's link: the same comparison.
    let href = moderator
        .script("return document.querySelector('[data-testid=projector]').href;")
        .await;
    let href = href.as_str().unwrap().to_owned();
    assert!(
        href.contains("round=1") && href.contains("compare=2"),
        "{href}"
    );
    let projector = Browser::start(1024, 768).await;
    projector.open(&href).await;
    projector
        .until(
            "the arrows",
            &format!(
                "document.querySelector(\"[data-testid=grid] polygon[fill='{TRAIL}']\") !== null"
            ),
        )
        .await;
    let (starts, tips) = arrows(&projector).await;
    assert_eq!(starts, [(3, 3), (5, 4)], "from round 1's cells");
    assert_eq!(tips, [(2, 1), (4, 3)], "to round 2's cells");
    let svg = projector
        .script("return document.querySelector('[data-testid=grid] svg').textContent;")
        .await;
    assert!(svg.as_str().unwrap().contains("До обсуждения → Раунд 2"));
    projector.close().await;
    moderator.close().await;
    elsewhere(&server, &w).await;
}

/// The same two rounds on group 1's tablet, in the presentation's slide of what the discussion
/// changed, and in the report's section.
async fn elsewhere(server: &Server, w: &Value) {
    let (id, key) = id_and_key(w);
    let arrowheads = |n: usize| {
        format!(
            "document.querySelectorAll(\"[data-testid=grid] polygon[fill='{TRAIL}']\").length >= {n}"
        )
    };
    // The tablet: its own group's grid, compared with round 1 once chosen.
    let tablet = Browser::tablet().await;
    let code = w["groups"][0]["join_code"].as_str().unwrap();
    tablet.open(&format!("{}/join/{code}", server.base)).await;
    tablet.tap("[data-testid=tab-grid]").await;
    tablet
        .tap("[data-field=round-since] [data-value='1']")
        .await;
    tablet.until("the tablet's arrows", &arrowheads(2)).await;
    let (_, tips) = arrows(&tablet).await;
    assert_eq!(tips, [(2, 1), (4, 3)], "its own group's moves, to now");
    tablet.close().await;

    // The presentation: after the disagreements, the combined grid from round 1 to round 2.
    let deck = Browser::start(1024, 768).await;
    deck.open(&format!("{}/moderator/{id}/present#key={key}", server.base))
        .await;
    let slide =
        |name: &str| format!("document.querySelector('.slide-body').dataset.slide === '{name}'");
    deck.press(fantoccini::key::Key::End.into()).await;
    // The whole deck, once the workshop has arrived: joining, three slides a group, the
    // combined grid, graph, disagreements, what changed and the combined table.
    let groups = w["groups"].as_array().unwrap().len();
    let whole = format!(
        "document.querySelector('[data-testid=slide-position]').textContent === '{n} / {n}'",
        n = 1 + 3 * groups + 5
    );
    deck.until("the last slide of the whole deck", &whole).await;
    deck.until("the last slide", &slide("CombinedTable")).await;
    deck.press(fantoccini::key::Key::Left.into()).await;
    deck.until("the slide of what changed", &slide("Changes"))
        .await;
    deck.until("its arrows", &arrowheads(1)).await;
    deck.close().await;

    // The report: a section comparing the two rounds, with its table.
    let report = Browser::start(1024, 768).await;
    report
        .open(&format!("{}/moderator/{id}/report#key={key}", server.base))
        .await;
    let rows = "document.querySelectorAll('[data-testid=report-comparison] [data-testid=moved]').length === 4";
    report.until("the comparison's table", rows).await;
    let heading = report.text("[data-testid=report-comparison] h2").await;
    assert!(heading.contains("До обсуждения → Раунд 2"), "{heading}");
    report.close().await;
}

#[tokio::test]
async fn the_timeline_shows_the_maps_at_the_first_round_and_at_its_end() {
    let server = Server::start().await;
    let w = server.workshop().await;
    let (id, key) = id_and_key(&w);
    let moderator = two_rounds_on_the_console(&server, &w).await;
    let first = api(
        &server,
        Method::GET,
        &format!("/workshops/{id}/rounds"),
        key,
        None,
    )
    .await[0]["seq"]
        .as_u64()
        .unwrap();
    moderator
        .tap("[data-testid=console-tab][data-section=history]")
        .await;
    let grid_has = |name: &str| {
        format!(
            "(document.querySelector('[data-testid=history] [data-testid=grid] svg')?.textContent ?? '').includes('{name}')"
        )
    };
    // It opens at the end: the UNDP is gone.
    moderator
        .until(
            "the maps now",
            &format!("!{} && {}", grid_has("ПРООН"), grid_has("Суд аксакалов")),
        )
        .await;
    moderator
        .tap("[data-testid=history-round][data-round='1']")
        .await;
    moderator
        .until(
            "the maps at round 1",
            &format!("{} && !{}", grid_has("ПРООН"), grid_has("Суд аксакалов")),
        )
        .await;
    let at = moderator
        .script("return document.querySelector('[data-testid=timeline]').dataset.at;")
        .await;
    assert_eq!(at.as_str(), Some(first.to_string().as_str()));
    // The files as of then: the server replays the log's first edits for them.
    let href = moderator
        .script("return document.querySelector('[data-testid=history-file]').getAttribute('href');")
        .await;
    let href = href.as_str().unwrap_or_default();
    assert!(
        href.contains(&format!("/export/workshop.xlsx?at={first}&")),
        "{href}"
    );
    let said = moderator.text("[data-testid=history-at]").await;
    assert!(said.contains(&format!("{first} правок")), "{said}");
    // The slider, by keyboard: Home is the start (nobody yet), End the end again.
    moderator.tap("[data-testid=history-slider]").await;
    moderator.press(fantoccini::key::Key::Home.into()).await;
    moderator
        .until(
            "the start",
            "document.querySelector('[data-testid=timeline]').dataset.at === '0'",
        )
        .await;
    moderator.press(fantoccini::key::Key::End.into()).await;
    moderator
        .until("the end again", &grid_has("Суд аксакалов"))
        .await;
    // One edit back from the end: the second round's close is undone on the timeline only.
    let end = moderator
        .script("return document.querySelector('[data-testid=timeline]').dataset.at;")
        .await;
    moderator.tap("[data-testid=history-back]").await;
    let back = (end.as_str().unwrap().parse::<u64>().unwrap() - 1).to_string();
    moderator
        .until(
            "one edit back",
            &format!("document.querySelector('[data-testid=timeline]').dataset.at === '{back}'"),
        )
        .await;
    // The timeline's picture marks both rounds.
    let svg = moderator
        .script("return document.querySelector('[data-testid=timeline] svg').textContent;")
        .await;
    let svg = svg.as_str().unwrap();
    assert!(
        svg.contains("До обсуждения") && svg.contains("Раунд 2"),
        "{svg}"
    );
}
