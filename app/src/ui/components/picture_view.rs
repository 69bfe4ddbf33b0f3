//! Which picture a page shows ([`PictureKind`]: the grid or the relationship graph, spelt
//! `grid` / `graph` in addresses, file names and test ids) and the read-only picture itself
//! in a [`Frame`] ([`PictureView`]): on the console, the projector, the presentation and the
//! report.

use leptos::prelude::*;

use crate::files::{ImageFormat, Picture, PictureFile};
use crate::ui::components::Frame;
use crate::ui::components::graph_view::graph_view;
use crate::ui::components::grid_view::grid_view;

/// The grid or the relationship graph.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum PictureKind {
    #[default]
    Grid,
    Graph,
}

impl PictureKind {
    pub const ALL: [PictureKind; 2] = [PictureKind::Grid, PictureKind::Graph];

    /// The picture it is among the server's files.
    pub fn picture(self) -> Picture {
        match self {
            PictureKind::Grid => Picture::Grid,
            PictureKind::Graph => Picture::Graph,
        }
    }

    /// Its name in addresses (`view=`, `/grid.png`), file names and test ids.
    pub fn as_str(self) -> &'static str {
        self.picture().as_str()
    }

    /// The server's file of this picture in `format`.
    pub fn file(self, format: ImageFormat) -> PictureFile {
        PictureFile::new(self.picture(), format)
    }

    /// The picture a name stands for; `None` for any other word.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// The grid or the graph, read-only.
#[component]
pub fn PictureView(kind: PictureKind, frame: Frame) -> impl IntoView {
    match kind {
        PictureKind::Grid => grid_view(frame, None, None),
        PictureKind::Graph => graph_view(frame, None),
    }
}

#[cfg(test)]
mod tests;
