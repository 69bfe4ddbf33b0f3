//! The throw-away PostgreSQL `scripts/test.sh` starts (`scripts/pg.sh`), for the tests of the
//! shared store: its address, and a fresh database of a test's own on it.

/// The test PostgreSQL's address (`STAKEMAP_TEST_POSTGRES`), or `None` — when a developer runs
/// `cargo test` without one, the PostgreSQL cases are skipped; under CI that is a failure.
pub fn server() -> Option<String> {
    match std::env::var("STAKEMAP_TEST_POSTGRES") {
        Ok(url) if !url.is_empty() => Some(url),
        _ if std::env::var_os("CI").is_some() => {
            panic!("the PostgreSQL tests need STAKEMAP_TEST_POSTGRES; scripts/test.sh starts one")
        }
        _ => {
            eprintln!("PostgreSQL cases skipped: STAKEMAP_TEST_POSTGRES is not set");
            None
        }
    }
}

/// A new, empty database on the test server, so tests run side by side; its URL.
pub async fn fresh_database() -> String {
    let server = server().expect("a PostgreSQL server for this test");
    let (client, connection) = tokio_postgres::connect(&server, tokio_postgres::NoTls)
        .await
        .expect("the test PostgreSQL answers");
    let driver = tokio::spawn(connection);
    let name = format!("t_{:032x}", rand_u128());
    client
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .await
        .expect("a database is created");
    drop(client);
    let _ = driver.await;
    let (base, _) = server.rsplit_once('/').expect("a URL with a database");
    format!("{base}/{name}")
}

/// A name no other test picks: the time and the process, mixed.
fn rand_u128() -> u128 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default(),
    );
    hasher.write_u32(std::process::id());
    (u128::from(hasher.finish()) << 64) | u128::from(hasher.finish().rotate_left(17))
}
