//! The sandbox: an offline simulator of the three providers (being written; this stub
//! keeps the interface the rest of cloudboard calls).

use std::net::SocketAddr;

pub struct Options {
    pub workflow_secs: f64,
    pub log_requests: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            workflow_secs: 3.0,
            log_requests: false,
        }
    }
}

pub struct Sandbox {
    addr: SocketAddr,
}

impl Sandbox {
    pub async fn start(_addr: SocketAddr, _opts: Options) -> std::io::Result<Sandbox> {
        Err(std::io::Error::other("the sandbox is not built yet"))
    }

    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub async fn shutdown(self) {}
}

pub fn banner(base_url: &str) -> String {
    format!("sandbox at {base_url}")
}

pub async fn serve_forever(_addr: SocketAddr, _opts: Options) -> std::io::Result<()> {
    Err(std::io::Error::other("the sandbox is not built yet"))
}
