//! The live fan-out between instances: every write another instance must know of sends a
//! `NOTIFY` in its own transaction (so it is delivered only once committed, in commit
//! order), naming the workshop and what changed; each instance `LISTEN`s on a connection of
//! its own and hands the notices to the write path, which reads what it has not seen from the
//! tables — a notice carries no data, so one lost or repeated changes nothing. A new or
//! lost connection is reported as [`Notice::Missed`]: anything may have changed meanwhile.

use std::sync::mpsc;
use std::time::Duration;

use futures_util::StreamExt;
use tokio_postgres::{AsyncMessage, NoTls};

use super::pg;
use crate::store::{Notice, StoreError};
use app::domain::WorkshopId;

pub(super) const CHANNEL: &str = "stakemap";

/// How long a lost listening connection waits before connecting again.
const RECONNECT: Duration = Duration::from_secs(1);

pub(super) fn codes(workshop: WorkshopId, instance: &str) -> String {
    format!("codes {workshop} 0 {instance}")
}

pub(super) fn revoked(workshop: WorkshopId, instance: &str) -> String {
    format!("revoked {workshop} 0 {instance}")
}

/// Sends a notice when the transaction commits.
pub(super) async fn notify(
    tx: &tokio_postgres::Transaction<'_>,
    payload: &str,
) -> Result<(), StoreError> {
    tx.execute("SELECT pg_notify($1, $2)", &[&CHANNEL, &payload])
        .await
        .map(|_| ())
        .map_err(pg)
}

/// A notice another instance sent; this instance's own, and anything unreadable, are `None`.
pub(super) fn parse(payload: &str, instance: &str) -> Option<Notice> {
    let mut words = payload.split(' ');
    let (kind, workshop, seq, from) = (words.next()?, words.next()?, words.next()?, words.next()?);
    if from == instance || words.next().is_some() {
        return None;
    }
    let workshop: WorkshopId = workshop.parse().ok()?;
    match kind {
        "log" => Some(Notice::Log {
            workshop,
            seq: seq.parse().ok()?,
        }),
        "codes" => Some(Notice::Codes { workshop }),
        "revoked" => Some(Notice::Revoked { workshop }),
        _ => None,
    }
}

/// Listens for as long as someone takes the notices, connecting again whenever the
/// connection is lost.
pub(super) async fn listen(
    config: tokio_postgres::Config,
    instance: String,
    out: mpsc::Sender<Notice>,
) {
    loop {
        match session(&config, &instance, &out).await {
            Ok(()) => return,
            Err(e) => {
                tracing::warn!(error = %e, "listening for other instances' changes failed; connecting again")
            }
        }
        tokio::time::sleep(RECONNECT).await;
    }
}

/// One listening connection: `Ok` once nobody takes the notices any more.
async fn session(
    config: &tokio_postgres::Config,
    instance: &str,
    out: &mpsc::Sender<Notice>,
) -> Result<(), StoreError> {
    let (client, mut connection) = config.connect(NoTls).await.map_err(pg)?;
    let (forward, instance_id) = (out.clone(), instance.to_owned());
    let driver = tokio::spawn(async move {
        let mut messages = futures_util::stream::poll_fn(move |cx| connection.poll_message(cx));
        while let Some(message) = messages.next().await {
            match message {
                Ok(AsyncMessage::Notification(n)) => {
                    let Some(notice) = parse(n.payload(), &instance_id) else {
                        continue;
                    };
                    if forward.send(notice).is_err() {
                        return true;
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    tracing::warn!(error = %e, "the listening connection failed");
                    return false;
                }
            }
        }
        false
    });
    client
        .batch_execute(&format!("LISTEN {CHANNEL}"))
        .await
        .map_err(pg)?;
    if out.send(Notice::Missed).is_err() {
        return Ok(());
    }
    let finished = driver
        .await
        .map_err(|e| StoreError::Postgres(e.to_string()))?;
    drop(client);
    if finished {
        Ok(())
    } else {
        Err(StoreError::Postgres(
            "the listening connection closed".into(),
        ))
    }
}

#[cfg(test)]
mod tests;
