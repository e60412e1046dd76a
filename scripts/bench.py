#!/usr/bin/env python3
"""Every performance figure of cloudboard, measured side by side with its reference in one
run, and written to BENCHMARKS.md with the date, the machine and the command.

  time to first frame  cloudboard's home screen vs whiptail's input box (firstframe.py),
                       in alternating rounds so that both see the same machine
  idle                 CPU and wake-ups over 10 s on the home screen (firstframe.py), alone and
                       with the in-process sandbox's outbox watcher running; the spinner's
                       frames per second (flows.py spinner)
  keystroke to frame   a letter typed into a field until its echo (keylat.py), cloudboard's
                       Cleura login field vs whiptail's input box
  memory               peak resident memory through a whole Cozy flow and the 1,000-region
                       table, the sandbox in another process (flows.py)
  render               the region table, 1,000 rows at 200x60 (criterion, benches/render.rs)
  strength             the passphrase strength estimate run on every keystroke (criterion,
                       crates/strength/benches/strength.rs) vs the zxcvbn crate, on the
                       same passphrase
  work                 PBKDF2-SHA256 650000 iterations (criterion, benches/passphrase.rs) vs
                       Python's hashlib.pbkdf2_hmac; requests and connections of each flow
                       and the polling of a 3-second workflow (flows.py, the sandbox's log)
  binary               size of the release binary; a clean release build's wall time

Usage: scripts/bench.sh [--quick] [--out BENCHMARKS.md]
  --quick   skip the clean release build (minutes) and take fewer samples

Everything it runs is in this repository (scripts/, benches/); only the Python standard
library; Linux only. whiptail is needed for the references (scripts/bench.sh installs it).
"""

import argparse
import datetime
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import flows as flow_driver  # scripts/flows.py, beside this one

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPTS = os.path.join(ROOT, "scripts")
FIRST_FRAME = os.path.join(SCRIPTS, "firstframe.py")
BINARY = os.path.join(ROOT, "target", "release", "cloudboard")
WHIPTAIL = ["whiptail", "--title", "cloudboard", "--inputbox", "Open a cloud account", "10", "40"]
# Words with no space in them (ratatui moves the cursor over cells that stay blank, so a
# phrase is not one run of bytes on the wire): for cloudboard, on the key bar, the last line
# its first frame writes; for whiptail, a word of its prompt.
HOME_MARKER = "Ctrl-C"
WHIPTAIL_MARKER = "account"
PASSPHRASE_ITERATIONS = 650_000


def log(message):
    print(message, file=sys.stderr, flush=True)


def run(argv, **kwargs):
    log("$ " + " ".join(argv))
    return subprocess.run(argv, check=True, text=True, stdout=subprocess.PIPE, **kwargs).stdout


def home_env():
    """A home of its own for the wizard (flows.py's): nothing of the person's is touched."""
    home = flow_driver.wizard_home()
    env = {
        "HOME": home,
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_DATA_HOME": os.path.join(home, "data"),
    }
    return home, env


def probe(marker, cmd, runs, env=(), idle=0.0, warmup=0, quit_keys="q"):
    """scripts/firstframe.py on `cmd` in a 100x30 pseudo-terminal: its JSON."""
    argv = [sys.executable, FIRST_FRAME, "--json", "--cols", "100", "--rows", "30",
            "--runs", str(runs), "--quit", quit_keys, "--warmup", str(warmup)]
    if idle:
        # The settle lets start-up work end (the backend's first file reads, and the
        # blocking-pool thread that did them, which ends a second after).
        argv += ["--idle", str(idle), "--settle", "2.5"]
    for key, value in env:
        argv += ["--env", f"{key}={value}"]
    return json.loads(run(argv + [marker, "--", *cmd]))


def first_frame(rounds, runs_per_round):
    """Alternating rounds of each program, so a noisy moment hits both alike."""
    home, env = home_env()
    wizard = [BINARY, "--config", os.path.join(home, "cloudboard.toml")]
    samples = {"cloudboard": [], "whiptail": []}
    memory = {"cloudboard": [], "whiptail": []}
    for round_number in range(rounds):
        warmup = 2 if round_number == 0 else 0
        for name, marker, cmd, quit_keys, extra in (
            ("cloudboard", HOME_MARKER, wizard, "q", env.items()),
            ("whiptail", WHIPTAIL_MARKER, WHIPTAIL, "\\r", ()),
        ):
            out = probe(marker, cmd, runs_per_round, env=extra, warmup=warmup, quit_keys=quit_keys)
            samples[name] += [r["first_frame_ms"] for r in out["runs"]
                              if r["first_frame_ms"] is not None]
            memory[name].append(out["summary"]["rss_kb_median"])
    shutil.rmtree(home, ignore_errors=True)
    return {
        name: {
            "ttff_ms_median": round(statistics.median(values), 2),
            "ttff_ms_min": round(min(values), 2),
            "samples": len(values),
            "rss_kb_at_first_frame": statistics.median(memory[name]),
        }
        for name, values in samples.items()
    }


def idle(seconds):
    """The home screen left alone, then the same with the in-process sandbox (whose outbox
    the wizard long-polls)."""
    home, env = home_env()
    out = {}
    for name, extra in (("home", []), ("home_with_sandbox", ["--sandbox"])):
        cmd = [BINARY, "--config", os.path.join(home, "cloudboard.toml"), *extra]
        watched = probe(HOME_MARKER, cmd, 1, env=env.items(), idle=seconds)["summary"]["idle"]
        out[name] = {
            "idle_s": watched["seconds"],
            "cpu_ms": watched["cpu_ms"],
            "wakeups": watched["wakeups"],
        }
    shutil.rmtree(home, ignore_errors=True)
    return out


def keystrokes(runs):
    home, env = home_env()
    keylat = [sys.executable, os.path.join(SCRIPTS, "keylat.py"), "--json", "--runs", str(runs)]
    wizard = run(keylat + ["--setup", "2", "--field", "Login", HOME_MARKER, "--",
                           BINARY, "--config", os.path.join(home, "cloudboard.toml"), "--sandbox"],
                 env={**os.environ, **env})
    reference = run(keylat + ["--quit", "\\r", WHIPTAIL_MARKER, "--", *WHIPTAIL])
    shutil.rmtree(home, ignore_errors=True)
    return {"cloudboard": json.loads(wizard), "whiptail": json.loads(reference)}


def flows(runs):
    out = run([sys.executable, os.path.join(SCRIPTS, "flows.py"), "--bin", BINARY,
               "--runs", str(runs), "all"])
    by_flow = {}
    for line in out.splitlines():
        result = json.loads(line)
        by_flow.setdefault(result["flow"], []).append(result)
    return by_flow


def criterion(bench, filters=(), package="cloudboard"):
    run(["cargo", "bench", "--locked", "-p", package, "--bench", bench, "--", *filters], cwd=ROOT)


def criterion_median_ms(group, function):
    path = os.path.join(ROOT, "target", "criterion", group, function, "new", "estimates.json")
    with open(path) as f:
        return json.load(f)["median"]["point_estimate"] / 1e6


def python_pbkdf2_ms(runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        hashlib.pbkdf2_hmac("sha256", b"cozy", b"me@cozy.localhost", PASSPHRASE_ITERATIONS)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def clean_build_s():
    """A release build from nothing but the downloaded sources, in a target of its own."""
    run(["cargo", "fetch", "--locked"], cwd=ROOT)
    target = tempfile.mkdtemp(prefix="cloudboard-clean-build-")
    try:
        start = time.monotonic()
        run(["cargo", "build", "--release", "--locked", "--quiet"], cwd=ROOT,
            env={**os.environ, "CARGO_TARGET_DIR": target})
        return time.monotonic() - start
    finally:
        shutil.rmtree(target, ignore_errors=True)


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    with open("/proc/meminfo") as f:
        mem_kb = int(f.readline().split()[1])
    rustc = subprocess.run(["rustc", "--version"], text=True, capture_output=True).stdout.strip()
    whiptail = subprocess.run(["whiptail", "--version"], text=True,
                              capture_output=True).stdout.strip()
    return (f"{os.cpu_count()} cores ({cpu}), {mem_kb // 1024} MiB, "
            f"{platform.system()} {platform.release()}; {rustc}; {whiptail or 'whiptail'}; "
            f"Python {platform.python_version()}")


def verdict(ok):
    return "✓" if ok else "✗ missed"


def median_of(results, key):
    return statistics.median(r[key] for r in results)


def report(m, command):
    f = m["first_frame"]
    cb, wt = f["cloudboard"], f["whiptail"]
    ratio = cb["ttff_ms_median"] / wt["ttff_ms_median"]
    k = m["keystrokes"]
    fl = m["flows"]
    cozy, regions = fl["cozy"], fl["regions"]
    cozy_peak = max(r["peak_rss_kb"] for r in cozy)
    regions_peak = max(r["peak_rss_kb"] for r in regions)
    hash_ms, python_ms = m["pbkdf2_ms"], m["python_pbkdf2_ms"]
    render = m["render_ms"]
    spinner = fl["spinner"]
    polls = fl["cozy"][0]
    rows = [
        ("Time to first frame (home screen)", f"{cb['ttff_ms_median']} ms",
         f"whiptail input box {wt['ttff_ms_median']} ms", "≤ 1.25 × whiptail",
         f"{ratio:.2f} × {verdict(ratio <= 1.25)}"),
        ("Memory at the first frame", f"{cb['rss_kb_at_first_frame'] / 1024:.1f} MB",
         f"whiptail {wt['rss_kb_at_first_frame'] / 1024:.1f} MB", "—", ""),
        (f"Idle, home screen, {m['idle']['home']['idle_s']:g} s", 
         f"{m['idle']['home']['cpu_ms']} ms CPU, {m['idle']['home']['wakeups']} wake-ups", "",
         "0 ms, 0 wake-ups",
         verdict(m['idle']['home']['cpu_ms'] == 0 and m['idle']['home']['wakeups'] == 0)),
        (f"Idle, home screen with the sandbox, {m['idle']['home_with_sandbox']['idle_s']:g} s",
         f"{m['idle']['home_with_sandbox']['cpu_ms']} ms CPU, "
         f"{m['idle']['home_with_sandbox']['wakeups']} wake-ups", "", "0 ms, 0 wake-ups",
         verdict(m['idle']['home_with_sandbox']['cpu_ms'] == 0
                 and m['idle']['home_with_sandbox']['wakeups'] == 0)),
        ("Spinner while waiting", f"{median_of(spinner, 'spinner_fps')} frames/s, "
         f"{median_of(spinner, 'spinner_cpu_ms_per_s')} ms CPU/s", "", "≤ 10 frames/s",
         verdict(max(r["spinner_fps"] for r in spinner) <= 10.5)),
        ("Keystroke to frame (median)", f"{k['cloudboard']['keystroke_ms_median']} ms "
         f"(p90 {k['cloudboard']['keystroke_ms_p90']})",
         f"whiptail {k['whiptail']['keystroke_ms_median']} ms (p90 {k['whiptail']['keystroke_ms_p90']})",
         "≤ 2 ms", verdict(k['cloudboard']['keystroke_ms_median'] <= 2)),
        ("Peak memory, whole Cozy flow", f"{cozy_peak / 1024:.1f} MB", "", "≤ 12 MB",
         verdict(cozy_peak <= 12 * 1024)),
        ("Peak memory, 1,000-region table", f"{regions_peak / 1024:.1f} MB", "", "≤ 16 MB",
         verdict(regions_peak <= 16 * 1024)),
        ("Render, region table 1,000 rows at 200x60", f"{render['frame_after_a_step']:.3f} ms "
         f"(unchanged screen {render['frame_unchanged']:.3f} ms)", "", "≤ 1 ms",
         verdict(max(render.values()) <= 1.0)),
        ("Passphrase strength, 31 characters, per keystroke",
         f"{m['strength_ms']['cloudboard']:.2f} ms",
         f"zxcvbn crate {m['strength_ms']['zxcvbn_crate']:.2f} ms", "—", ""),
        ("Passphrase hash, PBKDF2-SHA256 650000", f"{hash_ms:.0f} ms",
         f"Python hashlib {python_ms:.0f} ms", "≤ 1.2 × Python",
         f"{hash_ms / python_ms:.2f} × {verdict(hash_ms <= 1.2 * python_ms)}"),
        ("Cozy: 3-second workflow followed", f"{polls['workflow_polls'] + 1} requests, end shown "
         f"{max(r['end_shown_after_workflow_s'] for r in cozy):.2f} s after it", "",
         "≤ 8 requests, ≤ 1 s",
         verdict(polls['workflow_polls'] + 1 <= 8
                 and max(r['end_shown_after_workflow_s'] for r in cozy) <= 1.0)),
        ("Cleura: SMS sign-in and region list", f"{fl['cleura-sms'][0]['requests']} requests", "",
         "4 requests", verdict(fl['cleura-sms'][0]['requests'] == 4)),
        ("Release binary", f"{m['binary_bytes'] / 1e6:.1f} MB", "", "≤ 12 MB",
         verdict(m['binary_bytes'] <= 12e6)),
    ]
    if m.get("clean_build_s") is not None:
        rows.append(("Clean release build", f"{m['clean_build_s'] / 60:.1f} min", "", "< 4 min",
                     verdict(m['clean_build_s'] < 240)))
    lines = [
        "# Benchmarks",
        "",
        f"Measured {m['date']} on {m['machine']}.",
        "",
        f"Command: `{command}` (the release build; medians unless said otherwise; each",
        "reference was measured in the same run, alternating with cloudboard where timing is",
        "compared).",
        "",
        "| Measure | cloudboard | Reference | Target | |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| {' | '.join(row)} |" for row in rows]
    lines += ["", "## Requests and connections per flow (the sandbox in another process)", "",
              "| Flow | Requests | Wizard's connections | Peak memory | Requests, in order |",
              "|---|---|---|---|---|"]
    for name, results in fl.items():
        r = results[0]
        lines.append(f"| {name} | {r['requests']} | {r['wizard_connections']} | "
                     f"{max(x['peak_rss_kb'] for x in results) / 1024:.1f} MB | "
                     f"{'<br>'.join('`' + x + '`' for x in r['request_lines'])} |")
    lines += [
        "",
        "The wizard's connections include the one its outbox watcher holds on the sandbox (a",
        "long poll, sandbox only); the providers' requests share the other.",
        "",
        "## How each figure is taken",
        "",
        "- First frame, idle, memory at the first frame: `scripts/firstframe.py` in a 100x30",
        "  pseudo-terminal, from fork to the first appearance of a word of the home screen;",
        "  idle: CPU time and context switches of every thread over the window (/proc).",
        "- Keystroke: `scripts/keylat.py`, each letter from its write to the pty until it shows as",
        "  text in the program's output.",
        "- Flows, memory, requests, spinner: `scripts/flows.py`, which walks each flow key by key",
        "  against `cloudboard sandbox` in another process and reads VmHWM before quitting.",
        "- Render, strength and hash: criterion (`cargo bench --bench render`, `--bench passphrase`,",
        "  `cargo bench -p cloudboard-strength --bench strength`).",
        "",
        "Raw figures: `target/bench/results.json` after a run.",
        "",
    ]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--out", default=os.path.join(ROOT, "BENCHMARKS.md"))
    args = parser.parse_args()
    if shutil.which("whiptail") is None:
        parser.error("whiptail is needed for the references (apt-get install whiptail)")
    command = "scripts/bench.sh" + (" --quick" if args.quick else "")
    m = {"date": datetime.date.today().isoformat(), "machine": machine()}
    run(["cargo", "build", "--release", "--locked", "--quiet"], cwd=ROOT)
    m["binary_bytes"] = os.path.getsize(BINARY)
    rounds, per_round = (3, 5) if args.quick else (5, 8)
    m["first_frame"] = first_frame(rounds, per_round)
    m["idle"] = idle(10)
    m["keystrokes"] = keystrokes(100 if args.quick else 300)
    m["flows"] = flows(1 if args.quick else 3)
    criterion("render")
    m["render_ms"] = {
        fn: criterion_median_ms("render_regions_1000_200x60", fn)
        for fn in ("frame_unchanged", "frame_after_a_step")
    }
    criterion("strength", ["/31"], package="cloudboard-strength")
    m["strength_ms"] = {who: criterion_median_ms("strength", f"{who}/31")
                        for who in ("cloudboard", "zxcvbn_crate")}
    criterion("passphrase", ["derive_650000"])
    m["pbkdf2_ms"] = criterion_median_ms("passphrase", "derive_650000")
    m["python_pbkdf2_ms"] = python_pbkdf2_ms(5 if args.quick else 10)
    m["clean_build_s"] = None if args.quick else clean_build_s()
    os.makedirs(os.path.join(ROOT, "target", "bench"), exist_ok=True)
    with open(os.path.join(ROOT, "target", "bench", "results.json"), "w") as f:
        json.dump(m, f, indent=1)
    with open(args.out, "w") as f:
        f.write(report(m, command))
    log(f"written to {args.out}")


if __name__ == "__main__":
    main()
