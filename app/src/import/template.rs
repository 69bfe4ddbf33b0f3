//! The template a group fills in: the columns' headers in the workshop's language, and the
//! words each listed column takes (for the spreadsheet template's drop-down lists).

use crate::domain::{Attitude, Language, Workshop};
use crate::export::BOM;
use crate::i18n::tr;

use super::COLUMNS;

/// The words a column takes, in `lang`; empty for free text and numbers.
pub fn template_values(workshop: &Workshop, lang: Language, column: &str) -> Vec<String> {
    let named = |prefix: &str, id: &str| {
        let key = format!("{prefix}-{id}");
        let text = tr(lang, &key);
        if text == key { id.to_owned() } else { text }
    };
    match column {
        "category" => workshop
            .categories()
            .iter()
            .map(|c| named("category", c.as_str()))
            .collect(),
        "level" => workshop
            .levels()
            .iter()
            .map(|l| named("level", l.as_str()))
            .collect(),
        "attitude" => Attitude::ALL
            .iter()
            .map(|a| named("attitude", a.as_str()))
            .collect(),
        _ => Vec::new(),
    }
}

/// `stakeholders-template.csv`: the header row alone, UTF-8 with a BOM like our exports.
pub fn template_csv(lang: Language) -> Vec<u8> {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    out.write_record(COLUMNS.iter().map(|c| tr(lang, &format!("export-col-{c}"))))
        .expect("writing to memory");
    out.into_inner().expect("writing to memory")
}
