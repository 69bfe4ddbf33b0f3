//! Who may see and do what, in real Chromium: a group's tablet sees only its own map until the
//! moderator shares, then the others' live and read-only; an analyst's link downloads every
//! file and changes nothing, and its open page is told when it is taken back; a disconnected
//! tablet says why and its waiting edits go nowhere; a closed code turns a new tablet away and
//! a new code lets it in; and no key appears in any address a page requests.

use e2e::{Browser, Server, id_and_key};
use serde_json::{Value, json};

/// The moderator's console on its access section.
async fn console(server: &Server, w: &Value) -> Browser {
    let (id, key) = id_and_key(w);
    let page = Browser::start(1280, 800).await;
    page.open(&format!(
        "{}/moderator/{id}?section=access#key={key}",
        server.base
    ))
    .await;
    page.find("[data-testid=group-access]").await;
    // The section greys its buttons while it loads the tablets: a tap then does nothing.
    page.until(
        "the access section's buttons, once its tablets are loaded",
        "document.querySelector('[data-testid=share-maps]').disabled === false",
    )
    .await;
    page
}

/// Taps `css` and accepts the confirmation it asks for.
async fn tap_and_confirm(page: &Browser, css: &str) {
    page.tap(css).await;
    page.client.accept_alert().await.expect("confirmed");
}

fn code(w: &Value, n: usize) -> String {
    w["groups"][n]["join_code"]
        .as_str()
        .expect("code")
        .to_owned()
}

async fn add(server: &Server, w: &Value, group: usize, name: &str) {
    let body = json!({"group_id": w["groups"][group]["id"], "name": name, "category": "state",
        "level": "local", "interest": 4, "influence": 4});
    server.add(w, "stakeholders", body).await;
}

/// Every address the page has requested (its resources, its calls; a fragment is never sent,
/// so it is left off) and the address it shows (fragment and all: what history keeps).
const ADDRESSES: &str =
    "return performance.getEntries().map(e => e.name.split('#')[0]).concat([location.href]);";

/// No key or token in any of `page`'s addresses.
async fn no_secret_in_addresses(page: &Browser, what: &str) {
    let addresses = page.script(ADDRESSES).await;
    let addresses: Vec<&str> = addresses
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(!addresses.is_empty(), "{what}: no address recorded");
    for address in addresses {
        for secret in ["mk_", "ak_", "vk_", "gt_", "token="] {
            assert!(
                !address.contains(secret),
                "{what} requested {address}, which holds a key"
            );
        }
    }
}

#[tokio::test]
async fn a_group_sees_only_its_own_map_until_the_moderator_shares_then_the_others_live() {
    let server = Server::start().await;
    let w = server.workshop().await;
    add(&server, &w, 1, "Акимиат").await;
    let tablet = Browser::tablet().await;
    tablet
        .open(&format!("{}/join/{}", server.base, code(&w, 0)))
        .await;
    tablet.find("[data-testid=add]").await;
    tablet.saved().await;
    let seen = "document.body.innerText.includes('Акимиат') || JSON.stringify(localStorage).includes('Акимиат')";
    assert_eq!(
        tablet.script(&format!("return {seen};")).await,
        json!(false)
    );
    assert_eq!(
        tablet
            .script("return document.querySelector('[data-testid=tab-all-maps]') === null;")
            .await,
        json!(true),
        "no other maps to open"
    );

    let moderator = console(&server, &w).await;
    moderator.tap("[data-testid=share-maps]").await;
    moderator
        .find("[data-testid=sharing-state][data-shared=true]")
        .await;
    tablet.tap("[data-testid=tab-all-maps]").await;
    tablet
        .until(
            "the other group's map on the tablet",
            "document.querySelector('[data-testid=all-maps]') && document.body.innerHTML.includes('Акимиат')",
        )
        .await;
    add(&server, &w, 1, "Мэрия").await;
    tablet
        .until(
            "the other group's new entry, live",
            "document.body.innerHTML.includes('Мэрия')",
        )
        .await;
    tablet.screenshot("tablet-all-maps").await;

    moderator.tap("[data-testid=share-maps]").await;
    tablet
        .until(
            "the other maps gone again",
            "document.querySelector('[data-testid=tab-all-maps]') === null && !document.body.innerHTML.includes('Мэрия')",
        )
        .await;
    moderator.close().await;
    tablet.close().await;
}

#[tokio::test]
async fn an_analyst_link_downloads_every_file_changes_nothing_and_is_told_when_taken_back() {
    let server = Server::start().await;
    let w = server.workshop().await;
    add(&server, &w, 0, "Министерство юстиции").await;
    let moderator = console(&server, &w).await;
    moderator
        .type_into("input[name=link-label]", "Аналитик ЦА")
        .await;
    moderator.tap("[data-testid=make-link]").await;
    let link = moderator.value("[data-testid=new-link]").await;
    assert!(
        link.contains("/analyst/") && link.contains("#key=ak_"),
        "{link}"
    );
    moderator.find("[data-testid=link]").await;

    let analyst = Browser::start(1280, 800).await;
    analyst.open(&link).await;
    analyst
        .until(
            "every file offered",
            "document.querySelectorAll('[data-testid=export]').length === 7",
        )
        .await;
    analyst
        .until("the key out of the address", "location.hash === ''")
        .await;
    for nothing in ["add", "merge", "timer-start", "import-submit", "share-maps"] {
        let absent = format!("return document.querySelector('[data-testid={nothing}]') === null;");
        assert_eq!(
            analyst.script(&absent).await,
            json!(true),
            "{nothing} offered"
        );
    }
    // Each file is saved from a link with a single-use ticket: caught here, then fetched.
    analyst
        .script(
            "window.saved = []; const click = HTMLElement.prototype.click;
             HTMLElement.prototype.click = function () {
               if (this.tagName === 'A' && this.hasAttribute('download')) { window.saved.push(this.href); return; }
               return click.call(this);
             }; return null;",
        )
        .await;
    for n in 1..=7 {
        analyst
            .tap(&format!("[data-testid=export]:nth-of-type({n})"))
            .await;
        analyst
            .until("the file's link", &format!("window.saved.length === {n}"))
            .await;
    }
    let saved = analyst.script("return window.saved;").await;
    for url in saved.as_array().expect("links") {
        let url = url.as_str().expect("a link");
        assert!(url.contains("ticket=tk_") && !url.contains("ak_"), "{url}");
        let file = reqwest::get(url).await.expect("downloads");
        assert_eq!(file.status(), 200, "{url}");
        assert!(!file.bytes().await.expect("body").is_empty(), "{url}");
        let again = reqwest::get(url).await.expect("answers");
        assert_eq!(again.status(), 401, "a ticket works once: {url}");
    }
    no_secret_in_addresses(&analyst, "the analyst's page").await;

    let key = link.split("#key=").nth(1).expect("the key");
    let (id, _) = id_and_key(&w);
    let refused = reqwest::Client::new()
        .post(format!(
            "{}/api/v1/workshops/{id}/stakeholders",
            server.base
        ))
        .bearer_auth(key)
        .json(
            &json!({"group_id": w["groups"][0]["id"], "name": "Нельзя", "category": "state",
            "level": "local", "interest": 1, "influence": 1}),
        )
        .send()
        .await
        .expect("answers");
    assert_eq!(refused.status(), 403, "an analyst's edit");

    tap_and_confirm(&moderator, "[data-testid=revoke-link]").await;
    analyst
        .find("[data-testid=sync-status][data-state=shut]")
        .await;
    let told = analyst.text("[data-testid=sync-status]").await;
    assert!(told.contains("отозвал"), "the analyst is told: {told}");
    analyst.screenshot("analyst-revoked").await;
    moderator.close().await;
    analyst.close().await;
}

#[tokio::test]
async fn a_disconnected_tablet_says_why_and_its_waiting_edits_go_nowhere() {
    let server = Server::start().await;
    let w = server.workshop().await;
    let tablet = Browser::tablet().await;
    tablet
        .open(&format!("{}/join/{}", server.base, code(&w, 0)))
        .await;
    add_on_tablet(&tablet, "До отключения").await;
    tablet.saved().await;

    let moderator = console(&server, &w).await;
    moderator.find("[data-testid=tablet]").await;
    tap_and_confirm(&moderator, "[data-testid=disconnect]").await;
    tablet
        .find("[data-testid=sync-status][data-state=shut]")
        .await;
    let told = tablet.text("[data-testid=sync-status]").await;
    assert!(told.contains("отключил"), "the tablet is told: {told}");
    add_on_tablet(&tablet, "После отключения").await;
    tablet.client.refresh().await.expect("reloads");
    tablet.hydrated().await;
    tablet
        .find("[data-testid=sync-status][data-state=shut]")
        .await;
    let (id, key) = id_and_key(&w);
    let names: Vec<String> = server
        .stakeholders(id, key)
        .await
        .iter()
        .map(|s| s["name"].as_str().expect("name").to_owned())
        .collect();
    assert_eq!(names, ["До отключения"], "the waiting edit went nowhere");
    moderator.close().await;
    tablet.close().await;
}

async fn add_on_tablet(tablet: &Browser, name: &str) {
    tablet.tap("[data-testid=add]").await;
    tablet.type_into("input[name=name]", name).await;
    tablet.tap("[data-testid=save]").await;
    tablet.find("[data-testid=add]").await;
}

#[tokio::test]
async fn a_closed_code_turns_a_new_tablet_away_and_a_new_code_lets_it_in() {
    let server = Server::start().await;
    let w = server.workshop().await;
    let moderator = console(&server, &w).await;
    let first = "[data-testid=group-access]:first-of-type";
    moderator
        .tap(&format!("{first} [data-testid=joining-toggle]"))
        .await;
    moderator
        .find(&format!(
            "{first} [data-testid=joining-state][data-joining=closed]"
        ))
        .await;
    let turned_away = Browser::tablet().await;
    turned_away
        .open(&format!("{}/join/{}", server.base, code(&w, 0)))
        .await;
    let told = turned_away.text("[role=alert]").await;
    assert!(told.contains("закрыт"), "a closed code says so: {told}");

    moderator
        .tap(&format!("{first} [data-testid=joining-toggle]"))
        .await;
    moderator
        .find(&format!(
            "{first} [data-testid=joining-state][data-joining=open]"
        ))
        .await;
    tap_and_confirm(&moderator, &format!("{first} [data-testid=new-code]")).await;
    let old = code(&w, 0);
    moderator
        .until(
            "a new code on the console",
            &format!(
                "document.querySelector('{first} [data-testid=access-code]').textContent.trim() !== '{old}'"
            ),
        )
        .await;
    let new = moderator
        .text(&format!("{first} [data-testid=access-code]"))
        .await;
    let tablet = Browser::tablet().await;
    tablet
        .open(&format!("{}/join/{}", server.base, new.trim()))
        .await;
    tablet.find("[data-testid=add]").await;
    turned_away
        .open(&format!("{}/join/{old}", server.base))
        .await;
    let told = turned_away.text("[role=alert]").await;
    assert!(!told.is_empty(), "the old code no longer works");
    no_secret_in_addresses(&tablet, "the tablet").await;
    no_secret_in_addresses(&moderator, "the console").await;
    moderator.close().await;
    tablet.close().await;
    turned_away.close().await;
}

#[tokio::test]
async fn no_key_appears_in_any_address_the_moderators_pages_request() {
    let server = Server::start().await;
    let w = server.workshop().await;
    add(&server, &w, 0, "Жогорку Кеңеш").await;
    let (id, key) = id_and_key(&w);
    let page = Browser::start(1280, 800).await;
    for section in [
        "groups", "pictures", "combined", "timer", "history", "import", "files", "access",
    ] {
        page.open(&format!(
            "{}/moderator/{id}?section={section}#key={key}",
            server.base
        ))
        .await;
        page.find("[data-testid=console-section]").await;
        page.until("the key out of the address", "location.hash === ''")
            .await;
        no_secret_in_addresses(&page, section).await;
    }
    for view in ["projector", "present", "report"] {
        page.open(&format!("{}/moderator/{id}/{view}#key={key}", server.base))
            .await;
        page.until("the key out of the address", "location.hash === ''")
            .await;
        no_secret_in_addresses(&page, view).await;
    }
    page.close().await;
}
