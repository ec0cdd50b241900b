#!/bin/sh
# nianbao-cron.sh — run a nianbao command from cron; cron mails only on failure.
#
# cron mails whatever a job prints. This wrapper appends everything nianbao
# says to a log file and prints (so cron mails) only when the run failed:
#   exit 0  finished (sites that failed are in the log and in `nianbao status`): silent
#   exit 3  another run holds the archive's lock; this run was skipped: silent
#           (a one-line note is still appended to the log)
#   exit 1  fatal (bad config, unusable archive, disk full): printed -> mailed
#   exit 2  bad arguments (a broken crontab line):             printed -> mailed
# Anything else (killed by a signal…) is printed too.
#
# Usage: nianbao-cron.sh [nianbao arguments…]   (default: crawl)
# Environment:
#   NIANBAO      the binary                 (default /usr/local/bin/nianbao)
#   NIANBAO_DIR  working folder: config.toml, seeds/, data/  (default /opt/nianbao)
#   NIANBAO_LOG  log file, appended to      (default $NIANBAO_DIR/logs/nianbao-cron.log)
# nianbao takes its own lock on the archive: no flock(1) is needed here.

set -u
NIANBAO=${NIANBAO:-/usr/local/bin/nianbao}
NIANBAO_DIR=${NIANBAO_DIR:-/opt/nianbao}
NIANBAO_LOG=${NIANBAO_LOG:-$NIANBAO_DIR/logs/nianbao-cron.log}
[ "$#" -gt 0 ] || set -- crawl

cd "$NIANBAO_DIR" || { echo "nianbao-cron: cannot cd to $NIANBAO_DIR" >&2; exit 1; }
mkdir -p "$(dirname "$NIANBAO_LOG")" || exit 1
out=$(mktemp "${TMPDIR:-/tmp}/nianbao-cron.XXXXXX") || exit 1
trap 'rm -f "$out"' EXIT

start=$(date -u +%Y-%m-%dT%H:%M:%SZ)
"$NIANBAO" "$@" >"$out" 2>&1
status=$?
{
    echo "=== $start nianbao $* (exit $status)"
    cat "$out"
} >>"$NIANBAO_LOG"

case $status in
    0) ;;
    3) echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) skipped: archive locked by another run" >>"$NIANBAO_LOG" ;;
    *)
        echo "nianbao $* failed with exit status $status (log: $NIANBAO_LOG)"
        echo
        tail -n 100 "$out"
        ;;
esac
# Exit 0 for the "fine" cases so cron does not report them either way.
case $status in 0|3) exit 0 ;; *) exit "$status" ;; esac
