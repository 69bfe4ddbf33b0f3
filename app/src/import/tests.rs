//! Reading files back: what a moderator's spreadsheet may look like, and what is refused,
//! where, and why. The spreadsheet path (XLSX written by `rust_xlsxwriter`) and the HTTP
//! side are tested in `server/tests/it/imports.rs`.

use crate::chart::Scope;
use crate::domain::{Attitude, GroupId, StakeholderFields, Workshop};
use crate::export::fixtures::{HOSTILE, workshop};
use crate::export::{ExportOptions, stakeholders_csv};

use super::*;

fn group(w: &Workshop, n: usize) -> GroupId {
    w.groups()[n].id()
}

fn read(text: &str) -> Result<Vec<StakeholderFields>, ImportError> {
    let w = workshop();
    read_stakeholders(text.as_bytes(), &w, group(&w, 1)).map(|read| read.rows)
}

fn problems(text: &str) -> Vec<FileProblem> {
    match read(text) {
        Err(ImportError::Problems(p)) => p,
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn an_exported_group_imports_into_another_group_intact() {
    let w = workshop();
    let options = ExportOptions {
        scope: Scope::Group(group(&w, 0)),
        ..ExportOptions::of(&w)
    };
    let csv = stakeholders_csv(&w, &options).unwrap();
    let fields = read_stakeholders(&csv, &w, group(&w, 1))
        .expect("our own export reads")
        .rows;
    let exported: Vec<_> = w
        .stakeholders()
        .iter()
        .filter(|s| s.group() == group(&w, 0))
        .collect();
    assert_eq!(fields.len(), exported.len());
    for (read, s) in fields.iter().zip(exported) {
        assert_eq!(
            read.name,
            s.name(),
            "names come back exactly, hostile ones too"
        );
        assert_eq!(read.category, s.category().as_str());
        assert_eq!(
            (read.interest, read.influence),
            (s.interest().into(), s.influence().into())
        );
        assert_eq!(read.attitude, s.attitude());
        assert_eq!(
            read.cooperation,
            s.cooperation(),
            "'=1+1 comes back as =1+1"
        );
    }
    let names: Vec<_> = fields.iter().map(|f| f.name.as_str()).collect();
    for hostile in HOSTILE {
        assert!(names.contains(&hostile), "{hostile:?} came back");
    }
}

#[test]
fn a_russian_excel_csv_in_windows_1251_with_semicolons_reads() {
    let text = "Название;Категория;Уровень;Интерес;Влияние;Отношение\r\n\
                Айыл өкмөтү;Государственные структуры;Местный;4;5;Поддерживает\r\n\
                \"ОО \"\"Голос\"\"; Бишкек\";civil_society;national;3;2;\r\n";
    // Windows-1251 has no ө: Russian Excel would have lost it, so this file uses Russian only.
    let text = text.replace("Айыл өкмөтү", "Мэрия Бишкека");
    let (bytes, _, lossy) = encoding_rs::WINDOWS_1251.encode(&text);
    assert!(!lossy);
    let w = workshop();
    let fields = read_stakeholders(&bytes, &w, group(&w, 1)).unwrap().rows;
    assert_eq!(fields.len(), 2);
    assert_eq!(fields[0].name, "Мэрия Бишкека");
    assert_eq!(fields[0].category, "state");
    assert_eq!(fields[0].level, "local");
    assert_eq!(fields[0].attitude, Attitude::Supportive);
    assert_eq!(fields[1].name, "ОО \"Голос\"; Бишкек");
    assert_eq!(fields[1].attitude, Attitude::Unknown, "blank is unknown");
}

#[test]
fn headers_in_any_language_and_order_and_extra_columns_are_fine() {
    let cases = [
        "name,category,level,interest,influence\nА,state,national,1,5\n",
        "Influence,Interest,Level,Category,Name,Quadrant\n5,1,national,state,А,x\n",
        "Аталышы,Категориясы,Деңгээли,Кызыкчылык,Таасир\nА,state,national,1,5\n",
        "\u{feff}NAME , Category,level,INTEREST,influence\nА,State,National,1.0,5\n",
    ];
    for case in cases {
        let fields = read(case).unwrap_or_else(|e| panic!("{case:?}: {e:?}"));
        assert_eq!(fields.len(), 1, "{case:?}");
        assert_eq!(
            (fields[0].interest, fields[0].influence),
            (1, 5),
            "{case:?}"
        );
    }
}

#[test]
fn every_problem_is_reported_at_its_line_and_column_and_nothing_is_read() {
    let found = problems(
        "Название,Категория,Уровень,Интерес,Влияние,Отношение\n\
         Хорошая строка,state,national,3,3,\n\
         \"Имя на\nдвух строках\",state,national,7,3,\n\
         Третья,banks,national,3,,\n\
         ,state,local,2,2,loves us\n",
    );
    let at: Vec<_> = found
        .iter()
        .map(|p| (p.line, p.column.as_deref().unwrap_or(""), p.code.as_str()))
        .collect();
    assert_eq!(
        at,
        [
            (3, "D", "out_of_scale"),
            (5, "B", "unknown_category"),
            (5, "E", "blank"),
            (6, "A", "blank"),
            (6, "F", "unknown_attitude"),
        ],
        "{found:#?}"
    );
    assert_eq!(found[0].header.as_deref(), Some("Интерес"));
    assert_eq!((found[0].min, found[0].max), (Some(1), Some(5)));
}

#[test]
fn hidden_characters_are_removed_with_a_warning_at_their_cell() {
    let w = workshop();
    let text = "name,category,level,interest,influence,notes\n\
                Аким\u{202E}иат,state,local,3,3,\"первая\nвторая\"\n\
                \"ОО\u{200B}Голос\",state,local,2,2,ok\u{7}\n";
    let read = read_stakeholders(text.as_bytes(), &w, group(&w, 1)).unwrap();
    let names: Vec<_> = read.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Акимиат", "ООГолос"]);
    assert_eq!(
        read.rows[0].notes, "первая\nвторая",
        "notes keep their lines"
    );
    assert_eq!(read.rows[1].notes, "ok");
    let at: Vec<_> = read
        .warnings
        .iter()
        .map(|p| {
            (
                p.line,
                p.column.as_deref().unwrap_or(""),
                p.character.as_deref().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        at,
        [(2, "A", "U+202E"), (4, "A", "U+200B"), (4, "F", "U+0007")],
        "the second record starts on line 4: the first one's notes take two lines"
    );
    assert!(
        read.warnings
            .iter()
            .all(|p| p.code == ErrorCode::BadCharacter)
    );
}

#[test]
fn lines_count_the_same_with_crlf_line_ends_and_blank_lines() {
    let text = "name,category,level,interest,influence\r\n\r\nA,state,local,3,3\r\n\"B\r\nb\",state,local,x,3\r\nC,state,local,9,3\r\n";
    let lines: Vec<_> = problems(text).iter().map(|p| p.line).collect();
    assert_eq!(lines, [4, 6]);
}

#[test]
fn the_domain_checks_each_row_like_a_tablets_entry() {
    let found = problems(
        "name,category,level,interest,influence\n,banks,national,3,3\nX,banks,national,3,3\n",
    );
    assert_eq!(found[0].code.as_str(), "blank");
    assert_eq!(found[0].column.as_deref(), Some("A"));
    assert_eq!(found[1].code.as_str(), "unknown_category");
    assert_eq!(found[1].column.as_deref(), Some("B"));
    assert_eq!(found[1].line, 3);
}

#[test]
fn a_file_without_the_needed_columns_says_which_are_missing() {
    let found = problems("Название,Интерес\nА,3\n");
    let codes: Vec<_> = found.iter().map(|p| p.code.as_str()).collect();
    assert_eq!(codes, ["missing_column"; 3]);
    assert!(
        found[0].message.contains("Категория"),
        "{}",
        found[0].message
    );
}

#[test]
fn empty_oversized_and_binary_files_are_refused_plainly() {
    assert!(matches!(read(""), Err(ImportError::Empty)));
    assert!(matches!(
        read("name,category,level,interest,influence\n"),
        Err(ImportError::Empty)
    ));
    let mut big = "name,category,level,interest,influence\n".to_owned();
    for i in 0..=MAX_ROWS {
        big.push_str(&format!("S{i},state,national,3,3\n"));
    }
    assert!(matches!(
        read(&big),
        Err(ImportError::TooManyRows { rows, max: MAX_ROWS }) if rows == MAX_ROWS + 1
    ));
    let w = workshop();
    assert!(matches!(
        read_stakeholders(b"\x00\x01binary\x00", &w, group(&w, 1)),
        Err(ImportError::Unreadable(_))
    ));
    assert!(matches!(
        read_stakeholders(b"PK\x03\x04 not really a zip", &w, group(&w, 1)),
        Err(ImportError::Unreadable(_))
    ));
}

#[test]
fn column_letters_go_past_z() {
    let cases = [
        (0, "A"),
        (3, "D"),
        (25, "Z"),
        (26, "AA"),
        (27, "AB"),
        (701, "ZZ"),
        (702, "AAA"),
    ];
    for (i, letters) in cases {
        assert_eq!(column_letter(i), letters);
    }
}

#[test]
fn the_csv_template_is_the_header_row_that_reads_back() {
    let template = template_csv(crate::domain::Language::Ru);
    let text = String::from_utf8(template[3..].to_vec()).unwrap();
    assert!(
        text.starts_with("Название,Категория,Уровень,Интерес,Влияние"),
        "{text}"
    );
    let filled = format!("{text}Минфин,Государственные структуры,Национальный,4,5,,,,\r\n");
    assert_eq!(read(&filled).unwrap()[0].name, "Минфин");
}

#[test]
fn random_and_mangled_bytes_never_panic() {
    use rand::{Rng, SeedableRng, rngs::StdRng};
    let w = workshop();
    let seed = stakeholders_csv(&w, &ExportOptions::of(&w)).unwrap();
    let json = crate::export::workshop_json(&w).unwrap().into_bytes();
    let mut rng = StdRng::seed_from_u64(7);
    for round in 0..400 {
        let mut bytes = if round % 2 == 0 {
            seed.clone()
        } else {
            json.clone()
        };
        for _ in 0..rng.random_range(1..8) {
            let at = rng.random_range(0..bytes.len());
            match rng.random_range(0..3) {
                0 => bytes[at] = rng.random(),
                1 => {
                    bytes.remove(at);
                }
                _ => bytes.insert(
                    at,
                    *b",\";\n\r'=\xD0\xFF".get(rng.random_range(0..9)).unwrap(),
                ),
            }
        }
        let _ = read_stakeholders(&bytes, &w, group(&w, 0));
        let _ = read_workshop(&bytes).map(|copy| copy.restore_plan(w.id()));
    }
}

/// The smallest XLSX calamine reads: a workbook of one sheet holding `sheet_data`.
fn xlsx(sheet_data: &str) -> Vec<u8> {
    use std::io::Write;
    const NS: &str = "http://schemas.openxmlformats.org";
    let parts = [
        (
            "_rels/.rels",
            format!(
                r#"<Relationships xmlns="{NS}/package/2006/relationships"><Relationship Id="r1" Type="{NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
            ),
        ),
        (
            "xl/workbook.xml",
            format!(
                r#"<workbook xmlns="{NS}/spreadsheetml/2006/main" xmlns:r="{NS}/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="r1"/></sheets></workbook>"#
            ),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            format!(
                r#"<Relationships xmlns="{NS}/package/2006/relationships"><Relationship Id="r1" Type="{NS}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#
            ),
        ),
        (
            "xl/worksheets/sheet1.xml",
            format!(
                r#"<worksheet xmlns="{NS}/spreadsheetml/2006/main"><sheetData>{sheet_data}</sheetData></worksheet>"#
            ),
        ),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, text) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn inline(cell: &str, text: &str) -> String {
    format!(r#"<c r="{cell}" t="inlineStr"><is><t>{text}</t></is></c>"#)
}

#[test]
fn a_spreadsheet_reads_cell_by_cell_with_its_rows() {
    let header: String = ["A1", "B1", "C1", "D1", "E1"]
        .iter()
        .zip(["name", "category", "level", "interest", "influence"])
        .map(|(c, t)| inline(c, t))
        .collect();
    // Row 3 starts in column B of the sheet's own rows: blanks before it stay blank.
    let data = format!(
        r#"<row r="1">{header}</row><row r="3">{}{}{}<c r="D3"><v>4</v></c><c r="E3"><v>2.5</v></c></row>"#,
        inline("A3", "Мэрия"),
        inline("B3", "state"),
        inline("C3", "local"),
    );
    let found = match read_stakeholders(&xlsx(&data), &workshop(), group(&workshop(), 1)) {
        Err(ImportError::Problems(p)) => p,
        other => panic!("{other:?}"),
    };
    assert_eq!((found[0].line, found[0].column.as_deref()), (3, Some("E")));
    assert_eq!(found[0].code.as_str(), "not_a_number");
}

/// calamine #693, found by `fuzz/`: one cell in A1 and one in the sheet's last cell made a
/// 512 GiB range and aborted the server.
#[test]
fn a_cell_at_the_end_of_the_sheet_is_too_many_rows_not_a_crash() {
    let data = format!(
        r#"<row r="1">{}</row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>"#,
        inline("A1", "name")
    );
    let w = workshop();
    assert!(matches!(
        read_stakeholders(&xlsx(&data), &w, group(&w, 1)),
        Err(ImportError::TooManyRows { max: MAX_ROWS, .. })
    ));
}

/// calamine #709, found by `fuzz/`: a cell reference too long for its arithmetic.
#[test]
fn an_overflowing_cell_reference_is_a_damaged_file() {
    let data = format!(
        r#"<row r="1">{}</row>"#,
        inline("AAAAAAAAAAAAAAAAAAAA99999999999", "x")
    );
    let w = workshop();
    match read_stakeholders(&xlsx(&data), &w, group(&w, 1)) {
        Err(ImportError::Unreadable(_) | ImportError::TooManyRows { .. }) => {}
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_old_xls_file_is_asked_to_be_saved_as_xlsx() {
    let w = workshop();
    let old = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
    match read_stakeholders(&old, &w, group(&w, 1)) {
        Err(ImportError::Unreadable(message)) => assert!(message.contains("XLSX"), "{message}"),
        other => panic!("{other:?}"),
    }
}
