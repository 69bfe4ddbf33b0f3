//! The light pages — the home page and a join link — come without the app's WASM: the server
//! renders them whole (the demo, and on its own machine the addresses for tablets) with the
//! small script that makes them work; every other page brings the app.

use axum::Router;
use leptos::prelude::LeptosOptions;

use super::support::{send, state};

fn pages(state: server::AppState, peer: [u8; 4]) -> Router {
    let options = LeptosOptions::builder()
        .output_name("stakemap")
        .site_root("target/site")
        .build();
    let peer = std::net::SocketAddr::from((peer, 50_000));
    server::router(state, options).layer(axum::extract::connect_info::MockConnectInfo(peer))
}

async fn page(router: &Router, path: &str) -> String {
    let reply = send(router, "GET", path, None, None, &[], vec![]).await;
    reply.text().into_owned()
}

/// The JSON the page's script reads.
fn light_data(html: &str) -> serde_json::Value {
    let tag = html
        .find(r#"id="light-data""#)
        .unwrap_or_else(|| panic!("no light data in {html}"));
    let start = tag + html[tag..].find('>').expect("the tag ends") + 1;
    let end = start + html[start..].find("</script>").expect("the block ends");
    serde_json::from_str(&html[start..end]).expect("the block is JSON")
}

/// What the hydration scripts send for the app's code: its script preloaded, then run.
const APP_SCRIPT: &str = "modulepreload";

#[tokio::test]
async fn the_home_page_and_a_join_link_bring_their_script_and_not_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let router = pages(state(&dir.path().join("store")), [127, 0, 0, 1]);

    let home = page(&router, "/").await;
    assert!(
        !home.contains(APP_SCRIPT),
        "no app code on the home page: {home}"
    );
    assert!(!home.contains("hydrate("), "{home}");
    assert!(home.contains(r#"data-testid="join""#), "{home}");
    assert!(home.contains("Войти"), "rendered in Russian by default");
    let data = light_data(&home);
    assert!(data["join_code"].is_null());
    assert_eq!(data["group_key"], "stakemap.group");
    // The group page's code and words, fetched ahead while the tablet joins: named, not run.
    assert_eq!(
        data["ahead"],
        serde_json::json!(["/pkg/stakemap.js", "/pkg/stakemap.wasm", "/locales/ru.ftl"])
    );
    for code in ["unknown_code", "bad_join_code", "rate_limited", "network"] {
        assert!(
            data["errors"][code].as_str().is_some_and(|m| !m.is_empty()),
            "words for {code}: {data}"
        );
    }
    assert!(
        home.contains("data-hydrated"),
        "the script marks the page interactive"
    );

    let join = page(&router, "/join/K7M2QX").await;
    assert!(!join.contains(APP_SCRIPT), "{join}");
    assert_eq!(light_data(&join)["join_code"], "K7M2QX");

    for path in ["/group", "/new", "/trust"] {
        let html = page(&router, path).await;
        assert!(html.contains(APP_SCRIPT), "{path} brings the app");
        assert!(!html.contains("light-data"), "{path}");
        // And the words it hydrates with, beside its code (the WASM carries none).
        assert!(
            html.contains(
                r#"<link rel="preload" href="/locales/ru.ftl" as="fetch" crossorigin="anonymous">"#
            ),
            "{path}: {html}"
        );
        // The desk's words too, except on a tablet's group page.
        assert_eq!(
            html.contains(r#"href="/locales/ru-desk.ftl""#),
            path != "/group",
            "{path}: {html}"
        );
    }
    let kyrgyz = [("cookie", "stakemap_lang=ky")];
    let group = send(&router, "GET", "/group", None, None, &kyrgyz, vec![]).await;
    assert!(group.text().contains(r#"href="/locales/ky.ftl""#));
    assert!(!group.text().contains(r#"href="/locales/ru.ftl""#));
    assert!(!group.text().contains("-desk.ftl"));
    let console = send(&router, "GET", "/moderator/x", None, None, &kyrgyz, vec![]).await;
    assert!(console.text().contains(r#"href="/locales/ky-desk.ftl""#));
}

#[tokio::test]
async fn a_join_link_cannot_put_markup_into_its_page() {
    let dir = tempfile::tempdir().unwrap();
    let router = pages(state(&dir.path().join("store")), [127, 0, 0, 1]);
    let html = page(
        &router,
        "/join/%3C%2Fscript%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    )
    .await;
    assert!(!html.contains("<script>alert"), "{html}");
    assert_eq!(
        light_data(&html)["join_code"],
        "</script><script>alert(1)</script>",
        "kept as text, for the server to refuse"
    );
}

#[tokio::test]
async fn the_home_page_shows_the_demo_and_only_its_own_machine_the_addresses() {
    let dir = tempfile::tempdir().unwrap();
    let state = state(&dir.path().join("store"));
    server::demo::create(&state.workshops).await.unwrap();
    let reach = server::room::Reach {
        addr: "0.0.0.0:3000".parse().unwrap(),
        https: false,
    };
    let addresses = reach.addresses();
    assert!(state.reach.set(reach).is_ok());
    let demo = server::demo::find(&state.workshops).unwrap().unwrap();

    let laptop = page(&pages(state.clone(), [127, 0, 0, 1]), "/").await;
    assert!(laptop.contains(r#"data-testid="demo""#), "{laptop}");
    for group in &demo.groups {
        let code = group.join_code.as_deref().unwrap();
        assert!(laptop.contains(&format!("/join/{code}")), "{code}");
    }
    assert!(laptop.contains(&format!("/moderator/{}#key=", demo.workshop_id)));
    // Each address a card with its QR code, drawn by the server.
    assert_eq!(
        laptop.matches(r#"data-testid="room-address""#).count(),
        addresses.len()
    );
    for address in &addresses {
        assert!(laptop.contains(&address.url), "{}", address.url);
    }
    assert!(addresses.is_empty() || laptop.contains("<svg"));

    let tablet = page(&pages(state, [192, 168, 1, 23]), "/").await;
    assert!(tablet.contains(r#"data-testid="demo""#));
    assert!(
        !tablet.contains("room-address"),
        "a tablet is not shown them"
    );
}

/// The browser's WASM carries no words; it fetches its language's before it
/// hydrates or shows a page in them. They come as the server has them, revalidated by an ETag
/// (a plain name), compressed for a browser that reads brotli.
#[tokio::test]
async fn a_languages_words_are_served_for_the_browser_and_revalidated() {
    let dir = tempfile::tempdir().unwrap();
    let router = pages(state(&dir.path().join("store")), [192, 168, 1, 20]);
    let files = [
        ("ru.ftl", "language = Язык"),
        ("ky.ftl", "language = Тил"),
        ("en.ftl", "language = Language"),
        ("ru-desk.ftl", "new-title = Новый семинар"),
        ("en-desk.ftl", "new-title = New workshop"),
        ("ky-desk.ftl", "new-title = "),
    ];
    for (file, says) in files {
        let path = format!("/locales/{file}");
        let words = send(&router, "GET", &path, None, None, &[], vec![]).await;
        assert_eq!(words.status, 200, "{path}");
        assert_eq!(words.header("content-type"), "text/plain; charset=utf-8");
        assert_eq!(words.header("cache-control"), "no-cache");
        assert!(words.text().contains(says), "{path}");
        let etag = words.header("etag").to_owned();
        let again = [("if-none-match", etag.as_str())];
        let unchanged = send(&router, "GET", &path, None, None, &again, vec![]).await;
        assert_eq!(unchanged.status, 304, "{path}");
        assert!(unchanged.body.is_empty());
        let br = [("accept-encoding", "br")];
        let compressed = send(&router, "GET", &path, None, None, &br, vec![]).await;
        assert_eq!(compressed.header("content-encoding"), "br");
        // Compressed at build time, at brotli's best: about a quarter of the text.
        assert!(compressed.body.len() < words.body.len() / 3, "{path}");
        let gzip = [("accept-encoding", "gzip")];
        let zipped = send(&router, "GET", &path, None, None, &gzip, vec![]).await;
        assert_eq!(zipped.header("content-encoding"), "gzip");
    }
    for missing in [
        "/locales/de.ftl",
        "/locales/ky.txt",
        "/locales/..%2Fru.ftl",
        "/locales/de-desk.ftl",
        "/locales/ru-desk",
    ] {
        let reply = send(&router, "GET", missing, None, None, &[], vec![]).await;
        assert_eq!(reply.status, 404, "{missing}");
    }
}
