//! `cloudboard` subcommands run in a home of their own, pointed at a sandbox process, their
//! streams piped; and what they said.

use std::io::Write;
use std::process::{Child, ChildStdin, Command, Output, Stdio};

use serde_json::Value;

use super::home::Home;
use super::sandbox::SandboxProcess;

/// `cloudboard ARGS` in `home`, pointed at `sandbox`, in a clean environment, its streams
/// piped: to change before it is spawned.
pub fn command(home: &Home, sandbox: &SandboxProcess, args: &[&str]) -> Command {
    command_at(home, &sandbox.url, args)
}

/// `command`, pointed at a sandbox's address `url` (which may have stopped answering).
pub fn command_at(home: &Home, url: &str, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cloudboard"));
    command
        .args(["--config", &home.config(), "--sandbox-url", url])
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

/// `cloudboard ARGS` to its end, nothing on its standard input.
pub fn run(home: &Home, sandbox: &SandboxProcess, args: &[&str]) -> Output {
    run_with(home, sandbox, args, "", &[])
}

/// `cloudboard ARGS` to its end, with `stdin` written to it and `env` besides.
pub fn run_with(
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

/// `cloudboard --answers PATH --yes`, nothing on its standard input, with `env` besides: to
/// change before it is spawned.
pub fn answers(home: &Home, sandbox: &SandboxProcess, path: &str, env: &[(&str, &str)]) -> Command {
    let mut command = command(home, sandbox, &["--answers", path, "--yes"]);
    command.stdin(Stdio::null()).envs(env.iter().copied());
    command
}

/// `answers` with `text` written to the file `name` in `home`, to its end.
pub fn run_answers(
    home: &Home,
    sandbox: &SandboxProcess,
    name: &str,
    text: &str,
    env: &[(&str, &str)],
) -> Output {
    let path = home.file(name, text);
    answers(home, sandbox, &path, env)
        .output()
        .expect("run cloudboard")
}

/// `cleura login --login LOGIN --password-stdin`, then `extra`, with `password` on stdin.
pub fn cleura_login(
    home: &Home,
    sandbox: &SandboxProcess,
    login: &str,
    password: &str,
    extra: &[&str],
) -> Output {
    let mut args = vec!["cleura", "login", "--login", login, "--password-stdin"];
    args.extend_from_slice(extra);
    run_with(home, sandbox, &args, &format!("{password}\n"), &[])
}

/// `cloudsigma login --email demo@example.org --password-stdin`, then `extra`, with
/// `password` on stdin.
pub fn cloudsigma_login(
    home: &Home,
    sandbox: &SandboxProcess,
    password: &str,
    extra: &[&str],
) -> Output {
    let mut args = vec![
        "cloudsigma",
        "login",
        "--email",
        "demo@example.org",
        "--password-stdin",
    ];
    args.extend_from_slice(extra);
    run_with(home, sandbox, &args, &format!("{password}\n"), &[])
}

/// `cozy create --email EMAIL --slug SLUG`, then `extra`.
pub fn cozy_create(
    home: &Home,
    sandbox: &SandboxProcess,
    email: &str,
    slug: &str,
    extra: &[&str],
) -> Output {
    let mut args = vec!["cozy", "create", "--email", email, "--slug", slug];
    args.extend_from_slice(extra);
    run(home, sandbox, &args)
}

/// `cleura login` for bob, whose second factor is SMS, his password and code on stdin: the
/// command waiting for the code, once the sandbox has sent it.
pub struct SmsLogin {
    pub child: Child,
    stdin: ChildStdin,
    /// The code the sandbox sent.
    pub code: String,
}

/// `cleura login --login bob --password-stdin --sms-code-stdin`, then `extra`, his password
/// written: waiting for the code the sandbox sends.
pub fn bob_waiting_for_his_code(home: &Home, sandbox: &SandboxProcess, extra: &[&str]) -> SmsLogin {
    let sms_before = sandbox.sms_sent();
    let mut args = vec![
        "cleura",
        "login",
        "--login",
        "bob",
        "--password-stdin",
        "--sms-code-stdin",
    ];
    args.extend_from_slice(extra);
    let mut child = spawn(home, sandbox, &args, &[]);
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(b"bob-password\n").expect("write stdin");
    stdin.flush().expect("flush stdin");
    let code = sandbox.sms_code(sms_before + 1);
    SmsLogin { child, stdin, code }
}

impl SmsLogin {
    /// The code sent given: the command to its end.
    pub fn answered(mut self) -> Output {
        self.stdin
            .write_all(format!("{}\n", self.code).as_bytes())
            .expect("write stdin");
        drop(self.stdin);
        self.child.wait_with_output().expect("wait")
    }
}

/// `cloudboard ARGS` with no sandbox nor home, in a clean environment with `env`.
pub fn bare(args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cloudboard"))
        .args(args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("run cloudboard")
}

/// `cozy activate` with `link` and a good passphrase on stdin, in JSON.
pub fn activate(home: &Home, sandbox: &SandboxProcess, link: &str) -> Output {
    run_with(
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
