//! The plenary's order of slides.

use super::{Slide, slides};

#[test]
fn the_plenary_runs_join_then_each_group_then_the_combined_map() {
    assert_eq!(
        slides(2, 1),
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

#[test]
fn with_two_rounds_what_the_discussion_changed_follows_the_disagreements() {
    let end = |rounds| slides(1, rounds)[4..].to_vec();
    assert_eq!(
        end(2),
        [
            Slide::CombinedGrid,
            Slide::CombinedGraph,
            Slide::Contested,
            Slide::Changes,
            Slide::CombinedTable,
        ]
    );
    assert_eq!(end(3), end(2));
    assert!(!slides(1, 1).contains(&Slide::Changes) && !slides(1, 0).contains(&Slide::Changes));
}
