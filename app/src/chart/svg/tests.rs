use plotters::prelude::*;

use super::SvgWriter;

fn picture(draw: impl FnOnce(&DrawingArea<SvgWriter, plotters::coord::Shift>)) -> String {
    let mut out = String::new();
    {
        let area = SvgWriter::new(&mut out, (100, 50)).into_drawing_area();
        draw(&area);
        area.present().unwrap();
    }
    out
}

#[test]
fn strokes_of_one_style_share_a_path_and_keep_their_order() {
    let svg = picture(|area| {
        for k in 0..3 {
            area.draw(&PathElement::new(
                vec![(k * 10, 0), (k * 10 + 5, 0)],
                BLUE.stroke_width(2),
            ))
            .unwrap();
        }
        area.draw(&Circle::new((50, 25), 5, RED.filled())).unwrap();
        area.draw(&PathElement::new(
            vec![(0, 9), (9, 9)],
            BLUE.stroke_width(2),
        ))
        .unwrap();
    });
    let doc = roxmltree::Document::parse(&svg).expect("well-formed SVG");
    let kinds: Vec<&str> = doc
        .root_element()
        .children()
        .filter(|n| n.is_element())
        .map(|n| n.tag_name().name())
        .collect();
    assert_eq!(kinds, ["path", "circle", "path"]);
    let first = doc.descendants().find(|n| n.has_tag_name("path")).unwrap();
    assert_eq!(first.attribute("d"), Some("M0 0L5 0M10 0L15 0M20 0L25 0"));
    assert_eq!(first.attribute("stroke"), Some("#0000FF"));
}

#[test]
fn text_is_inert() {
    let hostile = r#"</text><script>alert("x")</script> & 'q'"#;
    let svg = picture(|area| {
        area.draw_text(
            hostile,
            &("sans-serif", 20).into_font().color(&BLACK),
            (5, 5),
        )
        .unwrap();
    });
    let doc = roxmltree::Document::parse(&svg).expect("well-formed SVG");
    assert!(!doc.descendants().any(|n| n.has_tag_name("script")));
    let text = doc.descendants().find(|n| n.has_tag_name("text")).unwrap();
    assert_eq!(text.text(), Some(hostile));
    assert_eq!(text.attribute("font-size"), Some("20"));
}
