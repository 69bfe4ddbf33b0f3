//! Reading workshops back whole: setups, logs and join codes in three queries, grouped here;
//! a workshop that cannot be read is set aside, the others load. Many workshops' logs past
//! given points in one query, for following other instances. And the whole store's keys and
//! metadata, for moving it elsewhere.

use std::collections::HashMap;

use uuid::Uuid;

use super::{parse, pg};
use crate::store::{Loaded, LogRecord, SetAside, StoreError, StoredWorkshop};
use app::domain::{GroupCode, WorkshopSetup};

/// Each asked workshop's records after its `after`, at most `$3` each, tagged with where it
/// was asked (from 1) and in sequence order.
const LOGS_SINCE: &str = "
SELECT w.asked, l.record::text
FROM unnest($1::uuid[], $2::bigint[]) WITH ORDINALITY AS w (workshop, after_seq, asked)
CROSS JOIN LATERAL (
    SELECT seq, record FROM log
    WHERE log.workshop = w.workshop AND log.seq > w.after_seq
    ORDER BY seq LIMIT $3
) AS l
ORDER BY w.asked, l.seq
";

/// Each workshop's records after its point (`ids[i]`, `afters[i]`), at most `limit` each,
/// answered in the order asked.
pub(super) async fn logs_since(
    client: deadpool_postgres::Object,
    ids: Vec<Uuid>,
    afters: Vec<i64>,
    limit: i64,
) -> Result<Vec<Vec<LogRecord>>, StoreError> {
    let statement = client.prepare_cached(LOGS_SINCE).await.map_err(pg)?;
    let rows = client
        .query(&statement, &[&ids, &afters, &limit])
        .await
        .map_err(pg)?;
    let mut logs = vec![Vec::new(); ids.len()];
    for row in rows {
        let asked: i64 = row.get(0);
        let log = usize::try_from(asked - 1)
            .ok()
            .and_then(|i| logs.get_mut(i))
            .ok_or_else(|| StoreError::Corrupt("a log read out of order".into()))?;
        log.push(parse(row.get(1))?);
    }
    Ok(logs)
}

/// A join code as stored, or `None` (logged) when it cannot be read.
pub(super) fn group_code(code: &str, record: &str) -> Option<GroupCode> {
    crate::store::stored_join_code(code, record.as_bytes()).map(|(_, code)| code)
}

/// Every workshop (or the one `only` names) with its log and codes; one that cannot be read
/// is set aside.
pub(super) async fn load(
    client: deadpool_postgres::Object,
    only: Option<Uuid>,
) -> Result<Vec<Loaded>, StoreError> {
    let filter = |column: &str| match only {
        Some(_) => format!("WHERE {column} = $1"),
        None => "WHERE $1::uuid IS NULL".to_owned(),
    };
    let setups = client
        .query(
            &format!(
                "SELECT id, setup::text FROM workshops {} ORDER BY id",
                filter("id")
            ),
            &[&only],
        )
        .await
        .map_err(pg)?;
    let log = client
        .query(
            &format!(
                "SELECT workshop, record::text FROM log {} ORDER BY workshop, seq",
                filter("workshop")
            ),
            &[&only],
        )
        .await
        .map_err(pg)?;
    let joins = client
        .query(
            &format!(
                "SELECT workshop, code, record::text FROM joins {} ORDER BY code",
                filter("workshop")
            ),
            &[&only],
        )
        .await
        .map_err(pg)?;
    let mut logs: HashMap<Uuid, Vec<&str>> = Default::default();
    for row in &log {
        logs.entry(row.get(0)).or_default().push(row.get(1));
    }
    let mut codes: HashMap<Uuid, Vec<GroupCode>> = Default::default();
    for row in &joins {
        if let Some(code) = group_code(row.get(1), row.get(2)) {
            codes.entry(row.get(0)).or_default().push(code);
        }
    }
    Ok(setups
        .iter()
        .map(|row| {
            let id: Uuid = row.get(0);
            let mut read = || -> Result<StoredWorkshop, StoreError> {
                let setup: WorkshopSetup = parse(row.get(1))?;
                let log = logs
                    .remove(&id)
                    .unwrap_or_default()
                    .into_iter()
                    .map(parse)
                    .collect::<Result<_, _>>()?;
                let codes = codes.remove(&id).unwrap_or_default();
                Ok(StoredWorkshop { setup, log, codes })
            };
            read().map_err(|e| SetAside {
                workshop: id.to_string(),
                reason: e.to_string(),
            })
        })
        .collect())
}

/// Every key's and token's access, for `stakemap migrate`.
pub(super) async fn access_all(
    client: deadpool_postgres::Object,
) -> Result<Vec<([u8; 32], crate::store::Access)>, StoreError> {
    client
        .query("SELECT hash, record::text FROM access ORDER BY hash", &[])
        .await
        .map_err(pg)?
        .iter()
        .map(|row| {
            let hash: &[u8] = row.get(0);
            let hash = <[u8; 32]>::try_from(hash)
                .map_err(|_| StoreError::Corrupt("an access key is not 32 bytes".into()))?;
            Ok((hash, parse(row.get(1))?))
        })
        .collect()
}

/// Every metadata value, for `stakemap migrate`.
pub(super) async fn meta_all(
    client: deadpool_postgres::Object,
) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
    Ok(client
        .query("SELECT name, value FROM meta ORDER BY name", &[])
        .await
        .map_err(pg)?
        .iter()
        .map(|row| (row.get(0), row.get(1)))
        .collect())
}
