//! The analysts' files, the import's templates and the pictures by name, and the columns the
//! tables have: the one spelling of each, shared by the server (which writes them), the
//! writers and imports (`export`, `import`) and the browser (the console's links, the
//! report's tables).
//!
//! Compiled for both sides, unlike `export` and `import` (server only), so the browser's WASM
//! knows the names without carrying the CSV and XML writers.

use crate::domain::Field;

mod pictures;

pub use pictures::{ImageFormat, Picture, PictureFile};

/// The files, by the name they have in the URL and on disk.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ExportFile {
    /// `workshop.xlsx`: written by the server alone (`server/src/workbook.rs`), because the
    /// XLSX writer is a large dependency the browser has no use for.
    Workbook,
    StakeholdersCsv,
    RelationshipsCsv,
    GraphMl,
    Gexf,
    Dot,
    WorkshopJson,
}

impl ExportFile {
    /// Every file, in the order the console offers them.
    pub const ALL: [ExportFile; 7] = [
        ExportFile::Workbook,
        ExportFile::StakeholdersCsv,
        ExportFile::RelationshipsCsv,
        ExportFile::GraphMl,
        ExportFile::Gexf,
        ExportFile::Dot,
        ExportFile::WorkshopJson,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ExportFile::Workbook => "workshop.xlsx",
            ExportFile::StakeholdersCsv => "stakeholders.csv",
            ExportFile::RelationshipsCsv => "relationships.csv",
            ExportFile::GraphMl => "graph.graphml",
            ExportFile::Gexf => "graph.gexf",
            ExportFile::Dot => "graph.dot",
            ExportFile::WorkshopJson => "workshop.json",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.name() == name)
    }

    pub fn content_type(self) -> &'static str {
        match self {
            ExportFile::Workbook => XLSX_TYPE,
            // `header=present` tells spreadsheets the first row is headers (RFC 4180).
            ExportFile::StakeholdersCsv | ExportFile::RelationshipsCsv => {
                "text/csv; charset=utf-8; header=present"
            }
            ExportFile::GraphMl => "application/graphml+xml; charset=utf-8",
            ExportFile::Gexf => "application/gexf+xml; charset=utf-8",
            ExportFile::Dot => "text/vnd.graphviz; charset=utf-8",
            ExportFile::WorkshopJson => "application/json",
        }
    }

    /// Whether the file is one map — a group's entries, every group's, or the combined map,
    /// as `group` and `combined` choose — so that its name says which. Not the workshop file
    /// (always whole) nor the workbook (the chosen entries beside the whole combined map).
    pub fn takes_options(self) -> bool {
        !matches!(self, ExportFile::WorkshopJson | ExportFile::Workbook)
    }
}

/// The template a group fills in for an import (`GET …/template/{file}`), by its name in the
/// URL.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TemplateFile {
    Csv,
    Xlsx,
}

impl TemplateFile {
    pub const ALL: [TemplateFile; 2] = [TemplateFile::Csv, TemplateFile::Xlsx];

    pub fn name(self) -> &'static str {
        match self {
            TemplateFile::Csv => "stakeholders.csv",
            TemplateFile::Xlsx => "stakeholders.xlsx",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.name() == name)
    }

    /// As the stakeholders' own file.
    pub fn content_type(self) -> &'static str {
        match self {
            TemplateFile::Csv => ExportFile::StakeholdersCsv.content_type(),
            TemplateFile::Xlsx => XLSX_TYPE,
        }
    }
}

/// An Excel workbook's content type (the export's workbook and the import's template).
const XLSX_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// A column of the analysts' tables — the CSV files, the workbook's sheets, the import
/// template — and of the report's tables. Its id ([`Column::as_str`]) is the files' own
/// name for it (the graph files' attribute, the header an import also reads); its header in
/// each language is its [`crate::i18n::Term`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Column {
    Id,
    GroupId,
    /// The group's (or groups') name.
    Group,
    Name,
    Category,
    Level,
    Interest,
    Influence,
    Quadrant,
    Attitude,
    Interests,
    Cooperation,
    Notes,
    /// A combined row's members' ids.
    Members,
    /// How many entries a combined stakeholder joins.
    Entries,
    /// A relationship's ends: ids, and names.
    FromId,
    From,
    ToId,
    To,
    Kind,
    Strength,
    /// One-way or mutual.
    Direction,
}

impl Column {
    /// The stakeholders' file, in its order.
    pub const STAKEHOLDERS: [Column; 13] = [
        Column::Id,
        Column::GroupId,
        Column::Group,
        Column::Name,
        Column::Category,
        Column::Level,
        Column::Interest,
        Column::Influence,
        Column::Quadrant,
        Column::Attitude,
        Column::Interests,
        Column::Cooperation,
        Column::Notes,
    ];

    /// Added at the end for the combined map, so the first columns stay where they are.
    pub const COMBINED: [Column; 2] = [Column::Members, Column::Entries];

    /// The relationships' file: `from` and `to` are the ends' names, `from_id` and `to_id`
    /// their ids.
    pub const RELATIONSHIPS: [Column; 10] = [
        Column::Id,
        Column::GroupId,
        Column::Group,
        Column::FromId,
        Column::From,
        Column::ToId,
        Column::To,
        Column::Kind,
        Column::Strength,
        Column::Direction,
    ];

    /// Every column the files have, each once.
    pub fn all() -> Vec<Column> {
        let mut all: Vec<Column> = Vec::new();
        for c in [
            &Self::STAKEHOLDERS[..],
            &Self::COMBINED,
            &Self::RELATIONSHIPS,
        ]
        .concat()
        {
            if !all.contains(&c) {
                all.push(c);
            }
        }
        all
    }

    /// The column's id: a field's name for a column that holds that field ([`Column::of`]).
    pub const fn as_str(self) -> &'static str {
        match self {
            Column::Id => "id",
            Column::GroupId => Field::GroupId.as_str(),
            Column::Group => "group",
            Column::Name => Field::Name.as_str(),
            Column::Category => Field::Category.as_str(),
            Column::Level => Field::Level.as_str(),
            Column::Interest => Field::Interest.as_str(),
            Column::Influence => Field::Influence.as_str(),
            Column::Quadrant => "quadrant",
            Column::Attitude => Field::Attitude.as_str(),
            Column::Interests => Field::Interests.as_str(),
            Column::Cooperation => Field::Cooperation.as_str(),
            Column::Notes => Field::Notes.as_str(),
            Column::Members => "members",
            Column::Entries => "n",
            Column::FromId => "from_id",
            // The end's name; `from_id` holds what the relationship's `from` field holds.
            Column::From => "from",
            Column::ToId => "to_id",
            Column::To => "to",
            Column::Kind => Field::Kind.as_str(),
            Column::Strength => Field::Strength.as_str(),
            Column::Direction => "direction",
        }
    }

    /// The column that holds `field` as it is entered: every stakeholder's field, a
    /// relationship's kind and strength, and the group's id.
    pub const fn of(field: Field) -> Option<Column> {
        Some(match field {
            Field::GroupId => Column::GroupId,
            Field::Name => Column::Name,
            Field::Category => Column::Category,
            Field::Level => Column::Level,
            Field::Interest => Column::Interest,
            Field::Influence => Column::Influence,
            Field::Attitude => Column::Attitude,
            Field::Interests => Column::Interests,
            Field::Cooperation => Column::Cooperation,
            Field::Notes => Column::Notes,
            Field::Kind => Column::Kind,
            Field::Strength => Column::Strength,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests;
