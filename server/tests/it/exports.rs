//! Analysts' files read by the programs analysts use: networkx reads the GraphML and the GEXF,
//! Python's csv module the CSV (with its BOM, round-tripping byte for byte), Graphviz's `dot`
//! renders the DOT, openpyxl reads the XLSX. Everything goes through the router, as a script
//! would download it.
//!
//! Needs `dot` and `.tools/py` (networkx, openpyxl): `bash scripts/setup.sh` installs both.
//! Without them this test fails and says so rather than passing untested.

use std::path::{Path, PathBuf};
use std::process::Command;

use axum::http::StatusCode;
use serde_json::json;

use crate::support::{NAMES, fixture};

/// The workspace's `.tools/py` Python, or a failure that says how to get it.
pub(crate) fn python() -> PathBuf {
    let py = Path::new(env!("CARGO_MANIFEST_DIR")).join("../.tools/py/bin/python");
    let ok = Command::new(&py)
        .args(["-c", "import networkx, openpyxl"])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "{} with networkx and openpyxl is needed to read the exports: run `bash scripts/setup.sh` \
         (it makes a virtual environment in .tools/py and installs them from PyPI)",
        py.display()
    );
    py
}

fn dot() -> &'static str {
    let ok = Command::new("dot")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "Graphviz's `dot` is needed to render graph.dot: run `bash scripts/setup.sh` \
         (or `apt-get install graphviz`)"
    );
    "dot"
}

#[tokio::test]
async fn the_files_download_with_their_types_and_names_and_only_for_the_moderator() {
    let f = fixture().await;
    for (file, content_type) in [
        ("stakeholders.csv", "text/csv"),
        ("relationships.csv", "text/csv"),
        ("graph.graphml", "application/graphml+xml"),
        ("graph.gexf", "application/gexf+xml"),
        ("graph.dot", "text/vnd.graphviz"),
        ("workshop.json", "application/json"),
        (
            "workshop.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
    ] {
        let reply = f.export(file, "").await;
        assert_eq!(reply.status, StatusCode::OK, "{file}");
        assert!(reply.header("content-type").starts_with(content_type));
        assert_eq!(
            reply.header("content-disposition"),
            format!("attachment; filename=\"stakemap-{file}\"")
        );
    }
    let combined = f.export("graph.gexf", "combined=true").await;
    assert_eq!(
        combined.header("content-disposition"),
        "attachment; filename=\"stakemap-combined-graph.gexf\""
    );

    let unknown = f.export("secrets.txt", "").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(unknown.json()["error"]["code"], "not_found");
    let uri = format!("/workshops/{}/export/graph.dot", f.id);
    let group = f.get_as(&uri, Some(&f.token)).await;
    assert_eq!(group.status, StatusCode::FORBIDDEN);
    assert_eq!(group.json()["error"]["code"], "forbidden");
    let nobody = f.get_as(&uri, None).await;
    assert_eq!(nobody.status, StatusCode::UNAUTHORIZED);
    let ticket = f.ticket(&f.key).await;
    let by_link = f.get_as(&format!("{uri}?ticket={ticket}"), None).await;
    assert_eq!(by_link.status, StatusCode::OK);
    let by_group = f.ticket(&f.token).await;
    let by_group = f.get_as(&format!("{uri}?ticket={by_group}"), None).await;
    assert_eq!(
        by_group.status,
        StatusCode::FORBIDDEN,
        "a ticket is its key's role"
    );
    let bad_group = f.export("stakeholders.csv", "group=nope").await;
    assert_eq!(bad_group.status, StatusCode::NOT_FOUND);
    let bad_lang = f.export("stakeholders.csv", "lang=fr").await;
    assert_eq!(bad_lang.status, StatusCode::UNPROCESSABLE_ENTITY);
    let en = f.export("stakeholders.csv", "lang=en").await;
    assert!(
        String::from_utf8(en.body)
            .unwrap()
            .starts_with("\u{feff}ID,Group ID,Group,Name")
    );
}

#[tokio::test]
async fn networkx_python_csv_and_graphviz_read_every_file_exactly() {
    let py = python();
    let dot = dot();
    let f = fixture().await;
    let dir = tempfile::tempdir().unwrap();
    for (file, query, saved) in [
        ("stakeholders.csv", "", "stakeholders.csv"),
        ("relationships.csv", "", "relationships.csv"),
        ("graph.graphml", "", "graph.graphml"),
        ("graph.graphml", "combined=true", "combined.graphml"),
        ("graph.gexf", "", "graph.gexf"),
        ("graph.dot", "", "graph.dot"),
        ("workshop.xlsx", "", "workshop.xlsx"),
    ] {
        let reply = f.export(file, query).await;
        assert_eq!(reply.status, StatusCode::OK, "{file}?{query}");
        std::fs::write(dir.path().join(saved), &reply.body).unwrap();
    }
    // What the API says the workshop holds is what the files must hold.
    let uri = format!("/workshops/{}", f.id);
    let view = f.get_as(&uri, Some(&f.key)).await.json();
    let expected = json!({
        "title": view["title"],
        "stakeholders": view["stakeholders"],
        "relationships": view["relationships"],
        "merged_away": 1,
        "merged_first": f.ids[0],
        "merged_interest": 4.5,
    });
    std::fs::write(dir.path().join("expected.json"), expected.to_string()).unwrap();

    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/exports/check.py");
    let out = Command::new(&py)
        .arg(&script)
        .arg(dir.path())
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        said.contains("graphml, combined graphml, gexf, csv"),
        "{said}"
    );

    let svg = dir.path().join("graph.svg");
    let out = Command::new(dot)
        .arg("-Tsvg")
        .arg(dir.path().join("graph.dot"))
        .arg("-o")
        .arg(&svg)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "dot failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = std::fs::read_to_string(svg).unwrap();
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let doc = roxmltree::Document::parse_with_options(&svg, options).expect("dot's SVG is XML");
    assert!(!doc.descendants().any(|n| n.has_tag_name("script")));
    let texts: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    for name in [
        "Министерство юстиции",
        "Өнүгүү фонду «Ынтымак»",
        "<script>alert('x')</script>",
        "=HYPERLINK(\"http://x.example\",\"click\")",
        "Say \"hi\", friend",
        "🌍 Emoji & co; \\ backslash",
    ] {
        assert!(texts.contains(&name), "{name:?} not drawn: {texts:?}");
    }
    let nodes = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("node"))
        .count();
    assert_eq!(nodes, NAMES.len());
}
