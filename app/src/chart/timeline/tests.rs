//! The timeline's layout: bars in their rows and at their times, rounds where they closed,
//! everything on the canvas.

use super::{TimelineInput, TimelineLayout, clock};

const NINE: u64 = 1_765_065_600_000 + 9 * 3_600_000; // 2025-12-07 09:00 UTC

fn input() -> TimelineInput {
    let minute = 60_000;
    let mut edits: Vec<(u64, usize)> = (0..60)
        .map(|m| (NINE + m * minute, (m % 2) as usize))
        .collect();
    edits.push((NINE + 90 * minute, 2));
    TimelineInput {
        rows: vec![
            "Группа 1".into(),
            "Группа 2 «Молодёжь»".into(),
            "Пленарная часть".into(),
        ],
        edits,
        rounds: vec![(NINE + 30 * minute, "До обсуждения".into())],
        cursor: Some(NINE + 45 * minute),
        span: None,
        utc_offset_min: 6 * 60,
    }
}

#[test]
fn bars_sit_in_their_rows_at_their_times_and_rounds_where_they_closed() {
    for (w, h) in [(1920.0, 300.0), (1024.0, 220.0), (700.0, 200.0)] {
        let layout = TimelineLayout::compute(&input(), w, h);
        for t in layout.texts() {
            assert!(
                layout.canvas.contains_rect(&t.bounds),
                "{w}×{h}: {:?} leaves the canvas",
                t.text
            );
        }
        let row_h = layout.plot.h / 3.0;
        for bar in &layout.bars {
            let top = layout.plot.y + bar.row as f64 * row_h;
            assert!(
                bar.area.y >= top - 1e-6 && bar.area.bottom() <= top + row_h + 1e-6,
                "{bar:?}"
            );
            assert!(layout.plot.inflate(1.0).contains_rect(&bar.area));
        }
        assert_eq!(layout.bars.iter().map(|b| b.count).sum::<usize>(), 61);
        assert!(layout.bars.iter().any(|b| b.row == 2), "the plenary's edit");
        // Half an hour of an hour and a half: a third of the way.
        let (line, _, label) = &layout.rounds[0];
        let third = layout.plot.x + layout.plot.w / 3.0;
        assert!((line.x - third).abs() < 1.0, "{} vs {third}", line.x);
        assert_eq!(label.text, "До обсуждения");
        let (cursor, _) = layout.cursor.expect("the moment shown");
        assert!((cursor.x - (layout.plot.x + layout.plot.w / 2.0)).abs() < 1.0);
        let times: Vec<&str> = layout.clock.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(times, ["15:00", "16:30"], "the room's clock, UTC+6");
    }
}

#[test]
fn a_clock_wraps_at_midnight_either_way() {
    assert_eq!(clock(NINE, 0), "09:00");
    assert_eq!(clock(NINE, 16 * 60), "01:00");
    assert_eq!(clock(NINE, -10 * 60), "23:00");
}
