//! The writers on a small workshop with Cyrillic and Kyrgyz names and hostile ones. The real
//! readers (networkx, Python's csv, Graphviz) read the same files in
//! `server/tests/it/exports.rs`.

use crate::domain::Language;

use super::fixtures::{HOSTILE, g, s, workshop};
use super::*;

fn all(w: &Workshop) -> ExportOptions {
    ExportOptions::of(w)
}

fn read_csv(bytes: &[u8]) -> Vec<Vec<String>> {
    assert!(bytes.starts_with(BOM), "UTF-8 with a BOM");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&bytes[BOM.len()..])
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn neutralise_prefixes_what_a_spreadsheet_would_run() {
    for cell in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
        assert_eq!(neutralise(cell), format!("'{cell}"));
    }
    for cell in ["", "Минюст", "1", "a=b", " =x", "'quoted"] {
        assert_eq!(neutralise(cell), cell);
    }
}

#[test]
fn stakeholders_csv_has_a_bom_crlf_and_headers_in_the_language() {
    let w = workshop();
    let bytes = stakeholders_csv(&w, &all(&w)).unwrap();
    let text = std::str::from_utf8(&bytes).unwrap();
    assert!(text.contains("\r\n"), "RFC 4180 line ends");
    let rows = read_csv(&bytes);
    assert_eq!(rows[0][0..4], ["ID", "ID группы", "Группа", "Название"]);
    assert_eq!(rows.len(), 1 + w.stakeholders().len());
    let ministry = rows
        .iter()
        .find(|r| r[3] == "Министерство юстиции")
        .unwrap();
    assert_eq!(ministry[0], s(1).to_string());
    assert_eq!(ministry[2], "Группа 1");
    assert_eq!(ministry[4], "Организации гражданского общества");
    assert_eq!(ministry[6..8], ["5", "4"]);
    assert_eq!(ministry[8], "Тесно сотрудничать");
    assert_eq!(
        ministry[11], "'=1+1",
        "formulas in any column are neutralised"
    );

    let en = ExportOptions {
        lang: Language::En,
        ..all(&w)
    };
    let rows = read_csv(&stakeholders_csv(&w, &en).unwrap());
    assert_eq!(rows[0][0..4], ["ID", "Group ID", "Group", "Name"]);
    assert!(rows.iter().any(|r| r[8] == "Manage closely"));
}

#[test]
fn hostile_names_come_out_inert_and_intact() {
    let w = workshop();
    let rows = read_csv(&stakeholders_csv(&w, &all(&w)).unwrap());
    for name in HOSTILE {
        let cell = rows
            .iter()
            .map(|r| &r[3])
            .find(|c| c.trim_start_matches('\'') == name || *c == name)
            .unwrap_or_else(|| panic!("{name:?} missing"));
        let starts_formula = name.starts_with(['=', '+', '-', '@', '\t', '\r']);
        assert_eq!(cell.starts_with('\''), starts_formula, "{cell:?}");
        assert_eq!(cell.strip_prefix('\'').unwrap_or(cell), name);
    }
    let xml = String::from_utf8(graph_graphml(&w, &all(&w)).unwrap()).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    assert!(!doc.descendants().any(|n| n.has_tag_name("script")));
    for name in HOSTILE {
        assert!(
            doc.descendants().any(|n| n.text() == Some(name)),
            "{name:?} not intact in the GraphML"
        );
    }
    let gexf = String::from_utf8(graph_gexf(&w, &all(&w)).unwrap()).unwrap();
    let doc = roxmltree::Document::parse(&gexf).unwrap();
    for name in HOSTILE {
        assert!(
            doc.descendants()
                .any(|n| n.has_tag_name("node") && n.attribute("label") == Some(name)),
            "{name:?} not intact in the GEXF"
        );
    }
}

#[test]
fn relationships_csv_names_both_ends_and_the_direction() {
    let w = workshop();
    let rows = read_csv(&relationships_csv(&w, &all(&w)).unwrap());
    assert_eq!(rows.len(), 4);
    let first = &rows[1];
    assert_eq!(first[4], "Министерство юстиции");
    assert_eq!(first[6], "Жогорку Кеңеш");
    assert_eq!(first[8..10], ["2", "односторонняя"]);
    assert_eq!(rows[2][9], "взаимная");
}

#[test]
fn a_group_keeps_its_own_entries_and_relationships() {
    let w = workshop();
    let two = ExportOptions {
        scope: Scope::Group(g(2)),
        ..all(&w)
    };
    let rows = read_csv(&stakeholders_csv(&w, &two).unwrap());
    let names: Vec<_> = rows[1..].iter().map(|r| r[3].as_str()).collect();
    assert_eq!(names, ["Минюст", "Өнүгүү фонду"]);
    assert_eq!(read_csv(&relationships_csv(&w, &two).unwrap()).len(), 2);
    let unknown = ExportOptions {
        scope: Scope::Group(g(7)),
        ..all(&w)
    };
    assert!(matches!(
        stakeholders_csv(&w, &unknown),
        Err(ExportError::UnknownGroup)
    ));
}

#[test]
fn the_combined_map_counts_merged_entries_once_at_their_medians() {
    let w = workshop();
    let combined = ExportOptions {
        scope: Scope::Combined,
        ..all(&w)
    };
    let rows = read_csv(&stakeholders_csv(&w, &combined).unwrap());
    assert_eq!(rows.len(), w.stakeholders().len());
    assert_eq!(rows[0][13..], ["ID объединённых записей", "Число записей"]);
    let ministry = rows.iter().find(|r| r[0] == s(1).to_string()).unwrap();
    assert_eq!(ministry[6..8], ["4.5", "4"]);
    assert_eq!(ministry[13], format!("{} {}", s(1), s(3)));
    assert_eq!(ministry[14], "2");
    assert_eq!(ministry[2], "Группа 1; Топ 2");

    let xml = String::from_utf8(graph_graphml(&w, &combined).unwrap()).unwrap();
    assert!(xml.contains(r#"attr.name="interest" attr.type="double""#));
}

#[test]
fn graphml_declares_typed_keys_and_every_node_and_edge() {
    let w = workshop();
    let xml = String::from_utf8(graph_graphml(&w, &all(&w)).unwrap()).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let key = |name: &str, of: &str| {
        doc.descendants()
            .find(|n| {
                n.has_tag_name("key")
                    && n.attribute("attr.name") == Some(name)
                    && n.attribute("for") == Some(of)
            })
            .and_then(|n| n.attribute("attr.type"))
    };
    assert_eq!(key("interest", "node"), Some("int"));
    assert_eq!(key("strength", "edge"), Some("int"));
    assert_eq!(key("directed", "edge"), Some("boolean"));
    assert_eq!(key("name", "node"), Some("string"));
    let count = |tag| doc.descendants().filter(|n| n.has_tag_name(tag)).count();
    assert_eq!(count("node"), w.stakeholders().len());
    assert_eq!(count("edge"), w.relationships().len());
}

#[test]
fn gexf_places_every_node_where_the_picture_does() {
    let w = workshop();
    let xml = String::from_utf8(graph_gexf(&w, &all(&w)).unwrap()).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    assert_eq!(doc.root_element().attribute("version"), Some("1.3"));
    let viz = "http://gexf.net/1.3/viz";
    let nodes: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("node"))
        .collect();
    assert_eq!(nodes.len(), w.stakeholders().len());
    for n in &nodes {
        for tag in ["color", "size", "position"] {
            assert!(
                n.children().any(|c| c.has_tag_name((viz, tag))),
                "{tag} missing on {:?}",
                n.attribute("label")
            );
        }
    }
    // Deterministic: the same workshop gives the same file.
    assert_eq!(xml.as_bytes(), graph_gexf(&w, &all(&w)).unwrap());
}

#[test]
fn dot_strings_cannot_escape_their_quotes() {
    assert_eq!(dot::quote("a\"b"), r#""a\"b""#);
    assert_eq!(dot::quote("a\\b"), r#""a\\b""#);
    assert_eq!(dot::quote("a\r\nb\nc"), r#""a\nb\nc""#);
    let w = workshop();
    let text = graph_dot(&w, &all(&w)).unwrap();
    // One statement a line: no value carries a raw line break.
    let statements = text.lines().filter(|l| l.trim_end().ends_with(';')).count();
    assert_eq!(
        statements,
        3 + w.stakeholders().len() + w.relationships().len()
    );
    assert!(text.contains("dir=\"none\""));
}

#[test]
fn workshop_json_restores_the_workshop_exactly() {
    let w = workshop();
    let text = workshop_json(&w).unwrap();
    assert!(text.contains("\"schema\": \"stakemap.workshop/1\""));
    assert_eq!(crate::import::read_workshop(text.as_bytes()).unwrap(), w);
    let other = text.replace("stakemap.workshop/1", "stakemap.workshop/9");
    assert!(matches!(
        crate::import::read_workshop(other.as_bytes()),
        Err(crate::import::ImportError::Schema(s)) if s == "stakemap.workshop/9"
    ));
}

#[test]
fn every_file_has_a_name_and_a_type() {
    for f in ExportFile::ALL {
        assert_eq!(ExportFile::from_name(f.name()), Some(f));
        assert!(!f.content_type().is_empty());
        let w = workshop();
        let written = export(&w, f, &all(&w));
        if f == ExportFile::Workbook {
            // The server writes it (`server/src/workbook.rs`).
            assert!(matches!(written, Err(ExportError::Workbook)));
        } else {
            assert!(!written.unwrap().is_empty());
        }
    }
    assert_eq!(ExportFile::from_name("secrets.txt"), None);
}
