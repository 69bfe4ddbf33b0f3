use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};

use super::files::respond;
use super::{SiteFile, accepts};

fn headers(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        map.append(name.clone(), HeaderValue::from_str(value).unwrap());
    }
    map
}

#[test]
fn accept_encoding_is_read_with_its_weights() {
    let cases = [
        ("gzip, deflate, br, zstd", "br", true),
        ("gzip, deflate, br, zstd", "gzip", true),
        ("gzip", "br", false),
        ("br;q=0, gzip", "br", false),
        ("BR ; q=0.5", "br", true),
        ("*", "br", true),
        ("*;q=0", "gzip", false),
        ("gzip;q=0, *", "gzip", false),
        ("identity", "gzip", false),
        ("", "br", false),
    ];
    for (offer, coding, want) in cases {
        let h = headers(&[(header::ACCEPT_ENCODING, offer)]);
        assert_eq!(accepts(&h, coding), want, "{offer:?} takes {coding}?");
    }
    assert!(!accepts(&HeaderMap::new(), "gzip"), "no header: plain");
}

static WASM: SiteFile = SiteFile {
    path: "pkg/stakemap.wasm",
    content_type: "application/wasm",
    etag: "\"abc123\"",
    plain: b"plain bytes",
    br: Some(b"br"),
    gzip: Some(b"gz"),
};

#[test]
fn each_browser_gets_the_smallest_form_it_reads() {
    let cases: &[(&str, Option<&str>, &[u8])] = &[
        ("gzip, deflate, br", Some("br"), b"br"),
        ("gzip", Some("gzip"), b"gz"),
        ("identity", None, b"plain bytes"),
    ];
    for (offer, encoding, body) in cases {
        let h = headers(&[(header::ACCEPT_ENCODING, offer)]);
        let response = respond(&WASM, &h, &Method::GET);
        assert_eq!(response.status(), StatusCode::OK);
        let out = response.headers();
        assert_eq!(
            out.get(header::CONTENT_ENCODING)
                .map(|v| v.to_str().unwrap()),
            *encoding,
            "{offer}"
        );
        assert_eq!(out[header::CONTENT_TYPE], "application/wasm");
        assert_eq!(out[header::CONTENT_LENGTH], body.len().to_string());
        assert_eq!(out[header::VARY], "accept-encoding");
        assert_eq!(out[header::ETAG], "\"abc123\"");
        assert_eq!(out[header::CACHE_CONTROL], "no-cache");
    }
}

#[test]
fn an_unchanged_file_is_not_sent_again() {
    for tag in ["\"abc123\"", "W/\"abc123\"", "\"old\", \"abc123\"", "*"] {
        let h = headers(&[(header::IF_NONE_MATCH, tag)]);
        let response = respond(&WASM, &h, &Method::GET);
        assert_eq!(response.status(), StatusCode::NOT_MODIFIED, "{tag}");
        assert_eq!(response.headers()[header::ETAG], "\"abc123\"");
    }
    let h = headers(&[(header::IF_NONE_MATCH, "\"old\"")]);
    assert_eq!(respond(&WASM, &h, &Method::GET).status(), StatusCode::OK);
}

#[test]
fn a_file_without_compressed_forms_goes_plain() {
    static ICON: SiteFile = SiteFile {
        path: "favicon.ico",
        content_type: "image/x-icon",
        etag: "\"i\"",
        plain: b"icon",
        br: None,
        gzip: None,
    };
    let h = headers(&[(header::ACCEPT_ENCODING, "br, gzip")]);
    let response = respond(&ICON, &h, &Method::HEAD);
    assert!(response.headers().get(header::CONTENT_ENCODING).is_none());
    assert_eq!(response.headers()[header::CONTENT_LENGTH], "4");
}

/// A module with the given custom sections (name, content) after a type section.
fn module(custom: &[(&str, &[u8])]) -> Vec<u8> {
    let mut m = b"\0asm\x01\0\0\0".to_vec();
    m.extend([1, 1, 0]); // an empty type section
    for (name, content) in custom {
        let mut payload = vec![name.len() as u8];
        payload.extend(name.as_bytes());
        payload.extend(*content);
        m.push(0);
        m.push(payload.len() as u8);
        m.extend(payload);
    }
    m
}

#[test]
fn a_debug_build_of_the_site_is_told_from_a_release_one() {
    use super::wasm_is_debug;
    let cases: [(&str, Vec<u8>, bool); 6] = [
        (
            "DWARF",
            module(&[("name", b"x"), (".debug_info", b"dwarf")]),
            true,
        ),
        (
            "function names",
            module(&[("producers", b"rustc"), ("name", b"x")]),
            true,
        ),
        (
            "release",
            module(&[("producers", b"rustc"), ("target_features", b"+")]),
            false,
        ),
        ("no custom sections", module(&[]), false),
        ("not a module", b"<!DOCTYPE html>".to_vec(), false),
        (
            "cut short",
            module(&[(".debug_info", b"dwarf")])[..12].to_vec(),
            false,
        ),
    ];
    for (what, bytes, debug) in cases {
        assert_eq!(wasm_is_debug(&bytes), debug, "{what}");
    }
}

#[test]
fn a_release_server_refuses_the_debug_site_the_tests_built() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/site");
    let wasm = root.join("pkg/stakemap.wasm");
    if !wasm.exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "scripts/test.sh builds the site first"
        );
        return;
    }
    let refused = super::refuse_debug_site(&root, "pkg", "stakemap.wasm").expect_err("refused");
    assert!(refused.contains("target/site-release"), "{refused}");
    // A release module beside it is served. (Not the release site in target/site-release:
    // scripts/test.sh builds that in the background while these tests run, and a module
    // wasm-bindgen has written but wasm-opt not yet stripped still carries its names.)
    let release = tempfile::tempdir().expect("a folder");
    std::fs::create_dir(release.path().join("pkg")).expect("pkg");
    std::fs::write(
        release.path().join("pkg/stakemap.wasm"),
        module(&[("producers", b"rustc"), ("target_features", b"+")]),
    )
    .expect("a module");
    assert!(super::refuse_debug_site(release.path(), "pkg", "stakemap.wasm").is_ok());
    let elsewhere = tempfile::tempdir().expect("a folder");
    assert!(super::refuse_debug_site(elsewhere.path(), "pkg", "stakemap.wasm").is_ok());
}

/// What a tablet downloads before its first tap is the main module: the pictures (plotters),
/// the graph (petgraph), QR codes, name matching (strsim) and Unicode normalisation (the
/// browser's own does it) must stay out of it, in the pieces or on the server. Read from the
/// function names of the debug site the tests built (a release module has none).
#[test]
fn the_main_module_a_tablet_loads_first_carries_no_picture_graph_qr_or_matching_code() {
    let wasm =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/site/pkg/stakemap.wasm");
    let Ok(module) = std::fs::read(&wasm) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "scripts/test.sh builds the site first"
        );
        return;
    };
    let names = super::custom_sections(&module)
        .find(|(name, _)| *name == b"name")
        .map(|(_, names)| names)
        .expect("the debug build names its functions");
    let reactive = names.windows(14).filter(|w| w == b"reactive_graph").count();
    assert!(
        reactive > 100,
        "the names are readable: {reactive} reactive_graph functions"
    );
    for kept_out in [
        "plotters",
        "petgraph",
        "qrcode",
        "strsim",
        "unicode_normalization",
    ] {
        let found = names
            .windows(kept_out.len())
            .filter(|w| *w == kept_out.as_bytes())
            .count();
        assert_eq!(
            found, 0,
            "{kept_out} in the main module ({found} function names)"
        );
    }
}
