//! A group's join link as a QR code, drawn by plotters like every other picture: the
//! `qrcode` crate encodes, this module lays the dark modules out as runs of squares.

use plotters::coord::Shift;
use plotters::prelude::*;
use qrcode::{Color as Module, EcLevel, QrCode};

use super::draw::{DrawResult, FontProfile, Picture};

/// Modules of light margin around the code, as the QR standard asks, so phones find it on a
/// busy slide.
const QUIET: usize = 4;

#[derive(Clone, Debug, PartialEq)]
pub struct QrPicture {
    /// Modules per side, without the quiet zone.
    width: usize,
    dark: Vec<bool>,
    side: u32,
    /// Light modules drawn around the code.
    quiet: usize,
}

impl QrPicture {
    /// `text` encoded at medium error correction (a projector's glare and a crease on a
    /// printout are survivable), drawn `side` pixels square; `None` if it is too long.
    pub fn new(text: &str, side: u32) -> Option<Self> {
        let code = QrCode::with_error_correction_level(text, EcLevel::M).ok()?;
        Some(Self {
            width: code.width(),
            dark: code
                .to_colors()
                .into_iter()
                .map(|c| c == Module::Dark)
                .collect(),
            side,
            quiet: QUIET,
        })
    }

    /// The code alone, drawn `module` pixels a module: for a page that keeps the quiet zone
    /// light itself (the join slide's gaps between codes are four modules or more), so the
    /// modules can be bigger in the same room.
    pub fn bare(mut self, module: u32) -> Self {
        self.quiet = 0;
        self.side = module.max(1) * self.width as u32;
        self
    }

    /// Modules per side of the code itself, without the quiet zone.
    pub fn code_modules(&self) -> usize {
        self.width
    }

    /// The light margin the standard asks around the code, in modules.
    pub const QUIET: usize = QUIET;

    /// Modules per side, quiet zone (as drawn) included.
    pub fn modules(&self) -> usize {
        self.width + 2 * self.quiet
    }

    /// Whether the module at (x, y) is dark, quiet zone included (light).
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        let q = self.quiet;
        let inside = |v: usize| (q..q + self.width).contains(&v);
        inside(x) && inside(y) && self.dark[(y - q) * self.width + (x - q)]
    }
}

impl Picture for QrPicture {
    fn size(&self) -> (u32, u32) {
        (self.side, self.side)
    }

    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        _font: &FontProfile,
    ) -> DrawResult<DB> {
        area.fill(&WHITE)?;
        let n = self.modules();
        // Whole pixels per module keep the edges crisp; what is left over is margin.
        let unit = (self.side as usize / n).max(1) as i32;
        let offset = (self.side as i32 - unit * n as i32) / 2;
        for y in 0..n {
            let mut x = 0;
            while x < n {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < n && self.is_dark(x, y) {
                    x += 1;
                }
                let (x0, y0) = (offset + start as i32 * unit, offset + y as i32 * unit);
                area.draw(&Rectangle::new(
                    [(x0, y0), (offset + x as i32 * unit, y0 + unit)],
                    BLACK.filled(),
                ))?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
