//! Imports in real Chromium, as a moderator does them: a group's list from a CSV on the
//! moderator page (a file with a mistake first: its line and column are shown and nothing is
//! added), then a workshop restored from its `workshop.json` on the new-workshop page.

use e2e::{Browser, Server, id_and_key};
use reqwest::Method;

/// A file on disk, as the moderator's file chooser picks it.
fn file(dir: &tempfile::TempDir, name: &str, content: &[u8]) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, content).expect("file written");
    path.to_str().expect("a UTF-8 path").to_owned()
}

#[tokio::test]
async fn a_groups_list_imports_from_a_csv_and_a_workshop_restores_from_its_file() {
    let server = Server::start().await;
    let w = server.workshop().await;
    let (id, key) = id_and_key(&w);
    let second = w["groups"][1]["id"].as_str().unwrap();
    let dir = tempfile::tempdir().unwrap();

    let moderator = Browser::start(1280, 900).await;
    moderator
        .open(&format!(
            "{}/moderator/{id}?section=import#key={key}",
            server.base
        ))
        .await;
    moderator
        .tap(&format!(
            "[data-field=import-group] [data-value=\"{second}\"]"
        ))
        .await;

    let wrong = "Название;Категория;Уровень;Интерес;Влияние\r\n\
                 Мэрия Бишкека;Государственные структуры;Местный;4;5\r\n\
                 ОО «Ынтымак»;civil_society;local;пять;2\r\n";
    let picker = moderator.find("[data-testid=import-file]").await;
    picker
        .send_keys(&file(&dir, "wrong.csv", wrong.as_bytes()))
        .await
        .unwrap();
    moderator.tap("[data-testid=import-submit]").await;
    let problems = moderator.text("[data-testid=import-problems]").await;
    assert!(
        problems.contains("Строка 3, столбец D (Интерес)"),
        "{problems}"
    );
    assert!(
        server.stakeholders(id, key).await.is_empty(),
        "nothing added"
    );

    let right = wrong.replace("пять", "5");
    let picker = moderator.find("[data-testid=import-file]").await;
    picker
        .send_keys(&file(&dir, "right.csv", right.as_bytes()))
        .await
        .unwrap();
    moderator.tap("[data-testid=import-submit]").await;
    let added = moderator.text("[data-testid=import-result]").await;
    assert!(added.contains('2'), "{added}");
    // The group's column follows live.
    moderator
        .tap("[data-testid=console-tab][data-section=groups]")
        .await;
    moderator
        .until(
            "the imported names in the second group's column",
            &format!(
                "(document.querySelector('[data-testid=group-column][data-group=\"{second}\"]') \
                 || {{}}).textContent?.includes('ОО «Ынтымак»')"
            ),
        )
        .await;
    let stored = server.stakeholders(id, key).await;
    assert_eq!(stored.len(), 2);
    assert!(stored.iter().all(|s| s["group_id"] == second));
    moderator.screenshot("moderator-import").await;

    // The workshop leaves as workshop.json and comes back as a new workshop.
    let exported = server
        .api(
            Method::GET,
            &format!("/workshops/{id}/export/workshop.json"),
            Some(key),
            None,
        )
        .await;
    let path = file(&dir, "workshop.json", exported.to_string().as_bytes());
    moderator.open(&format!("{}/new", server.base)).await;
    let picker = moderator.find("[data-testid=restore-file]").await;
    picker.send_keys(&path).await.unwrap();
    moderator.tap("[data-testid=restore-submit]").await;
    let link = moderator.value("[data-testid=moderator-link]").await;
    let (new_id, new_key) = link
        .split_once("/moderator/")
        .and_then(|(_, rest)| rest.split_once("#key="))
        .expect("a moderator link");
    assert_ne!(new_id, id);
    let restored = server.stakeholders(new_id, new_key).await;
    let names: Vec<_> = restored
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Мэрия Бишкека", "ОО «Ынтымак»"]);
    moderator.close().await;
}
