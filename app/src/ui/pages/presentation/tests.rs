//! The plenary's order of slides.

use super::{Slide, slides};

#[test]
fn the_plenary_runs_join_then_each_group_then_the_combined_map() {
    assert_eq!(
        slides(2),
        [
            Slide::Join,
            Slide::Grid(0),
            Slide::Graph(0),
            Slide::Table(0),
            Slide::Grid(1),
            Slide::Graph(1),
            Slide::Table(1),
            Slide::CombinedGrid,
            Slide::CombinedGraph,
            Slide::Contested,
            Slide::CombinedTable,
        ]
    );
}
