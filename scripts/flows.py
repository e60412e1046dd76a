#!/usr/bin/env python3
"""Whole wizard flows, driven in a pseudo-terminal against a sandbox process, and measured.

For each run of a flow this script starts `cloudboard sandbox` as its own process (request
log on stderr), starts the wizard in a fresh 100x30 pseudo-terminal pointed at it with a
home of its own, and walks the flow key by key as a person would, waiting for each screen's
text (never a fixed sleep). Right before quitting it reads the wizard's peak resident memory
(VmHWM) and the sandbox's counters, then quits the normal way and waits for the exit.

Flows:
  cozy        create a Cozy (email, address, terms, confirm), follow the 3 s creation
              workflow, take the activation link from the outbox, set a passphrase, Done
  regions     Cleura sign-in as alice (no second factor) against a sandbox with 1,000
              regions; End, PageUp x3, "/" filter "0999", Esc in the region table
  cleura-sms  Cleura sign-in as bob with the SMS code read from the sandbox outbox
  cloudsigma  CloudSigma sign-in as demo@example.org at the sandbox location, the profile,
              sign out
  spinner     a Cleura sign-in the sandbox answers 3.5 s late: the frames per second and the
              CPU the wizard spends while only its spinner moves
  all         each of the above, in that order

Output: one JSON object per run on stdout, one per line, with
  flow, run                          which run (only runs that reached their end are printed)
  peak_rss_kb                        VmHWM of the wizard just before quitting
  rss_anon_kb, rss_file_kb           what is resident then: the wizard's own memory, and
                                     pages of the binary and libraries
  requests                           provider requests served (GET /_sandbox/stats)
  request_lines                      the sandbox's log lines for provider paths, in order,
                                     without the timing ("POST /cleura/auth/v1/tokens 200");
                                     /_sandbox/ paths (the wizard's outbox watcher, this
                                     script's own reads) are left out
  connections                        TCP connections the sandbox accepted, as /_sandbox/stats
                                     says (read just before quitting)
  script_connections                 of those, the ones this script opened (outbox and
                                     stats reads)
  wizard_connections                 connections - script_connections
  flow_s                             wall time from the wizard's start to its exit
  exit_code                          the wizard's exit status
  cozy only: end_shown_after_workflow_s  (time from Enter on "Create my Cozy" to the screen
                                     saying the Cozy is ready) minus the workflow's length
             workflow_polls          GET .../workflows/... lines in the request log
  regions only: region_count          the table's total once shown
  cloudsigma only: profile           the uuid, state and balance the account screen shows
  spinner only: spinner_fps, spinner_cpu_ms_per_s

Human-readable progress goes to stderr. Exit status 1 (with the last screen shown) if a flow
cannot be completed, 2 on bad usage. With --screens DIR, every screen waited for is written
to DIR/FLOW-RUN.txt as text once its frame is complete, to look at what a person saw (this
slows each screen by 50 ms; the measures keep the moment the text was first seen).

Usage:
  python3 scripts/flows.py [--bin PATH] [--runs N] [--timeout S] [--screens DIR] FLOW
  e.g. python3 scripts/flows.py --bin /tmp/cb-bench/cloudboard --runs 3 all

Only the Python standard library; Linux only (/proc, pseudo-terminals).
"""

import argparse
import codecs
import fcntl
import http.client
import json
import os
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time
import unicodedata

COLS, ROWS = 100, 30
WORKFLOW_SECS = 3.0  # the sandbox's default; end_shown_after_workflow_s subtracts it
REGIONS = 1000
DEFAULT_BIN = "target/release/cloudboard"

ENTER, TAB, ESC, SPACE = "\r", "\t", "\x1b", " "
CTRL_C, CTRL_T = "\x03", "\x14"
END, PAGE_UP = "\x1b[F", "\x1b[5~"

COZY_PASSPHRASE = "correct horse battery staple 42"
LOG_LINE = re.compile(r"^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\S+) (\d{3}) [\d.]+ms$")


class FlowError(Exception):
    """A flow could not be completed; the message says where, with the screen."""


def shown(screen_text):
    """A screen for a message: without its blank bottom lines."""
    return screen_text.rstrip() or "(a blank screen)"


def log(message):
    print(message, file=sys.stderr, flush=True)


# --- The screen: a small VT100 model ------------------------------------------------------
#
# ratatui redraws only the cells that changed, moving the cursor between them, so text can
# be split by cursor moves in the raw output: searching stripped bytes would miss it or find
# stale text. Keeping a grid of cells, as a terminal does, gives the screen a person sees.


class Screen:
    def __init__(self, cols, rows):
        self.cols, self.rows = cols, rows
        self.grid = [[" "] * cols for _ in range(rows)]
        self.row = self.col = 0
        self.saved = (0, 0)
        self.wrap_pending = False
        self.replies = bytearray()  # answers to the program's terminal queries
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self._state = "text"
        self._seq = ""

    def text(self):
        """The screen as lines of text (a wide character takes one place)."""
        return "\n".join("".join(line).rstrip() for line in self.grid)

    def feed(self, data):
        for ch in self._decoder.decode(data):
            self._step(ch)

    def _step(self, ch):
        state = self._state
        if state == "text":
            if ch == "\x1b":
                self._state, self._seq = "esc", ""
            elif ch < " " or ch == "\x7f":
                self._control(ch)
            else:
                self._print(ch)
        elif state == "esc":
            self._escape(ch)
        elif state == "csi":
            if "\x40" <= ch <= "\x7e":
                self._state = "text"
                self._csi(self._seq, ch)
            else:
                self._seq += ch
        elif state == "osc":
            # Ends with BEL or ST (ESC \); nothing in it changes the cells.
            if ch == "\x07":
                self._state = "text"
            elif ch == "\x1b":
                self._state = "osc_esc"
        elif state == "osc_esc":
            self._state = "text" if ch == "\\" else "osc"
        elif state == "charset":
            self._state = "text"

    def _escape(self, ch):
        self._state = "text"
        if ch == "[":
            self._state = "csi"
        elif ch in "]PX^_":
            self._state = "osc"
        elif ch in "()*+":
            self._state = "charset"
        elif ch == "7":
            self.saved = (self.row, self.col)
        elif ch == "8":
            self.row, self.col = self.saved
        elif ch == "M":
            if self.row == 0:
                self.grid.insert(0, [" "] * self.cols)
                self.grid.pop()
            else:
                self.row -= 1
        elif ch == "D":
            self._line_feed()
        elif ch == "E":
            self.col = 0
            self._line_feed()
        elif ch == "c":
            self._clear(0, self.rows)
            self.row = self.col = 0

    def _control(self, ch):
        if ch == "\r":
            self.col, self.wrap_pending = 0, False
        elif ch in "\n\x0b\x0c":
            self._line_feed()
        elif ch == "\b":
            self.col, self.wrap_pending = max(0, self.col - 1), False
        elif ch == "\t":
            self.col = min(self.cols - 1, (self.col // 8 + 1) * 8)

    def _line_feed(self):
        self.wrap_pending = False
        if self.row == self.rows - 1:
            self.grid.pop(0)
            self.grid.append([" "] * self.cols)
        else:
            self.row += 1

    def _print(self, ch):
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            col = max(0, self.col - 1)  # joins the character before it
            self.grid[self.row][col] += ch
            return
        width = 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        if self.wrap_pending or self.col + width > self.cols:
            self.col = 0
            self._line_feed()
        self.grid[self.row][self.col] = ch
        if width == 2:
            self.grid[self.row][self.col + 1] = ""  # covered by the wide character
        if self.col + width >= self.cols:
            self.col, self.wrap_pending = self.cols - 1, True
        else:
            self.col += width

    def _clear(self, first_row, end_row, first_col=0, end_col=None):
        end_col = self.cols if end_col is None else end_col
        for r in range(first_row, end_row):
            for c in range(first_col, end_col):
                self.grid[r][c] = " "

    def _csi(self, seq, final):
        private = seq[:1] in ("?", ">", "<", "=")
        body = seq[1:] if private else seq
        nums = [int(p) if p.isdigit() else 0 for p in body.split(";")] if body else []

        def arg(i, default=1):
            return nums[i] if len(nums) > i and nums[i] else default

        self.wrap_pending = False
        if final in "Hf":
            self.row = min(self.rows - 1, arg(0) - 1)
            self.col = min(self.cols - 1, arg(1) - 1)
        elif final == "A":
            self.row = max(0, self.row - arg(0))
        elif final in "Be":
            self.row = min(self.rows - 1, self.row + arg(0))
        elif final in "Ca":
            self.col = min(self.cols - 1, self.col + arg(0))
        elif final == "D":
            self.col = max(0, self.col - arg(0))
        elif final == "E":
            self.row, self.col = min(self.rows - 1, self.row + arg(0)), 0
        elif final == "F":
            self.row, self.col = max(0, self.row - arg(0)), 0
        elif final in "G`":
            self.col = min(self.cols - 1, arg(0) - 1)
        elif final == "d":
            self.row = min(self.rows - 1, arg(0) - 1)
        elif final == "J":
            mode = arg(0, 0)
            if mode == 0:
                self._clear(self.row, self.row + 1, self.col)
                self._clear(self.row + 1, self.rows)
            elif mode == 1:
                self._clear(0, self.row)
                self._clear(self.row, self.row + 1, 0, self.col + 1)
            else:
                self._clear(0, self.rows)
        elif final == "K":
            mode = arg(0, 0)
            if mode == 0:
                self._clear(self.row, self.row + 1, self.col)
            elif mode == 1:
                self._clear(self.row, self.row + 1, 0, self.col + 1)
            else:
                self._clear(self.row, self.row + 1)
        elif final == "X":
            self._clear(self.row, self.row + 1, self.col, min(self.cols, self.col + arg(0)))
        elif final == "S":
            for _ in range(arg(0)):
                self.grid.pop(0)
                self.grid.append([" "] * self.cols)
        elif final == "T":
            for _ in range(arg(0)):
                self.grid.insert(0, [" "] * self.cols)
                self.grid.pop()
        elif final in "hl" and private and set(body.split(";")) & {"47", "1047", "1049"}:
            # Entering or leaving the alternate screen: a blank page either way.
            self._clear(0, self.rows)
        elif final == "n" and not private and arg(0, 0) == 6:
            self.replies += f"\x1b[{self.row + 1};{self.col + 1}R".encode()
        elif final == "c" and not private:
            self.replies += b"\x1b[?62;22c"  # a VT220; says nothing of keyboard extensions
        elif final == "s" and not private:
            self.saved = (self.row, self.col)
        elif final == "u" and not private:
            self.row, self.col = self.saved
        # SGR (m), modes, scroll regions and the rest change no cell's text.


# --- The wizard in a pseudo-terminal ------------------------------------------------------


class Wizard:
    def __init__(self, argv, env, cwd, timeout, screens=None):
        self.timeout = timeout
        self.screens = screens  # a file that gets every screen a wait was satisfied by
        self.screen = Screen(COLS, ROWS)
        self.raw = bytearray()
        self.chunk_times = []  # when each piece of output arrived, to count frames
        self.exit_code = None
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            argv, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=cwd,
            start_new_session=True,
            # The pty becomes the controlling terminal, as in a real terminal window.
            preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),
        )
        os.close(slave)
        self.pid = self.proc.pid
        self.ended_at = None

    def send(self, keys):
        os.write(self.master, keys.encode())

    def type_text(self, text):
        """A key at a time, as a person types (not one paste)."""
        for ch in text:
            self.send(ch)

    def _pump(self, timeout):
        """Reads what arrives within `timeout`; False once the program closed the pty."""
        ready, _, _ = select.select([self.master], [], [], max(0.0, timeout))
        if not ready:
            return True
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # EIO: every slave descriptor is closed
            return False
        if not chunk:
            return False
        self.raw += chunk
        self.chunk_times.append(time.monotonic())
        self.screen.feed(chunk)
        if self.screen.replies:
            os.write(self.master, bytes(self.screen.replies))
            self.screen.replies.clear()
        return True

    def wait_until(self, done, what, timeout=None):
        """Waits until done(screen text) is truthy; returns (value, monotonic time seen)."""
        deadline = time.monotonic() + (timeout or self.timeout)
        alive = True
        while True:
            text = self.screen.text()
            value = done(text)
            if value:
                seen = time.monotonic()
                if self.screens:
                    self._dump(what, seen)
                return value, seen
            now = time.monotonic()
            if now >= deadline or not alive:
                why = "the wizard ended" if not alive else f"timed out after {timeout or self.timeout:g} s"
                raise FlowError(f"waiting for {what}: {why}; the screen shows:\n{shown(text)}")
            alive = self._pump(min(0.05, deadline - now))

    def _dump(self, what, seen):
        """Writes the screen once the frame being drawn is complete (output quiet 50 ms):
        the text waited for can show up halfway through a frame. Only with --screens."""
        while select.select([self.master], [], [], 0.05)[0] and self._pump(0):
            pass
        self.screens.write(f"--- {what}, seen at {seen - self.started:.3f} s\n{self.screen.text()}\n")

    def wait_for(self, text, timeout=None):
        _, seen = self.wait_until(lambda s: text in s, repr(text), timeout)
        return seen

    def wait_for_re(self, pattern, what=None, timeout=None):
        regex = re.compile(pattern)
        match, _ = self.wait_until(regex.search, what or f"/{pattern}/", timeout)
        return match

    def frames_between(self, start, end, gap=0.02):
        """Frames drawn between two moments: bursts of output separated by quiet gaps (a
        frame is written at once; frames are at least tens of milliseconds apart)."""
        times = [t for t in self.chunk_times if start <= t <= end]
        return sum(1 for i, t in enumerate(times) if i == 0 or t - times[i - 1] > gap)

    def cpu_ms(self):
        """CPU time the wizard used so far (all threads), from schedstat, in ms."""
        total = 0
        for tid in os.listdir(f"/proc/{self.pid}/task"):
            try:
                with open(f"/proc/{self.pid}/task/{tid}/schedstat") as f:
                    total += int(f.read().split()[0])
            except (FileNotFoundError, ProcessLookupError):
                pass
        return total / 1e6

    def memory_kb(self):
        """Peak resident memory (VmHWM) and what is resident now, split into the process's
        own memory (RssAnon) and pages of the binary and libraries (RssFile), in kB."""
        wanted = {"VmHWM": "peak_rss_kb", "RssAnon": "rss_anon_kb", "RssFile": "rss_file_kb"}
        found = {}
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key in wanted:
                    found[wanted[key]] = int(value.split()[0])
        return found

    def quit(self, keys):
        """Sends the quit keys, says yes if it asks, and waits for the exit status."""
        self.send(keys)
        deadline = time.monotonic() + self.timeout
        answered = False
        alive = True
        while self.proc.poll() is None:
            if not answered and "Quit cloudboard?" in self.screen.text():
                log("    it asks before quitting: y")
                self.send("y")
                answered = True
            if time.monotonic() >= deadline:
                raise FlowError(f"the wizard did not exit; the screen shows:\n{shown(self.screen.text())}")
            if alive:
                alive = self._pump(0.02)
            else:
                time.sleep(0.01)  # the pty is closed: only the exit status is left to reap
        self.ended_at = time.monotonic()
        self.exit_code = self.proc.returncode
        while select.select([self.master], [], [], 0)[0] and self._pump(0):
            pass  # the last bytes it wrote before exiting
        return self.exit_code

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        os.close(self.master)


def wizard_home():
    """A fresh home, with secrets in files so that no real keyring is touched."""
    home = tempfile.mkdtemp(prefix="cloudboard-flows-")
    with open(os.path.join(home, "cloudboard.toml"), "w") as f:
        f.write('[secrets]\nstore = "file"\n')
    return home


def start_wizard(binary, sandbox_url, home, timeout, screens):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "TERM": "xterm-256color",
        "HOME": home,
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_DATA_HOME": os.path.join(home, "data"),
    }
    argv = [binary, "--config", os.path.join(home, "cloudboard.toml"), "--sandbox-url", sandbox_url]
    return Wizard(argv, env, home, timeout, screens)


# --- The sandbox as its own process -------------------------------------------------------


class Sandbox:
    """`cloudboard sandbox` bound to port 0: the address it chose is the one its first line
    prints, read before anything talks to it (no port is picked here and let go for it to
    take, which something else could take in between)."""

    def __init__(self, binary, extra_args, workdir, timeout):
        self.own_connections = 0  # TCP connections this script opened to it
        self.log_path = os.path.join(workdir, "sandbox.log")
        self._log = open(self.log_path, "wb")
        argv = [binary, "sandbox", "--listen", "127.0.0.1:0", *extra_args]
        self.proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=self._log)
        self.url = self._read_address(timeout)
        self.port = int(self.url.rsplit(":", 1)[1])

    def _read_address(self, timeout):
        """The address in the banner's first line ("cloudboard sandbox at http://..."),
        printed once it listens."""
        deadline = time.monotonic() + timeout
        first = b""
        while not first.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0:
                raise FlowError(f"the sandbox never said where it listens: {first!r}")
            if not select.select([self.proc.stdout], [], [], left)[0]:
                continue
            byte = os.read(self.proc.stdout.fileno(), 1)
            if not byte:
                raise FlowError(f"the sandbox exited ({self.proc.wait()}): {self._log_text()}")
            first += byte
        for word in first.decode("utf-8", "replace").split():
            if word.startswith("http://"):
                return word.rstrip("/")
        raise FlowError(f"no address in the sandbox's first line: {first!r}")

    def _call(self, method, path, body=None, timeout=30):
        """A /_sandbox/ route on a connection of its own (counted as the script's)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, body=None if body is None else json.dumps(body),
                         headers={"Accept": "application/json",
                                  "Content-Type": "application/json"})
            self.own_connections += 1
            answer = conn.getresponse()
            data = answer.read()
        finally:
            conn.close()
        if answer.status >= 300:
            raise FlowError(f"{method} {path} answered {answer.status}: {data[:200]!r}")
        return data

    def get_json(self, path, timeout=30):
        return json.loads(self._call("GET", path, timeout=timeout))

    def post_json(self, path, body, timeout=30):
        """POST to a /_sandbox/ route (faults)."""
        self._call("POST", path, body, timeout)

    def wait_for_sms(self, timeout):
        """The first SMS code in the outbox, by long poll (the sandbox answers when it lands)."""
        deadline = time.monotonic() + timeout
        after = 0
        while time.monotonic() < deadline:
            wait = max(1, int(deadline - time.monotonic()))
            messages = self.get_json(f"/_sandbox/outbox?after={after}&wait={wait}", wait + 5)
            for m in messages:
                if m.get("kind") == "sms" and m.get("code"):
                    return m["code"]
                after = max(after, m.get("id", after))
        raise FlowError("no SMS reached the sandbox outbox")

    def _log_text(self):
        self._log.flush()
        with open(self.log_path, "rb") as f:
            return f.read().decode("utf-8", "replace")

    def request_lines(self):
        """Provider requests as logged, without the timing; /_sandbox/ routes left out."""
        lines = []
        for line in self._log_text().splitlines():
            m = LOG_LINE.match(line.strip())
            if m and not m.group(2).startswith("/_sandbox/"):
                lines.append(f"{m.group(1)} {m.group(2)} {m.group(3)}")
        return lines

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()
        self.proc.stdout.close()


# --- The flows ------------------------------------------------------------------------------
#
# Each takes the wizard at its home screen and leaves it where quitting is the next step;
# it returns the keys that quit from there, and adds its own measures to `result`.


def flow_cozy(wiz, sandbox, result, run):
    slug = f"bench{run}"
    email = f"{slug}@example.org"
    fqdn = f"{slug}.mycozy.cloud"
    wiz.send("1")
    wiz.wait_for("Your email address")
    wiz.type_text(email)
    wiz.wait_for(email)
    wiz.send(ENTER)
    wiz.wait_for("Your Cozy's address")
    wiz.type_text(slug)
    wiz.wait_for(f"https://{fqdn}")
    wiz.send(ENTER)
    wiz.wait_for("Terms of service")
    wiz.send(SPACE)
    wiz.wait_for("[x] I accept")
    wiz.send(ENTER)
    wiz.wait_for("Check and create")
    log("    creating " + fqdn)
    wiz.send(ENTER)
    confirmed = time.monotonic()
    wiz.wait_for(f"Creating {fqdn}")
    # The workflow's end: the next screen says the Cozy is ready (or why it is not).
    ended, seen = wiz.wait_until(
        lambda s: ("ready" if f"{fqdn} is ready." in s else
                   "stopped" if f"could not create {fqdn}" in s or "was still not ready" in s else None),
        f"the end of the creation of {fqdn}", timeout=wiz.timeout + WORKFLOW_SECS)
    if ended != "ready":
        raise FlowError(f"the creation did not succeed:\n{shown(wiz.screen.text())}")
    result["end_shown_after_workflow_s"] = round(seen - confirmed - WORKFLOW_SECS, 3)
    log(f"    ready shown {seen - confirmed:.3f} s after confirming")
    wiz.wait_for("Check your email")
    # A person waits for the activation email to reach the outbox (at 100 columns the panel
    # is folded away and the key bar says so), then takes its link with Ctrl-T.
    wiz.wait_for("outbox has messages")
    wiz.send(CTRL_T)
    wiz.wait_for("Choose your passphrase")
    masked = "•" * len(COZY_PASSPHRASE)
    wiz.type_text(COZY_PASSPHRASE)
    wiz.wait_for(masked)
    wiz.wait_for_re(r"of 4 · (very )?strong", "the passphrase measured strong")
    wiz.send(ENTER)  # to "again"
    wiz.type_text(COZY_PASSPHRASE)
    wiz.wait_until(lambda s: s.count(masked) >= 2, "the passphrase typed twice")
    wiz.send(ENTER)  # to the hint, left empty
    wiz.send(ENTER)  # sets the passphrase
    wiz.wait_for("Your Cozy is ready")
    wiz.wait_for(f"{fqdn} is active")
    if COZY_PASSPHRASE.encode() in wiz.raw:
        raise FlowError("the passphrase was drawn on the screen")
    wiz.send(ESC)
    wiz.wait_for("Open a cloud account")
    return "q"


def cleura_sign_in(wiz, login, password):
    wiz.send("2")
    wiz.wait_for("Sign in to Cleura Cloud")
    wiz.type_text(login)
    # (The login alone could match the screen's hint about the sandbox logins.)
    wiz.wait_for_re(rf"Login\n\s+{re.escape(login)}\n", f"{login!r} in the login field")
    wiz.send(TAB)
    wiz.type_text(password)
    wiz.wait_for("•" * len(password))
    wiz.send(ENTER)


# Under the table: the selected row (cut with an ellipsis when long), then "N of M regions"
# at the right, never cut; English groups a number's thousands ("1,000").
REGION_FOOTER = re.compile(
    # The selected row's description is cut with "…" when the count needs the room.
    r"^ (?P<selected>\S.*? · .*?)\s+(?:more [a-z ]+ · )?"
    r"(?P<shown>\d[\d,]*) of (?P<total>\d[\d,]*) regions",
    re.M)
REGION_ROW = re.compile(r"^ [› ] .*\b(Sbx\d+|Sto2|Fra1|Kna1)(\s|$)", re.M)


def footer(text):
    """{"selected": ..., "shown": N, "total": M}, or None without a table."""
    m = REGION_FOOTER.search(text)
    if not m:
        return None
    count = lambda name: int(m.group(name).replace(",", ""))
    return {"selected": m.group("selected"), "shown": count("shown"), "total": count("total")}


def region_rows(text):
    """The table's rows on screen."""
    return [line for line in text.splitlines() if REGION_ROW.match(line)]


def flow_regions(wiz, sandbox, result, run):
    cleura_sign_in(wiz, "alice", "alice-password")
    wiz.wait_for("Regions of alice")
    first, _ = wiz.wait_until(
        lambda s: (f := footer(s)) and f["total"] == REGIONS and f, f"the {REGIONS}-region table")
    result["region_count"] = first["total"]
    log(f"    {first['shown']} of {first['total']} regions; selected: {first['selected']}")

    def move(keys, name):
        # Each key moves the selection: wait for the row described under the table to change.
        before = footer(wiz.screen.text())["selected"]
        wiz.send(keys)
        after, _ = wiz.wait_until(
            lambda s: (f := footer(s)) and f["selected"] != before and f["selected"],
            f"the selection to move on {name}")
        log(f"    {name}: {after}")

    move(END, "End")
    for n in range(1, 4):
        move(PAGE_UP, f"PageUp {n}")
    wiz.send("/")
    wiz.wait_for("Enter keeps it, Esc clears it")
    wiz.type_text("0999")
    rows, _ = wiz.wait_until(
        lambda s: "Filter: 0999" in s and len(rows := region_rows(s)) == 1 and rows,
        "the table filtered down to one row by 0999")
    selected = footer(wiz.screen.text())
    log(f"    filter 0999: {rows[0].strip()}")
    if "0999" not in rows[0] or not selected or "0999" not in selected["selected"]:
        raise FlowError(f"the filter does not select region 0999:\n{shown(wiz.screen.text())}")
    wiz.send(ESC)
    wiz.wait_until(lambda s: "Filter:" not in s and len(region_rows(s)) > 1,
                   "the whole table back after Esc")
    return CTRL_C


def flow_cleura_sms(wiz, sandbox, result, run):
    cleura_sign_in(wiz, "bob", "bob-password")
    wiz.wait_for("Type the code sent by SMS")
    code = sandbox.wait_for_sms(wiz.timeout)
    log(f"    SMS code {code}")
    wiz.type_text(code)  # complete, it is sent at once
    screen, _ = wiz.wait_until(lambda s: "Regions of bob" in s and region_rows(s) and s,
                               "the region table of bob")
    for tag in ("Sto2", "Fra1", "Kna1"):
        if tag not in screen:
            raise FlowError(f"region {tag} is not listed:\n{shown(screen)}")
    return CTRL_C


SPINNER_WINDOW = 2.0  # seconds of spinner watched, inside the slowed sign-in


def flow_spinner(wiz, sandbox, result, run):
    """A sign-in the sandbox answers slowly: only the spinner moves on screen meanwhile."""
    sandbox.post_json("/_sandbox/faults", {"latency_ms": int((SPINNER_WINDOW + 1.5) * 1000)})
    cleura_sign_in(wiz, "alice", "alice-password")
    wiz.wait_for("Signing in")
    # Watch a window well inside the wait, with nothing else happening.
    start = time.monotonic() + 0.3
    cpu_before = None
    while time.monotonic() < start + SPINNER_WINDOW:
        if cpu_before is None and time.monotonic() >= start:
            cpu_before = wiz.cpu_ms()
        wiz._pump(0.01)
    end = start + SPINNER_WINDOW
    frames = wiz.frames_between(start, end)
    result["spinner_fps"] = round(frames / SPINNER_WINDOW, 2)
    result["spinner_cpu_ms_per_s"] = round((wiz.cpu_ms() - (cpu_before or 0)) / SPINNER_WINDOW, 2)
    log(f"    spinner: {result['spinner_fps']} frames/s, {result['spinner_cpu_ms_per_s']} ms CPU/s")
    sandbox.post_json("/_sandbox/faults", {"latency_ms": 0})
    wiz.wait_for("Regions of alice")
    return CTRL_C


UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


def flow_cloudsigma(wiz, sandbox, result, run):
    email, password = "demo@example.org", "demo-password"
    wiz.send("3")
    wiz.wait_for("Choose a location")
    wiz.wait_for(f"{sandbox.url}/cloudsigma/api/2.0/")
    wiz.send(ENTER)
    wiz.wait_for("Create an account or sign in")
    wiz.send("2")
    wiz.wait_for("Sign in to CloudSigma")
    wiz.type_text(email)
    wiz.wait_for(email)
    wiz.send(ENTER)
    wiz.wait_for("› Password")
    wiz.type_text(password)
    wiz.wait_for("•" * len(password))
    wiz.send(ENTER)
    wiz.wait_for("Signed in at")
    # Who you are: the profile's rows filled in (the uuid, the state, the balance).
    profile = wiz.wait_for_re(rf"UUID\s+({UUID})[\s\S]*State\s+(\S+)[\s\S]*Balance\s+([^\n]*\S)",
                              "the profile (uuid, state, balance)")
    result["profile"] = {"uuid": profile.group(1), "state": profile.group(2),
                         "balance": profile.group(3)}
    log(f"    signed in: {result['profile']}")
    wiz.send("x")  # asks first
    wiz.wait_for("Sign out")
    wiz.send("y")
    wiz.wait_for(f"Signed out of {email}")
    wiz.send(ENTER)
    wiz.wait_for("Open a cloud account")
    return "q"


FLOWS = {
    "cozy": (flow_cozy, []),
    "regions": (flow_regions, ["--regions", str(REGIONS)]),
    "cleura-sms": (flow_cleura_sms, []),
    "cloudsigma": (flow_cloudsigma, []),
    "spinner": (flow_spinner, []),
}


def run_flow(name, run, binary, timeout, screens_dir=None):
    walk, sandbox_args = FLOWS[name]
    workdir = wizard_home()
    sandbox = wiz = screens = None
    result = {"flow": name, "run": run}
    try:
        sandbox = Sandbox(binary, sandbox_args, workdir, timeout)
        log(f"[{name} #{run}] sandbox at {sandbox.url}")
        if screens_dir:
            screens = open(os.path.join(screens_dir, f"{name}-{run}.txt"), "w")
        wiz = start_wizard(binary, sandbox.url, workdir, timeout, screens)
        wiz.wait_for("Open a cloud account")
        quit_keys = walk(wiz, sandbox, result, run)
        result.update(wiz.memory_kb())
        stats = sandbox.get_json("/_sandbox/stats")
        result["requests"] = stats["requests"]
        result["connections"] = stats["connections"]
        result["script_connections"] = sandbox.own_connections
        result["wizard_connections"] = stats["connections"] - sandbox.own_connections
        result["exit_code"] = wiz.quit(quit_keys)
        result["flow_s"] = round(wiz.ended_at - wiz.started, 3)
        if result["exit_code"] != 0:
            raise FlowError(f"the wizard exited with {result['exit_code']}:\n{shown(wiz.screen.text())}")
        result["request_lines"] = sandbox.request_lines()
        if len(result["request_lines"]) != result["requests"]:
            log(f"    note: {len(result['request_lines'])} requests logged by the end, "
                f"{result['requests']} counted before quitting")
        if name == "cozy":
            result["workflow_polls"] = sum(
                1 for line in result["request_lines"]
                if line.startswith("GET ") and "/workflows/" in line)
        return result
    finally:
        if wiz is not None:
            wiz.close()
        if sandbox is not None:
            sandbox.stop()
        if screens is not None:
            screens.close()
        shutil.rmtree(workdir, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("flow", choices=[*FLOWS, "all"])
    parser.add_argument("--bin", default=DEFAULT_BIN, help=f"the cloudboard binary (default {DEFAULT_BIN})")
    parser.add_argument("--runs", type=int, default=1, help="runs of each flow (default 1)")
    parser.add_argument("--timeout", type=float, default=20.0,
                        help="seconds to wait for any one screen (default 20)")
    parser.add_argument("--screens", metavar="DIR",
                        help="write each screen waited for to DIR/FLOW-RUN.txt (to look at them)")
    args = parser.parse_args()
    binary = os.path.abspath(args.bin)
    if not os.access(binary, os.X_OK):
        parser.error(f"no executable at {binary}")
    if args.runs < 1:
        parser.error("--runs is 1 or more")
    if args.screens:
        os.makedirs(args.screens, exist_ok=True)
    names = list(FLOWS) if args.flow == "all" else [args.flow]
    for name in names:
        for run in range(1, args.runs + 1):
            started = time.monotonic()
            try:
                result = run_flow(name, run, binary, args.timeout, args.screens)
            except FlowError as e:
                log(f"[{name} #{run}] FAILED: {e}")
                return 1
            print(json.dumps(result, ensure_ascii=False), flush=True)
            log(f"[{name} #{run}] done in {time.monotonic() - started:.1f} s: "
                f"{result['requests']} requests, {result['wizard_connections']} connections, "
                f"peak RSS {result['peak_rss_kb']} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
