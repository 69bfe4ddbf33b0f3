//! The plenary's countdown in real Chromium: the moderator starts it, a tablet and the
//! projector count down together by the server's clock, and Stop takes it off both; a short
//! timer reaches zero with "time is up" and a chime only where someone has touched the page.

use e2e::{Browser, Server, id_and_key};
use reqwest::Method;
use serde_json::{Value, json};

/// The seconds the page's timer shows (`m:ss`), or -1 without one.
const SHOWN: &str =
    "const t = document.querySelector('[data-testid=timer-clock]')?.textContent ?? '';
    const m = t.match(/^(\\d+):(\\d\\d)$/);
    return m ? Number(m[1]) * 60 + Number(m[2]) : -1;";

/// Whether the bar chimed (`played`, `muted`, or null when it did not try) and pulses.
async fn chimes(page: &Browser) -> Value {
    page.script(
        "const bar = document.querySelector('[data-testid=timer-bar]');
         return [bar.dataset.chime ?? null, bar.classList.contains('pulse')];",
    )
    .await
}

const NO_TIMER: &str = "document.querySelector('[data-testid=timer-bar]') === null";

async fn shown(a: &Browser, b: &Browser) -> (i64, i64) {
    // Read both at once, as someone looking from the tablet to the wall would.
    let (x, y) = tokio::join!(a.script(SHOWN), b.script(SHOWN));
    (x.as_i64().expect("seconds"), y.as_i64().expect("seconds"))
}

/// A tablet that joined group 1 of workshop `w` with its code.
async fn joined_tablet(server: &Server, w: &Value) -> Browser {
    let tablet = Browser::tablet().await;
    let code = w["groups"][0]["join_code"].as_str().unwrap();
    tablet.open(&format!("{}/join/{code}", server.base)).await;
    tablet
}

/// Workshop `w`'s projector page at 1280×720, its grid drawn.
async fn projector(server: &Server, w: &Value) -> Browser {
    let (id, key) = id_and_key(w);
    let projector = Browser::start(1280, 720).await;
    projector
        .open(&format!(
            "{}/moderator/{id}/projector#key={key}",
            server.base
        ))
        .await;
    projector.find("[data-testid=grid] svg").await;
    projector
}

#[tokio::test]
async fn a_timer_started_by_the_moderator_counts_down_alike_on_a_tablet_and_the_projector() {
    let server = Server::start().await;
    let w = server.workshop().await;
    let (id, key) = id_and_key(&w);

    let tablet = joined_tablet(&server, &w).await;
    tablet.find("[data-testid=add]").await;
    let projector = projector(&server, &w).await;

    let moderator = Browser::start(1280, 900).await;
    moderator
        .open(&format!(
            "{}/moderator/{id}?section=timer#key={key}",
            server.base
        ))
        .await;
    moderator.find("[data-testid=timer-panel]").await;
    assert_eq!(
        moderator.value("input[name=timer-label]").await,
        "Работа в группах"
    );
    for page in [&tablet, &projector] {
        assert_eq!(page.script(&format!("return {NO_TIMER};")).await, true);
    }

    moderator
        .tap("[data-testid=timer-preset][data-minutes='5']")
        .await;
    moderator.tap("[data-testid=timer-start]").await;

    for (name, page) in [("tablet", &tablet), ("projector", &projector)] {
        page.until(
            &format!("the timer on the {name}"),
            "document.querySelector('[data-testid=timer-bar][data-state=running]') !== null",
        )
        .await;
        assert_eq!(
            page.text("[data-testid=timer-label]").await,
            "Работа в группах"
        );
    }
    let (on_tablet, on_wall) = shown(&tablet, &projector).await;
    assert!(
        (290..=300).contains(&on_tablet) && (290..=300).contains(&on_wall),
        "5 minutes just started: {on_tablet} s on the tablet, {on_wall} s on the projector"
    );
    assert!(
        (on_tablet - on_wall).abs() <= 1,
        "in step: {on_tablet} s on the tablet, {on_wall} s on the projector"
    );
    let left = moderator.text("[data-testid=timer-remaining]").await;
    assert!(left.contains("4:5") || left.contains("5:00"), "{left}");

    // Started on the server's clock: what the tablet shows is what the server says is left.
    let stored = server
        .api(Method::GET, &format!("/workshops/{id}"), Some(key), None)
        .await;
    let ends_at = stored["timer"]["ends_at"].as_i64().expect("ends_at");
    let page_left = tablet.script(SHOWN).await.as_i64().expect("seconds");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("after 1970")
        .as_millis() as i64;
    let server_left = (ends_at - now + 999) / 1000;
    assert!(
        (page_left - server_left).abs() <= 1,
        "the tablet shows {page_left} s, the server's timer has {server_left} s"
    );
    tablet.screenshot("timer-tablet").await;
    projector.screenshot("timer-projector").await;
    moderator.screenshot("timer-moderator").await;

    moderator.tap("[data-testid=timer-stop]").await;
    for (name, page) in [("tablet", &tablet), ("projector", &projector)] {
        page.until(&format!("no timer on the {name}"), NO_TIMER)
            .await;
    }
    let stopped = server
        .api(Method::GET, &format!("/workshops/{id}"), Some(key), None)
        .await;
    assert_eq!(stopped.get("timer"), None);

    tablet.close().await;
    projector.close().await;
    moderator.close().await;
}

#[tokio::test]
async fn the_last_minute_changes_colour_and_zero_says_time_is_up_with_a_chime_after_a_touch() {
    let server = Server::start().await;
    let w = server.workshop().await;
    let (id, key) = id_and_key(&w);
    let tablet = joined_tablet(&server, &w).await;
    // Someone has touched the tablet, so it may make a sound; nobody touched the projector.
    tablet.tap("[data-testid=tab-grid]").await;
    let projector = projector(&server, &w).await;

    let timer = format!("/workshops/{id}/timer");
    let colour = "getComputedStyle(document.querySelector('[data-testid=timer-clock]')).color";
    server.start_timer(&w, "Перерыв", 600).await;
    tablet
        .until(
            "a running timer",
            "document.querySelector('[data-testid=timer-bar][data-state=running]') !== null",
        )
        .await;
    let calm = tablet.script(&format!("return {colour};")).await;

    server.start_timer(&w, "Перерыв", 45).await;
    tablet
        .until(
            "the last minute",
            "document.querySelector('[data-testid=timer-bar][data-state=last]') !== null",
        )
        .await;
    let warm = tablet.script(&format!("return {colour};")).await;
    assert_ne!(calm, warm, "the last minute has its own colour");
    tablet.screenshot("timer-last-minute").await;

    server.start_timer(&w, "Перерыв", 3).await;
    let done = "document.querySelector('[data-testid=timer-bar][data-state=done]') !== null";
    for (name, page) in [("tablet", &tablet), ("projector", &projector)] {
        page.until(&format!("time is up on the {name}"), done).await;
        assert_eq!(page.text("[data-testid=timer-clock]").await, "0:00");
        assert_eq!(page.text(".timer-bar .timer-up").await, "Время вышло");
    }
    assert_eq!(
        chimes(&tablet).await,
        json!(["played", true]),
        "touched: chimes and pulses"
    );
    assert_eq!(
        chimes(&projector).await,
        json!(["muted", true]),
        "never touched: pulses in silence"
    );
    tablet.screenshot("timer-up").await;
    projector.screenshot("timer-up-projector").await;

    // A page opened after the time was up says so, without a chime of its own.
    let late = joined_tablet(&server, &w).await;
    late.until("time is up on a late tablet", done).await;
    assert_eq!(chimes(&late).await, json!([Value::Null, false]));

    server.api(Method::DELETE, &timer, Some(key), None).await;
    for page in [&tablet, &projector, &late] {
        page.until("no timer", NO_TIMER).await;
    }
    late.close().await;
    tablet.close().await;
    projector.close().await;
}
