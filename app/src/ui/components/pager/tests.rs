//! Which rows a page of the console's lists holds.

use super::*;

#[test]
fn pages_hold_per_rows_and_the_last_the_rest() {
    assert_eq!(page_count(0, 10), 1);
    assert_eq!(page_count(10, 10), 1);
    assert_eq!(page_count(25, 10), 3);
    assert_eq!(page_rows(25, 10, 0), 0..10);
    assert_eq!(page_rows(25, 10, 2), 20..25);
    assert_eq!(page_rows(0, 10, 0), 0..0);
}

#[test]
fn a_page_past_the_end_shows_the_last_one() {
    assert_eq!(page_rows(25, 10, 7), 20..25);
    assert_eq!(page_rows(9, 10, 1), 0..9);
    assert_eq!(page_rows(5, 0, 0), 0..1, "never zero rows a page");
}
