//! The sandbox's own routes (outbox with its long poll, faults, reset, stats) and its
//! robustness: every POST route answers malformed bodies with its provider's 4xx shape.

use crate::common;

use std::time::{Duration, Instant};

use common::sandbox::{alice_token, cleura_sign_in, client, get_json, json_of, set_faults, start};
use serde_json::{Value, json};

/// Every POST route of every provider, with the shape its errors take.
const POST_ROUTES: [(&str, Shape); 13] = [
    ("/cozy/api/v1/instances", Shape::Cozy),
    ("/cozy/api/public/instances", Shape::Cozy),
    (
        "/cozy/instances/x.mycozy.cloud/settings/passphrase",
        Shape::JsonApi,
    ),
    ("/cleura/auth/v1/tokens", Shape::Cleura),
    ("/cleura/auth/v1/tokens/request2facode", Shape::Cleura),
    ("/cleura/auth/v1/tokens/verify2fa", Shape::Cleura),
    ("/cleura/auth/v2/tokens", Shape::Cleura),
    ("/cleura/auth/v2/request-sms-code", Shape::Cleura),
    ("/cleura/auth/v2/tokens-by-sms-code", Shape::Cleura),
    (
        "/cloudsigma/api/2.0/accounts/action/?do=create",
        Shape::CloudSigma,
    ),
    (
        "/cloudsigma/api/2.0/accounts/action/?do=login",
        Shape::CloudSigma,
    ),
    (
        "/cloudsigma/api/2.0/accounts/action/?do=check_login_with_return_uuid",
        Shape::CloudSigma,
    ),
    (
        "/cloudsigma/api/2.0/accounts/action/?do=nonsense",
        Shape::CloudSigma,
    ),
];

#[derive(Debug, Clone, Copy)]
enum Shape {
    Cozy,
    JsonApi,
    Cleura,
    CloudSigma,
}

fn has_shape(shape: Shape, v: &Value) -> bool {
    match shape {
        Shape::Cozy => v["error"].is_string(),
        Shape::JsonApi => v["errors"][0]["detail"].is_string(),
        Shape::Cleura => v["error"]["code"].is_u64() && v["error"]["message"].is_string(),
        Shape::CloudSigma => v[0]["error_message"].is_string() && v[0]["error_type"].is_string(),
    }
}

#[tokio::test]
async fn malformed_bodies_get_the_providers_own_4xx_never_a_500() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let bodies: [&[u8]; 12] = [
        b"",
        b"{",
        b"not json",
        b"[]",
        b"42",
        b"null",
        b"{\"auth\": 5}",
        b"{\"auth\": {\"login\": 5, \"password\": []}}",
        b"{\"login\": {}, \"verification\": 1, \"code\": \"x\"}",
        b"{\"email\": [], \"slug\": {}, \"offer\": 1, \"domain\": null}",
        b"{\"register_token\": 1, \"passphrase\": 2, \"iterations\": \"x\"}",
        b"\xff\xfe\x00garbage",
    ];
    // One client for every request: building one takes longer than the request.
    let client = client();
    for (path, shape) in POST_ROUTES {
        for body in bodies {
            let response = client
                .post(format!("{base}{path}"))
                .header("Authorization", "Bearer sandbox-token")
                .header("Content-Type", "application/json")
                .body(body.to_vec())
                .send()
                .await
                .unwrap();
            let status = response.status().as_u16();
            let (_, v) = json_of(response).await;
            assert!(
                (400..500).contains(&status),
                "{path} with {:?}: {status} {v}",
                String::from_utf8_lossy(body)
            );
            assert!(has_shape(shape, &v), "{path}: {v}");
        }
    }
}

#[tokio::test]
async fn unknown_routes_are_404_in_the_providers_shape() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    for (path, shape) in [
        ("/cozy/api/v9/nothing", Shape::Cozy),
        ("/cleura/nothing", Shape::Cleura),
        ("/cloudsigma/api/2.0/nothing/", Shape::CloudSigma),
    ] {
        let (status, v) = get_json(&format!("{base}{path}")).await;
        assert_eq!(status, 404);
        assert!(has_shape(shape, &v), "{path}: {v}");
    }
}

#[tokio::test]
async fn the_outbox_long_poll_answers_when_a_message_arrives() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let waiting = tokio::spawn({
        let base = base.clone();
        async move {
            let started = Instant::now();
            let (_, v) = get_json(&format!("{base}/_sandbox/outbox?after=0&wait=30")).await;
            (v, started.elapsed())
        }
    });
    tokio::time::sleep(Duration::from_millis(200)).await;
    let _ = client()
        .post(format!(
            "{base}/cloudsigma/api/2.0/accounts/action/?do=create"
        ))
        .json(&json!({"email": "poll@example.org"}))
        .send()
        .await
        .unwrap();
    let (messages, waited) = waiting.await.unwrap();
    assert_eq!(messages.as_array().unwrap().len(), 1, "{messages}");
    assert_eq!(messages[0]["id"], 1);
    assert!(
        waited < Duration::from_secs(25),
        "answered on arrival, not at the timeout"
    );
    let (_, none) = get_json(&format!("{base}/_sandbox/outbox?after=1&wait=0")).await;
    assert_eq!(none, json!([]));
}

#[tokio::test]
async fn faults_inject_503_with_retry_after_429_and_latency_but_never_on_sandbox_routes() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    set_faults(&base, json!({"error_rate": 1.0})).await;
    let r = client()
        .post(format!("{base}/cleura/auth/v1/tokens"))
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 503);
    assert_eq!(r.headers()["retry-after"], "1");
    let (_, v) = json_of(r).await;
    assert!(has_shape(Shape::Cleura, &v), "{v}");
    let r = client()
        .get(format!("{base}/_sandbox/outbox"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200, "sandbox routes are never faulted");

    set_faults(&base, json!({"rate_limit_per_s": 2.0})).await;
    let mut statuses = Vec::new();
    for _ in 0..6 {
        let r = client()
            .get(format!("{base}/cozy/api/v1/public/workflows/x"))
            .header("Authorization", "Bearer sandbox-token")
            .send()
            .await
            .unwrap();
        statuses.push(r.status().as_u16());
    }
    assert!(statuses.contains(&429), "{statuses:?}");

    set_faults(&base, json!({"latency_ms": 300})).await;
    let started = Instant::now();
    let _ = client()
        .get(format!("{base}/cleura/x"))
        .send()
        .await
        .unwrap();
    assert!(started.elapsed() >= Duration::from_millis(300));

    let (_, current) = get_json(&format!("{base}/_sandbox/faults")).await;
    assert_eq!(current["latency_ms"], 300);
    let r = client()
        .post(format!("{base}/_sandbox/faults"))
        .json(&json!({"error_rate": 3}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
}

#[tokio::test]
async fn reset_restores_the_fixtures_and_stats_count_requests_and_connections() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    // One client throughout: the connections it opens are counted.
    let c = client();
    let get = |path: &str| {
        let request = c.get(format!("{base}{path}"));
        async move { json_of(request.send().await.unwrap()).await.1 }
    };
    let create_gone = || {
        c.post(format!(
            "{base}/cloudsigma/api/2.0/accounts/action/?do=create"
        ))
        .json(&json!({"email": "gone@example.org"}))
        .send()
    };
    for _ in 0..3 {
        get("/cleura/none").await;
    }
    let stats = get("/_sandbox/stats").await;
    assert_eq!(
        stats["requests"], 3,
        "sandbox routes are not counted: {stats}"
    );
    assert_eq!(
        stats["connections"], 1,
        "one client, one kept-alive connection: {stats}"
    );
    create_gone().await.unwrap();
    set_faults(&base, json!({"latency_ms": 5})).await;
    let r = c
        .post(format!("{base}/_sandbox/reset"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    assert_eq!(get("/_sandbox/outbox").await, json!([]));
    assert_eq!(get("/_sandbox/faults").await["latency_ms"], 0);
    let r = create_gone().await.unwrap();
    assert_eq!(
        r.status(),
        200,
        "the account created before the reset is gone"
    );
    assert_eq!(get("/_sandbox/stats").await["requests"], 1);
}

#[tokio::test]
async fn concurrent_sign_ins_keep_the_state_consistent() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let mut tasks = Vec::new();
    for _ in 0..50 {
        let base = base.clone();
        tasks.push(tokio::spawn(async move { alice_token(&base).await }));
    }
    let mut tokens = Vec::new();
    for t in tasks {
        tokens.push(t.await.unwrap());
    }
    let unique: std::collections::HashSet<_> = tokens.iter().collect();
    assert_eq!(unique.len(), 50);
    for token in tokens.iter().take(10) {
        let r = client()
            .post(format!("{base}/cleura/auth/v1/tokens/validate"))
            .header("X-AUTH-LOGIN", "alice")
            .header("X-AUTH-TOKEN", token)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 204);
    }
}

/// 10,000 requests from a bounded load loop (64 at a time): every answer is right, and the
/// sandbox still answers a new sign-in correctly afterwards.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_requests_are_all_answered_correctly() {
    use futures::StreamExt;
    let sandbox = start().await;
    let base = sandbox.base_url();
    let c = client();
    let token = alice_token(&base).await;
    let wrong = futures::stream::iter(0..10_000u32)
        .map(|i| {
            let c = c.clone();
            let base = base.clone();
            let token = token.clone();
            async move {
                match i % 4 {
                    0 => {
                        let r = c
                            .get(format!("{base}/cleura/accesscontrol/v1/openstack/domains"))
                            .header("X-AUTH-LOGIN", "alice")
                            .header("X-AUTH-TOKEN", &token)
                            .send()
                            .await
                            .unwrap();
                        let ok = r.status() == 200;
                        let v: Value = r.json().await.unwrap();
                        ok && v.as_array().map(Vec::len) == Some(3)
                    }
                    1 => {
                        let r = c
                            .post(format!("{base}/cleura/auth/v1/tokens"))
                            // A login of its own each time: five wrong passwords in a row
                            // would lock one (and answer 429, rightly).
                            .json(&json!({"auth": {"login": format!("nobody{i}"), "password": "nope"}}))
                            .send()
                            .await
                            .unwrap();
                        r.status() == 401
                    }
                    2 => {
                        let r = c
                            .get(format!("{base}/cloudsigma/api/2.0/balance/"))
                            .basic_auth("demo@example.org", Some("demo-password"))
                            .send()
                            .await
                            .unwrap();
                        r.status() == 200
                    }
                    _ => {
                        let r = c
                            .get(format!("{base}/cozy/api/v1/public/workflows/none"))
                            .header("Authorization", "Bearer sandbox-token")
                            .send()
                            .await
                            .unwrap();
                        r.status() == 404
                    }
                }
            }
        })
        .buffer_unordered(64)
        .filter(|ok| std::future::ready(!ok))
        .count()
        .await;
    assert_eq!(wrong, 0, "wrong answers under load");
    let (_, stats) = get_json(&format!("{base}/_sandbox/stats")).await;
    assert_eq!(stats["requests"], 10_001);
    let alice = json!({"login": "alice", "password": "alice-password"});
    let (status, v) = cleura_sign_in(&base, alice).await;
    assert_eq!((status, v["result"].as_str()), (200, Some("login_ok")));
}

#[tokio::test]
async fn the_most_regions_the_sandbox_serves_fit_in_one_answer_a_client_reads() {
    let sandbox = common::sandbox::start_with(cloudboard::sandbox::Options {
        regions: cloudboard::cli::MAX_SANDBOX_REGIONS as usize,
        ..Default::default()
    })
    .await;
    let base = sandbox.base_url();
    let token = alice_token(&base).await;
    let body = client()
        .get(format!("{base}/cleura/accesscontrol/v1/openstack/domains"))
        .header("X-AUTH-LOGIN", "alice")
        .header("X-AUTH-TOKEN", token)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert!(
        body.len() < cloudboard::api::MAX_BODY * 9 / 10,
        "{} bytes",
        body.len()
    );
}

/// A client slow to send its headers, or one that opens a connection and sends nothing, is
/// closed after the header timeout; a prompt client on the same sandbox is served.
#[tokio::test]
async fn slow_headers_and_idle_connections_are_closed() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let options = cloudboard::sandbox::Options {
        timeouts: cloudboard::sandbox::listener::Timeouts {
            headers: std::time::Duration::from_millis(300),
        },
        ..Default::default()
    };
    let sandbox = common::sandbox::start_with(options).await;
    let mut slow = tokio::net::TcpStream::connect(sandbox.addr())
        .await
        .unwrap();
    slow.write_all(b"GET /_sandbox/stats HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    let mut idle = tokio::net::TcpStream::connect(sandbox.addr())
        .await
        .unwrap();
    for stream in [&mut slow, &mut idle] {
        let mut buf = Vec::new();
        // Generous: the point is that it ends at all, without the client closing first.
        let read = tokio::time::timeout(
            std::time::Duration::from_secs(20),
            stream.read_to_end(&mut buf),
        )
        .await
        .expect("the sandbox closed the connection");
        assert!(
            read.is_err() || !String::from_utf8_lossy(&buf).contains("200 OK"),
            "{buf:?}"
        );
    }
    let (status, _) = get_json(&format!("{}/_sandbox/stats", sandbox.base_url())).await;
    assert_eq!(status, 200);
}
