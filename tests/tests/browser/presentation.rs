//! The plenary at a real room's size, in real Chromium: six groups of 25 stakeholders with long
//! Russian names, relationships and merges, presented on the projectors a hotel has (1920×1080,
//! 1280×720, 1024×768). Every page of every slide fits the screen, nothing scrolls, every
//! vocabulary word stands whole in the legends, and every stakeholder is named whole on its
//! slide's pages. Then eight groups' join codes, all on one screen, each scanned back.

use std::collections::HashMap;
use std::time::Instant;

use e2e::{Browser, Server, id_and_key};
use fantoccini::key::Key;
use reqwest::Method;
use serde_json::{Value, json};

const PROJECTORS: [(u32, u32); 3] = [(1920, 1080), (1280, 720), (1024, 768)];

/// Twenty-five actors with the long names groups really write.
const ACTORS: [&str; 40] = [
    "Государственное агентство по делам местного самоуправления и межэтнических отношений при Кабинете Министров Кыргызской Республики",
    "Министерство труда, социального обеспечения и миграции Кыргызской Республики",
    "Союз местных самоуправлений Кыргызской Республики",
    "Проект USAID «Успешный Аймак 2»",
    "Академия управления местным самоуправлением Центральной Азии (АМУЦА)",
    "Иссык-Кульская районная государственная администрация",
    "Ат-Башинская районная государственная администрация",
    "Базар-Коргонская районная государственная администрация",
    "Кара-Суйская районная государственная администрация",
    "Местные кенеши целевых муниципалитетов",
    "Портал «Лучшая практика МСУ»",
    "Жогорку Кеңеш Кыргызской Республики",
    "Министерство юстиции Кыргызской Республики",
    "Центральная комиссия по выборам и проведению референдумов",
    "Аппарат Президента Кыргызской Республики",
    "Омбудсмен (Акыйкатчы) Кыргызской Республики",
    "Программа развития ООН (ПРООН) в Кыргызской Республике",
    "ООН-Женщины (UN Women), страновой офис",
    "ОБСЕ, Программный офис в Бишкеке",
    "Европейский союз, Представительство в Кыргызской Республике",
    "Фонд «Сорос-Кыргызстан»",
    "Ассоциация женщин-лидеров «Аялзат»",
    "Аксакалдар соту (суды аксакалов) в айылных аймаках",
    "Өнүгүү фонду — Фонд развития айылных аймаков",
    "Айыл өкмөтү — исполнительно-распорядительные органы",
    "Государственная кадровая служба Кыргызской Республики",
    "Министерство финансов Кыргызской Республики",
    "Национальный статистический комитет",
    "Ассоциация городов Кыргызской Республики",
    "Клубы женщин-депутатов в областях",
    "Неформальные советы матерей при школах",
    "Общественное объединение «Лига защитников прав ребёнка»",
    "Форум женщин-депутатов Жогорку Кенеша",
    "Жамааттар — сельские общественные объединения",
    "Молодёжные комитеты айылных аймаков",
    "Религиозные лидеры местных сообществ",
    "Местные предприниматели и фермерские хозяйства",
    "Средства массовой информации регионов",
    "Кыргызский национальный университет имени Жусупа Баласагына",
    "Институт политики развития (ИПР)",
];

const GROUPS: [&str; 8] = [
    "Группа 1: депутаты айылных кенешей",
    "Группа 2: кандидаты и активистки",
    "Группа 3: государственные органы",
    "Группа 4: НКО и международные",
    "Топ 5: Нарын облусу",
    "Группа 6: эксперты",
    "Группа 7: молодёжь",
    "Группа 8: медиа",
];

/// A workshop of `groups` groups, each naming `per_group` of the actors (with interests and
/// cooperation written out), a chain of relationships in each, and each actor's entries
/// merged across the groups when `merged`. Returns its id, moderator key and groups.
async fn room(
    server: &Server,
    groups: usize,
    per_group: usize,
    merged: bool,
) -> (String, String, Vec<Value>) {
    let body = json!({
        "title": "Клуб женщин-депутатов местных кенешей",
        "groups": GROUPS[..groups],
        "language": "ru",
    });
    let w = server
        .api(Method::POST, "/workshops", None, Some(body))
        .await;
    let id = w["id"].as_str().unwrap().to_owned();
    let key = w["moderator_key"].as_str().unwrap().to_owned();
    let group_list = w["groups"].as_array().unwrap().clone();
    let categories = ["state", "international", "civil_society", "informal"];
    let kinds = [
        "cooperation",
        "funding",
        "authority",
        "information",
        "conflict",
        "other",
    ];
    let mut members: Vec<Vec<String>> = vec![Vec::new(); per_group];
    for (g, group) in group_list.iter().enumerate() {
        let mut ids = Vec::new();
        for (i, name) in ACTORS[..per_group].iter().enumerate() {
            let attitude = ["supportive", "neutral", "opposed", "unknown"][(i + g) % 4];
            let score = |k: usize| 1 + (i * k + g * (i % 3 + 1)) % 5;
            let s = server
                .api(
                    Method::POST,
                    &format!("/workshops/{id}/stakeholders"),
                    Some(&key),
                    Some(json!({
                        "group_id": group["id"],
                        "name": name,
                        "category": categories[i % 4],
                        "level": if i % 3 == 0 { "local" } else { "national" },
                        "interest": score(3),
                        "influence": score(7),
                        "attitude": attitude,
                        "interests": "Участие женщин в местном самоуправлении, обучение депутатов, обмен опытом между муниципалитетами",
                        "cooperation": "Совместные семинары, методические материалы",
                    })),
                )
                .await;
            let sid = s["id"].as_str().unwrap().to_owned();
            members[i].push(sid.clone());
            ids.push(sid);
        }
        for i in 0..per_group - 1 {
            server
                .api(
                    Method::POST,
                    &format!("/workshops/{id}/relationships"),
                    Some(&key),
                    Some(json!({
                        "from": ids[i], "to": ids[i + 1], "kind": kinds[i % kinds.len()],
                        "strength": 1 + i % 3, "directed": i % 2 == 0,
                    })),
                )
                .await;
        }
    }
    if merged && groups > 1 {
        for m in members {
            server
                .api(
                    Method::POST,
                    &format!("/workshops/{id}/merges"),
                    Some(&key),
                    Some(json!({"members": m, "verdict": "same"})),
                )
                .await;
        }
    }
    (id, key, group_list)
}

/// The Russian words of a vocabulary, read from the locale the app itself uses.
fn vocabulary(prefix: &str) -> Vec<String> {
    let ftl = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../app/locales/ru.ftl"
    ))
    .expect("the Russian locale");
    ftl.lines()
        .filter(|l| l.starts_with(prefix))
        .filter_map(|l| l.split_once(" = ").map(|(_, v)| v.trim().to_owned()))
        .collect()
}

/// Where the presentation is: the slide, its page, its page count.
async fn state(b: &Browser) -> (String, usize, usize) {
    let v = b
        .script(
            "const s = document.querySelector('.slide-body');
             return [s.dataset.slide, Number(s.dataset.page), Number(s.dataset.pages)];",
        )
        .await;
    (
        v[0].as_str().unwrap_or_default().to_owned(),
        v[1].as_u64().unwrap_or(0) as usize,
        v[2].as_u64().unwrap_or(1) as usize,
    )
}

/// True once the slide on screen is drawn at the window's size and has content.
const READY: &str = "(() => {
    const s = document.querySelector('.slide-body');
    const slide = s.dataset.slide;
    if (slide === 'Join') return s.querySelectorAll('[data-testid=join-qr] svg').length > 0;
    if (slide.includes('Table')) return s.querySelectorAll('tbody tr:not([hidden])').length > 0;
    const svg = s.querySelector('svg');
    return svg !== null && Number(svg.getAttribute('width')) === s.clientWidth
        && Number(svg.getAttribute('height')) === s.clientHeight;
})()";

/// What lies outside the screen, or scrolls: empty when the slide fits.
const OVERFLOW: &str = "
    const vw = window.innerWidth, vh = window.innerHeight, out = [];
    const de = document.documentElement;
    if (de.scrollHeight > vh + 1 || de.scrollWidth > vw + 1)
        out.push('the document scrolls: ' + de.scrollWidth + '×' + de.scrollHeight);
    for (const el of document.querySelectorAll('.slide-body *')) {
        if (el.closest('[hidden]')) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1) {
            out.push(el.tagName + ' «' + (el.textContent || '').trim().slice(0, 50) + '» at '
                + [r.left, r.top, r.right, r.bottom].map(Math.round).join(','));
            if (out.length > 4) break;
        }
    }
    return out;";

/// Every word the slide shows: its pictures' text and its table's visible cells.
const WORDS: &str = "
    return Array.from(document.querySelectorAll('.slide-body svg text, .slide-body th, .slide-body td'))
        .filter(e => !e.closest('[hidden]'))
        .map(e => e.textContent)
        .join(' ');";

fn bare(s: &str) -> String {
    s.split_whitespace().collect()
}

#[tokio::test]
async fn every_slide_of_a_six_group_room_fits_three_projectors_and_names_everyone_whole() {
    let server = Server::start().await;
    let built = Instant::now();
    let (id, key, groups) = room(&server, 6, 25, true).await;
    println!("6×25 room built through the API in {:?}", built.elapsed());

    let browser = Browser::start(1920, 1080).await;
    // The moderator's console on a laptop with this room: how soon it is interactive.
    browser.viewport(1280, 800).await;
    browser
        .open(&format!(
            "{}/moderator/{id}?section=groups#key={key}",
            server.base
        ))
        .await;
    browser
        .until(
            "six groups' tables",
            "document.querySelectorAll('[data-testid=group-column]').length === 6",
        )
        .await;
    let timings = browser
        .script(
            "const n = performance.getEntriesByType('navigation')[0];
             const h = performance.getEntriesByName('hydrated')[0];
             return [n.responseEnd, n.domContentLoadedEventEnd, h ? h.startTime : -1];",
        )
        .await;
    println!(
        "console, 6×25, 1280×800: HTML in {:.0} ms, DOM ready {:.0} ms, hydrated {:.0} ms",
        timings[0].as_f64().unwrap_or(-1.0),
        timings[1].as_f64().unwrap_or(-1.0),
        timings[2].as_f64().unwrap_or(-1.0)
    );
    assert!(
        timings[2].as_f64().unwrap_or(-1.0) > 0.0,
        "the page marks its hydration"
    );
    for (width, height) in PROJECTORS {
        let seen = walk(&browser, &server, (&id, &key), &groups, (width, height)).await;
        assert_eq!(seen.len(), 23, "join, 6 × (grid, graph, table), 4 combined");
        for g in &groups {
            let name = bare(g["name"].as_str().unwrap());
            assert!(
                seen["Contested"].contains(&name),
                "the disagreement key lacks {name}"
            );
        }
    }
    browser.close().await;
}

/// Walks the presentation from its first page to its last at `width` × `height`, checking on
/// every page that it fits the screen and that the legends hold the vocabulary whole; then
/// that every stakeholder is named whole on each of its slides' pages. Returns each slide's
/// words.
async fn walk(
    browser: &Browser,
    server: &Server,
    (id, key): (&str, &str),
    groups: &[Value],
    (width, height): (u32, u32),
) -> HashMap<String, String> {
    let categories = vocabulary("category-");
    let levels = vocabulary("level-");
    let attitudes = vocabulary("attitude-");
    let kinds = vocabulary("kind-");
    let per_group = ACTORS.len().min(
        server
            .stakeholders(id, key)
            .await
            .len()
            .div_ceil(groups.len().max(1)),
    );
    browser.viewport(width, height).await;
    // A new address for each size: the same one with only a new fragment would not load.
    browser
        .open(&format!(
            "{}/moderator/{id}/present?slide=0&screen={width}x{height}#key={key}",
            server.base
        ))
        .await;
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut walked = 0;
    loop {
        let at = state(browser).await;
        let what = format!("{width}×{height} {} page {}/{}", at.0, at.1 + 1, at.2);
        browser.until(&format!("{what} drawn"), READY).await;
        // The table pages itself once its rows are measured: wait until nothing overflows,
        // then say what still does if that never comes.
        let fits = "(() => {".to_owned() + OVERFLOW + "})().length === 0";
        for _ in 0..100 {
            if browser.script(&format!("return {fits};")).await == Value::Bool(true) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        let overflow = browser.script(OVERFLOW).await;
        if overflow.as_array().is_some_and(|o| !o.is_empty()) {
            let shot = browser
                .screenshot(&format!("overflow-{width}x{height}-{}-{}", at.0, at.1))
                .await;
            panic!("{what}: {overflow} (screenshot {})", shot.display());
        }
        // Pictures of the first group's and the combined slides, to look at.
        if at.1 < 2 && (!at.0.contains('(') || at.0.contains("(0)")) {
            browser
                .screenshot(&format!("present-{width}x{height}-{}-{}", at.0, at.1 + 1))
                .await;
        }
        let words = browser.script(WORDS).await;
        let words = bare(words.as_str().unwrap_or_default());
        let slide = at.0.clone();
        if at.1 == 0 && (slide.starts_with("Grid") || slide == "CombinedGrid") {
            for word in categories.iter().chain(&levels).chain(&attitudes) {
                assert!(
                    words.contains(&bare(word)),
                    "{what}: the legend lacks {word:?}"
                );
            }
        }
        if at.1 == 0 && (slide.starts_with("Graph") || slide == "CombinedGraph") {
            for word in categories.iter().chain(&levels).chain(&kinds) {
                assert!(
                    words.contains(&bare(word)),
                    "{what}: the legend lacks {word:?}"
                );
            }
        }
        if let Some(g) = slide
            .strip_prefix("Grid(")
            .or_else(|| slide.strip_prefix("Graph("))
            .and_then(|s| s.trim_end_matches(')').parse::<usize>().ok())
        {
            let name = groups[g]["name"].as_str().unwrap();
            assert!(
                words.contains(&bare(name)),
                "{what}: the title lacks {name:?}"
            );
        }
        seen.entry(slide.clone()).or_default().push_str(&words);
        walked += 1;
        if at.1 + 1 == at.2 && slide == "CombinedTable" {
            break;
        }
        assert!(walked < 500, "the presentation never ends");
        browser.press(Key::Right.into()).await;
        browser
            .until(
                &format!("the page after {what}"),
                &format!(
                    "(() => {{ const s = document.querySelector('.slide-body');
                      return s.dataset.slide !== '{}' || Number(s.dataset.page) !== {}; }})()",
                    at.0, at.1
                ),
            )
            .await;
    }
    println!("{width}×{height}: {walked} pages in {} slides", seen.len());
    // Every stakeholder whole on its slide's pages (the key's own pages included).
    for (slide, words) in &seen {
        if slide == "Join" || (slide == "Contested" && !words.contains("(")) {
            continue;
        }
        for name in &ACTORS[..per_group] {
            assert!(
                words.contains(&bare(name)),
                "{width}×{height} {slide}: {name:?} is not named whole on any of its pages"
            );
        }
    }
    seen
}

#[tokio::test]
async fn eight_groups_join_codes_fit_one_screen_and_each_scans_back_to_its_link() {
    let server = Server::start().await;
    let body = json!({"title": "Восемь групп", "groups": GROUPS, "language": "ru"});
    let w = server
        .api(Method::POST, "/workshops", None, Some(body))
        .await;
    let (id, key) = id_and_key(&w);
    let links: Vec<String> = w["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| format!("{}/join/{}", server.base, g["join_code"].as_str().unwrap()))
        .collect();
    let browser = Browser::start(1920, 1080).await;
    for (width, height) in PROJECTORS {
        browser.viewport(width, height).await;
        browser
            .open(&format!(
                "{}/moderator/{id}/present?screen={width}x{height}#key={key}",
                server.base
            ))
            .await;
        browser
            .until(
                "eight codes",
                "document.querySelectorAll('[data-testid=join-qr] svg').length === 8",
            )
            .await;
        let overflow = browser.script(OVERFLOW).await;
        assert_eq!(
            overflow,
            json!([]),
            "{width}×{height}: the join slide overflows"
        );
        let (rects, read) = browser.qr_codes("[data-testid=join-qr] svg").await;
        let side = rects[0].2;
        // A LAN join link is a 29-module code; four codes used to be min(36vh, 40vw) wide
        // with 8 modules of quiet zone inside.
        let module = side / 29.0;
        let before = (0.36 * f64::from(height)).min(0.40 * f64::from(width)) / 37.0;
        println!(
            "{width}×{height}: eight codes {side} px wide, {module:.1} px a module (four had {before:.1})"
        );
        assert!(
            module >= before.floor(),
            "{width}×{height}: modules shrank to {module:.1} px"
        );
        assert_eq!(
            read, links,
            "{width}×{height}: every code scans back to its group's link"
        );
    }
    browser.close().await;
}

#[tokio::test]
async fn five_groups_of_forty_with_200_combined_actors_fit_in_panels_and_pages() {
    let server = Server::start().await;
    let (id, key, groups) = room(&server, 5, 40, false).await;
    let browser = Browser::start(1024, 768).await;
    // The tightest projector and the widest: crowded grids and graphs as panels by category.
    for size in [(1024, 768), (1280, 720), (1920, 1080)] {
        let seen = walk(&browser, &server, (&id, &key), &groups, size).await;
        assert_eq!(seen.len(), 20, "join, 5 × (grid, graph, table), 4 combined");
    }
    // Forty in a group and 200 combined: the grids and graphs are one panel per category.
    for (slide, picture) in [(1, "grid"), (2, "graph"), (16, "grid"), (17, "graph")] {
        browser
            .open(&format!(
                "{}/moderator/{id}/present?slide={slide}#key={key}",
                server.base
            ))
            .await;
        browser
            .until(
                &format!("slide {slide} in four panels"),
                &format!(
                    "document.querySelector('[data-testid={picture}]')?.dataset.panels === '4'"
                ),
            )
            .await;
    }
    browser.close().await;
}
