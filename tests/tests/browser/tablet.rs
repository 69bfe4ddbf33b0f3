//! A breakout group's tablet in real headless Chromium, against the real server.

use e2e::{Browser, Server};
use serde_json::Value;

fn code_of(workshop: &Value, group: usize) -> String {
    workshop["groups"][group]["join_code"]
        .as_str()
        .expect("code")
        .to_owned()
}

async fn join(browser: &Browser, server: &Server, code: &str) {
    browser.open(&format!("{}/", server.base)).await;
    browser.type_into("input[name=code]", code).await;
    browser.tap("[data-testid=join]").await;
    browser.find("[data-testid=add]").await;
}

#[tokio::test]
async fn a_group_joins_with_its_code_adds_a_stakeholder_by_touch_and_keeps_it_after_reload() {
    let server = Server::start().await;
    let workshop = server.workshop().await;
    let browser = Browser::tablet().await;
    // Typed the way people type it: lower case, with a space.
    let code = code_of(&workshop, 0).to_lowercase();
    join(&browser, &server, &format!("{} {}", &code[..3], &code[3..])).await;
    assert_eq!(browser.text("[data-testid=page-title]").await, "Группа 1");

    browser.tap("[data-testid=add]").await;
    browser.type_into("input[name=name]", "Жогорку Кеңеш").await;
    browser
        .tap("[data-field=category] [data-value=international]")
        .await;
    browser.tap("[data-field=level] [data-value=local]").await;
    browser.tap("[data-field=interest] .step-more").await;
    browser.tap("[data-field=interest] .step-more").await;
    browser.tap("[data-field=interest] .step-more").await; // stops at the top of the scale
    browser.tap("[data-field=influence] .step-less").await;
    browser
        .tap("[data-field=attitude] [data-value=supportive]")
        .await;
    browser
        .type_into("textarea[name=interests]", "Законодательство о МСУ")
        .await;
    browser.tap("[data-testid=save]").await;

    let card = browser.find("[data-testid=stakeholder]").await;
    browser.saved().await;
    let text = card.text().await.expect("text");
    assert!(text.contains("Жогорку Кеңеш"), "{text}");
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
        "2"
    );
    assert!(
        browser
            .find("section[data-category=international]")
            .await
            .text()
            .await
            .is_ok()
    );

    // What the server stored is what the tablet showed.
    let key = workshop["moderator_key"].as_str().expect("key");
    let id = workshop["id"].as_str().expect("id");
    let stored = server.stakeholders(id, key).await;
    let s = &stored[0];
    assert_eq!(
        (
            s["name"].as_str(),
            s["category"].as_str(),
            s["level"].as_str(),
            s["interest"].as_u64(),
            s["influence"].as_u64(),
            s["attitude"].as_str(),
            s["interests"].as_str()
        ),
        (
            Some("Жогорку Кеңеш"),
            Some("international"),
            Some("local"),
            Some(5),
            Some(2),
            Some("supportive"),
            Some("Законодательство о МСУ")
        )
    );

    // The tablet remembers its group across a reload.
    browser.client.refresh().await.expect("reloads");
    browser.hydrated().await;
    let after = browser
        .find("[data-testid=stakeholder]")
        .await
        .text()
        .await
        .expect("text");
    assert!(after.contains("Жогорку Кеңеш"), "{after}");
    assert_eq!(browser.text("[data-testid=page-title]").await, "Группа 1");
    browser.close().await;
}

#[tokio::test]
async fn a_validation_error_shows_next_to_its_field_and_keeps_what_was_typed() {
    let server = Server::start().await;
    let workshop = server.workshop().await;
    let browser = Browser::tablet().await;
    join(&browser, &server, &code_of(&workshop, 1)).await;

    browser.tap("[data-testid=add]").await;
    let long_name = "Организация ".repeat(20);
    browser.type_into("input[name=name]", &long_name).await;
    browser
        .type_into("textarea[name=cooperation]", "Совместные тренинги")
        .await;
    browser.tap("[data-field=interest] .step-more").await;
    assert_eq!(browser.text("[data-testid=interest-value]").await, "4");
    browser.tap("[data-testid=save]").await;

    let error = browser.text("[data-field=name] .field-error").await;
    assert!(error.contains("200"), "the message says the limit: {error}");
    assert_eq!(
        browser.value("input[name=name]").await,
        long_name,
        "the name is kept"
    );
    assert_eq!(
        browser.value("textarea[name=cooperation]").await,
        "Совместные тренинги"
    );
    assert_eq!(browser.text("[data-testid=interest-value]").await, "4");

    // Fixing the field saves, and the error goes away with the form.
    browser.type_into("input[name=name]", "Организация").await;
    browser.tap("[data-testid=save]").await;
    browser.find("[data-testid=stakeholder]").await;
    browser.close().await;
}

#[tokio::test]
async fn a_name_typed_with_a_combining_accent_is_kept_composed_on_the_tablet_itself() {
    let mut server = Server::start().await;
    let workshop = server.workshop().await;
    let browser = Browser::tablet().await;
    join(&browser, &server, &code_of(&workshop, 0)).await;
    browser.saved().await;
    // Offline, so what the card shows is the tablet's own doing (the browser's NFC, not the
    // server's answer): «й» typed as «и» and a combining breve is one character.
    server.kill();
    browser
        .find("[data-testid=sync-status][data-state=offline]")
        .await;
    browser.add_stakeholder("Мэрия Кои\u{306}-Таш").await;
    let shown = browser
        .script("return document.querySelector('.card-name').textContent;")
        .await;
    assert_eq!(shown.as_str(), Some("Мэрия Кой-Таш"), "{shown}");
    browser.close().await;
}

#[tokio::test]
async fn hostile_text_is_shown_as_text_and_never_runs() {
    let server = Server::start().await;
    let workshop = server.workshop().await;
    let browser = Browser::tablet().await;
    join(&browser, &server, &code_of(&workshop, 0)).await;
    browser.script("window.__pwned = false; return null;").await;

    let hostile = "<img src=x onerror=\"window.__pwned=true\"><script>window.__pwned=true</script>";
    browser.tap("[data-testid=add]").await;
    browser.type_into("input[name=name]", hostile).await;
    browser.tap("[data-testid=save]").await;
    browser.find("[data-testid=stakeholder]").await;
    browser.saved().await;
    assert_eq!(browser.text(".card-name").await, hostile);
    browser.client.refresh().await.expect("reloads");
    browser.hydrated().await;
    assert_eq!(browser.text(".card-name").await, hostile);
    assert_eq!(
        browser.script("return window.__pwned === true;").await,
        Value::Bool(false)
    );
    browser.close().await;
}

#[tokio::test]
async fn the_layout_fits_a_tablet_with_finger_sized_targets_in_both_orientations() {
    let server = Server::start().await;
    let workshop = server.workshop().await;
    for (width, height) in [(768, 1024), (1024, 768)] {
        let browser = Browser::start(width, height).await;
        join(&browser, &server, &code_of(&workshop, 0)).await;
        browser.tap("[data-testid=add]").await;
        browser.find("[data-testid=stakeholder-form]").await;
        let sideways = browser
            .script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
            .await;
        assert_eq!(
            sideways.as_i64(),
            Some(0),
            "no sideways scrolling at {width}×{height}"
        );
        let small = browser
            .script(
                "return [...document.querySelectorAll('button, a.button, input, textarea')]
                   .filter(e => e.offsetParent !== null)
                   .map(e => [e.outerHTML.slice(0, 80), e.getBoundingClientRect()])
                   .filter(([_, r]) => r.height < 44 || r.width < 44)
                   .map(([h]) => h);",
            )
            .await;
        assert_eq!(
            small,
            Value::Array(vec![]),
            "targets under 44 px at {width}×{height}"
        );
        browser.close().await;
    }
}

#[tokio::test]
async fn the_language_switch_is_remembered_and_rendered_by_the_server() {
    let server = Server::start().await;
    let browser = Browser::tablet().await;
    browser.open(&format!("{}/", server.base)).await;
    assert_eq!(
        browser.text("[data-testid=join]").await,
        "Войти",
        "Russian first"
    );
    browser.tap("[data-lang=ky]").await;
    browser
        .until(
            "Kyrgyz",
            "document.querySelector('[data-testid=join]').textContent === 'Кирүү'",
        )
        .await;
    browser.tap("[data-lang=en]").await;
    browser
        .until(
            "English",
            "document.querySelector('[data-testid=join]').textContent === 'Join'",
        )
        .await;
    browser.client.refresh().await.expect("reloads");
    browser.hydrated().await;
    assert_eq!(browser.text("[data-testid=join]").await, "Join");
    let lang = browser
        .script("return document.documentElement.lang;")
        .await;
    assert_eq!(lang, "en");
    let served = reqwest::Client::new()
        .get(format!("{}/", server.base))
        .header("cookie", "stakemap_lang=ky")
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("html");
    assert!(
        served.contains("Кирүү"),
        "the server renders the remembered language"
    );

    // The app's own pages: the browser's WASM has Russian's words only and fetches English's
    // before it hydrates the group page, which then reads English, and works.
    let workshop = server.workshop().await;
    browser
        .type_into("input[name=code]", &code_of(&workshop, 0))
        .await;
    browser.tap("[data-testid=join]").await;
    browser.find("[data-testid=add]").await;
    browser.hydrated().await;
    assert_eq!(browser.text("[data-testid=add]").await, "Add a stakeholder");
    browser.tap("[data-testid=add]").await;
    browser.find("input[name=name]").await;
    browser
        .until(
            "the form in English, its save button too",
            "document.querySelector('[data-testid=save]').textContent.trim() === 'Save'",
        )
        .await;
    let fetched = browser
        .script(
            "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)
               .filter(p => p.startsWith('/locales/'));",
        )
        .await;
    assert_eq!(fetched, serde_json::json!(["/locales/en.ftl"]));
    // Switched on the page, Kyrgyz's words are fetched and shown in place.
    browser.tap("[data-lang=ky]").await;
    browser
        .until(
            "the form in Kyrgyz",
            "document.querySelector('[data-testid=save]').textContent.trim() === 'Сактоо'
             && document.documentElement.lang === 'ky'",
        )
        .await;
    browser.close().await;
}

#[tokio::test]
async fn the_moderator_page_lists_every_groups_stakeholders() {
    let server = Server::start().await;
    let workshop = server.workshop().await;
    let id = workshop["id"].as_str().expect("id");
    let key = workshop["moderator_key"].as_str().expect("key");
    for (group, name) in [(0, "Союз МСУ"), (1, "АМУЦА")] {
        let body = serde_json::json!({
            "group_id": workshop["groups"][group]["id"], "name": name,
            "category": "civil_society", "level": "national", "interest": 4, "influence": 3
        });
        server
            .api(
                reqwest::Method::POST,
                &format!("/workshops/{id}/stakeholders"),
                Some(key),
                Some(body),
            )
            .await;
    }
    let browser = Browser::start(1280, 800).await;
    browser
        .open(&format!(
            "{}/moderator/{id}?section=groups#key={key}",
            server.base
        ))
        .await;
    browser
        .find("[data-testid=group-column] [data-testid=stakeholder]")
        .await;
    let columns = browser.script(
        "return [...document.querySelectorAll('[data-testid=group-column]')].map(c => c.innerText);",
    ).await;
    let columns: Vec<String> = serde_json::from_value(columns).expect("texts");
    assert_eq!(columns.len(), 2);
    assert!(
        columns[0].contains("Группа 1") && columns[0].contains("Союз МСУ"),
        "{columns:?}"
    );
    assert!(
        columns[1].contains("Группа 2") && columns[1].contains("АМУЦА"),
        "{columns:?}"
    );
    assert!(columns[0].contains(workshop["groups"][0]["join_code"].as_str().expect("code")));
    browser.close().await;
}

#[tokio::test]
async fn a_join_link_opens_the_groups_page_and_a_wrong_code_says_what_to_do() {
    let server = Server::start().await;
    let workshop = server.workshop().await;
    let browser = Browser::tablet().await;
    let code = code_of(&workshop, 1);
    browser.open(&format!("{}/join/{code}", server.base)).await;
    browser.find("[data-testid=add]").await;
    assert_eq!(browser.text("[data-testid=page-title]").await, "Группа 2");

    browser.open(&format!("{}/", server.base)).await;
    assert!(
        browser
            .text("[data-testid=continue]")
            .await
            .contains("Группа 2"),
        "the home page offers the remembered group"
    );
    browser.type_into("input[name=code]", "ZZZZZZ").await;
    browser.tap("[data-testid=join]").await;
    let error = browser.text(".join .field-error").await;
    assert!(error.contains("модератора"), "{error}");
    assert_eq!(
        browser.value("input[name=code]").await,
        "ZZZZZZ",
        "the code stays to fix"
    );
    browser.close().await;
}

#[tokio::test]
async fn a_tablet_whose_key_is_refused_is_told_to_join_again() {
    let server = Server::start().await;
    let workshop = server.workshop().await;
    let browser = Browser::tablet().await;
    browser.open(&format!("{}/", server.base)).await;
    let session = serde_json::json!({
        "workshop_id": workshop["id"], "group_id": workshop["groups"][0]["id"],
        "token": "gt_not-a-real-token", "group_name": "Группа 1"
    });
    browser
        .script(&format!(
            "localStorage.setItem('stakemap.group', JSON.stringify({session})); return null;"
        ))
        .await;
    browser.open(&format!("{}/group", server.base)).await;
    let error = browser.text("main .field-error").await;
    assert!(error.contains("по коду"), "{error}");
    browser.find("main a.button[href='/']").await;
    browser.close().await;
}
