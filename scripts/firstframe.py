#!/usr/bin/env python3
"""How soon a terminal program shows its first frame, the memory it holds then, and what it
costs while it sits idle: measured in a pseudo-terminal, for scripts/bench.sh.

Each run opens a pseudo-terminal of --cols x --rows, starts COMMAND with it as its
controlling terminal, and times from just before the fork until MARKER first shows in what
the program wrote, escape sequences taken out (a program that redraws only what changed
moves the cursor between words, so choose a MARKER without spaces). Its resident memory
(VmRSS) is read at that moment. With --idle S, the first measured run then lets --settle
seconds pass for start-up work to end, and watches the program for S seconds while reading
whatever it writes: the CPU time its threads ran (/proc/PID/task/*/schedstat) and how often
they were switched in (their context switches: each one a wake-up). Then the --quit keys are
sent and the program waited for; it is killed if it has not ended after --timeout.

Queries a program sends its terminal (cursor position, device attributes) are answered as a
terminal answers them, so a program that asks does not stall.

Usage:
  firstframe.py [--cols 100] [--rows 30] [--runs 10] [--warmup 1] [--idle S] [--settle S]
                [--quit KEYS] [--timeout S] [--env KEY=VALUE]... [--json]
                MARKER -- COMMAND [ARG...]
KEYS take Python escapes: 'q', '\\r', '\\x03'. The program gets this environment with
TERM=xterm-256color and the --env values.

Output: a line per run and a summary, or with --json one object:
  {"runs": [{"first_frame_ms", "rss_kb", "exit"}, ...],
   "summary": {"runs", "found", "first_frame_ms_median", "first_frame_ms_min",
               "rss_kb_median", "idle": {"seconds", "cpu_ms", "wakeups"} (with --idle)}}
`first_frame_ms` is null for a run in which MARKER never showed; the exit status is then 1.

Only the Python standard library; Linux only (/proc, pseudo-terminals).
"""

import argparse
import fcntl
import json
import os
import re
import select
import signal
import statistics
import struct
import sys
import termios
import time

# CSI and OSC sequences, charset selections and the other two-byte escapes.
ESCAPE = re.compile(
    rb"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[()*+][0-~]|[ -/]*[0-~])"
)
# What a terminal answers: the cursor at the top left, and a VT220 with no extensions.
ANSWERS = (
    (b"\x1b[6n", b"\x1b[1;1R"),
    (b"\x1b[c", b"\x1b[?62;22c"),
    (b"\x1b[0c", b"\x1b[?62;22c"),
)


def threads(pid):
    try:
        return os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        return []


def cpu_ns(pid):
    """Nanoseconds the program's threads have run, summed."""
    total = 0
    for tid in threads(pid):
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                total += int(f.read().split()[0])
        except (FileNotFoundError, ProcessLookupError):
            pass  # a thread that ended meanwhile
    return total


def wakeups(pid):
    """Context switches of the program's threads, voluntary or not, summed."""
    total = 0
    for tid in threads(pid):
        try:
            with open(f"/proc/{pid}/task/{tid}/status") as f:
                for line in f:
                    if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                        total += int(line.split()[1])
        except (FileNotFoundError, ProcessLookupError):
            pass
    return total


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except FileNotFoundError:
        pass
    return None


class Program:
    """One start of the program, in a pseudo-terminal of its own."""

    def __init__(self, argv, cols, rows, env):
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.output = bytearray()
        self.status = None
        self.started = time.perf_counter()
        self.pid = os.fork()
        if self.pid == 0:
            try:
                os.close(self.master)
                os.setsid()
                fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
                for fd in (0, 1, 2):
                    os.dup2(slave, fd)
                if slave > 2:
                    os.close(slave)
                os.execvpe(argv[0], argv, env)
            except BaseException as e:  # noqa: BLE001 - whatever it was, the child must end
                os.write(2, f"firstframe: cannot start {argv[0]}: {e}\n".encode())
            finally:
                os._exit(127)
        os.close(slave)

    def read(self, timeout):
        """What the program writes within `timeout` seconds: the time it arrived, or None
        if nothing did. Raises EOFError once the program has closed the terminal."""
        if not select.select([self.master], [], [], max(0.0, timeout))[0]:
            return None
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # EIO: no one holds the other side any more
            chunk = b""
        arrived = time.perf_counter()
        if not chunk:
            raise EOFError
        self.output += chunk
        for query, answer in ANSWERS:
            if query in chunk:
                os.write(self.master, answer)
        return arrived

    def first_frame(self, marker, timeout):
        """Seconds from the fork until `marker` showed, or None."""
        deadline = self.started + timeout
        while True:
            now = time.perf_counter()
            if now >= deadline:
                return None
            try:
                arrived = self.read(deadline - now)
            except EOFError:
                return None
            if arrived is not None and marker in ESCAPE.sub(b"", bytes(self.output)):
                return arrived - self.started

    def watch(self, seconds):
        """Reads what the program writes for `seconds`, so it never blocks on its output."""
        end = time.perf_counter() + seconds
        while (left := end - time.perf_counter()) > 0:
            try:
                self.read(left)
            except EOFError:
                return

    def reaped(self):
        if self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = status
        return self.status is not None

    def quit(self, keys, timeout):
        """Sends `keys` and waits, at most `timeout` seconds, for the program to end, reading
        what it writes meanwhile."""
        try:
            os.write(self.master, keys)
        except OSError:
            pass
        ended = os.pidfd_open(self.pid)  # readable once the program has ended
        watched = [self.master, ended]
        try:
            end = time.perf_counter() + timeout
            while not self.reaped() and (left := end - time.perf_counter()) > 0:
                if self.master in select.select(watched, [], [], left)[0]:
                    try:
                        self.read(0)
                    except EOFError:
                        watched = [ended]
        finally:
            os.close(ended)

    def close(self):
        if not self.reaped():
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            _, self.status = os.waitpid(self.pid, 0)
        os.close(self.master)

    def ending(self):
        if self.status is None:
            return "running"
        if os.WIFEXITED(self.status):
            return f"exit {os.WEXITSTATUS(self.status)}"
        return f"signal {os.WTERMSIG(self.status)}"


def measure(args, env, idle):
    program = Program(args.command, args.cols, args.rows, env)
    run = {}
    try:
        shown = program.first_frame(args.marker, args.timeout)
        run["first_frame_ms"] = None if shown is None else round(shown * 1000, 3)
        run["rss_kb"] = rss_kb(program.pid)
        if shown is not None and idle > 0:
            program.watch(args.settle)
            cpu, woken = cpu_ns(program.pid), wakeups(program.pid)
            program.watch(idle)
            run["idle"] = {
                "seconds": idle,
                "cpu_ms": round((cpu_ns(program.pid) - cpu) / 1e6, 3),
                "wakeups": wakeups(program.pid) - woken,
            }
        if shown is not None:
            program.quit(args.quit, args.timeout)
    finally:
        program.close()
    run["exit"] = program.ending()
    return run


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("marker", help="text whose first appearance marks the first frame")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- COMMAND [ARG...]")
    parser.add_argument("--cols", type=int, default=100)
    parser.add_argument("--rows", type=int, default=30)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=1, help="runs not counted, first")
    parser.add_argument("--idle", type=float, default=0.0,
                        help="seconds to watch the first counted run sit idle")
    parser.add_argument("--settle", type=float, default=0.2,
                        help="seconds between the first frame and the idle watch")
    parser.add_argument("--quit", default="q", help="keys that quit (Python escapes)")
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--env", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.command[:1] == ["--"]:
        args.command = args.command[1:]
    if not args.command:
        parser.error("no command given")
    args.marker = args.marker.encode()
    args.quit = args.quit.encode().decode("unicode_escape").encode("latin-1")
    env = {**os.environ, "TERM": "xterm-256color"}
    for pair in args.env:
        key, _, value = pair.partition("=")
        env[key] = value

    for _ in range(args.warmup):
        measure(args, env, 0)
    runs = [measure(args, env, args.idle if i == 0 else 0) for i in range(args.runs)]

    shown = [r["first_frame_ms"] for r in runs if r["first_frame_ms"] is not None]
    memory = [r["rss_kb"] for r in runs if r.get("rss_kb")]
    summary = {
        "runs": len(runs),
        "found": len(shown),
        "first_frame_ms_median": round(statistics.median(shown), 3) if shown else None,
        "first_frame_ms_min": min(shown) if shown else None,
        "rss_kb_median": statistics.median(memory) if memory else None,
    }
    if "idle" in runs[0]:
        summary["idle"] = runs[0]["idle"]
    if args.json:
        print(json.dumps({"runs": runs, "summary": summary}, indent=1))
    else:
        for i, run in enumerate(runs, 1):
            print(f"run {i}: first frame {run['first_frame_ms']} ms, {run['rss_kb']} kB, "
                  f"{run['exit']}")
        for key, value in summary.items():
            print(f"{key}: {value}")
    return 0 if len(shown) == len(runs) else 1


if __name__ == "__main__":
    sys.exit(main())
