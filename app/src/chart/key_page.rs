//! The key's own pages: the names that did not fit beside a grid or graph, laid out in as many
//! columns as the canvas holds at the picture's label size, over as many pages as they need.
//! The presentation shows them as the slide's next pages; nothing of the key is ever dropped.

use super::geometry::Rect;
use super::legend::{self, Entry, LegendRow};
use super::page::{Page, Sizes, title_lines};
use super::text::TextItem;

#[derive(Clone, PartialEq, Debug)]
pub struct KeyPage {
    pub canvas: Rect,
    pub sizes: Sizes,
    /// The title's lines.
    pub title: Vec<TextItem>,
    pub legend: Vec<LegendRow>,
}

impl KeyPage {
    /// `entries` on pages of `width` × `height`; `title(page, pages)` names each (1-based), and
    /// `continues` ends every page but the last.
    pub fn pages(
        entries: &[Entry],
        title: impl Fn(usize, usize) -> String,
        continues: &str,
        width: f64,
        height: f64,
    ) -> Vec<KeyPage> {
        if entries.is_empty() {
            return Vec::new();
        }
        // Room for the widest title the pages can have.
        let page = Page::compose(width, height, &title(99, 99));
        let panel = legend::Panel {
            area: page.body,
            px: page.sizes.label,
            min_px: page.sizes.label,
            margin: page.margin,
            max_columns: 4,
        };
        let mut pages: Vec<Vec<LegendRow>> = Vec::new();
        let mut left = entries.to_vec();
        while !left.is_empty() {
            let laid = legend::lay_out(Vec::new(), left.clone(), &panel, continues);
            // An entry taller than a whole page cannot happen with wrapped names; stop rather
            // than loop if it ever does.
            if laid.rest.len() >= left.len() {
                break;
            }
            pages.push(laid.rows);
            left = laid.rest;
        }
        let count = pages.len();
        let top = Rect::new(
            page.margin,
            page.margin,
            page.canvas.w - 2.0 * page.margin,
            page.canvas.h,
        );
        pages
            .into_iter()
            .enumerate()
            .map(|(i, rows)| KeyPage {
                canvas: page.canvas,
                sizes: page.sizes,
                title: title_lines(&title(i + 1, count), page.sizes.title, top),
                legend: rows,
            })
            .collect()
    }

    /// Every piece of text on the page.
    pub fn texts(&self) -> impl Iterator<Item = &TextItem> {
        self.title.iter().chain(self.legend.iter().map(|r| &r.text))
    }
}
