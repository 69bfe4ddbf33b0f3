//! What the fuzz targets share: the fixed workshop the stakeholders are read for, and the
//! XLSX wrapper that puts the fuzzer's bytes where calamine's sheet parser reads them.

use std::io::{Cursor, Write};
use std::sync::LazyLock;

use app::domain::{
    Actor, Attitude, Change, Group, GroupId, Language, StakeholderFields, StakeholderId, Workshop,
    WorkshopId, WorkshopSetup,
};
use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

/// Two groups in Russian; group 1 already names one stakeholder.
pub static WORKSHOP: LazyLock<Workshop> = LazyLock::new(|| {
    let mut w = Workshop::create(WorkshopSetup {
        id: WorkshopId::from_random_bytes([9; 16]),
        title: "Доступ к правосудию".to_owned(),
        focal: String::new(),
        question: String::new(),
        date: "2022-07-18".to_owned(),
        place: "Бишкек".to_owned(),
        language: Language::Ru,
        groups: vec![
            Group::new(GroupId::from_random_bytes([1; 16]), "Группа 1"),
            Group::new(GroupId::from_random_bytes([2; 16]), "Группа 2"),
        ],
        demo: false,
    })
    .expect("a valid setup");
    let change = Change::AddStakeholder {
        id: StakeholderId::from_random_bytes([3; 16]),
        group: GroupId::from_random_bytes([1; 16]),
        fields: StakeholderFields {
            name: "Министерство юстиции".to_owned(),
            category: "state".to_owned(),
            level: "national".to_owned(),
            interest: 5,
            influence: 4,
            attitude: Attitude::Supportive,
            interests: String::new(),
            cooperation: String::new(),
            notes: String::new(),
        },
    };
    let valid = w.validate(Actor::Moderator, change).expect("a valid edit");
    w.apply(valid);
    w
});

/// The group files are imported into.
pub fn group() -> GroupId {
    GroupId::from_random_bytes([1; 16])
}

/// Shared strings the sheet may refer to by index (`<c t="s"><v>0</v></c>`): the headers in
/// Russian and by id, and a few values.
const SHARED_STRINGS: &[&str] = &[
    "Название",
    "Категория",
    "Уровень",
    "Интерес",
    "Влияние",
    "Отношение",
    "name",
    "category",
    "level",
    "interest",
    "influence",
    "attitude",
    "Мэрия Бишкека",
    "state",
    "civil_society",
    "national",
    "local",
    "supportive",
    "Государственные структуры",
    "Местный",
];

fn shared_strings() -> String {
    let mut xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{0}" uniqueCount="{0}">"#,
        SHARED_STRINGS.len()
    );
    for s in SHARED_STRINGS {
        xml.push_str(&format!("<si><t>{s}</t></si>"));
    }
    xml.push_str("</sst>");
    xml
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#;

const PACKAGE_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;

const WORKBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#;

const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#;

/// An XLSX (stored zip) whose one worksheet, `xl/worksheets/sheet1.xml`, is `sheet`.
pub fn xlsx_with_sheet(sheet: &[u8]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    let shared = shared_strings();
    let parts: [(&str, &[u8]); 6] = [
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", PACKAGE_RELS.as_bytes()),
        ("xl/workbook.xml", WORKBOOK.as_bytes()),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
        ("xl/sharedStrings.xml", shared.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet),
    ];
    for (name, bytes) in parts {
        zip.start_file(name, options).expect("a zip entry");
        zip.write_all(bytes).expect("writing to memory");
    }
    zip.finish().expect("a zip in memory").into_inner()
}
