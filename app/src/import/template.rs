//! The template a group fills in: the columns' headers in the workshop's language, and the
//! words each listed column takes (for the spreadsheet template's drop-down lists).

use crate::domain::{Attitude, Language, Workshop};
use crate::export::BOM;
use crate::files::Column;
use crate::i18n::Term;

use super::COLUMNS;

/// The words a column takes, in `lang`; empty for free text and numbers.
pub fn template_values(workshop: &Workshop, lang: Language, column: Column) -> Vec<String> {
    fn words<T: Term>(values: &[T], lang: Language) -> Vec<String> {
        values.iter().map(|v| v.word(lang)).collect()
    }
    match column {
        Column::Category => words(workshop.categories(), lang),
        Column::Level => words(workshop.levels(), lang),
        Column::Attitude => words(&Attitude::ALL, lang),
        _ => Vec::new(),
    }
}

/// `stakeholders-template.csv`: the header row alone, UTF-8 with a BOM like our exports.
#[expect(clippy::expect_used, reason = "writing to memory cannot fail")]
pub fn template_csv(lang: Language) -> Vec<u8> {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    out.write_record(COLUMNS.iter().map(|c| c.word(lang)))
        .expect("writing to memory");
    out.into_inner().expect("writing to memory")
}
