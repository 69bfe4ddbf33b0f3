//! The grid's layout: sound on every canvas (nothing leaves it, nothing overlaps), markers in
//! their cells, taps that snap to the scale, names whole or numbered; its SVG; the picture
//! options' query string.

use crate::chart::*;
use crate::domain::StakeholderId;

use super::CANVASES;

fn sid(n: usize) -> StakeholderId {
    let mut bytes = [0u8; 16];
    bytes[8..].copy_from_slice(&(n as u64 + 1).to_be_bytes());
    StakeholderId::from_random_bytes(bytes)
}

fn input(n: usize, groups: usize) -> GridInput {
    sample(n, groups)
}

pub(super) fn assert_sound(layout: &GridLayout, what: &str) {
    let canvas = layout.canvas;
    for t in layout.texts() {
        assert!(
            canvas.contains_rect(&t.bounds),
            "{what}: text {:?} at {:?} leaves the canvas {canvas:?}",
            t.text,
            t.bounds
        );
    }
    for m in &layout.markers {
        let r = m.extent();
        let bounds = Rect::new(m.center.x - r, m.center.y - r, 2.0 * r, 2.0 * r);
        assert!(
            layout.plot.inflate(1.0).contains_rect(&bounds),
            "{what}: marker at {:?} leaves the plot",
            m.center
        );
    }
    for (i, a) in layout.labels.iter().enumerate() {
        for b in &layout.labels[i + 1..] {
            assert!(
                !a.text.bounds.overlaps(&b.text.bounds),
                "{what}: labels {:?} and {:?} overlap",
                a.text.text,
                b.text.text
            );
        }
        for m in &layout.markers {
            assert!(
                !a.text.bounds.touches_circle(m.center, m.radius),
                "{what}: label {:?} covers a marker",
                a.text.text
            );
        }
    }
    for (i, a) in layout.markers.iter().enumerate() {
        for b in &layout.markers[i + 1..] {
            assert!(
                a.center.distance(b.center) >= a.radius + b.radius,
                "{what}: markers overlap at {:?}",
                a.center
            );
        }
    }
    for (i, a) in layout.legend.iter().enumerate() {
        for b in &layout.legend[i + 1..] {
            assert!(
                !a.text.bounds.overlaps(&b.text.bounds),
                "{what}: legend rows {:?} and {:?} overlap",
                a.text.text,
                b.text.text
            );
        }
    }
}

#[test]
fn sixty_stakeholders_fit_without_overlaps_on_every_canvas() {
    for (w, h) in CANVASES {
        for groups in [1, 4] {
            let input = input(60, groups);
            let layout = GridLayout::compute(&input, w, h);
            let what = format!("{w}×{h}, {groups} groups");
            assert_sound(&layout, &what);
            assert_eq!(layout.markers.len(), 60, "{what}");
            // Every stakeholder is named: by its whole name beside it, or by its number in the
            // key (beside the grid, or on the key's own pages).
            let whole = layout
                .labels
                .iter()
                .filter(|l| !l.text.text.ends_with('…'))
                .count();
            let numbered = layout.markers.iter().filter(|m| m.number.is_some()).count();
            assert_eq!(whole + numbered, 60, "{what}");
            let pages = KeyPage::pages(&layout.key_rest, |_, _| String::new(), "", w, h);
            let listed = layout
                .legend
                .iter()
                .chain(pages.iter().flat_map(|p| &p.legend))
                .filter(|r| r.symbol == Symbol::Number)
                .count();
            assert!(listed >= numbered, "{what}: numbers missing from the key");
        }
    }
}

#[test]
fn a_hundred_stakeholders_still_lay_out_soundly() {
    let layout = GridLayout::compute(&input(100, 1), 1920.0, 1080.0);
    assert_sound(&layout, "100 on 1920×1080");
}

#[test]
fn labels_are_at_least_28_px_at_1920_by_1080() {
    let layout = GridLayout::compute(&input(40, 1), 1920.0, 1080.0);
    for l in &layout.labels {
        assert!(l.text.px >= 28.0, "{:?} at {} px", l.text.text, l.text.px);
    }
    for t in layout.ticks.iter().chain(&layout.axis_titles) {
        assert!(t.px >= 28.0);
    }
    let layout = GridLayout::compute(&input(40, 1), 3840.0, 2160.0);
    assert!(layout.labels.iter().all(|l| l.text.px >= 56.0));
}

#[test]
fn a_few_stakeholders_are_all_labelled_beside_their_markers() {
    let layout = GridLayout::compute(&input(8, 1), 1920.0, 1080.0);
    assert_eq!(layout.labels.len(), 8);
    // Only a name shortened beside its marker is numbered, so the key holds it whole.
    for l in &layout.labels {
        let numbered = layout.markers[l.marker].number.is_some();
        assert_eq!(numbered, l.text.text.ends_with('…'), "{:?}", l.text.text);
    }
}

#[test]
fn stakeholders_on_one_cell_spread_inside_it() {
    let mut input = input(9, 1);
    for p in &mut input.points {
        p.interest = 4;
        p.influence = 2;
    }
    let layout = GridLayout::compute(&input, 1920.0, 1080.0);
    assert_sound(&layout, "nine on one cell");
    for m in &layout.markers {
        assert_eq!(layout.cell_at(m.center), Some((4, 2)));
    }
}

#[test]
fn markers_sit_in_their_cell_and_the_midline_follows_the_quadrant_rule() {
    let mut input = input(2, 1);
    input.points[0].interest = 3;
    input.points[0].influence = 3;
    input.points[1].interest = 2;
    input.points[1].influence = 5;
    let layout = GridLayout::compute(&input, 1920.0, 1080.0);
    let at = |id| layout.markers.iter().find(|m| m.id == id).unwrap().center;
    assert_eq!(layout.cell_at(at(sid(0))), Some((3, 3)));
    assert_eq!(layout.cell_at(at(sid(1))), Some((2, 5)));
    // 3 on 1–5 is high: its marker is right of and above the midlines.
    assert!(at(sid(0)).x > layout.midline.x && at(sid(0)).y < layout.midline.y);
    assert!(at(sid(1)).x < layout.midline.x && at(sid(1)).y < layout.midline.y);
    let manage = layout
        .quadrants
        .iter()
        .find(|q| q.quadrant == crate::domain::Quadrant::ManageClosely)
        .unwrap();
    assert!(manage.area.contains(at(sid(0))));
}

#[test]
fn taps_snap_to_the_scale_and_find_markers() {
    let layout = GridLayout::compute(&input(5, 1), 1024.0, 768.0);
    for interest in 1..=5 {
        for influence in 1..=5 {
            let c = layout.cell_center(interest, influence);
            assert_eq!(layout.cell_at(c), Some((interest, influence)));
            // Near a cell's edge still counts as that cell.
            let (cw, ch) = (layout.plot.w / 5.0, layout.plot.h / 5.0);
            let edge = Point::new(c.x + cw * 0.49, c.y - ch * 0.49);
            assert_eq!(layout.cell_at(edge), Some((interest, influence)));
        }
    }
    assert_eq!(layout.cell_at(Point::new(1.0, 1.0)), None);
    let m = &layout.markers[0];
    // A fingertip just off a small marker still picks it.
    let near = Point::new(m.center.x + m.radius + 4.0, m.center.y);
    assert_eq!(layout.marker_at(near), Some(m.id));
}

#[test]
fn names_too_long_for_the_grid_are_cut_with_an_ellipsis() {
    let mut input = input(1, 1);
    input.points[0].name = "Очень длинное название ".repeat(20);
    let layout = GridLayout::compute(&input, 1024.0, 768.0);
    assert_sound(&layout, "long name");
    let label = &layout.labels[0].text;
    assert!(label.text.ends_with('…'), "{}", label.text);
}

#[test]
fn the_svg_parses_and_holds_the_names_as_escaped_text() {
    let mut input = input(6, 1);
    for (p, name) in
        input
            .points
            .iter_mut()
            .zip(["", "Минюст", "ПРООН", "Өнүгүү", "Соцфонд", "Медиа"])
    {
        p.name = name.into();
    }
    input.points[0].name = "<script>alert(1)</script> & \"Ө\"".into();
    let layout = GridLayout::compute(&input, 1920.0, 1080.0);
    let svg = svg(&layout);
    let doc = roxmltree::Document::parse(&svg).expect("the SVG is XML");
    let texts: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text().map(|t| t.trim().to_owned()))
        .collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("<script>alert(1)</script>"))
    );
    assert!(!doc.descendants().any(|n| n.has_tag_name("script")));
    assert!(texts.iter().any(|t| t == "Тесно сотрудничать"));
    for p in &input.points[1..] {
        assert!(texts.iter().any(|t| t == &p.name), "{} missing", p.name);
    }
}

#[test]
fn the_same_input_gives_the_same_svg() {
    let input = input(30, 3);
    let a = svg(&GridLayout::compute(&input, 1920.0, 1080.0));
    let mut shuffled = input.clone();
    shuffled.points.reverse();
    let b = svg(&GridLayout::compute(&shuffled, 1920.0, 1080.0));
    assert_eq!(a, b);
}

#[test]
fn grid_options_survive_the_query_string() {
    use crate::domain::{CategoryId, GroupId, LevelId, Moment};
    let group: GroupId = "0b7d5a4e-2f7e-4d1c-9a51-3c1f0e0a9b11".parse().unwrap();
    let cases = [
        GridOptions::default(),
        GridOptions::group(group),
        GridOptions {
            scope: Scope::Group(group),
            categories: vec![CategoryId::new("state"), CategoryId::new("informal")],
            levels: vec![LevelId::new("local")],
            panels: Panels::Category,
            at: Moment::Round(2),
            since: None,
            baseline: None,
        },
        GridOptions {
            scope: Scope::Combined,
            categories: vec![CategoryId::new("state")],
            levels: Vec::new(),
            panels: Panels::Auto,
            at: Moment::Now,
            since: Some(Moment::Round(1)),
            baseline: None,
        },
        GridOptions {
            baseline: Some(crate::domain::BaselineId::from_random_bytes([7; 16])),
            ..GridOptions::scope(Scope::Combined)
        },
        GridOptions {
            at: Moment::Round(3),
            since: Some(Moment::Seq(40)),
            ..GridOptions::default()
        },
    ];
    for options in cases {
        let query = options.to_query();
        let pairs: Vec<(String, String)> = query
            .split('&')
            .filter_map(|p| p.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        let read = GridOptions::from_query(|key| {
            pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
        });
        assert_eq!(read, options, "{query}");
    }
    // A link that names a group and the combined map shows the combined map, every group's.
    let both = GridOptions::from_query(|key| match key {
        "group" => Some(group.to_string()),
        "combined" => Some("true".to_owned()),
        _ => None,
    });
    assert_eq!(both.scope, Scope::Combined);
}

#[test]
fn a_files_query_says_the_moment_as_exports_read_it_and_leaves_comparisons_out() {
    use crate::domain::Moment;
    let at_round = GridOptions {
        at: Moment::Round(2),
        since: Some(Moment::Round(1)),
        ..GridOptions::scope(Scope::Combined)
    };
    assert_eq!(at_round.to_files_query(), "combined=true&at=round:2");
    assert_eq!(GridOptions::default().to_files_query(), "");
    let at_seq = GridOptions {
        at: Moment::Seq(40),
        ..GridOptions::default()
    };
    assert_eq!(at_seq.to_files_query(), "at=40");
}
