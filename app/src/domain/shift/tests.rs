//! The order of "what moved".

use super::*;

fn at(x: f64, y: f64, q: Quadrant) -> Option<((f64, f64), Quadrant)> {
    Some(((x, y), q))
}

#[test]
fn what_moved_lists_quadrant_changes_then_new_then_gone_then_the_longest_moves() {
    let changed = Shift::between(
        at(1.0, 1.0, Quadrant::Monitor),
        at(1.0, 4.0, Quadrant::KeepSatisfied),
    );
    let new = Shift::between(None, at(3.0, 3.0, Quadrant::ManageClosely));
    let gone = Shift::between(at(2.0, 2.0, Quadrant::Monitor), None);
    let far = Shift::between(
        at(3.0, 3.0, Quadrant::ManageClosely),
        at(5.0, 5.0, Quadrant::ManageClosely),
    );
    let near = Shift::between(
        at(4.0, 4.0, Quadrant::ManageClosely),
        at(5.0, 4.0, Quadrant::ManageClosely),
    );
    let mut rows = [near, gone, far, new, changed];
    rows.sort_by(Shift::order);
    assert_eq!(rows, [changed, new, gone, far, near]);
    assert!(changed.changed_quadrant() && !far.changed_quadrant());
    assert_eq!(
        (new.distance(), gone.distance(), near.distance()),
        (0.0, 0.0, 1.0)
    );
}
