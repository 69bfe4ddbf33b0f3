//! The plenary in real Chromium: two groups' tablets name the same ministry differently, the
//! moderator merges the proposal, and the projector's combined grid shows one marker with the
//! groups' spread.

use e2e::{Browser, Server, id_and_key};
use fantoccini::key::Key;
use reqwest::Method;
use serde_json::Value;

async fn enter(tablet: &Browser, server: &Server, code: &str, name: &str, interest: &str) {
    tablet.open(&format!("{}/join/{code}", server.base)).await;
    tablet.tap("[data-testid=add]").await;
    tablet.type_into("input[name=name]", name).await;
    tablet.tap("[data-field=category] [data-value=state]").await;
    // The stepper starts in the middle (3): two steps up or down reach the ends.
    for _ in 0..2 {
        tablet
            .tap(&format!("[data-field=interest] .step-{interest}"))
            .await;
    }
    tablet.tap("[data-testid=save]").await;
    tablet.find("[data-testid=stakeholder]").await;
    tablet.saved().await;
}

#[tokio::test]
async fn two_groups_entries_merge_into_one_marker_with_its_spread() {
    let server = Server::start().await;
    let w = server.workshop().await;
    let (id, key) = id_and_key(&w);
    let code = |g: usize| w["groups"][g]["join_code"].as_str().unwrap().to_owned();

    let first = Browser::tablet().await;
    enter(&first, &server, &code(0), "Министерство юстиции", "more").await;
    let second = Browser::tablet().await;
    enter(&second, &server, &code(1), "Минюст", "less").await;

    let moderator = Browser::start(1280, 900).await;
    moderator
        .open(&format!(
            "{}/moderator/{id}?section=combined#key={key}",
            server.base
        ))
        .await;
    let suggestion = moderator.text("[data-testid=suggestion]").await;
    assert!(
        suggestion.contains("Министерство юстиции") && suggestion.contains("Минюст"),
        "{suggestion}"
    );
    moderator
        .tap("[data-testid=suggestion] [data-testid=merge]")
        .await;
    // The merged row is in the combined map's worksheet, a tap away.
    moderator.tap("[data-testid=part-worksheet]").await;
    moderator
        .until(
            "one combined row for both entries",
            "document.querySelector('[data-testid=combined-row][data-n=\"2\"]') !== null",
        )
        .await;
    moderator.screenshot("moderator-combined").await;

    // Stored through the write path: the merge is in the workshop, and the combined map has
    // one stakeholder with the groups' spread.
    let combined = stored_combined(&server, id, key, 1).await;
    let merged = &combined["stakeholders"][0];
    assert_eq!(combined["stakeholders"].as_array().unwrap().len(), 1);
    assert_eq!(merged["name"], "Министерство юстиции");
    assert_eq!(merged["interest"], 3.0);
    assert_eq!(merged["spread"]["interest"], serde_json::json!([1, 5]));
    assert_eq!(merged["groups"].as_array().unwrap().len(), 2);

    // The projector's combined grid: one marker named with its count, whiskers from 1 to 5.
    moderator
        .open(&format!(
            "{}/moderator/{id}/projector?view=grid&combined=true#key={key}",
            server.base
        ))
        .await;
    moderator
        .until(
            "the merged marker with its whiskers on the projector",
            "(() => { const svg = document.querySelector('[data-testid=grid] svg');
                if (!svg || !svg.innerHTML.includes('Министерство юстиции (2)')) return false;
                return [...svg.querySelectorAll('path[stroke=\"#555555\"]')]
                    .some(p => (p.getAttribute('d').match(/M/g) || []).length >= 3); })()",
        )
        .await;
    moderator.screenshot("projector-combined").await;

    // Presentation mode, driven by the keys a clicker sends: join codes first, then group 1's
    // grid; End jumps to the combined worksheet, Page Up back to where the groups disagree.
    moderator
        .open(&format!("{}/moderator/{id}/present#key={key}", server.base))
        .await;
    moderator.find("[data-testid=join-qr] svg").await;
    moderator.screenshot("presentation-join").await;
    let slide = |n: &str, name: &str| {
        format!(
            "document.querySelector('[data-testid=slide-position]')?.textContent === '{n} / 11'
             && document.querySelector('[data-slide]')?.dataset.slide === '{name}'"
        )
    };
    moderator.until("the join slide", &slide("1", "Join")).await;
    moderator.press(Key::Right.into()).await;
    moderator
        .until("group 1's grid", &slide("2", "Grid(0)"))
        .await;
    moderator.find("[data-testid=grid] svg").await;
    moderator.press(Key::End.into()).await;
    moderator
        .until("the combined worksheet", &slide("11", "CombinedTable"))
        .await;
    moderator
        .find("[data-testid=worksheet] [data-testid=combined-row][data-n='2']")
        .await;
    moderator.press(Key::PageUp.into()).await;
    moderator
        .until("where the groups disagree", &slide("10", "Contested"))
        .await;
    let contested = moderator.text(".slide-contested").await;
    assert!(
        contested.contains("Министерство юстиции (2)"),
        "{contested}"
    );
    moderator.screenshot("presentation-contested").await;
    first.close().await;
    second.close().await;
    moderator.close().await;
}

/// The server's combined map once it holds `actors` stakeholders (asked for up to 10 s): the
/// console shows its own decision at once, the server stores it at the feed's ack.
async fn stored_combined(server: &Server, id: &str, key: &str, actors: usize) -> Value {
    let mut combined = Value::Null;
    for _ in 0..100 {
        combined = server
            .api(
                Method::GET,
                &format!("/workshops/{id}/combined"),
                Some(key),
                None,
            )
            .await;
        if combined["stakeholders"]
            .as_array()
            .is_some_and(|s| s.len() == actors)
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    combined
}
