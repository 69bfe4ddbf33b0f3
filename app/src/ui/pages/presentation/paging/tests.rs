//! The presentation's keys, table pages and the join slide's layout, without a browser.

use super::*;

#[test]
fn keys_and_clickers_walk_pages_then_slides_and_stop_at_the_ends() {
    let at = |slide, page| At { slide, page };
    let cases = [
        ("ArrowRight", at(0, 0), 1, Some(at(1, 0))),
        ("PageDown", at(3, 0), 1, Some(at(4, 0))),
        (" ", at(9, 0), 1, Some(at(10, 0))),
        ("ArrowRight", at(10, 0), 1, Some(at(10, 0))),
        ("ArrowLeft", at(0, 0), 1, Some(at(0, 0))),
        ("Home", at(7, 2), 3, Some(at(0, 0))),
        ("End", at(2, 0), 1, Some(at(usize::MAX, 0))),
        // From the end, back to the slide before the last, however long the deck became.
        ("ArrowLeft", at(usize::MAX, 0), 1, Some(at(9, usize::MAX))),
        ("ArrowRight", at(usize::MAX, 0), 1, Some(at(10, 0))),
        ("x", at(4, 0), 1, None),
        // A slide of three pages: forward through them, then on.
        ("ArrowRight", at(4, 0), 3, Some(at(4, 1))),
        ("PageDown", at(4, 2), 3, Some(at(5, 0))),
        // Back from a first page lands on the previous slide's last page.
        ("PageUp", at(5, 0), 1, Some(at(4, usize::MAX))),
        ("PageUp", at(4, usize::MAX), 3, Some(at(4, 1))),
        ("ArrowRight", at(10, 1), 2, Some(at(10, 1))),
    ];
    for (key, from, pages, expected) in cases {
        assert_eq!(step(key, from, pages, 11), expected, "{key:?} at {from:?}");
    }
}

#[test]
fn tables_break_where_the_next_row_would_not_fit() {
    assert_eq!(paginate(&[], 100.0), [0]);
    assert_eq!(paginate(&[30.0, 30.0, 30.0], 100.0), [0]);
    assert_eq!(paginate(&[30.0, 30.0, 50.0, 60.0, 10.0], 100.0), [0, 2, 3]);
    // A row taller than the room still gets a page of its own.
    assert_eq!(paginate(&[150.0, 20.0], 100.0), [0, 1]);
}

#[test]
fn join_codes_are_never_smaller_than_four_were_and_always_fit() {
    // Four codes as the slide drew them before: 480 px pictures shown min(36vh, 40vw)
    // wide, quiet zone included (29 + 8 modules for a LAN join link). The slide now has
    // the window less the strip for its number (3vh, at least 24 px).
    let before = |w: f64, h: f64| (0.36 * h).min(0.40 * w) / 37.0;
    for (w, window_h) in [(1920.0_f64, 1080.0_f64), (1280.0, 720.0), (1024.0, 768.0)] {
        let h = window_h - (window_h * 0.03).max(24.0);
        let names = [
            "Группа 1: депутаты айылных кенешей",
            "Группа 2: кандидаты и активистки",
            "Группа 3: государственные органы",
            "Группа 4: НКО и международные",
            "Топ 5: Нарын облусу",
            "Группа 6: эксперты",
            "Группа 7: молодёжь",
            "Группа 8: медиа",
        ];
        for n in 2..=8 {
            for warning in [false, true] {
                let l = join_layout(&names[..n], 29, w, h, warning);
                let rows = n.div_ceil(l.columns) as f64;
                let side = f64::from(l.module) * 29.0;
                let cols = l.columns as f64;
                let used_w = cols * side + (cols - 1.0) * l.gap + 2.0 * l.padding;
                assert!(used_w <= w, "{n} codes at {w}×{h}: {used_w} px wide");
                assert!(
                    f64::from(l.module) >= before(w, window_h).floor(),
                    "{n} codes at {w}×{h}: {} px modules, four had {:.1}",
                    l.module,
                    before(w, window_h)
                );
                assert!(rows <= 3.0);
            }
        }
    }
}
