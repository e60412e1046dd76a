#!/usr/bin/env python3
"""Keystroke-to-frame latency of a terminal program, measured in a pseudo-terminal.

Starts COMMAND in a fresh pty, waits for READY on screen, sends SETUP keys (e.g. to open a
screen with a text field) and waits for FIELD on screen, then types N characters one at a
time and measures, for each, the time from writing it to the pty until the program's output
contains it as text (its echo in the field; escape sequences, which hold letters too, are
skipped). Prints the median, p90 and max in milliseconds, or one JSON object with --json.

Usage:
  keylat.py [--cols 100] [--rows 30] [--runs 200] [--setup KEYS] [--field TEXT]
            [--quit KEYS] [--json] READY -- CMD [ARGS...]

Only the Python standard library; Linux only.
"""
import argparse
import fcntl
import json
import os
import pty
import re
import select
import signal
import statistics
import struct
import sys
import termios
import time


def spawn(cmd, cols, rows):
    pid, fd = pty.fork()
    if pid == 0:
        # The size is set before the program starts: it reads it first thing.
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.execvp(cmd[0], cmd)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    return pid, fd


ANSI = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78DEHMcNO]")


def read_until(fd, needle, timeout, buf=b""):
    """Reads until `needle` shows as text (outside escape sequences)."""
    deadline = time.monotonic() + timeout
    while needle not in ANSI.sub(b"", buf):
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"{needle!r} not seen; last output: {buf[-400:]!r}")
        r, _, _ = select.select([fd], [], [], left)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                raise TimeoutError("the program ended")
            buf += chunk
    return buf


def drain(fd, quiet=0.05):
    while True:
        r, _, _ = select.select([fd], [], [], quiet)
        if not r:
            return
        try:
            os.read(fd, 65536)
        except OSError:
            return


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--cols", type=int, default=100)
    p.add_argument("--rows", type=int, default=30)
    p.add_argument("--runs", type=int, default=200)
    p.add_argument("--setup", default="")
    p.add_argument("--field", default="")
    p.add_argument("--quit", default="\\x03")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("ready")
    p.add_argument("cmd", nargs=argparse.REMAINDER)
    a = p.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    setup = a.setup.encode().decode("unicode_escape").encode()
    quit_keys = a.quit.encode().decode("unicode_escape").encode()
    pid, fd = spawn(cmd, a.cols, a.rows)
    read_until(fd, a.ready.encode(), 10)
    if setup:
        os.write(fd, setup)
        if a.field:
            read_until(fd, a.field.encode(), 10)
    drain(fd)
    samples = []
    letters = "abcdefghijklmnopqrstuvwxyz"
    for i in range(a.runs):
        c = letters[i % 26].encode()
        start = time.monotonic()
        os.write(fd, c)
        try:
            read_until(fd, c, 5)
        except TimeoutError:
            print(f"keystroke {i} ({c!r}) not echoed", file=sys.stderr)
            raise
        samples.append((time.monotonic() - start) * 1000)
        drain(fd, 0.002)
        # Keep the field short: erase every 20 characters, but never the first one. An
        # empty field shows its placeholder, and a letter typed where the placeholder has
        # the same letter changes no cell: it would never be "echoed".
        if i % 20 == 19:
            os.write(fd, b"\x7f" * (19 if i == 19 else 20))
            drain(fd, 0.02)
    os.write(fd, quit_keys)
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    samples.sort()
    if a.json:
        print(json.dumps({
            "keystroke_ms_median": round(statistics.median(samples), 3),
            "keystroke_ms_p90": round(samples[int(len(samples) * 0.9)], 3),
            "keystroke_ms_max": round(samples[-1], 3),
            "samples": len(samples),
        }))
        return
    print(f"keystroke_ms_median {statistics.median(samples):.3f}")
    print(f"keystroke_ms_p90    {samples[int(len(samples) * 0.9)]:.3f}")
    print(f"keystroke_ms_max    {samples[-1]:.3f}")


if __name__ == "__main__":
    main()
