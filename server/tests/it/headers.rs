//! The headers a browser is sent with every page and every API answer: scripts only with the
//! response's nonce, no framing, no sniffing, no referrer, no HSTS on plain http.

use axum::Router;
use leptos::prelude::LeptosOptions;

use super::support::{send, state};

fn app() -> (Router, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let options = LeptosOptions::builder()
        .output_name("stakemap")
        .site_root("target/site")
        .build();
    let laptop = std::net::SocketAddr::from(([127, 0, 0, 1], 50_000));
    let router = server::router(state(&dir.path().join("store")), options)
        .layer(axum::extract::connect_info::MockConnectInfo(laptop));
    (router, dir)
}

const PAGES: [&str; 10] = [
    "/",
    "/new",
    "/join/K7M2QX",
    "/group",
    "/moderator/00000000-0000-4000-8000-000000000000",
    "/moderator/00000000-0000-4000-8000-000000000000/projector",
    "/moderator/00000000-0000-4000-8000-000000000000/present",
    "/moderator/00000000-0000-4000-8000-000000000000/report",
    "/analyst/00000000-0000-4000-8000-000000000000",
    "/no/such/page",
];

#[tokio::test]
async fn every_page_runs_only_scripts_with_its_own_nonce() {
    let (app, _dir) = app();
    let mut nonces = Vec::new();
    for page in PAGES {
        let reply = send(
            &app,
            "GET",
            page,
            None,
            None,
            &[("host", "192.168.1.20:3000")],
            vec![],
        )
        .await;
        let html = reply.text();
        assert!(html.contains("<script"), "{page}: {html}");
        let policy = reply.header("content-security-policy");
        let nonce = policy
            .split("'nonce-")
            .nth(1)
            .and_then(|rest| rest.split('\'').next())
            .unwrap_or_else(|| panic!("{page}: no nonce in {policy:?}"));
        assert!(nonce.len() >= 16, "{page}: a guessable nonce {nonce:?}");
        // Every inline script carries it; none without.
        let scripts = html.matches("<script").count();
        let with_nonce = html.matches(&format!("nonce=\"{nonce}\"")).count();
        assert!(
            with_nonce >= scripts,
            "{page}: {scripts} scripts, {with_nonce} with the nonce"
        );
        assert!(
            !policy.contains("'unsafe-inline' 'strict"),
            "{page}: {policy}"
        );
        assert!(
            !policy.contains("script-src 'unsafe-inline'"),
            "{page}: {policy}"
        );
        assert!(
            policy.contains("frame-ancestors 'none'"),
            "{page}: {policy}"
        );
        assert!(
            policy.contains("ws://192.168.1.20:3000"),
            "{page}: {policy}"
        );
        assert_eq!(reply.header("x-content-type-options"), "nosniff", "{page}");
        assert_eq!(reply.header("referrer-policy"), "no-referrer", "{page}");
        assert_eq!(reply.header("x-frame-options"), "DENY", "{page}");
        assert!(
            reply.header("permissions-policy").contains("camera=()"),
            "{page}"
        );
        assert_eq!(
            reply.header("strict-transport-security"),
            "",
            "{page}: HSTS on http"
        );
        nonces.push(nonce.to_owned());
    }
    nonces.sort();
    nonces.dedup();
    assert_eq!(
        nonces.len(),
        PAGES.len(),
        "a fresh nonce for every response"
    );
}

#[tokio::test]
async fn the_apis_answers_run_nothing_when_opened_as_a_document() {
    let (app, _dir) = app();
    for path in ["/api/v1/demo", "/api/v1/no-such-route", "/healthz"] {
        let reply = send(&app, "GET", path, None, None, &[], vec![]).await;
        assert_eq!(reply.header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(reply.header("referrer-policy"), "no-referrer", "{path}");
        if path.starts_with("/api/") {
            let policy = reply.header("content-security-policy");
            assert!(policy.starts_with("default-src 'none'"), "{path}: {policy}");
            assert!(policy.contains("sandbox"), "{path}: {policy}");
        }
    }
}

#[tokio::test]
async fn a_folder_site_sends_its_precompressed_files_as_they_are_and_browsers_ask_again() {
    let site = tempfile::tempdir().expect("temp dir");
    let pkg = site.path().join("pkg");
    std::fs::create_dir(&pkg).expect("pkg");
    let js = "export function hydrate() {}\n".repeat(100);
    std::fs::write(pkg.join("stakemap.js"), &js).expect("js");
    // Not real brotli: what the build left beside the file is sent untouched.
    std::fs::write(pkg.join("stakemap.js.br"), b"made at build time").expect("br");
    let dir = tempfile::tempdir().expect("temp dir");
    let options = LeptosOptions::builder()
        .output_name("stakemap")
        .site_root(site.path().to_string_lossy().into_owned())
        .build();
    let app = server::router(state(&dir.path().join("store")), options);

    let br = [("accept-encoding", "gzip, br")];
    let reply = send(&app, "GET", "/pkg/stakemap.js", None, None, &br, vec![]).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("content-encoding"), "br");
    assert_eq!(reply.body, b"made at build time");
    assert_eq!(reply.header("cache-control"), "no-cache");

    // No brotli file beside it: compressed on the way, as before.
    let gzip = [("accept-encoding", "gzip")];
    let reply = send(&app, "GET", "/pkg/stakemap.js", None, None, &gzip, vec![]).await;
    assert_eq!(reply.header("content-encoding"), "gzip");
    assert!(reply.body.len() < js.len(), "compressed");

    let reply = send(&app, "GET", "/group", None, None, &br, vec![]).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("cache-control"), "no-cache", "the page");

    // Plain names are what a tablet keeps for a reload offline (no split manifest here).
    let reply = send(&app, "GET", "/offline.json", None, None, &[], vec![]).await;
    let listed: serde_json::Value = serde_json::from_slice(&reply.body).expect("json");
    assert_eq!(
        listed["files"],
        serde_json::json!([
            "/pkg/stakemap.js",
            "/pkg/stakemap.wasm",
            "/pkg/stakemap.css",
            "/locales/ru.ftl",
            "/locales/ky.ftl",
            "/locales/en.ftl"
        ])
    );
}

#[tokio::test]
async fn hashed_names_are_kept_for_good_and_named_for_a_reload_offline() {
    const JS: &str = "Js0123456789abcdefghij";
    const WASM: &str = "Wasm0123456789abcdefgh";
    const CSS: &str = "Css0123456789abcdefghi";
    const MANIFEST: &str = "Man0123456789abcdefghi";
    const SPLIT: &str = "Spl0123456789abcdefghi";
    let site = tempfile::tempdir().expect("temp dir");
    let pkg = site.path().join("pkg");
    std::fs::create_dir(&pkg).expect("pkg");
    for name in [
        format!("stakemap.{JS}.js"),
        format!("stakemap.{WASM}.wasm"),
        format!("stakemap.{CSS}.css"),
        format!("__wasm_split.{SPLIT}.js"),
    ] {
        std::fs::write(pkg.join(name), b"built").expect("file");
    }
    std::fs::write(
        pkg.join(format!("__wasm_split_manifest.{MANIFEST}.json")),
        r#"{"picture_tab_77": ["split_1.Pic0123456789abcdefghi"], "report_route": ["split_2.Rep0123456789abcdefghi"]}"#,
    )
    .expect("manifest");
    let hashes = site.path().join("hash.txt");
    std::fs::write(
        &hashes,
        format!("js: {JS}\nwasm: {WASM}\ncss: {CSS}\nmanifest: {MANIFEST}\nsplit: {SPLIT}\n"),
    )
    .expect("hash file");
    let dir = tempfile::tempdir().expect("temp dir");
    let options = LeptosOptions::builder()
        .output_name("stakemap")
        .site_root(site.path().to_string_lossy().into_owned())
        .hash_files(true)
        .hash_file(std::sync::Arc::from(hashes.to_string_lossy().as_ref()))
        .build();
    let app = server::router(state(&dir.path().join("store")), options);

    let reply = send(
        &app,
        "GET",
        &format!("/pkg/stakemap.{WASM}.wasm"),
        None,
        None,
        &[],
        vec![],
    )
    .await;
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.header("cache-control"),
        "public, max-age=31536000, immutable",
        "a hashed name never changes"
    );
    let missing = format!("/pkg/stakemap.{}.wasm", "X".repeat(22));
    let reply = send(&app, "GET", &missing, None, None, &[], vec![]).await;
    assert_eq!(reply.status, 404);
    assert_ne!(
        reply.header("cache-control"),
        "public, max-age=31536000, immutable"
    );

    let reply = send(&app, "GET", "/", None, None, &[], vec![]).await;
    assert_eq!(reply.header("cache-control"), "no-cache", "the page");
    let page = String::from_utf8_lossy(&reply.body).into_owned();
    for name in [
        format!("/pkg/stakemap.{CSS}.css"),
        format!("/pkg/stakemap.{JS}.js"),
    ] {
        assert!(page.contains(&name), "the page names {name}");
    }

    let reply = send(&app, "GET", "/offline.json", None, None, &[], vec![]).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("cache-control"), "no-cache");
    let listed: serde_json::Value = serde_json::from_slice(&reply.body).expect("json");
    assert_eq!(
        listed["files"],
        serde_json::json!([
            format!("/pkg/stakemap.{JS}.js"),
            format!("/pkg/stakemap.{WASM}.wasm"),
            format!("/pkg/stakemap.{CSS}.css"),
            format!("/pkg/__wasm_split.{SPLIT}.js"),
            format!("/pkg/__wasm_split_manifest.{MANIFEST}.json"),
            "/pkg/split_1.Pic0123456789abcdefghi.wasm",
            "/locales/ru.ftl",
            "/locales/ky.ftl",
            "/locales/en.ftl",
        ]),
        "the group page's files, its picture piece and not the report's"
    );
}
