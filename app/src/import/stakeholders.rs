//! A group's stakeholders from a CSV or spreadsheet: one row each, under a header row that
//! names the columns in any of the three languages or by their English ids, in any order.
//! Extra columns (our own export's `id`, `group`, `quadrant` …) are passed over, so a
//! `stakeholders.csv` exported from one workshop imports into another.
//!
//! Categories, levels and attitudes may be written as ids (`civil_society`) or as the words
//! of any language («Организации гражданского общества»). Every row is checked by the
//! domain exactly as a tablet's entry would be; the first problem-free file is the only one
//! that yields stakeholders.

use crate::domain::{
    Actor, Attitude, Change, Field, GroupId, Language, StakeholderFields, StakeholderId, Workshop,
    text,
};
use crate::files::Column;
use crate::i18n::Term;
use crate::wire::{ErrorCode, ErrorDetail, FileProblem};

use super::table::{Record, Table, unneutralise};
use super::{ImportError, MAX_PROBLEMS, MAX_ROWS, column_letter, csv_table, xlsx_table};

/// The columns a file may have, in the order the template lists them: a stakeholder's
/// fields ([`Field::STAKEHOLDER`]), each at its field's place.
pub const COLUMNS: [Column; 9] = columns(Field::STAKEHOLDER);

/// The columns a file must have.
pub const REQUIRED: [Field; 5] = [
    Field::Name,
    Field::Category,
    Field::Level,
    Field::Interest,
    Field::Influence,
];

/// The fields' columns; a field without one fails the build, since [`COLUMNS`] is evaluated
/// by the compiler.
const fn columns<const N: usize>(fields: [Field; N]) -> [Column; N] {
    let mut out = [Column::Name; N];
    let mut i = 0;
    while i < N {
        out[i] = match Column::of(fields[i]) {
            Some(column) => column,
            None => panic!("every stakeholder field has its column"),
        };
        i += 1;
    }
    out
}

/// Case, spacing, `_` and ё do not matter when matching words.
fn fold(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '_')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .replace('ё', "е")
}

/// Which column a header names, if any.
fn column_key(header: &str) -> Option<Field> {
    let header = fold(header.trim_start_matches('\u{feff}'));
    Field::STAKEHOLDER
        .into_iter()
        .zip(COLUMNS)
        .find(|(_, column)| {
            fold(column.as_str()) == header
                || Language::ALL
                    .into_iter()
                    .any(|l| fold(&column.word(l)) == header)
        })
        .map(|(field, _)| field)
}

/// The value `cell` names among `values`: its id (`id`) or its word in any language.
fn word<'a, T: Term>(cell: &str, values: &'a [T], id: impl Fn(&T) -> &str) -> Option<&'a T> {
    let cell = fold(cell);
    values.iter().find(|value| {
        fold(id(value)) == cell
            || Language::ALL
                .into_iter()
                .any(|l| fold(&value.word(l)) == cell)
    })
}

/// Where each known column is, by index into [`Field::STAKEHOLDER`].
struct Columns {
    at: [Option<usize>; Field::STAKEHOLDER.len()],
    headers: Vec<String>,
}

impl Columns {
    fn of(header: &Record) -> Self {
        let mut at = [None; Field::STAKEHOLDER.len()];
        for (i, cell) in header.cells.iter().enumerate() {
            if let Some(slot) = column_key(cell).and_then(slot) {
                at[slot].get_or_insert(i);
            }
        }
        Self {
            at,
            headers: header.cells.clone(),
        }
    }
    fn index(&self, field: Field) -> Option<usize> {
        slot(field).and_then(|slot| self.at[slot])
    }
    fn cell<'r>(&self, record: &'r Record, field: Field) -> &'r str {
        self.index(field)
            .map(|i| unneutralise(record.cell(i)))
            .unwrap_or_default()
    }
    fn problem(&self, line: u64, field: Field, code: ErrorCode, message: String) -> FileProblem {
        let index = self.index(field);
        FileProblem {
            line,
            column: index.map(column_letter),
            header: index.and_then(|i| self.headers.get(i).cloned()),
            code,
            message,
            min: None,
            max: None,
            character: None,
        }
    }
}

/// The place of `field` among a stakeholder's fields; `None` for any other field.
fn slot(field: Field) -> Option<usize> {
    Field::STAKEHOLDER.iter().position(|f| *f == field)
}

/// A file's stakeholders, every row checked.
#[derive(Debug)]
pub struct ReadStakeholders {
    /// Each row's checked fields, in the file's order.
    pub rows: Vec<StakeholderFields>,
    /// Characters removed from the texts ([`text::strip`]), one per cell, at its place.
    pub warnings: Vec<FileProblem>,
}

/// Reads a stakeholders file for `group` of `workshop`. Nothing is returned unless every
/// row is right.
pub fn read_stakeholders(
    bytes: &[u8],
    workshop: &Workshop,
    group: GroupId,
) -> Result<ReadStakeholders, ImportError> {
    let table = if xlsx_table::is_spreadsheet(bytes) {
        xlsx_table::read(bytes, |cells| {
            cells.iter().any(|c| column_key(c) == Some(Field::Name))
        })?
    } else {
        csv_table::read(bytes)?
    };
    stakeholders(&table, workshop, group)
}

fn stakeholders(
    table: &Table,
    workshop: &Workshop,
    group: GroupId,
) -> Result<ReadStakeholders, ImportError> {
    let mut records = table.records.iter().filter(|r| !r.is_blank());
    let header = records.next().ok_or(ImportError::Empty)?;
    let rows: Vec<&Record> = records.collect();
    if rows.len() > MAX_ROWS {
        return Err(ImportError::TooManyRows {
            rows: rows.len(),
            max: MAX_ROWS,
        });
    }
    let columns = Columns::of(header);
    let missing: Vec<FileProblem> = Field::STAKEHOLDER
        .into_iter()
        .zip(COLUMNS)
        .filter(|(field, _)| REQUIRED.contains(field) && columns.index(*field).is_none())
        .map(|(_, column)| {
            let key = column.as_str();
            // The header the file should have, in the workshop's language.
            let wanted = column.word(workshop.language());
            FileProblem {
                line: header.line,
                column: None,
                message: format!(
                    "no column \"{wanted}\" ({key}); the header row names the columns"
                ),
                header: Some(wanted),
                code: ErrorCode::MissingColumn,
                min: None,
                max: None,
                character: None,
            }
        })
        .collect();
    if !missing.is_empty() {
        return Err(ImportError::Problems(missing));
    }
    if rows.is_empty() {
        return Err(ImportError::Empty);
    }
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let mut read = Vec::with_capacity(rows.len());
    for record in rows {
        match row(&columns, record, workshop, group, &mut warnings) {
            Ok(fields) => read.push(fields),
            Err(mut found) => problems.append(&mut found),
        }
        if problems.len() >= MAX_PROBLEMS {
            problems.truncate(MAX_PROBLEMS);
            break;
        }
    }
    if problems.is_empty() {
        Ok(ReadStakeholders {
            rows: read,
            warnings,
        })
    } else {
        Err(ImportError::Problems(problems))
    }
}

/// A score as a spreadsheet may hold it: `4`, or `4.0` from a number cell.
fn whole(cell: &str) -> Option<i64> {
    let cell = cell.trim();
    cell.parse::<i64>().ok().or_else(|| {
        let f: f64 = cell.replace(',', ".").parse().ok()?;
        (f.fract() == 0.0 && f.abs() < 1e9).then_some(f as i64)
    })
}

/// A text cell without the characters the domain refuses; a warning for each cell that had
/// any, naming the first.
fn text_cell(
    columns: &Columns,
    record: &Record,
    field: Field,
    warnings: &mut Vec<FileProblem>,
) -> String {
    let (kept, removed) = text::strip(columns.cell(record, field), field);
    if let Some(first) = removed.first() {
        let character = text::code_point(u32::from(*first));
        let mut warning = columns.problem(
            record.line,
            field,
            ErrorCode::BadCharacter,
            format!(
                "removed {} invisible, direction-changing or control character(s), the first {character}",
                removed.len()
            ),
        );
        warning.character = Some(character);
        warnings.push(warning);
    }
    kept
}

fn row(
    columns: &Columns,
    record: &Record,
    workshop: &Workshop,
    group: GroupId,
    warnings: &mut Vec<FileProblem>,
) -> Result<StakeholderFields, Vec<FileProblem>> {
    let line = record.line;
    let mut problems = Vec::new();
    let scale = workshop.scale();
    let mut score = |field: Field| {
        let cell = columns.cell(record, field);
        let key = field.as_str();
        if cell.trim().is_empty() {
            let blank = format!("{key} must not be blank");
            problems.push(columns.problem(line, field, ErrorCode::Blank, blank));
            return None;
        }
        let value = whole(cell);
        if value.is_none() {
            let mut p = columns.problem(
                line,
                field,
                ErrorCode::NotANumber,
                format!(
                    "{key} must be a whole number from {} to {}, not {cell:?}",
                    scale.min(),
                    scale.max()
                ),
            );
            (p.min, p.max) = (Some(scale.min().into()), Some(scale.max().into()));
            problems.push(p);
        }
        value
    };
    let interest = score(Field::Interest);
    let influence = score(Field::Influence);
    let category = columns.cell(record, Field::Category);
    let category =
        word(category, workshop.categories(), |c| c.as_str()).map_or(category, |c| c.as_str());
    let level = columns.cell(record, Field::Level);
    let level = word(level, workshop.levels(), |l| l.as_str()).map_or(level, |l| l.as_str());
    let attitude_cell = columns.cell(record, Field::Attitude);
    let attitude = if attitude_cell.trim().is_empty() {
        Attitude::Unknown
    } else {
        match word(attitude_cell, &Attitude::ALL, |a| a.as_str()) {
            Some(a) => *a,
            None => {
                problems.push(columns.problem(
                    line,
                    Field::Attitude,
                    ErrorCode::UnknownAttitude,
                    format!(
                        "unknown attitude {attitude_cell:?}; use supportive, neutral, opposed or unknown (or leave it blank)"
                    ),
                ));
                Attitude::Unknown
            }
        }
    };
    // A score already reported stands in as the scale's lowest, so the domain still checks
    // the rest of the row and every problem is reported at once.
    let fields = StakeholderFields {
        name: text_cell(columns, record, Field::Name, warnings),
        category: category.to_owned(),
        level: level.to_owned(),
        interest: interest.unwrap_or(scale.min().into()),
        influence: influence.unwrap_or(scale.min().into()),
        attitude,
        interests: text_cell(columns, record, Field::Interests, warnings),
        cooperation: text_cell(columns, record, Field::Cooperation, warnings),
        notes: text_cell(columns, record, Field::Notes, warnings),
    };
    let change = Change::AddStakeholder {
        // Checking only: the server gives each row its own id when it adds them.
        id: StakeholderId::from_random_bytes([0; 16]),
        group,
        fields,
    };
    match workshop.validate(Actor::Moderator, change) {
        Ok(valid) if problems.is_empty() => match valid.change().clone() {
            Change::AddStakeholder { fields, .. } => Ok(fields),
            _ => unreachable!("validation keeps the kind of change"),
        },
        Ok(_) => Err(problems),
        Err(e) => {
            let field = e.field().unwrap_or(Field::Name);
            let detail = ErrorDetail::from(&e);
            let mut p = columns.problem(line, field, detail.code, detail.message);
            (p.min, p.max) = (detail.min, detail.max);
            if !problems.iter().any(|q| q.column == p.column) {
                problems.push(p);
                problems.sort_by_key(|q| q.column.as_ref().map(|c| (c.len(), c.clone())));
            }
            Err(problems)
        }
    }
}
