use super::*;

const HASHES: &str = "js: AbCdEfGhIjKlMnOpQrStUv\nwasm: Wasm0123456789abcdefgh\n\
                      css: Css_-0123456789abcdefg\nmanifest: Man0123456789abcdefghi\n\
                      split: Spl0123456789abcdefghi\n";

#[test]
fn names_follow_the_hash_file_or_stay_plain() {
    let plain = SiteNames::new("stakemap", None);
    assert_eq!(plain.wasm, "stakemap.wasm");
    assert_eq!(plain.css, "stakemap.css");
    assert_eq!(plain.loader, LOADER);
    assert_eq!(plain.manifest, "__wasm_split_manifest.json");

    let hashed = SiteNames::new("stakemap", Some(HASHES));
    assert_eq!(hashed.js, "stakemap.AbCdEfGhIjKlMnOpQrStUv.js");
    assert_eq!(hashed.wasm, "stakemap.Wasm0123456789abcdefgh.wasm");
    assert_eq!(hashed.css, "stakemap.Css_-0123456789abcdefg.css");
    assert_eq!(
        hashed.manifest,
        "__wasm_split_manifest.Man0123456789abcdefghi.json"
    );
    assert_eq!(hashed.loader, "__wasm_split.Spl0123456789abcdefghi.js");
}

#[test]
fn a_tablet_keeps_the_main_files_and_the_group_pages_pictures() {
    let manifest = r#"{"picture_tab_1a2b": ["chunk_1_x", "split_2_picture_tab"],
        "moderator_route_9": ["split_9_moderator"], "qr_card": ["chunk_1_x", "split_3_qr"]}"#;
    let files = SiteNames::new("stakemap", None).offline("pkg", Some(manifest));
    assert_eq!(
        files,
        [
            "/pkg/stakemap.js",
            "/pkg/stakemap.wasm",
            "/pkg/stakemap.css",
            "/pkg/__wasm_split.______________________.js",
            "/pkg/__wasm_split_manifest.json",
            "/pkg/chunk_1_x.wasm",
            "/pkg/split_2_picture_tab.wasm",
        ]
    );
    let unsplit = SiteNames::new("stakemap", None).offline("pkg", None);
    assert_eq!(unsplit.len(), 3, "no manifest: no pieces, no loader");
}

#[test]
fn only_names_with_a_hash_are_kept_for_good() {
    let cases = [
        ("stakemap.AbCdEfGhIjKlMnOpQrStUv.wasm", true),
        ("split_2_x.Wasm0123456789abcdef-_.wasm", true),
        ("__wasm_split.Spl0123456789abcdefghi.js", true),
        ("stakemap.wasm", false),
        ("stakemap.wasm.br", false),
        ("__wasm_split.______________________.js", false),
        ("stakemap.AbCdEfGhIjKlMnOpQrStU.wasm", false),
        (".AbCdEfGhIjKlMnOpQrStUv.wasm", false),
        ("a.AbCdEfGh/jKlMnOpQrStUv.wasm", false),
    ];
    for (name, want) in cases {
        assert_eq!(is_hashed(name), want, "{name}");
    }
}
