//! Running `cloudboard` subcommands in a home of their own, pointed at a sandbox process,
//! and reading what they said.

use std::io::Write;
use std::process::{Child, Command, Output, Stdio};

use serde_json::Value;

use super::world::{Home, SandboxProcess};

/// `cloudboard ARGS` in `home`, pointed at `sandbox`, its streams piped, with `env` besides
/// a clean environment.
pub fn spawn(home: &Home, sandbox: &SandboxProcess, args: &[&str], env: &[(&str, &str)]) -> Child {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cloudboard"));
    command
        .args(["--config", &home.config(), "--sandbox-url", &sandbox.url])
        .args(args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", &home.dir)
        .env("XDG_CONFIG_HOME", home.dir.join("config"))
        .env("XDG_DATA_HOME", home.dir.join("data"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        command.env(k, v);
    }
    command.spawn().expect("spawn")
}

/// `cloudboard ARGS` to its end, with `stdin` written to it and `env` besides.
pub fn run(
    home: &Home,
    sandbox: &SandboxProcess,
    args: &[&str],
    stdin: &str,
    env: &[(&str, &str)],
) -> Output {
    let mut child = spawn(home, sandbox, args, env);
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("wait")
}

pub fn code(output: &Output) -> i32 {
    output.status.code().unwrap_or(-1)
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The command's JSON, checked to say nothing it does not know: no `null`, no empty string.
pub fn json(output: &Output) -> Value {
    let value: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(output)));
    every_field_is_true_or_absent(&value, "");
    value
}

fn every_field_is_true_or_absent(value: &Value, at: &str) {
    match value {
        Value::Null => panic!("{at} is null"),
        Value::String(s) => assert!(!s.is_empty(), "{at} is an empty string"),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                every_field_is_true_or_absent(item, &format!("{at}[{i}]"));
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                every_field_is_true_or_absent(item, &format!("{at}.{key}"));
            }
        }
        _ => {}
    }
}

fn block_on<T>(work: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
        .block_on(work)
}

pub fn set_faults(sandbox: &SandboxProcess, faults: Value) {
    block_on(super::sandbox::set_faults(&sandbox.url, faults));
}

pub fn outbox(sandbox: &SandboxProcess) -> Vec<Value> {
    block_on(async {
        super::sandbox::client()
            .get(format!("{}/_sandbox/outbox", sandbox.url))
            .send()
            .await
            .expect("outbox")
            .json()
            .await
            .expect("outbox JSON")
    })
}

/// The link of the newest activation email to `email` in the outbox, if one is there.
pub fn activation_link(sandbox: &SandboxProcess, email: &str) -> Option<String> {
    outbox(sandbox)
        .iter()
        .rev()
        .find(|m| m["to"] == email)
        .and_then(|m| m["link"].as_str().map(str::to_string))
}

/// Provider requests the sandbox has served (or begun to serve) so far.
pub fn requests(sandbox: &SandboxProcess) -> u64 {
    super::sandbox::blocking_stats(&sandbox.url)
}

/// `cozy activate` with `link` and a good passphrase on stdin, in JSON.
pub fn activate(home: &Home, sandbox: &SandboxProcess, link: &str) -> Output {
    run(
        home,
        sandbox,
        &[
            "cozy",
            "activate",
            "--link-stdin",
            "--passphrase-stdin",
            "--json",
        ],
        &format!("{link}\ncorrect horse battery staple 42\n"),
        &[],
    )
}
