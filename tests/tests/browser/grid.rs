//! The grid in real Chromium: placing stakeholders by touch on a tablet, and the moderator's
//! projector.

use e2e::{Browser, Server};
use reqwest::Method;
use serde_json::{Value, json};

struct Room {
    server: Server,
    id: String,
    key: String,
    code: String,
    sid: String,
}

/// A workshop whose first group has one stakeholder at 3/3.
async fn room() -> Room {
    let server = Server::start().await;
    let w = server.workshop().await;
    let id = w["id"].as_str().unwrap().to_owned();
    let key = w["moderator_key"].as_str().unwrap().to_owned();
    let added = server
        .api(
            Method::POST,
            &format!("/workshops/{id}/stakeholders"),
            Some(&key),
            Some(
                json!({"group_id": w["groups"][0]["id"], "name": "Жогорку Кеңеш",
                "category": "state", "level": "national", "interest": 3, "influence": 3}),
            ),
        )
        .await;
    Room {
        code: w["groups"][0]["join_code"].as_str().unwrap().to_owned(),
        sid: added["id"].as_str().unwrap().to_owned(),
        server,
        id,
        key,
    }
}

async fn open_grid(browser: &Browser, room: &Room) {
    browser
        .open(&format!("{}/join/{}", room.server.base, room.code))
        .await;
    browser.find("[data-testid=add]").await;
    browser.tap("[data-testid=tab-grid]").await;
    browser
        .find(&format!("[data-testid=marker][data-id='{}']", room.sid))
        .await;
}

/// The centre of a cell in viewport pixels, from the cells' place the grid reports.
async fn cell_center(browser: &Browser, interest: u8, influence: u8) -> (f64, f64) {
    let js = format!(
        "const g = document.querySelector('[data-testid=grid]');
         const [px, py, pw, ph] = g.dataset.plot.split(',').map(Number);
         const r = g.getBoundingClientRect();
         const fx = px + ({interest} - 1 + 0.5) / 5 * pw;
         const fy = py + ph - ({influence} - 1 + 0.5) / 5 * ph;
         return [r.left + fx * r.width, r.top + fy * r.height];"
    );
    let at = browser.script(&js).await;
    (at[0].as_f64().unwrap(), at[1].as_f64().unwrap())
}

async fn stored_scores(room: &Room) -> (i64, i64) {
    let list = room.server.stakeholders(&room.id, &room.key).await;
    let s: &Value = list.iter().find(|s| s["id"] == room.sid.as_str()).unwrap();
    (
        s["interest"].as_i64().unwrap(),
        s["influence"].as_i64().unwrap(),
    )
}

async fn wait_for_scores(browser: &Browser, room: &Room, expected: (i64, i64)) {
    browser.saved().await;
    for _ in 0..100 {
        if stored_scores(room).await == expected {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(stored_scores(room).await, expected);
}

#[tokio::test]
async fn dragging_a_marker_on_a_tablet_stores_the_snapped_scores() {
    let room = room().await;
    let browser = Browser::tablet().await;
    open_grid(&browser, &room).await;
    let marker = format!("[data-testid=marker][data-id='{}']", room.sid);

    let from = browser.center_of(&marker).await;
    // Dropped off-centre in the cell: the scores snap to the cell's values.
    let (tx, ty) = cell_center(&browser, 5, 1).await;
    browser.touch_drag(from, (tx + 9.0, ty - 7.0)).await;
    wait_for_scores(&browser, &room, (5, 1)).await;
    browser.screenshot("tablet-grid").await;

    // The list agrees with the grid.
    browser.tap("[data-testid=tab-list]").await;
    assert_eq!(
        browser
            .text("[data-testid=stakeholder] [data-testid=interest]")
            .await,
        "5"
    );
    assert_eq!(
        browser
            .text("[data-testid=stakeholder] [data-testid=influence]")
            .await,
        "1"
    );

    // Tap the marker, then tap a cell: the other way to place it.
    browser.tap("[data-testid=tab-grid]").await;
    let at = browser.center_of(&marker).await;
    browser.touch_tap(at).await;
    browser.find("[data-testid=grid-picked]").await;
    let target = cell_center(&browser, 2, 4).await;
    browser.touch_tap(target).await;
    wait_for_scores(&browser, &room, (2, 4)).await;
    browser.close().await;
}

#[tokio::test]
async fn the_projector_shows_the_live_grid_with_large_labels() {
    let room = room().await;
    let browser = Browser::start(1920, 1080).await;
    browser
        .open(&format!(
            "{}/moderator/{}/projector#key={}",
            room.server.base, room.id, room.key
        ))
        .await;
    browser.viewport(1920, 1080).await;
    let inner = browser
        .script("return [window.innerWidth, window.innerHeight];")
        .await;
    assert_eq!(inner, json!([1920, 1080]));
    let label = "[...document.querySelectorAll('[data-testid=grid] svg text')]
        .find(t => t.textContent.includes('Жогорку Кеңеш'))";
    browser.until("the label on the projector", label).await;
    // 28 px labels at 1920×1080, and no buttons or other controls in view.
    let size = browser
        .script(&format!(
            "return parseFloat({label}.getAttribute('font-size'));"
        ))
        .await;
    assert!(size.as_f64().unwrap() >= 28.0, "label font-size {size}");
    let controls = browser
        .script("return document.querySelectorAll('button, a, input, select').length;")
        .await;
    assert_eq!(controls, json!(0));

    // Live: a group's edit appears without a reload.
    room.server
        .api(
            Method::PATCH,
            &format!("/workshops/{}/stakeholders/{}", room.id, room.sid),
            Some(&room.key),
            Some(json!({"name": "Жогорку Кеңеш (комитет)"})),
        )
        .await;
    let renamed = "[...document.querySelectorAll('[data-testid=grid] svg text')]
        .some(t => t.textContent.includes('(комитет)'))";
    browser
        .until("the renamed label on the projector", renamed)
        .await;
    browser.close().await;
}

#[tokio::test]
async fn the_moderator_filters_the_grid_and_downloads_it() {
    let room = room().await;
    let browser = Browser::start(1024, 768).await;
    browser
        .open(&format!(
            "{}/moderator/{}?section=pictures#key={}",
            room.server.base, room.id, room.key
        ))
        .await;
    let shows = |name: &str| {
        format!(
            "[...document.querySelectorAll('[data-testid=moderator-grid] svg text')]
              .some(t => t.textContent.includes('{name}'))"
        )
    };
    browser
        .until("the stakeholder on the grid", &shows("Жогорку Кеңеш"))
        .await;
    browser.screenshot("moderator-grid").await;

    // Group 2 alone: group 1's stakeholder leaves the grid.
    browser
        .tap("[data-testid=moderator-grid] [data-field=group] .choice-button:nth-child(3)")
        .await;
    browser
        .until("group 2's grid", &format!("!{}", shows("Жогорку Кеңеш")))
        .await;
    browser
        .tap("[data-testid=moderator-grid] [data-field=group] .choice-button:nth-child(1)")
        .await;
    browser
        .until("all groups again", &shows("Жогорку Кеңеш"))
        .await;

    // The download links serve the picture the moderator is looking at. They hold no key (a
    // tap fetches a single-use ticket first): alone they open nothing; with the key, the file.
    for (link, kind) in [
        ("a[download='stakemap-grid.png']", "image/png"),
        ("a[download='stakemap-grid.svg']", "image/svg+xml"),
    ] {
        let href = browser
            .find(&format!("[data-testid=moderator-grid] {link}"))
            .await
            .prop("href")
            .await
            .unwrap()
            .unwrap();
        assert!(!href.contains("key") && !href.contains("token"), "{href}");
        let alone = reqwest::get(&href).await.unwrap();
        assert_eq!(alone.status(), 401, "{href} without a ticket");
        let response = reqwest::Client::new()
            .get(&href)
            .bearer_auth(&room.key)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{href}");
        let content_type = response.headers()["content-type"]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(content_type.starts_with(kind), "{content_type}");
    }
    browser.close().await;
}
