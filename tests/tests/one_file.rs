//! The one-file binary (feature `embed-site`, `scripts/package.sh`) serves its site from
//! inside itself, compressed at build time: run by `scripts/test.sh` against the release
//! binary copied alone to an empty folder (`STAKEMAP_BIN`, `STAKEMAP_SITE_EMBEDDED`), beside
//! the tablet's browser tests; without those it says it skipped.

use e2e::Server;
use reqwest::header;

#[tokio::test]
async fn the_site_comes_from_inside_the_binary_compressed_and_cacheable() {
    if std::env::var_os("STAKEMAP_SITE_EMBEDDED").is_none() {
        println!("SKIPPED: STAKEMAP_SITE_EMBEDDED is not set (scripts/test.sh sets it)");
        return;
    }
    let server = Server::start().await;
    let client = reqwest::Client::new();
    let get = |path: &str, encodings: &str| {
        client
            .get(format!("{}{path}", server.base))
            .header(header::ACCEPT_ENCODING, encodings)
            .send()
    };
    let cases = [
        (
            "/pkg/stakemap.wasm",
            "gzip, deflate, br",
            Some("br"),
            "application/wasm",
        ),
        (
            "/pkg/stakemap.wasm",
            "gzip",
            Some("gzip"),
            "application/wasm",
        ),
        (
            "/pkg/stakemap.js",
            "br",
            Some("br"),
            "text/javascript; charset=utf-8",
        ),
        (
            "/pkg/stakemap.css",
            "gzip, br",
            Some("br"),
            "text/css; charset=utf-8",
        ),
        ("/sw.js", "identity", None, "text/javascript; charset=utf-8"),
        ("/favicon.ico", "br", Some("br"), "image/x-icon"),
    ];
    for (path, offered, encoding, kind) in cases {
        let response = get(path, offered).await.expect("answers");
        assert_eq!(response.status(), 200, "{path}");
        let h = response.headers();
        assert_eq!(
            h.get(header::CONTENT_ENCODING).map(|v| v.to_str().unwrap()),
            encoding,
            "{path} for {offered}"
        );
        assert_eq!(h[header::CONTENT_TYPE], kind, "{path}");
        assert_eq!(h[header::CACHE_CONTROL], "no-cache", "{path}");
        let etag = h[header::ETAG].clone();
        let again = client
            .get(format!("{}{path}", server.base))
            .header(header::IF_NONE_MATCH, etag)
            .send()
            .await
            .expect("answers");
        assert_eq!(again.status(), 304, "{path}: unchanged, not sent again");
    }
    // Pages are still rendered, and a path that is no file is the app's own "not found".
    let page = get("/", "identity").await.expect("answers");
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("stakemap"));
    assert_eq!(
        get("/pkg/nothing.js", "br")
            .await
            .expect("answers")
            .status(),
        404
    );
    // A lazy page names its pieces for the browser to fetch at once, as from a folder.
    let moderator = get(
        "/moderator/00000000-0000-4000-8000-000000000000",
        "identity",
    )
    .await
    .expect("answers")
    .text()
    .await
    .expect("a page");
    assert!(
        moderator.contains(r#"rel="preload""#) && moderator.contains("/pkg/chunk_"),
        "the moderator page preloads its pieces"
    );
    // And a tablet keeps what it needs offline from the same list.
    let offline: serde_json::Value = get("/offline.json", "identity")
        .await
        .expect("answers")
        .json()
        .await
        .expect("json");
    let files = offline["files"].as_array().expect("files");
    assert!(
        files
            .iter()
            .any(|f| f.as_str().is_some_and(|f| f.contains("picture_tab"))),
        "the group page's pictures: {offline}"
    );
}
