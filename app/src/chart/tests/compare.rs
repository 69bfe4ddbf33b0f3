//! A grid compared with an earlier moment: each moved stakeholder's faint marker sits in the
//! cell it had then and its arrow runs to the cell it has now; new and gone ones are marked;
//! "what moved" lists quadrant changes first.

use crate::chart::*;
use crate::domain::{Quadrant, Scale};

use super::CANVASES;
use super::grid::assert_sound;

/// A sample map now, and the same map earlier: every third stakeholder was elsewhere, every
/// seventh is gone since, and the last four are new.
fn compared(n: usize) -> (GridInput, Vec<GridPoint>) {
    let mut now = sample(n, 2);
    let mut then: Vec<GridPoint> = now.points[..n - 4].to_vec();
    for (i, p) in then.iter_mut().enumerate() {
        if i % 3 == 0 {
            p.interest = 6 - p.interest;
            p.influence = if p.influence == 3 { 1 } else { 6 - p.influence };
        }
    }
    let gone: Vec<_> = (0..n - 4)
        .filter(|i| i % 7 == 3)
        .map(|i| now.points[i].id)
        .collect();
    now.points.retain(|p| !gone.contains(&p.id));
    now.earlier = Some(Earlier {
        points: then.clone(),
        words: CompareWords {
            heading: "Раунд 1 → сейчас".into(),
            was: "Бледный, со стрелкой: где был в «Раунд 1»".into(),
            new: "Кольцо: новый после «Раунд 1»".into(),
            gone: "Зачёркнут: убран после «Раунд 1»".into(),
        },
    });
    (now, then)
}

#[test]
fn every_arrow_runs_from_the_cell_it_was_in_to_the_cell_it_is_in() {
    for (w, h) in CANVASES {
        let (input, then) = compared(24);
        let layout = GridLayout::compute(&input, w, h);
        assert_sound(&layout, &format!("compared {w}×{h}"));
        let cell = |id| {
            let p = input.points.iter().find(|p| p.id == id)?;
            Some((p.interest, p.influence))
        };
        let was = |id| {
            let p = then.iter().find(|p| p.id == id)?;
            Some((p.interest, p.influence))
        };
        let (mut moved, mut new, mut gone) = (0, 0, 0);
        for shift in &layout.shifts {
            match shift {
                Since::Moved { ghost, from, to } => {
                    moved += 1;
                    assert_ne!(was(ghost.id), cell(ghost.id), "only a move is drawn");
                    assert_eq!(layout.cell_at(ghost.center), was(ghost.id));
                    assert_eq!(
                        layout.cell_at(*from),
                        was(ghost.id),
                        "{w}×{h}: arrow's start"
                    );
                    assert_eq!(layout.cell_at(*to), cell(ghost.id), "{w}×{h}: arrow's end");
                }
                Since::New { id } => {
                    new += 1;
                    assert_eq!(was(*id), None);
                }
                Since::Gone { ghost } => {
                    gone += 1;
                    assert_eq!(cell(ghost.id), None);
                    assert_eq!(layout.cell_at(ghost.center), was(ghost.id));
                }
            }
        }
        let expected_moves = input
            .points
            .iter()
            .filter(|p| was(p.id).is_some_and(|c| c != (p.interest, p.influence)))
            .count();
        assert_eq!((moved, new, gone), (expected_moves, 4, 3), "{w}×{h}");
        assert!(moved >= 5, "the sample moves several: {moved}");
    }
}

#[test]
fn the_legend_says_how_to_read_a_comparison_and_the_svg_draws_its_arrows() {
    let (input, _) = compared(24);
    let layout = GridLayout::compute(&input, 1920.0, 1080.0);
    let rows: Vec<&str> = layout.legend.iter().map(|r| r.text.text.as_str()).collect();
    assert!(rows.contains(&"Раунд 1 → сейчас"), "{rows:?}");
    assert!(rows.iter().any(|r| r.starts_with("Кольцо")), "{rows:?}");
    let drawn = svg(&layout);
    assert!(
        drawn.contains(&palette::TRAIL.hex().to_uppercase()),
        "the arrows' colour"
    );
    let mut plain = input.clone();
    plain.earlier = None;
    let plain = svg(&GridLayout::compute(&plain, 1920.0, 1080.0));
    assert!(
        !plain.contains(&palette::TRAIL.hex().to_uppercase()),
        "no arrows without a comparison"
    );
}

fn point(n: u8, interest: u8, influence: u8) -> GridPoint {
    let mut p = sample(30, 1).points[usize::from(n)].clone();
    p.name = format!("S{n}");
    (p.interest, p.influence) = (interest, influence);
    p
}

#[test]
fn what_moved_lists_quadrant_changes_first_then_new_gone_and_moves_within_a_quadrant() {
    let then = [
        point(1, 1, 1), // stays
        point(2, 2, 2), // within "monitor", one step
        point(3, 1, 5), // keep satisfied → manage closely, far
        point(4, 2, 4), // keep satisfied → manage closely, near
        point(5, 5, 5), // gone
    ];
    let now = [
        point(1, 1, 1),
        point(2, 2, 1),
        point(3, 5, 5),
        point(4, 3, 4),
        point(6, 4, 4), // new
    ];
    let moved = moves(&then, &now, Scale::default());
    let names: Vec<&str> = moved.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["S3", "S4", "S6", "S5", "S2"]);
    assert_eq!(
        moved[0].shift.quadrant_before,
        Some(Quadrant::KeepSatisfied)
    );
    assert_eq!(moved[0].shift.quadrant_after, Some(Quadrant::ManageClosely));
    assert_eq!((moved[2].shift.before, moved[3].shift.after), (None, None));
    assert!(!moved[4].shift.changed_quadrant() && moved[4].shift.distance() == 1.0);
}
