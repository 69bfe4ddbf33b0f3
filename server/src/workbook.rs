//! `workshop.xlsx`: one workbook with the stakeholders (each with its quadrant), the
//! relationships, the combined map and the graph's measures — the same rows as the CSV files
//! (`app::export`), headers bold in a frozen first row, columns as wide as their text (up to a
//! limit). Scores and measures are numbers, so a spreadsheet can sort and chart them; text is
//! written as text, never as a formula, so no cell needs the CSV's leading `'`.
//!
//! Here rather than in `app::export` because only the server writes it, and the writer is a
//! large dependency the browser's build has no use for.

use rust_xlsxwriter::{
    DataValidation, DataValidationRule, Format, Formula, Workbook, Worksheet, XlsxError,
};

use app::chart::{GridOptions, Scope, graph_input};
use app::domain::{Language, Workshop};
use app::export::{
    COMPARISON_NUMBERS, ExportError, ExportOptions, comparison_table, relationships_table, rows,
    stakeholders_table,
};
use app::files::Column;
use app::i18n::{Term, tr};
use app::import::{COLUMNS, template_values};
use app::wire::MeasuresView;

#[derive(Debug, thiserror::Error)]
pub enum WorkbookError {
    #[error(transparent)]
    Export(#[from] ExportError),
    #[error("writing the workbook failed: {0}")]
    Xlsx(#[from] XlsxError),
}

/// The widest a column gets, in characters; longer texts wrap when the row is opened.
const MAX_WIDTH: usize = 60;

fn sheet(
    ws: &mut Worksheet,
    name: &str,
    header: &[String],
    body: &[Vec<String>],
    numeric: &[usize],
) -> Result<(), XlsxError> {
    ws.set_name(name)?;
    let bold = Format::new().set_bold();
    for (c, h) in header.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, h, &bold)?;
    }
    for (r, row) in body.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            match cell.parse::<f64>() {
                Ok(n) if numeric.contains(&c) => ws.write_number(r, c as u16, n)?,
                _ => ws.write_string(r, c as u16, cell)?,
            };
        }
    }
    ws.set_freeze_panes(1, 0)?;
    for (c, h) in header.iter().enumerate() {
        let widest = std::iter::once(h)
            .chain(body.iter().filter_map(|row| row.get(c)))
            .flat_map(|cell| cell.lines().map(|l| l.chars().count()))
            .max()
            .unwrap_or(0);
        ws.set_column_width(c as u16, (widest.clamp(6, MAX_WIDTH) + 2) as f64)?;
    }
    Ok(())
}

/// The workbook for `options`' group and language: the entries and measures sheets hold the
/// group's entries (every group's for the combined map), the combined map's sheet is always
/// the whole workshop's.
pub fn workbook(workshop: &Workshop, options: &ExportOptions) -> Result<Vec<u8>, WorkbookError> {
    let entries_scope = match options.scope {
        Scope::Combined => Scope::AllGroups,
        scope => scope,
    };
    let entries = rows(
        workshop,
        &ExportOptions {
            scope: entries_scope,
            ..*options
        },
    )?;
    let combined = rows(
        workshop,
        &ExportOptions {
            scope: Scope::Combined,
            ..*options
        },
    )?;
    let words = &entries.words;
    let mut wb = Workbook::new();

    let (header, body) = stakeholders_table(&entries);
    sheet(
        wb.add_worksheet(),
        &words.word("export-sheet-stakeholders"),
        &header,
        &body,
        &[6, 7],
    )?;
    let (header, body) = relationships_table(&entries);
    sheet(
        wb.add_worksheet(),
        &words.word("export-sheet-relationships"),
        &header,
        &body,
        &[8],
    )?;
    let (header, body) = stakeholders_table(&combined);
    sheet(
        wb.add_worksheet(),
        &words.word("export-sheet-combined"),
        &header,
        &body,
        &[6, 7, 14],
    )?;

    let grid = GridOptions::scope(entries_scope);
    let measures = MeasuresView::of(&graph_input(workshop, &grid, options.lang));
    let header: Vec<String> = [
        "id",
        "name",
        "degree",
        "degree_in",
        "degree_out",
        "weighted_degree",
        "betweenness",
        "component",
        "community",
        "isolated",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    let body: Vec<Vec<String>> = entries
        .stakeholders
        .iter()
        .filter_map(|s| {
            let m = measures.stakeholders.get(&s.id)?;
            Some(vec![
                s.id.to_string(),
                m.name.clone(),
                m.degree.to_string(),
                m.degree_in.to_string(),
                m.degree_out.to_string(),
                m.weighted_degree.to_string(),
                m.betweenness.to_string(),
                m.component.to_string(),
                m.community.to_string(),
                m.isolated.to_string(),
            ])
        })
        .collect();
    sheet(
        wb.add_worksheet(),
        &words.word("export-sheet-measures"),
        &header,
        &body,
        &[2, 3, 4, 5, 6, 7, 8],
    )?;
    // One sheet per baseline: "Сравнение", or "Сравнение 1", "Сравнение 2"… when several.
    let baselines = workshop.baselines();
    for (n, b) in baselines.iter().enumerate() {
        let (header, body) = comparison_table(workshop, b, words);
        let mut name = words.word("export-sheet-comparison");
        if baselines.len() > 1 {
            name = format!("{name} {}", n + 1);
        }
        sheet(
            wb.add_worksheet(),
            &name,
            &header,
            &body,
            &COMPARISON_NUMBERS,
        )?;
    }
    Ok(wb.save_to_buffer()?)
}

/// `stakeholders-template.xlsx`: the header row in `lang` and drop-down lists of the words
/// each listed column takes (from a second sheet, so names may hold commas), scores limited
/// to the scale. What a group fills in here imports as it is.
pub fn template_xlsx(workshop: &Workshop, lang: Language) -> Result<Vec<u8>, WorkbookError> {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let lists_name = tr(lang, "import-template-lists");
    let mut lists = Worksheet::new();
    lists.set_name(&lists_name)?;
    let ws = wb.add_worksheet();
    ws.set_name(tr(lang, "export-sheet-stakeholders"))?;
    let scale = workshop.scale();
    let rows = app::import::MAX_ROWS as u32;
    let mut list_col = 0u16;
    for (c, column) in COLUMNS.into_iter().enumerate() {
        let c = c as u16;
        let header = column.word(lang);
        ws.write_string_with_format(0, c, &header, &bold)?;
        ws.set_column_width(c, if c == 0 { 40.0 } else { 22.0 })?;
        let values = template_values(workshop, lang, column);
        let rule = if !values.is_empty() {
            lists.write_string_with_format(0, list_col, &header, &bold)?;
            for (r, v) in values.iter().enumerate() {
                lists.write_string(r as u32 + 1, list_col, v)?;
            }
            lists.set_column_width(list_col, 36.0)?;
            let letter = app::import::column_letter(list_col.into());
            let range = format!(
                "='{}'!${letter}$2:${letter}${}",
                lists_name.replace('\'', "''"),
                values.len() + 1
            );
            list_col += 1;
            Some(DataValidation::new().allow_list_formula(Formula::new(range)))
        } else if matches!(column, Column::Interest | Column::Influence) {
            Some(
                DataValidation::new()
                    .allow_whole_number(DataValidationRule::Between(
                        i32::from(scale.min()),
                        i32::from(scale.max()),
                    ))
                    .set_error_message(format!("{} {}–{}", header, scale.min(), scale.max()))?,
            )
        } else {
            None
        };
        if let Some(rule) = rule {
            ws.add_data_validation(1, c, rows, c, &rule)?;
        }
    }
    ws.set_freeze_panes(1, 0)?;
    wb.push_worksheet(lists);
    Ok(wb.save_to_buffer()?)
}
