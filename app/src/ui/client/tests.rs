use serde_json::json;

use super::*;

fn failure(problems: serde_json::Value) -> ApiFailure {
    let detail = serde_json::from_value(json!({
        "code": "invalid_file",
        "message": "the file has problems",
        "problems": problems,
    }))
    .unwrap();
    ApiFailure::Api {
        status: 422,
        detail,
    }
}

#[test]
fn a_files_problems_say_where_and_what_in_the_users_language() {
    let failure = failure(json!([
        {"line": 3, "column": "D", "header": "Интерес", "code": "not_a_number",
         "message": "interest must be a whole number", "min": 1, "max": 5},
        {"line": 1, "header": "Category", "code": "missing_column", "message": "no column"},
        {"line": 4, "column": "B", "code": "blank", "message": "name must not be blank"},
        {"line": 2, "column": "7", "code": "from_the_future", "message": "A newer problem."},
    ]));
    assert_eq!(
        problem_lines(&failure, Language::En),
        [
            "Line 3, column D (Интерес): Write a whole number from 1 to 5.",
            "Line 1: There is no column «Category».",
            "Line 4, column B: Please fill this in.",
            "Line 2, column 7: A newer problem.",
        ]
    );
}

#[test]
fn a_missing_columns_header_is_not_said_twice() {
    let failure = failure(json!([
        {"line": 1, "column": "C", "header": "Level", "code": "missing_column",
         "message": "no column"},
    ]));
    assert_eq!(
        problem_lines(&failure, Language::En),
        ["Line 1, column C: There is no column «Level»."]
    );
}
