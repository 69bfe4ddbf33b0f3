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
