//! Download tickets in the `tickets` table, so any instance redeems a ticket another issued;
//! taken out with `DELETE … RETURNING`, so one works once however many instances race for it.

use uuid::Uuid;

use super::{pg, uuid};
use crate::store::{StoreError, Ticket};
use app::domain::WorkshopId;

/// Keeps a ticket, forgetting the ones expired by `now_ms`.
pub(super) async fn put(
    client: deadpool_postgres::Object,
    hash: [u8; 32],
    ticket: Ticket,
    now_ms: u64,
) -> Result<(), StoreError> {
    client
        .execute(
            "DELETE FROM tickets WHERE expires_ms <= $1",
            &[&(now_ms as i64)],
        )
        .await
        .map_err(pg)?;
    client
        .execute(
            "INSERT INTO tickets (hash, workshop, key_hash, expires_ms) VALUES ($1, $2, $3, $4)",
            &[
                &hash.as_slice(),
                &uuid(ticket.workshop),
                &ticket.key_hash.as_slice(),
                &(ticket.expires_ms as i64),
            ],
        )
        .await
        .map_err(pg)
        .map(|_| ())
}

pub(super) async fn take(
    client: deadpool_postgres::Object,
    hash: [u8; 32],
) -> Result<Option<Ticket>, StoreError> {
    let Some(row) = client
        .query_opt(
            "DELETE FROM tickets WHERE hash = $1 RETURNING workshop, key_hash, expires_ms",
            &[&hash.as_slice()],
        )
        .await
        .map_err(pg)?
    else {
        return Ok(None);
    };
    let workshop: Uuid = row.get(0);
    let key_hash: &[u8] = row.get(1);
    let expires_ms: i64 = row.get(2);
    Ok(Some(Ticket {
        workshop: WorkshopId::from_random_bytes(workshop.into_bytes()),
        key_hash: <[u8; 32]>::try_from(key_hash)
            .map_err(|_| StoreError::Corrupt("a ticket's key is not 32 bytes".into()))?,
        expires_ms: expires_ms as u64,
    }))
}
