//! TLS certificates are always verified: a server with a certificate no authority signed is
//! refused by the wizard's HTTP client, with the reason in words.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic here is a test failing

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

struct Server {
    child: Child,
    dir: std::path::PathBuf,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// An HTTPS server on loopback with a self-signed certificate (made with openssl, served by
/// Python's standard library).
fn self_signed_server() -> Server {
    let dir = crate::common::temp_dir("tls");
    let made = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
        ])
        .args(["-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"])
        .arg("-keyout")
        .arg(dir.join("key.pem"))
        .arg("-out")
        .arg(dir.join("cert.pem"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("openssl is installed (CI installs it)");
    assert!(made.success());
    let script = r#"
import http.server, ssl, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200); self.send_header("Content-Type", "application/json"); self.end_headers(); self.wfile.write(b"[]")
    do_POST = do_GET
    def log_message(self, *a): pass
server = http.server.HTTPServer(("127.0.0.1", 0), H)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(sys.argv[1], sys.argv[2])
server.socket = context.wrap_socket(server.socket, server_side=True)
print(server.server_address[1], flush=True)
server.serve_forever()
"#;
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(dir.join("cert.pem"))
        .arg(dir.join("key.pem"))
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port = line.trim().parse().expect("the port");
    Server { child, dir, port }
}

#[tokio::test]
async fn a_certificate_no_authority_signed_is_refused() {
    let server = self_signed_server();
    let http = cloudboard::backend::http::Http::default();
    let client = http.client().expect("the client");
    let cleura = cloudboard::api::cleura::Cleura::new(
        client,
        &format!("https://127.0.0.1:{}", server.port),
        cloudboard::config::CleuraApi::V1,
    );
    let token = secrecy::SecretString::from("t".to_string());
    let err = cleura.domains("alice", &token).await.unwrap_err();
    assert!(
        matches!(err, cloudboard::api::ApiError::Untrusted { .. }),
        "{err:?}"
    );
    assert!(
        err.to_string().to_lowercase().contains("certificate"),
        "{err}"
    );
    assert!(
        !err.advice_in(cloudboard::lang::Lang::En)
            .contains("network"),
        "a certificate is not the network: {}",
        err.advice_in(cloudboard::lang::Lang::En)
    );
}
