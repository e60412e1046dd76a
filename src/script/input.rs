//! Reading answers from a person or a pipe: lines from stdin, secrets without echo from the
//! terminal, secrets from stdin or the environment for scripts — never from the command line.

use std::io::{BufRead, IsTerminal, Write};

use secrecy::SecretString;

use super::Failure;

/// One line of standard input, without its line break; None at end of input.
pub fn read_line() -> Result<Option<String>, Failure> {
    let mut line = String::new();
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(0) => Ok(None),
        Ok(_) => {
            while line.ends_with('\n') || line.ends_with('\r') {
                line.pop();
            }
            Ok(Some(line))
        }
        Err(e) => Err(Failure::usage(format!("cannot read standard input: {e}"))),
    }
}

/// Shows `prompt` and reads a line.
pub fn prompt_line(prompt: &str) -> Result<Option<String>, Failure> {
    eprint!("{prompt}");
    let _ = std::io::stderr().flush();
    read_line()
}

/// Reads a secret without echo from the terminal.
pub fn prompt_secret(prompt: &str) -> Result<SecretString, Failure> {
    if !std::io::stdin().is_terminal() {
        return Err(Failure::usage(format!(
            "{} needs a terminal to be typed without echo; use the --…-stdin option or the \
             environment variable instead",
            prompt.trim_end_matches([':', ' '])
        )));
    }
    // Echo goes off before the prompt appears: someone who types (or pastes) as soon as they
    // see it must not have the first characters of their secret echoed.
    let _echo = EchoOff::on_stdin();
    eprint!("{prompt}");
    let _ = std::io::stderr().flush();
    rpassword::read_password()
        .map(SecretString::from)
        .map_err(|e| Failure::usage(format!("cannot read the secret: {e}")))
}

/// Keeps the terminal's echo off (the line break still shown) while it lives.
struct EchoOff {
    #[cfg(unix)]
    saved: Option<libc::termios>,
}

impl EchoOff {
    fn on_stdin() -> Self {
        #[cfg(unix)]
        {
            use std::os::fd::AsRawFd;
            let fd = std::io::stdin().as_raw_fd();
            // SAFETY: tcgetattr/tcsetattr on our own stdin with a termios we own.
            unsafe {
                let mut t: libc::termios = std::mem::zeroed();
                if libc::tcgetattr(fd, &mut t) != 0 {
                    return Self { saved: None };
                }
                let saved = t;
                t.c_lflag &= !libc::ECHO;
                t.c_lflag |= libc::ECHONL;
                libc::tcsetattr(fd, libc::TCSANOW, &t);
                Self { saved: Some(saved) }
            }
        }
        #[cfg(not(unix))]
        Self {}
    }
}

impl Drop for EchoOff {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Some(saved) = &self.saved {
            use std::os::fd::AsRawFd;
            // SAFETY: restores the termios read from our own stdin.
            unsafe {
                libc::tcsetattr(std::io::stdin().as_raw_fd(), libc::TCSANOW, saved);
            }
        }
    }
}

/// A secret for a script: from stdin when `from_stdin`, else the environment variable `env`,
/// else a prompt without echo.
pub fn secret(from_stdin: bool, env: Option<&str>, prompt: &str) -> Result<SecretString, Failure> {
    if from_stdin {
        return match read_line()? {
            Some(line) if !line.is_empty() => Ok(SecretString::from(line)),
            _ => Err(Failure::usage(
                "standard input ended before the secret was read",
            )),
        };
    }
    if let Some(var) = env
        && let Ok(value) = std::env::var(var)
        && !value.is_empty()
    {
        return Ok(SecretString::from(value));
    }
    prompt_secret(prompt)
}

/// Puts the terminal's echo back if an interrupted prompt left it off.
pub fn restore_echo() {
    #[cfg(unix)]
    {
        use std::os::fd::AsRawFd;
        let fd = std::io::stdin().as_raw_fd();
        // SAFETY: tcgetattr/tcsetattr on our own stdin with a termios we own.
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(fd, &mut t) == 0 && t.c_lflag & libc::ECHO == 0 {
                t.c_lflag |= libc::ECHO;
                libc::tcsetattr(fd, libc::TCSANOW, &t);
            }
        }
    }
}
