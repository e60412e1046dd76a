//! Hostile or broken servers: answers that are not JSON, JSON of the wrong shape, truncated
//! or huge bodies, unknown statuses. Every client call ends in an error that says what
//! happened, never a panic or a hang; and response parsing is fuzzed over arbitrary bytes.

use crate::common;

use common::sandbox::client;

use std::net::SocketAddr;

use axum::Router;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use cloudboard::api::cleura::Cleura;
use cloudboard::api::cloudsigma::CloudSigma;
use cloudboard::api::{ApiError, ErrorShape, provider_message};
use cloudboard::config::CleuraApi;
use proptest::prelude::*;
use secrecy::SecretString;

/// A server that answers every request with what `make` builds.
async fn serve(make: fn() -> Response) -> SocketAddr {
    let app = Router::new().fallback(move || async move { make() });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    addr
}

/// A server that reads each request, writes `bytes` back as they are, and hangs up.
async fn raw(bytes: &'static [u8]) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(async move {
                let mut buf = [0u8; 4096];
                let _ = socket.read(&mut buf).await;
                let _ = socket.write_all(bytes).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    addr
}

/// A server that sends a head promising more body than it sends, then hangs up.
async fn truncating() -> SocketAddr {
    raw(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{\"result\":\"login_").await
}

fn not_json() -> Response {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/html")],
        "<html>maintenance</html>",
    )
        .into_response()
}

fn wrong_shape() -> Response {
    (
        StatusCode::OK,
        axum::Json(serde_json::json!({"unexpected": [1, 2, 3]})),
    )
        .into_response()
}

fn huge() -> Response {
    (
        StatusCode::OK,
        "[".to_string() + &"0,".repeat(1_500_000) + "0]",
    )
        .into_response()
}

fn teapot() -> Response {
    (StatusCode::IM_A_TEAPOT, "short and stout").into_response()
}

fn strange_success() -> Response {
    (StatusCode::from_u16(299).unwrap(), "").into_response()
}

fn server_error_html() -> Response {
    (StatusCode::BAD_GATEWAY, "<h1>502 Bad Gateway</h1>").into_response()
}

fn pw() -> SecretString {
    SecretString::from("pw".to_string())
}

/// Every case ends in an error of the expected kind whose words say what went wrong.
#[tokio::test]
async fn cleura_answers_that_make_no_sense_are_errors_in_words() {
    let http = client();
    for (make, expect) in [
        (not_json as fn() -> Response, "not JSON"),
        (wrong_shape, "sign-in result"),
        (huge, "larger than"),
        (strange_success, "empty"),
    ] {
        let addr = serve(make).await;
        let cleura = Cleura::new(&http, &format!("http://{addr}"), CleuraApi::V1);
        let err = cleura.sign_in("alice", &pw()).await.unwrap_err();
        assert!(matches!(err, ApiError::BadResponse(_)), "{expect}: {err:?}");
        assert!(err.to_string().contains(expect), "{expect}: {err}");
        assert!(
            err.advice_in(cloudboard::lang::Lang::En)
                .contains("try again later"),
            "{}",
            err.advice_in(cloudboard::lang::Lang::En)
        );
    }
    let addr = serve(teapot).await;
    let err = Cleura::new(&http, &format!("http://{addr}"), CleuraApi::V1)
        .domains("alice", &pw())
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            ApiError::Declined {
                status: 418,
                refusal: cloudboard::api::error::Refusal::Other,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("418"), "{err}");
    let addr = serve(server_error_html).await;
    let err = Cleura::new(&http, &format!("http://{addr}"), CleuraApi::V1)
        .domains("alice", &pw())
        .await
        .unwrap_err();
    assert!(
        matches!(err, ApiError::Server { status: 502, .. }),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_truncated_body_is_said_to_be_cut_short() {
    let http = client();
    let addr = truncating().await;
    let err = Cleura::new(&http, &format!("http://{addr}"), CleuraApi::V1)
        .sign_in("alice", &pw())
        .await
        .unwrap_err();
    let words = err.to_string();
    assert!(
        words.contains("cut short") || words.contains("closed"),
        "{err:?}"
    );
}

#[tokio::test]
async fn cloudsigma_and_cozy_clients_cope_the_same() {
    let http = client();
    // A creation answer of the wrong shape still says nothing needed is missing (its fields
    // are optional); garbage and huge bodies are errors.
    for (make, garbage) in [
        (not_json as fn() -> Response, true),
        (wrong_shape, false),
        (huge, true),
    ] {
        let addr = serve(make).await;
        let sigma = CloudSigma::new(&http, &format!("http://{addr}/api/2.0/"));
        let err = sigma
            .create_account(&cloudboard::api::cloudsigma::NewAccount {
                email: "a@b.org".into(),
                promo: None,
            })
            .await;
        if garbage {
            assert!(matches!(err, Err(ApiError::BadResponse(_))), "{err:?}");
        }
        let token = SecretString::from("t".to_string());
        let err = cloudboard::api::cozy::workflow(
            &http,
            &format!("http://{addr}/api"),
            "v1/public/workflows",
            &token,
            "wf",
            cloudboard::api::Retry::Never,
        )
        .await
        .unwrap_err();
        assert!(matches!(err, ApiError::BadResponse(_)), "{err:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Any bytes at all, as any provider's answer: parsed to a value or an error, never a panic.
    #[test]
    fn parsing_any_bytes_never_panics(body in prop::collection::vec(any::<u8>(), 0..2048)) {
        let _ = cloudboard::api::cleura::parse_domains(&body);
        let _ = cloudboard::api::cleura::parse_projects(&body);
        let _ = cloudboard::api::cloudsigma::parse_uuid(&body);
        let _ = cloudboard::api::parse_json::<cloudboard::api::cozy::Created>(&body);
        let _ = cloudboard::api::parse_json::<cloudboard::api::cozy::Workflow>(&body);
        let _ = cloudboard::api::parse_json::<cloudboard::api::cloudsigma::Profile>(&body);
        let _ = cloudboard::api::parse_json::<cloudboard::api::cloudsigma::Balance>(&body);
        for shape in [ErrorShape::Cozy, ErrorShape::Cleura, ErrorShape::CloudSigma] {
            let _ = provider_message(&body, shape);
        }
        let _ = cloudboard::api::refusal(
            reqwest::StatusCode::BAD_REQUEST,
            &reqwest::header::HeaderMap::new(),
            &body,
            ErrorShape::Cleura,
        );
    }

    /// JSON-looking text, which reaches deeper into the parsers than random bytes do.
    #[test]
    fn parsing_json_like_text_never_panics(body in "[\\[\\]{}\",:0-9a-z _\\-]{0,300}") {
        let _ = cloudboard::api::cleura::parse_domains(body.as_bytes());
        let _ = cloudboard::api::cleura::parse_projects(body.as_bytes());
        let _ = cloudboard::api::cloudsigma::parse_uuid(body.as_bytes());
        for shape in [ErrorShape::Cozy, ErrorShape::Cleura, ErrorShape::CloudSigma] {
            let _ = provider_message(body.as_bytes(), shape);
        }
    }

    /// Any Set-Cookie headers: a session, or an error, never a panic.
    #[test]
    fn any_cookies_never_panic(values in prop::collection::vec("[ -~]{0,120}", 0..4)) {
        let mut headers = reqwest::header::HeaderMap::new();
        for v in &values {
            if let Ok(v) = reqwest::header::HeaderValue::from_str(v) {
                headers.append(reqwest::header::SET_COOKIE, v);
            }
        }
        let _ = cloudboard::api::cloudsigma::session_from_headers(&headers, std::time::SystemTime::now());
    }
}

/// What a hostile Cleura puts in its words and its data: a window title, the clipboard
/// (OSC 52), a cleared screen, a C1 control sequence, a forged line, a bell, a reversed text.
const HOSTILE: &str = "\u{1b}]0;owned\u{7}\u{1b}]52;c;b3duZWQ=\u{7}\u{1b}[2J\u{9b}31m\rForged line\u{7}\u{202e}desrever";

/// Bytes that would act on a terminal, found anywhere in `bytes`.
fn raw_controls(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    text.chars()
        .filter(|c| (c.is_control() && !matches!(c, '\n' | '\t')) || *c == '\u{202e}')
        .map(|c| c.escape_unicode().to_string())
        .collect()
}

/// A Cleura (API v1) whose refusals and regions carry `HOSTILE`; alice signs in.
async fn hostile_cleura() -> SocketAddr {
    use axum::routing::{get, post};
    let sign_in = post(|body: axum::body::Bytes| async move {
        let alice = String::from_utf8_lossy(&body).contains("\"alice\"");
        if String::from_utf8_lossy(&body).contains("\"oversized\"") {
            huge()
        } else if alice {
            axum::Json(serde_json::json!({"result": "login_ok", "token": "tok"})).into_response()
        } else {
            (
                StatusCode::UNAUTHORIZED,
                axum::Json(serde_json::json!({"error": {"code": 401, "message": HOSTILE}})),
            )
                .into_response()
        }
    });
    let domains = get(|| async {
        axum::Json(serde_json::json!([{
            "id": "d1", "name": HOSTILE, "status": "provisioned", "enabled": true,
            "area": {"id": "1", "name": HOSTILE, "tag": "SE",
                     "regions": [{"zone_id": "1", "name": HOSTILE, "status": "active", "region": "Sto2"}]}
        }]))
    });
    let app = Router::new()
        .route("/auth/v1/tokens", sign_in)
        .route("/accesscontrol/v1/openstack/domains", domains);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    addr
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_server_text_reaches_a_terminal_or_the_log_raw() {
    let addr = hostile_cleura().await;
    let home = common::home::Home::new("hostile-cleura");
    std::fs::write(
        home.config(),
        format!("[secrets]\nstore = \"file\"\n[cleura]\nendpoint = \"http://{addr}\"\n"),
    )
    .unwrap();
    let answers = home.dir.join("answers.toml");
    std::fs::write(&answers, "flow = \"cleura\"\nlogin = \"alice\"\n").unwrap();
    let run = |args: &[&str], stdin: &'static str| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_cloudboard"));
        command
            .arg("--config")
            .arg(home.config())
            .args(args)
            .env("XDG_CONFIG_HOME", home.dir.join("config"))
            .env("XDG_DATA_HOME", home.dir.join("data"))
            .env("CLOUDBOARD_LOG", "trace")
            .env("CLOUDBOARD_CLEURA_PASSWORD", "pw")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = command.spawn().unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    // The server runs on the other worker while the commands block this one.
    let outputs = tokio::task::block_in_place(|| {
        vec![
            // An answer over the size a client reads, to a sign-in.
            (
                "cleura login (oversized answer)",
                run(&["cleura", "login", "--login", "oversized"], ""),
            ),
            // A refusal in the provider's words, on stderr.
            (
                "cleura login (refused)",
                run(&["cleura", "login", "--login", "mallory"], ""),
            ),
            (
                "cleura login",
                run(&["cleura", "login", "--login", "alice"], ""),
            ),
            // Provider data in a text table, on stdout.
            ("cleura regions", run(&["cleura", "regions"], "")),
            // The plain mode, line by line.
            (
                "--plain",
                run(&["--answers", answers.to_str().unwrap(), "--yes"], ""),
            ),
            ("--plain with a refusal", run(&["--plain"], "2\nmallory\n")),
        ]
    });
    let oversized = &outputs[0].1;
    assert_eq!(oversized.status.code(), Some(3), "{oversized:?}");
    assert!(
        String::from_utf8_lossy(&oversized.stderr).contains("larger than"),
        "{oversized:?}"
    );
    for (what, out) in &outputs {
        assert!(
            raw_controls(&out.stdout).is_empty() && raw_controls(&out.stderr).is_empty(),
            "{what} printed {:?} / {:?}:\n{}\n{}",
            raw_controls(&out.stdout),
            raw_controls(&out.stderr),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let regions = String::from_utf8_lossy(&outputs[3].1.stdout);
    assert!(
        regions.contains("\\u{1b}]0;owned"),
        "shown as what it is: {regions}"
    );
    let log = std::fs::read(home.dir.join("data/cloudboard/cloudboard.log")).unwrap();
    assert!(
        raw_controls(&log).is_empty(),
        "the log: {:?}",
        raw_controls(&log)
    );
    assert!(
        String::from_utf8_lossy(&log).contains("\\u{1b}]52;c;"),
        "the refusal was logged, escaped"
    );
}

/// A server that reads the request and hangs up without a word.
async fn hanging_up() -> SocketAddr {
    raw(b"").await
}

#[tokio::test]
async fn a_connection_closed_before_the_answer_is_named_so_not_the_network() {
    let addr = hanging_up().await;
    let http = client();
    let cleura = Cleura::new(&http, &format!("http://{addr}"), CleuraApi::V1);
    let err = cleura.domains("alice", &pw()).await.unwrap_err();
    assert!(matches!(err, ApiError::Closed { .. }), "{err:?}");
    assert!(
        err.advice_in(cloudboard::lang::Lang::En)
            .contains("closed the connection"),
        "{}",
        err.advice_in(cloudboard::lang::Lang::En)
    );
    assert!(
        !err.advice_in(cloudboard::lang::Lang::En)
            .contains("network"),
        "{}",
        err.advice_in(cloudboard::lang::Lang::En)
    );
}
