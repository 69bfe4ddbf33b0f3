//! The comparison with a baseline as a table (`comparison.csv`, and a sheet of
//! `workshop.xlsx`): one row per actor of either map — its name now and in the baseline, the
//! groups, both pairs of scores (medians), both quadrants and what changed — quadrant changes
//! first, in the reader's language.

use super::ExportError;
use super::csv_files::write;
use super::rows::{Words, score};
use crate::domain::{Baseline, ComparisonRow, Workshop, combine, comparison};
use crate::files::Column;

/// The columns holding scores, which a spreadsheet keeps as numbers.
pub const COMPARISON_NUMBERS: [usize; 5] = [6, 7, 8, 9, 12];

/// What happened to one actor, in words.
fn change(words: &Words, row: &ComparisonRow) -> String {
    let key = match (row.shift.before, row.shift.after) {
        _ if row.shift.changed_quadrant() => "comparison-quadrant-changed",
        (None, _) => "comparison-new",
        (_, None) => "comparison-unmatched",
        _ if row.shift.distance() > 0.0 => "comparison-moved",
        _ => "comparison-same",
    };
    words.word(key)
}

/// The comparison of `workshop`'s combined map with `baseline`, as a header and rows.
pub fn comparison_table(
    workshop: &Workshop,
    baseline: &Baseline,
    words: &Words,
) -> (Vec<String>, Vec<Vec<String>>) {
    let map = combine(workshop);
    let header = vec![
        words.column(Column::Id),
        "baseline_id".to_owned(),
        words.column(Column::Name),
        words.word("comparison-then-name"),
        words.column(Column::Group),
        words.word("comparison-then-groups"),
        words.word("comparison-then-interest"),
        words.word("comparison-then-influence"),
        words.column(Column::Interest),
        words.column(Column::Influence),
        words.word("comparison-then-quadrant"),
        words.column(Column::Quadrant),
        words.word("comparison-distance"),
        words.word("comparison-change"),
    ];
    let body = comparison(baseline, &map, workshop.scale())
        .iter()
        .map(|row| {
            let pair =
                |p: Option<(f64, f64)>| p.map(|(a, b)| (score(a), score(b))).unwrap_or_default();
            let (then_interest, then_influence) = pair(row.shift.before);
            let (interest, influence) = pair(row.shift.after);
            let quadrant = |q: Option<_>| q.map(|q| words.quadrant(q)).unwrap_or_default();
            let id = |s: Option<crate::domain::StakeholderId>| {
                s.map(|s| s.to_string()).unwrap_or_default()
            };
            vec![
                id(row.stakeholder),
                id(row.actor),
                if row.shift.after.is_some() {
                    row.name.clone()
                } else {
                    String::new()
                },
                row.baseline_name.clone().unwrap_or_default(),
                words.groups(&row.groups_after),
                row.groups_before.join("; "),
                then_interest,
                then_influence,
                interest,
                influence,
                quadrant(row.shift.quadrant_before),
                quadrant(row.shift.quadrant_after),
                score((row.shift.distance() * 100.0).round() / 100.0),
                change(words, row),
            ]
        })
        .collect();
    (header, body)
}

/// `comparison.csv`: the table above, as the other CSV files are written.
pub fn comparison_csv(
    workshop: &Workshop,
    baseline: &Baseline,
    words: &Words,
) -> Result<Vec<u8>, ExportError> {
    let (header, body) = comparison_table(workshop, baseline, words);
    write(header, body)
}
