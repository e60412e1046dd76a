//! `cloudboard` subcommands run in a home of their own, pointed at a sandbox process, their
//! streams piped; and what they said.

use std::io::Write;
use std::process::{Child, Command, Output, Stdio};

use serde_json::Value;

use super::home::Home;
use super::sandbox::SandboxProcess;

/// `cloudboard ARGS` in `home`, pointed at `sandbox`, in a clean environment, its streams
/// piped: to change before it is spawned.
pub fn command(home: &Home, sandbox: &SandboxProcess, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cloudboard"));
    command
        .args(["--config", &home.config(), "--sandbox-url", &sandbox.url])
        .args(args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .envs(home.env())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// `cloudboard ARGS` started, with `env` besides.
pub fn spawn(home: &Home, sandbox: &SandboxProcess, args: &[&str], env: &[(&str, &str)]) -> Child {
    let mut command = command(home, sandbox, args);
    command.envs(env.iter().copied());
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

pub fn exit_code(output: &Output) -> i32 {
    output.status.code().unwrap_or(-1)
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The command's JSON, checked to say nothing it does not know: no `null`, no empty string.
pub fn stdout_json(output: &Output) -> Value {
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

/// Where a GET of `url` sends (no redirect followed): the next page a browser shows.
pub fn redirect(url: &str) -> String {
    let (status, to) = super::block_on(super::sandbox::location(url));
    assert!(!to.is_empty(), "{url} answered {status}, sending nowhere");
    to
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
