use super::*;

#[test]
fn every_file_is_found_by_its_name_and_has_a_type() {
    for f in ExportFile::ALL {
        assert_eq!(ExportFile::from_name(f.name()), Some(f));
        assert!(!f.content_type().is_empty());
    }
    assert_eq!(ExportFile::from_name("secrets.txt"), None);
    assert_eq!(ExportFile::Workbook.name(), "workshop.xlsx");
    assert_eq!(ExportFile::Workbook.content_type(), XLSX_TYPE);
    for f in TemplateFile::ALL {
        assert_eq!(TemplateFile::from_name(f.name()), Some(f));
    }
    assert_eq!(TemplateFile::from_name("workshop.xlsx"), None);
}

#[test]
fn only_the_one_map_files_are_named_after_the_map() {
    let whole: Vec<_> = ExportFile::ALL
        .into_iter()
        .filter(|f| !f.takes_options())
        .collect();
    assert_eq!(whole, [ExportFile::Workbook, ExportFile::WorkshopJson]);
}

#[test]
fn a_fields_column_is_named_after_the_field() {
    use crate::domain::Field;
    let entered =
        Field::STAKEHOLDER
            .into_iter()
            .chain([Field::GroupId, Field::Kind, Field::Strength]);
    for field in entered {
        let column = Column::of(field);
        assert_eq!(
            column.map(Column::as_str),
            Some(field.as_str()),
            "{field:?}"
        );
    }
    assert_eq!(Column::of(Field::Title), None);
}

#[test]
fn every_column_has_its_own_id() {
    let all = Column::all();
    assert_eq!(
        all.len(),
        22,
        "a column in no file, or a new one not counted here"
    );
    let mut ids: Vec<_> = all.iter().map(|c| c.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), all.len());
}

#[test]
fn the_pictures_are_served_and_saved_under_the_names_they_always_had() {
    let names: Vec<String> = PictureFile::all().map(PictureFile::name).collect();
    assert_eq!(
        names,
        [
            "grid.svg",
            "grid.png",
            "graph.svg",
            "graph.png",
            "contested.svg",
            "contested.png"
        ]
    );
    let graph = PictureFile::new(Picture::Graph, ImageFormat::Png);
    assert_eq!(graph.download_name(None), "stakemap-graph.png");
    assert_eq!(graph.download_name(Some(2)), "stakemap-graph-2.png");
    assert_eq!(graph.format.content_type(), "image/png");
}
