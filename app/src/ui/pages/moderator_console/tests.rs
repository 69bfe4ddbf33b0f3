//! The console's sections and their names in the address.

use super::*;

#[test]
fn every_section_reads_back_from_its_code() {
    for s in Section::ALL {
        assert_eq!(Section::from_code(Some(s.code())), s);
    }
}

#[test]
fn an_unknown_or_missing_section_is_the_groups() {
    assert_eq!(Section::from_code(None), Section::Groups);
    assert_eq!(Section::from_code(Some("nonsense")), Section::Groups);
    assert_eq!(Section::from_code(Some("")), Section::Groups);
}
