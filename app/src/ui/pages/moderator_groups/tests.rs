//! How many rows of each group the groups section shows a page.

use super::rows_a_page;

#[test]
fn groups_share_about_thirty_rows_a_page() {
    assert_eq!(rows_a_page(1), 25);
    assert_eq!(rows_a_page(2), 16);
    assert_eq!(rows_a_page(4), 8);
    assert_eq!(rows_a_page(8), 5);
    assert_eq!(rows_a_page(0), 25);
}
