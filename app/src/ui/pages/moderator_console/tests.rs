//! The console's sections: their names in the address and their tabs' words.

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

#[test]
fn every_section_tab_has_its_words_in_every_language() {
    for lang in crate::domain::Language::ALL {
        for s in Section::ALL {
            let key = s.message();
            assert_ne!(crate::i18n::tr(lang, key), key, "{lang:?}");
        }
    }
}
