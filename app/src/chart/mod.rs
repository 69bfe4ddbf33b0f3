//! Pictures: the influence/interest grid, the relationship graph and where the groups disagree,
//! each laid out by a pure function and drawn by plotters. The same code draws the tablet's
//! live grid (SVG in the browser), the projector and the files the server hands out (SVG, and
//! PNG with the embedded font).
//!
//! Where things are: `options` (what a picture shows), `grid`, `graph` and `contested` (each
//! picture's input from a workshop and its layout), `multiples` (small multiples by category),
//! `key_page` (the key's own pages); shared by the layouts: `page` (type sizes, title, chart and
//! legend panel), `labels` (label placement), `legend`, `text` (measures and [`TextItem`]),
//! `geometry`, `palette`; `draw` (the one renderer) with `svg` (its SVG backend) and `qr`;
//! `sample` and `room` (inputs for tests and benchmarks).

mod contested;
mod contested_input;
mod draw;
mod geometry;
mod graph;
mod grid;
mod key_page;
mod labels;
mod legend;
mod multiples;
mod options;
mod page;
mod palette;
mod qr;
mod room;
mod sample;
mod svg;
pub mod text;
mod timeline;

pub use contested::{
    ContestedActor, ContestedInput, ContestedLayout, ContestedRow, ContestedScore, ContestedWords,
    Dot, Spread,
};
pub use contested_input::contested_input;
pub use draw::{DrawResult, FAMILY, FontProfile, Picture, SVG, svg};
pub use geometry::{Point, Rect};
pub use graph::{
    Edge, GraphInput, GraphLayout, GraphLink, GraphNode, GraphWords, Node, Watch, graph_input,
    graph_input_with, watch, watch_list,
};
pub use grid::{
    CompareWords, Earlier, GridInput, GridLayout, GridPoint, GridWords, Marker, Move, QuadrantItem,
    Since, TOUCH_TARGET, baseline_points, compared, grid_input, grid_input_with, moves, title,
};
pub use key_page::KeyPage;
pub use labels::Label;
pub use legend::{Entry, LegendRow, Symbol};
pub use multiples::{GraphPanel, GraphPanels, GridPanel, GridPanels, Panel};
pub use options::{GridOptions, MULTIPLES_FROM, Panels, Scope, crowded, query_list};
pub use page::Sizes;
pub use palette::{CATEGORY, Rgb, Shape, group_tag};
pub use qr::QrPicture;
pub use room::room;
pub use sample::{sample, sample_graph, sample_linked};
pub use text::{Align, TextItem};
pub use timeline::{TimelineInput, TimelineLayout, clock};

#[cfg(test)]
mod tests;
