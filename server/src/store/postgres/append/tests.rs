use app::domain::{Actor, Change, EditId, WorkshopId};

use super::*;
use crate::store::Tip;

fn run(workshop: u8, seq: u64) -> Run {
    Run {
        workshop: WorkshopId::from_random_bytes([workshop; 16]),
        after: Tip::default(),
        records: vec![LogRecord {
            seq,
            edit_id: EditId::parse(&format!("e{seq}")).unwrap(),
            actor: Actor::Moderator,
            change: Change::StopTimer,
            at_ms: 0,
        }],
    }
}

#[test]
fn a_workshops_second_run_goes_to_the_next_round_in_order() {
    let runs = [
        run(1, 1),
        run(2, 1),
        run(1, 2),
        run(3, 1),
        run(1, 3),
        run(2, 2),
    ];
    assert_eq!(rounds(&runs), vec![vec![0, 1, 3], vec![2, 5], vec![4]]);
    assert_eq!(rounds(&[]), Vec::<Vec<usize>>::new());
}
