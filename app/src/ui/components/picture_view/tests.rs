//! A picture's name in addresses reads back as the picture.

use super::PictureKind;

#[test]
fn a_picture_reads_back_from_its_name() {
    for kind in PictureKind::ALL {
        assert_eq!(PictureKind::parse(kind.as_str()), Some(kind));
    }
    assert_eq!(PictureKind::Grid.as_str(), "grid");
    assert_eq!(PictureKind::Graph.as_str(), "graph");
    assert_eq!(PictureKind::parse("contested"), None);
    assert_eq!(PictureKind::parse(""), None);
}
