//! Group commit on PostgreSQL: every run of a batch in one transaction, each written only if
//! its workshop's log still ends where the run says.

use std::collections::HashMap;

use tokio_postgres::types::Json;
use uuid::Uuid;

use super::{notices, pg, uuid};
use crate::store::{Appended, LogRecord, Run, StoreError};

/// Moves each listed workshop's tip where its run says it was, writes the records of those
/// that moved, and notifies the other instances; answers the workshops that moved. A run's
/// workshop appears once per statement (an `UPDATE … FROM` takes one row per target).
const ROUND: &str = "
WITH batch AS (
    SELECT * FROM unnest($1::uuid[], $2::bigint[], $3::text[], $4::bigint[], $5::text[])
        AS b (workshop, after_seq, after_edit, last_seq, last_edit)
), moved AS (
    UPDATE workshops AS w SET seq = b.last_seq, last_edit = b.last_edit
    FROM batch AS b
    WHERE w.id = b.workshop AND w.seq = b.after_seq
        AND w.last_edit IS NOT DISTINCT FROM b.after_edit
    RETURNING w.id, w.seq
), written AS (
    INSERT INTO log (workshop, seq, edit_id, record)
    SELECT r.workshop, r.seq, r.edit_id, r.record
    FROM unnest($6::uuid[], $7::bigint[], $8::text[], $9::jsonb[])
        AS r (workshop, seq, edit_id, record)
    WHERE r.workshop IN (SELECT id FROM moved)
)
SELECT id, pg_notify($10, 'log ' || id::text || ' ' || seq::text || ' ' || $11) FROM moved
";

/// SQLSTATEs after which the transaction is simply not written: the writer treats the runs as
/// moved (it catches up and sends them again), not as a failing database.
const RETRY: [&str; 2] = ["40001", "40P01"];

pub(super) async fn append(
    mut client: deadpool_postgres::Object,
    runs: Vec<Run>,
    instance: String,
) -> Result<Vec<Appended>, StoreError> {
    let rounds = rounds(&runs);
    let tx = client.transaction().await.map_err(pg)?;
    // Locked in one order by every instance, so two batches never wait on each other in a
    // circle.
    let mut ids: Vec<Uuid> = runs.iter().map(|r| uuid(r.workshop)).collect();
    ids.sort_unstable();
    ids.dedup();
    let locked = tx
        .execute(
            "SELECT 1 FROM workshops WHERE id = ANY($1) ORDER BY id FOR UPDATE",
            &[&ids],
        )
        .await;
    if let Err(e) = locked {
        return retry_or_fail(e, runs.len());
    }
    let mut outcomes = vec![Appended::Moved; runs.len()];
    let statement = tx.prepare_cached(ROUND).await.map_err(pg)?;
    for round in rounds {
        let picked: Vec<&Run> = round.iter().map(|&i| &runs[i]).collect();
        let columns = Columns::of(&picked);
        let moved = tx
            .query(
                &statement,
                &[
                    &columns.workshops,
                    &columns.after_seqs,
                    &columns.after_edits,
                    &columns.last_seqs,
                    &columns.last_edits,
                    &columns.record_workshops,
                    &columns.seqs,
                    &columns.edit_ids,
                    &columns.records,
                    &notices::CHANNEL,
                    &instance,
                ],
            )
            .await;
        let moved = match moved {
            Ok(rows) => rows,
            Err(e) => return retry_or_fail(e, runs.len()),
        };
        let moved: Vec<Uuid> = moved.iter().map(|row| row.get(0)).collect();
        for &i in &round {
            if moved.contains(&uuid(runs[i].workshop)) {
                outcomes[i] = Appended::Written;
            }
        }
    }
    match tx.commit().await {
        Ok(()) => Ok(outcomes),
        Err(e) => retry_or_fail(e, runs.len()),
    }
}

fn retry_or_fail(e: tokio_postgres::Error, runs: usize) -> Result<Vec<Appended>, StoreError> {
    match e.code() {
        Some(code) if RETRY.contains(&code.code()) => Ok(vec![Appended::Moved; runs]),
        _ => Err(pg(e)),
    }
}

/// The runs split into rounds in which each workshop appears once, in order: a workshop's
/// second run follows its first in the next round.
fn rounds(runs: &[Run]) -> Vec<Vec<usize>> {
    let mut rounds: Vec<Vec<usize>> = Vec::new();
    let mut next: HashMap<_, usize> = HashMap::new();
    for (i, run) in runs.iter().enumerate() {
        let round = next.entry(run.workshop).or_insert(0);
        if rounds.len() <= *round {
            rounds.push(Vec::new());
        }
        rounds[*round].push(i);
        *round += 1;
    }
    rounds
}

/// One round's runs as the statement's arrays.
#[derive(Default)]
struct Columns<'a> {
    workshops: Vec<Uuid>,
    after_seqs: Vec<i64>,
    after_edits: Vec<Option<&'a str>>,
    last_seqs: Vec<i64>,
    last_edits: Vec<Option<&'a str>>,
    record_workshops: Vec<Uuid>,
    seqs: Vec<i64>,
    edit_ids: Vec<&'a str>,
    records: Vec<Json<&'a LogRecord>>,
}

impl<'a> Columns<'a> {
    fn of(runs: &[&'a Run]) -> Self {
        let mut c = Self::default();
        for run in runs {
            let Some(last) = run.records.last() else {
                continue;
            };
            let id = uuid(run.workshop);
            c.workshops.push(id);
            c.after_seqs.push(run.after.seq as i64);
            c.after_edits
                .push(run.after.edit.as_ref().map(|e| e.as_str()));
            c.last_seqs.push(last.seq as i64);
            c.last_edits.push(Some(last.edit_id.as_str()));
            for record in &run.records {
                c.record_workshops.push(id);
                c.seqs.push(record.seq as i64);
                c.edit_ids.push(record.edit_id.as_str());
                c.records.push(Json(record));
            }
        }
        c
    }
}

#[cfg(test)]
mod tests;
