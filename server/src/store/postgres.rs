//! The PostgreSQL implementation of [`Store`]: several stakemap instances on one database.
//!
//! Tables (`server/migrations/`, applied at start under an advisory lock, so instances that
//! start together migrate once): `workshops` (setup, and the log's tip: seq and last edit
//! id), `log` (workshop, seq → record; unique edit id per workshop), `access`, `grants`,
//! `joins`, `meta`. Values are the sled store's JSON, as `jsonb`.
//!
//! The trait's methods block; this store runs its queries on a small runtime of its own and
//! waits for them, so it answers the same from the commit thread, a blocking task or a
//! request handler. An append is one transaction (one `fsync` with `synchronous_commit` on):
//! it locks the tips of its workshops in id order (two instances never deadlock), moves each
//! tip only if it is where the run says, writes the records of the runs that moved it, and
//! `NOTIFY`s the other instances (`notices.rs`), delivered when it commits.

mod append;
mod load;
mod notices;
mod seen;
mod tickets;

use std::future::Future;
use std::sync::{Mutex, PoisonError, mpsc};
use std::time::Duration;

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod, Timeouts};
use tokio_postgres::NoTls;
use tokio_postgres::types::Json;
use uuid::Uuid;

use super::{
    Access, Appended, Grant, GrantId, JoinRecord, Loaded, LogRecord, NewWorkshop, Notice, Run,
    Store, StoreError, Ticket,
};
use app::domain::{GroupCode, JoinCode, WorkshopId};

refinery::embed_migrations!("migrations");

/// Connections one instance opens at most (the listener's is one more).
const POOL_SIZE: usize = 16;
/// A query that takes longer fails: the server turns read-only and probes, rather than
/// wait on a database that does not answer.
const QUERY_TIMEOUT: Duration = Duration::from_secs(30);

pub struct PgStore {
    /// `None` only while dropping.
    runtime: Option<tokio::runtime::Runtime>,
    pool: Pool,
    /// Tells this instance's notices from the others'.
    instance: String,
    notices: Mutex<Option<mpsc::Receiver<Notice>>>,
}

impl PgStore {
    /// Connects to `url` (`postgres://user@host:port/database`), creates or migrates the
    /// schema, and starts listening for the other instances' changes.
    pub fn connect(url: &str) -> Result<Self, StoreError> {
        let mut config: tokio_postgres::Config = url
            .parse()
            .map_err(|e| StoreError::Postgres(format!("the database address: {e}")))?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(10));
        }
        config.keepalives_idle(Duration::from_secs(30));
        // An acknowledgement means committed to disk, whatever the database's default says.
        let options = config.get_options().unwrap_or_default().to_owned();
        config.options(format!("{options} -c synchronous_commit=on").trim_start());
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("stakemap-postgres")
            .enable_all()
            .build()
            .map_err(|e| StoreError::Postgres(e.to_string()))?;
        let manager = Manager::from_config(
            config.clone(),
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let wait = Some(Duration::from_secs(10));
        let pool = Pool::builder(manager)
            .max_size(POOL_SIZE)
            .timeouts(Timeouts {
                wait,
                create: wait,
                recycle: wait,
            })
            .runtime(deadpool_postgres::Runtime::Tokio1)
            .build()
            .map_err(|e| StoreError::Postgres(e.to_string()))?;
        let instance = uuid::Uuid::new_v4().simple().to_string();
        let (send, receive) = mpsc::channel();
        let store = Self {
            runtime: Some(runtime),
            pool,
            instance: instance.clone(),
            notices: Mutex::new(Some(receive)),
        };
        store.block(migrate(config.clone()))?;
        store
            .runtime()
            .spawn(notices::listen(config, instance, send));
        Ok(store)
    }

    fn runtime(&self) -> &tokio::runtime::Runtime {
        #[expect(clippy::expect_used, reason = "taken only by drop")]
        self.runtime.as_ref().expect("the store's runtime")
    }

    /// Runs `work` on the store's runtime and waits for it, at most [`QUERY_TIMEOUT`].
    fn block<T: Send + 'static>(
        &self,
        work: impl Future<Output = Result<T, StoreError>> + Send + 'static,
    ) -> Result<T, StoreError> {
        let (send, receive) = mpsc::sync_channel(1);
        self.runtime().spawn(async move {
            let done = tokio::time::timeout(QUERY_TIMEOUT, work)
                .await
                .unwrap_or_else(|_| {
                    Err(StoreError::Postgres("the database did not answer".into()))
                });
            let _ = send.send(done);
        });
        receive
            .recv()
            .map_err(|_| StoreError::Postgres("the store's runtime stopped".into()))?
    }

    /// Runs `work` with a pooled connection.
    fn with<T: Send + 'static, F>(
        &self,
        work: impl FnOnce(deadpool_postgres::Object) -> F + Send + 'static,
    ) -> Result<T, StoreError>
    where
        F: Future<Output = Result<T, StoreError>> + Send,
    {
        let pool = self.pool.clone();
        self.block(async move {
            let client = pool
                .get()
                .await
                .map_err(|e| StoreError::Postgres(e.to_string()))?;
            work(client).await
        })
    }
}

/// Stops the runtime without waiting: dropping one inside another runtime (a test's, the
/// server's) would panic.
impl Drop for PgStore {
    fn drop(&mut self) {
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

/// The schema brought to the latest migration, one instance at a time.
async fn migrate(config: tokio_postgres::Config) -> Result<(), StoreError> {
    /// Any number both sides agree on; "stakemap" in ASCII.
    const LOCK: i64 = 0x7374_616b_656d_6170;
    let (mut client, connection) = config.connect(NoTls).await.map_err(pg)?;
    let driver = tokio::spawn(connection);
    client
        .execute("SELECT pg_advisory_lock($1)", &[&LOCK])
        .await
        .map_err(pg)?;
    let migrated = migrations::runner()
        .run_async(&mut client)
        .await
        .map_err(|e| StoreError::Postgres(format!("migrating the schema: {e}")));
    let _ = client
        .execute("SELECT pg_advisory_unlock($1)", &[&LOCK])
        .await;
    drop(client);
    let _ = driver.await;
    migrated.map(|_| ())
}

/// A driver error as the operator's log shows it: the database's own message when it has
/// one (the driver's `Display` then only says "db error").
pub(super) fn pg(e: tokio_postgres::Error) -> StoreError {
    match e.as_db_error() {
        Some(db) => StoreError::Postgres(format!("{} ({})", db.message(), db.code().code())),
        None => StoreError::Postgres(e.to_string()),
    }
}

fn uuid(id: WorkshopId) -> Uuid {
    Uuid::from_bytes(*id.as_bytes())
}

fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(e.to_string()))
}

impl Store for PgStore {
    fn create(&self, w: &NewWorkshop) -> Result<(), StoreError> {
        let w = w.clone();
        self.with(move |mut client| async move {
            let tx = client.transaction().await.map_err(pg)?;
            let id = uuid(w.setup.id);
            tx.execute(
                "INSERT INTO workshops (id, setup) VALUES ($1, $2)",
                &[&id, &Json(&w.setup)],
            )
            .await
            .map_err(pg)?;
            for (hash, access) in &w.access {
                tx.execute(
                    "INSERT INTO access (hash, workshop, record) VALUES ($1, $2, $3)",
                    &[&hash.as_slice(), &id, &Json(access)],
                )
                .await
                .map_err(pg)?;
            }
            for (code, record) in &w.joins {
                tx.execute(
                    "INSERT INTO joins (code, workshop, record) VALUES ($1, $2, $3)",
                    &[&code.as_str(), &id, &Json(record)],
                )
                .await
                .map_err(pg)?;
            }
            tx.commit().await.map_err(pg)
        })
    }

    fn append(&self, runs: &[Run]) -> Result<Vec<Appended>, StoreError> {
        let (runs, instance) = (runs.to_vec(), self.instance.clone());
        self.with(move |client| append::append(client, runs, instance))
    }

    fn log_since(
        &self,
        workshop: WorkshopId,
        after: u64,
        limit: usize,
    ) -> Result<Vec<LogRecord>, StoreError> {
        Ok(self
            .logs_since(&[(workshop, after)], limit)?
            .pop()
            .unwrap_or_default())
    }

    fn logs_since(
        &self,
        from: &[(WorkshopId, u64)],
        limit: usize,
    ) -> Result<Vec<Vec<LogRecord>>, StoreError> {
        let ids: Vec<Uuid> = from.iter().map(|&(id, _)| uuid(id)).collect();
        let afters: Vec<i64> = from.iter().map(|&(_, after)| after as i64).collect();
        self.with(move |client| load::logs_since(client, ids, afters, limit as i64))
    }

    fn load_all(&self) -> Result<Vec<Loaded>, StoreError> {
        self.with(|client| load::load(client, None))
    }

    fn load(&self, workshop: WorkshopId) -> Result<Option<Loaded>, StoreError> {
        let id = uuid(workshop);
        self.with(move |client| async move { Ok(load::load(client, Some(id)).await?.pop()) })
    }

    fn access(&self, key_hash: &[u8; 32]) -> Result<Option<Access>, StoreError> {
        let hash = key_hash.to_vec();
        self.with(move |client| async move {
            client
                .query_opt("SELECT record::text FROM access WHERE hash = $1", &[&hash])
                .await
                .map_err(pg)?
                .map(|row| parse(row.get(0)))
                .transpose()
        })
    }

    fn join_code(&self, code: &JoinCode) -> Result<Option<JoinRecord>, StoreError> {
        let code = code.as_str().to_owned();
        self.with(move |client| async move {
            client
                .query_opt("SELECT record::text FROM joins WHERE code = $1", &[&code])
                .await
                .map_err(pg)?
                .map(|row| parse(row.get(0)))
                .transpose()
        })
    }

    fn join_codes(&self, workshop: WorkshopId) -> Result<Vec<GroupCode>, StoreError> {
        let id = uuid(workshop);
        self.with(move |client| async move {
            let rows = client
                .query(
                    "SELECT code, record::text FROM joins WHERE workshop = $1 ORDER BY code",
                    &[&id],
                )
                .await
                .map_err(pg)?;
            Ok(rows
                .iter()
                .filter_map(|row| load::group_code(row.get(0), row.get(1)))
                .collect())
        })
    }

    fn set_join_code(
        &self,
        code: &JoinCode,
        record: &JoinRecord,
        replaces: Option<&JoinCode>,
    ) -> Result<(), StoreError> {
        let (code, record) = (code.as_str().to_owned(), record.clone());
        let old = replaces.map(|c| c.as_str().to_owned());
        let instance = self.instance.clone();
        self.with(move |mut client| async move {
            let tx = client.transaction().await.map_err(pg)?;
            let id = uuid(record.workshop);
            if let Some(old) = old {
                tx.execute("DELETE FROM joins WHERE code = $1", &[&old])
                    .await
                    .map_err(pg)?;
            }
            tx.execute(
                "INSERT INTO joins (code, workshop, record) VALUES ($1, $2, $3) \
                 ON CONFLICT (code) DO UPDATE SET workshop = $2, record = $3",
                &[&code, &id, &Json(&record)],
            )
            .await
            .map_err(pg)?;
            notices::notify(&tx, &notices::codes(record.workshop, &instance)).await?;
            tx.commit().await.map_err(pg)
        })
    }

    fn add_grant(&self, workshop: WorkshopId, grant: &Grant) -> Result<(), StoreError> {
        let grant = grant.clone();
        self.with(move |mut client| async move {
            let access = Access {
                workshop,
                role: grant.role,
                grant: Some(grant.id),
                revoked: false,
            };
            let id = uuid(workshop);
            let tx = client.transaction().await.map_err(pg)?;
            tx.execute(
                "INSERT INTO grants (workshop, id, record) VALUES ($1, $2, $3)",
                &[&id, &grant.id.as_bytes().as_slice(), &Json(&grant)],
            )
            .await
            .map_err(pg)?;
            tx.execute(
                "INSERT INTO access (hash, workshop, record) VALUES ($1, $2, $3) \
                 ON CONFLICT (hash) DO UPDATE SET record = $3",
                &[&grant.hash.as_slice(), &id, &Json(&access)],
            )
            .await
            .map_err(pg)?;
            tx.commit().await.map_err(pg)
        })
    }

    fn grants(&self, workshop: WorkshopId) -> Result<Vec<Grant>, StoreError> {
        let id = uuid(workshop);
        self.with(move |client| async move {
            client
                .query(
                    "SELECT record::text FROM grants WHERE workshop = $1 ORDER BY id",
                    &[&id],
                )
                .await
                .map_err(pg)?
                .iter()
                .map(|row| parse(row.get(0)))
                .collect()
        })
    }

    fn revoke(&self, workshop: WorkshopId, id: GrantId) -> Result<Option<Grant>, StoreError> {
        let instance = self.instance.clone();
        self.with(move |mut client| async move {
            let tx = client.transaction().await.map_err(pg)?;
            let Some(row) = tx
                .query_opt(
                    "DELETE FROM grants WHERE workshop = $1 AND id = $2 RETURNING record::text",
                    &[&uuid(workshop), &id.as_bytes().as_slice()],
                )
                .await
                .map_err(pg)?
            else {
                return Ok(None);
            };
            let grant: Grant = parse(row.get(0))?;
            let access = Access {
                workshop,
                role: grant.role,
                grant: Some(id),
                revoked: true,
            };
            tx.execute(
                "UPDATE access SET record = $2 WHERE hash = $1",
                &[&grant.hash.as_slice(), &Json(&access)],
            )
            .await
            .map_err(pg)?;
            notices::notify(&tx, &notices::revoked(workshop, &instance)).await?;
            tx.commit().await.map_err(pg)?;
            Ok(Some(grant))
        })
    }

    fn meta(&self, name: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let name = name.to_owned();
        self.with(move |client| async move {
            Ok(client
                .query_opt("SELECT value FROM meta WHERE name = $1", &[&name])
                .await
                .map_err(pg)?
                .map(|row| row.get(0)))
        })
    }

    fn set_meta(&self, name: &str, value: &[u8]) -> Result<(), StoreError> {
        let (name, value) = (name.to_owned(), value.to_vec());
        self.with(move |client| async move {
            client
                .execute(
                    "INSERT INTO meta (name, value) VALUES ($1, $2) \
                     ON CONFLICT (name) DO UPDATE SET value = $2",
                    &[&name, &value],
                )
                .await
                .map_err(pg)
                .map(|_| ())
        })
    }

    fn put_ticket(&self, hash: &[u8; 32], ticket: &Ticket, now_ms: u64) -> Result<(), StoreError> {
        let (hash, ticket) = (*hash, *ticket);
        self.with(move |client| tickets::put(client, hash, ticket, now_ms))
    }

    fn take_ticket(&self, hash: &[u8; 32]) -> Result<Option<Ticket>, StoreError> {
        let hash = *hash;
        self.with(move |client| tickets::take(client, hash))
    }

    fn note_seen(&self, seen: &[(GrantId, u64)]) -> Result<(), StoreError> {
        let seen = seen.to_vec();
        self.with(move |client| seen::note(client, seen))
    }

    fn last_seen(&self, grants: &[GrantId]) -> Result<Vec<(GrantId, u64)>, StoreError> {
        let grants = grants.to_vec();
        self.with(move |client| seen::last(client, grants))
    }

    fn access_all(&self) -> Result<Vec<([u8; 32], Access)>, StoreError> {
        self.with(load::access_all)
    }

    fn meta_all(&self) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        self.with(load::meta_all)
    }

    /// A failed append is a rolled-back transaction, so nothing is left to remove; but a
    /// commit whose answer was lost may have written after all. Those records are then
    /// read back like another instance's: the next append finds the tip moved, catches up,
    /// and a device that sends the edit again is answered as for a replay.
    fn probe(&self, _lost: &[(WorkshopId, u64)]) -> Result<(), StoreError> {
        self.with(|client| async move {
            client
                .execute("SELECT 1", &[])
                .await
                .map_err(pg)
                .map(|_| ())
        })
    }

    fn notices(&self) -> Option<mpsc::Receiver<Notice>> {
        self.notices
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
    }
}
