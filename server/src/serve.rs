//! Accepting connections, with the limits a hotel Wi-Fi or the internet needs: a client must
//! send its request's headers within [`Listen::header_timeout`] (then hyper closes the
//! connection), at most [`Listen::max_connections`] are open at once and at most
//! [`Listen::max_per_address`] from one address (more are closed at once), and an accept that
//! fails (no file descriptors left) pauses instead of spinning. A thousand connections that
//! never send a header then cost the server a few seconds, not the room.
//!
//! Each request carries its peer's address (`ConnectInfo<SocketAddr>`), as
//! `into_make_service_with_connect_info` would. Connections upgraded to websockets leave the
//! count once upgraded: the live feed has its own idle timeout and rate limits.

use std::collections::HashMap;
use std::future::Future;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use axum::extract::Request;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::{mpsc, watch};
use tower::ServiceExt;

/// The connection limits; each is a flag (`config.rs`).
#[derive(Clone, Debug)]
pub struct Listen {
    pub header_timeout: Duration,
    pub max_connections: usize,
    pub max_per_address: usize,
    /// Trusted reverse proxies, whose connections are every client's: only the total counts.
    pub proxies: Vec<IpAddr>,
    /// How long a stopping server waits for requests in flight.
    pub drain: Duration,
}

impl Default for Listen {
    fn default() -> Self {
        Self {
            header_timeout: Duration::from_secs(10),
            max_connections: 4_096,
            max_per_address: 256,
            proxies: Vec::new(),
            drain: Duration::from_secs(10),
        }
    }
}

/// Open connections, in total and per address.
#[derive(Default)]
struct Open {
    total: usize,
    by_address: HashMap<IpAddr, usize>,
}

/// One connection's place in [`Open`], given back when it closes.
struct Slot {
    open: Arc<Mutex<Open>>,
    address: IpAddr,
}

impl Slot {
    fn take(open: &Arc<Mutex<Open>>, address: IpAddr, limits: &Listen) -> Option<Self> {
        let mut counts = open.lock().unwrap_or_else(PoisonError::into_inner);
        let mine = counts.by_address.get(&address).copied().unwrap_or(0);
        let over = mine >= limits.max_per_address && !limits.proxies.contains(&address);
        if counts.total >= limits.max_connections || over {
            return None;
        }
        counts.total += 1;
        *counts.by_address.entry(address).or_default() += 1;
        Some(Self {
            open: open.clone(),
            address,
        })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut counts = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        counts.total = counts.total.saturating_sub(1);
        if let Some(n) = counts.by_address.get_mut(&self.address) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                counts.by_address.remove(&self.address);
            }
        }
    }
}

/// Serves `app` on `listener` until `shutdown` completes, then lets requests in flight
/// finish (at most [`Listen::drain`]). HTTP/1.1: browsers speak HTTP/2 only over TLS.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: Listen,
    tls: Option<Arc<rustls::ServerConfig>>,
    shutdown: impl Future<Output = ()>,
) {
    let tls = tls.map(tokio_rustls::TlsAcceptor::from);
    let mut builder = http1::Builder::new();
    // The header timeout runs from the connection's start (hyper arms it as it first reads),
    // so a client that sends nothing at all is closed too.
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout);
    let (stop, stopping) = watch::channel(false);
    // Every connection's task holds a sender; when all are gone, the last request is done.
    let (running, mut all_done) = mpsc::channel::<()>(1);
    let open = Arc::new(Mutex::new(Open::default()));
    let mut refused = 0usize;
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, most likely: let connections close first.
                    tracing::warn!(error = %e, "cannot accept a connection; pausing");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Some(slot) = Slot::take(&open, peer.ip(), &limits) else {
            refused += 1;
            if refused == 1 || refused.is_multiple_of(1000) {
                tracing::warn!(%peer, refused, "too many connections; closing new ones");
            }
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let service = app
            .clone()
            .map_request(move |mut request: Request<Incoming>| {
                request.extensions_mut().insert(ConnectInfo(peer));
                request
            });
        let (builder, tls, handshake) = (builder.clone(), tls.clone(), limits.header_timeout);
        let (stopping, running) = (stopping.clone(), running.clone());
        tokio::spawn(async move {
            let ended = match tls {
                None => connection(&builder, stream, service, stopping).await,
                // The handshake counts against the header timeout: a client that opens a
                // connection and sends nothing is closed alike.
                Some(tls) => match tokio::time::timeout(handshake, tls.accept(stream)).await {
                    Ok(Ok(stream)) => connection(&builder, stream, service, stopping).await,
                    Ok(Err(e)) => Err(e.to_string()),
                    Err(_) => Err("no TLS handshake within the header timeout".to_owned()),
                },
            };
            if let Err(e) = ended {
                tracing::debug!(%peer, error = %e, "a connection ended with an error");
            }
            drop((slot, running));
        });
    }
    drop(listener);
    let _ = stop.send(true);
    drop(running);
    if tokio::time::timeout(limits.drain, all_done.recv())
        .await
        .is_err()
    {
        tracing::warn!("requests still running after the drain time; stopping anyway");
    }
}

/// Serves one connection until it ends, or until the server stops (then it finishes the
/// request in flight).
async fn connection<I, S>(
    builder: &http1::Builder,
    io: I,
    service: S,
    mut stopping: watch::Receiver<bool>,
) -> Result<(), String>
where
    I: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
    S: tower::Service<
            Request<Incoming>,
            Response = axum::response::Response,
            Error = std::convert::Infallible,
        > + Clone
        + Send
        + 'static,
    S::Future: Send + 'static,
{
    let connection = builder
        .serve_connection(TokioIo::new(io), TowerToHyperService::new(service))
        .with_upgrades();
    tokio::pin!(connection);
    let ended = tokio::select! {
        ended = connection.as_mut() => Some(ended),
        _ = stopping.wait_for(|stop| *stop) => None,
    };
    let ended = match ended {
        Some(ended) => ended,
        None => {
            connection.as_mut().graceful_shutdown();
            connection.await
        }
    };
    ended.map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests;
