//! Runs the real binary in a pseudo-terminal and reads its screen through a VT100 model, so a
//! test waits for text the way a person looks for it (never a fixed sleep).

use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use std::os::fd::OwnedFd;

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use rustix::fs::{Mode, OFlags};
use rustix::process::{Pid, Signal, kill_process};
use rustix::termios::{LocalModes, tcgetattr};

pub struct Pty {
    master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    parser: Arc<Mutex<vt100::Parser>>,
    /// Everything the program wrote, for checks on raw bytes (escape sequences, secrets).
    raw: Arc<Mutex<Vec<u8>>>,
    pub home: PathBuf,
}

pub const WAIT: Duration = Duration::from_secs(30);

/// What keys send to a terminal.
pub const ENTER: &str = "\r";
pub const TAB: &str = "\t";
pub const ESC: &str = "\x1b";
pub const CTRL_C: &str = "\x03";
pub const CTRL_T: &str = "\x14";

impl Pty {
    /// Starts `cloudboard ARGS` at `cols` x `rows` with its own empty config and data dirs.
    pub fn spawn(args: &[&str], cols: u16, rows: u16) -> Pty {
        Pty::spawn_with(args, cols, rows, &[])
    }

    pub fn spawn_with(args: &[&str], cols: u16, rows: u16, env: &[(&str, &str)]) -> Pty {
        let home = super::temp_dir("pty");
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("openpty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_cloudboard"));
        cmd.args(args);
        cmd.env_clear();
        cmd.env("TERM", "xterm-256color");
        cmd.env("HOME", &home);
        cmd.env("XDG_CONFIG_HOME", home.join("config"));
        cmd.env("XDG_DATA_HOME", home.join("data"));
        cmd.env("PATH", std::env::var("PATH").unwrap_or_default());
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.cwd(&home);
        let child = pair.slave.spawn_command(cmd).expect("spawn cloudboard");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let size = |n: u16| std::num::NonZeroU16::new(n.max(1)).expect("non-zero size");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(size(rows), size(cols), 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        {
            let parser = parser.clone();
            let raw = raw.clone();
            std::thread::spawn(move || {
                let mut buf = [0u8; 8192];
                while let Ok(n) = reader.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    if let Ok(mut p) = parser.lock() {
                        p.process(&buf[..n]);
                    }
                    if let Ok(mut r) = raw.lock() {
                        r.extend_from_slice(&buf[..n]);
                    }
                }
            });
        }
        Pty {
            master: pair.master,
            child,
            writer,
            parser,
            raw,
            home,
        }
    }

    pub fn screen(&self) -> String {
        self.parser
            .lock()
            .map(|p| p.screen().contents())
            .unwrap_or_default()
    }

    pub fn raw_output(&self) -> Vec<u8> {
        self.raw.lock().map(|r| r.clone()).unwrap_or_default()
    }

    /// Waits until the screen shows `text`; panics with the screen if it never does.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_until(|screen| screen.contains(text), text)
    }

    /// For a line-by-line program (the plain mode, a subcommand): waits until what it wrote
    /// after byte `from` holds `text`, and returns where that text ends, for the next wait
    /// to start from. Reads the output, not the screen, so nothing scrolls out of reach.
    pub fn expect_after(&self, from: usize, text: &str) -> usize {
        let deadline = Instant::now() + WAIT;
        loop {
            let raw = self.raw_output();
            if let Some(at) = raw
                .get(from..)
                .and_then(|rest| rest.windows(text.len()).position(|w| w == text.as_bytes()))
            {
                return from + at + text.len();
            }
            if Instant::now() > deadline {
                panic!(
                    "timed out waiting for {text:?}; after byte {from} the program wrote:\n{}",
                    String::from_utf8_lossy(raw.get(from..).unwrap_or_default())
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the wizard shows that a message reached its outbox: in the outbox panel,
    /// or in the key bar where the panel does not fit.
    pub fn wait_for_outbox(&self) -> String {
        self.wait_until(
            |screen| {
                screen.contains("outbox has messages")
                    || (screen.contains("Sandbox outbox") && !screen.contains("Nothing sent yet"))
            },
            "a message in the wizard's outbox",
        )
    }

    pub fn wait_until(&self, mut done: impl FnMut(&str) -> bool, what: &str) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {what:?}; the screen shows:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn send(&mut self, bytes: &str) {
        self.writer
            .write_all(bytes.as_bytes())
            .expect("write to pty");
        self.writer.flush().expect("flush pty");
    }

    /// Types text a key at a time, as a person does (not as one paste).
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            let mut buf = [0u8; 4];
            self.send(c.encode_utf8(&mut buf));
        }
    }

    /// Sends text as a bracketed paste.
    pub fn paste(&mut self, text: &str) {
        self.send(&format!("\x1b[200~{text}\x1b[201~"));
    }

    pub fn alternate_screen(&self) -> bool {
        self.parser
            .lock()
            .map(|p| p.screen().alternate_screen())
            .unwrap_or(false)
    }

    pub fn mouse_captured(&self) -> bool {
        self.parser
            .lock()
            .map(|p| p.screen().mouse_protocol_mode() != vt100::MouseProtocolMode::None)
            .unwrap_or(false)
    }

    pub fn bracketed_paste(&self) -> bool {
        self.parser
            .lock()
            .map(|p| p.screen().bracketed_paste())
            .unwrap_or(false)
    }

    /// The program's side of the pty, opened again by its name (the master's descriptor is
    /// portable-pty's own), to read or change the terminal's settings. Not kept open: a
    /// hang-up still comes when the program's last descriptor closes.
    pub fn terminal(&self) -> OwnedFd {
        let name = self.master.tty_name().expect("pty name");
        let flags = OFlags::RDWR | OFlags::NOCTTY | OFlags::CLOEXEC;
        rustix::fs::open(&name, flags, Mode::empty()).expect("open the pty")
    }

    /// The terminal's local modes (`c_lflag`), read from the pty.
    pub fn local_modes(&self) -> LocalModes {
        tcgetattr(self.terminal()).expect("tcgetattr").local_modes
    }

    /// Whether the terminal is in raw mode (no line editing, no echo), read from the pty.
    pub fn raw_mode(&self) -> bool {
        !self
            .local_modes()
            .intersects(LocalModes::ICANON | LocalModes::ECHO)
    }

    pub fn pid(&self) -> i32 {
        self.child.process_id().expect("pid") as i32
    }

    pub fn kill(&self, signal: Signal) {
        let pid = Pid::from_raw(self.pid()).expect("a child's pid");
        let _ = kill_process(pid, signal);
    }

    /// Waits for the program to end and returns its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                // Let the reader thread take the last bytes the program wrote.
                self.wait_until_quiet();
                return status.exit_code();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!(
                    "the program did not exit; the screen shows:\n{}",
                    self.screen()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn wait_until_quiet(&self) {
        let mut last = usize::MAX;
        let deadline = Instant::now() + Duration::from_secs(2);
        while Instant::now() < deadline {
            let len = self.raw.lock().map(|r| r.len()).unwrap_or(0);
            if len == last {
                return;
            }
            last = len;
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = std::fs::remove_dir_all(&self.home);
    }
}

/// A conversation with a line-by-line program (the plain mode, a subcommand at its
/// prompts): wait for each text in turn after the last, and answer it.
pub struct Talk {
    pub pty: Pty,
    /// Where the last text waited for ends, in what the program wrote.
    pub at: usize,
}

impl Talk {
    pub fn new(pty: Pty) -> Talk {
        Talk { pty, at: 0 }
    }

    pub fn wait(&mut self, text: &str) -> &mut Talk {
        self.at = self.pty.expect_after(self.at, text);
        self
    }

    pub fn answer(&mut self, text: &str) -> &mut Talk {
        self.pty.send(&format!("{text}\r"));
        self
    }

    /// What the program wrote since `from`.
    pub fn since(&self, from: usize) -> String {
        String::from_utf8_lossy(&self.pty.raw_output()[from..]).into_owned()
    }
}
