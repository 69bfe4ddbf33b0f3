//! Files coming back in through the router, as a script or the moderator page sends them:
//! a `workshop.json` restores an equal workshop under new keys; a group's stakeholders come
//! from a CSV or a spreadsheet — our own exports and templates included — all or nothing,
//! with every problem at its line and column.

use axum::http::StatusCode;
use serde_json::Value;

use crate::support::{Fixture, NAMES, fixture, send_file};

const CSV: &str = "text/csv";
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The workshop file without what a restored copy does not keep: its id and edit count.
fn content(file: &[u8]) -> Value {
    let mut value: Value = serde_json::from_slice(file).unwrap();
    let w = value["workshop"].as_object_mut().unwrap();
    w.remove("id");
    w.remove("seq");
    value
}

async fn count(f: &Fixture, group: usize) -> usize {
    f.stakeholders(group).await.len()
}

#[tokio::test]
async fn an_exported_workshop_imports_as_an_equal_workshop_with_new_keys() {
    let f = fixture().await;
    let exported = f.export("workshop.json", "").await;
    assert_eq!(exported.status, StatusCode::OK);

    let imported = f.restore(exported.body.clone()).await;
    assert_eq!(
        imported.status,
        StatusCode::CREATED,
        "{:?}",
        imported.json()
    );
    let created = imported.json();
    let (id, key) = (
        created["id"].as_str().unwrap(),
        created["moderator_key"].as_str().unwrap(),
    );
    assert_ne!(id, f.id);
    assert_ne!(key, f.key);
    assert_eq!(created["groups"].as_array().unwrap().len(), 2);
    assert!(
        created["groups"][0]["join_code"].is_string(),
        "new join codes"
    );

    let again = f
        .get_as(&format!("/workshops/{id}/export/workshop.json"), Some(key))
        .await;
    assert_eq!(
        content(&again.body),
        content(&exported.body),
        "an equal workshop"
    );
    let text = String::from_utf8(again.body).unwrap();
    for (_, name, _, _) in NAMES {
        assert!(
            text.contains(&serde_json::to_string(name).unwrap()),
            "{name:?} intact"
        );
    }
    // The old key opens only the old workshop.
    let old_key = f.get_as(&format!("/workshops/{id}"), Some(&f.key)).await;
    assert_eq!(old_key.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_bad_workshop_file_is_refused_with_where_and_why() {
    let f = fixture().await;
    let exported = f.export("workshop.json", "").await.body;
    let text = String::from_utf8(exported).unwrap();

    let cut = f.restore(text.as_bytes()[..text.len() / 2].to_vec()).await;
    assert_eq!(cut.status, StatusCode::UNPROCESSABLE_ENTITY);
    let problem = &cut.json()["error"]["problems"][0];
    assert!(problem["line"].as_u64().unwrap() > 1, "{problem}");

    let other = text.replace("stakemap.workshop/1", "stakemap.workshop/2");
    let refused = f.restore(other.into_bytes()).await;
    assert_eq!(refused.json()["error"]["code"], "schema");

    let tampered = text.replacen("\"interest\": 5", "\"interest\": 50", 1);
    let refused = f.restore(tampered.into_bytes()).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = &refused.json()["error"];
    assert_eq!(error["code"], "out_of_scale");
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            .starts_with("stakeholders[0] \"Министерство юстиции\""),
        "{error}"
    );
}

#[tokio::test]
async fn a_groups_csv_adds_every_row_or_none() {
    let f = fixture().await;
    let uri = format!("/workshops/{}/groups/{}/import", f.id, f.groups[1]);
    let before = count(&f, 1).await;

    let bad = "Название;Категория;Уровень;Интерес;Влияние\r\n\
               Мэрия;state;local;4;5\r\n\
               Акимиат;state;local;пять;5\r\n";
    let refused = send_file(&f.router, &uri, Some(&f.key), CSV, bad.as_bytes().to_vec()).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = refused.json()["error"].clone();
    assert_eq!(error["code"], "invalid_file");
    assert_eq!(error["problems"][0]["line"], 3);
    assert_eq!(error["problems"][0]["column"], "D");
    assert_eq!(error["problems"][0]["header"], "Интерес");
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            .contains("line 3, column D (Интерес)"),
        "{error}"
    );
    assert_eq!(count(&f, 1).await, before, "nothing was added");

    let good = bad.replace("пять", "5");
    let added = send_file(&f.router, &uri, Some(&f.key), CSV, good.into_bytes()).await;
    assert_eq!(added.status, StatusCode::OK, "{:?}", added.json());
    assert_eq!(added.json()["added"], 2);
    assert_eq!(count(&f, 1).await, before + 2);

    // The group's own token may import into its own group only.
    let own = format!("/workshops/{}/groups/{}/import", f.id, f.groups[0]);
    let csv = "name,category,level,interest,influence\nX,state,local,1,1\n";
    let mine = send_file(
        &f.router,
        &own,
        Some(&f.token),
        CSV,
        csv.as_bytes().to_vec(),
    )
    .await;
    assert_eq!(mine.status, StatusCode::OK);
    let theirs = send_file(
        &f.router,
        &uri,
        Some(&f.token),
        CSV,
        csv.as_bytes().to_vec(),
    )
    .await;
    assert_eq!(theirs.status, StatusCode::FORBIDDEN);
    let nobody = send_file(&f.router, &uri, None, CSV, csv.as_bytes().to_vec()).await;
    assert_eq!(nobody.status, StatusCode::UNAUTHORIZED);

    let huge = vec![b'a'; 3 * 1024 * 1024];
    let too_big = send_file(&f.router, &uri, Some(&f.key), CSV, huge).await;
    assert_eq!(too_big.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(too_big.json()["error"]["code"], "too_large");
}

#[tokio::test]
async fn exported_csv_and_xlsx_import_into_another_group() {
    let f = fixture().await;
    let uri = format!("/workshops/{}/groups/{}/import", f.id, f.groups[1]);
    let group_0 = NAMES.iter().filter(|n| n.0 == 0).count();

    let csv = f
        .export("stakeholders.csv", &format!("group={}", f.groups[0]))
        .await
        .body;
    let added = send_file(&f.router, &uri, Some(&f.key), CSV, csv).await;
    assert_eq!(added.status, StatusCode::OK, "{:?}", added.json());
    assert_eq!(added.json()["added"], group_0);

    let xlsx = f
        .export("workshop.xlsx", &format!("group={}&lang=en", f.groups[0]))
        .await
        .body;
    let added = send_file(&f.router, &uri, Some(&f.key), XLSX, xlsx).await;
    assert_eq!(added.status, StatusCode::OK, "{:?}", added.json());
    assert_eq!(added.json()["added"], group_0);

    // Every hostile name arrived intact, twice, in the other group.
    let names: Vec<String> = f
        .stakeholders(1)
        .await
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_owned())
        .collect();
    for (_, name, _, _) in NAMES.iter().filter(|n| n.0 == 0) {
        assert_eq!(names.iter().filter(|n| n == name).count(), 2, "{name:?}");
    }
}

#[tokio::test]
async fn the_templates_download_and_a_filled_one_imports() {
    let f = fixture().await;
    let csv = f
        .get_as(
            &format!("/workshops/{}/template/stakeholders.csv", f.id),
            None,
        )
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.header("content-disposition")
            .contains("stakemap-template-stakeholders.csv")
    );
    let mut filled = csv.body.clone();
    filled
        .extend_from_slice("Минфин,Государственные структуры,Национальный,4,5,,,,\r\n".as_bytes());
    let uri = format!("/workshops/{}/groups/{}/import", f.id, f.groups[1]);
    let added = send_file(&f.router, &uri, Some(&f.key), CSV, filled).await;
    assert_eq!(added.json()["added"], 1);

    let xlsx = f
        .get_as(
            &format!("/workshops/{}/template/stakeholders.xlsx?lang=ky", f.id),
            None,
        )
        .await;
    assert_eq!(xlsx.status, StatusCode::OK);
    assert!(xlsx.body.starts_with(b"PK"));
    // The blank template is only a header: an empty file, said plainly.
    let empty = send_file(&f.router, &uri, Some(&f.key), XLSX, xlsx.body).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(empty.json()["error"]["code"], "empty_file");

    let missing = f
        .get_as(&format!("/workshops/{}/template/secrets.txt", f.id), None)
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_spreadsheets_problems_name_its_rows_and_columns() {
    use rust_xlsxwriter::Workbook;
    let f = fixture().await;
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in ["Name", "Category", "Level", "Interest", "Influence"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    sheet.write_string(1, 0, "Good").unwrap();
    sheet.write_string(1, 1, "state").unwrap();
    sheet.write_string(1, 2, "local").unwrap();
    sheet.write_number(1, 3, 3.0).unwrap();
    sheet.write_number(1, 4, 4.0).unwrap();
    sheet.write_string(2, 0, "Half").unwrap();
    sheet.write_string(2, 1, "state").unwrap();
    sheet.write_string(2, 2, "local").unwrap();
    sheet.write_number(2, 3, 3.5).unwrap();
    sheet.write_number(2, 4, 4.0).unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let uri = format!("/workshops/{}/groups/{}/import", f.id, f.groups[1]);
    let refused = send_file(&f.router, &uri, Some(&f.key), XLSX, bytes).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let problem = &refused.json()["error"]["problems"][0];
    assert_eq!(
        (problem["line"].as_u64(), problem["column"].as_str()),
        (Some(3), Some("D"))
    );
    assert_eq!(problem["code"], "not_a_number");
}
