//! The desk's styles (`public/desk.css`) select only what no tablet page shows: a tablet
//! never fetches them, so a rule there for a class the tablet's code names would leave the
//! tablet unstyled.

use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if name != "tests" {
                sources(&path, out);
            }
        } else if (name.ends_with(".rs") && name != "tests.rs") || name.ends_with(".js") {
            out.push(path);
        }
    }
}

/// Each selector of `css` (comments out; an `@media` block's own selectors, not its
/// condition).
fn selectors(css: &str) -> Vec<String> {
    let mut text = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    text.push_str(rest);
    let mut out = Vec::new();
    let mut head = String::new();
    for c in text.chars() {
        match c {
            '{' => {
                let h = head.trim();
                if !h.starts_with('@') {
                    out.extend(h.split(',').map(|s| s.trim().to_owned()));
                }
                head.clear();
            }
            '}' | ';' => head.clear(),
            _ => head.push(c),
        }
    }
    out
}

fn classes(selector: &str) -> Vec<&str> {
    selector
        .split('.')
        .skip(1)
        .map(|s| {
            let end = s
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(s.len());
            &s[..end]
        })
        .filter(|c| !c.is_empty())
        .collect()
}

/// Whether `code` names `class` as a word of its own (not inside `class-more`).
fn names(code: &str, class: &str) -> bool {
    code.match_indices(class).any(|(at, _)| {
        let word = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
        !code[..at].chars().next_back().is_some_and(word)
            && !code[at + class.len()..].chars().next().is_some_and(word)
    })
}

#[test]
fn every_desk_style_selects_a_class_no_tablet_page_names() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("src"), &mut files);
    let tablet: Vec<String> = files
        .iter()
        .filter(|f| {
            let relative = f.strip_prefix(root.join("src")).unwrap().to_string_lossy();
            !super::DESK_CODE.iter().any(|d| relative.starts_with(d))
        })
        .map(|f| std::fs::read_to_string(f).unwrap())
        .chain([std::fs::read_to_string(root.join("../public/sw.js")).unwrap()])
        .collect();
    let css = std::fs::read_to_string(root.join("../public/desk.css")).unwrap();
    let selectors = selectors(&css);
    assert!(selectors.len() > 50, "read {} selectors", selectors.len());
    let tablets: Vec<&String> = selectors
        .iter()
        .filter(|s| {
            !classes(s)
                .iter()
                .any(|class| !tablet.iter().any(|code| names(code, class)))
        })
        .collect();
    assert!(
        tablets.is_empty(),
        "selectors in public/desk.css that may match a tablet's page (move them to \
         style/main.css): {tablets:#?}"
    );
}

#[test]
fn the_scan_reads_selectors_and_whole_class_names() {
    let css = "/* a { */ .a, .b .c:hover { x: 1; } @media (min-width: 1px) { .d { y: 2; } }";
    assert_eq!(selectors(css), [".a", ".b .c:hover", ".d"]);
    assert_eq!(classes(".b .c:hover"), ["b", "c"]);
    assert!(names(r#"class="card b""#, "b"));
    assert!(!names(r#"class="card-b""#, "card"));
}
