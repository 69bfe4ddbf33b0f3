//! The pictures' SVG, pinned byte for byte: a hash per picture of the sample maps, so that a
//! refactoring of the layout or the renderer that changes any pixel is caught. A deliberate
//! change to a picture updates the table (the failure prints the new one).

use crate::domain::{Language, Workshop, combine};

use crate::chart::*;

/// FNV-1a: tiny, stable across Rust versions and machines (std's hasher is neither promised).
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn choices(w: &Workshop) -> Vec<(String, GridOptions)> {
    let mut out: Vec<(String, GridOptions)> = w
        .groups()
        .iter()
        .enumerate()
        .map(|(i, g)| (format!("group{}", i + 1), GridOptions::group(g.id())))
        .collect();
    out.push(("all".into(), GridOptions::default()));
    out.push(("combined".into(), GridOptions::scope(Scope::Combined)));
    out
}

/// Every picture of a room: grids, graphs, their panels and key pages, disagreement pages.
fn room_pictures(
    name: &str,
    w: &Workshop,
    lang: Language,
    size: (f64, f64),
) -> Vec<(String, String)> {
    let (width, height) = size;
    let mut out = Vec::new();
    let what =
        |kind: &str, choice: &str| format!("{name} {lang:?} {width}×{height} {kind} {choice}");
    for (choice, options) in choices(w) {
        let input = grid_input(w, &options, lang);
        let grid = GridLayout::compute(&input, width, height);
        out.push((what("grid", &choice), svg(&grid)));
        let keys = KeyPage::pages(
            &grid.key_rest,
            |p, n| format!("Ключ ({p}/{n})"),
            "далее",
            width,
            height,
        );
        for (i, page) in keys.iter().enumerate() {
            out.push((what(&format!("grid key {}", i + 1), &choice), svg(page)));
        }
        out.push((
            what("grid panels", &choice),
            svg(&GridPanels::compute(&input, width, height)),
        ));
        let input = graph_input(w, &options, lang);
        let graph = GraphLayout::compute(&input, width, height, &Default::default());
        out.push((what("graph", &choice), svg(&graph)));
        let panels = GraphPanels::compute(&input, width, height, &Default::default());
        out.push((what("graph panels", &choice), svg(&panels)));
    }
    let input = contested_input(w, &combine(w), lang);
    for (i, page) in ContestedLayout::pages(
        &input,
        |p, n| format!("Разногласия ({p}/{n})"),
        width,
        height,
    )
    .iter()
    .enumerate()
    {
        out.push((what(&format!("contested {}", i + 1), ""), svg(page)));
    }
    out
}

fn all_pictures() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let full = room(6, 25, true);
    out.extend(room_pictures("6×25", &full, Language::Ru, (1920.0, 1080.0)));
    out.extend(room_pictures("6×25", &full, Language::Ky, (1024.0, 768.0)));
    let small = room(2, 4, false);
    out.extend(room_pictures("2×4", &small, Language::En, (1280.0, 720.0)));
    for n in [0, 1, 12, 60] {
        let grid = GridLayout::compute(&sample(n, 3), 1200.0, 800.0);
        out.push((format!("sample grid {n}"), svg(&grid)));
        let graph = GraphLayout::compute(
            &sample_graph(n, n * 2, 3),
            1200.0,
            800.0,
            &Default::default(),
        );
        out.push((format!("sample graph {n}"), svg(&graph)));
    }
    out
}

/// name → hash, as `cargo test pinned -- --nocapture` prints them when they differ.
const PINNED: &[(&str, u64)] = &[
    ("6×25 Ru 1920×1080 grid group1", 0x9a5ffba0fdd0b0e6),
    ("6×25 Ru 1920×1080 grid key 1 group1", 0x59e53612fb4887b2),
    ("6×25 Ru 1920×1080 grid panels group1", 0x4c35bb0181debab6),
    ("6×25 Ru 1920×1080 graph group1", 0x64f3cc249d2fc9f8),
    ("6×25 Ru 1920×1080 graph panels group1", 0xfc7d54d493ba68e0),
    ("6×25 Ru 1920×1080 grid group2", 0xedd7eb0a54940bca),
    ("6×25 Ru 1920×1080 grid key 1 group2", 0x035682c83c7e7e02),
    ("6×25 Ru 1920×1080 grid panels group2", 0x65b0fe4b27bed97d),
    ("6×25 Ru 1920×1080 graph group2", 0x25e588567530f073),
    ("6×25 Ru 1920×1080 graph panels group2", 0x7c9a06513667b222),
    ("6×25 Ru 1920×1080 grid group3", 0x5bf04890e498c29f),
    ("6×25 Ru 1920×1080 grid key 1 group3", 0x2c9a5d67ed9ed364),
    ("6×25 Ru 1920×1080 grid panels group3", 0x0792dc4b13f1690a),
    ("6×25 Ru 1920×1080 graph group3", 0x0ee3d13b88f62b05),
    ("6×25 Ru 1920×1080 graph panels group3", 0x3dd27a3574f90294),
    ("6×25 Ru 1920×1080 grid group4", 0x694558ed3effd257),
    ("6×25 Ru 1920×1080 grid key 1 group4", 0x6ce4e660baea7b2b),
    ("6×25 Ru 1920×1080 grid panels group4", 0x9d98cafe62a1fba1),
    ("6×25 Ru 1920×1080 graph group4", 0x06c0f4b7f009cbf4),
    ("6×25 Ru 1920×1080 graph panels group4", 0x18f01933a97e8447),
    ("6×25 Ru 1920×1080 grid group5", 0xc1d63727cbb441e5),
    ("6×25 Ru 1920×1080 grid key 1 group5", 0x2548f5d83b0ee942),
    ("6×25 Ru 1920×1080 grid panels group5", 0x10bc09c4e9e6968b),
    ("6×25 Ru 1920×1080 graph group5", 0x6b757df56f57de94),
    ("6×25 Ru 1920×1080 graph panels group5", 0xc54f7993a0f3e42b),
    ("6×25 Ru 1920×1080 grid group6", 0xd7a6d8b952151dd8),
    ("6×25 Ru 1920×1080 grid key 1 group6", 0x59e53612fb4887b2),
    ("6×25 Ru 1920×1080 grid panels group6", 0x7e5fe08e73e72c8e),
    ("6×25 Ru 1920×1080 graph group6", 0x0eb6b30f2b0af71d),
    ("6×25 Ru 1920×1080 graph panels group6", 0x9415e450d94b6ab8),
    ("6×25 Ru 1920×1080 grid all", 0xf7735c2fc82761fe),
    ("6×25 Ru 1920×1080 grid key 1 all", 0xe039f043e8efee48),
    ("6×25 Ru 1920×1080 grid key 2 all", 0x6bbcec261afe18f7),
    ("6×25 Ru 1920×1080 grid key 3 all", 0xe6d045e0a95b4674),
    ("6×25 Ru 1920×1080 grid key 4 all", 0xa00952c3767f0e6d),
    ("6×25 Ru 1920×1080 grid panels all", 0xe559d5dd8fa09c53),
    ("6×25 Ru 1920×1080 graph all", 0x84222525cf793164),
    ("6×25 Ru 1920×1080 graph panels all", 0x613f4e5ed5538dde),
    ("6×25 Ru 1920×1080 grid combined", 0xcfc5ffb789a3d2a4),
    ("6×25 Ru 1920×1080 grid key 1 combined", 0xd12ad74cb50463d4),
    ("6×25 Ru 1920×1080 grid panels combined", 0xac8445256aad9da0),
    ("6×25 Ru 1920×1080 graph combined", 0x898049699c08b765),
    (
        "6×25 Ru 1920×1080 graph panels combined",
        0x27c662ac8424f470,
    ),
    ("6×25 Ru 1920×1080 contested 1 ", 0xc16b95f6938dd44e),
    ("6×25 Ru 1920×1080 contested 2 ", 0x80b4f94126c4c0d5),
    ("6×25 Ru 1920×1080 contested 3 ", 0xab4851f1f78cadc7),
    ("6×25 Ru 1920×1080 contested 4 ", 0x9f6953d23bcf56d6),
    ("6×25 Ky 1024×768 grid group1", 0x57697910252f85a3),
    ("6×25 Ky 1024×768 grid key 1 group1", 0x1b8ffe7c8ac1924b),
    ("6×25 Ky 1024×768 grid panels group1", 0xe377576e8ba28fe8),
    ("6×25 Ky 1024×768 graph group1", 0x6f359c836bb3c691),
    ("6×25 Ky 1024×768 graph panels group1", 0xaa1b74472f4afeb5),
    ("6×25 Ky 1024×768 grid group2", 0x84e865fa5a64aca0),
    ("6×25 Ky 1024×768 grid key 1 group2", 0x4723e24d601660d7),
    ("6×25 Ky 1024×768 grid panels group2", 0xef9bfecdb6eeaf67),
    ("6×25 Ky 1024×768 graph group2", 0xcde828f4a17e9afe),
    ("6×25 Ky 1024×768 graph panels group2", 0xcdc224f53bd0b10b),
    ("6×25 Ky 1024×768 grid group3", 0x137ea4bb453a9382),
    ("6×25 Ky 1024×768 grid key 1 group3", 0x7ed9ec2dfba59a32),
    ("6×25 Ky 1024×768 grid panels group3", 0x2ea40ba9b8409a39),
    ("6×25 Ky 1024×768 graph group3", 0x9492719cc29761d4),
    ("6×25 Ky 1024×768 graph panels group3", 0xd3d25e3eadc265a9),
    ("6×25 Ky 1024×768 grid group4", 0x3cbd66f6605ecc2e),
    ("6×25 Ky 1024×768 grid key 1 group4", 0xa6cfe2924cdf9f1a),
    ("6×25 Ky 1024×768 grid panels group4", 0x674d01822e2996af),
    ("6×25 Ky 1024×768 graph group4", 0x712455286378df98),
    ("6×25 Ky 1024×768 graph panels group4", 0xf8d5ab51ee590871),
    ("6×25 Ky 1024×768 grid group5", 0xa4c09a3ed6fd304f),
    ("6×25 Ky 1024×768 grid key 1 group5", 0x776a80111482d646),
    ("6×25 Ky 1024×768 grid panels group5", 0x1367b63c80616fd9),
    ("6×25 Ky 1024×768 graph group5", 0x3fd1e21797e420a9),
    ("6×25 Ky 1024×768 graph panels group5", 0x7e8519bf17577a98),
    ("6×25 Ky 1024×768 grid group6", 0x8fa2f94e8e7993eb),
    ("6×25 Ky 1024×768 grid key 1 group6", 0x1b8ffe7c8ac1924b),
    ("6×25 Ky 1024×768 grid panels group6", 0xf94e290a27737bb0),
    ("6×25 Ky 1024×768 graph group6", 0xb38ab0fa2ad8d985),
    ("6×25 Ky 1024×768 graph panels group6", 0x7ff54d4804c13899),
    ("6×25 Ky 1024×768 grid all", 0xcd35f97230ff4fce),
    ("6×25 Ky 1024×768 grid key 1 all", 0xa61bf346a23b2152),
    ("6×25 Ky 1024×768 grid key 2 all", 0x81fa7070498c6818),
    ("6×25 Ky 1024×768 grid key 3 all", 0xc643b296bb69e225),
    ("6×25 Ky 1024×768 grid panels all", 0xe6bdf5cbc18e865a),
    ("6×25 Ky 1024×768 graph all", 0x6e151b470aca50d0),
    ("6×25 Ky 1024×768 graph panels all", 0xfbbb7c985423f8a9),
    ("6×25 Ky 1024×768 grid combined", 0xf70a813a01666d2b),
    ("6×25 Ky 1024×768 grid key 1 combined", 0x3c04cc5db4fd9a1b),
    ("6×25 Ky 1024×768 grid panels combined", 0x7d9cfa2ec1659de3),
    ("6×25 Ky 1024×768 graph combined", 0xdeac7c30dc4561b6),
    ("6×25 Ky 1024×768 graph panels combined", 0x7cce627ef8b78b1f),
    ("6×25 Ky 1024×768 contested 1 ", 0xa4cf4c5cdf941a62),
    ("6×25 Ky 1024×768 contested 2 ", 0x9e0491ffbb199384),
    ("6×25 Ky 1024×768 contested 3 ", 0xfea9965f75d3bb8d),
    ("2×4 En 1280×720 grid group1", 0x078cbc254167ed7b),
    ("2×4 En 1280×720 grid panels group1", 0x89b9431eb8aa0a2e),
    ("2×4 En 1280×720 graph group1", 0x64ecffe3adc30227),
    ("2×4 En 1280×720 graph panels group1", 0x23d6c6d05496c502),
    ("2×4 En 1280×720 grid group2", 0x8855d542813d4007),
    ("2×4 En 1280×720 grid panels group2", 0xd9932be68c3b6672),
    ("2×4 En 1280×720 graph group2", 0xc45280d4a82a97dc),
    ("2×4 En 1280×720 graph panels group2", 0xc4bf1586816605a7),
    ("2×4 En 1280×720 grid all", 0xcc32c4a0323ebeb3),
    ("2×4 En 1280×720 grid panels all", 0xeea6852726c0151f),
    ("2×4 En 1280×720 graph all", 0x0198d3f3c142a2ad),
    ("2×4 En 1280×720 graph panels all", 0x55d148da1e47e050),
    ("2×4 En 1280×720 grid combined", 0xf2c4df3351055a40),
    ("2×4 En 1280×720 grid panels combined", 0x53c2807365cfe324),
    ("2×4 En 1280×720 graph combined", 0x0dd8a4e327352376),
    ("2×4 En 1280×720 graph panels combined", 0x794b4686f251f65b),
    ("2×4 En 1280×720 contested 1 ", 0x3fd3ab496381fe1e),
    ("sample grid 0", 0x5243fcfb61537cdc),
    ("sample graph 0", 0xfedefeb04cf06e17),
    ("sample grid 1", 0x349a9383908bc684),
    ("sample graph 1", 0xfafb6fb4c5bedb3e),
    ("sample grid 12", 0x5d4c7c041229fefc),
    ("sample graph 12", 0x1fba7f96779f0ae5),
    ("sample grid 60", 0x18beb3c7a2a741aa),
    ("sample graph 60", 0x41d986ea02a81bec),
];

#[test]
fn the_sample_pictures_are_byte_identical_to_the_pinned_ones() {
    let actual: Vec<(String, u64)> = all_pictures()
        .into_iter()
        .map(|(name, svg)| (name, fnv(&svg)))
        .collect();
    let pinned: Vec<(String, u64)> = PINNED.iter().map(|(n, h)| (n.to_string(), *h)).collect();
    if actual != pinned {
        let table: String = actual
            .iter()
            .map(|(n, h)| format!("    ({n:?}, 0x{h:016x}),\n"))
            .collect();
        panic!("the pictures differ from the pinned ones; if that is meant, pin these:\n{table}");
    }
}
