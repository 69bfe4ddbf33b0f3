//! How a picture uses its canvas: type sizes from the canvas size (28 px labels at 1920×1080,
//! never below what a tablet reads), the title (wrapped, never cut), and the split into the
//! chart and the legend panel (beside the chart on landscape canvases, below it on portrait
//! ones).

use super::geometry::{Point, Rect};
use super::text::{self, Align, TextItem, Weight};

/// Type sizes and the base line width, in pixels.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Sizes {
    pub label: f64,
    pub title: f64,
    pub quadrant: f64,
    pub line: f64,
    /// The smallest type a legend or key may shrink to: 20 px at 1920×1080, and never below
    /// 14 px, which is still read from the back of a room on a 1024×768 projector.
    pub small: f64,
}

pub struct Page {
    pub canvas: Rect,
    /// 1 at 1920×1080.
    pub unit: f64,
    pub sizes: Sizes,
    pub margin: f64,
    /// The title's lines.
    pub title: Vec<TextItem>,
    /// Below the title: the chart and the panel together.
    pub body: Rect,
    pub chart: Rect,
    pub panel: Rect,
}

impl Page {
    pub fn compose(width: f64, height: f64, title: &str) -> Page {
        Self::compose_at(width, height, title, None)
    }

    /// [`Page::compose`] with the type of a larger picture this one is a panel of (`unit`: 1
    /// at 1920×1080), so a panel's words are as large as the whole picture's.
    pub fn compose_at(width: f64, height: f64, title: &str, unit: Option<f64>) -> Page {
        let canvas = Rect::new(0.0, 0.0, width.max(1.0), height.max(1.0));
        let unit = unit.unwrap_or((canvas.w / 1920.0).min(canvas.h / 1080.0));
        let label = (28.0 * unit).max(15.0);
        let sizes = Sizes {
            label,
            title: (36.0 * unit).max(17.0),
            quadrant: (30.0 * unit).max(15.0),
            line: (2.0 * unit).max(1.0),
            small: (20.0 * unit).max(14.0).min(label),
        };
        let margin = (18.0 * unit).max(8.0);
        let line = text::line_height(label);
        let mut body = Rect::new(
            margin,
            margin,
            canvas.w - 2.0 * margin,
            canvas.h - 2.0 * margin,
        );
        let title = title_lines(title, sizes.title, body);
        if let Some(last) = title.last() {
            let used = last.bounds.bottom() - body.y + margin / 2.0;
            body.y += used;
            body.h -= used;
        }
        let (chart, panel) = if canvas.w >= canvas.h * 1.15 {
            let pw = (body.w * 0.27).max(label * 9.0).min(body.w * 0.45);
            (
                Rect::new(body.x, body.y, body.w - pw - margin, body.h),
                Rect::new(body.right() - pw, body.y, pw, body.h),
            )
        } else {
            let ph = (body.h * 0.3).max(line * 5.0).min(body.h * 0.45);
            (
                Rect::new(body.x, body.y, body.w, body.h - ph - margin),
                Rect::new(body.x, body.bottom() - ph, body.w, ph),
            )
        };
        Page {
            canvas,
            unit,
            sizes,
            margin,
            title,
            body,
            chart,
            panel,
        }
    }
}

/// A title wrapped to the width of `body`, from its top: at most three lines, then in smaller
/// type rather than cut.
pub fn title_lines(title: &str, px: f64, body: Rect) -> Vec<TextItem> {
    if title.trim().is_empty() {
        return Vec::new();
    }
    let mut px = px;
    let mut lines = text::wrap(title, px, Weight::Bold, body.w);
    while lines.len() > 3 && px > 12.0 {
        px *= 0.9;
        lines = text::wrap(title, px, Weight::Bold, body.w);
    }
    let h = text::line_height(px);
    lines
        .into_iter()
        .enumerate()
        .map(|(i, words)| {
            TextItem::new(
                words,
                Point::new(body.x, body.y + i as f64 * h + h / 2.0),
                Align::Left,
                px,
                Weight::Bold,
            )
        })
        .collect()
}
