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
}

#[test]
fn only_the_one_map_files_are_named_after_the_map() {
    let whole: Vec<_> = ExportFile::ALL
        .into_iter()
        .filter(|f| !f.takes_options())
        .collect();
    assert_eq!(whole, [ExportFile::Workbook, ExportFile::WorkshopJson]);
}
