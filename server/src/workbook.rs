//! `workshop.xlsx`: one workbook with the stakeholders (each with its quadrant), the
//! relationships, the combined map and the graph's measures — the same rows as the CSV files
//! (`app::export`), headers bold in a frozen first row, columns as wide as their text (up to a
//! limit). Scores and measures are numbers, so a spreadsheet can sort and chart them; text is
//! written as text, never as a formula, so no cell needs the CSV's leading `'`.
//!
//! Here rather than in `app::export` because only the server writes it, and the writer is a
//! large dependency the browser's build has no use for.

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use app::chart::{GridOptions, graph_input};
use app::domain::Workshop;
use app::export::{ExportError, ExportOptions, relationships_table, rows, stakeholders_table};
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

/// The workbook for `options`' group and language; the combined map's sheet is always the
/// whole workshop's.
pub fn workbook(workshop: &Workshop, options: &ExportOptions) -> Result<Vec<u8>, WorkbookError> {
    let entries = rows(
        workshop,
        &ExportOptions {
            combined: false,
            ..*options
        },
    )?;
    let combined = rows(
        workshop,
        &ExportOptions {
            combined: true,
            group: None,
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

    let grid = GridOptions {
        group: options.group,
        ..GridOptions::default()
    };
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
            let m = measures.stakeholders.get(&s.id.to_string())?;
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
    Ok(wb.save_to_buffer()?)
}
