//! Draws the laid-out pictures with plotters onto any backend: SVG for the screen and for files
//! (here), PNG on the server. Drawing decides nothing about positions; it follows the layout.
//! Each picture has its module (`grid`, `graph`, `contested`); the legend (`legend`) and the
//! marks they are all made of (`marks`) are shared.

mod contested;
mod graph;
mod grid;
mod legend;
mod marks;
mod timeline;

use plotters::coord::Shift;
use plotters::prelude::*;

use super::contested::ContestedLayout;
use super::graph::GraphLayout;
use super::grid::GridLayout;
use super::key_page::KeyPage;
use super::labels::Label;
use super::legend::LegendRow;
use super::multiples::{GraphPanels, GridPanels, Panel};
use super::palette;
use super::svg::SvgWriter;
use super::text::TextItem;
use super::timeline::TimelineLayout;
use marks::{colour, rect, segment, text};

/// How a backend sets type, so text lands where the layout measured it.
#[derive(Clone, Copy, Debug)]
pub struct FontProfile {
    pub family: &'static str,
    /// plotters' size for a font whose em is 1 px.
    pub size_per_em: f64,
    /// From the top plotters anchors at down to the baseline, in ems.
    pub top_to_baseline: f64,
}

/// The family the pictures ask for; the PNG renderer registers the embedded DejaVu Sans under
/// this very name.
pub const FAMILY: &str = "DejaVu Sans, Verdana, Arial, sans-serif";

/// Our SVG writer sets `font-size` to plotters' size and puts the baseline 0.76 em below the top.
pub const SVG: FontProfile = FontProfile {
    family: FAMILY,
    size_per_em: 1.0,
    top_to_baseline: super::svg::TOP_TO_BASELINE,
};

pub type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// A picture that plotters can draw: the grid or the graph.
pub trait Picture {
    /// Its canvas in pixels.
    fn size(&self) -> (u32, u32);
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        font: &FontProfile,
    ) -> DrawResult<DB>;
}

/// [`Picture`] for laid-out pictures: each has its canvas, and one function draws it.
macro_rules! pictures {
    ($($kind:ty => $draw:path),* $(,)?) => {$(
        impl Picture for $kind {
            fn size(&self) -> (u32, u32) {
                (self.canvas.w.round() as u32, self.canvas.h.round() as u32)
            }
            fn draw<DB: DrawingBackend>(
                &self,
                area: &DrawingArea<DB, Shift>,
                font: &FontProfile,
            ) -> DrawResult<DB> {
                $draw(self, area, font)
            }
        }
    )*};
}

pictures!(
    GridLayout => grid::draw_grid,
    GraphLayout => graph::draw_graph,
    KeyPage => draw_key_page,
    GridPanels => draw_panels,
    GraphPanels => draw_panels,
    ContestedLayout => contested::draw_contested,
    TimelineLayout => timeline::draw_timeline,
);

/// The key's own page: its title and its rows.
fn draw_key_page<DB: DrawingBackend>(
    page: &KeyPage,
    area: &DrawingArea<DB, Shift>,
    font: &FontProfile,
) -> DrawResult<DB> {
    area.fill(&colour(palette::PAPER))?;
    words(
        area,
        &[],
        &page.legend,
        &page.title,
        &None,
        page.sizes.line,
        font,
    )
}

/// Small multiples as drawing sees them: panels that are pictures of their own, and the legend
/// and title they share.
trait Multiples {
    type Layout: Picture;
    fn parts(&self) -> Parts<'_, Self::Layout>;
}

/// The panels, the shared legend, the title, and the base line width.
type Parts<'a, L> = (&'a [Panel<L>], &'a [LegendRow], &'a [TextItem], f64);

impl Multiples for GridPanels {
    type Layout = GridLayout;
    fn parts(&self) -> Parts<'_, GridLayout> {
        (&self.panels, &self.legend, &self.title, self.sizes.line)
    }
}

impl Multiples for GraphPanels {
    type Layout = GraphLayout;
    fn parts(&self) -> Parts<'_, GraphLayout> {
        (&self.panels, &self.legend, &self.title, self.sizes.line)
    }
}

/// Small multiples: each panel drawn in its own part of the canvas, then the shared legend
/// and the title.
fn draw_panels<M: Multiples, DB: DrawingBackend>(
    multiples: &M,
    area: &DrawingArea<DB, Shift>,
    font: &FontProfile,
) -> DrawResult<DB> {
    let (panels, legend, title, line) = multiples.parts();
    area.fill(&colour(palette::PAPER))?;
    for panel in panels {
        let a = panel.area;
        let sub = area.clone().shrink(
            (a.x.round() as i32, a.y.round() as i32),
            (a.w.round() as u32, a.h.round() as u32),
        );
        panel.layout.draw(&sub, font)?;
    }
    words(area, &[], legend, title, &None, line, font)
}

/// The leader lines from marks to the labels set away from them.
fn leaders<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    labels: &[Label],
    line: f64,
) -> DrawResult<DB> {
    for label in labels {
        if let Some((from, to)) = label.leader {
            segment(area, from, to, palette::MUTED, line * 0.75)?;
        }
    }
    Ok(())
}

/// What every picture puts on top: the labels (on a paper backing that keeps them legible over
/// rules and edges), the legend, the title and the note.
fn words<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    labels: &[Label],
    rows: &[LegendRow],
    title: &[TextItem],
    note: &Option<TextItem>,
    line: f64,
    font: &FontProfile,
) -> DrawResult<DB> {
    for label in labels {
        rect(area, label.text.bounds, palette::PAPER, true, 0.0)?;
        text(area, &label.text, palette::INK, font)?;
    }
    legend::legend(area, rows, line, font)?;
    for t in title {
        text(area, t, palette::INK, font)?;
    }
    if let Some(t) = note {
        text(area, t, palette::MUTED, font)?;
    }
    Ok(())
}

/// The picture as an SVG document.
#[expect(clippy::expect_used, reason = "drawing into a string cannot fail")]
pub fn svg(picture: &impl Picture) -> String {
    let mut out = String::new();
    {
        let root = SvgWriter::new(&mut out, picture.size()).into_drawing_area();
        picture
            .draw(&root, &SVG)
            .expect("drawing into a string cannot fail");
        root.present().expect("drawing into a string cannot fail");
    }
    out
}
