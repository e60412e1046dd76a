//! The sandbox's connections: counted as they are accepted (for the benchmarks of connection
//! reuse), and each one closable from a handler's side after its action is done, so that a
//! test can lose an answer the way a network does — the provider did the work, the client
//! never hears of it (the fault `lose_answer_to`).

use std::collections::HashMap;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::task::{Context, Poll};

use axum::extract::connect_info::Connected;
use axum::serve::IncomingStream;
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

pub struct Listener {
    inner: TcpListener,
    connections: Connections,
}

impl Listener {
    pub fn new(inner: TcpListener, connections: Connections) -> Listener {
        Listener { inner, connections }
    }
}

impl axum::serve::Listener for Listener {
    type Io = Closable;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Closable, SocketAddr) {
        loop {
            match self.inner.accept().await {
                Ok((tcp, peer)) => {
                    let _ = tcp.set_nodelay(true);
                    self.connections.accepted.fetch_add(1, Ordering::Relaxed);
                    let closed = Arc::new(AtomicBool::new(false));
                    if let Ok(mut live) = self.connections.live.lock() {
                        live.retain(|_, switch| switch.strong_count() > 0);
                        live.insert(peer, Arc::downgrade(&closed));
                    }
                    return (Closable { tcp, closed }, peer);
                }
                // Out of descriptors or a connection reset before it was taken: wait a
                // little, as axum's own listener does, rather than spin.
                Err(_) => tokio::time::sleep(std::time::Duration::from_millis(50)).await,
            }
        }
    }

    fn local_addr(&self) -> io::Result<SocketAddr> {
        self.inner.local_addr()
    }
}

/// The client's address, as a handler is given it.
#[derive(Debug, Clone, Copy)]
pub struct Peer(pub SocketAddr);

impl Connected<IncomingStream<'_, Listener>> for Peer {
    fn connect_info(stream: IncomingStream<'_, Listener>) -> Peer {
        Peer(*stream.remote_addr())
    }
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
