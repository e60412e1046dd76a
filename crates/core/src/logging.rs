//! Logging goes to a file only, never to the screen (it would tear the UI), at the level
//! `CLOUDBOARD_LOG` sets (default: warn). Secrets never reach it: they are typed
//! `SecretString` and print as redacted, and no request body is logged.

use std::path::Path;

use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

use tracing_subscriber::filter::Targets;

/// Lines waiting for the writer thread. The queue is allocated whole up front: the default
/// (128,000 lines) alone would be 4 MB, a third of the wizard's memory, for bursts a wizard
/// never makes; a line that finds the queue full is dropped rather than stall the UI.
const QUEUED_LINES: usize = 1024;

/// Starts logging to `file`; returns the guard that flushes it on exit. Failing to open the
/// log is not a reason to refuse to run: the person is told on stderr only when there is no
/// UI to disturb, and otherwise the program runs without a log.
pub fn init(file: &Path) -> Option<tracing_appender::non_blocking::WorkerGuard> {
    let dir = file.parent()?;
    crate::store::create_private_dir(dir).ok()?;
    let log = open_private(file).ok()?;
    let (writer, guard) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .buffered_lines_limit(QUEUED_LINES)
        .finish(log);
    let filter = filter(std::env::var("CLOUDBOARD_LOG").ok().as_deref());
    tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(Sanitizing(writer))
                .with_ansi(false),
        )
        .with(filter)
        .try_init()
        .ok()?;
    Some(guard)
}

/// A log line may hold a provider's words; read with `cat` or `tail -f`, an escape sequence
/// in them would act on the reader's terminal. Each line is written with its control
/// characters shown as escapes (`script::output::safe_lines`), as everything else is.
struct Sanitizing<W>(W);

impl<'a, W: tracing_subscriber::fmt::MakeWriter<'a>> tracing_subscriber::fmt::MakeWriter<'a>
    for Sanitizing<W>
{
    type Writer = Sanitizing<W::Writer>;

    fn make_writer(&'a self) -> Self::Writer {
        Sanitizing(self.0.make_writer())
    }
}

impl<W: std::io::Write> std::io::Write for Sanitizing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        self.0
            .write_all(crate::script::output::safe_lines(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

/// A bare level (`debug`, `trace`, …) applies to cloudboard's own events; the libraries under
/// it stay at `warn`, since at their most verbose some of them write request headers. A list
/// of targets and levels (`cloudboard=debug,hyper=info`) is taken as written; one that does
/// not read leaves `warn`. Targets only, no span or field filters: those need a regular
/// expression engine, which took a quarter of a megabyte of the binary for a log setting.
fn filter(setting: Option<&str>) -> Targets {
    let warn = || Targets::new().with_default(tracing::Level::WARN);
    match setting.map(str::trim) {
        None | Some("") => warn(),
        Some(level @ ("error" | "warn" | "info" | "debug" | "trace")) => {
            format!("warn,cloudboard={level}")
                .parse()
                .unwrap_or_else(|_| warn())
        }
        Some(directives) => directives.parse().unwrap_or_else(|_| warn()),
    }
}

fn open_private(file: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(file)
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use tracing::Level;

    use super::{Sanitizing, filter};

    #[test]
    fn a_bare_level_is_cloudboards_and_the_libraries_stay_at_warn() {
        let debug = filter(Some(" debug "));
        assert!(debug.would_enable("cloudboard_core::backend", &Level::DEBUG));
        assert!(debug.would_enable("cloudboard::wizard", &Level::DEBUG));
        assert!(!debug.would_enable("cloudboard_core::backend", &Level::TRACE));
        assert!(!debug.would_enable("hyper::proto", &Level::DEBUG));
        assert!(debug.would_enable("hyper::proto", &Level::WARN));
    }

    #[test]
    fn targets_are_taken_as_written_and_nonsense_leaves_warn() {
        let written = filter(Some("cloudboard=info,hyper=debug"));
        assert!(written.would_enable("hyper::proto", &Level::DEBUG));
        assert!(written.would_enable("cloudboard_core::app", &Level::INFO));
        assert!(!written.would_enable("rustls::client", &Level::WARN));
        for unset in [None, Some(""), Some("cloudboard=loud")] {
            let warn = filter(unset);
            assert!(
                warn.would_enable("cloudboard_core::app", &Level::WARN),
                "{unset:?}"
            );
            assert!(
                !warn.would_enable("cloudboard_core::app", &Level::INFO),
                "{unset:?}"
            );
        }
    }

    #[test]
    fn a_log_line_never_carries_a_raw_escape_sequence() {
        let mut written = Vec::new();
        Sanitizing(&mut written)
            .write_all("refused: \u{1b}]52;c;b3duZWQ=\u{7} and \u{9b}2J\n".as_bytes())
            .unwrap();
        let text = String::from_utf8(written).unwrap();
        assert_eq!(text, "refused: \\u{1b}]52;c;b3duZWQ=\\u{7} and \\u{9b}2J\n");
    }
}
