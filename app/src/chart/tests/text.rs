//! Text measured with the embedded font, cut to fit, and wrapped without losing a word.

use crate::chart::text::{self, Weight, fit, width};

#[test]
fn text_measures_follow_the_font() {
    // DejaVu Sans: "Ш" is wider than "г"; bold is wider than regular.
    assert!(width("Ш", 28.0, Weight::Regular) > width("г", 28.0, Weight::Regular));
    assert!(width("Влияние", 28.0, Weight::Bold) > width("Влияние", 28.0, Weight::Regular));
    // Kyrgyz letters are in the table, not guessed.
    let ky = width("өүң", 100.0, Weight::Regular);
    assert!(ky > 100.0 && ky < 200.0, "{ky}");
    assert_eq!(fit("short", 20.0, Weight::Regular, 1000.0), "short");
    let cut = fit("a rather long name", 20.0, Weight::Regular, 80.0);
    assert!(width(&cut, 20.0, Weight::Regular) <= 80.0 && cut.ends_with('…'));
}

#[test]
fn wrapping_keeps_every_word_and_breaks_only_overlong_ones() {
    let two = text::width("Организации гражданского", 20.0, text::Weight::Regular) + 1.0;
    let cases: [(&str, f64, usize); 4] = [
        ("Организации гражданского общества", 2000.0, 1),
        ("Организации гражданского общества", two, 2),
        ("Министерство", 60.0, 3),
        ("", 100.0, 1),
    ];
    for (words, max, lines) in cases {
        let wrapped = text::wrap(words, 20.0, text::Weight::Regular, max);
        assert_eq!(wrapped.len(), lines, "{words:?} in {max} px: {wrapped:?}");
        assert!(wrapped.iter().all(|l| !l.ends_with('…')));
        if lines > 1 && words.contains(' ') {
            assert_eq!(wrapped.join(" "), words);
        } else {
            assert_eq!(wrapped.concat(), words);
        }
    }
    let compound = "исполнительно-распорядительные органы";
    let max = text::width(
        "исполнительно-распорядительные",
        20.0,
        text::Weight::Regular,
    ) - 1.0;
    assert_eq!(
        text::wrap(compound, 20.0, text::Weight::Regular, max),
        ["исполнительно-", "распорядительные органы"],
        "a compound breaks after its hyphen"
    );
    for (words, max, _) in cases {
        let wrapped = text::wrap(words, 20.0, text::Weight::Regular, max);
        for l in &wrapped {
            assert!(
                text::width(l, 20.0, text::Weight::Regular) <= max || l.chars().count() == 1,
                "{l:?} is wider than {max}"
            );
        }
    }
}
