use super::Moment;

#[test]
fn a_moment_reads_back_what_it_writes_and_nothing_else() {
    let cases = [
        ("", Some(Moment::Now)),
        ("now", Some(Moment::Now)),
        (" 2 ", Some(Moment::Round(2))),
        ("seq:0", Some(Moment::Seq(0))),
        ("seq:120", Some(Moment::Seq(120))),
        ("0", None),
        ("-1", None),
        ("seq:", None),
        ("round 1", None),
        ("latest", None),
    ];
    for (raw, expected) in cases {
        assert_eq!(Moment::parse(raw), expected, "{raw:?}");
    }
    for m in [Moment::Now, Moment::Round(3), Moment::Seq(7)] {
        assert_eq!(Moment::parse(&m.to_string()), Some(m));
    }
}

#[test]
fn an_exports_at_takes_a_sequence_number_or_a_round() {
    let cases = [
        ("", Some(Moment::Now)),
        ("now", Some(Moment::Now)),
        ("120", Some(Moment::Seq(120))),
        ("0", Some(Moment::Seq(0))),
        ("seq:7", Some(Moment::Seq(7))),
        ("round:2", Some(Moment::Round(2))),
        ("round:0", None),
        ("round:", None),
        ("-3", None),
        ("first", None),
    ];
    for (raw, expected) in cases {
        assert_eq!(Moment::parse_at(raw), expected, "{raw:?}");
    }
    for m in [
        Moment::Now,
        Moment::Round(4),
        Moment::Seq(0),
        Moment::Seq(77),
    ] {
        assert_eq!(Moment::parse_at(&m.to_at()), Some(m));
    }
    assert_eq!(Moment::Round(2).file_prefix(), "round-2-");
    assert_eq!(Moment::Seq(40).file_prefix(), "seq-40-");
    assert_eq!(Moment::Now.file_prefix(), "");
}
