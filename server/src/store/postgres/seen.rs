//! When tablets were last heard from, in the `seen` table: each instance notes its own
//! tablets every few seconds (the latest time wins), and the moderator's list on any instance
//! reads them.

use super::pg;
use crate::store::{GrantId, StoreError};

pub(super) async fn note(
    client: deadpool_postgres::Object,
    seen: Vec<(GrantId, u64)>,
) -> Result<(), StoreError> {
    let (ids, times): (Vec<Vec<u8>>, Vec<i64>) = seen
        .iter()
        .map(|(id, at)| (id.as_bytes().to_vec(), *at as i64))
        .unzip();
    client
        .execute(
            "INSERT INTO seen (grant_id, at_ms) SELECT * FROM unnest($1::bytea[], $2::bigint[]) \
             ON CONFLICT (grant_id) DO UPDATE SET at_ms = GREATEST(seen.at_ms, EXCLUDED.at_ms)",
            &[&ids, &times],
        )
        .await
        .map_err(pg)
        .map(|_| ())
}

pub(super) async fn last(
    client: deadpool_postgres::Object,
    grants: Vec<GrantId>,
) -> Result<Vec<(GrantId, u64)>, StoreError> {
    let ids: Vec<Vec<u8>> = grants.iter().map(|g| g.as_bytes().to_vec()).collect();
    let rows = client
        .query(
            "SELECT grant_id, at_ms FROM seen WHERE grant_id = ANY($1)",
            &[&ids],
        )
        .await
        .map_err(pg)?;
    Ok(rows
        .iter()
        .filter_map(|row| {
            let id: &[u8] = row.get(0);
            let at: i64 = row.get(1);
            let grant = grants.iter().find(|g| g.as_bytes().as_slice() == id)?;
            Some((*grant, at as u64))
        })
        .collect())
}
