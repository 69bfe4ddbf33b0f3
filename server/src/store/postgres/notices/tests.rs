use super::*;

const ME: &str = "a1";

fn workshop() -> WorkshopId {
    WorkshopId::from_random_bytes([7; 16])
}

#[test]
fn another_instances_notices_are_read_and_its_own_are_not() {
    let w = workshop();
    let cases = [
        (
            format!("log {w} 12 b2"),
            Some(Notice::Log {
                workshop: w,
                seq: 12,
            }),
        ),
        (codes(w, "b2"), Some(Notice::Codes { workshop: w })),
        (revoked(w, "b2"), Some(Notice::Revoked { workshop: w })),
        (format!("log {w} 12 {ME}"), None),
        (codes(w, ME), None),
        (format!("log {w} twelve b2"), None),
        ("log not-a-uuid 12 b2".to_owned(), None),
        (format!("drop {w} 1 b2"), None),
        (format!("log {w} 12 b2 extra"), None),
        ("log".to_owned(), None),
    ];
    for (payload, expected) in cases {
        assert_eq!(parse(&payload, ME), expected, "{payload}");
    }
}
