//! The Cleura side of the backend as the wizard runs it: a kept token is used again in one
//! request (the domain list checks it), and a revoked one is told apart from a working one.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic here is a test failing

mod common;

use std::time::Duration;

use cloudboard::app::cleura::{Reply, Request};
use cloudboard::app::{Command, EventBody, RequestId};
use cloudboard::config::CleuraApi;
use common::backend::{Commands, Events};
use common::sandbox::{client, start, stats};
use secrecy::{ExposeSecret, SecretString};

const SECRET: &str = "cleura-backend-test";

async fn ask(commands: &Commands, events: &mut Events, id: u64, request: Request) -> Reply {
    commands
        .send(Command::Cleura(RequestId(id), request))
        .unwrap();
    let event = tokio::time::timeout(Duration::from_secs(20), events.recv())
        .await
        .expect("an answer in time")
        .expect("the backend lives");
    assert_eq!(event.id, RequestId(id));
    match event.body {
        EventBody::Cleura(reply) => reply,
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_kept_token_is_used_again_in_one_request_and_a_revoked_one_is_refused() {
    let sandbox = start().await;
    let base = sandbox.base_url();
    let endpoint = format!("{base}/cleura");
    let (dir, commands, mut events) = common::backend::start("cleura");

    let signed_in = ask(
        &commands,
        &mut events,
        1,
        Request::SignIn {
            endpoint: endpoint.clone(),
            api: CleuraApi::V1,
            login: "alice".into(),
            password: SecretString::from("alice-password".to_string()),
            secret: SECRET,
        },
    )
    .await;
    let Reply::SignedIn { session, kept, .. } = signed_in else {
        panic!("{signed_in:?}")
    };
    assert!(kept.is_ok(), "{kept:?}");

    let before = stats(&base).await.requests;
    let resumed = ask(
        &commands,
        &mut events,
        2,
        Request::Resume {
            secret: SECRET,
            endpoint: endpoint.clone(),
        },
    )
    .await;
    let Reply::Resumed { domains, .. } = resumed else {
        panic!("{resumed:?}")
    };
    assert_eq!(domains.len(), 3);
    assert_eq!(
        stats(&base).await.requests - before,
        1,
        "the domain list alone"
    );

    let revoked = client()
        .delete(format!("{endpoint}/auth/v1/tokens"))
        .header("X-AUTH-LOGIN", "alice")
        .header("X-AUTH-TOKEN", session.token.expose_secret())
        .send()
        .await
        .unwrap();
    assert!(revoked.status().is_success());
    let failed = ask(
        &commands,
        &mut events,
        3,
        Request::Resume {
            secret: SECRET,
            endpoint,
        },
    )
    .await;
    let Reply::ResumeFailed { login, error } = failed else {
        panic!("{failed:?}")
    };
    assert_eq!(login, "alice");
    assert!(error.to_string().contains("token"), "{error}");
    let _ = std::fs::remove_dir_all(&dir);
}
