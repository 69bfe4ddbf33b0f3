use super::QrPicture;
use crate::chart::svg;

/// What a phone's camera does: find the code in the picture and read it back.
fn scan(qr: &QrPicture) -> String {
    let scale = 4;
    let n = qr.modules() * scale;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(n, n, |x, y| {
        if qr.is_dark(x / scale, y / scale) {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one code in the picture");
    grids[0].decode().expect("readable").1
}

#[test]
fn a_join_link_scans_back_exactly() {
    for link in [
        "http://192.168.1.20:3000/join/K7M2QX",
        "https://stakemap.example.kg/join/ABCDEF",
    ] {
        let qr = QrPicture::new(link, 600).expect("fits");
        assert_eq!(scan(&qr), link);
    }
}

#[test]
fn the_code_keeps_its_quiet_zone_and_draws_as_svg() {
    let qr = QrPicture::new("http://10.0.0.5:3000/join/K7M2QX", 480).unwrap();
    let n = qr.modules();
    for i in 0..n {
        for edge in [0, 1, 2, 3, n - 4, n - 3, n - 2, n - 1] {
            assert!(!qr.is_dark(i, edge) && !qr.is_dark(edge, i));
        }
    }
    let drawn = svg(&qr);
    let doc = roxmltree::Document::parse(&drawn).expect("well-formed");
    assert_eq!(doc.root_element().attribute("width"), Some("480"));
    assert!(doc.descendants().filter(|n| n.has_tag_name("rect")).count() > 50);
}
