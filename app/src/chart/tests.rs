//! The pictures' unit tests, by what they check: the grid, the graph, text, the plenary's
//! pictures at a room's size (`fit`), and every sample picture's SVG pinned byte for byte
//! (`pinned`).

mod compare;
mod fit;
mod graph;
mod grid;
mod pinned;
mod text;

/// Canvases every layout must fit: projectors, a 4K screen, tablets both ways, a small window.
const CANVASES: [(f64, f64); 5] = [
    (1920.0, 1080.0),
    (3840.0, 2160.0),
    (1024.0, 768.0),
    (768.0, 1024.0),
    (700.0, 560.0),
];
