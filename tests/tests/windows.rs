//! The Windows build under Wine, driven in Chromium: the home page hydrates, a workshop is
//! created on the new-workshop page, a tablet joins with its code and adds a stakeholder, and
//! after the server is killed and started again the stakeholder is still there — sled on
//! Wine's filesystem, in Wine's `%APPDATA%\stakemap`. `scripts/wine.sh` builds the `.exe`,
//! makes a Wine prefix and runs this with `STAKEMAP_WINDOWS_EXE` and `WINEPREFIX` set;
//! without them it says it skipped.

use e2e::{Browser, Server};

#[tokio::test]
async fn the_windows_build_serves_a_workshop_under_wine_and_keeps_it() {
    let Some(exe) = std::env::var_os("STAKEMAP_WINDOWS_EXE") else {
        println!("SKIPPED: STAKEMAP_WINDOWS_EXE is not set (scripts/wine.sh sets it)");
        return;
    };
    let prefix = std::path::PathBuf::from(std::env::var_os("WINEPREFIX").expect("WINEPREFIX"));
    let mut server = Server::start_windows(std::path::Path::new(&exe)).await;

    let moderator = Browser::start(1280, 800).await;
    moderator.open(&format!("{}/", server.base)).await;
    moderator.hydrated().await;
    moderator.open(&format!("{}/new", server.base)).await;
    moderator.hydrated().await;
    moderator
        .type_into("input[name=title]", "Семинар под Wine")
        .await;
    moderator
        .tap("form.workshop-form button[type=submit]")
        .await;
    let code = moderator.text("[data-testid=join-code]").await;
    let link = moderator.value("[data-testid=moderator-link]").await;
    let (id, key) = link
        .split_once("/moderator/")
        .and_then(|(_, rest)| rest.split_once("#key="))
        .map(|(i, k)| (i.to_owned(), k.to_owned()))
        .expect("a moderator link");
    moderator.close().await;

    let tablet = Browser::tablet().await;
    tablet.open(&format!("{}/", server.base)).await;
    tablet.type_into("input[name=code]", &code).await;
    tablet.tap("[data-testid=join]").await;
    tablet.find("[data-testid=add]").await;
    tablet.add_stakeholder("Айыл өкмөтү").await;
    tablet.saved().await;
    tablet.close().await;

    let stored = prefix.join("drive_c/users");
    let found = std::fs::read_dir(&stored)
        .expect("Wine's users folder")
        .filter_map(Result::ok)
        .any(|user| user.path().join("AppData/Roaming/stakemap/store").is_dir());
    assert!(
        found,
        "the store is in %APPDATA%\\stakemap under {}",
        stored.display()
    );

    server.kill();
    server.run().await;
    let names: Vec<String> = server
        .stakeholders(&id, &key)
        .await
        .iter()
        .filter_map(|s| s["name"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(names, ["Айыл өкмөтү"], "kept across a restart under Wine");
}
