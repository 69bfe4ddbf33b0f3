use super::*;

#[test]
fn a_store_is_named_as_sled_or_postgres_and_logged_without_its_password() {
    let cases = [
        ("sled:./data/store", Some("sled:./data/store")),
        (
            "postgres://stakemap:s3cret-pw@db.example.org:5432/rooms",
            Some(r#"postgres database "rooms" as "stakemap" on [Tcp("db.example.org")]"#),
        ),
        (
            "postgresql://u:pw@127.0.0.1/x",
            Some(r#"postgres database "x" as "u" on [Tcp("127.0.0.1")]"#),
        ),
        ("sled:", None),
        ("mysql://u@h/x", None),
        ("./data", None),
    ];
    for (raw, shown) in cases {
        let parsed = Location::parse(raw);
        assert_eq!(
            parsed.as_ref().ok().map(|l| l.to_string()).as_deref(),
            shown,
            "{raw}"
        );
        if let Ok(location) = parsed {
            assert!(!format!("{location} {location:?}").contains("pw"), "{raw}");
        }
    }
}
