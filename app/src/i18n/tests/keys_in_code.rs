//! Every message key the code names where it asks for words (`t`, `t_with`, `tr`, `tr_with`,
//! `Words::word`) or in a function that names one (`fn key`, `fn title_key`, `fn message`,
//! `fn panels_message`, … returning `&'static str`) is in the locales: a key typed wrong fails
//! here, not as a raw id on screen.
//! Keys made by the vocabulary types are checked by `every_word_of_the_vocabulary_…`.

use std::path::{Path, PathBuf};

const CALLS: [&str; 5] = ["t(", "t_with(", "tr(", "tr_with(", "word("];

/// The Rust files below `dir`, tests aside (they name keys that must not exist).
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if name != "tests" {
                sources(&path, out);
            }
        } else if name.ends_with(".rs") && name != "tests.rs" {
            out.push(path);
        }
    }
}

/// The text of the call that opens at `start` (just after its `(`), to its closing bracket.
fn call_text(code: &str, start: usize) -> &str {
    let mut depth = 1;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in code[start..].char_indices() {
        match (in_string, c) {
            (true, '\\') if !escaped => escaped = true,
            (true, '"') if !escaped => in_string = false,
            (true, _) => escaped = false,
            (false, '"') => in_string = true,
            (false, '(') => depth += 1,
            (false, ')') => {
                depth -= 1;
                if depth == 0 {
                    return &code[start..start + i];
                }
            }
            _ => {}
        }
    }
    &code[start..]
}

/// The string literals in `text`, in order.
fn literals(text: &str) -> Vec<&str> {
    text.split('"').skip(1).step_by(2).collect()
}

fn key_shaped(s: &str) -> bool {
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.ends_with('-')
}

/// The keys named in `code`: the key argument when it is a literal (the first argument; `tr`'s
/// second), and any hyphenated literal in the call (the two arms of an `if`); argument names
/// (`"count"`) have no hyphen.
fn named_keys(code: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for call in CALLS {
        for (at, _) in code.match_indices(call) {
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let text = call_text(code, at + call.len());
            let key_arg = if call.starts_with("tr") {
                text.split_once(',').map_or("", |(_, rest)| rest)
            } else {
                text
            };
            let literal_key = key_arg.trim_start().starts_with('"');
            for (i, lit) in literals(text).into_iter().enumerate() {
                if key_shaped(lit) && ((i == 0 && literal_key) || lit.contains('-')) {
                    keys.push(lit.to_owned());
                }
            }
        }
    }
    keys.extend(keys_in_key_functions(code));
    keys
}

/// The hyphenated literals in the bodies of functions that hand out a message key.
fn keys_in_key_functions(code: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for (at, _) in code.match_indices("fn ") {
        let name: String = code[at + 3..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let names_a_key = name == "key" || name.ends_with("_key") || name.ends_with("message");
        let Some(open) = code[at..].find('{').map(|i| at + i) else {
            continue;
        };
        if !names_a_key || !code[at..open].contains("-> &'static str") {
            continue;
        }
        let body = brace_body(code, open + 1);
        keys.extend(
            literals(body)
                .into_iter()
                .filter(|l| key_shaped(l) && l.contains('-'))
                .map(str::to_owned),
        );
    }
    keys
}

/// The text of the block that opens at `start` (just after its `{`), to its closing brace.
fn brace_body(code: &str, start: usize) -> &str {
    let mut depth = 1;
    for (i, c) in code[start..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return &code[start..start + i];
                }
            }
            _ => {}
        }
    }
    &code[start..]
}

#[test]
fn every_key_the_code_names_is_in_every_locale() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("src"), &mut files);
    sources(&root.join("../server/src"), &mut files);
    let known = &super::all_keys()[2].1;
    let mut named = 0;
    let mut missing = Vec::new();
    for file in &files {
        let code = std::fs::read_to_string(file).unwrap();
        for key in named_keys(&code) {
            named += 1;
            if known.binary_search(&key).is_err() {
                missing.push(format!("{}: {key}", file.display()));
            }
        }
    }
    assert!(
        named > 150,
        "the scan found only {named} keys: has the code's shape changed?"
    );
    assert!(
        missing.is_empty(),
        "keys missing from the locales: {missing:#?}"
    );
}

#[test]
fn the_scan_finds_keys_in_both_arms_and_skips_argument_names() {
    let code = r#"locale.t(if editing { "edit-x" } else { "new-x" }); locale.t_with("count-y", &[("count", n.into())]); tr(lang, "create"); tr_with(lang, key, &[("title", t)]); first(x)"#;
    assert_eq!(named_keys(code), ["edit-x", "new-x", "count-y", "create"]);
    let functions = r#"fn title_key(self) -> &'static str { match self { A => "field-a", B => "short-b" } }
        fn code(self) -> &'static str { "not-a-key" }"#;
    assert_eq!(named_keys(functions), ["field-a", "short-b"]);
}

/// A tablet fetches the common words only: a word its code names (anywhere in the code as a
/// literal, not only where it asks for words) in the desk's file would show as its raw key.
#[test]
fn no_word_the_tablets_code_names_is_in_the_desks_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    let desk = super::keys(super::SOURCES[1].2);
    assert!(desk.len() > 100, "the desk's file has {} words", desk.len());
    let mut misplaced = Vec::new();
    for file in &files {
        let relative = file
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if crate::desk::DESK_CODE
            .iter()
            .any(|d| relative.starts_with(d))
        {
            continue;
        }
        let code = std::fs::read_to_string(file).unwrap();
        for key in &desk {
            if code.contains(&format!("\"{key}\"")) {
                misplaced.push(format!("{relative}: {key}"));
            }
        }
    }
    assert!(
        misplaced.is_empty(),
        "words the tablet's code names, in ru-desk.ftl (move them to ru.ftl, ky.ftl, en.ftl): \
         {misplaced:#?}"
    );
}
