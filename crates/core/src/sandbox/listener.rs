//! The sandbox's connections: accepted and served here (hyper's HTTP/1, as axum serves),
//! counted as they are accepted (for the benchmarks of connection reuse), timed out when a
//! client is slow to send a request's headers or leaves a connection idle, and each one
//! closable from a handler's side after its action is done, so that a test can lose an
//! answer the way a network does — the provider did the work, the client never hears of it
//! (the fault `lose_answer_to`).

use std::collections::HashMap;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::task::{Context, Poll};

use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};

/// The live connections by the client's address, each with the switch that closes it.
#[derive(Clone, Default)]
pub struct Connections {
    accepted: Arc<AtomicU64>,
    live: Arc<Mutex<HashMap<SocketAddr, Weak<AtomicBool>>>>,
}

impl Connections {
    pub fn accepted(&self) -> u64 {
        self.accepted.load(Ordering::Relaxed)
    }

    pub fn reset_count(&self) {
        self.accepted.store(0, Ordering::Relaxed);
    }

    /// Counts a connection just accepted and gives it its switch.
    fn accepted_one(&self, tcp: TcpStream, peer: SocketAddr) -> Closable {
        self.accepted.fetch_add(1, Ordering::Relaxed);
        let closed = Arc::new(AtomicBool::new(false));
        if let Ok(mut live) = self.live.lock() {
            live.retain(|_, switch| switch.strong_count() > 0);
            live.insert(peer, Arc::downgrade(&closed));
        }
        Closable { tcp, closed }
    }

    /// Closes the connection from `peer` before anything more is written on it.
    pub fn close(&self, peer: SocketAddr) {
        let switch = self
            .live
            .lock()
            .ok()
            .and_then(|live| live.get(&peer).and_then(Weak::upgrade));
        if let Some(switch) = switch {
            switch.store(true, Ordering::Relaxed);
        }
    }
}

/// How long a client may take to send a request's headers, and how long a kept-alive
/// connection may sit without its next request: then it is closed.
#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    pub headers: Duration,
}

impl Default for Timeouts {
    fn default() -> Timeouts {
        // Longer than any client here takes, shorter than a held-open socket should live.
        Timeouts {
            headers: Duration::from_secs(30),
        }
    }
}

tokio::task_local! {
    /// The client of the connection being served: each connection is served in a task of
    /// its own, and its handlers run in that task.
    static PEER: SocketAddr;
}

/// The client of the request being handled, when served by `serve`.
pub fn peer() -> Option<SocketAddr> {
    PEER.try_with(|peer| *peer).ok()
}

/// Serves `router` on `listener` until `stop` resolves, then lets the open connections end
/// (at most two seconds). Each connection is counted, closable, and closed when its next
/// request's headers take longer than `timeouts.headers` (hyper's header-read timeout runs
/// from when a connection is ready for a request: an idle kept-alive connection is closed
/// too).
pub async fn serve(
    listener: TcpListener,
    connections: Connections,
    timeouts: Timeouts,
    router: axum::Router,
    stop: impl std::future::Future<Output = ()>,
) {
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(timeouts.headers)
        .keep_alive(true);
    tokio::pin!(stop);
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut stop => break,
        };
        let (tcp, peer) = match accepted {
            Ok(accepted) => accepted,
            // Out of descriptors or a connection reset before it was taken: wait a little,
            // as axum's own loop does, rather than spin.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = tcp.set_nodelay(true);
        let io = connections.accepted_one(tcp, peer);
        let service = hyper_util::service::TowerToHyperService::new(router.clone());
        let connection = http.serve_connection(hyper_util::rt::TokioIo::new(io), service);
        let connection = graceful.watch(connection);
        tokio::spawn(PEER.scope(peer, async move {
            // A connection closed by its client, a timeout or a fault ends here; nothing
            // to tell anyone.
            let _ = connection.await;
        }));
    }
    drop(listener);
    let _ = tokio::time::timeout(Duration::from_secs(2), graceful.shutdown()).await;
}

/// A connection that fails every read and write once its switch is on: the server drops
/// it there, and the client sees it close with no answer.
pub struct Closable {
    tcp: TcpStream,
    closed: Arc<AtomicBool>,
}

fn lost() -> io::Error {
    io::Error::new(
        io::ErrorKind::ConnectionAborted,
        "the answer is lost (a fault)",
    )
}

impl AsyncRead for Closable {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        if self.closed.load(Ordering::Relaxed) {
            return Poll::Ready(Err(lost()));
        }
        Pin::new(&mut self.tcp).poll_read(cx, buf)
    }
}

impl AsyncWrite for Closable {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        if self.closed.load(Ordering::Relaxed) {
            return Poll::Ready(Err(lost()));
        }
        Pin::new(&mut self.tcp).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        if self.closed.load(Ordering::Relaxed) {
            return Poll::Ready(Err(lost()));
        }
        Pin::new(&mut self.tcp).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.tcp).poll_shutdown(cx)
    }
}
