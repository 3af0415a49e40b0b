#!/usr/bin/env bash
# Stops the Request Tracker started by rt-start.sh DIR (by the PID in DIR/rt.pid). Safe to run again.
set -euo pipefail
if [ $# -ne 1 ]; then echo "usage: rt-stop.sh DIR" >&2; exit 2; fi
pidfile="$1/rt.pid"
[ -f "$pidfile" ] || exit 0
pid=$(cat "$pidfile")
if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
  # rt-server runs in its own session (setsid): end its workers with it.
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$pid" 2>/dev/null && { kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true; }
fi
rm -f "$pidfile"
