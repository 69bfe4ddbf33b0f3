//! The grid as files: `grid.svg` and `grid.png` through the router, and the embedded font.

use axum::Router;
use axum::http::StatusCode;
use serde_json::{Value, json};

use app::chart::{Align, GridLayout, TextItem, sample};

use crate::support::{Reply, add, call, create, fresh_router};

/// The texts of an SVG document, which must parse as XML.
fn svg_texts(reply: &Reply) -> Vec<String> {
    assert_eq!(
        reply.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    assert!(
        reply.content_type().starts_with("image/svg+xml"),
        "{}",
        reply.content_type()
    );
    let text = std::str::from_utf8(&reply.body).unwrap();
    let doc = roxmltree::Document::parse(text).expect("the SVG is XML");
    // Hostile names stay text: one svg element, no script, no event handlers.
    assert_eq!(
        doc.descendants().filter(|n| n.has_tag_name("svg")).count(),
        1
    );
    assert!(!doc.descendants().any(|n| n.has_tag_name("script")));
    assert!(
        !doc.descendants()
            .any(|n| n.attributes().any(|a| a.name().starts_with("on")))
    );
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text().map(|t| t.trim().to_owned()))
        .collect()
}

fn png_size(bytes: &[u8]) -> (u32, u32) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let reader = decoder.read_info().expect("a PNG");
    let info = reader.info();
    (info.width, info.height)
}

fn png_pixels(bytes: &[u8]) -> Vec<u8> {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let frame = reader.next_frame(&mut buf).unwrap();
    buf.truncate(frame.buffer_size());
    buf
}

struct Fixture {
    router: Router,
    id: String,
    key: String,
    groups: Vec<String>,
    _dir: tempfile::TempDir,
}

/// Two groups, four stakeholders (one named like markup).
async fn fixture() -> Fixture {
    let (router, dir) = fresh_router();
    let w = create(
        &router,
        json!({"title": "Доступ к правосудию", "groups": ["Группа 1", "Группа 2"]}),
    )
    .await;
    for (group, name, interest) in [
        (0, "Министерство юстиции", 5),
        (0, "Жогорку Кеңеш", 2),
        (1, "Өнүгүү фонду", 4),
        (1, "<svg onload=1>", 1),
    ] {
        let body = json!({"group_id": w.groups[group], "name": name, "category": "state",
            "level": "national", "interest": interest, "influence": 3});
        add(&router, &w.id, &w.key, "stakeholders", body).await;
    }
    Fixture {
        router,
        id: w.id,
        key: w.key,
        groups: w.groups,
        _dir: dir,
    }
}

impl Fixture {
    /// `GET uri` as the moderator.
    async fn get(&self, uri: &str) -> Reply {
        call(&self.router, "GET", uri, Some(&self.key), None).await
    }

    /// `method uri` with a JSON body as the moderator.
    async fn send(&self, method: &str, uri: &str, body: Option<Value>) -> Reply {
        call(&self.router, method, uri, Some(&self.key), body).await
    }

    /// Adds a stakeholder (or relationship, or merge: `what`); returns its id.
    async fn add(&self, what: &str, body: Value) -> String {
        add(&self.router, &self.id, &self.key, what, body).await
    }

    /// The workshop as the API shows it to the moderator.
    async fn workshop(&self) -> Value {
        self.get(&format!("/workshops/{}", self.id)).await.json()
    }

    /// The ids of group `n`'s stakeholders, in the order they were added.
    async fn members(&self, n: usize) -> Vec<String> {
        let whole = self.workshop().await;
        whole["stakeholders"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["group_id"] == self.groups[n].as_str())
            .map(|s| s["id"].as_str().unwrap().to_owned())
            .collect()
    }
}

#[tokio::test]
async fn the_grid_svg_names_everyone_in_the_chosen_language_and_group() {
    let f = fixture().await;
    let uri = |q: &str| format!("/workshops/{}/grid.svg?{q}", f.id);

    let all = svg_texts(&f.get(&uri("")).await);
    for name in [
        "Министерство юстиции",
        "Жогорку Кеңеш",
        "Өнүгүү фонду",
        "<svg onload=1>",
    ] {
        assert!(
            all.iter().any(|t| t.ends_with(name)),
            "{name} missing from {all:?}"
        );
    }
    assert!(
        all.iter().any(|t| t == "Тесно сотрудничать"),
        "Russian by default"
    );

    let en = svg_texts(&f.get(&uri("lang=en")).await);
    assert!(en.iter().any(|t| t == "Manage closely"));
    let ky = svg_texts(&f.get(&uri("lang=ky")).await);
    assert!(ky.iter().any(|t| t == "Тыгыз кызматташуу"));

    let one = svg_texts(&f.get(&uri(&format!("group={}", f.groups[1]))).await);
    assert!(one.iter().any(|t| t == "Өнүгүү фонду"));
    assert!(
        !one.iter().any(|t| t.contains("Министерство")),
        "only group 2's stakeholders"
    );
}

#[tokio::test]
async fn the_grid_png_has_the_requested_size() {
    let f = fixture().await;
    let uri = |q: &str| format!("/workshops/{}/grid.png?{q}", f.id);
    let default = f.get(&uri("")).await;
    assert_eq!(default.status, StatusCode::OK);
    assert_eq!(default.content_type(), "image/png");
    assert_eq!(png_size(&default.body), (1920, 1080));
    let uhd = f.get(&uri("width=3840&height=2160&lang=ky")).await;
    assert_eq!(png_size(&uhd.body), (3840, 2160));
    // A link without headers carries a single-use ticket, never the key.
    let tickets = format!("/workshops/{}/tickets", f.id);
    let made = call(&f.router, "POST", &tickets, Some(&f.key), None).await;
    let ticket = made.json()["ticket"].as_str().unwrap().to_owned();
    let link = uri(&format!("width=800&height=600&ticket={ticket}"));
    let linked = call(&f.router, "GET", &link, None, None).await;
    assert_eq!(png_size(&linked.body), (800, 600));
    let again = call(&f.router, "GET", &link, None, None).await;
    assert_eq!(
        again.status,
        StatusCode::UNAUTHORIZED,
        "a ticket works once"
    );
    let keyed = uri(&format!("token={}", f.key));
    let keyed = call(&f.router, "GET", &keyed, None, None).await;
    assert_eq!(keyed.status, StatusCode::UNAUTHORIZED, "no key in a link");
}

#[tokio::test]
async fn bad_picture_requests_get_clear_errors() {
    let f = fixture().await;
    let png = |q: &str| format!("/workshops/{}/grid.png?{q}", f.id);
    let key = Some(f.key.as_str());
    let mut cases = vec![
        (png(""), None, StatusCode::UNAUTHORIZED, "unauthorized"),
        (
            png(""),
            Some("not-a-key"),
            StatusCode::UNAUTHORIZED,
            "unauthorized",
        ),
        (
            png("group=00000000-0000-0000-0000-000000000000"),
            key,
            StatusCode::NOT_FOUND,
            "not_found",
        ),
    ];
    for query in [
        "width=10",
        "width=huge",
        "height=99999",
        // Each side is allowed, but not both: 7680 × 4320 is 8K, four times the pixel budget.
        "width=7680&height=4320",
        "width=3841&height=2160",
        "lang=fr",
        "category=nope",
    ] {
        let invalid = (StatusCode::UNPROCESSABLE_ENTITY, "invalid_query");
        cases.push((png(query), key, invalid.0, invalid.1));
    }
    for (uri, key, status, code) in cases {
        let reply = call(&f.router, "GET", &uri, key, None).await;
        assert_eq!(reply.status, status, "{uri}");
        let body = reply.json();
        assert_eq!(body["error"]["code"], code, "{uri}: {body}");
        assert!(!body["error"]["message"].as_str().unwrap().is_empty());
    }
    let wide = call(&f.router, "GET", &png("width=7680&height=1080"), key, None).await;
    assert_eq!(
        wide.status,
        StatusCode::OK,
        "a wide picture within the budget"
    );
    let over = call(&f.router, "GET", &png("width=7680&height=4320"), key, None).await;
    let message = over.json()["error"]["message"].as_str().unwrap().to_owned();
    assert!(message.contains("4K"), "the budget is named: {message}");
    let svg = png("width=7680&height=4320").replace("grid.png", "grid.svg");
    assert_eq!(
        call(&f.router, "GET", &svg, key, None).await.status,
        StatusCode::OK,
        "an SVG has no pixel buffer to budget"
    );
}

/// Draws one line of text in the middle of an empty grid and returns the PNG's pixels.
fn render_note(text: &str) -> Vec<u8> {
    let mut input = sample(0, 1);
    input.words.empty = String::new();
    let mut layout = GridLayout::compute(&input, 400.0, 300.0);
    layout.note = Some(TextItem {
        text: text.to_owned(),
        bounds: app::chart::Rect::new(150.0, 130.0, 100.0, 40.0),
        align: Align::Left,
        px: 32.0,
        weight: app::chart::text::Weight::Regular,
    });
    png_pixels(&server::pictures::png(&layout).unwrap())
}

#[test]
fn cyrillic_and_kyrgyz_letters_render_as_glyphs_not_as_missing_boxes() {
    let blank = render_note("");
    // U+E000 is a private-use code point: no font has it, so it draws the missing-glyph box.
    let missing = render_note("\u{E000}");
    assert_ne!(missing, blank, "the missing-glyph box itself is drawn");
    for letter in ["Ж", "я", "Ө", "ө", "Ү", "ү", "Ң", "ң", "Ё", "W"] {
        let drawn = render_note(letter);
        assert_ne!(drawn, blank, "{letter} drew nothing");
        assert_ne!(drawn, missing, "{letter} drew the missing-glyph box");
    }
}

#[tokio::test]
async fn relationships_go_through_the_api_into_measures_and_the_graph_files() {
    let f = fixture().await;
    let (g1, g2) = (f.members(0).await, f.members(1).await);
    let path = format!("/workshops/{}/relationships", f.id);
    let link =
        json!({"from": g1[0], "to": g1[1], "kind": "funding", "strength": 3, "directed": true});
    let rid = f.add("relationships", link).await;
    refusals_say_what_to_fix(&f, &path, &g1, &g2).await;

    let patched = f
        .send(
            "PATCH",
            &format!("{path}/{rid}"),
            Some(json!({"strength": 2})),
        )
        .await;
    assert_eq!(patched.status, StatusCode::OK);
    assert_eq!(patched.json()["strength"], 2);

    let measures = f
        .get(&format!(
            "/workshops/{}/measures?group={}",
            f.id, f.groups[0]
        ))
        .await
        .json();
    assert_eq!(measures["stakeholders"][&g1[0]]["degree_out"], 1);
    assert_eq!(measures["stakeholders"][&g1[1]]["degree_in"], 1);
    assert_eq!(measures["components"], 1);

    let texts = svg_texts(&f.get(&format!("/workshops/{}/graph.svg", f.id)).await);
    assert!(
        texts.iter().any(|t| t.ends_with("Министерство юстиции")),
        "{texts:?}"
    );
    let png = f
        .get(&format!(
            "/workshops/{}/graph.png?width=1280&height=720",
            f.id
        ))
        .await;
    assert_eq!(png_size(&png.body), (1280, 720));

    // Deleting a stakeholder takes its relationships with it.
    let one = format!("/workshops/{}/stakeholders/{}", f.id, g1[0]);
    let gone = f.send("DELETE", &one, None).await;
    assert_eq!(gone.status, StatusCode::NO_CONTENT);
    assert_eq!(f.workshop().await["relationships"], json!([]));
}

/// Relationships the domain refuses, each with a code a person can act on (`g1[0]` and
/// `g1[1]` already have a funding link).
async fn refusals_say_what_to_fix(f: &Fixture, path: &str, g1: &[String], g2: &[String]) {
    for (body, code) in [
        (
            json!({"from": g1[0], "to": g1[0], "kind": "funding", "strength": 1}),
            "self_link",
        ),
        (
            json!({"from": g1[1], "to": g1[0], "kind": "funding", "strength": 1}),
            "duplicate_relationship",
        ),
        (
            json!({"from": g1[0], "to": g2[0], "kind": "conflict", "strength": 1}),
            "cross_group",
        ),
        (
            json!({"from": g1[0], "to": g1[1], "kind": "conflict", "strength": 4}),
            "out_of_scale",
        ),
        (
            json!({"from": g1[0], "to": g1[1], "kind": "bribery", "strength": 1}),
            "invalid_json",
        ),
    ] {
        let reply = f.send("POST", path, Some(body.clone())).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(reply.json()["error"]["code"], code, "{body}");
    }
}

#[tokio::test]
async fn where_the_groups_disagree_is_a_picture_of_each_groups_scores() {
    let f = fixture().await;
    let minjust = json!({"group_id": f.groups[1], "name": "Минюст", "category": "state",
        "level": "national", "interest": 1, "influence": 5});
    let minjust = f.add("stakeholders", minjust).await;
    let workshop = f.workshop().await;
    let ministry = workshop["stakeholders"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "Министерство юстиции")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    f.add(
        "merges",
        json!({"members": [ministry, minjust], "verdict": "same"}),
    )
    .await;

    let uri = |q: &str| format!("/workshops/{}/contested.svg?{q}", f.id);
    let reply = f.get(&uri("")).await;
    assert_eq!(reply.pages(), Some(1));
    let texts = svg_texts(&reply);
    for want in [
        "Министерство юстиции (2)",
        "Интерес",
        "Влияние",
        "A · Группа 1",
        "B · Группа 2",
    ] {
        assert!(
            texts.iter().any(|t| t == want),
            "{want:?} missing from {texts:?}"
        );
    }
    // One dot per group on each scale, lettered.
    assert_eq!(
        texts.iter().filter(|t| *t == "A").count(),
        2 + 1,
        "{texts:?}"
    );
    let en = svg_texts(&f.get(&uri("lang=en")).await);
    assert!(
        en.iter()
            .any(|t| t.starts_with("Where the groups disagree"))
    );

    let png = f
        .get(&format!(
            "/workshops/{}/contested.png?width=1024&height=768",
            f.id
        ))
        .await;
    assert_eq!(png.status, StatusCode::OK);
    assert_eq!(png_size(&png.body), (1024, 768));
    let past = f.get(&uri("page=2")).await;
    assert_eq!(past.status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = past.json();
    assert_eq!(error["error"]["code"], "invalid_query");
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("has 1")
    );
}

#[tokio::test]
async fn a_crowded_grid_names_everyone_whole_on_its_pages_or_in_panels() {
    let f = fixture().await;
    let categories = ["state", "international", "civil_society", "informal"];
    let names: Vec<String> = (0..40)
        .map(|i| format!("Районная государственная администрация номер {i} Иссык-Кульской области"))
        .collect();
    for (i, name) in names.iter().enumerate() {
        let body = json!({"group_id": f.groups[0], "name": name, "category": categories[i % 4],
            "level": "local", "interest": 1 + i % 5, "influence": 1 + (i / 5) % 5});
        f.add("stakeholders", body).await;
    }
    let uri = |q: &str| {
        format!(
            "/workshops/{}/grid.svg?group={}&width=1024&height=768&panels=all&{q}",
            f.id, f.groups[0]
        )
    };
    let first = f.get(&uri("")).await;
    let pages = first.pages().expect("a page count");
    assert!(
        pages > 1,
        "42 long names on 1024×768 need the key's own pages"
    );
    let mut all: Vec<String> = svg_texts(&first);
    for page in 2..=pages {
        let reply = f.get(&uri(&format!("page={page}"))).await;
        assert_eq!(reply.pages(), Some(pages));
        all.extend(svg_texts(&reply));
    }
    assert!(
        !all.iter().any(|t| t.starts_with("… +")),
        "nothing summed up"
    );
    let bare = |s: &str| s.split_whitespace().collect::<String>();
    let joined = bare(&all.join(" "));
    for name in &names {
        assert!(
            joined.contains(&bare(name)),
            "{name} is not whole on any page"
        );
    }

    // Left to decide, 42 stakeholders are drawn as one panel per category.
    let auto = f
        .get(&format!(
            "/workshops/{}/grid.svg?group={}",
            f.id, f.groups[0]
        ))
        .await;
    let texts = bare(&svg_texts(&auto).join(" "));
    for category in [
        "Государственные структуры",
        "Международные организации",
        "Организации гражданского общества",
        "Неформальные группы",
    ] {
        // A panel's title and the legend's row.
        assert_eq!(texts.matches(&bare(category)).count(), 2, "{category}");
    }
    let bad = f.get(&uri("panels=some")).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
}
