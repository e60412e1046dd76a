#!/usr/bin/env bash
# Builds cloudboard in release, measures every performance target side by side with its
# reference (whiptail, Python's hashlib) and writes the table to BENCHMARKS.md. Everything it
# runs is in this repository (scripts/, benches/): a fresh clone is enough.
#   scripts/bench.sh           everything, including a clean release build (about 10 minutes)
#   scripts/bench.sh --quick   fewer samples, no clean build
#   scripts/bench.sh --help    what is measured, and how
set -euo pipefail
cd "$(dirname "$0")/.."
for arg in "$@"; do
    case "$arg" in
        -h | --help) exec python3 scripts/bench.py --help ;;
    esac
done
if ! command -v whiptail >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get install -y -qq whiptail >/dev/null 2>&1 ||
            { apt-get update -qq && apt-get install -y -qq whiptail >/dev/null; }
    else
        echo "bench: whiptail is the reference; install it (apt-get install whiptail)" >&2
        exit 2
    fi
fi
exec python3 scripts/bench.py "$@"
