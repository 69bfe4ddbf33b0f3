//! The moderator's console in real Chromium on a 1280×800 laptop, with a room's worth of
//! entries (four groups of 25 stakeholders with long Russian names): every section opens in
//! one tap from a fresh page, stays open over a reload (`?section=…` in the address, the
//! key taken out of the address), fits within about three screens, and keeps the countdown in the header; a
//! column header sorts a group's table.

use e2e::{Browser, Server};
use fantoccini::key::Key;
use reqwest::Method;
use serde_json::json;

const WIDTH: u32 = 1280;
const HEIGHT: u32 = 800;
/// Three screens, and a little for a long name that wraps.
const MOST: i64 = 2600;

const SECTIONS: [&str; 8] = [
    "groups", "pictures", "combined", "timer", "history", "import", "files", "access",
];

/// Bodies and places of the seed's kind: every group names the first few alike (the plenary
/// has something to merge), the rest in its own district.
const BODIES: [&str; 13] = [
    "Айыл окмоту",
    "Местный кенеш",
    "Районная государственная администрация",
    "Общественное объединение женщин-депутатов местных кенешей",
    "Молодёжный комитет при айыльном аймаке",
    "Совет аксакалов и старейшин",
    "Территориальное управление Министерства юстиции",
    "Районный отдел социального развития и защиты семьи и детей",
    "Женский совет при районной государственной администрации",
    "Кризисный центр для женщин, пострадавших от насилия",
    "Ассоциация предпринимателей и фермерских хозяйств",
    "Представительство Омбудсмена (Акыйкатчы) в области",
    "Инициативная группа родителей сельской школы",
];
const PLACES: [&str; 4] = [
    "Тюпского района Иссык-Кульской области",
    "Ат-Башинского района Нарынской области",
    "Базар-Коргонского района Джалал-Абадской области",
    "Кара-Суйского района Ошской области",
];
const SHARED: [&str; 12] = [
    "Государственное агентство по делам местного самоуправления и межэтнических отношений",
    "Министерство труда, социального обеспечения и миграции Кыргызской Республики",
    "Союз местных самоуправлений Кыргызской Республики",
    "Академия местного управления Центральной Азии (АМУЦА)",
    "Проект USAID «Успешный Аймак 2»",
    "Жогорку Кеңеш Кыргызской Республики, комитет по конституционному законодательству",
    "Портал «Лучшая практика МСУ» и его региональные координаторы",
    "Центральная комиссия по выборам и проведению референдумов",
    "Программа развития ООН (ПРООН) в Кыргызской Республике",
    "Структура ООН по вопросам гендерного равенства (ООН-Женщины)",
    "Форум женщин-депутатов Жогорку Кенеша",
    "Национальная сеть женских неправительственных организаций",
];
const CATEGORIES: [&str; 4] = ["state", "international", "civil_society", "informal"];
const LEVELS: [&str; 2] = ["national", "local"];
const ATTITUDES: [&str; 4] = ["supportive", "neutral", "opposed", "unknown"];

/// A workshop of four groups, each with 25 stakeholders and a chain of 12 links; returns
/// (id, moderator key).
async fn room(server: &Server) -> (String, String) {
    let setup = json!({"title": "Клуб депутатов-женщин", "language": "ru",
        "groups": ["Группа 1", "Группа 2", "Группа 3", "Группа 4"]});
    let w = server
        .api(Method::POST, "/workshops", None, Some(setup))
        .await;
    let id = w["id"].as_str().expect("id").to_owned();
    let key = w["moderator_key"].as_str().expect("key").to_owned();
    for g in 0..4 {
        let group = w["groups"][g]["id"].clone();
        let names = SHARED
            .iter()
            .map(|s| (*s).to_owned())
            .chain(BODIES.iter().map(|b| format!("{b} {}", PLACES[g])));
        let mut ids = Vec::new();
        for (i, name) in names.enumerate() {
            let body = json!({"group_id": group, "name": name,
                "category": CATEGORIES[(i + g) % 4], "level": LEVELS[i % 2],
                "interest": 1 + (i + g) % 5, "influence": 1 + (i * 3 + g) % 5,
                "attitude": ATTITUDES[i % 4]});
            let path = format!("/workshops/{id}/stakeholders");
            let added = server
                .api(Method::POST, &path, Some(&key), Some(body))
                .await;
            ids.push(added["id"].as_str().expect("stakeholder id").to_owned());
        }
        for pair in ids[..13].windows(2) {
            let body = json!({"from": pair[0], "to": pair[1], "kind": "cooperation",
                "strength": 2, "directed": false});
            let path = format!("/workshops/{id}/relationships");
            server
                .api(Method::POST, &path, Some(&key), Some(body))
                .await;
        }
    }
    // A countdown, so that the header has one to show.
    let timer = json!({"label": "Работа в группах", "seconds": 1800});
    let path = format!("/workshops/{id}/timer");
    server
        .api(Method::POST, &path, Some(&key), Some(timer))
        .await;
    (id, key)
}

/// The open section's name, as the page says it.
const SHOWN: &str =
    "return document.querySelector('[data-testid=console-section]')?.dataset.section ?? null;";

/// Something each section shows once it has drawn.
fn drawn(section: &str) -> &'static str {
    match section {
        "groups" => {
            "document.querySelectorAll('[data-testid=group-column] [data-testid=stakeholder]').length === 32"
        }
        "pictures" => "document.querySelector('[data-testid=moderator-grid] svg') !== null",
        "combined" => "document.querySelectorAll('[data-testid=suggestion]').length > 0",
        "timer" => "document.querySelector('[data-testid=timer-panel]') !== null",
        "history" => {
            "document.querySelector('[data-testid=history] [data-testid=grid] svg') !== null"
        }
        "import" => "document.querySelector('[data-testid=import-submit]') !== null",
        "files" => "document.querySelectorAll('[data-testid=export]').length === 7",
        "access" => {
            "document.querySelectorAll('[data-testid=group-access]').length === 4 && document.querySelector('[data-testid=links]') !== null"
        }
        _ => unreachable!("a section"),
    }
}

async fn height(page: &Browser) -> i64 {
    // A beat for the last layout (a picture sizes itself to its box).
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    page.script("return document.documentElement.scrollHeight;")
        .await
        .as_i64()
        .expect("a height")
}

/// Where the grid or graph on screen ends, from the top of the page (None without one).
async fn picture_end(page: &Browser) -> Option<i64> {
    page.script(
        "const p = document.querySelector('[data-testid=console-section] :is([data-testid=grid], [data-testid=graph])');
         return p ? Math.round(p.getBoundingClientRect().bottom + window.scrollY) : null;",
    )
    .await
    .as_f64()
    .map(|p| p as i64)
}

/// The section is open, its tab says so, and the header's countdown runs.
async fn assert_open(page: &Browser, section: &str) {
    page.until(&format!("the {section} section"), drawn(section))
        .await;
    assert_eq!(page.script(SHOWN).await, json!(section));
    let selected = page
        .script(
            "return [...document.querySelectorAll('[data-testid=console-tab][aria-selected=true]')]
                .map(t => t.dataset.section);",
        )
        .await;
    assert_eq!(selected, json!([section]), "one tab selected");
    page.until(
        "the countdown in the header",
        "document.querySelector('[data-testid=console-timer][data-state=running]') !== null",
    )
    .await;
    let clock = page
        .text("[data-testid=console-timer] .timer-chip-clock")
        .await;
    // A running half-hour countdown, however long the test took to get here.
    let seconds = clock
        .split_once(':')
        .and_then(|(m, s)| Some(m.parse::<u32>().ok()? * 60 + s.parse::<u32>().ok()?));
    assert!(
        seconds.is_some_and(|s| (1..=1800).contains(&s)),
        "{section}: {clock}"
    );
}

#[tokio::test]
async fn every_console_section_is_one_tap_away_survives_a_reload_and_fits_three_screens() {
    let server = Server::start().await;
    let (id, key) = room(&server).await;
    let fresh = format!("{}/moderator/{id}#key={key}", server.base);
    let page = Browser::start(WIDTH, HEIGHT).await;
    page.viewport(WIDTH, HEIGHT).await;

    // (what was measured, the page's height, where the picture ends if there is one)
    let mut heights: Vec<(String, i64, Option<i64>)> = Vec::new();
    for section in SECTIONS {
        page.client.goto("about:blank").await.expect("leaves");
        page.open(&fresh).await;
        assert_eq!(page.script(SHOWN).await, json!("groups"), "a fresh page");
        page.tap(&format!(
            "[data-testid=console-tab][data-section={section}]"
        ))
        .await;
        assert_open(&page, section).await;
        let url = page.client.current_url().await.expect("url").to_string();
        assert!(
            url.ends_with(&format!("?section={section}")) && !url.contains(&key),
            "the address keeps the section, and the key is out of it: {url}"
        );
        let first = match section {
            "pictures" => "pictures (grid)".to_owned(),
            "combined" => "combined (proposals)".to_owned(),
            _ => section.to_owned(),
        };
        heights.push((first, height(&page).await, picture_end(&page).await));
        page.screenshot(&format!("console-{section}")).await;

        // The pictures' graph and the combined map's other parts are in the section too;
        // a few merges first, so that the groups' disagreements have rows.
        if section == "combined" {
            for merged in 1..=4 {
                page.tap("[data-testid=suggestion] [data-testid=merge]")
                    .await;
                let left = format!(
                    "document.querySelector('[data-testid=part-suggestions]').textContent.includes('({})')",
                    12 - merged
                );
                page.until("the merge on the combined map", &left).await;
            }
        }
        let parts: &[(&str, &str, &str)] = match section {
            "pictures" => &[(
                "picture-graph",
                "[data-testid=graph] svg",
                "pictures (graph)",
            )],
            "combined" => &[
                (
                    "part-contested",
                    "[data-testid=contested]",
                    "combined (disagreements)",
                ),
                (
                    "part-worksheet",
                    "[data-testid=combined-row]",
                    "combined (worksheet)",
                ),
            ],
            _ => &[],
        };
        for (part, shows, name) in parts {
            page.tap(&format!("[data-testid={part}]")).await;
            page.until(
                &format!("{part} drawn"),
                &format!("document.querySelector('{shows}') !== null"),
            )
            .await;
            heights.push((
                name.to_string(),
                height(&page).await,
                picture_end(&page).await,
            ));
            page.screenshot(&format!("console-{section}-{part}")).await;
        }

        page.client.refresh().await.expect("reloads");
        page.hydrated().await;
        assert_open(&page, section).await;
        heights.push((
            format!("{section} (reloaded)"),
            height(&page).await,
            picture_end(&page).await,
        ));
    }

    println!("console section heights at {WIDTH}×{HEIGHT} (4 groups × 25 stakeholders):");
    for (name, h, picture) in &heights {
        let below = picture.map_or(String::new(), |p| {
            format!(", the picture ends at {p} px (key pages and measures below it)")
        });
        println!(
            "  {name:<26} {h:>6} px  ({:.2} screens){below}",
            *h as f64 / f64::from(HEIGHT)
        );
    }
    // The key's own pages and the graph's measures are a page at a time (the measures
    // folded), so every section is held to about three screens, pictures included.
    for (name, h, _) in &heights {
        assert!(*h <= MOST, "{name}: {h} px, more than about three screens");
    }

    page.close().await;
}

#[tokio::test]
async fn a_header_tap_sorts_a_groups_table_and_the_tabs_answer_the_keyboard() {
    let server = Server::start().await;
    let (id, key) = room(&server).await;
    let page = Browser::start(WIDTH, HEIGHT).await;
    page.open(&format!(
        "{}/moderator/{id}?section=groups#key={key}",
        server.base
    ))
    .await;
    assert_open(&page, "groups").await;

    // Every tab and every column header is at least a finger's size.
    let small = page
        .script(
            "return [...document.querySelectorAll('[data-testid=console-tab], [data-testid=sort], [data-testid=console-timer]')]
                .map(b => b.getBoundingClientRect())
                .filter(r => r.width < 44 || r.height < 44).length;",
        )
        .await;
    assert_eq!(small, json!(0), "touch targets of 44 px at least");

    let first = "[data-testid=group-column]:first-of-type";
    let influence = format!("{first} th[data-column=influence]");
    assert_eq!(
        page.script(&format!(
            "return document.querySelector('{influence}').getAttribute('aria-sort');"
        ))
        .await,
        json!("none")
    );
    page.tap(&format!("{influence} button")).await;
    page.until(
        "the table sorted by influence, highest first",
        &format!(
            "document.querySelector('{influence}').getAttribute('aria-sort') === 'descending'"
        ),
    )
    .await;
    let shown = |column: &str| {
        format!(
            "return [...document.querySelectorAll('{first} [data-testid=stakeholder] [data-testid={column}]')]
                .map(c => Number(c.textContent));"
        )
    };
    let values: Vec<i64> =
        serde_json::from_value(page.script(&shown("influence")).await).expect("numbers");
    assert_eq!(values.len(), 8, "a page of eight rows");
    assert!(
        values.windows(2).all(|w| w[0] >= w[1]),
        "highest first: {values:?}"
    );
    assert_eq!(values[0], 5, "the most influential on top");

    // Again: the other way round.
    page.tap(&format!("{influence} button")).await;
    page.until(
        "lowest first",
        &format!("document.querySelector('{influence}').getAttribute('aria-sort') === 'ascending'"),
    )
    .await;
    let values: Vec<i64> =
        serde_json::from_value(page.script(&shown("influence")).await).expect("numbers");
    assert!(
        values.windows(2).all(|w| w[0] <= w[1]),
        "lowest first: {values:?}"
    );
    assert_eq!(values[0], 1);

    // By name: the words from А to Я; the other groups' tables keep their own order.
    page.tap(&format!("{first} th[data-column=name] button"))
        .await;
    page.until(
        "sorted by name",
        &format!(
            "document.querySelector('{first} th[data-column=name]').getAttribute('aria-sort') === 'ascending'"
        ),
    )
    .await;
    let names: Vec<String> = serde_json::from_value(
        page.script(&format!(
            "return [...document.querySelectorAll('{first} [data-testid=stakeholder] th')]
                .map(c => c.textContent.toLowerCase());"
        ))
        .await,
    )
    .expect("names");
    assert!(names.windows(2).all(|w| w[0] <= w[1]), "А to Я: {names:?}");
    assert_eq!(
        page.script(
            "return document.querySelectorAll('[data-testid=group-column] th[aria-sort]:not([aria-sort=none])').length;"
        )
        .await,
        json!(1),
        "only the tapped table is sorted"
    );
    page.screenshot("console-sorted").await;

    // The keyboard: the open tab takes the focus, an arrow opens the next section.
    page.script(
        "document.querySelector('[data-testid=console-tab][aria-selected=true]').focus(); return null;",
    )
    .await;
    page.press(Key::Right.into()).await;
    assert_open(&page, "pictures").await;
    assert_eq!(
        page.script("return document.activeElement?.dataset.section ?? null;")
            .await,
        json!("pictures"),
        "the focus follows"
    );
    page.press(Key::End.into()).await;
    page.until(
        "the last section",
        "document.querySelector('[data-testid=console-section]')?.dataset.section === 'access'",
    )
    .await;

    page.close().await;
}

/// A room tried the demo: its console's *Reset the demo* (once confirmed) puts it back as it
/// started, and the console follows live.
#[tokio::test]
async fn the_demos_reset_puts_it_back_as_it_started() {
    let server = Server::start().await;
    let demo = server.api(Method::GET, "/demo", None, None).await;
    let id = demo["workshop_id"].as_str().unwrap();
    let key = demo["moderator_key"].as_str().unwrap();
    let seeded = server.stakeholders(id, key).await.len();
    let group = demo["groups"][0]["id"].clone();
    let entry = json!({"group_id": group, "name": "Наш айыл окмоту", "category": "state",
                       "level": "local", "interest": 2, "influence": 2});
    let path = format!("/workshops/{id}/stakeholders");
    server
        .api(Method::POST, &path, Some(key), Some(entry))
        .await;

    let page = Browser::start(WIDTH, HEIGHT).await;
    page.open(&format!(
        "{}/moderator/{id}?section=groups#key={key}",
        server.base
    ))
    .await;
    let counts = "[...document.querySelectorAll('[data-testid=group-column] [data-testid=stakeholder-count]')]
        .map(c => parseInt(c.textContent.replace(/\\D/g, ''), 10))
        .reduce((a, b) => a + b, 0)";
    page.until(
        "the console counting the room's entry",
        &format!("{counts} === {}", seeded + 1),
    )
    .await;
    page.tap("[data-testid=demo-reset]").await;
    page.client
        .accept_alert()
        .await
        .expect("the reset is confirmed");
    page.until(
        "the console back at the demo's own entries",
        &format!("{counts} === {seeded}"),
    )
    .await;
    let names: Vec<String> = server
        .stakeholders(id, key)
        .await
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names.len(), seeded);
    assert!(!names.iter().any(|n| n == "Наш айыл окмоту"), "{names:?}");

    page.close().await;
}
