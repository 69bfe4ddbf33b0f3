//! Pictures: the influence/interest grid, laid out by a pure function and drawn by plotters.
//! The same code draws the tablet's live grid (SVG in the browser), the projector and the
//! files the server hands out (SVG, and PNG with the embedded font).

mod draw;
mod geometry;
mod grid_input;
mod grid_layout;
mod palette;
mod sample;
pub mod text;

pub use draw::{FAMILY, FontProfile, SVG, draw, svg};
pub use geometry::{Point, Rect};
pub use grid_input::{GridOptions, grid_input, title};
pub use grid_layout::{
    Align, GridInput, GridLayout, GridPoint, GridWords, Label, LegendRow, Marker, QuadrantItem,
    Symbol, TOUCH_TARGET, TextItem, group_tag,
};
pub use palette::{CATEGORY, Rgb, Shape};
pub use sample::sample;

#[cfg(test)]
mod tests;
